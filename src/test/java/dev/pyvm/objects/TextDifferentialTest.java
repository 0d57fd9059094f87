package dev.pyvm.objects;

import dev.pyvm.memory.HeapConfig;
import dev.pyvm.objects.TextTesting.Case;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Formatting and parsing compared with CPython 3.11 on many generated cases: each case is run by
 * pyvm's objects and, as Python source, by python3; the printed outcomes (repr of the result or
 * the exception's type and message) must agree line by line.
 */
class TextDifferentialTest {
    private final ObjectSpace space = new ObjectSpace(HeapConfig.defaults().withDebug(true));
    private final TextTesting t = new TextTesting(space);
    private final Random random = new Random(20261123);

    @AfterEach
    void nothingLeaks() {
        t.assertNothingLeaks();
    }

    private void compare(List<Case> cases) {
        t.compare(cases);
    }

    private Case format(Object value, String spec) {
        return new Case("format(" + TextTesting.lit(value) + ", " + TextTesting.lit(spec) + ")", () -> {
            int v = t.toPy(value);
            try {
                return Formatter.format(space, v, spec);
            } finally {
                space.heap.decref(v);
            }
        });
    }

    private <T> T pick(T[] options) {
        return options[random.nextInt(options.length)];
    }

    private String randomSpec(String types) {
        StringBuilder b = new StringBuilder();
        if (random.nextInt(3) == 0) {
            if (random.nextBoolean()) b.append(pick(new String[] {"*", "0", "x", "é", " ", "_", "\u20ac"}));
            b.append(pick(new String[] {"<", ">", "^", "="}));
        }
        if (random.nextInt(3) == 0) b.append(pick(new String[] {"+", "-", " "}));
        if (random.nextInt(8) == 0) b.append('z');
        if (random.nextInt(4) == 0) b.append('#');
        if (random.nextInt(4) == 0) b.append('0');
        if (random.nextBoolean()) b.append(random.nextInt(25));
        if (random.nextInt(4) == 0) b.append(pick(new String[] {",", "_"}));
        if (random.nextInt(3) == 0) b.append('.').append(random.nextInt(random.nextInt(10) == 0 ? 60 : 12));
        if (random.nextInt(5) != 0) b.append(types.charAt(random.nextInt(types.length())));
        return b.toString();
    }

    private Object randomInt() {
        return switch (random.nextInt(4)) {
            case 0 -> (long) random.nextInt(2000) - 1000;
            case 1 -> random.nextLong();
            case 2 -> new BigInteger(70 + random.nextInt(100), random).negate().add(BigInteger.valueOf(random.nextInt(3)));
            default -> (long) random.nextInt(128);
        };
    }

    private double randomDouble() {
        return switch (random.nextInt(6)) {
            case 0 -> Double.longBitsToDouble(random.nextLong());
            case 1 -> (random.nextInt(2_000_000) - 1_000_000) / 1000.0;
            case 2 -> Math.scalb(random.nextDouble(), random.nextInt(120) - 60) * (random.nextBoolean() ? 1 : -1);
            case 3 -> pick(new Double[] {0.0, -0.0, 0.5, 1.5, 2.5, -2.5, 0.125, 1e16, 1e-5, 123456.789, 0.1, 2.675,
                    Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN, 5e-324, Double.MAX_VALUE, 1e22});
            case 4 -> random.nextInt(100) / 8.0 - 6;
            default -> (double) random.nextInt(100000);
        };
    }

