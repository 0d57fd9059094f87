package dev.pyvm.objects;

import dev.pyvm.memory.Heap;
import java.math.BigDecimal;

/** {@code float}: a double in a 16-byte block; freed floats are kept on a free list. */
public final class FloatType extends TypeSlots {
    static final int VALUE = 2;
    static final int WORDS = 4;
    /** CPython: PyFloat_MAXFREELIST. */
    static final int MAX_FREE_LIST = 100;
    /** CPython: _PyHASH_INF. */
    public static final long HASH_INF = 314159;

    private final int freeList;

    FloatType(ObjectSpace space) {
        super(space);
        freeList = heap.registerFreeList("free PyFloatObject", WORDS * Heap.WORD, MAX_FREE_LIST);
    }

    @Override
    public String name() {
        return "float";
    }

    int fromDouble(double v) {
        int h = heap.freeListPop(freeList);
        if (h == 0) {
            h = heap.newObject(WORDS * Heap.WORD, type);
        } else {
            heap.initObject(h, type);
        }
        heap.setDouble(h, VALUE, v);
        return h;
    }

    @Override
    public void dealloc(int h) {
        if (space.typeOf(h) == type) heap.freeListPush(freeList, h);
        else heap.free(h);
    }

    /** Drops a reference to h, an exact float, freeing it at the last. CPython: _PyFloat_ExactDealloc. */
    public void releaseExact(int h) {
        if (heap.release(h)) heap.freeListPush(freeList, h);
    }

    public boolean check(int h) {
        int t = space.typeOf(h);
        return t == type || space.isSubtype(t, type);
    }

    public double value(int h) {
        return heap.getDouble(h, VALUE);
    }

    /** The operand as a double if it is a float or an int; NaN-boxed "no" as null. */
    private Double asDouble(int h) {
        if (check(h)) return value(h);
        if (space.intSlots.check(h)) return space.intSlots.toDouble(h);
        return null;
    }

    @Override
    public int repr(int h) {
        return space.newStr(FloatFormat.repr(value(h)));
    }

    @Override
    public boolean isTrue(int h) {
        return value(h) != 0;
    }

    @Override
    public long hash(int h) {
        return hashDouble(h, value(h));
    }

    /** {@code float(...)}: see {@link NumberMethods#newFloat}; instances of subclasses are the VM's to make. */
    @Override
    public int construct(int t, int[] args, int start, int nargs, int kwnames) {
        if (t != type) throw space.typeError("cannot create '" + space.typeName(t) + "' instances");
        return NumberMethods.newFloat(space, args, start, nargs, kwnames);
    }

    @Override
    public boolean acceptableBase() {
        return true;
    }

    /** The data descriptors of float: real is the value, imag 0.0. */
    @Override
    public int getAttr(int h, int name) {
        String n = space.strSlots.toJava(name);
        if (n.equals("real")) return space.newFloat(value(h));
        if (n.equals("imag")) return space.newFloat(0.0);
        return super.getAttr(h, name);
    }

    // CPython 3.11: Python/pyhash.c _Py_HashDouble()
    long hashDouble(int h, double v) {
        if (!Double.isFinite(v)) {
            if (Double.isInfinite(v)) return v > 0 ? HASH_INF : -HASH_INF;
            return super.hash(h);
        }
        int e = frexpExponent(v);
        double m = Math.scalb(v, -e);
        int sign = 1;
        if (m < 0) {
            sign = -1;
            m = -m;
        }
        final int bits = 61;
        long x = 0;
        while (m != 0) {
            x = ((x << 28) & IntType.HASH_MODULUS) | x >>> (bits - 28);
            m *= 268435456.0;
            e -= 28;
            long y = (long) m;
            m -= y;
            x += y;
            if (x >= IntType.HASH_MODULUS) x -= IntType.HASH_MODULUS;
        }
        e = e >= 0 ? e % bits : bits - 1 - ((-1 - e) % bits);
        x = ((x << e) & IntType.HASH_MODULUS) | x >>> (bits - e);
        x = x * sign;
        return x == -1 ? -2 : x;
    }

    /** The e of C's frexp: v = m * 2^e with 0.5 <= |m| < 1 (0 for 0). */
    static int frexpExponent(double v) {
        if (v == 0) return 0;
        int exp = Math.getExponent(v);
        if (exp < Double.MIN_EXPONENT) return Math.getExponent(v * 0x1p54) + 1 - 54; // subnormal
        return exp + 1;
    }

