package dev.pyvm.objects;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Floats to text as CPython does it: {@code repr} is the shortest string that reads back as the
 * same double (CPython's float_repr_style 'short'), with its switch to exponent notation. Digits
 * come from the double's exact decimal expansion ({@link BigDecimal}), never from Java's
 * {@code Double.toString}, whose rounding differs from C's.
 */
public final class FloatFormat {
    private FloatFormat() {}

    /** {@code repr(x)} and {@code str(x)}. CPython 3.11: Python/pystrtod.c, format code 'r'. */
    public static String repr(double x) {
        if (Double.isNaN(x)) return "nan";
        if (Double.isInfinite(x)) return x > 0 ? "inf" : "-inf";
        if (x == 0) return (Double.doubleToRawLongBits(x) < 0) ? "-0.0" : "0.0";
        String digits;
        int decpt;
        long m = shortDecimal(Math.abs(x));
        if (m != 0) {
            // |x| == m / 10**k: the digits of m, the point k digits from its end
            digits = Long.toString(m >>> 5);
            decpt = digits.length() - (int) (m & 31);
        } else {
            BigDecimal shortest = shortest(x);
            digits = shortest.unscaledValue().abs().toString();
            decpt = digits.length() - shortest.scale();
        }
        // strip trailing zeros of the digit string; decpt is where the point goes
        int end = digits.length();
        while (end > 1 && digits.charAt(end - 1) == '0') end--;
        digits = digits.substring(0, end);
        String sign = x < 0 ? "-" : "";
        int exponent = decpt - 1;
        if (exponent >= -4 && exponent < 16) return sign + fixed(digits, decpt, true);
        String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + (Math.abs(exponent) < 10 ? "0" : "")
                + Math.abs(exponent);
    }

    /** The digits placed around the decimal point {@code decpt}; {@code ".0"} added when integral. */
    private static String fixed(String digits, int decpt, boolean forceDecimal) {
        StringBuilder b = new StringBuilder();
        if (decpt <= 0) {
            b.append("0.");
            for (int i = 0; i < -decpt; i++) b.append('0');
            b.append(digits);
        } else if (decpt >= digits.length()) {
            b.append(digits);
            for (int i = digits.length(); i < decpt; i++) b.append('0');
            if (forceDecimal) b.append(".0");
        } else {
            b.append(digits, 0, decpt).append('.').append(digits, decpt, digits.length());
        }
        return b.toString();
    }

    private static final double[] POW10 = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17,
    };

    /**
     * The fast path of {@link #shortest}: for a ({@code > 0}) that is {@code n / 10**k} read back,
     * with n below 10**15 and k at most 17, {@code n << 5 | k}; else 0. Such an n is the shortest:
     * a decimal of at most 15 significant digits (DBL_DIG) is the only one of them that reads back
     * as its double. {@code n / 10**k} in doubles is the correctly rounded quotient (both exact),
     * as reading the decimal is.
     */
    private static long shortDecimal(double a) {
        for (int k = 0; k < POW10.length; k++) {
            double y = a * POW10[k];
            if (y >= 1e15) return 0;
            if (y == Math.rint(y) && y / POW10[k] == a) return (long) y << 5 | k;
        }
        return 0;
    }

    /** The shortest decimal that rounds back to x; of those, the nearest to x. */
    static BigDecimal shortest(double x) {
        BigDecimal exact = new BigDecimal(x);
        for (int precision = 1; precision <= 17; precision++) {
            BigDecimal nearest = exact.round(new MathContext(precision, RoundingMode.HALF_EVEN));
            if (nearest.doubleValue() == x) return nearest;
            // at a power of two the interval that reads back is lopsided: the nearest decimal
            // can miss it while a neighbour of the same length lies inside
            for (RoundingMode mode : new RoundingMode[] {RoundingMode.CEILING, RoundingMode.FLOOR}) {
                BigDecimal other = exact.round(new MathContext(precision, mode));
                if (other.doubleValue() == x) return other;
            }
        }
        return exact.round(MathContext.DECIMAL64);
    }

    /** {@code '%.{precision}f' % x}, rounded half-even on the exact value as C's printf. */
    public static String fixed(double x, int precision) {
        if (Double.isNaN(x)) return "nan";
        if (Double.isInfinite(x)) return x > 0 ? "inf" : "-inf";
        BigDecimal d = new BigDecimal(x).setScale(precision, RoundingMode.HALF_EVEN);
        String s = d.abs().toPlainString();
        boolean negative = x < 0 || (x == 0 && Double.doubleToRawLongBits(x) < 0);
        return negative ? "-" + s : s;
    }

    /** The digits of a finite, non-negative double as David Gay's {@code _Py_dg_dtoa} gives them. */
    record Digits(String digits, int decpt) {}

    /**
     * CPython's {@code _Py_dg_dtoa} for |x|: mode 0 the shortest digits that read back as x,
     * mode 2 at most {@code ndigits} significant digits, mode 3 {@code ndigits} digits past the
     * point (negative: before it); trailing zeros dropped, rounded half-even on the exact value.
     * The value is {@code 0.digits * 10^decpt}; zero is ("0", 1); a value that rounds to zero in
     * mode 3 is ("", -ndigits).
     */
    static Digits dtoa(double x, int mode, int ndigits) {
        double a = Math.abs(x);
        if (a == 0) return new Digits("0", 1);
        BigDecimal r = switch (mode) {
            case 0 -> shortest(a);
            case 2 -> new BigDecimal(a).round(new MathContext(Math.max(1, ndigits), RoundingMode.HALF_EVEN));
            default -> new BigDecimal(a).setScale(ndigits, RoundingMode.HALF_EVEN);
        };
        if (r.signum() == 0) return new Digits("", -ndigits);
        String u = r.unscaledValue().toString();
        int decpt = u.length() - r.scale();
        int end = u.length();
        while (end > 1 && u.charAt(end - 1) == '0') end--;
        return new Digits(u.substring(0, end), decpt);
    }

    /**
     * {@code PyOS_double_to_string(x, code, precision, flags)}: code is one of e E f F g G r
     * (r: the shortest repr digits, precision ignored); {@code alt} is Py_DTSF_ALT ('#'),
     * {@code addDot0} Py_DTSF_ADD_DOT_0, {@code sign} Py_DTSF_SIGN, {@code noNeg0}
     * Py_DTSF_NO_NEG_0 (the 'z' of a format spec).
     */
    // CPython 3.11: Python/pystrtod.c PyOS_double_to_string() and format_float_short()
    public static String toString(double x, char code, int precision, boolean alt, boolean addDot0, boolean sign,
            boolean noNeg0) {
        boolean upper = Character.isUpperCase(code);
        char c = Character.toLowerCase(code);
        int mode;
        switch (c) {
            case 'e' -> {
                mode = 2;
                precision++;
            }
            case 'f' -> mode = 3;
            case 'g' -> {
                mode = 2;
                if (precision == 0) precision = 1;
            }
            default -> {
                mode = 0;
                precision = 0;
            }
        }
        boolean negative = Double.doubleToRawLongBits(x) < 0;
        StringBuilder b = new StringBuilder();
        if (!Double.isFinite(x)) {
            if (Double.isNaN(x)) negative = false; // the sign of a nan is ignored
            if (negative) b.append('-');
            else if (sign) b.append('+');
            b.append(Double.isNaN(x) ? "nan" : "inf");
            return upper ? b.toString().toUpperCase() : b.toString();
        }
        Digits d = dtoa(x, mode, precision);
        String digits = d.digits();
        int digitsLen = digits.length();
        int decpt = d.decpt();
        if (noNeg0 && negative && (digitsLen == 0 || digits.equals("0"))) negative = false;
        // the output is vdigits[vdigitsStart:vdigitsEnd] of the digits padded with zeros both ways
        int vdigitsEnd = digitsLen;
        boolean useExp = false;
        switch (c) {
            case 'e' -> {
                useExp = true;
                vdigitsEnd = precision;
            }
            case 'f' -> vdigitsEnd = decpt + precision;
            case 'g' -> {
                if (decpt <= -4 || decpt > (addDot0 ? precision - 1 : precision)) useExp = true;
                if (alt) vdigitsEnd = precision;
            }
            default -> {
                if (decpt <= -4 || decpt > 16) useExp = true;
            }
        }
        int exp = 0;
        if (useExp) {
            exp = decpt - 1;
            decpt = 1;
        }
        int vdigitsStart = decpt <= 0 ? decpt - 1 : 0;
        if (!useExp && addDot0) vdigitsEnd = Math.max(vdigitsEnd, decpt + 1);
        else vdigitsEnd = Math.max(vdigitsEnd, decpt);
        if (negative) b.append('-');
        else if (sign) b.append('+');
        if (decpt <= 0) {
            zeros(b, decpt - vdigitsStart);
            b.append('.');
            zeros(b, -decpt);
        } else {
            zeros(b, -vdigitsStart);
        }
        if (0 < decpt && decpt <= digitsLen) {
            b.append(digits, 0, decpt).append('.').append(digits, decpt, digitsLen);
        } else {
            b.append(digits);
        }
        if (digitsLen < decpt) {
            zeros(b, decpt - digitsLen);
            b.append('.');
            zeros(b, vdigitsEnd - decpt);
        } else {
            zeros(b, vdigitsEnd - digitsLen);
        }
        if (b.charAt(b.length() - 1) == '.' && !alt) b.setLength(b.length() - 1);
        if (useExp) {
            b.append(upper ? 'E' : 'e').append(exp < 0 ? '-' : '+');
            int e = Math.abs(exp);
            if (e < 10) b.append('0');
            b.append(e);
        }
        return b.toString();
    }

    private static void zeros(StringBuilder b, int n) {
        for (int i = 0; i < n; i++) b.append('0');
    }

    /**
     * {@code round(x, ndigits)} for a finite double: x rounded half-even on its exact value to
     * ndigits decimal places, then read back correctly rounded; infinite when out of range.
     */
    // CPython 3.11: Objects/floatobject.c double_round() (the correctly rounded variant)
    public static double round(double x, int ndigits) {
        Digits d = dtoa(x, 3, ndigits);
        if (d.digits().isEmpty()) return Math.copySign(0.0, x);
        String text = (x < 0 ? "-0." : "0.") + d.digits() + "e" + d.decpt();
        return Double.parseDouble(text);
    }
}
