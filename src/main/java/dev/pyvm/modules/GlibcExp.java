package dev.pyvm.modules;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * exp as glibc 2.28+ computes it (sysdeps/ieee754/dbl-64/e_exp.c, from Arm's optimized-routines),
 * in the build x86-64 glibc selects on CPUs with FMA (e_exp-fma.c: the same source, where GCC fuses
 * each product into the sum that uses it). Not correctly rounded, so {@link Math#exp} differs from
 * it in the last bit now and then; erf and erfc, which multiply two exps, need it exact.
 */
final class GlibcExp {
    private GlibcExp() {}

    private static final int TABLE_BITS = 7;
    private static final int N = 1 << TABLE_BITS;
    private static final double INV_LN2_N = 0x1.71547652b82fep0 * N;
    private static final double NEG_LN2_HI_N = -0x1.62e42fefa0000p-8;
    private static final double NEG_LN2_LO_N = -0x1.cf79abc9e3b3ap-47;
    private static final double SHIFT = 0x1.8p52;
    private static final double C2 = 0x1.ffffffffffdbdp-2, C3 = 0x1.555555555543cp-3,
            C4 = 0x1.55555cf172b91p-5, C5 = 0x1.1111167a4d017p-7;

    /**
     * For k in [0, N): 2^(k/N) = H[k] * (1 + T[k]); TAB[2k] is T[k]'s bits, TAB[2k+1] is H[k]'s
     * bits less k/N in the exponent field (added back from the reduced argument's integer part).
     */
    private static final long[] TAB = table();

    private static long[] table() {
        MathContext mc = new MathContext(60);
        BigDecimal root = BigDecimal.valueOf(2);
        for (int i = 0; i < TABLE_BITS; i++) root = root.sqrt(mc); // 2^(1/N)
        long[] tab = new long[2 * N];
        BigDecimal power = BigDecimal.ONE;
        for (int k = 0; k < N; k++) {
            double h = power.doubleValue();
            BigDecimal hExact = new BigDecimal(h);
            double t = power.subtract(hExact).divide(hExact, mc).doubleValue();
            tab[2 * k] = Double.doubleToRawLongBits(t);
            tab[2 * k + 1] = Double.doubleToRawLongBits(h) - ((long) k << (52 - TABLE_BITS));
            power = power.multiply(root, mc);
        }
        return tab;
    }

    private static int top12(double x) {
        return (int) (Double.doubleToRawLongBits(x) >>> 52);
    }

    static double exp(double x) {
        int abstop = top12(x) & 0x7ff;
        boolean large = false;
        if (Integer.compareUnsigned(abstop - 0x3c9, 0x408 - 0x3c9) >= 0) { // not 2^-54 <= |x| < 512
            if (abstop - 0x3c9 < 0) return 1.0 + x; // tiny
            if (abstop >= 0x409) { // |x| >= 1024, inf or nan
                if (x == Double.NEGATIVE_INFINITY) return 0.0;
                if (abstop >= 0x7ff) return 1.0 + x;
                return x < 0 ? 0.0 : Double.POSITIVE_INFINITY;
            }
            large = true;
        }
        // x = k ln2/N + r with r in [-ln2/2N, ln2/2N]; exp(x) = 2^(k/N) * exp(r)
        double kd = Math.fma(INV_LN2_N, x, SHIFT);
        long ki = Double.doubleToRawLongBits(kd);
        kd -= SHIFT;
        double r = Math.fma(kd, NEG_LN2_LO_N, Math.fma(kd, NEG_LN2_HI_N, x));
        int idx = 2 * (int) (ki & (N - 1));
        long top = ki << (52 - TABLE_BITS);
        double tail = Double.longBitsToDouble(TAB[idx]);
        long sbits = TAB[idx + 1] + top;
        double r2 = r * r;
        double tmp = Math.fma(r2 * r2, Math.fma(r, C5, C4), Math.fma(r2, Math.fma(r, C3, C2), tail + r));
        if (large) return largeCase(tmp, sbits, ki);
        double scale = Double.longBitsToDouble(sbits);
        return Math.fma(scale, tmp, scale);
    }

    // glibc's specialcase(): 512 <= |x| < 1024, where the scale's exponent over- or underflows
    private static double largeCase(double tmp, long sbits, long ki) {
        if ((ki & 0x80000000L) == 0) { // k > 0
            double scale = Double.longBitsToDouble(sbits - (1009L << 52));
            return 0x1p1009 * Math.fma(scale, tmp, scale);
        }
        double scale = Double.longBitsToDouble(sbits + (1022L << 52));
        double scaled = scale * tmp;
        double y = scale + scaled;
        if (y < 1.0) { // round to the subnormal precision once, before scaling
            double lo = scale - y + scaled;
            double hi = 1.0 + y;
            lo = 1.0 - hi + y + lo;
            y = (hi + lo) - 1.0;
            if (y == 0.0) y = 0.0;
        }
        return 0x1p-1022 * y;
    }
}
