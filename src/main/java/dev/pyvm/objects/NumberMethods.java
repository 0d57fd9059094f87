package dev.pyvm.objects;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.regex.Pattern;

/**
 * The methods of int and float, the constructors {@code int()}, {@code float()}, {@code bool()}
 * and {@code str()}, and the numeric helpers behind {@code round()}, {@code divmod()} and
 * {@code pow()}: CPython 3.11's Objects/longobject.c and floatobject.c.
 */
public final class NumberMethods {
    private NumberMethods() {}

    /** CPython: NDIGITS_MAX and NDIGITS_MIN of float.__round__ for IEEE doubles. */
    static final int NDIGITS_MAX = 323;
    static final int NDIGITS_MIN = -308;

    static void install(ObjectSpace space) {
        int intType = space.intSlots.type();
        space.defineMethod(intType, "bit_length", (self, args, start, nargs, kwnames) -> {
            TextArgs.none(space, "int.bit_length", nargs, kwnames);
            return space.newInt(space.intSlots.bigValue(self).abs().bitLength());
        });
        space.defineMethod(intType, "bit_count", (self, args, start, nargs, kwnames) -> {
            TextArgs.none(space, "int.bit_count", nargs, kwnames);
            return space.newInt(space.intSlots.bigValue(self).abs().bitCount());
        });
        space.defineMethod(intType, "conjugate", (self, args, start, nargs, kwnames) -> {
            TextArgs.none(space, "int.conjugate", nargs, kwnames);
            return exactInt(space, self);
        });
        space.defineMethod(intType, "as_integer_ratio", (self, args, start, nargs, kwnames) -> {
            TextArgs.none(space, "int.as_integer_ratio", nargs, kwnames);
            return space.newTuple(exactInt(space, self), space.newInt(1));
        });
        space.defineMethod(intType, "__index__", (self, args, start, nargs, kwnames) -> {
            TextArgs.none(space, "int.__index__", nargs, kwnames);
            return exactInt(space, self);
        });
        space.defineMethod(intType, "__round__", (self, args, start, nargs, kwnames) -> {
            TextArgs.noKeywords(space, "int.__round__", kwnames);
            TextArgs.checkPositional(space, "__round__", nargs, 0, 1);
            return roundInt(space, self, nargs == 0 ? 0 : args[start]);
        });
        space.defineMethod(intType, "to_bytes", (self, args, start, nargs, kwnames) -> {
            int[] a = TextArgs.parse(space, "to_bytes", args, start, nargs, kwnames,
                    new String[] {"length", "byteorder", "signed"}, 0, 0, 2);
            long length = a[0] == 0 ? 1 : TextArgs.index(space, a[0]);
            if (length < 0) throw space.valueError("length argument must be non-negative");
            boolean little = littleEndian(space, a[1], "to_bytes");
            return toBytes(space, space.intSlots.bigValue(self), length, little, a[2] != 0 && space.isTrue(a[2]));
        });
        // a class method: bound to the int type itself
        int fromBytes = space.builtinFunctionSlots.define("from_bytes", 0, (cls, args, start, nargs, kwnames) -> {
            int[] a = TextArgs.parse(space, "from_bytes", args, start, nargs, kwnames,
                    new String[] {"bytes", "byteorder", "signed"}, 0, 1, 2);
            boolean little = littleEndian(space, a[1], "from_bytes");
            byte[] b = BytesMethods.fromObject(space, a[0]);
            if (!little) {
                for (int i = 0, j = b.length - 1; i < j; i++, j--) {
                    byte t = b[i];
                    b[i] = b[j];
                    b[j] = t;
                }
            }
            return fromBytes(space, b, a[2] != 0 && space.isTrue(a[2]));
        });
        int fromBytesMethod = space.builtinFunctionSlots.newFunction(fromBytes, intType);
        space.setTypeAttr(intType, "from_bytes", fromBytesMethod);
        space.heap.decref(fromBytesMethod);
        int floatType = space.floatSlots.type();
        space.defineMethod(floatType, "is_integer", (self, args, start, nargs, kwnames) -> {
            TextArgs.none(space, "float.is_integer", nargs, kwnames);
            double x = space.floatSlots.value(self);
            return space.newBool(Double.isFinite(x) && x == Math.floor(x));
        });
        space.defineMethod(floatType, "as_integer_ratio", (self, args, start, nargs, kwnames) -> {
            TextArgs.none(space, "float.as_integer_ratio", nargs, kwnames);
            return asIntegerRatio(space, space.floatSlots.value(self));
        });
        space.defineMethod(floatType, "conjugate", (self, args, start, nargs, kwnames) -> {
            TextArgs.none(space, "float.conjugate", nargs, kwnames);
            return space.newFloat(space.floatSlots.value(self));
        });
        space.defineMethod(floatType, "__round__", (self, args, start, nargs, kwnames) -> {
            TextArgs.noKeywords(space, "float.__round__", kwnames);
            TextArgs.checkPositional(space, "__round__", nargs, 0, 1);
            return roundFloat(space, space.floatSlots.value(self), nargs == 0 ? 0 : args[start]);
        });
        space.defineMethod(floatType, "__trunc__", (self, args, start, nargs, kwnames) -> {
            TextArgs.none(space, "float.__trunc__", nargs, kwnames);
            return space.newInt(floatToBig(space, space.floatSlots.value(self)));
        });
        for (String name : new String[] {"hex", "fromhex"}) {
            space.defineMethod(floatType, name, (self, args, start, nargs, kwnames) -> {
                throw outOfSubset(space, "float." + name + "()", "hexadecimal floats");
            });
        }
    }

