package dev.pyvm.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;

/**
 * pyvm's regular expressions against CPython's: generated patterns (literals, sets, categories,
 * anchors, groups named and not, backreferences, alternation, greedy, lazy and possessive
 * quantifiers, lookahead and lookbehind, atomic groups, conditionals, scoped flags) on generated
 * subjects, with search, findall, finditer, sub and subn (templates with groups), split, fullmatch
 * and match, with positions and counts, print the same in pyvm as in
 * python3, the re.error messages of the patterns that do not compile included; under IGNORECASE
 * (Unicode and ASCII) with letters whose cases CPython folds specially (ß, ẞ, ſ, the Kelvin sign,
 * ı, İ, σ, ς), VERBOSE, MULTILINE and DOTALL. One try is a seed
 * for a batch of cases in one program.
 */
class ReProperties {

    @Property(tries = 100)
    @Label("generated patterns match, find, substitute and split the same in pyvm as in python3")
    void sameAsCPython(@ForAll long seed) {
        check(seed);
    }

    @Example
    void knownPatterns() {
        String src = PRELUDE + """
                t('(a|ab)(c|bcd)(d*)', 'abcd', 0)
                t('(?:(a)|b)+', 'ab', 0)
                t('x*', 'abxd', 0)
                t('(?<=a)b|(?<!c)d', 'ab cd ad', 0)
                t('(?P<q>[ab])(?P=q)+?', 'aab bba', 2)
                """;
        assertEquals(CPythonOracle.run(src), PyvmSession.run(src), src);
    }

    static void check(long seed) {
        String src = source(seed);
        String expected = CPythonOracle.run(src);
        String actual = PyvmSession.run(src);
        if (!expected.equals(actual)) {
            String[] e = expected.split("\n", -1), a = actual.split("\n", -1);
            int i = 0;
            while (i < e.length && i < a.length && e[i].equals(a[i])) i++;
            assertEquals(i < e.length ? e[i] : "<end>", i < a.length ? a[i] : "<end>", "seed " + seed + ": first difference");
        }
    }

    private static final String PRELUDE = """
            import re
            def t(p, s, f):
                try:
                    c = re.compile(p, f)
                except re.error as e:
                    print('E', repr(p), e)
                    return
                m = c.search(s)
                print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s),
                      c.sub('<\\\\g<0>>', s), c.split(s), bool(c.fullmatch(s)), bool(c.match(s)))
                print(' ', c.findall(s, 1, 6), c.subn('[\\\\%d]' % c.groups if c.groups else '-', s, 2),
                      c.split(s, 1), [x.span() for x in c.finditer(s, 2)], c.search(s, 3, 5) is None)
            """;

    static String source(long seed) {
        Generator g = new Generator(seed);
        StringBuilder b = new StringBuilder(PRELUDE);
        for (int i = 0; i < 20; i++) {
            g.groups = 0;
            String p = g.seq(0);
            StringBuilder s = new StringBuilder();
            int n = g.r.nextInt(9);
            for (int k = 0; k < n; k++) s.append(ALPHABET.charAt(g.r.nextInt(ALPHABET.length())));
            int[] flags = {0, 0, 2, 2, 2 | 256, 64, 8, 16};
            b.append("t(").append(py(p)).append(", ").append(py(s.toString())).append(", ")
                    .append(flags[g.r.nextInt(flags.length)]).append(")\n");
        }
        return b.toString();
    }

    private static final String ALPHABET = "abAB1 \n_-éÉßẞſ\u212akıİiIΣσς١";

    /** A Python literal of s. */
    static String py(String s) {
        StringBuilder b = new StringBuilder("'");
        for (char c : s.toCharArray()) {
            if (c == '\\' || c == '\'') b.append('\\').append(c);
            else if (c == '\n') b.append("\\n");
            else b.append(c);
        }
        return b.append('\'').toString();
    }

    private static final class Generator {
        final Random r;
        int groups;

        Generator(long seed) {
            r = new Random(seed);
        }

        private String pick(String... options) {
            return options[r.nextInt(options.length)];
        }

        String atom(int depth) {
            int k = r.nextInt(depth < 3 ? 16 : 6);
            switch (k) {
                case 0, 1, 2:
                    return r.nextInt(3) > 0 ? pick("a", "b", "A", "B", "1") : pick("é", "É", "ß", "ſ", "k", "K", "i", "I", "ı", "İ", "σ", "Σ");
                case 3:
                    return pick(".", "[ab]", "[^a]", "\\w", "\\d", "\\s", "\\W", "[a-c1]", "[^ab\\n]", "[\\w-]");
                case 4:
                    return pick("^", "$", "\\b", "\\B", "\\A", "\\Z");
                case 5:
                    if (groups > 0 && r.nextDouble() < 0.7) return "\\" + (1 + r.nextInt(groups));
                    return "a";
                case 6: {
                    groups++;
                    return "(" + seq(depth + 1) + ")";
                }
                case 7:
                    return "(?:" + seq(depth + 1) + ")";
                case 8: {
                    int g = ++groups;
                    return "(?P<g" + g + ">" + seq(depth + 1) + ")";
                }
                case 9:
                    return seq(depth + 1) + "|" + seq(depth + 1);
                case 10:
                    return "(?=" + seq(depth + 1) + ")";
                case 11:
                    return "(?!" + seq(depth + 1) + ")";
                case 12:
                    return "(?<" + pick("=", "!") + pick("a", "b", "[ab]", "ab", ".", "\\w\\s") + ")";
                case 13:
                    return "(?>" + seq(depth + 1) + ")";
                case 14:
                    if (groups > 0) return "(?(" + (1 + r.nextInt(groups)) + ")" + seq(depth + 1) + "|" + seq(depth + 1) + ")";
                    return "b";
                default:
                    // no (?a:): CPython 3.11's search takes the charset of a pattern's first character with
                    // the pattern's global flags, and skips what (?a:\\W) matches (re.search('(?a:\\W)', 'ß'))
                    return pick("(?i:", "(?s:", "(?m:", "(?x:") + seq(depth + 1) + ")";
            }
        }

        String seq(int depth) {
            StringBuilder out = new StringBuilder();
            int n = r.nextInt(4);
            for (int i = 0; i < n; i++) {
                String a = atom(depth);
                boolean assertion = a.equals("^") || a.equals("$") || a.startsWith("\\b") || a.startsWith("\\B")
                        || a.equals("\\A") || a.equals("\\Z") || a.startsWith("(?=") || a.startsWith("(?!") || a.startsWith("(?<");
                if (r.nextDouble() < 0.35 && !assertion) {
                    boolean single = a.length() == 1 || a.startsWith("[") || (a.startsWith("\\") && a.length() == 2);
                    if (a.contains("|") && !a.startsWith("(")) a = "(?:" + a + ")";
                    a += pick("*", "+", "?", "{2}", "{1,3}", "{0,2}", "{2,}", "{,2}");
                    // possessive repeats of groups only on single characters: CPython 3.11's marks
                    // there are a known oddity (groups inside a possessive repeat keep stale spans)
                    a += single ? pick("", "", "?", "+") : pick("", "", "?");
                }
                out.append(a);
            }
            return out.toString();
        }
    }
}
