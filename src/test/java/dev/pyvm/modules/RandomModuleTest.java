package dev.pyvm.modules;

import static dev.pyvm.modules.PyvmRunner.same;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** {@code random} against python3: for the same seed, the same sequences. */
class RandomModuleTest {

    private static final String SHOW = """
            def show(name, f, *args):
                try:
                    print(name, f(*args))
                except ValueError as e:
                    print(name, "ValueError", e)
                except TypeError as e:
                    print(name, "TypeError", e)
                except IndexError as e:
                    print(name, "IndexError", e)
                except OverflowError as e:
                    print(name, "OverflowError", e)
            """;

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(strings = {"0", "1", "42", "-7", "2**32", "2**32 - 1", "2**100 + 3", "-(2**70)", "12345678901234567890",
        "10**200", "True", "'hello'", "''", "'h\\u00e9llo \\u4e16\\u754c'", "3.5", "-2.25", "0.0"})
    @DisplayName("random, getrandbits, randrange, randint over long runs of one seed")
    void sequences(String seed) {
        same("import random\n" + SHOW + "random.seed(" + seed + ")\n" + """
                i = 0
                while i < 300:
                    print(random.random())
                    i += 1
                k = 0
                while k < 140:
                    print(k, random.getrandbits(k))
                    k += 1
                print(random.getrandbits(1000), random.getrandbits(4097))
                i = 0
                while i < 200:
                    print(random.randrange(i + 1), random.randrange(-i, 3 * i + 1), random.randint(-1000, 10**i),
                          random.randrange(5, 10**20, 7), random.randrange(100, -100, -3))
                    i += 1
                """);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(strings = {"3", "-99", "2**64 + 1", "'pyvm'"})
    @DisplayName("choice, shuffle, sample, choices, uniform, gauss and the other distributions")
    void distributions(String seed) {
        sameWithinUlps("import random\n" + SHOW + "random.seed(" + seed + ")\n" + """
                pop = [1, 'two', 3.0, (4,), None, 6, 7, 8, 9, 10, 11, 12]
                i = 0
                while i < 30:
                    print(random.choice(pop), random.choice("abcdefg"), random.choice((1, 2)))
                    l = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19]
                    random.shuffle(l)
                    print(l)
                    print(random.sample(pop, 5), random.sample(l, 20), random.sample(l, 0), random.sample("abcdefgh", 3))
                    print(random.sample(pop, 3, counts=[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]))
                    print(random.choices(pop), random.choices(pop, k=4), random.choices(pop, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], k=3))
                    print(random.choices("xyz", cum_weights=[0.5, 0.75, 1.0], k=5))
                    print(random.uniform(1, 10), random.uniform(-2.5, 2.5), random.triangular(), random.triangular(0, 10, 8))
                    print(random.gauss(), random.gauss(10, 2), random.normalvariate(), random.normalvariate(-1, 0.5))
                    print(random.expovariate(1.5), random.paretovariate(2.0), random.weibullvariate(1.0, 1.5))
                    print(random.lognormvariate(0, 1), random.gammavariate(0.5, 1.0), random.gammavariate(1.0, 2.0))
                    print(random.gammavariate(5.0, 1.5), random.betavariate(2.0, 3.0))
                    i += 1
                """);
    }

    /**
     * Like {@link PyvmRunner#same}, but a float may differ by a few ulps: gauss and the other
     * distributions go through libm's log, exp, sin and cos, which Java's can differ from in the
     * last bit (see {@link MathModule}). The words drawn, and so all that follows, stay the same.
     */
    static void sameWithinUlps(String source) {
        String[] e = dev.pyvm.testing.Python3.runScript(source).split("\n", -1);
        String[] a = PyvmRunner.run(source).split("\n", -1);
        org.junit.jupiter.api.Assertions.assertEquals(e.length, a.length, "line count");
        for (int i = 0; i < e.length; i++) {
            if (e[i].equals(a[i])) continue;
            String[] et = e[i].split(" "), at = a[i].split(" ");
            boolean close = et.length == at.length;
            for (int j = 0; close && j < et.length; j++) {
                if (et[j].equals(at[j])) continue;
                try {
                    double x = Double.parseDouble(et[j]), y = Double.parseDouble(at[j]);
                    close = Math.abs(x - y) <= 4 * Math.ulp(x);
                } catch (NumberFormatException ex) {
                    close = false;
                }
            }
            org.junit.jupiter.api.Assertions.assertTrue(close, "line " + (i + 1) + ": expected <" + e[i] + "> but was <" + a[i] + ">");
        }
    }

    private static String squares(int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) s.append(i > 0 ? ", " : "").append(i * i);
        return s.toString();
    }

    @Test
    @DisplayName("sample from a large population uses the set algorithm; getstate and setstate restore a run")
    void sampleAndState() {
        same("import random\n" + SHOW + "random.seed(2024)\nbig = [" + squares(500) + "]\n" + """
                print(random.sample(big, 10))
                print(random.sample(big, 100))
                s = random.getstate()
                print(s[0], s[1][0], s[1][623], s[1][624], s[2])
                a = random.random()
                g = random.gauss()
                random.setstate(s)
                print(a == random.random(), g == random.gauss())
                random.gauss()
                s2 = random.getstate()
                print(s2[2] is None)
                r1 = random.Random(77)
                r2 = random.Random(77)
                print(r1.random() == r2.random(), r1.randint(1, 6), r2.randint(1, 6))
                r3 = random.Random()
                r3.seed(77)
                print(r3.random(), r2.random())
                """);
    }

    @Test
    @DisplayName("errors carry CPython's messages")
    void errors() {
        same("import random\n" + SHOW + """
                show('getrandbits', random.getrandbits, -1)
                show('getrandbits', random.getrandbits)
                show('getrandbits', random.getrandbits, 0)
                show('randrange', random.randrange, 0)
                show('randrange', random.randrange, 5, 2)
                show('randrange', random.randrange, 1, 5, 0)
                show('randrange', random.randrange, 1, 2, -1)
                show('randrange', random.randrange, 3, None, 2)
                show('randrange', random.randrange)
                show('choice', random.choice, [])
                show('choice', random.choice, 5)
                show('sample', random.sample, [1, 2], 3)
                show('sample', random.sample, [1, 2], -1)
                show('sample', random.sample, {1: 2}, 1)
                show('sample', random.sample, [1, 2], 1, 5)
                show('randint', random.randint, 1)
                show('shuffle', random.shuffle)
                show('shuffle', random.shuffle, (1, 2))
                show('random', random.random, 1)
                show('seed', random.seed, [1])
                show('seed', random.seed, 1, 2, 3)
                show('uniform', random.uniform, 1)
                show('Random', random.Random, 1, 2)
                show('gauss', random.gauss, 1, 2, 3)
                show('choices', lambda: random.choices([1, 2], [1], k=2))
                show('choices', random.choices, [1, 2], [0, 0])
                show('gammavariate', random.gammavariate, -1, 1)
                """);
        // CPython also warns (DeprecationWarning) before these errors; pyvm has no warnings
        org.junit.jupiter.api.Assertions.assertEquals("""
                randrange ValueError non-integer arg 1 for randrange()
                randrange ValueError invalid literal for int() with base 10: 'a'
                randrange ValueError non-integer stop for randrange()
                randrange 0
                """, PyvmRunner.run("import random\n" + SHOW + """
                random.seed(1)
                show('randrange', random.randrange, 1.5)
                show('randrange', random.randrange, 'a')
                show('randrange', random.randrange, 1, '7')
                show('randrange', random.randrange, 3.0)
                """));
    }
}