    @Test
    @DisplayName("format(int, spec) matches CPython for 1,500 random ints and specs")
    void intFormatSpecs() {
        List<Case> cases = new ArrayList<>();
        for (String spec : new String[] {"", "d", "x", "X", "#x", "#X", "#o", "#b", "b", "c", "n", ",", "_", "_x", "_b",
                ",x", "010,", "=10,", "+", " ", "^+10", "#010_x", "e", ".2f", "%", "g", "G", ".3", "z", "s", "c,",
                "1234567890123456789012d", ",_d", "_,d", "x,", "+c", "#c", "0>5", "00", "+0", "=", ".", "+-", ">>"}) {
            for (Object v : new Object[] {0L, 1L, -1L, 65L, 255L, -1234L, 1234567L, Long.MIN_VALUE,
                    BigInteger.TWO.pow(64).negate(), BigInteger.TEN.pow(30), true, false}) {
                cases.add(format(v, spec));
            }
        }
        for (int i = 0; i < 1500; i++) cases.add(format(randomInt(), randomSpec("bcdoxXneEfFgG%s")));
        compare(cases);
    }

    @Test
    @DisplayName("format(float, spec) matches CPython for 2,500 random doubles and specs")
    void floatFormatSpecs() {
        List<Case> cases = new ArrayList<>();
        for (String spec : new String[] {"", "e", "E", "f", "F", "g", "G", "n", "%", ".0f", ".0e", ".1e", ".3", "#",
                "#.3", "#g", "#.0f", ".30f", ",f", ",.2f", "_", "z", "z.2f", "z.1e", "+", "010", "=+10", "^010", "d",
                "c", "x", ".1234567890123", ".0", ".0g", "#.0g", "0<8.2", "r", ".17g", ".16g", "e_"}) {
            for (double d : new double[] {0.0, -0.0, 1.0, -1.5, 0.5, 2.5, 1e16, 1e15, 123456789.0, 1e-4, 1e-5, 1e20,
                    -0.0001, 0.1, 2.675, 1e300, 5e-324, Double.POSITIVE_INFINITY, Double.NaN, 9.5, 1.25}) {
                cases.add(format(d, spec));
            }
        }
        for (int i = 0; i < 2500; i++) cases.add(format(randomDouble(), randomSpec("eEfFgGn%d")));
        compare(cases);
    }

    @Test
    @DisplayName("format(str, spec) matches CPython: fill, align, width, precision and their errors")
    void strFormatSpecs() {
        List<Case> cases = new ArrayList<>();
        String[] values = {"", "a", "abc", "héllo", "\ud83d\ude00x", "a b c d e f g"};
        for (String spec : new String[] {"", "s", "5", "<5", ">5", "^5", "^6", "*^7.2", ".2", ".0", "x>10.3s", "05", "<05",
                "+", "#", "=5", "z", ",", "_s", "d", "\ud83d\ude00^9", "10.1s"}) {
            for (String v : values) cases.add(format(v, spec));
        }
        for (int i = 0; i < 300; i++) cases.add(format(pick(values), randomSpec("s")));
        compare(cases);
    }

    private Case percent(String fmt, Object args) {
        return new Case(TextTesting.lit(fmt) + " % " + TextTesting.lit(args), () -> {
            int f = space.newStr(fmt), a = t.toPy(args);
            try {
                return space.binaryOp(f, a, NumberOps.REMAINDER);
            } finally {
                space.heap.decref(f);
                space.heap.decref(a);
            }
        });
    }

