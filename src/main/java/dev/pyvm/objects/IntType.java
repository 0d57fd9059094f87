package dev.pyvm.objects;

import dev.pyvm.memory.Heap;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;

/**
 * {@code int}. A value in (-2^63, 2^63) is stored inline: one 16-byte block. Anything else
 * carries the sentinel {@code Long.MIN_VALUE} in VALUE and its magnitude after it, in 32-bit
 * digits, least significant first, with the signed digit count in NDIGITS:
 * <pre>
 *   machine int  [refcnt | type | VALUE (2 words)]
 *   big int      [refcnt | type | Long.MIN_VALUE | ±ndigits | digit 0 | digit 1 | …]
 * </pre>
 * Big-int arithmetic goes through {@link BigInteger}; the result is written back to the heap.
 * {@code bool} shares this layout.
 */
public final class IntType extends TypeSlots {
    static final int VALUE = 2;
    /** Word of VALUE, for the interpreter's fast paths ({@code Long.MIN_VALUE} there: a big int). */
    public static final int VALUE_WORD = VALUE;
    static final int WORDS = 4;
    static final int NDIGITS = 4;
    static final int DIGITS = 5;
    static final long BIG = Long.MIN_VALUE;
    /** CPython: _PyHASH_MODULUS, the Mersenne prime 2^61 - 1. */
    public static final long HASH_MODULUS = (1L << 61) - 1;
    private static final BigInteger BIG_HASH_MODULUS = BigInteger.valueOf(HASH_MODULUS);
    private static final BigInteger MAX_LONG = BigInteger.valueOf(Long.MAX_VALUE);
    private static final BigInteger MIN_INLINE = BigInteger.valueOf(Long.MIN_VALUE + 1);
    /** CPython 3.11's int/str conversion limit (sys.int_info.default_max_str_digits). */
    /** CPython 3.11's default limit of digits of int/str conversions in bases that are no powers of 2. */
    public static final int DEFAULT_MAX_STR_DIGITS = 4300;
    /** The limit in force (sys.set_int_max_str_digits); 0 for none. */
    private int maxStrDigits = DEFAULT_MAX_STR_DIGITS;

    IntType(ObjectSpace space) {
        super(space);
    }

    @Override
    public String name() {
        return "int";
    }

    @Override
    public void dealloc(int h) {
        heap.free(h);
    }

    /** Drops a reference to h, an exact int, freeing it at the last (CPython 3.11 frees with PyObject_Free). */
    public void releaseExact(int h) {
        if (heap.release(h)) heap.free(h);
    }

    // ---- representation ----

    /** A new int holding v (not one of the small ints: callers use {@link ObjectSpace#newInt}). */
    int fromLong(long v) {
        if (v == BIG) return fromBig(BigInteger.valueOf(v));
        int h = heap.newObject(WORDS * Heap.WORD, type);
        heap.setLong(h, VALUE, v);
        return h;
    }

    int fromBig(BigInteger v) {
        if (v.compareTo(MIN_INLINE) >= 0 && v.compareTo(MAX_LONG) <= 0) return space.newInt(v.longValue());
        byte[] bytes = v.abs().toByteArray(); // big-endian magnitude, maybe a leading zero
        int ndigits = (v.abs().bitLength() + 31) / 32;
        int h = heap.newObject((DIGITS + ndigits) * Heap.WORD, type);
        heap.setLong(h, VALUE, BIG);
        heap.setInt(h, NDIGITS, v.signum() < 0 ? -ndigits : ndigits);
        for (int d = 0; d < ndigits; d++) {
            int word = 0;
            for (int b = 0; b < 4; b++) {
                int index = bytes.length - 1 - (d * 4 + b);
                if (index >= 0) word |= (bytes[index] & 0xFF) << (8 * b);
            }
            heap.setInt(h, DIGITS + d, word);
        }
        return h;
    }

