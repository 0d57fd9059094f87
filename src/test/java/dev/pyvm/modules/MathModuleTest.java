package dev.pyvm.modules;

import static dev.pyvm.modules.PyvmRunner.same;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pyvm.testing.Python3;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** {@code math} against python3: bit for bit where CPython computes itself, within ulps where libm decides. */
class MathModuleTest {

    /** The prelude of every generated program: show(name, f, args...) prints a result or the error. */
    private static final String PRELUDE = """
            import math
            def show(name, f, *args):
                try:
                    print(name, f(*args))
                except ValueError as e:
                    print(name, "ValueError", e)
                except OverflowError as e:
                    print(name, "OverflowError", e)
                except TypeError as e:
                    print(name, "TypeError", e)
                except ZeroDivisionError as e:
                    print(name, "ZeroDivisionError", e)
            """;

    /**
     * Functions whose result is libm's: Java's implementation may differ from glibc's in the last
     * bits; the number is the ulps allowed.
     */
    private static final Map<String, Integer> LIBM = Map.ofEntries(
            Map.entry("exp", 1), Map.entry("exp2", 1), Map.entry("expm1", 1), Map.entry("log", 1),
            Map.entry("log2", 1), Map.entry("log10", 1), Map.entry("log1p", 1), Map.entry("sin", 1),
            Map.entry("cos", 1), Map.entry("tan", 1), Map.entry("asin", 1), Map.entry("acos", 1),
            Map.entry("atan", 1), Map.entry("sinh", 2), Map.entry("cosh", 2), Map.entry("tanh", 1),
            Map.entry("asinh", 2), Map.entry("acosh", 2), Map.entry("atanh", 2),
            Map.entry("pow", 1), Map.entry("atan2", 2), Map.entry("logb", 2), Map.entry("gamma", 8),
            Map.entry("lgamma", 8));

    private static final List<String> UNARY = List.of("sqrt", "floor", "ceil", "trunc", "fabs", "modf", "frexp",
            "degrees", "radians", "isfinite", "isinf", "isnan", "ulp", "exp", "exp2", "expm1", "log", "log2",
            "log10", "log1p", "sin", "cos", "tan", "asin", "acos", "atan", "sinh", "cosh", "tanh", "asinh",
            "acosh", "atanh", "cbrt", "gamma", "lgamma");
    private static final List<String> BINARY = List.of("pow", "atan2", "hypot", "copysign", "fmod", "remainder",
            "nextafter", "isclose", "dist2");

    /** Floats across the ranges that matter: small, around 1, large, tiny, integral, special. */
    private static List<String> inputs(long seed, int n) {
        Random r = new Random(seed);
        List<String> xs = new ArrayList<>(List.of("0.0", "-0.0", "1.0", "-1.0", "0.5", "2.0", "10.0", "1e308",
                "-1e308", "5e-324", "1e-310", "math.inf", "-math.inf", "math.nan", "math.pi", "math.e", "3", "-7",
                "10**20", "2**1023", "True", "0.1", "710.0", "-745.5", "1e16", "4503599627370496.5", "0.9999999999999999"));
        while (xs.size() < n) {
            double x = switch (r.nextInt(5)) {
                case 0 -> r.nextDouble() * 4 - 2;
                case 1 -> r.nextDouble() * 200 - 100;
                case 2 -> Math.scalb(r.nextDouble(), r.nextInt(120) - 60) * (r.nextBoolean() ? 1 : -1);
                case 3 -> Math.scalb(r.nextDouble(), r.nextInt(2000) - 1000);
                default -> Math.rint(r.nextDouble() * 1000) / 4;
            };
            xs.add(Double.toString(x));
        }
        return xs;
    }

    private static String program(List<String> xs) {
        StringBuilder p = new StringBuilder(PRELUDE);
        p.append("xs = [").append(String.join(", ", xs)).append("]\n");
        p.append("def dist2(a, b):\n    return math.dist((a, b), (b, a))\n");
        p.append("n = ").append(xs.size()).append("\n");
        p.append("i = 0\nwhile i < n:\n    x = xs[i]\n");
        for (String f : UNARY) p.append("    show('").append(f).append("', math.").append(f).append(", x)\n");
        p.append("    y = xs[(i * 7 + 3) % n]\n");
        for (String f : BINARY) {
            String fn = f.equals("dist2") ? "dist2" : "math." + f;
            p.append("    show('").append(f).append("', ").append(fn).append(", x, y)\n");
        }
        p.append("    show('logbase', math.log, x, y)\n");
        p.append("    show('ldexp', math.ldexp, x, (i * 37) % 2200 - 1100)\n");
        p.append("    i += 1\n");
        return p.toString();
    }

