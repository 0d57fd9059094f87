package dev.pyvm.ast;

/** How an expression is used: read, assigned to, or deleted (CPython's Load/Store/Del). */
public enum ExprContext {
    LOAD("Load"), STORE("Store"), DEL("Del");

    private final String astName;

    ExprContext(String astName) {
        this.astName = astName;
    }

    /** The name of CPython's ast class. */
    public String astName() {
        return astName;
    }
}
