package dev.pyvm.modules;

import dev.pyvm.memory.Heap;
import dev.pyvm.objects.ArgParser;
import dev.pyvm.objects.BuiltinCode;
import dev.pyvm.objects.NumberOps;
import dev.pyvm.objects.ObjectSpace;
import dev.pyvm.objects.PyException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.function.DoubleUnaryOperator;

/**
 * {@code math}. CPython 3.11: Modules/mathmodule.c, whose special cases and errors it follows.
 *
 * <p>Exactness: what CPython computes itself (floor, ceil, trunc, fsum, hypot, dist, fmod, modf,
 * frexp, ldexp, sqrt, the integer functions, gamma, lgamma, isclose, degrees, radians, copysign)
 * is bit for bit CPython's. For libm's functions, glibc's algorithms are ported where they are
 * short (cbrt, sinh, cosh, asinh, acosh, atanh; erf and erfc, bit for bit, in {@link Erf}); the
 * rest are Java's: {@link Math}'s where it agrees best with glibc (exp, log, pow, sin, cos, tan),
 * {@link StrictMath}'s (fdlibm, from which glibc's come) for expm1, log1p, log10, tanh. These can
 * differ from CPython's in the last bit: over thousands of inputs (MathModuleTest) a handful of
 * acos, asin, atan, atan2 and log2 results do, by one ulp (glibc's are IBM's correctly rounded
 * ones, or its own log2).
 */
final class MathModule {
    private MathModule() {}

    private static final double LN2 = 0.6931471805599453;
    private static final double INV_LN2 = 1.4426950408889634;

    static int create(ObjectSpace space) {
        ModuleBuilder m = new ModuleBuilder(space, "math");
        MathModule.Functions f = new Functions(space);

        m.value("pi", space.newFloat(Math.PI));
        m.value("e", space.newFloat(Math.E));
        m.value("tau", space.newFloat(2 * Math.PI));
        m.value("inf", space.newFloat(Double.POSITIVE_INFINITY));
        m.value("nan", space.newFloat(Double.NaN));

        // CPython's FUNC1 table: the function and whether an infinite result from a finite
        // argument is an overflow (OverflowError) rather than a singularity (ValueError)
        f.unary(m, "acos", Math::acos, false);
        f.unary(m, "acosh", MathModule::acosh, false);
        f.unary(m, "asin", Math::asin, false);
        f.unary(m, "asinh", MathModule::asinh, false);
        f.unary(m, "atan", Math::atan, false);
        f.unary(m, "atanh", MathModule::atanh, false);
        f.unary(m, "cbrt", MathModule::cbrt, false);
        f.unary(m, "cos", Math::cos, false);
        f.unary(m, "cosh", MathModule::cosh, true);
        f.unary(m, "erf", Erf::erf, false);
        f.unary(m, "erfc", Erf::erfc, false);
        f.unary(m, "exp", GlibcExp::exp, true); // glibc's, as CPython's on Linux (Math.exp differs in the last bit now and then)
        f.unary(m, "exp2", x -> Math.pow(2.0, x), true);
        f.unary(m, "expm1", StrictMath::expm1, true);
        f.unary(m, "fabs", Math::abs, false);
        f.unary(m, "gamma", MathModule::tgamma, true);
        f.unary(m, "lgamma", MathModule::lgamma, true);
        f.unary(m, "log1p", StrictMath::log1p, false);
        f.unary(m, "sin", Math::sin, false);
        f.unary(m, "sinh", MathModule::sinh, true);
        f.unary(m, "sqrt", Math::sqrt, false);
        f.unary(m, "tan", Math::tan, false);
        f.unary(m, "tanh", StrictMath::tanh, false);

        m.function("floor", f.rounding("floor", "__floor__", Math::floor));
        m.function("ceil", f.rounding("ceil", "__ceil__", Math::ceil));
        m.function("trunc", f::trunc);
        m.function("log", f::log);
        m.function("log2", (self, args, start, nargs, kwnames) ->
                space.newFloat(f.logHelper(Args.one(space, "math.log2", args, start, nargs, kwnames), MathModule::log2)));
        m.function("log10", (self, args, start, nargs, kwnames) ->
                space.newFloat(f.logHelper(Args.one(space, "math.log10", args, start, nargs, kwnames), StrictMath::log10)));
        m.function("pow", f::pow);
        m.function("atan2", f.binary("atan2", (y, x) -> Math.atan2(y, x)));
        m.function("copysign", f.binary("copysign", Math::copySign));
        m.function("fmod", f::fmod);
        m.function("remainder", f::remainder);
        m.function("nextafter", f.binary("nextafter", Math::nextAfter));
        m.function("ulp", (self, args, start, nargs, kwnames) ->
                space.newFloat(ulp(f.real(Args.one(space, "math.ulp", args, start, nargs, kwnames)))));
        m.function("degrees", (self, args, start, nargs, kwnames) ->
                space.newFloat(f.real(Args.one(space, "math.degrees", args, start, nargs, kwnames)) * (180.0 / Math.PI)));
        m.function("radians", (self, args, start, nargs, kwnames) ->
                space.newFloat(f.real(Args.one(space, "math.radians", args, start, nargs, kwnames)) * (Math.PI / 180.0)));
        m.function("isfinite", (self, args, start, nargs, kwnames) ->
                space.newBool(Double.isFinite(f.real(Args.one(space, "math.isfinite", args, start, nargs, kwnames)))));
        m.function("isinf", (self, args, start, nargs, kwnames) ->
                space.newBool(Double.isInfinite(f.real(Args.one(space, "math.isinf", args, start, nargs, kwnames)))));
        m.function("isnan", (self, args, start, nargs, kwnames) ->
                space.newBool(Double.isNaN(f.real(Args.one(space, "math.isnan", args, start, nargs, kwnames)))));
        m.function("isclose", f::isclose);
        m.function("modf", f::modf);
        m.function("frexp", f::frexp);
        m.function("ldexp", f::ldexp);
        m.function("hypot", f::hypot);
        m.function("dist", f::dist);
        m.function("fsum", (self, args, start, nargs, kwnames) ->
                space.newFloat(f.fsum(Args.one(space, "math.fsum", args, start, nargs, kwnames))));
        m.function("prod", f::prod);
        m.function("factorial", f::factorial);
        m.function("gcd", (self, args, start, nargs, kwnames) -> f.gcdLcm("math.gcd", false, args, start, nargs, kwnames));
        m.function("lcm", (self, args, start, nargs, kwnames) -> f.gcdLcm("math.lcm", true, args, start, nargs, kwnames));
        m.function("isqrt", f::isqrt);
        m.function("comb", f::comb);
        m.function("perm", f::perm);
        return m.module();
    }

