package dev.pyvm.ast;

/** Binary operators (CPython's {@code operator}); also the operators of augmented assignment. */
public enum BinOpKind {
    ADD("Add", "+"), SUB("Sub", "-"), MULT("Mult", "*"), MATMULT("MatMult", "@"), DIV("Div", "/"),
    MOD("Mod", "%"), POW("Pow", "**"), LSHIFT("LShift", "<<"), RSHIFT("RShift", ">>"),
    BITOR("BitOr", "|"), BITXOR("BitXor", "^"), BITAND("BitAnd", "&"), FLOORDIV("FloorDiv", "//");

    private final String astName;
    private final String symbol;

    BinOpKind(String astName, String symbol) {
        this.astName = astName;
        this.symbol = symbol;
    }

    /** The name of CPython's ast class. */
    public String astName() {
        return astName;
    }

    /** The operator as written in Python. */
    public String symbol() {
        return symbol;
    }
}