    /** Whether h is an int (bool and subclasses included). */
    public boolean check(int h) {
        int t = space.typeOf(h);
        return t == type || t == space.boolSlots.type || space.isSubtype(t, type);
    }

    /** Whether the int h fits a long other than -2**63 (then {@link #longValue} is exact). */
    public boolean isSmall(int h) {
        return heap.getLong(h, VALUE) != BIG;
    }

    /**
     * Whether the int h fits a long, -2**63 included (held as a big int, whose {@link #longValue}
     * is Long.MIN_VALUE): what converts to a Py_ssize_t.
     */
    public boolean fitsLong(int h) {
        return isSmall(h) || bigValue(h).bitLength() <= 63;
    }

    /** The value of a small int h. */
    public long longValue(int h) {
        return heap.getLong(h, VALUE);
    }

    public BigInteger bigValue(int h) {
        long v = heap.getLong(h, VALUE);
        if (v != BIG) return BigInteger.valueOf(v);
        int n = heap.getInt(h, NDIGITS);
        int ndigits = Math.abs(n);
        byte[] bytes = new byte[ndigits * 4 + 1];
        for (int d = 0; d < ndigits; d++) {
            int word = heap.getInt(h, DIGITS + d);
            for (int b = 0; b < 4; b++) bytes[bytes.length - 1 - (d * 4 + b)] = (byte) (word >>> (8 * b));
        }
        BigInteger m = new BigInteger(bytes);
        return n < 0 ? m.negate() : m;
    }

    private int result(BigInteger v) {
        return fromBig(v);
    }

    // ---- slots ----

    @Override
    public int repr(int h) {
        return space.newStr(toDecimal(h));
    }

    public int maxStrDigits() {
        return maxStrDigits;
    }

    public void setMaxStrDigits(int digits) {
        maxStrDigits = digits;
    }

    /** Decimal text; ValueError past CPython's limit of digits. */
    public String toDecimal(int h) {
        if (isSmall(h)) return Long.toString(longValue(h));
        BigInteger v = bigValue(h);
        if (maxStrDigits > 0 && v.bitLength() > maxStrDigits * 3.33) {
            // digits >= bits * log10(2); checked exactly below when near the limit
            String s = v.abs().toString();
            if (s.length() > maxStrDigits) {
                throw space.valueError("Exceeds the limit (" + maxStrDigits
                        + " digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit");
            }
            return v.toString();
        }
        return v.toString();
    }

    @Override
    public long hash(int h) {
        if (isSmall(h)) return hashLong(longValue(h));
        BigInteger v = bigValue(h);
        long r = v.abs().mod(BIG_HASH_MODULUS).longValue();
        if (v.signum() < 0) r = -r;
        return r == -1 ? -2 : r;
    }

    /** CPython: long_hash() for a machine int. */
    static long hashLong(long v) {
        long r = v >= 0 ? v % HASH_MODULUS : -((-v) % HASH_MODULUS);
        return r == -1 ? -2 : r;
    }

    @Override
    public boolean isTrue(int h) {
        return !isSmall(h) || longValue(h) != 0;
    }

    @Override
    public int richCompare(int a, int b, int op) {
        if (!check(b)) return space.notImplemented();
        int cmp;
        if (isSmall(a) && isSmall(b)) cmp = Long.compare(longValue(a), longValue(b));
        else cmp = bigValue(a).compareTo(bigValue(b));
        return space.newBool(Compare.test(op, cmp));
    }

    @Override
    public int unaryOp(int h, int op) {
        if (isSmall(h)) {
            long v = longValue(h);
            switch (op) {
                case NumberOps.NEG: return space.newInt(-v); // -v of an inline value never overflows
                case NumberOps.POS: return space.newInt(v);
                case NumberOps.INVERT: return space.newInt(~v);
                default: return space.newInt(Math.abs(v));
            }
        }
        BigInteger v = bigValue(h);
        switch (op) {
            case NumberOps.NEG: return result(v.negate());
            case NumberOps.POS: return result(v);
            case NumberOps.INVERT: return result(v.not());
            default: return result(v.abs());
        }
    }