    /** The bodies that need the space. */
    static final class Functions {
        private final ObjectSpace space;
        private final Heap heap;

        Functions(ObjectSpace space) {
            this.space = space;
            this.heap = space.heap;
        }

        PyException domainError() {
            return space.valueError("math domain error");
        }

        PyException rangeError() {
            return space.error(space.exceptions.overflowError, "math range error");
        }

        double real(int h) {
            return Args.toDouble(space, h);
        }

        // CPython 3.11: math_1()
        void unary(ModuleBuilder m, String name, DoubleUnaryOperator func, boolean canOverflow) {
            String qualname = "math." + name;
            m.function(name, (self, args, start, nargs, kwnames) -> {
                double x = real(Args.one(space, qualname, args, start, nargs, kwnames));
                double r = func.applyAsDouble(x);
                if (Double.isNaN(r) && !Double.isNaN(x)) throw domainError();
                if (Double.isInfinite(r) && Double.isFinite(x)) throw canOverflow ? rangeError() : domainError();
                return space.newFloat(r);
            });
        }

        /** A two-argument function without error cases of its own. */
        BuiltinCode binary(String name, java.util.function.DoubleBinaryOperator func) {
            return (self, args, start, nargs, kwnames) -> {
                Args.positional(space, "math." + name, name, 2, 2, nargs, kwnames);
                return space.newFloat(func.applyAsDouble(real(args[start]), real(args[start + 1])));
            };
        }

        /** The int nearest to finite v in the direction already applied (v is integral). */
        int integral(double v) {
            if (Double.isNaN(v)) throw space.valueError("cannot convert float NaN to integer");
            if (Double.isInfinite(v)) {
                throw space.error(space.exceptions.overflowError, "cannot convert float infinity to integer");
            }
            if (Math.abs(v) < 0x1p63) return space.newInt((long) v);
            return space.newInt(new BigDecimal(v).toBigInteger());
        }

        /** An int argument as a plain int (a bool becomes 0 or 1): a new reference. */
        private int exactInt(int h) {
            if (space.typeOf(h) == space.intSlots.type()) {
                heap.incref(h);
                return h;
            }
            return space.newInt(space.intSlots.bigValue(h));
        }

        // CPython 3.11: math_floor() and math_ceil()
        BuiltinCode rounding(String name, String dunder, DoubleUnaryOperator func) {
            return (self, args, start, nargs, kwnames) -> {
                int x = Args.one(space, "math." + name, args, start, nargs, kwnames);
                if (space.typeOf(x) == space.floatSlots.type()) return integral(func.applyAsDouble(space.floatSlots.value(x)));
                if (space.intSlots.check(x)) return exactInt(x);
                int method = space.lookupType(space.typeOf(x), space.intern(dunder));
                if (method != 0) return space.call(method, x);
                return integral(func.applyAsDouble(real(x)));
            };
        }

        int trunc(int self, int[] args, int start, int nargs, int kwnames) {
            int x = Args.one(space, "math.trunc", args, start, nargs, kwnames);
            if (space.floatSlots.check(x)) {
                double v = space.floatSlots.value(x);
                return integral(v < 0 ? Math.ceil(v) : Math.floor(v));
            }
            if (space.intSlots.check(x)) return exactInt(x);
            int method = space.lookupType(space.typeOf(x), space.intern("__trunc__"));
            if (method == 0) {
                throw space.typeError("type " + space.typeName(space.typeOf(x)) + " doesn't define __trunc__ method");
            }
            return space.call(method, x);
        }

