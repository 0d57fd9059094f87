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
        BigDecimal shortest = shortest(x);
        String digits = shortest.unscaledValue().abs().toString();
        // strip trailing zeros of the digit string; decpt is where the point goes
        int end = digits.length();
        while (end > 1 && digits.charAt(end - 1) == '0') end--;
        int decpt = digits.length() - shortest.scale();
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
}
