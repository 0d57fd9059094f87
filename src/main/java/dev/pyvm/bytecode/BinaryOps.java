package dev.pyvm.bytecode;

import java.util.List;

/**
 * The arguments of {@link Opcode#BINARY_OP}: CPython 3.11's {@code NB_*} numbering. An in-place
 * code is its plain code plus {@link #INPLACE}.
 */
public final class BinaryOps {
    private BinaryOps() {}

    public static final int NB_ADD = 0;
    public static final int NB_AND = 1;
    public static final int NB_FLOOR_DIVIDE = 2;
    public static final int NB_LSHIFT = 3;
    public static final int NB_MATRIX_MULTIPLY = 4;
    public static final int NB_MULTIPLY = 5;
    public static final int NB_REMAINDER = 6;
    public static final int NB_OR = 7;
    public static final int NB_POWER = 8;
    public static final int NB_RSHIFT = 9;
    public static final int NB_SUBTRACT = 10;
    public static final int NB_TRUE_DIVIDE = 11;
    public static final int NB_XOR = 12;
    /** Added to a plain code for the augmented-assignment form ({@code NB_INPLACE_ADD} = 13). */
    public static final int INPLACE = 13;

    private static final List<String> SYMBOLS =
            List.of("+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^");

    /** The operator as written: {@code +} for NB_ADD, {@code +=} for NB_INPLACE_ADD. */
    public static String symbol(int code) {
        if (code >= 0 && code < INPLACE) return SYMBOLS.get(code);
        if (code >= INPLACE && code < 2 * INPLACE) return SYMBOLS.get(code - INPLACE) + "=";
        return "?" + code;
    }

    public static boolean isInplace(int code) {
        return code >= INPLACE;
    }
}
