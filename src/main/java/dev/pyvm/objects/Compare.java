package dev.pyvm.objects;

/** Rich comparison codes: CPython's Py_LT … Py_GE, the argument of COMPARE_OP. */
public final class Compare {
    private Compare() {}

    public static final int LT = 0;
    public static final int LE = 1;
    public static final int EQ = 2;
    public static final int NE = 3;
    public static final int GT = 4;
    public static final int GE = 5;

    private static final String[] SYMBOLS = {"<", "<=", "==", "!=", ">", ">="};
    /** The comparisons' special methods, by code. */
    static final String[] DUNDERS = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};

    private static final int[] SWAPPED = {GT, GE, EQ, NE, LT, LE};

    public static String symbol(int op) {
        return SYMBOLS[op];
    }

    /** The operation with its operands swapped: {@code a < b} is {@code b > a}. CPython: _Py_SwappedOp. */
    public static int swapped(int op) {
        return SWAPPED[op];
    }

    /** The outcome of comparing with {@code cmp} (negative, zero, positive) under {@code op}. */
    public static boolean test(int op, int cmp) {
        return switch (op) {
            case LT -> cmp < 0;
            case LE -> cmp <= 0;
            case EQ -> cmp == 0;
            case NE -> cmp != 0;
            case GT -> cmp > 0;
            default -> cmp >= 0;
        };
    }
}