        // CPython 3.11: loghelper(): ints of any size, through frexp when they overflow a double
        double logHelper(int arg, DoubleUnaryOperator func) {
            if (space.intSlots.check(arg)) {
                BigInteger v = space.intSlots.bigValue(arg);
                if (v.signum() <= 0) throw domainError();
                double x = v.doubleValue();
                if (Double.isInfinite(x)) {
                    long[] e = new long[1];
                    double m = bigFrexp(v, e);
                    return func.applyAsDouble(m) + func.applyAsDouble(2.0) * e[0];
                }
                return mLog(func, x);
            }
            double x = real(arg);
            double r = mLog(func, x);
            if (Double.isNaN(r) && !Double.isNaN(x)) throw domainError();
            if (Double.isInfinite(r) && Double.isFinite(x)) throw domainError();
            return r;
        }

        // CPython 3.11: m_log(), m_log2(), m_log10(): domain errors as NaN or -inf
        private double mLog(DoubleUnaryOperator func, double x) {
            if (Double.isFinite(x)) {
                if (x > 0.0) return func.applyAsDouble(x);
                return x == 0.0 ? Double.NEGATIVE_INFINITY : Double.NaN;
            }
            if (Double.isNaN(x) || x > 0.0) return x;
            return Double.NaN;
        }

        int log(int self, int[] args, int start, int nargs, int kwnames) {
            Args.noKeywords(space, "math.log", kwnames);
            if (nargs < 1 || nargs > 2) throw space.typeError("math.log requires 1 to 2 arguments");
            double num = logHelper(args[start], Math::log);
            if (nargs == 2) {
                double den = logHelper(args[start + 1], Math::log);
                if (den == 0.0) throw space.error(space.exceptions.zeroDivisionError, "float division by zero");
                num = num / den;
            }
            return space.newFloat(num);
        }

        // CPython 3.11: math_pow_impl()
        int pow(int self, int[] args, int start, int nargs, int kwnames) {
            Args.positional(space, "math.pow", "pow", 2, 2, nargs, kwnames);
            double x = real(args[start]), y = real(args[start + 1]);
            double r;
            if (!Double.isFinite(x) || !Double.isFinite(y)) {
                if (Double.isNaN(x)) {
                    r = y == 0.0 ? 1.0 : x;
                } else if (Double.isNaN(y)) {
                    r = x == 1.0 ? 1.0 : y;
                } else if (Double.isInfinite(x)) {
                    boolean oddY = Double.isFinite(y) && Math.abs(y) % 2.0 == 1.0;
                    if (y > 0.0) r = oddY ? x : Math.abs(x);
                    else if (y == 0.0) r = 1.0;
                    else r = oddY ? Math.copySign(0.0, x) : 0.0;
                } else {
                    if (Math.abs(x) == 1.0) r = 1.0;
                    else if (y > 0.0 && Math.abs(x) > 1.0) r = y;
                    else if (y < 0.0 && Math.abs(x) < 1.0) r = -y;
                    else r = 0.0;
                }
                return space.newFloat(r);
            }
            r = Math.pow(x, y);
            if (Double.isNaN(r)) throw domainError();
            if (Double.isInfinite(r)) throw x == 0.0 ? domainError() : rangeError();
            return space.newFloat(r);
        }

        // CPython 3.11: math_fmod_impl()
        int fmod(int self, int[] args, int start, int nargs, int kwnames) {
            Args.positional(space, "math.fmod", "fmod", 2, 2, nargs, kwnames);
            double x = real(args[start]), y = real(args[start + 1]);
            if (Double.isInfinite(y) && Double.isFinite(x)) return space.newFloat(x);
            double r = x % y; // Java's % on doubles is C's fmod
            if (Double.isNaN(r) && !Double.isNaN(x) && !Double.isNaN(y)) throw domainError();
            return space.newFloat(r);
        }

        // CPython 3.11: math_remainder_impl() / m_remainder()
        int remainder(int self, int[] args, int start, int nargs, int kwnames) {
            Args.positional(space, "math.remainder", "remainder", 2, 2, nargs, kwnames);
            double x = real(args[start]), y = real(args[start + 1]);
            if (Double.isNaN(x)) return space.newFloat(x);
            if (Double.isNaN(y)) return space.newFloat(y);
            if (Double.isInfinite(x) || y == 0.0) throw domainError();
            if (Double.isInfinite(y)) return space.newFloat(x);
            return space.newFloat(Math.IEEEremainder(x, y));
        }

        // CPython 3.11: math_isclose_impl()
        int isclose(int self, int[] args, int start, int nargs, int kwnames) {
            int[] a = ArgParser.clinic(space, "isclose", new String[] {"a", "b", "rel_tol", "abs_tol"}, 2, 0, 2,
                    args, start, nargs, kwnames);
            double x = real(a[0]), y = real(a[1]);
            double relTol = a[2] == 0 ? 1e-09 : real(a[2]);
            double absTol = a[3] == 0 ? 0.0 : real(a[3]);
            if (relTol < 0.0 || absTol < 0.0) throw space.valueError("tolerances must be non-negative");
            if (x == y) return space.newBool(true);
            if (Double.isInfinite(x) || Double.isInfinite(y)) return space.newBool(false);
            double diff = Math.abs(y - x);
            return space.newBool(diff <= Math.abs(relTol * y) || diff <= Math.abs(relTol * x) || diff <= absTol);
        }

