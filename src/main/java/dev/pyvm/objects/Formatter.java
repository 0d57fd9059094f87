package dev.pyvm.objects;

import java.math.BigInteger;

/**
 * The format-spec mini-language: {@code format(value, spec)}, {@code f"{x:spec}"} and the fields
 * of {@code str.format}. A port of CPython 3.11's Python/formatter_unicode.c.
 *
 * <p>The entry point for the VM ({@code FORMAT_VALUE}) and for the builtin {@code format()} is
 * {@link #format(ObjectSpace, int, int)}: exact int, float and str are formatted directly (as
 * CPython's render_field does); anything else goes through {@code type(x).__format__}, found
 * along the MRO — {@code object.__format__}, {@code int.__format__}, … are defined here as
 * methods, so a user class's own {@code __format__} wins.
 */
public final class Formatter {
    private Formatter() {}

    /** {@code format(value, spec)} for a str spec: a new str. CPython: PyObject_Format. */
    public static int format(ObjectSpace space, int value, int spec) {
        int t = space.typeOf(value);
        if (t == space.strSlots.type() && space.strSlots.length(spec) == 0) {
            space.heap.incref(value);
            return value;
        }
        if (t == space.intSlots.type()) return space.newStr(formatInt(space, value, space.strSlots.toJava(spec)));
        if (t == space.floatSlots.type()) return space.newStr(formatFloat(space, value, space.strSlots.toJava(spec)));
        if (t == space.strSlots.type()) return space.newStr(formatStr(space, value, space.strSlots.toJava(spec)));
        int method = space.lookupType(t, space.ids.__format__);
        int r;
        if (space.typeOf(method) == space.builtinFunctionSlots.type()) {
            r = space.builtinFunctionSlots.call(method, new int[] {value, spec}, 0, 2, 0);
        } else {
            r = space.call(method, value, spec);
        }
        if (!space.strSlots.check(r)) {
            String name = space.typeName(space.typeOf(r));
            space.heap.decref(r);
            throw space.typeError("__format__ must return a str, not " + name);
        }
        return r;
    }

    /** {@code format(value, spec)} with a Java spec: a new str. */
    public static int format(ObjectSpace space, int value, String spec) {
        int s = space.newStr(spec);
        try {
            return format(space, value, s);
        } finally {
            space.heap.decref(s);
        }
    }

    /** Defines {@code __format__} on object, int, float and str. */
    static void install(ObjectSpace space) {
        space.defineMethod(space.objectSlots.type(), "__format__", (self, args, start, nargs, kwnames) -> {
            int spec = specArg(space, "__format__", args, start, nargs, kwnames);
            if (space.strSlots.length(spec) > 0) {
                throw space.typeError("unsupported format string passed to " + space.typeName(space.typeOf(self))
                        + ".__format__");
            }
            return space.slotsOf(self).str(self);
        });
        space.defineMethod(space.intSlots.type(), "__format__", (self, args, start, nargs, kwnames) ->
                space.newStr(formatInt(space, self, space.strSlots.toJava(specArg(space, "__format__", args, start,
                        nargs, kwnames)))));
        space.defineMethod(space.floatSlots.type(), "__format__", (self, args, start, nargs, kwnames) ->
                space.newStr(formatFloat(space, self, space.strSlots.toJava(specArg(space, "__format__", args, start,
                        nargs, kwnames)))));
        space.defineMethod(space.strSlots.type(), "__format__", (self, args, start, nargs, kwnames) ->
                space.newStr(formatStr(space, self, space.strSlots.toJava(specArg(space, "__format__", args, start,
                        nargs, kwnames)))));
    }

    private static int specArg(ObjectSpace space, String name, int[] args, int start, int nargs, int kwnames) {
        int spec = TextArgs.one(space, name, args, start, nargs, kwnames);
        if (!space.strSlots.check(spec)) {
            throw space.typeError("__format__() argument must be str, not " + space.typeName(space.typeOf(spec)));
        }
        return spec;
    }

    // ---- the parsed spec ----

    /** Thousands separators: none, ',' or '_' every three digits, '_' every four (bin/oct/hex). */
    private static final int NO_GROUPING = 0;
    private static final int COMMA = 1;
    private static final int UNDERSCORE = 2;
    private static final int UNDERSCORE_FOUR = 3;

    /** CPython: InternalFormatSpec. */
    static final class Spec {
        int fill = ' ';
        int align;
        boolean alternate;
        int sign;
        boolean noNeg0;
        long width = -1;
        int grouping = NO_GROUPING;
        long precision = -1;
        int type;
    }