    /** The error raised by what pyvm's Python subset leaves out: NotImplementedError naming it. */
    private static boolean littleEndian(ObjectSpace space, int byteorder, String function) {
        String order = TextArgs.str(space, byteorder, function, "byteorder", "big");
        if (!order.equals("little") && !order.equals("big")) {
            throw space.valueError("byteorder must be either 'little' or 'big'");
        }
        return order.equals("little");
    }

    // CPython 3.11: Objects/longobject.c int_to_bytes_impl() and _PyLong_AsByteArray()
    private static int toBytes(ObjectSpace space, BigInteger v, long length, boolean little, boolean signed) {
        if (!signed && v.signum() < 0) {
            throw space.error(space.exceptions.overflowError, "can't convert negative int to unsigned");
        }
        // CPython lets -1 (all sign bits) into no bytes at all, as it does 0
        boolean minusOne = signed && v.equals(BigInteger.ONE.negate());
        if (v.signum() != 0 && !minusOne && v.bitLength() + (signed ? 1 : 0) > 8 * length) {
            throw space.error(space.exceptions.overflowError, "int too big to convert");
        }
        space.heap.checkRequest(length);
        byte[] b = new byte[(int) length];
        byte[] two = v.toByteArray(); // big-endian two's complement, at least one sign bit
        for (int i = 0; i < b.length; i++) {
            int k = two.length - 1 - i; // byte i from the least significant end
            byte x = k >= 0 ? two[k] : (byte) (v.signum() < 0 ? 0xff : 0);
            b[little ? i : b.length - 1 - i] = x;
        }
        return space.bytesSlots.fromJava(b);
    }

    // CPython 3.11: Objects/longobject.c int_from_bytes_impl(); b is little-endian
    private static int fromBytes(ObjectSpace space, byte[] b, boolean signed) {
        byte[] big = new byte[b.length];
        for (int i = 0; i < b.length; i++) big[i] = b[b.length - 1 - i];
        if (big.length == 0) return space.newInt(0);
        return space.newInt(signed ? new BigInteger(big) : new BigInteger(1, big));
    }