    @Override
    public int binaryOp(int a, int b, int op) {
        if (!check(a) || !check(b)) return space.notImplemented();
        if (isSmall(a) && isSmall(b)) {
            long x = longValue(a), y = longValue(b);
            switch (op) {
                case NumberOps.ADD: {
                    long r = x + y;
                    if (((x ^ r) & (y ^ r)) >= 0) return space.newInt(r);
                    break;
                }
                case NumberOps.SUBTRACT: {
                    long r = x - y;
                    if (((x ^ y) & (x ^ r)) >= 0) return space.newInt(r);
                    break;
                }
                case NumberOps.MULTIPLY: {
                    long hi = Math.multiplyHigh(x, y), r = x * y;
                    if ((hi == 0 && r >= 0) || (hi == -1 && r < 0)) return space.newInt(r);
                    break;
                }
                case NumberOps.FLOOR_DIVIDE:
                    if (y == 0) throw zeroDivision("integer division or modulo by zero");
                    return space.newInt(Math.floorDiv(x, y));
                case NumberOps.REMAINDER:
                    if (y == 0) throw zeroDivision("integer modulo by zero");
                    return space.newInt(Math.floorMod(x, y));
                case NumberOps.TRUE_DIVIDE:
                    if (y == 0) throw zeroDivision("division by zero");
                    if (Math.abs(x) <= 1L << 53 && Math.abs(y) <= 1L << 53) return space.newFloat((double) x / y);
                    break;
                case NumberOps.AND: return space.newInt(x & y);
                case NumberOps.OR: return space.newInt(x | y);
                case NumberOps.XOR: return space.newInt(x ^ y);
                case NumberOps.LSHIFT:
                    if (y < 0) throw space.valueError("negative shift count");
                    if (y < 63 && (x == 0 || Long.numberOfLeadingZeros(Math.abs(x)) > y + 1)) {
                        return space.newInt(x << y);
                    }
                    break;
                case NumberOps.RSHIFT:
                    if (y < 0) throw space.valueError("negative shift count");
                    return space.newInt(x >> Math.min(y, 63));
                default:
                    break;
            }
        }
        return bigOp(a, b, op);
    }

    private int bigOp(int a, int b, int op) {
        BigInteger x = bigValue(a), y = bigValue(b);
        switch (op) {
            case NumberOps.ADD: return result(x.add(y));
            case NumberOps.SUBTRACT: return result(x.subtract(y));
            case NumberOps.MULTIPLY: return result(x.multiply(y));
            case NumberOps.FLOOR_DIVIDE: {
                if (y.signum() == 0) throw zeroDivision("integer division or modulo by zero");
                return result(floorDiv(x, y));
            }
            case NumberOps.REMAINDER: {
                if (y.signum() == 0) throw zeroDivision("integer modulo by zero");
                return result(x.subtract(floorDiv(x, y).multiply(y)));
            }
            case NumberOps.TRUE_DIVIDE: {
                if (y.signum() == 0) throw zeroDivision("division by zero");
                if (x.signum() == 0) return space.newFloat(y.signum() < 0 ? -0.0 : 0.0);
                double r = trueDivide(x, y);
                if (Double.isInfinite(r)) {
                    throw space.error(space.exceptions.overflowError, "integer division result too large for a float");
                }
                return space.newFloat(r);
            }
            case NumberOps.AND: return result(x.and(y));
            case NumberOps.OR: return result(x.or(y));
            case NumberOps.XOR: return result(x.xor(y));
            case NumberOps.LSHIFT: {
                if (y.signum() < 0) throw space.valueError("negative shift count");
                if (x.signum() == 0) return space.newInt(0);
                if (y.bitLength() > 31) throw space.error(space.exceptions.overflowError, "too many digits in integer");
                return result(x.shiftLeft(y.intValueExact()));
            }
            case NumberOps.RSHIFT: {
                if (y.signum() < 0) throw space.valueError("negative shift count");
                if (y.bitLength() > 31) return space.newInt(x.signum() < 0 ? -1 : 0);
                return result(x.shiftRight(y.intValueExact()));
            }
            case NumberOps.POWER: return power(x, y);
            default: return space.notImplemented();
        }
    }

