package dev.pyvm.parse;

import dev.pyvm.ast.Expr;
import dev.pyvm.ast.Module;
import dev.pyvm.ast.PySyntaxError;

/** The front end's entry points: Python source text to an immutable AST. */
public final class PythonSource {
    private PythonSource() {}

    /**
     * Parses a whole file ({@code file_input}).
     *
     * @param filename used in error messages only
     * @throws PySyntaxError with CPython 3.11's type, message and location
     */
    public static Module parse(String source, String filename) {
        throw new PySyntaxError(PySyntaxError.SYNTAX_ERROR, "the parser is not built yet", filename, 1, 1, 1, 1,
                PySyntaxError.lineOf(source, 1));
    }

    /** Parses a single expression ({@code eval_input}), as {@code compile(source, filename, "eval")}. */
    public static Expr parseExpression(String source, String filename) {
        throw new PySyntaxError(PySyntaxError.SYNTAX_ERROR, "the parser is not built yet", filename, 1, 1, 1, 1,
                PySyntaxError.lineOf(source, 1));
    }
}