    public static PyException outOfSubset(ObjectSpace space, String what, String because) {
        return space.error(space.exceptions.byName().get("NotImplementedError"),
                what + " is not supported by pyvm (" + because + " are outside its Python subset)");
    }

    /** A new exact int with h's value (h an int or bool). */
    static int exactInt(ObjectSpace space, int h) {
        if (space.typeOf(h) == space.intSlots.type()) {
            space.heap.incref(h);
            return h;
        }
        if (space.intSlots.isSmall(h)) return space.newInt(space.intSlots.longValue(h));
        return space.newInt(space.intSlots.bigValue(h));
    }

    /** The integer part of x; OverflowError for infinities, ValueError for NaN. CPython: PyLong_FromDouble. */
    public static BigInteger floatToBig(ObjectSpace space, double x) {
        if (Double.isInfinite(x)) {
            throw space.error(space.exceptions.overflowError, "cannot convert float infinity to integer");
        }
        if (Double.isNaN(x)) throw space.valueError("cannot convert float NaN to integer");
        if (Math.abs(x) < 0x1p62) return BigInteger.valueOf((long) x);
        return new BigDecimal(x).toBigInteger();
    }

    // CPython 3.11: Objects/floatobject.c float_as_integer_ratio_impl()
    private static int asIntegerRatio(ObjectSpace space, double x) {
        if (Double.isInfinite(x)) throw space.error(space.exceptions.overflowError, "cannot convert Infinity to integer ratio");
        if (Double.isNaN(x)) throw space.valueError("cannot convert NaN to integer ratio");
        BigDecimal d = new BigDecimal(x);
        BigInteger num, den;
        if (d.scale() <= 0) {
            num = d.toBigInteger();
            den = BigInteger.ONE;
        } else {
            num = d.unscaledValue();
            den = BigInteger.TEN.pow(d.scale());
            BigInteger g = num.gcd(den);
            num = num.divide(g);
            den = den.divide(g);
        }
        return space.newTuple(space.newInt(num), space.newInt(den));
    }

    // ---- round, divmod, pow ----

    /** {@code round(number[, ndigits])} (ndigits 0: absent); a new reference. CPython: builtin_round_impl. */
    public static int round(ObjectSpace space, int number, int ndigits) {
        if (ndigits == space.none) ndigits = 0;
        if (space.intSlots.check(number)) return roundInt(space, number, ndigits);
        if (space.floatSlots.check(number)) return roundFloat(space, space.floatSlots.value(number), ndigits);
        int method = space.lookupType(space.typeOf(number), space.intern("__round__"));
        if (method == 0) {
            throw space.typeError("type " + space.typeName(space.typeOf(number)) + " doesn't define __round__ method");
        }
        return ndigits == 0 ? space.call(method, number) : space.call(method, number, ndigits);
    }

    // CPython 3.11: Objects/longobject.c int___round___impl()
    static int roundInt(ObjectSpace space, int self, int ndigits) {
        if (ndigits == 0 || ndigits == space.none) return exactInt(space, self);
        if (!space.intSlots.check(ndigits)) {
            throw space.typeError("'" + space.typeName(space.typeOf(ndigits)) + "' object cannot be interpreted as an integer");
        }
        BigInteger n = space.intSlots.bigValue(ndigits);
        if (n.signum() >= 0) return exactInt(space, self);
        BigInteger v = space.intSlots.bigValue(self);
        // 10**-n exceeds |v| * 2 once -n passes v's digit count: the result is 0
        if (n.negate().compareTo(BigInteger.valueOf(v.abs().toString().length() + 1)) > 0) return space.newInt(0);
        BigInteger b = BigInteger.TEN.pow(n.negate().intValueExact());
        // CPython: _PyLong_DivmodNear: the nearest multiple of b, ties to the even quotient
        BigInteger[] qr = divmodFloor(v, b);
        int cmp = qr[1].shiftLeft(1).compareTo(b);
        if (cmp > 0 || (cmp == 0 && qr[0].testBit(0))) qr[0] = qr[0].add(BigInteger.ONE);
        return space.newInt(qr[0].multiply(b));
    }