    private int power(BigInteger x, BigInteger y) {
        if (y.signum() < 0) {
            if (x.signum() == 0) {
                throw zeroDivision("0.0 cannot be raised to a negative power");
            }
            return space.newFloat(Math.pow(x.doubleValue(), y.doubleValue()));
        }
        if (x.equals(BigInteger.ONE) || x.signum() == 0) return result(y.signum() == 0 ? BigInteger.ONE : x);
        if (x.equals(BigInteger.ONE.negate())) return space.newInt(y.testBit(0) ? -1 : 1);
        if (y.bitLength() > 31) throw space.error(space.exceptions.memoryError, "");
        long bits = (long) x.abs().bitLength() * y.longValue();
        if (bits > Integer.MAX_VALUE) throw space.error(space.exceptions.memoryError, "");
        return result(x.pow(y.intValue()));
    }

    /**
     * x / y correctly rounded to a double, as CPython's long_true_divide: a quotient of at least
     * 55 bits plus a sticky bit for any remainder is rounded once (BigInteger.doubleValue rounds
     * half-even), then scaled exactly.
     */
    static double trueDivide(BigInteger x, BigInteger y) {
        boolean negative = x.signum() * y.signum() < 0;
        BigInteger a = x.abs(), b = y.abs();
        int shift = b.bitLength() - a.bitLength() + 55;
        BigInteger num = shift > 0 ? a.shiftLeft(shift) : a;
        BigInteger den = shift < 0 ? b.shiftLeft(-shift) : b;
        BigInteger[] qr = num.divideAndRemainder(den);
        BigInteger q = qr[0];
        if (qr[1].signum() != 0) {
            q = q.shiftLeft(1).or(BigInteger.ONE);
            shift++;
        }
        double r = Math.scalb(q.doubleValue(), -shift);
        return negative ? -r : r;
    }

    static BigInteger floorDiv(BigInteger x, BigInteger y) {
        BigInteger[] qr = x.divideAndRemainder(y);
        if (qr[1].signum() != 0 && (qr[1].signum() != y.signum())) return qr[0].subtract(BigInteger.ONE);
        return qr[0];
    }

    private PyException zeroDivision(String message) {
        return space.error(space.exceptions.zeroDivisionError, message);
    }

    /** {@code int(...)}: see {@link NumberMethods#newInt}; instances of subclasses are the VM's to make. */
    @Override
    public int construct(int t, int[] args, int start, int nargs, int kwnames) {
        if (t != type) throw space.typeError("cannot create '" + space.typeName(t) + "' instances");
        return NumberMethods.newInt(space, args, start, nargs, kwnames);
    }

    @Override
    public boolean acceptableBase() {
        return true;
    }

    /** The data descriptors of int: real and numerator are the int itself, imag 0, denominator 1. */
    @Override
    public int getAttr(int h, int name) {
        String n = space.strSlots.toJava(name);
        switch (n) {
            case "real", "numerator": return NumberMethods.exactInt(space, h);
            case "imag": return space.newInt(0);
            case "denominator": return space.newInt(1);
            default: return super.getAttr(h, name);
        }
    }

    /** The int as a double, OverflowError when it is too large. CPython: PyLong_AsDouble. */
    public double toDouble(int h) {
        if (isSmall(h)) return longValue(h);
        double d = bigValue(h).doubleValue();
        if (Double.isInfinite(d)) {
            throw space.error(space.exceptions.overflowError, "int too large to convert to float");
        }
        return d;
    }
}