    @Test
    @DisplayName("printf-style str % args matches CPython, errors included")
    void percentFormatting() {
        List<Case> cases = new ArrayList<>();
        Object[][] fixed = {
                {"%5.2f|%-8.3e|%+g|%#x|%#o|%05d|% d", new Object[] {3.14159, 1234.5, 0.0001, 255L, 8L, -42L, 7L}},
                {"%c%c", new Object[] {65L, "b"}}, {"%r %a", new Object[] {"é", "é"}},
                {"%.3s|%5s|%-5s|", new Object[] {"abcdef", "ab", "ab"}}, {"%d %i %u", new Object[] {3.9, -2.5, true}},
                {"%x %X %o", new Object[] {-255L, 255L, -8L}}, {"%#X", 255L}, {"%*.*f", new Object[] {10L, 2L, 3.14159}},
                {"%-*d|", new Object[] {5L, 3L}}, {"%*d|", new Object[] {-5L, 3L}}, {"%.0f %.0f %.0f", new Object[] {0.5, 1.5, 2.5}},
                {"%g %g %g %G", new Object[] {1e-5, 123456789L, 1e16, 1e-10}}, {"%e", 0L}, {"%f", BigInteger.TEN.pow(20)},
                {"%s", new Object[] {new Object[] {1L, 2L}}}, {"%%", new Object[] {}}, {"%5%", new Object[] {}},
                {"%5%", new Object[] {1L}}, {"%.2d", 5L}, {"%.5x", 255L}, {"%#.5o", 8L}, {"%010.3f", -3.14159},
                {"%+05d", 3L}, {"% 05d", 3L}, {"%-05d|", 3L}, {"%d", BigInteger.TEN.pow(30)}, {"%f", Double.NaN},
                {"%05f", Double.POSITIVE_INFINITY}, {"%.3g|%#.3g", new Object[] {1.0, 1.0}}, {"%d", "a"}, {"%x", 1.0},
                {"%c", 1.5}, {"%c", "ab"}, {"%(a)s", 1L}, {"%s %s", new Object[] {1L}}, {"%s", new Object[] {1L, 2L}},
                {"%z", 1L}, {"%", new Object[] {}}, {"%*d", new Object[] {"a", 1L}}, {"%d", null}, {"%i", List.of()},
                {"%o", 1.5}, {"%e", "x"}, {"%c", -1L}, {"%*s", new Object[] {1.5, "a"}}, {"%.*s", new Object[] {"a", "a"}},
                {"%-", 1L}, {"abc", List.of()}, {"abc", 5L}, {"abc", new Object[] {}}, {"%s", List.of(1L)},
                {"%c", "é"}, {"%5c|%-5c|", new Object[] {65L, 66L}}, {"%.1c", 65L}, {"%+s", "a"}, {"%05s", "a"},
                {"%+5x|%+#o", new Object[] {10L, 8L}}, {"%#05x", 10L}, {"% #x", 10L}, {"%+.3e", -1e100}, {"%#.0f", 2L},
                {"%#g", 1e20}, {"%.100f", 0.1}, {"%d", Double.POSITIVE_INFINITY}, {"%d", Double.NaN},
                {"%ld %hd %Lf", new Object[] {1L, 2L, 3.5}}, {"%.*d", new Object[] {-3L, 5L}}, {"%s %s", List.of("a", "b")},
                {"%é", new Object[] {1L}}, {"%a", "\u0000\u20ac\ud83d\ude00"}, {"%s", true}, {"%r", 1.5}, {"%3$s", 1L},
        };
        for (Object[] c : fixed) cases.add(percent((String) c[0], c[1]));
        String[] types = {"d", "i", "x", "X", "o", "e", "E", "f", "F", "g", "G", "s", "r", "a", "c", "u"};
        for (int i = 0; i < 1200; i++) {
            StringBuilder f = new StringBuilder("%");
            if (random.nextInt(3) == 0) f.append(pick(new String[] {"-", "+", " ", "#", "0", "-0", "+#", " 0"}));
            if (random.nextBoolean()) f.append(random.nextInt(20));
            if (random.nextInt(3) == 0) f.append('.').append(random.nextInt(15));
            String type = pick(types);
            f.append(type);
            Object v = switch (type) {
                case "s", "r", "a" -> pick(new Object[] {"abc", "é", 12L, 1.5, null});
                case "c" -> pick(new Object[] {65L, "x", 0x1F600L});
                case "e", "E", "f", "F", "g", "G" -> random.nextBoolean() ? randomDouble() : randomInt();
                default -> random.nextInt(4) == 0 ? randomDouble() : randomInt();
            };
            cases.add(percent(f.toString(), new Object[] {v}));
        }
        compare(cases);
    }

    private Case method(Object self, String name, Object[] args, Object... kw) {
        return new Case(TextTesting.methodCall(self, name, args, kw), () -> t.callMethod(self, name, args, kw));
    }