    private static BigInteger[] divmodFloor(BigInteger a, BigInteger b) {
        BigInteger q = IntType.floorDiv(a, b);
        return new BigInteger[] {q, a.subtract(q.multiply(b))};
    }

    // CPython 3.11: Objects/floatobject.c float___round___impl()
    static int roundFloat(ObjectSpace space, double x, int ndigits) {
        if (ndigits == 0 || ndigits == space.none) {
            return space.newInt(floatToBig(space, Math.rint(x)));
        }
        if (!space.intSlots.check(ndigits)) {
            throw space.typeError("'" + space.typeName(space.typeOf(ndigits)) + "' object cannot be interpreted as an integer");
        }
        BigInteger bn = space.intSlots.bigValue(ndigits);
        long n = bn.bitLength() > 31 ? (bn.signum() < 0 ? Integer.MIN_VALUE : Integer.MAX_VALUE) : bn.longValue();
        if (!Double.isFinite(x) || x == 0.0) return space.newFloat(x);
        if (n > NDIGITS_MAX) return space.newFloat(x);
        if (n < NDIGITS_MIN) return space.newFloat(0.0 * x);
        double r = FloatFormat.round(x, (int) n);
        if (Double.isInfinite(r)) {
            throw space.error(space.exceptions.overflowError, "rounded value too large to represent");
        }
        return space.newFloat(r);
    }

    /** {@code divmod(a, b)}: a new tuple. CPython: PyNumber_Divmod for int and float; others by __divmod__. */
    public static int divmod(ObjectSpace space, int a, int b) {
        boolean ia = space.intSlots.check(a), ib = space.intSlots.check(b);
        boolean fa = space.floatSlots.check(a), fb = space.floatSlots.check(b);
        if (ia && ib) {
            int q = space.binaryOp(a, b, NumberOps.FLOOR_DIVIDE);
            int r;
            try {
                r = space.binaryOp(a, b, NumberOps.REMAINDER);
            } catch (PyException e) {
                space.heap.decref(q);
                throw e;
            }
            return space.newTuple(q, r);
        }
        if ((ia || fa) && (ib || fb) && (fa || fb)) {
            double x = fa ? space.floatSlots.value(a) : space.intSlots.toDouble(a);
            double y = fb ? space.floatSlots.value(b) : space.intSlots.toDouble(b);
            if (y == 0) throw space.error(space.exceptions.zeroDivisionError, "float divmod()");
            double[] qr = FloatType.divmod(x, y);
            return space.newTuple(space.newFloat(qr[0]), space.newFloat(qr[1]));
        }
        int r = reflected(space, a, b, "__divmod__", "__rdivmod__");
        if (r != 0) return r;
        throw space.typeError("unsupported operand type(s) for divmod(): '" + space.typeName(space.typeOf(a)) + "' and '"
                + space.typeName(space.typeOf(b)) + "'");
    }

    /** a.name(b), else b.rname(a); 0 when neither is defined or both answer NotImplemented. */
    private static int reflected(ObjectSpace space, int a, int b, String name, String rname) {
        int m = space.lookupType(space.typeOf(a), space.intern(name));
        if (m != 0) {
            int r = space.call(m, a, b);
            if (!space.isNotImplemented(r)) return r;
            space.heap.decref(r);
        }
        m = space.lookupType(space.typeOf(b), space.intern(rname));
        if (m != 0 && space.typeOf(a) != space.typeOf(b)) {
            int r = space.call(m, b, a);
            if (!space.isNotImplemented(r)) return r;
            space.heap.decref(r);
        }
        return 0;
    }

