package dev.pyvm.ast;

/** Boolean operators (CPython's {@code boolop}). */
public enum BoolOpKind {
    AND("And", "and"), OR("Or", "or");

    private final String astName;
    private final String symbol;

    BoolOpKind(String astName, String symbol) {
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
