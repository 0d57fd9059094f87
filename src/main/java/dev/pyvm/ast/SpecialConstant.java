package dev.pyvm.ast;

/** The values of the literals {@code None} and {@code ...} inside a {@link Expr.Constant}. */
public enum SpecialConstant {
    NONE("None"), ELLIPSIS("Ellipsis");

    private final String repr;

    SpecialConstant(String repr) {
        this.repr = repr;
    }

    /** Python's {@code repr()} of the value. */
    public String repr() {
        return repr;
    }
}