    /** {@code pow(base, exp[, mod])} (mod 0 or None: absent); a new reference. */
    // CPython 3.11: Objects/longobject.c long_pow() for the three-argument form
    public static int pow(ObjectSpace space, int base, int exp, int mod) {
        if (mod == 0 || mod == space.none) return space.binaryOp(base, exp, NumberOps.POWER);
        if (!space.intSlots.check(base) && !space.floatSlots.check(base)) {
            // CPython 3.11: ternary_op() -> slot_nb_power(): only the base's __pow__ takes a modulus
            int method = space.lookupType(space.typeOf(base), space.intern("__pow__"));
            if (method != 0) {
                int r = space.callMethod(method, base, exp, mod);
                if (!space.isNotImplemented(r)) return r;
                space.heap.decref(r);
            }
        }
        if (!space.intSlots.check(base) || !space.intSlots.check(exp) || !space.intSlots.check(mod)) {
            if (space.floatSlots.check(base) || space.floatSlots.check(exp) || space.floatSlots.check(mod)
                    || (space.intSlots.check(base) && space.intSlots.check(exp))) {
                throw space.typeError("pow() 3rd argument not allowed unless all arguments are integers");
            }
            throw space.typeError("unsupported operand type(s) for ** or pow(): '" + space.typeName(space.typeOf(base))
                    + "', '" + space.typeName(space.typeOf(exp)) + "', '" + space.typeName(space.typeOf(mod)) + "'");
        }
        BigInteger m = space.intSlots.bigValue(mod);
        if (m.signum() == 0) throw space.valueError("pow() 3rd argument cannot be 0");
        BigInteger b = space.intSlots.bigValue(base), e = space.intSlots.bigValue(exp);
        BigInteger am = m.abs();
        if (e.signum() < 0) {
            try {
                b = b.modInverse(am);
            } catch (ArithmeticException notInvertible) {
                throw space.valueError("base is not invertible for the given modulus");
            }
            e = e.negate();
        }
        BigInteger r = am.equals(BigInteger.ONE) ? BigInteger.ZERO : b.modPow(e, am);
        if (m.signum() < 0 && r.signum() != 0) r = r.add(m);
        return space.newInt(r);
    }

    // ---- constructors ----

    /** {@code int(x=0, /, base=10)}: a new int. CPython 3.11: Objects/longobject.c long_new_impl(). */
    public static int newInt(ObjectSpace space, int[] args, int start, int nargs, int kwnames) {
        int[] a = TextArgs.parse(space, "int", args, start, nargs, kwnames, new String[] {"x", "base"}, 1, 0, 2);
        int x = a[0], obase = a[1];
        if (x == 0) {
            if (obase != 0) throw space.typeError("int() missing string argument");
            return space.newInt(0);
        }
        if (obase == 0) return toInt(space, x);
        long base;
        if (!space.intSlots.check(obase)) {
            throw space.typeError("'" + space.typeName(space.typeOf(obase)) + "' object cannot be interpreted as an integer");
        }
        base = space.intSlots.isSmall(obase) ? space.intSlots.longValue(obase)
                : space.intSlots.bigValue(obase).signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        if ((base != 0 && base < 2) || base > 36) throw space.valueError("int() base must be >= 2 and <= 36, or 0");
        if (space.strSlots.check(x)) return parseInt(space, x, (int) base);
        byte[] b = space.slotsOf(x).buffer(x);
        if (b == null) throw space.typeError("int() can't convert non-string with explicit base");
        return parseInt(space, b, (int) base);
    }