    private static boolean isAlign(int c) {
        return c == '<' || c == '>' || c == '=' || c == '^';
    }

    /** The digits at s[pos...] as a number (-1: none); pos[0] advances. CPython: get_integer. */
    private static long integer(ObjectSpace space, int[] s, int[] pos) {
        long acc = 0;
        int digits = 0;
        while (pos[0] < s.length && Character.getType(s[pos[0]]) == Character.DECIMAL_DIGIT_NUMBER) {
            int d = Character.digit(s[pos[0]], 10);
            if (acc > (Long.MAX_VALUE - d) / 10) throw space.valueError("Too many decimal digits in format string");
            acc = acc * 10 + d;
            pos[0]++;
            digits++;
        }
        return digits == 0 ? -1 : acc;
    }

    // CPython 3.11: Python/formatter_unicode.c parse_internal_render_format_spec()
    static Spec parse(ObjectSpace space, String text, int defaultType, int defaultAlign, int obj) {
        int[] s = text.codePoints().toArray();
        Spec f = new Spec();
        f.align = defaultAlign;
        f.type = defaultType;
        int[] pos = {0};
        int end = s.length;
        boolean alignSpecified = false, fillSpecified = false;
        if (end >= 2 && isAlign(s[1])) {
            f.align = s[1];
            f.fill = s[0];
            fillSpecified = alignSpecified = true;
            pos[0] = 2;
        } else if (end >= 1 && isAlign(s[0])) {
            f.align = s[0];
            alignSpecified = true;
            pos[0] = 1;
        }
        if (pos[0] < end && (s[pos[0]] == '+' || s[pos[0]] == '-' || s[pos[0]] == ' ')) f.sign = s[pos[0]++];
        if (pos[0] < end && s[pos[0]] == 'z') {
            f.noNeg0 = true;
            pos[0]++;
        }
        if (pos[0] < end && s[pos[0]] == '#') {
            f.alternate = true;
            pos[0]++;
        }
        if (!fillSpecified && pos[0] < end && s[pos[0]] == '0') {
            f.fill = '0';
            if (!alignSpecified && defaultAlign == '>') f.align = '=';
            pos[0]++;
        }
        f.width = integer(space, s, pos);
        if (pos[0] < end && s[pos[0]] == ',') {
            f.grouping = COMMA;
            pos[0]++;
        }
        if (pos[0] < end && s[pos[0]] == '_') {
            if (f.grouping != NO_GROUPING) throw space.valueError("Cannot specify both ',' and '_'.");
            f.grouping = UNDERSCORE;
            pos[0]++;
        }
        if (pos[0] < end && s[pos[0]] == ',') throw space.valueError("Cannot specify both ',' and '_'.");
        if (pos[0] < end && s[pos[0]] == '.') {
            pos[0]++;
            f.precision = integer(space, s, pos);
            if (f.precision < 0) throw space.valueError("Format specifier missing precision");
        }
        if (end - pos[0] > 1) {
            throw space.valueError("Invalid format specifier '" + text + "' for object of type '"
                    + space.typeName(space.typeOf(obj)) + "'");
        }
        if (end - pos[0] == 1) f.type = s[pos[0]];
        if (f.grouping != NO_GROUPING) {
            switch (f.type) {
                case 'd', 'e', 'f', 'g', 'E', 'G', '%', 'F', 0 -> { }
                case 'b', 'o', 'x', 'X' -> {
                    if (f.grouping != UNDERSCORE) throw invalidSeparator(space, f);
                    f.grouping = UNDERSCORE_FOUR;
                }
                default -> throw invalidSeparator(space, f);
            }
        }
        return f;
    }

    private static PyException invalidSeparator(ObjectSpace space, Spec f) {
        char sep = f.grouping == COMMA ? ',' : '_';
        return space.valueError("Cannot specify '" + sep + "' with " + quoted(f.type) + ".");
    }

    private static String quoted(int c) {
        return c > 32 && c < 128 ? "'" + (char) c + "'" : "'\\x" + Integer.toHexString(c) + "'";
    }

    private static PyException unknownType(ObjectSpace space, int type, int obj) {
        return space.valueError("Unknown format code " + quoted(type) + " for object of type '"
                + space.typeName(space.typeOf(obj)) + "'");
    }

    // ---- str ----

