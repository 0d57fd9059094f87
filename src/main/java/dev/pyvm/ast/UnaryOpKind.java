package dev.pyvm.ast;

/** Unary operators (CPython's {@code unaryop}). */
public enum UnaryOpKind {
    INVERT("Invert", "~"), NOT("Not", "not"), UADD("UAdd", "+"), USUB("USub", "-");

    private final String astName;
    private final String symbol;

    UnaryOpKind(String astName, String symbol) {
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
