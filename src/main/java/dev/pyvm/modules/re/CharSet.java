package dev.pyvm.modules.re;

import dev.pyvm.objects.StrMethods;
import java.util.List;

/**
 * A compiled character set ({@code [...]}, {@code \w}, …) and the character predicates of
 * CPython's _sre (SRE_UNI_IS_WORD and friends; the ASCII ones for ASCII patterns and bytes).
 */
final class CharSet {
    /** Case folding modes: none, Unicode (str patterns), ASCII ((?a) and bytes patterns). */
    static final int IC_NONE = 0, IC_UNICODE = 1, IC_ASCII = 2;

    private final int[] ranges;
    private final int categories;
    private final boolean negate;
    private final int ic;
    private final boolean unicode;
    /** Under IGNORECASE: the lower cases of the set's BMP characters and their extra cases (CPython's charmap of IN_UNI_IGNORE). */
    private final java.util.BitSet folded;

    CharSet(boolean negate, List<Node.SetItem> items, int ic, boolean unicode) {
        this.negate = negate;
        this.ic = ic;
        this.unicode = unicode;
        int cats = 0, n = 0;
        for (Node.SetItem it : items) if (it.category() < 0) n++;
        int[] r = new int[2 * n];
        int k = 0;
        java.util.BitSet f = ic == IC_NONE ? null : new java.util.BitSet();
        for (Node.SetItem it : items) {
            if (it.category() >= 0) {
                cats |= 1 << it.category();
            } else if (f != null && it.lo() <= 0xffff) {
                int hi = Math.min(it.hi(), 0xffff);
                for (int c = it.lo(); c <= hi; c++) {
                    int l = lower(c, ic);
                    f.set(l);
                    if (ic == IC_UNICODE) for (int x : extraCases(l)) f.set(x);
                }
                if (it.hi() > 0xffff) {
                    r[k++] = 0x10000;
                    r[k++] = it.hi();
                }
            } else {
                r[k++] = it.lo();
                r[k++] = it.hi();
            }
        }
        ranges = java.util.Arrays.copyOf(r, k);
        categories = cats;
        folded = f;
    }

    boolean test(int c) {
        if (ic == IC_NONE) return contains(c) != negate;
        // CPython: IN_UNI_IGNORE / IN_IGNORE test the lower case of c, RANGE_UNI_IGNORE its upper case too
        int l = lower(c, ic);
        boolean r = folded.get(l) || contains(l) || (ranges.length > 0 && contains(upper(c, ic)));
        return r != negate;
    }

    private static final int[] NONE = {};
    private static final int[][] EXTRA_CASES = {
            {0x0069, 0x0131},
            {0x0073, 0x017f},
            {0x00b5, 0x03bc},
            {0x0131, 0x0069},
            {0x017f, 0x0073},
            {0x0345, 0x03b9, 0x1fbe},
            {0x0390, 0x1fd3},
            {0x03b0, 0x1fe3},
            {0x03b2, 0x03d0},
            {0x03b5, 0x03f5},
            {0x03b8, 0x03d1},
            {0x03b9, 0x0345, 0x1fbe},
            {0x03ba, 0x03f0},
            {0x03bc, 0x00b5},
            {0x03c0, 0x03d6},
            {0x03c1, 0x03f1},
            {0x03c2, 0x03c3},
            {0x03c3, 0x03c2},
            {0x03c6, 0x03d5},
            {0x03d0, 0x03b2},
            {0x03d1, 0x03b8},
            {0x03d5, 0x03c6},
            {0x03d6, 0x03c0},
            {0x03f0, 0x03ba},
            {0x03f1, 0x03c1},
            {0x03f5, 0x03b5},
            {0x0432, 0x1c80},
            {0x0434, 0x1c81},
            {0x043e, 0x1c82},
            {0x0441, 0x1c83},
            {0x0442, 0x1c84, 0x1c85},
            {0x044a, 0x1c86},
            {0x0463, 0x1c87},
            {0x1c80, 0x0432},
            {0x1c81, 0x0434},
            {0x1c82, 0x043e},
            {0x1c83, 0x0441},
            {0x1c84, 0x0442, 0x1c85},
            {0x1c85, 0x0442, 0x1c84},
            {0x1c86, 0x044a},
            {0x1c87, 0x0463},
            {0x1c88, 0xa64b},
            {0x1e61, 0x1e9b},
            {0x1e9b, 0x1e61},
            {0x1fbe, 0x0345, 0x03b9},
            {0x1fd3, 0x0390},
            {0x1fe3, 0x03b0},
            {0xa64b, 0x1c88},
            {0xfb05, 0xfb06},
            {0xfb06, 0xfb05},
    };