    /** {@code str.__format__}: the formatted text. */
    // CPython 3.11: Python/formatter_unicode.c _PyUnicode_FormatAdvancedWriter(), format_string_internal()
    public static String formatStr(ObjectSpace space, int h, String spec) {
        if (spec.isEmpty()) return space.str(h);
        Spec f = parse(space, spec, 's', '<', h);
        if (f.type != 's') throw unknownType(space, f.type, h);
        if (f.sign == ' ') throw space.valueError("Space not allowed in string format specifier");
        if (f.sign != 0) throw space.valueError("Sign not allowed in string format specifier");
        if (f.noNeg0) throw space.valueError("Negative zero coercion (z) not allowed in string format specifier");
        if (f.alternate) throw space.valueError("Alternate form (#) not allowed in string format specifier");
        if (f.align == '=') throw space.valueError("'=' alignment not allowed in string format specifier");
        String value = space.strSlots.toJava(h);
        int len = value.codePointCount(0, value.length());
        if (f.precision >= 0 && len > f.precision) {
            value = value.substring(0, value.offsetByCodePoints(0, (int) f.precision));
            len = (int) f.precision;
        }
        return pad(space, value, len, f.width, f.align, f.fill);
    }

    /** value (of len code points) padded to width. CPython: calc_padding, fill_padding. */
    private static String pad(ObjectSpace space, String value, int len, long width, int align, int fill) {
        if (width <= len) return value;
        checkSize(space, width);
        long total = width;
        long left = align == '>' ? total - len : align == '^' ? (total - len) / 2 : 0;
        long right = total - len - left;
        StringBuilder b = new StringBuilder((int) total);
        for (long i = 0; i < left; i++) b.appendCodePoint(fill);
        b.append(value);
        for (long i = 0; i < right; i++) b.appendCodePoint(fill);
        return b.toString();
    }

    private static void checkSize(ObjectSpace space, long n) {
        if (n > Integer.MAX_VALUE / 4) throw space.error(space.exceptions.memoryError, "");
    }

    // ---- int ----

    /** {@code int.__format__} (bool's too): the formatted text. */
    // CPython 3.11: Python/formatter_unicode.c _PyLong_FormatAdvancedWriter(), format_long_internal()
    public static String formatInt(ObjectSpace space, int h, String spec) {
        if (spec.isEmpty()) return space.str(h);
        Spec f = parse(space, spec, 'd', '>', h);
        switch (f.type) {
            case 'b', 'c', 'd', 'o', 'x', 'X', 'n':
                break;
            case 'e', 'E', 'f', 'F', 'g', 'G', '%':
                return formatDouble(space, space.intSlots.toDouble(h), f);
            default:
                throw unknownType(space, f.type, h);
        }
        if (f.precision != -1) throw space.valueError("Precision not allowed in integer format specifier");
        if (f.noNeg0) throw space.valueError("Negative zero coercion (z) not allowed in integer format specifier");
        if (f.type == 'c') {
            if (f.sign != 0) throw space.valueError("Sign not allowed with integer format specifier 'c'");
            if (f.alternate) throw space.valueError("Alternate form (#) not allowed with integer format specifier 'c'");
            BigInteger v = space.intSlots.bigValue(h);
            if (v.bitLength() > 63) throw space.error(space.exceptions.overflowError, "Python int too large to convert to C long");
            if (v.signum() < 0 || v.compareTo(BigInteger.valueOf(0x10ffff)) > 0) {
                throw space.error(space.exceptions.overflowError, "%c arg not in range(0x110000)");
            }
            return number(space, f, false, "", "", false, new String(Character.toChars(v.intValue())), false);
        }
        int base = switch (f.type) {
            case 'b' -> 2;
            case 'o' -> 8;
            case 'x', 'X' -> 16;
            default -> 10;
        };
        BigInteger v = space.intSlots.bigValue(h);
        String digits = base == 10 ? space.intSlots.toDecimal(h) : v.toString(base);
        boolean negative = v.signum() < 0;
        if (negative) digits = digits.substring(1);
        String prefix = "";
        if (f.alternate && base != 10) prefix = base == 2 ? "0b" : base == 8 ? "0o" : "0x";
        return number(space, f, negative, prefix, digits, false, "", f.type == 'X');
    }