    @Override
    public int richCompare(int a, int b, int op) {
        double x = value(a);
        if (check(b)) {
            int cmp = compare(x, value(b));
            // unordered (a NaN): only != holds; Compare.test would read 2 as "greater"
            return space.newBool(cmp == 2 ? op == Compare.NE : Compare.test(op, cmp));
        }
        if (space.intSlots.check(b)) {
            if (Double.isNaN(x)) return space.newBool(op == Compare.NE);
            int cmp;
            if (Double.isInfinite(x)) cmp = x > 0 ? 1 : -1;
            else if (space.intSlots.isSmall(b) && Math.abs(space.intSlots.longValue(b)) < 1L << 53) {
                cmp = Double.compare(x, (double) space.intSlots.longValue(b));
                if (x == 0) cmp = Long.signum(-space.intSlots.longValue(b)); // -0.0 == 0
            } else {
                cmp = new BigDecimal(x).compareTo(new BigDecimal(space.intSlots.bigValue(b)));
            }
            return space.newBool(Compare.test(op, cmp));
        }
        return space.notImplemented();
    }

    /** IEEE comparison as an int for {@link Compare#test}; NaN compares unequal to everything. */
    private static int compare(double x, double y) {
        if (x < y) return -1;
        if (x > y) return 1;
        if (x == y) return 0;
        return 2; // unordered: only != holds (see richCompare)
    }

    @Override
    public int unaryOp(int h, int op) {
        double v = value(h);
        switch (op) {
            case NumberOps.NEG: return space.newFloat(-v);
            case NumberOps.POS: return space.newFloat(v);
            case NumberOps.ABS: return space.newFloat(Math.abs(v));
            default: return 0;
        }
    }

    @Override
    public int binaryOp(int a, int b, int op) {
        Double xa = asDouble(a), xb = asDouble(b);
        if (xa == null || xb == null) return space.notImplemented();
        double x = xa, y = xb;
        switch (op) {
            case NumberOps.ADD: return space.newFloat(x + y);
            case NumberOps.SUBTRACT: return space.newFloat(x - y);
            case NumberOps.MULTIPLY: return space.newFloat(x * y);
            case NumberOps.TRUE_DIVIDE:
                if (y == 0) throw zeroDivision("float division by zero");
                return space.newFloat(x / y);
            case NumberOps.FLOOR_DIVIDE: {
                if (y == 0) throw zeroDivision("float floor division by zero");
                return space.newFloat(divmod(x, y)[0]);
            }
            case NumberOps.REMAINDER: {
                if (y == 0) throw zeroDivision("float modulo");
                return space.newFloat(divmod(x, y)[1]);
            }
            case NumberOps.POWER: return power(x, y);
            default: return space.notImplemented();
        }
    }

    private PyException zeroDivision(String message) {
        return space.error(space.exceptions.zeroDivisionError, message);
    }

    // CPython 3.11: Objects/floatobject.c _float_div_mod()
    static double[] divmod(double vx, double wx) {
        double mod = vx % wx;
        double div = (vx - mod) / wx;
        if (mod != 0) {
            if ((wx < 0) != (mod < 0)) {
                mod += wx;
                div -= 1.0;
            }
        } else {
            mod = Math.copySign(0.0, wx);
        }
        double floordiv;
        if (div != 0) {
            floordiv = Math.floor(div);
            if (div - floordiv > 0.5) floordiv += 1.0;
        } else {
            floordiv = Math.copySign(0.0, vx / wx);
        }
        return new double[] {floordiv, mod};
    }

    // CPython 3.11: Objects/floatobject.c float_pow(), the cases Java's Math.pow answers differently
    private int power(double x, double y) {
        if (y == 0) return space.newFloat(1.0);
        if (Double.isNaN(x)) return space.newFloat(x);
        if (x == 0 && y < 0 && Double.isFinite(y)) {
            throw zeroDivision("0.0 cannot be raised to a negative power");
        }
        if (x < 0 && Double.isFinite(x) && Double.isFinite(y) && y != Math.rint(y)) {
            throw space.valueError("complex results are not supported by pyvm (a negative number"
                    + " raised to a fractional power)");
        }
        double r = Math.pow(x, y);
        if (Double.isInfinite(r) && Double.isFinite(x) && Double.isFinite(y)) {
            throw space.error(space.exceptions.overflowError, "(34, 'Numerical result out of range')");
        }
        return space.newFloat(r);
    }
}