        // CPython 3.11: math_modf_impl()
        int modf(int self, int[] args, int start, int nargs, int kwnames) {
            double x = real(Args.one(space, "math.modf", args, start, nargs, kwnames));
            if (Double.isInfinite(x)) return space.newTuple(space.newFloat(Math.copySign(0.0, x)), space.newFloat(x));
            if (Double.isNaN(x)) return space.newTuple(space.newFloat(x), space.newFloat(x));
            double ip = x < 0 ? Math.ceil(x) : Math.floor(x);
            return space.newTuple(space.newFloat(Math.copySign(x - ip, x)), space.newFloat(ip));
        }

        // CPython 3.11: math_frexp_impl()
        int frexp(int self, int[] args, int start, int nargs, int kwnames) {
            double x = real(Args.one(space, "math.frexp", args, start, nargs, kwnames));
            if (Double.isNaN(x) || Double.isInfinite(x) || x == 0.0) {
                return space.newTuple(space.newFloat(x), space.newInt(0));
            }
            int e = frexpExponent(x);
            return space.newTuple(space.newFloat(Math.scalb(x, -e)), space.newInt(e));
        }

        // CPython 3.11: math_ldexp_impl()
        int ldexp(int self, int[] args, int start, int nargs, int kwnames) {
            Args.positional(space, "math.ldexp", "ldexp", 2, 2, nargs, kwnames);
            double x = real(args[start]);
            int i = args[start + 1];
            if (!space.intSlots.check(i)) throw space.typeError("Expected an int as second argument to ldexp.");
            BigInteger exp = space.intSlots.bigValue(i);
            double r;
            if (x == 0.0 || !Double.isFinite(x)) r = x;
            else if (exp.compareTo(BigInteger.valueOf(Integer.MAX_VALUE)) > 0) throw rangeError();
            else if (exp.compareTo(BigInteger.valueOf(Integer.MIN_VALUE)) < 0) r = Math.copySign(0.0, x);
            else {
                r = Math.scalb(x, exp.intValue());
                if (Double.isInfinite(r)) throw rangeError();
            }
            return space.newFloat(r);
        }

        int hypot(int self, int[] args, int start, int nargs, int kwnames) {
            Args.noKeywords(space, "math.hypot", kwnames);
            double[] coordinates = new double[nargs];
            double max = 0.0;
            boolean foundNan = false;
            for (int i = 0; i < nargs; i++) {
                double x = Math.abs(real(args[start + i]));
                coordinates[i] = x;
                foundNan |= Double.isNaN(x);
                if (x > max) max = x;
            }
            return space.newFloat(vectorNorm(nargs, coordinates, max, foundNan));
        }

        int dist(int self, int[] args, int start, int nargs, int kwnames) {
            Args.positional(space, "math.dist", "dist", 2, 2, nargs, kwnames);
            int[] p = Args.items(space, args[start]);
            try {
                int[] q = Args.items(space, args[start + 1]);
                try {
                    if (p.length != q.length) {
                        throw space.valueError("both points must have the same number of dimensions");
                    }
                    double[] diffs = new double[p.length];
                    double max = 0.0;
                    boolean foundNan = false;
                    for (int i = 0; i < p.length; i++) {
                        double x = Math.abs(real(p[i]) - real(q[i]));
                        diffs[i] = x;
                        foundNan |= Double.isNaN(x);
                        if (x > max) max = x;
                    }
                    return space.newFloat(vectorNorm(p.length, diffs, max, foundNan));
                } finally {
                    Args.release(space, q);
                }
            } finally {
                Args.release(space, p);
            }
        }