    /**
     * Lays a number out: {@code <lpad><sign><prefix><spad><grouped digits><.><remainder><rpad>}.
     * CPython: calc_number_widths() and fill_number().
     */
    private static String number(ObjectSpace space, Spec f, boolean negative, String prefix, String digits,
            boolean hasDecimal, String remainder, boolean upper) {
        String sign = switch (f.sign) {
            case '+' -> negative ? "-" : "+";
            case ' ' -> negative ? "-" : " ";
            default -> negative ? "-" : "";
        };
        int nRemainder = remainder.codePointCount(0, remainder.length());
        long nonDigits = sign.length() + prefix.length() + (hasDecimal ? 1 : 0) + nRemainder;
        long minWidth = f.fill == '0' && f.align == '=' ? f.width - nonDigits : 0;
        checkSize(space, minWidth);
        String grouped = digits.isEmpty() ? "" : group(digits, minWidth, f.grouping);
        if (upper) {
            grouped = grouped.toUpperCase();
            prefix = prefix.toUpperCase();
        }
        long padding = f.width - (nonDigits + grouped.length());
        long lpad = 0, spad = 0, rpad = 0;
        if (padding > 0) {
            checkSize(space, padding);
            switch (f.align) {
                case '<' -> rpad = padding;
                case '^' -> {
                    lpad = padding / 2;
                    rpad = padding - lpad;
                }
                case '=' -> spad = padding;
                default -> lpad = padding;
            }
        }
        StringBuilder b = new StringBuilder();
        for (long i = 0; i < lpad; i++) b.appendCodePoint(f.fill);
        b.append(sign).append(prefix);
        for (long i = 0; i < spad; i++) b.appendCodePoint(f.fill);
        b.append(grouped);
        if (hasDecimal) b.append('.');
        b.append(remainder);
        for (long i = 0; i < rpad; i++) b.appendCodePoint(f.fill);
        return b.toString();
    }

    /**
     * The digits with separators every three (four) from the right, zero-padded to at least
     * minWidth characters. CPython 3.11: Objects/unicodeobject.c _PyUnicode_InsertThousandsGrouping().
     */
    private static String group(String digits, long minWidth, int grouping) {
        StringBuilder rev = new StringBuilder();
        int remaining = digits.length();
        if (grouping == NO_GROUPING) {
            long l = Math.max(Math.max(remaining, minWidth), 1);
            for (int i = remaining - 1; i >= 0; i--) rev.append(digits.charAt(i));
            for (long i = remaining; i < l; i++) rev.append('0');
            return rev.reverse().toString();
        }
        int size = grouping == UNDERSCORE_FOUR ? 4 : 3;
        char sep = grouping == COMMA ? ',' : '_';
        boolean useSeparator = false;
        int next = remaining - 1;
        while (true) {
            long l = Math.min(size, Math.max(Math.max(remaining, minWidth), 1));
            long zeros = Math.max(0, l - remaining);
            long chars = Math.max(0, Math.min(remaining, l));
            if (useSeparator) rev.append(sep);
            for (long i = 0; i < chars; i++) rev.append(digits.charAt(next--));
            for (long i = 0; i < zeros; i++) rev.append('0');
            useSeparator = true;
            remaining -= chars;
            minWidth -= l;
            if (remaining <= 0 && minWidth <= 0) break;
            minWidth -= 1;
        }
        return rev.reverse().toString();
    }

    // ---- float ----

    /** {@code float.__format__}: the formatted text. */
    // CPython 3.11: Python/formatter_unicode.c _PyFloat_FormatAdvancedWriter()
    public static String formatFloat(ObjectSpace space, int h, String spec) {
        if (spec.isEmpty()) return space.str(h);
        Spec f = parse(space, spec, 0, '>', h);
        switch (f.type) {
            case 0, 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%':
                return formatDouble(space, space.floatSlots.value(h), f);
            default:
                throw unknownType(space, f.type, h);
        }
    }

    // CPython 3.11: Python/formatter_unicode.c format_float_internal()
    private static String formatDouble(ObjectSpace space, double val, Spec f) {
        if (f.precision > Integer.MAX_VALUE) throw space.valueError("precision too big");
        int type = f.type;
        int defaultPrecision = 6;
        boolean addDot0 = false;
        if (type == 0) {
            addDot0 = true;
            type = 'r';
            defaultPrecision = 0;
        }
        if (type == 'n') type = 'g';
        boolean addPct = false;
        if (type == '%') {
            type = 'f';
            val *= 100;
            addPct = true;
        }
        int precision = (int) f.precision;
        if (precision < 0) precision = defaultPrecision;
        else if (type == 'r') type = 'g';
        checkSize(space, precision);
        String s = FloatFormat.toString(val, (char) type, precision, f.alternate, addDot0, false, f.noNeg0);
        if (addPct) s += "%";
        boolean negative = s.startsWith("-");
        if (negative) s = s.substring(1);
        // CPython: parse_number(): digits, then maybe a decimal point, then the remainder
        int i = 0;
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') i++;
        boolean hasDecimal = i < s.length() && s.charAt(i) == '.';
        return number(space, f, negative, "", s.substring(0, i), hasDecimal, s.substring(hasDecimal ? i + 1 : i), false);
    }
}
