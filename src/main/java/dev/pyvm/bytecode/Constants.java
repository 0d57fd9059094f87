package dev.pyvm.bytecode;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Arrays;

/**
 * The Java values that stand for Python constants in a code object, and their Python
 * {@code repr}. A constant is one of: {@link Long} or {@link BigInteger} (int; a BigInteger only
 * outside the long range), {@link Double} (float), {@link String} (str), {@link Boolean} (bool),
 * {@link Bytes} (bytes), {@link Singleton#NONE}, {@link Singleton#ELLIPSIS}, {@link ConstTuple}, {@link ConstFrozenset},
 * {@link CodeObject}.
 */
public final class Constants {
    private Constants() {}

    /** The constants that are singletons in Python. */
    public enum Singleton {
        NONE("None"), ELLIPSIS("Ellipsis");

        private final String repr;

        Singleton(String repr) {
            this.repr = repr;
        }

        @Override
        public String toString() {
            return repr;
        }
    }

    /** A bytes constant (immutable copy of its bytes). */
    public record Bytes(byte[] value) {
        public static final Bytes EMPTY = new Bytes(new byte[0]);

        public Bytes {
            value = value.clone();
        }

        public int length() {
            return value.length;
        }

        /** {@code a + b}. */
        public static Bytes concat(Bytes a, Bytes b) {
            byte[] r = Arrays.copyOf(a.value, a.value.length + b.value.length);
            System.arraycopy(b.value, 0, r, a.value.length, b.value.length);
            return new Bytes(r);
        }

        /** {@code b * times} for times >= 0. */
        public static Bytes repeat(Bytes b, int times) {
            byte[] r = new byte[b.value.length * times];
            for (int i = 0; i < times; i++) System.arraycopy(b.value, 0, r, i * b.value.length, b.value.length);
            return new Bytes(r);
        }

        @Override
        public byte[] value() {
            return value.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Bytes b && Arrays.equals(b.value, value);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(value);
        }

        @Override
        public String toString() {
            return repr(this);
        }
    }

    /**
     * True if two constants are the same constant: equal values of the same type. Unlike Python's
     * {@code ==}, {@code 1}, {@code 1.0} and {@code True} differ, and {@code 0.0} and {@code -0.0}
     * differ (as in CPython's {@code _PyCode_ConstantKey}).
     */
    public static boolean sameConstant(Object a, Object b) {
        if (a == b) return true;
        if (a == null || b == null || a.getClass() != b.getClass()) return false;
        if (a instanceof Double x) return Double.doubleToRawLongBits(x) == Double.doubleToRawLongBits((Double) b);
        if (a instanceof CodeObject) return false;
        return a.equals(b);
    }

    /** Python's {@code ==} between two constants of the kinds a set display folds (1 == 1.0 == True). */
    static boolean pythonEquals(Object a, Object b) {
        BigDecimal x = exactValue(a), y = exactValue(b);
        if (x != null && y != null) return x.compareTo(y) == 0;
        return sameConstant(a, b);
    }

    /** The exact value of a bool, int or finite float constant, else null. */
    private static BigDecimal exactValue(Object o) {
        if (o instanceof Boolean b) return b ? BigDecimal.ONE : BigDecimal.ZERO;
        if (o instanceof Long l) return BigDecimal.valueOf(l);
        if (o instanceof BigInteger i) return new BigDecimal(i);
        if (o instanceof Double d && Double.isFinite(d)) return new BigDecimal(d);
        return null;
    }

    /** A hash consistent with {@link #sameConstant}. */
    public static int constantHash(Object o) {
        if (o instanceof Double d) return Long.hashCode(Double.doubleToRawLongBits(d));
        if (o instanceof CodeObject) return System.identityHashCode(o);
        return o.getClass().hashCode() * 31 + o.hashCode();
    }

    /** The constant's {@code repr()} as CPython prints it. */
    public static String repr(Object o) {
        if (o instanceof Singleton s) return s.toString();
        if (o instanceof Boolean b) return b ? "True" : "False";
        if (o instanceof Long || o instanceof BigInteger) return o.toString();
        if (o instanceof Double d) return floatRepr(d);
        if (o instanceof String s) return stringRepr(s);
        if (o instanceof Bytes b) return bytesRepr(b.value);
        if (o instanceof ConstTuple t) {
            StringBuilder sb = new StringBuilder("(");
            for (int i = 0; i < t.size(); i++) {
                if (i > 0) sb.append(", ");
                sb.append(repr(t.get(i)));
            }
            if (t.size() == 1) sb.append(',');
            return sb.append(')').toString();
        }
        if (o instanceof ConstFrozenset f) {
            // the items in source order, without repeats: CPython's dis shows the table's order
            java.util.List<Object> distinct = new java.util.ArrayList<>();
            for (Object item : f.items()) {
                boolean seen = false;
                for (Object d : distinct) seen |= pythonEquals(d, item);
                if (!seen) distinct.add(item);
            }
            StringBuilder sb = new StringBuilder("frozenset({");
            for (int i = 0; i < distinct.size(); i++) {
                if (i > 0) sb.append(", ");
                sb.append(repr(distinct.get(i)));
            }
            return sb.append("})").toString();
        }
        if (o instanceof CodeObject c) return c.toString();
        throw new IllegalArgumentException("not a constant: " + o);
    }