    /** {@code int(x)}: a new int. CPython: PyNumber_Long. */
    public static int toInt(ObjectSpace space, int x) {
        if (space.intSlots.check(x)) return exactInt(space, x);
        if (space.floatSlots.check(x)) return space.newInt(floatToBig(space, space.floatSlots.value(x)));
        if (space.strSlots.check(x)) return parseInt(space, x, 10);
        byte[] b = space.slotsOf(x).buffer(x);
        if (b != null) return parseInt(space, b, 10);
        for (String name : new String[] {"__int__", "__index__", "__trunc__"}) {
            int m = space.lookupType(space.typeOf(x), space.intern(name));
            if (m == 0) continue;
            int r = space.call(m, x);
            if (!space.intSlots.check(r)) {
                String t = space.typeName(space.typeOf(r));
                space.heap.decref(r);
                throw space.typeError(name + " returned non-int (type " + t + ")");
            }
            return r;
        }
        throw space.typeError("int() argument must be a string, a bytes-like object or a real number, not '"
                + space.typeName(space.typeOf(x)) + "'");
    }

    /**
     * The str's code points with Unicode decimal digits made ASCII and Unicode spaces ' ';
     * anything else outside ASCII ends the text with '?'. CPython:
     * _PyUnicode_TransformDecimalAndSpaceToASCII.
     */
    private static String toAscii(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (c < 127) {
                b.append((char) c);
            } else if (StrMethods.isSpace(c)) {
                b.append(' ');
            } else if (Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER) {
                b.append((char) ('0' + Character.digit(c, 10)));
            } else {
                b.append('?');
                break;
            }
        }
        return b.toString();
    }

    private static boolean isAsciiSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0b || c == '\f' || c == '\r';
    }

    /** {@code int(s, base)} for a str s. */
    public static int parseInt(ObjectSpace space, int str, int base) {
        String original = space.strSlots.toJava(str);
        return parseInt(space, toAscii(original), () -> StrType.repr(original), base);
    }

    /** {@code int(b, base)} for the bytes b. CPython 3.11: Objects/longobject.c _PyLong_FromBytes(). */
    static int parseInt(ObjectSpace space, byte[] b, int base) {
        return parseInt(space, new String(b, java.nio.charset.StandardCharsets.ISO_8859_1),
                () -> dev.pyvm.bytecode.Constants.bytesRepr(b), base);
    }

    /** int of text s (ASCII but for what ends it), {@code repr} naming the argument in errors. CPython 3.11: Objects/longobject.c PyLong_FromString(). */
    private static int parseInt(ObjectSpace space, String s, java.util.function.Supplier<String> original, int base) {
        int givenBase = base;
        int n = s.length();
        int i = 0;
        while (i < n && isAsciiSpace(s.charAt(i))) i++;
        boolean negative = false;
        if (i < n && s.charAt(i) == '+') i++;
        else if (i < n && s.charAt(i) == '-') {
            i++;
            negative = true;
        }
        boolean errorIfNonzero = false;
        char c0 = i < n ? s.charAt(i) : 0, c1 = i + 1 < n ? s.charAt(i + 1) : 0;
        if (base == 0) {
            if (c0 != '0') base = 10;
            else if (c1 == 'x' || c1 == 'X') base = 16;
            else if (c1 == 'o' || c1 == 'O') base = 8;
            else if (c1 == 'b' || c1 == 'B') base = 2;
            else {
                errorIfNonzero = true;
                base = 10;
            }
        }
        if (c0 == '0' && ((base == 16 && (c1 == 'x' || c1 == 'X')) || (base == 8 && (c1 == 'o' || c1 == 'O'))
                || (base == 2 && (c1 == 'b' || c1 == 'B')))) {
            i += 2;
            if (i < n && s.charAt(i) == '_') i++;
        }
        int reportedBase = givenBase;
        if (i < n && s.charAt(i) == '_') throw invalidLiteral(space, reportedBase, original);
        StringBuilder digits = new StringBuilder();
        char prev = 0;
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c == '_') {
                if (prev == '_') throw invalidLiteral(space, reportedBase, original);
            } else {
                int d = Character.digit(c, 36);
                if (d < 0 || d >= base || c > 'z') break;
                digits.append(c);
            }
            prev = c;
        }
        if (prev == '_') throw invalidLiteral(space, reportedBase, original);
        int limit = space.intSlots.maxStrDigits();
        if (Integer.bitCount(base) != 1 && limit > 0 && digits.length() > limit) {
            throw space.valueError("Exceeds the limit (" + limit
                    + " digits) for integer string conversion: value has " + digits.length()
                    + " digits; use sys.set_int_max_str_digits() to increase the limit");
        }
        BigInteger value = digits.length() == 0 ? BigInteger.ZERO
                : Integer.bitCount(base) == 1 ? fromPowerOfTwoDigits(digits, base)
                : new BigInteger(digits.toString(), base);
        if (errorIfNonzero) {
            if (value.signum() != 0) throw invalidLiteral(space, reportedBase, original);
        }
        if (digits.length() == 0) throw invalidLiteral(space, reportedBase, original);
        while (i < n && isAsciiSpace(s.charAt(i))) i++;
        if (i != n) throw invalidLiteral(space, reportedBase, original);
        return space.newInt(negative ? value.negate() : value);
    }

    /**
     * The value of digits in base 2, 4, 8, 16 or 32, in linear time (BigInteger's parser is
     * quadratic): the bits of each digit, from the last, packed into bytes. CPython:
     * long_from_binary_base.
     */
    private static BigInteger fromPowerOfTwoDigits(CharSequence digits, int base) {
        int bitsPerDigit = Integer.numberOfTrailingZeros(base);
        int n = digits.length();
        byte[] bytes = new byte[(int) (((long) n * bitsPerDigit + 7) / 8)];
        int at = bytes.length - 1, acc = 0, nbits = 0;
        for (int k = n - 1; k >= 0; k--) {
            acc |= Character.digit(digits.charAt(k), base) << nbits;
            nbits += bitsPerDigit;
            while (nbits >= 8) {
                bytes[at--] = (byte) acc;
                acc >>>= 8;
                nbits -= 8;
            }
        }
        if (nbits > 0) bytes[at] = (byte) acc;
        return new BigInteger(1, bytes);
    }

    private static PyException invalidLiteral(ObjectSpace space, int base, java.util.function.Supplier<String> original) {
        String repr = original.get();
        if (repr.codePointCount(0, repr.length()) > 200) repr = repr.substring(0, repr.offsetByCodePoints(0, 200));
        return space.valueError("invalid literal for int() with base " + base + ": " + repr);
    }

    /** {@code float(x=0.0, /)}: a new float. CPython 3.11: Objects/floatobject.c float_new_impl(). */
    public static int newFloat(ObjectSpace space, int[] args, int start, int nargs, int kwnames) {
        TextArgs.noKeywords(space, "float", kwnames);
        TextArgs.checkPositional(space, "float", nargs, 0, 1);
        if (nargs == 0) return space.newFloat(0.0);
        return toFloat(space, args[start]);
    }

    /** {@code float(x)}: a new float. CPython: PyNumber_Float. */
    public static int toFloat(ObjectSpace space, int x) {
        if (space.typeOf(x) == space.floatSlots.type()) {
            space.heap.incref(x);
            return x;
        }
        if (space.floatSlots.check(x)) return space.newFloat(space.floatSlots.value(x));
        if (space.intSlots.check(x)) return space.newFloat(space.intSlots.toDouble(x));
        if (space.strSlots.check(x)) return space.newFloat(parseFloat(space, x));
        byte[] b = space.slotsOf(x).buffer(x);
        if (b != null) {
            return space.newFloat(parseFloat(space, new String(b, java.nio.charset.StandardCharsets.ISO_8859_1),
                    () -> dev.pyvm.bytecode.Constants.bytesRepr(b)));
        }
        for (String name : new String[] {"__float__", "__index__"}) {
            int m = space.lookupType(space.typeOf(x), space.intern(name));
            if (m == 0) continue;
            int r = space.call(m, x);
            if (name.equals("__index__") && space.intSlots.check(r)) {
                try {
                    return space.newFloat(space.intSlots.toDouble(r));
                } finally {
                    space.heap.decref(r);
                }
            }
            if (!space.floatSlots.check(r)) {
                String t = space.typeName(space.typeOf(r));
                space.heap.decref(r);
                throw space.typeError(space.typeName(space.typeOf(x)) + "." + name + " returned non-float (type " + t + ")");
            }
            return r;
        }
        throw space.typeError("float() argument must be a string or a real number, not '"
                + space.typeName(space.typeOf(x)) + "'");
    }

    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern SPECIAL = Pattern.compile("[+-]?(inf|infinity|nan)", Pattern.CASE_INSENSITIVE);

    /** {@code float(s)} for a str s. CPython 3.11: Objects/floatobject.c PyFloat_FromString(). */
    public static double parseFloat(ObjectSpace space, int str) {
        String original = space.strSlots.toJava(str);
        return parseFloat(space, toAscii(original), () -> StrType.repr(original));
    }

    /** float of text s (ASCII but for what ends it), {@code repr} naming the argument in errors. */
    private static double parseFloat(ObjectSpace space, String s, java.util.function.Supplier<String> original) {
        int begin = 0, end = s.length();
        while (begin < end && isAsciiSpace(s.charAt(begin))) begin++;
        while (end > begin && isAsciiSpace(s.charAt(end - 1))) end--;
        s = s.substring(begin, end);
        // CPython: _Py_string_to_number_with_underscores: each '_' between two digits
        if (s.indexOf('_') >= 0) {
            StringBuilder b = new StringBuilder(s.length());
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '_') {
                    boolean ok = i > 0 && Character.isDigit(s.charAt(i - 1)) && i + 1 < s.length()
                            && Character.isDigit(s.charAt(i + 1));
                    if (!ok) throw cannotConvert(space, original);
                } else {
                    b.append(c);
                }
            }
            s = b.toString();
        }
        if (DECIMAL.matcher(s).matches()) return Double.parseDouble(s);
        if (SPECIAL.matcher(s).matches()) {
            boolean negative = s.startsWith("-");
            if (s.toLowerCase().endsWith("nan")) return Double.NaN;
            return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        throw cannotConvert(space, original);
    }

    private static PyException cannotConvert(ObjectSpace space, java.util.function.Supplier<String> original) {
        return space.valueError("could not convert string to float: " + original.get());
    }

    /** {@code bool(x=False, /)}. */
    public static int newBool(ObjectSpace space, int[] args, int start, int nargs, int kwnames) {
        TextArgs.noKeywords(space, "bool", kwnames);
        TextArgs.checkPositional(space, "bool", nargs, 0, 1);
        return space.newBool(nargs == 1 && space.isTrue(args[start]));
    }

    /** {@code str(object='', encoding=…, errors=…)}: a new str; decoding (bytes) is outside the subset. */
    public static int newStr(ObjectSpace space, int[] args, int start, int nargs, int kwnames) {
        int[] a = TextArgs.parse(space, "str", args, start, nargs, kwnames, new String[] {"object", "encoding", "errors"},
                0, 0, 3);
        if (a[1] != 0 || a[2] != 0) {
            if (a[0] == 0) return space.newStr("");
            byte[] b = space.slotsOf(a[0]).buffer(a[0]);
            if (b != null) {
                return Codecs.decode(space, b, TextArgs.str(space, a[1], "str", "encoding", "utf-8"),
                        TextArgs.str(space, a[2], "str", "errors", "strict"));
            }
            if (space.strSlots.check(a[0])) throw space.typeError("decoding str is not supported");
            throw space.typeError("decoding to str: need a bytes-like object, " + space.typeName(space.typeOf(a[0]))
                    + " found");
        }
        if (a[0] == 0) return space.newStr("");
        int x = a[0];
        return space.countedCall(() -> space.strObject(x));
    }
}