        // CPython 3.11: math_fsum(), Shewchuk's msum with exact partials and half-even fix-up
        double fsum(int iterable) {
            int[] items = Args.items(space, iterable);
            try {
                double[] p = new double[32];
                int n = 0;
                double specialSum = 0.0, infSum = 0.0;
                for (int item : items) {
                    double x = real(item);
                    double xsave = x;
                    int i = 0;
                    for (int j = 0; j < n; j++) {
                        double y = p[j];
                        if (Math.abs(x) < Math.abs(y)) {
                            double t = x;
                            x = y;
                            y = t;
                        }
                        double hi = x + y;
                        double yr = hi - x;
                        double lo = y - yr;
                        if (lo != 0.0) p[i++] = lo;
                        x = hi;
                    }
                    n = i;
                    if (x != 0.0) {
                        if (!Double.isFinite(x)) {
                            if (Double.isFinite(xsave)) {
                                throw space.error(space.exceptions.overflowError, "intermediate overflow in fsum");
                            }
                            if (Double.isInfinite(xsave)) infSum += xsave;
                            specialSum += xsave;
                            n = 0;
                        } else {
                            if (n == p.length) p = java.util.Arrays.copyOf(p, n * 2);
                            p[n++] = x;
                        }
                    }
                }
                if (specialSum != 0.0) {
                    if (Double.isNaN(infSum)) throw space.valueError("-inf + inf in fsum");
                    return specialSum;
                }
                double hi = 0.0;
                if (n > 0) {
                    hi = p[--n];
                    double lo = 0.0;
                    while (n > 0) {
                        double x = hi;
                        double y = p[--n];
                        hi = x + y;
                        double yr = hi - x;
                        lo = y - yr;
                        if (lo != 0.0) break;
                    }
                    if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0))) {
                        double y = lo * 2.0;
                        double x = hi + y;
                        double yr = x - hi;
                        if (y == yr) hi = x;
                    }
                }
                return hi;
            } finally {
                Args.release(space, items);
            }
        }

        int prod(int self, int[] args, int start, int nargs, int kwnames) {
            int[] a = ArgParser.clinic(space, "prod", new String[] {"iterable", "start"}, 1, 1, 1, args, start, nargs, kwnames);
            int[] items = Args.items(space, a[0]);
            int result = a[1] == 0 ? space.newInt(1) : a[1];
            if (a[1] != 0) heap.incref(result);
            try {
                for (int item : items) {
                    int r = space.binaryOp(result, item, NumberOps.MULTIPLY);
                    heap.decref(result);
                    result = r;
                }
                int r = result;
                result = 0;
                return r;
            } finally {
                if (result != 0) heap.decref(result);
                Args.release(space, items);
            }
        }

        int factorial(int self, int[] args, int start, int nargs, int kwnames) {
            BigInteger n = Args.bigIndex(space, Args.one(space, "math.factorial", args, start, nargs, kwnames));
            if (n.bitLength() > 63) {
                if (n.signum() < 0) throw space.valueError("factorial() not defined for negative values");
                throw space.error(space.exceptions.overflowError,
                        "factorial() argument should not exceed " + Long.MAX_VALUE);
            }
            if (n.signum() < 0) throw space.valueError("factorial() not defined for negative values");
            return space.newInt(product(1, n.longValue()));
        }

        int gcdLcm(String qualname, boolean lcm, int[] args, int start, int nargs, int kwnames) {
            Args.noKeywords(space, qualname, kwnames);
            BigInteger r = lcm ? BigInteger.ONE : BigInteger.ZERO;
            for (int i = 0; i < nargs; i++) {
                BigInteger v = Args.bigIndex(space, args[start + i]);
                if (lcm) {
                    if (r.signum() == 0 || v.signum() == 0) {
                        r = BigInteger.ZERO;
                        continue;
                    }
                    r = r.divide(r.gcd(v)).multiply(v).abs();
                } else {
                    r = r.gcd(v);
                }
            }
            if (nargs == 1) r = r.abs();
            return space.newInt(r);
        }

        int isqrt(int self, int[] args, int start, int nargs, int kwnames) {
            BigInteger n = Args.bigIndex(space, Args.one(space, "math.isqrt", args, start, nargs, kwnames));
            if (n.signum() < 0) throw space.valueError("isqrt() argument must be nonnegative");
            return space.newInt(n.sqrt());
        }

        int comb(int self, int[] args, int start, int nargs, int kwnames) {
            Args.positional(space, "math.comb", "comb", 2, 2, nargs, kwnames);
            BigInteger n = Args.bigIndex(space, args[start]);
            BigInteger k = Args.bigIndex(space, args[start + 1]);
            if (n.signum() < 0) throw space.valueError("n must be a non-negative integer");
            if (k.signum() < 0) throw space.valueError("k must be a non-negative integer");
            if (k.compareTo(n) > 0) return space.newInt(0);
            BigInteger j = n.subtract(k).min(k);
            if (j.bitLength() > 63) {
                throw space.error(space.exceptions.overflowError, "min(n - k, k) must not exceed " + Long.MAX_VALUE);
            }
            BigInteger r = BigInteger.ONE;
            for (long i = 0; i < j.longValue(); i++) {
                r = r.multiply(n.subtract(BigInteger.valueOf(i))).divide(BigInteger.valueOf(i + 1));
            }
            return space.newInt(r);
        }

        int perm(int self, int[] args, int start, int nargs, int kwnames) {
            Args.positional(space, "math.perm", "perm", 1, 2, nargs, kwnames);
            BigInteger n = Args.bigIndex(space, args[start]);
            BigInteger k = nargs < 2 || args[start + 1] == space.none ? null : Args.bigIndex(space, args[start + 1]);
            if (n.signum() < 0) throw space.valueError("n must be a non-negative integer");
            if (k == null) k = n;
            if (k.signum() < 0) throw space.valueError("k must be a non-negative integer");
            if (k.compareTo(n) > 0) return space.newInt(0);
            if (k.bitLength() > 63) throw space.error(space.exceptions.overflowError, "k must not exceed " + Long.MAX_VALUE);
            BigInteger r = BigInteger.ONE;
            for (long i = 0; i < k.longValue(); i++) r = r.multiply(n.subtract(BigInteger.valueOf(i)));
            return space.newInt(r);
        }
    }

    /** The product lo * (lo+1) * … * hi, split in halves so that the multiplications stay balanced. */
    static BigInteger product(long lo, long hi) {
        if (hi < lo) return BigInteger.ONE;
        if (hi - lo < 16) {
            BigInteger r = BigInteger.valueOf(lo);
            for (long i = lo + 1; i <= hi; i++) r = r.multiply(BigInteger.valueOf(i));
            return r;
        }
        long mid = lo + (hi - lo) / 2;
        return product(lo, mid).multiply(product(mid + 1, hi));
    }

    /** The e of C's frexp: x = m * 2^e with 0.5 <= |m| < 1, for finite nonzero x. */
    static int frexpExponent(double x) {
        int exp = Math.getExponent(x);
        if (exp < Double.MIN_EXPONENT) return Math.getExponent(x * 0x1p54) + 1 - 54;
        return exp + 1;
    }

    /**
     * A positive big int as m * 2^e with 0.5 <= m < 1, m rounded half-even to 53 bits.
     * CPython: _PyLong_Frexp.
     */
    static double bigFrexp(BigInteger v, long[] e) {
        int bits = v.bitLength();
        if (bits <= 53) {
            e[0] = bits;
            return Math.scalb(v.doubleValue(), -bits);
        }
        int shift = bits - 54; // keep 54 bits: 53 and a rounding bit
        BigInteger q = v.shiftRight(shift);
        boolean sticky = v.getLowestSetBit() < shift;
        long top = q.longValue();
        long r = top >> 1;
        if ((top & 1) != 0 && (sticky || (r & 1) != 0)) r++;
        e[0] = bits;
        return Math.scalb((double) r, -53); // r may be 2^53: m = 1.0, which log handles the same
    }

    // CPython 3.11: vector_norm(): hypot and dist, with compensated sums and a square-root correction
    static double vectorNorm(int n, double[] vec, double max, boolean foundNan) {
        final double t27 = 134217729.0; // ldexp(1.0, 27) + 1.0
        double csum = 1.0, frac1 = 0.0, frac2 = 0.0, frac3 = 0.0;
        if (Double.isInfinite(max)) return max;
        if (foundNan) return Double.NaN;
        if (max == 0.0 || n <= 1) return max;
        int maxE = frexpExponent(max);
        if (maxE >= -1023) {
            double scale = Math.scalb(1.0, -maxE);
            for (int i = 0; i < n; i++) {
                double x = vec[i] * scale;
                double t = x * t27;
                double hi = t - (t - x);
                double lo = x - hi;
                x = hi * hi;
                double oldcsum = csum;
                csum += x;
                frac1 += (oldcsum - csum) + x;
                x = 2.0 * hi * lo;
                oldcsum = csum;
                csum += x;
                frac2 += (oldcsum - csum) + x;
                frac3 += lo * lo;
            }
            double h = Math.sqrt(csum - 1.0 + (frac1 + frac2 + frac3));
            double x = h;
            double t = x * t27;
            double hi = t - (t - x);
            double lo = x - hi;
            x = -hi * hi;
            double oldcsum = csum;
            csum += x;
            frac1 += (oldcsum - csum) + x;
            x = -2.0 * hi * lo;
            oldcsum = csum;
            csum += x;
            frac2 += (oldcsum - csum) + x;
            x = -lo * lo;
            oldcsum = csum;
            csum += x;
            frac3 += (oldcsum - csum) + x;
            x = csum - 1.0 + (frac1 + frac2 + frac3);
            return (h + x / (2.0 * h)) / scale;
        }
        // ldexp(1.0, -max_e) would overflow: divide by max instead
        for (int i = 0; i < n; i++) {
            double x = vec[i] / max;
            x = x * x;
            double oldcsum = csum;
            csum += x;
            frac1 += (oldcsum - csum) + x;
        }
        return max * Math.sqrt(csum - 1.0 + frac1);
    }

    // CPython 3.11: math_ulp_impl()
    static double ulp(double x) {
        if (Double.isNaN(x)) return x;
        x = Math.abs(x);
        if (Double.isInfinite(x)) return x;
        double x2 = Math.nextAfter(x, Double.POSITIVE_INFINITY);
        if (Double.isInfinite(x2)) {
            x2 = Math.nextAfter(x, Double.NEGATIVE_INFINITY);
            return x - x2;
        }
        return x2 - x;
    }

    /**
     * log2 for finite x > 0: x = m * 2^e with m in [sqrt(1/2), sqrt(2)), so that e + log(m)/ln 2
     * is exact for powers of two and rounds once where e is not 0.
     */
    static double log2(double x) {
        int e = frexpExponent(x);
        double m = Math.scalb(x, -e); // [0.5, 1)
        if (m < 0.7071067811865476) {
            m *= 2.0;
            e -= 1;
        }
        return e + Math.log(m) * INV_LN2;
    }

    private static final double CBRT2 = 1.2599210498948731648;
    private static final double SQR_CBRT2 = 1.5874010519681994748;
    private static final double[] CBRT_FACTOR = {1.0 / SQR_CBRT2, 1.0 / CBRT2, 1.0, CBRT2, SQR_CBRT2};

    // glibc s_cbrt.c: a polynomial first guess and one Halley step (not correctly rounded, as
    // Java's cbrt is, so ported for CPython's results)
    static double cbrt(double x) {
        if (x == 0.0 || !Double.isFinite(x)) return x + x;
        int xe = frexpExponent(Math.abs(x));
        double xm = Math.scalb(Math.abs(x), -xe);
        double u = 0.354895765043919860 + ((1.50819193781584896 + ((-2.11499494167371287
                + ((2.44693122563534430 + ((-1.83469277483613086 + (0.784932344976639262
                - 0.145263899385486377 * xm) * xm) * xm)) * xm)) * xm)) * xm);
        double t2 = u * u * u;
        double ym = u * (t2 + 2.0 * xm) / (2.0 * t2 + xm) * CBRT_FACTOR[2 + xe % 3];
        return Math.scalb(x > 0.0 ? ym : -ym, xe / 3);
    }

    // glibc e_cosh.c (fdlibm's, over glibc's exp, which Math.exp follows more closely than StrictMath's)
    static double cosh(double x) {
        long bits = Double.doubleToRawLongBits(x);
        int ix = (int) (bits >> 32) & 0x7fffffff;
        if (ix < 0x40360000) { // |x| < 22
            if (ix < 0x3fd62e43) { // |x| < ln2 / 2
                if (ix < 0x3c800000) return 1.0;
                double t = StrictMath.expm1(Math.abs(x));
                double w = 1.0 + t;
                return 1.0 + (t * t) / (w + w);
            }
            double t = Math.exp(Math.abs(x));
            return 0.5 * t + 0.5 / t;
        }
        if (ix < 0x40862e42) return 0.5 * Math.exp(Math.abs(x)); // |x| < log(maxdouble)
        if ((bits & 0x7fffffffffffffffL) <= 0x408633ce8fb9f87dL) {
            double w = Math.exp(0.5 * Math.abs(x));
            double t = 0.5 * w;
            return t * w;
        }
        if (ix >= 0x7ff00000) return x * x;
        return Double.POSITIVE_INFINITY;
    }

    // glibc e_sinh.c (fdlibm's)
    static double sinh(double x) {
        long bits = Double.doubleToRawLongBits(x);
        int jx = (int) (bits >> 32);
        int ix = jx & 0x7fffffff;
        if (ix >= 0x7ff00000) return x + x;
        double h = jx < 0 ? -0.5 : 0.5;
        if (ix < 0x40360000) {
            if (ix < 0x3e300000) return x; // sinh(tiny) = tiny
            double t = StrictMath.expm1(Math.abs(x));
            if (ix < 0x3ff00000) return h * (2.0 * t - t * t / (t + 1.0));
            return h * (t + t / (t + 1.0));
        }
        if (ix < 0x40862e42) return h * Math.exp(Math.abs(x));
        if ((bits & 0x7fffffffffffffffL) <= 0x408633ce8fb9f87dL) {
            double w = Math.exp(0.5 * Math.abs(x));
            double t = h * w;
            return t * w;
        }
        return Math.copySign(Double.POSITIVE_INFINITY, x); // overflow
    }

    // fdlibm e_acosh.c, as glibc's
    static double acosh(double x) {
        long bits = Double.doubleToRawLongBits(x);
        int hx = (int) (bits >> 32);
        if (hx < 0x3ff00000) return (x - x) / (x - x);
        if (hx >= 0x41b00000) {
            if (hx >= 0x7ff00000) return x + x;
            return Math.log(x) + LN2;
        }
        if (x == 1.0) return 0.0;
        if (hx > 0x40000000) {
            double t = x * x;
            return Math.log(2.0 * x - 1.0 / (x + Math.sqrt(t - 1.0)));
        }
        double t = x - 1.0;
        return StrictMath.log1p(t + Math.sqrt(2.0 * t + t * t));
    }

    // fdlibm s_asinh.c, as glibc's
    static double asinh(double x) {
        int hx = (int) (Double.doubleToRawLongBits(x) >> 32);
        int ix = hx & 0x7fffffff;
        if (ix >= 0x7ff00000) return x + x;
        if (ix < 0x3e300000) return x;
        double w;
        if (ix > 0x41b00000) {
            w = Math.log(Math.abs(x)) + LN2;
        } else if (ix > 0x40000000) {
            double t = Math.abs(x);
            w = Math.log(2.0 * t + 1.0 / (Math.sqrt(x * x + 1.0) + t));
        } else {
            double t = x * x;
            w = StrictMath.log1p(Math.abs(x) + t / (1.0 + Math.sqrt(1.0 + t)));
        }
        return hx > 0 ? w : -w;
    }

    // glibc e_atanh.c
    static double atanh(double x) {
        double xa = Math.abs(x);
        double t;
        if (xa < 0.5) {
            if (xa < 0x1.0p-28) return x;
            t = xa + xa;
            t = 0.5 * StrictMath.log1p(t + t * xa / (1.0 - xa));
        } else if (xa < 1.0) {
            t = 0.5 * StrictMath.log1p((xa + xa) / (1.0 - xa));
        } else {
            if (xa > 1.0 || Double.isNaN(xa)) return (x - x) / (x - x);
            return x / 0.0;
        }
        return Math.copySign(t, x);
    }

    // ---- CPython 3.11's own gamma and lgamma: Lanczos' approximation ----

    private static final int LANCZOS_N = 13;
    private static final double LANCZOS_G = 6.024680040776729583740234375;
    private static final double LANCZOS_G_MINUS_HALF = 5.524680040776729583740234375;
    private static final double[] LANCZOS_NUM_COEFFS = {
        23531376880.410759688572007674451636754734846804940,
        42919803642.649098768957899047001988850926355848959,
        35711959237.355668049440185451547166705960488635843,
        17921034426.037209699919755754458931112671403265390,
        6039542586.3520280050642916443072979210699388420708,
        1439720407.3117216736632230727949123939715485786772,
        248874557.86205415651146038641322942321632125127801,
        31426415.585400194380614231628318205362874684987640,
        2876370.6289353724412254090516208496135991145378768,
        186056.26539522349504029498971604569928220784236328,
        8071.6720023658162106380029022722506138218516325024,
        210.82427775157934587250973392071336271166969580291,
        2.5066282746310002701649081771338373386264310793408,
    };
    private static final double[] LANCZOS_DEN_COEFFS = {
        0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0,
        13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0,
    };
    private static final double[] GAMMA_INTEGRAL = {
        1.0, 1.0, 2.0, 6.0, 24.0, 120.0, 720.0, 5040.0, 40320.0, 362880.0,
        3628800.0, 39916800.0, 479001600.0, 6227020800.0, 87178291200.0,
        1307674368000.0, 20922789888000.0, 355687428096000.0,
        6402373705728000.0, 121645100408832000.0, 2432902008176640000.0,
        51090942171709440000.0, 1124000727777607680000.0,
    };
    private static final double LOGPI = 1.144729885849400174143427351353058711647;

    private static double lanczosSum(double x) {
        double num = 0.0, den = 0.0;
        if (x < 5.0) {
            for (int i = LANCZOS_N; --i >= 0; ) {
                num = num * x + LANCZOS_NUM_COEFFS[i];
                den = den * x + LANCZOS_DEN_COEFFS[i];
            }
        } else {
            for (int i = 0; i < LANCZOS_N; i++) {
                num = num / x + LANCZOS_NUM_COEFFS[i];
                den = den / x + LANCZOS_DEN_COEFFS[i];
            }
        }
        return num / den;
    }

    // CPython 3.11: m_sinpi(), sin(pi*x) for finite x
    private static double sinpi(double x) {
        double y = Math.abs(x) % 2.0;
        int n = (int) Math.round(2.0 * y);
        double r = switch (n) {
            case 0 -> Math.sin(Math.PI * y);
            case 1 -> Math.cos(Math.PI * (y - 0.5));
            case 2 -> Math.sin(Math.PI * (1.0 - y));
            case 3 -> -Math.cos(Math.PI * (y - 1.5));
            default -> Math.sin(Math.PI * (y - 2.0));
        };
        return Math.copySign(1.0, x) * r;
    }

    // CPython 3.11: m_tgamma()
    static double tgamma(double x) {
        if (!Double.isFinite(x)) {
            if (Double.isNaN(x) || x > 0.0) return x;
            return Double.NaN;
        }
        if (x == 0.0) return Double.NaN; // CPython: +-inf with EDOM, a ValueError either way
        if (x == Math.floor(x)) {
            if (x < 0.0) return Double.NaN;
            if (x <= GAMMA_INTEGRAL.length) return GAMMA_INTEGRAL[(int) x - 1];
        }
        double absx = Math.abs(x);
        if (absx < 1e-20) return 1.0 / x;
        if (absx > 200.0) {
            if (x < 0.0) return 0.0 / sinpi(x);
            return Double.POSITIVE_INFINITY;
        }
        double y = absx + LANCZOS_G_MINUS_HALF;
        double z;
        if (absx > LANCZOS_G_MINUS_HALF) {
            double q = y - absx;
            z = q - LANCZOS_G_MINUS_HALF;
        } else {
            double q = y - LANCZOS_G_MINUS_HALF;
            z = q - absx;
        }
        z = z * LANCZOS_G / y;
        double r;
        if (x < 0.0) {
            r = -Math.PI / sinpi(absx) / absx * Math.exp(y) / lanczosSum(absx);
            r -= z * r;
            if (absx < 140.0) {
                r /= Math.pow(y, absx - 0.5);
            } else {
                double sqrtpow = Math.pow(y, absx / 2.0 - 0.25);
                r /= sqrtpow;
                r /= sqrtpow;
            }
        } else {
            r = lanczosSum(absx) / Math.exp(y);
            r += z * r;
            if (absx < 140.0) {
                r *= Math.pow(y, absx - 0.5);
            } else {
                double sqrtpow = Math.pow(y, absx / 2.0 - 0.25);
                r *= sqrtpow;
                r *= sqrtpow;
            }
        }
        return r;
    }

    // CPython 3.11: m_lgamma()
    static double lgamma(double x) {
        if (!Double.isFinite(x)) {
            if (Double.isNaN(x)) return x;
            return Double.POSITIVE_INFINITY;
        }
        if (x == Math.floor(x) && x <= 2.0) {
            if (x <= 0.0) return Double.NaN; // CPython: inf with EDOM, a ValueError
            return 0.0;
        }
        double absx = Math.abs(x);
        if (absx < 1e-20) return -Math.log(absx);
        double r = Math.log(lanczosSum(absx)) - LANCZOS_G;
        r += (absx - 0.5) * (Math.log(absx + LANCZOS_G - 0.5) - 1);
        if (x < 0.0) r = LOGPI - Math.log(Math.abs(sinpi(absx))) - Math.log(absx) - r;
        return r;
    }
}