    /** Compares line by line: exact, or within the ulps allowed for a libm function. */
    private static void compare(String expected, String actual) {
        String[] e = expected.split("\n", -1);
        String[] a = actual.split("\n", -1);
        assertEquals(e.length, a.length, "line count\n" + actual);
        java.util.TreeMap<String, Integer> inexact = new java.util.TreeMap<>();
        for (int i = 0; i < e.length; i++) {
            if (e[i].equals(a[i])) continue;
            String name = e[i].split(" ")[0];
            String[] ep = e[i].split(" "), ap = a[i].split(" ");
            Integer ulps = LIBM.get(name.equals("logbase") ? "logb" : name);
            assertTrue(ulps != null && ep.length == 2 && ap.length == 2 && ap[0].equals(name),
                    "line " + (i + 1) + ": expected <" + e[i] + "> but was <" + a[i] + ">");
            double x = Double.parseDouble(ep[1]), y = Double.parseDouble(ap[1]);
            double diff = Math.abs(x - y);
            assertTrue(diff <= ulps * Math.ulp(x), "line " + (i + 1) + ": expected <" + e[i] + "> but was <" + a[i]
                    + ">, " + diff / Math.ulp(x) + " ulps apart");
            inexact.merge(name, 1, Integer::sum);
        }
        System.out.println("math: " + e.length + " results; within ulps of libm's, not exact: " + inexact);
    }

    @Test
    @DisplayName("every function over floats of every range: the same results and errors as CPython")
    void differential() {
        String program = program(inputs(20241122, 160));
        compare(Python3.runScript(program), PyvmRunner.run(program));
    }

    @Test
    @DisplayName("constants, rounding to ints of any size, and integer functions")
    void integers() {
        same(PRELUDE + """
                print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
                print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7), math.floor(True), math.ceil(10**30))
                print(math.floor(1e300), math.ceil(-1.5e200), math.trunc(2.0**70), math.floor(2**80 + 0.0))
                show('floor', math.floor, math.inf)
                show('ceil', math.ceil, math.nan)
                show('trunc', math.trunc, "a")
                show('floor', math.floor, "a")
                show('sqrt', math.sqrt, None)
                show('sqrt', math.sqrt, 10**400)
                print(math.factorial(0), math.factorial(1), math.factorial(20), math.factorial(21), math.factorial(100))
                show('factorial', math.factorial, -1)
                show('factorial', math.factorial, 2.0)
                show('factorial', math.factorial, 10**19)
                print(math.gcd(), math.gcd(0), math.gcd(-12), math.gcd(12, 18), math.gcd(-12, 18, 27), math.gcd(2**100, 6**40))
                print(math.lcm(), math.lcm(-4), math.lcm(4, 6), math.lcm(-4, 6, 10), math.lcm(0, 5), math.lcm(2**64, 3**30))
                show('gcd', math.gcd, 1.5)
                print(math.isqrt(0), math.isqrt(1), math.isqrt(15), math.isqrt(16), math.isqrt(10**40 + 1), math.isqrt(2**127 - 1))
                show('isqrt', math.isqrt, -1)
                show('isqrt', math.isqrt, 1.5)
                print(math.comb(10, 3), math.comb(5, 7), math.comb(100, 50), math.comb(10**20, 2), math.comb(0, 0))
                print(math.perm(5), math.perm(5, 2), math.perm(5, 7), math.perm(30, None), math.perm(10**20, 2))
                show('comb', math.comb, -1, 2)
                show('comb', math.comb, 1, -2)
                show('perm', math.perm, 1, -2)
                show('comb', math.comb, 1.0, 2)
                show('comb', math.comb, 1)
                print(math.log(10**400), math.log2(2**1000), math.log10(10**400), math.log(8, 2), math.log(2**2000, 2))
                print(math.log2(1024), math.log2(0.125), math.log10(1000), math.log(math.e), math.log(1))
                show('log', math.log, 0)
                show('log', math.log, -10**400)
                show('log', math.log, 1, 1)
                show('log', math.log)
                show('log', math.log, 1, 2, 3)
                """);
    }

    @Test
    @DisplayName("fsum is exact, prod multiplies anything, hypot and dist take any number of coordinates")
    void sums() {
        same(PRELUDE + """
                print(math.fsum([0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1]), math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
                print(math.fsum([]), math.fsum([1, 2, 3]), math.fsum((1e16, 1.0, 1e-16)), math.fsum([-0.0, -0.0]))
                print(math.fsum([2.0**53, -0.5, -2.0**-54]), math.fsum([1.7976931348623157e308, -1e292, 1e292]))
                print(math.fsum([math.inf, 1.0]), math.fsum([-math.inf, -1e308]), math.fsum([math.nan, 1.0]))
                show('fsum', math.fsum, [math.inf, -math.inf])
                show('fsum', math.fsum, [1e308, 1e308])
                show('fsum', math.fsum, 1)
                show('fsum', math.fsum, [1, "a"])
                print(math.prod([]), math.prod([2, 3.5]), math.prod([2, 3, 4]), math.prod([10**10, 10**10]), math.prod((), start=5))
                print(math.prod([2.5], start=2), math.prod([True, 3]))
                show('prod', math.prod)
                show('prod', math.prod, [1], 2)
                print(math.hypot(), math.hypot(-3), math.hypot(3, 4), math.hypot(1, 2, 3, 4, 5), math.hypot(1e308, 1e308))
                print(math.hypot(5e-324, 5e-324), math.hypot(1e-310, 3e-310, 2e-320), math.hypot(math.inf, math.nan))
                print(math.dist((0, 0), (3, 4)), math.dist([1.5, 2.5, -3.5], [0.1, 0.2, 0.3]), math.dist((), ()))
                show('dist', math.dist, [1], [1, 2])
                show('dist', math.dist, 1, 2)
                show('hypot', math.hypot, "a")
                """);
    }