    @Test
    @DisplayName("str.format matches CPython: numbering, fields, conversions, nested specs, errors")
    void strFormat() {
        List<Case> cases = new ArrayList<>();
        Object[] args = {"abc", 42L, 3.5, List.of(1L, 2L), ">8", 7L};
        for (String f : new String[] {"{}", "{0}{1}", "{} {}", "{0}{}", "{}{0}", "{1}", "{6}", "{a}", "{!x}", "{:x}",
                "{:d}", "{{}}", "}}{{", "{", "}", "a}b", "{0[}", "{0.}", "{0!}", "{0!rr}", "{0:{1:{2}}}", "{0:{4}}",
                "{:{}{}}", "{0!r:>10}", "{!a}", "{0!s:}", "{0:}", "{3[1]}", "{3[5]}", "{1.real} {2.imag}", "{1.nope}",
                "{3[0]x}", "{0]", "{:%s}", "{:=s}", "{:,s}", "{2:.3e}|{2:%}|{1:#x}", "{0:^{5}}", "x{0[1]}y",
                "{ab}", "{0[a]}", "{:{}}", "{0:{1}", "{!r", "{!}", "{0!a:^12}"}) {
            cases.add(method(f, "format", args, "a", 5L, "ab", "kw"));
        }
        cases.add(method("{x}", "format_map", new Object[] {List.of()}));
        cases.add(method("{0}", "format_map", new Object[] {List.of()}));
        cases.add(method("{}", "format", new Object[] {}));
        compare(cases);
    }

    @Test
    @DisplayName("int(s, base) and float(s) parse 1,500 generated strings as CPython does")
    void parsing() {
        List<Case> cases = new ArrayList<>();
        String[] pieces = {"0", "1", "7", "9", "_", " ", "-", "+", "x", "b", "o", "e", "E", ".", "a", "z", "F", "\t",
                "inf", "nan", "\u0663", "\u00a0", "__", "0x", "1e5", "infinity"};
        List<String> strings = new ArrayList<>(List.of("", " ", "0", "00", "0_7", "0b", "0x1f", "0o17", "012", "1_000",
                " -0b1_01 ", "1__0", "_1", "1_", "+-1", "z", "٣", "1"));
        strings.add("1".repeat(4301));
        strings.add("1".repeat(4300));
        for (int i = 0; i < 1500; i++) {
            StringBuilder b = new StringBuilder();
            int n = 1 + random.nextInt(5);
            for (int k = 0; k < n; k++) b.append(pick(pieces));
            strings.add(b.toString());
        }
        int intType = space.intSlots.type(), floatType = space.floatSlots.type();
        for (String s : strings) {
            long base = pick(new Long[] {10L, 0L, 2L, 8L, 16L, 36L, 10L, 0L});
            cases.add(new Case("int(" + TextTesting.lit(s) + ", " + base + ")",
                    () -> t.call(intType, new Object[] {s, base})));
            cases.add(new Case("float(" + TextTesting.lit(s) + ")", () -> t.call(floatType, new Object[] {s})));
        }
        for (Object[] a : new Object[][] {{1L, 2L}, {"12", 1L}, {"12", 37L}, {1.5, 10L}, {Double.POSITIVE_INFINITY},
                {Double.NaN}, {-2.7}, {1e30}, {true}, {List.of()}, {null}, {}, {"12", 0L}}) {
            StringBuilder p = new StringBuilder("int(");
            for (Object x : a) p.append(TextTesting.lit(x)).append(", ");
            cases.add(new Case(p.append(')').toString(), () -> t.call(intType, a)));
        }
        cases.add(new Case("int('1', x=1)", () -> t.call(intType, new Object[] {"1"}, "x", 1L)));
        cases.add(new Case("int('ff', base=16)", () -> t.call(intType, new Object[] {"ff"}, "base", 16L)));
        cases.add(new Case("float(1, 2)", () -> t.call(floatType, new Object[] {1L, 2L})));
        cases.add(new Case("float(x=1)", () -> t.call(floatType, new Object[] {}, "x", 1L)));
        cases.add(new Case("float([])", () -> t.call(floatType, new Object[] {List.of()})));
        cases.add(new Case("float(10**400)", () -> t.call(floatType, new Object[] {BigInteger.TEN.pow(400)})));
        cases.add(new Case("str(1, 2, 3, 4)", () -> t.call(space.strSlots.type(), new Object[] {1L, 2L, 3L, 4L})));
        cases.add(new Case("str('a', 'utf-8')", () -> t.call(space.strSlots.type(), new Object[] {"a", "utf-8"})));
        cases.add(new Case("str(1.5)", () -> t.call(space.strSlots.type(), new Object[] {1.5})));
        cases.add(new Case("str()", () -> t.call(space.strSlots.type(), new Object[] {})));
        cases.add(new Case("bool(1, 2)", () -> t.call(space.boolSlots.type(), new Object[] {1L, 2L})));
        cases.add(new Case("bool('')", () -> t.call(space.boolSlots.type(), new Object[] {""})));
        compare(cases);
    }