    /** CPython's {@code float.__repr__}: the shortest digits that round-trip, 'r' format. */
    public static String floatRepr(double d) {
        if (Double.isNaN(d)) return "nan";
        if (Double.isInfinite(d)) return d > 0 ? "inf" : "-inf";
        if (d == 0) return (1 / d < 0) ? "-0.0" : "0.0";
        String sign = d < 0 ? "-" : "";
        BigDecimal bd = shortest(Math.abs(d));
        String digits = bd.unscaledValue().toString();
        int exp = digits.length() - 1 - bd.scale(); // value = d.ddd × 10^exp
        StringBuilder sb = new StringBuilder(sign);
        if (exp >= -4 && exp < 16) {
            if (exp < 0) {
                sb.append("0.").append("0".repeat(-exp - 1)).append(digits);
            } else if (digits.length() <= exp + 1) {
                sb.append(digits).append("0".repeat(exp + 1 - digits.length())).append(".0");
            } else {
                sb.append(digits, 0, exp + 1).append('.').append(digits.substring(exp + 1));
            }
        } else {
            sb.append(digits.charAt(0));
            if (digits.length() > 1) sb.append('.').append(digits.substring(1));
            sb.append('e').append(exp < 0 ? '-' : '+');
            int a = Math.abs(exp);
            if (a < 10) sb.append('0');
            sb.append(a);
        }
        return sb.toString();
    }

    /**
     * The shortest decimal that reads back as {@code d} (positive, finite), the closest one when
     * several have that many digits: the exact value rounded to 1, 2, … 17 significant digits.
     */
    private static BigDecimal shortest(double d) {
        BigDecimal exact = new BigDecimal(d);
        for (int p = 1; p < 17; p++) {
            BigDecimal r = exact.round(new MathContext(p, RoundingMode.HALF_EVEN));
            if (r.doubleValue() == d) return r.stripTrailingZeros();
        }
        return exact.round(new MathContext(17, RoundingMode.HALF_EVEN)).stripTrailingZeros();
    }

    /** CPython's {@code str.__repr__}. */
    public static String stringRepr(String s) {
        char quote = (s.indexOf('\'') >= 0 && s.indexOf('"') < 0) ? '"' : '\'';
        StringBuilder sb = new StringBuilder().append(quote);
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == quote || cp == '\\') {
                sb.append('\\').appendCodePoint(cp);
            } else if (cp == '\t') {
                sb.append("\\t");
            } else if (cp == '\n') {
                sb.append("\\n");
            } else if (cp == '\r') {
                sb.append("\\r");
            } else if (cp < 0x20 || cp == 0x7F) {
                sb.append(String.format("\\x%02x", cp));
            } else if (cp < 0x7F || isPrintable(cp)) {
                sb.appendCodePoint(cp);
            } else if (cp <= 0xFF) {
                sb.append(String.format("\\x%02x", cp));
            } else if (cp <= 0xFFFF) {
                sb.append(String.format("\\u%04x", cp));
            } else {
                sb.append(String.format("\\U%08x", cp));
            }
        }
        return sb.append(quote).toString();
    }

    /** Python's {@code str.isprintable} for one code point (Unicode categories, as CPython). */
    private static boolean isPrintable(int cp) {
        if (cp == ' ') return true;
        int t = Character.getType(cp);
        return switch (t) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                    Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                    Character.SPACE_SEPARATOR -> false;
            default -> true;
        };
    }

    /** CPython's {@code bytes.__repr__}. */
    public static String bytesRepr(byte[] b) {
        boolean hasSingle = false, hasDouble = false;
        for (byte x : b) {
            if (x == '\'') hasSingle = true;
            if (x == '"') hasDouble = true;
        }
        char quote = hasSingle && !hasDouble ? '"' : '\'';
        StringBuilder sb = new StringBuilder("b").append(quote);
        for (byte x : b) {
            int c = x & 0xFF;
            if (c == quote || c == '\\') sb.append('\\').append((char) c);
            else if (c == '\t') sb.append("\\t");
            else if (c == '\n') sb.append("\\n");
            else if (c == '\r') sb.append("\\r");
            else if (c < 0x20 || c >= 0x7F) sb.append(String.format("\\x%02x", c));
            else sb.append((char) c);
        }
        return sb.append(quote).toString();
    }
}