    @Test
    @DisplayName("argument errors carry CPython's messages")
    void argumentErrors() {
        same(PRELUDE + """
                show('sqrt', math.sqrt)
                show('sqrt', math.sqrt, 1, 2)
                show('pow', math.pow, 1)
                show('pow', math.pow, 1, 2, 3)
                show('atan2', math.atan2, 1)
                show('isclose', math.isclose, 1)
                show('isclose', math.isclose, 1, 2, 3)
                show('ldexp', math.ldexp, 1.0, 1.5)
                show('ldexp', math.ldexp, 1.0, 10**30)
                print(math.ldexp(1.0, -10**30), math.ldexp(-2.0, -1075), math.ldexp(math.inf, -5), math.ldexp(0.75, 4))
                def kw():
                    return math.sqrt(x=1)
                show('kw', kw)
                def kw2():
                    return math.isclose(1, 2, foo=3)
                show('kw2', kw2)
                def kw3():
                    return math.isclose(1.0, 1.0 + 1e-10, rel_tol=1e-12, abs_tol=1e-9)
                show('kw3', kw3)
                def kw4():
                    return math.isclose(1, 2, rel_tol=-1)
                show('kw4', kw4)
                def kw5():
                    return math.isclose(a=1, b=1.0000000001)
                show('kw5', kw5)
                show('exp', math.exp, 1000)
                show('pow', math.pow, 0, -1)
                show('pow', math.pow, -1, 0.5)
                show('pow', math.pow, 10.0, 400)
                print(math.pow(0.0, 0.0), math.pow(math.nan, 0), math.pow(1, math.nan), math.pow(-math.inf, 3), math.pow(-math.inf, -3))
                print(math.pow(-2, 3), math.pow(0.5, math.inf), math.pow(2, -math.inf), math.pow(-1, math.inf))
                """);
    }

    @Test
    @DisplayName("erf and erfc: bit for bit glibc's, at every branch point and over random floats")
    void errorFunction() {
        List<String> xs = new ArrayList<>();
        double[] edges = {0.0, -0.0, Double.MIN_VALUE, 1e-310, Double.MIN_NORMAL, 0x1p-1022 * 3, 1e-300, 0x1p-56,
            0x1.0000000000001p-56, 0x1p-28, 3e-9, 0.25, 0.84375, 0.8437499999999999, 1.0, 1.25, 1.2499999999999998,
            1 / 0.35, 2.857142857142857, 2.8571428571428577, 6.0, 5.999999999999999, 27.0, 28.0, 27.999999999999996,
            26.6, 1e10, 1e300, Double.MAX_VALUE, Double.POSITIVE_INFINITY, Double.NaN};
        for (double x : edges) {
            xs.add(literal(x));
            xs.add(literal(-x));
        }
        Random r = new Random(20261122);
        while (xs.size() < 3000) {
            double x = switch (xs.size() % 4) {
                case 0 -> r.nextDouble() * 12 - 6;
                case 1 -> r.nextDouble() * 60 - 30;
                case 2 -> Math.scalb(r.nextDouble(), r.nextInt(1100) - 1080) * (r.nextBoolean() ? 1 : -1);
                default -> r.nextDouble() * 3 - 1.5;
            };
            xs.add(literal(x));
        }
        StringBuilder p = new StringBuilder("import math\nxs = [\n");
        for (String x : xs) p.append(x).append(",\n");
        p.append("""
                ]
                for x in xs:
                    print(x, math.erf(x), math.erfc(x))
                for bad in ("1", None, 10**400):
                    try:
                        math.erf(bad)
                    except TypeError as e:
                        print("TypeError", e)
                    except OverflowError as e:
                        print("OverflowError", e)
                """);
        String program = p.toString();
        String expected = Python3.runScript(program);
        assertEquals(xs.size() + 3, expected.lines().count());
        assertEquals(expected, PyvmRunner.run(program));
    }

    /** x exactly, as an expression the modules' test runner takes (its builtins have no float). */
    private static String literal(double x) {
        if (Double.isNaN(x)) return "math.nan";
        if (Double.isInfinite(x)) return x > 0 ? "math.inf" : "-math.inf";
        if (x == 0) return Double.doubleToRawLongBits(x) < 0 ? "-0.0" : "0.0";
        int e = Math.getExponent(x) < Double.MIN_EXPONENT ? Double.MIN_EXPONENT - 52 : Math.getExponent(x) - 52;
        return "math.ldexp(" + (long) Math.scalb(x, -e) + ", " + e + ")";
    }
}