    @Test
    @DisplayName("round, divmod and pow match CPython on ints and floats")
    void roundDivmodPow() {
        List<Case> cases = new ArrayList<>();
        List<Object[]> rounds = new ArrayList<>();
        for (Object[] a : new Object[][] {{2.675, 2L}, {0.5}, {1.5}, {-0.5}, {2.5, 0L}, {1234L, -2L}, {1250L, -2L},
                {1350L, -2L}, {-1250L, -2L}, {5L, 2L}, {1e300, -308L}, {1.5e308, -308L}, {123.456, -1L}, {1e-320, 323L},
                {0.30000000000000004, 15L}, {true}, {1180591620717411303424.0}, {Double.POSITIVE_INFINITY},
                {Double.NaN}, {Double.NaN, 2L}, {1.5, "a"}, {"a"}, {1.5, null}, {-0.0, 1L}, {12345L, -10L},
                {BigInteger.TEN.pow(40).add(BigInteger.valueOf(5)), -1L}, {0.125, 2L}, {0.375, 2L}, {-1e-300, 5L}}) {
            rounds.add(a);
        }
        for (int i = 0; i < 600; i++) {
            double d = randomDouble();
            rounds.add(random.nextBoolean() ? new Object[] {d} : new Object[] {d, (long) random.nextInt(30) - 10});
        }
        for (int i = 0; i < 200; i++) rounds.add(new Object[] {randomInt(), (long) -random.nextInt(25)});
        for (Object[] a : rounds) {
            StringBuilder p = new StringBuilder("round(");
            for (Object x : a) p.append(TextTesting.lit(x)).append(", ");
            cases.add(new Case(p.append(')').toString(),
                    () -> withArgs(a, h -> NumberMethods.round(space, h[0], h.length > 1 ? h[1] : 0))));
        }
        Object[] operands = {7L, -7L, 0L, 3L, -3L, 2.5, -0.0, 0.0, BigInteger.TEN.pow(25), "x"};
        for (Object a : operands) {
            for (Object b : operands) {
                cases.add(new Case("divmod(" + TextTesting.lit(a) + ", " + TextTesting.lit(b) + ")",
                        () -> withArgs(new Object[] {a, b}, h -> NumberMethods.divmod(space, h[0], h[1]))));
            }
        }
        for (Object[] a : new Object[][] {{2L, -1L, 4L}, {2L, 3L, 0L}, {2L, 3.0, 4L}, {2L, 10L, 1000L}, {3L, 2L, -5L},
                {-3L, 3L, 7L}, {3L, -1L, 7L}, {3L, -2L, -7L}, {0L, 0L, 1L}, {5L, 0L, 1L}, {2L, 100L, null},
                {BigInteger.TEN.pow(30), BigInteger.TEN.pow(20).add(BigInteger.ONE), 1000000007L}, {1.0, 2L, 3L},
                {"a", 2L, 3L}, {2L, 0.5, null}, {0L, -1L, null}}) {
            StringBuilder p = new StringBuilder("pow(");
            for (Object x : a) p.append(TextTesting.lit(x)).append(", ");
            cases.add(new Case(p.append(')').toString(), () -> withArgs(a, h -> NumberMethods.pow(space, h[0], h[1], h[2]))));
        }
        compare(cases);
    }

