package dev.pyvm.ast;

/** Comparison operators (CPython's {@code cmpop}). */
public enum CmpOpKind {
    EQ("Eq", "=="), NOT_EQ("NotEq", "!="), LT("Lt", "<"), LT_E("LtE", "<="), GT("Gt", ">"),
    GT_E("GtE", ">="), IS("Is", "is"), IS_NOT("IsNot", "is not"), IN("In", "in"),
    NOT_IN("NotIn", "not in");

    private final String astName;
    private final String symbol;

    CmpOpKind(String astName, String symbol) {
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
