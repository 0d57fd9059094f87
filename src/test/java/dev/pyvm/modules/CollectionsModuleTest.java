package dev.pyvm.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pyvm.testing.Python3;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code collections}: long random runs of deque operations against python3 (the ring buffer
 * grows, wraps and shrinks far more than a test program shows). Run by the command line, whose
 * builtins the Python half of {@code collections} needs.
 */
class CollectionsModuleTest {

    @ParameterizedTest(name = "seed {0}, maxlen {1}")
    @ValueSource(strings = {"1, None", "2, None", "3, 5", "4, 0", "5, 40"})
    @DisplayName("a deque after thousands of random operations equals python3's")
    void randomDequeOperations(String seedAndMaxlen) {
        String source = """
                import random
                from collections import deque
                seed, maxlen = %s
                random.seed(seed)
                d = deque(maxlen=maxlen)
                i = 0
                while i < 3000:
                    op = random.randrange(9)
                    n = random.randrange(-50, 50)
                    if op == 0 or op == 1:
                        d.append(n)
                    elif op == 2:
                        d.appendleft(n)
                    elif op == 3 and d:
                        d.pop()
                    elif op == 4 and d:
                        d.popleft()
                    elif op == 5:
                        d.rotate(n)
                    elif op == 6:
                        d.extend(range(random.randrange(30)))
                    elif op == 7 and d and (maxlen is None or len(d) < maxlen):
                        d.insert(n, i)
                    elif op == 8 and d:
                        del d[random.randrange(len(d))]
                    if i %% 100 == 0:
                        print(i, len(d), list(d)[:5], d[-1] if d else None)
                    i += 1
                print(d)
                """.formatted(seedAndMaxlen);
        assertEquals(Python3.runScript(source), GcModuleTest.runCommand(source));
    }
}