    private int withArgs(Object[] values, java.util.function.ToIntFunction<int[]> f) {
        int[] h = new int[values.length];
        for (int i = 0; i < h.length; i++) h[i] = t.toPy(values[i]);
        try {
            return f.applyAsInt(h);
        } finally {
            for (int x : h) space.heap.decref(x);
        }
    }

    @Test
    @DisplayName("the str methods match CPython on a catalogue of calls, errors included")
    void strMethods() {
        List<Case> cases = new ArrayList<>();
        Object[][] calls = {
                {"a,b,,c", "split", ","}, {"a,b,,c", "split", ",", 2L}, {"a,b,,c", "rsplit", ",", 2L},
                {"  a  b  ", "split"}, {"  a  b  ", "split", null, 1L}, {"  a  b  ", "rsplit", null, 1L},
                {" \t\u3000x\u00a0y\u0085 ", "split"}, {"abc", "split", ""}, {"abc", "split", 1L}, {"a", "split", 1L, 2L, 3L},
                {"a b c", "rsplit", " ", 0L}, {"", "split"}, {"", "split", ","}, {"abab", "split", "ab"},
                {"a\u001cb\u0085c\u2028d\r\ne\rf\n", "splitlines"}, {"a\u001cb\u0085c\u2028d\r\ne\rf\n", "splitlines", true},
                {"a\n\nb", "splitlines", 1L}, {"", "splitlines"}, {"a", "splitlines", "x"}, {"a", "splitlines", 1L, 2L},
                {"  xx  ", "strip"}, {"  xx  ", "lstrip"}, {"  xx  ", "rstrip"}, {"xyxaxy", "strip", "xy"},
                {"xyxaxy", "lstrip", "yx"}, {"xyxaxy", "rstrip", "y"}, {"a", "strip", 1L}, {"a", "strip", "a", "b"},
                {"abc", "startswith", "ab"}, {"abc", "startswith", new Object[] {"x", "a"}}, {"abc", "endswith", "bc", -2L},
                {"abc", "endswith", "c", 0L, 2L}, {"", "startswith", "", 1L}, {"abc", "startswith", 1L},
                {"abc", "startswith", new Object[] {1L}}, {"abc", "endswith", "a", "x"}, {"abc", "startswith"},
                {"abc", "startswith", "b", 1L, null}, {"abc", "endswith", new Object[] {}},
                {"abcabc", "find", "c"}, {"abcabc", "find", "c", 3L}, {"abcabc", "find", "c", -2L, -1L},
                {"abcabc", "rfind", "b", 0L, 4L}, {"abc", "find", "", 5L}, {"abc", "rfind", "", 1L}, {"abc", "find", 1L},
                {"abc", "index", "x"}, {"abcabc", "rindex", "b", 0L, -5L}, {"abc", "find"}, {"abc", "find", "a", 1L, 2L, 3L},
                {"aaa", "count", ""}, {"abc", "count", "", 1L, 2L}, {"aaaa", "count", "aa"}, {"abc", "count", "a", null, 1L},
                {"abc", "index", "c", 1L}, {"abc", "find", "a", BigInteger.TEN.pow(30)},
                {"abc", "replace", "", "-", 2L}, {"abc", "replace", "", "-"}, {"aaa", "replace", "a", "bb", 2L},
                {"aaa", "replace", "a", "b", -1L}, {"aaa", "replace", "x", "y"}, {"a", "replace", 1L, "b"},
                {"a", "replace", "a", 1L}, {"a", "replace", "a"},
                {"hELLO wORLD", "upper"}, {"Hello", "lower"}, {"Straße", "casefold"}, {"hELLO wORLD", "capitalize"},
                {"\u01c6emal", "capitalize"}, {"Hello wORLD 3rd \u01c6x", "title"}, {"aBc \u03a3\u0391\u03a3 \u03a3", "swapcase"},
                {"\u00dfa", "upper"}, {"\u0391\u03a3", "lower"}, {"a", "upper", 1L},
                {"abc", "center", 6L}, {"abc", "center", 6L, "*"}, {"ab", "center", 7L, "*"}, {"ab", "center", 5L, "*"},
                {"abc", "ljust", 6L, "-"}, {"abc", "rjust", 6L}, {"abc", "rjust", 2L}, {"a", "center", 3L, "ab"},
                {"a", "ljust", 1L, 1L}, {"a", "ljust", "a"}, {"a", "center"},
                {"-42", "zfill", 6L}, {"+", "zfill", 3L}, {"42", "zfill", 1L}, {"", "zfill", 3L}, {"a", "zfill"},
                {"²", "isdigit"}, {"²", "isdecimal"}, {"½", "isnumeric"}, {"123", "isdecimal"}, {"abc", "isalpha"},
                {"ab1", "isalnum"}, {" \t", "isspace"}, {"", "isspace"}, {"AB1", "isupper"}, {"ab1", "islower"},
                {"Ab Cd", "istitle"}, {"AB cd", "istitle"}, {"_a1", "isidentifier"}, {"1a", "isidentifier"},
                {"", "isprintable"}, {"\t", "isprintable"}, {"é", "isascii"}, {"", "isalpha"}, {"a", "isdigit", 1L},
                {"a=b=c", "partition", "="}, {"a=b=c", "rpartition", "="}, {"abc", "partition", "x"},
                {"abc", "rpartition", "x"}, {"a", "partition", ""}, {"a", "partition", 1L},
                {"a\tbc\td\n\tx", "expandtabs"}, {"a\tbc\td\r\tx", "expandtabs", 4L}, {"a\tb", "expandtabs", 0L},
                {"a\tb", "expandtabs", -1L}, {"a", "expandtabs", 1L, 2L},
                {"abc", "removeprefix", "ab"}, {"abc", "removesuffix", "bc"}, {"abc", "removeprefix", "x"},
                {"a", "removeprefix", 1L}, {"a", "removesuffix"},
                {",", "join", List.of("a", "b", "c")}, {",", "join", new Object[] {"x"}}, {"", "join", List.of()},
                {",", "join", List.of("a", 2L)}, {",", "join", 5L}, {",", "join"},
        };
        for (Object[] c : calls) {
            Object[] args = java.util.Arrays.copyOfRange(c, 2, c.length);
            cases.add(method(c[0], (String) c[1], args));
        }
        cases.add(method("a b", "split", new Object[] {}, "maxsplit", 0L));
        cases.add(method("a b", "split", new Object[] {}, "sep", " ", "maxsplit", 1L));
        cases.add(method("a", "split", new Object[] {}, "x", 1L));
        cases.add(method("a", "split", new Object[] {" "}, "sep", " "));
        cases.add(method("a", "strip", new Object[] {}, "chars", "x"));
        cases.add(method("a", "find", new Object[] {"a"}, "x", 1L));
        cases.add(method("a", "join", new Object[] {}, "x", 1L));
        cases.add(method("a\nb", "splitlines", new Object[] {}, "keepends", true));
        cases.add(method("a\tb", "expandtabs", new Object[] {}, "tabsize", 2L));
        cases.add(method("a", "expandtabs", new Object[] {}, "x", 1L));
        cases.add(method("a", "upper", new Object[] {}, "x", 1L));
        compare(cases);
    }
}
