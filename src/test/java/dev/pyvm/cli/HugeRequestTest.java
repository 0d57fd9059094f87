package dev.pyvm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Requests that can never fit the heap are refused at once with MemoryError, under the default
 * bound and under {@code -X maxheap=8m}: a list built from an iterable with a length hint (as
 * CPython's list_extend preallocates), string repetition, join and replace. The program catches
 * each and must leave no block; had any of them been filled item by item first, the bound would
 * be reached only after the heap was full (tens of seconds), and with 8m some would not fail at all.
 */
class HugeRequestTest {
    private static final String PROGRAM = """
            class Hint:
                def __iter__(self):
                    return iter([1, 2])
                def __length_hint__(self):
                    return 10**12
            x = [1, 2]
            cases = [lambda: list(range(10**12)), lambda: tuple(range(10**12)), lambda: sorted(range(10**12)),
                     lambda: [*range(10**12)], lambda: list(iter(range(10**12))), lambda: x.extend(range(10**12)),
                     lambda: list(Hint()), lambda: 'ab' * 10**11, lambda: [0, 1] * 10**11,
                     lambda: ('a' * 10**5).replace('a', 'b' * 10**7), lambda: ('x' * 10**6).join(['a'] * 10**6)]
            for i, f in enumerate(cases):
                try:
                    f()
                    print(i, 'done')
                except MemoryError:
                    print(i, 'MemoryError')
            print(x)
            """;

    @TempDir
    Path dir;

    private String[] run(String... options) throws Exception {
        Path p = dir.resolve("huge.py");
        Files.writeString(p, PROGRAM);
        List<String> args = new ArrayList<>(List.of("-X", "showrefcount", "-X", "debugheap"));
        args.addAll(List.of(options));
        args.add(p.toString());
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int rc = Main.run(args.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new String[] {out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), "" + rc};
    }

    private static String expected() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 11; i++) b.append(i).append(" MemoryError\n");
        return b.append("[1, 2]\n").toString();
    }

    @Test
    void refusedAtOnceUnderTheDefaultBound() throws Exception {
        String[] r = run();
        assertEquals(expected(), r[0]);
        assertEquals("[0 refs, 0 blocks]\n", r[1]);
        assertEquals("0", r[2]);
    }

    @Test
    void refusedAtOnceUnderASmallBound() throws Exception {
        String[] r = run("-X", "maxheap=8m");
        assertEquals(expected(), r[0]);
        assertTrue(r[1].endsWith("[0 refs, 0 blocks]\n"), r[1]);
        assertEquals("0", r[2]);
    }
}
