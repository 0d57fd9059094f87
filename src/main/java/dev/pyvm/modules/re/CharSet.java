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

    CharSet(boolean negate, List<Node.SetItem> items, int ic, boolean unicode) {
        this.negate = negate;
        this.ic = ic;
        this.unicode = unicode;
        int cats = 0, n = 0;
        for (Node.SetItem it : items) if (it.category() < 0) n++;
        ranges = new int[2 * n];
        int k = 0;
        for (Node.SetItem it : items) {
            if (it.category() >= 0) {
                cats |= 1 << it.category();
            } else {
                ranges[k++] = it.lo();
                ranges[k++] = it.hi();
            }
        }
        categories = cats;
    }

    boolean test(int c) {
        boolean r = contains(c);
        if (!r && ic != IC_NONE) {
            int l = lower(c, ic), u = upper(c, ic);
            r = (l != c && contains(l)) || (u != c && contains(u));
            if (!r && ic == IC_UNICODE) {
                // the characters whose lower case is c's (K for the Kelvin sign's k, …)
                int t = Character.toTitleCase(c);
                r = t != c && contains(t);
            }
        }
        return r != negate;
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

    /** Whether c and p are the same letter, case aside (CPython: a LITERAL under IGNORECASE). */
    static boolean equalIgnoringCase(int c, int p, int ic) {
        if (c == p) return true;
        if (ic == IC_ASCII || (c < 128 && p < 128)) return lower(c, IC_ASCII) == lower(p, IC_ASCII);
        return Character.toLowerCase(c) == Character.toLowerCase(p) || Character.toUpperCase(c) == Character.toUpperCase(p);
    }
}