    /** CPython's Lib/re/_casefix.py: the other characters whose lower case folds with lower-case c. */
    static int[] extraCases(int c) {
        if (c < 0x69 || c > 0xfb06) return NONE;
        int lo = 0, hi = EXTRA_CASES.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int k = EXTRA_CASES[mid][0];
            if (k == c) return java.util.Arrays.copyOfRange(EXTRA_CASES[mid], 1, EXTRA_CASES[mid].length);
            if (k < c) lo = mid + 1;
            else hi = mid - 1;
        }
        return NONE;
    }

    private boolean contains(int c) {
        int[] r = ranges;
        for (int i = 0; i < r.length; i += 2) if (c >= r[i] && c <= r[i + 1]) return true;
        if (categories != 0) {
            for (int k = 0; k < 6; k++) {
                if ((categories & (1 << k)) != 0 && category(k, c, unicode)) return true;
            }
        }
        return false;
    }

    static boolean category(int k, int c, boolean unicode) {
        return switch (k) {
            case Node.CATEGORY_DIGIT -> isDigit(c, unicode);
            case Node.CATEGORY_NOT_DIGIT -> !isDigit(c, unicode);
            case Node.CATEGORY_SPACE -> isSpace(c, unicode);
            case Node.CATEGORY_NOT_SPACE -> !isSpace(c, unicode);
            case Node.CATEGORY_WORD -> isWord(c, unicode);
            default -> !isWord(c, unicode);
        };
    }

    static boolean isDigit(int c, boolean unicode) {
        if (c < 128 || !unicode) return c >= '0' && c <= '9';
        return Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER;
    }

    static boolean isSpace(int c, boolean unicode) {
        if (c < 128 || !unicode) return c == ' ' || (c >= 9 && c <= 13);
        return StrMethods.isSpace(c);
    }

    static boolean isWord(int c, boolean unicode) {
        if (c < 128 || !unicode) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
        }
        if (Character.isLetter(c)) return true;
        int t = Character.getType(c);
        return t == Character.DECIMAL_DIGIT_NUMBER || t == Character.LETTER_NUMBER || t == Character.OTHER_NUMBER
                || (Character.isIdeographic(c) && Character.getNumericValue(c) >= 0);
    }

    static int lower(int c, int ic) {
        if (ic == IC_ASCII || c < 128) return c >= 'A' && c <= 'Z' ? c + 32 : c;
        return Character.toLowerCase(c);
    }

    static int upper(int c, int ic) {
        if (ic == IC_ASCII || c < 128) return c >= 'a' && c <= 'z' ? c - 32 : c;
        return Character.toUpperCase(c);
    }

    /** Whether c matches the literal p under IGNORECASE (CPython: LITERAL_UNI_IGNORE, or IN_UNI_IGNORE of p's extra cases). */
    static boolean equalIgnoringCase(int c, int p, int ic) {
        if (c == p) return true;
        int lc = lower(c, ic), lp = lower(p, ic);
        if (lc == lp) return true;
        if (ic == IC_UNICODE) for (int x : extraCases(lp)) if (x == lc) return true;
        return false;
    }
}
