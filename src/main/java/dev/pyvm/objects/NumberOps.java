package dev.pyvm.objects;

import dev.pyvm.bytecode.BinaryOps;

/** Operator codes of the number slots: the binary ones are BINARY_OP's NB_* codes. */
public final class NumberOps {
    private NumberOps() {}

    public static final int ADD = BinaryOps.NB_ADD;
    public static final int AND = BinaryOps.NB_AND;
    public static final int FLOOR_DIVIDE = BinaryOps.NB_FLOOR_DIVIDE;
    public static final int LSHIFT = BinaryOps.NB_LSHIFT;
    public static final int MATRIX_MULTIPLY = BinaryOps.NB_MATRIX_MULTIPLY;
    public static final int MULTIPLY = BinaryOps.NB_MULTIPLY;
    public static final int REMAINDER = BinaryOps.NB_REMAINDER;
    public static final int OR = BinaryOps.NB_OR;
    public static final int POWER = BinaryOps.NB_POWER;
    public static final int RSHIFT = BinaryOps.NB_RSHIFT;
    public static final int SUBTRACT = BinaryOps.NB_SUBTRACT;
    public static final int TRUE_DIVIDE = BinaryOps.NB_TRUE_DIVIDE;
    public static final int XOR = BinaryOps.NB_XOR;

    public static final int NEG = 0;
    public static final int POS = 1;
    public static final int INVERT = 2;
    public static final int ABS = 3;

    /** The stems of the binary operators' special methods, by code: {@code __add__}, {@code __radd__}, {@code __iadd__}. */
    static final String[] DUNDER_STEMS = {"add", "and", "floordiv", "lshift", "matmul", "mul", "mod", "or", "pow",
            "rshift", "sub", "truediv", "xor"};
    /** The unary operators' special methods, by code. */
    static final String[] UNARY_DUNDERS = {"__neg__", "__pos__", "__invert__", "__abs__"};

    public static String symbol(int op) {
        return BinaryOps.symbol(op);
    }

    /** The operator as CPython's "bad operand type for unary -" names it. */
    public static String unarySymbol(int op) {
        return switch (op) {
            case NEG -> "unary -";
            case POS -> "unary +";
            case INVERT -> "unary ~";
            default -> "abs()";
        };
    }
}
