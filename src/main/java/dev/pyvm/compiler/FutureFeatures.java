package dev.pyvm.compiler;

import dev.pyvm.ast.Alias;
import dev.pyvm.ast.Expr;
import dev.pyvm.ast.Module;
import dev.pyvm.ast.Pos;
import dev.pyvm.ast.PySyntaxError;
import dev.pyvm.ast.Stmt;
import java.util.List;
import java.util.Set;

/**
 * The {@code from __future__ import ...} statements at the top of a module (after its docstring)
 * and what they ask for. All of CPython 3.11's features are known; only {@code annotations}
 * changes what pyvm compiles (annotations kept as their source text, PEP 563), the others are
 * what Python 3 always does. CPython 3.11: Python/future.c.
 *
 * @param annotations whether {@code from __future__ import annotations} is in effect
 * @param lastLine    the line of the last future statement (0 when there is none): a later one
 *                    is a SyntaxError
 */
record FutureFeatures(boolean annotations, int lastLine) {
    private static final Set<String> KNOWN = Set.of("nested_scopes", "generators", "division", "absolute_import",
            "with_statement", "print_function", "unicode_literals", "barry_as_FLUFL", "generator_stop", "annotations");
    static final String LATE = "from __future__ imports must occur at the beginning of the file";

    // CPython 3.11: Python/future.c future_parse() and future_check_features()
    static FutureFeatures of(Module m, String filename, String source) {
        List<Stmt> body = m.body();
        int i = 0;
        if (!body.isEmpty() && body.get(0) instanceof Stmt.ExprStmt e && e.value() instanceof Expr.Constant c
                && c.value() instanceof String) {
            i = 1;
        }
        boolean annotations = false;
        int lastLine = 0;
        for (; i < body.size(); i++) {
            if (!(body.get(i) instanceof Stmt.ImportFrom f) || !"__future__".equals(f.module())) break;
            for (Alias a : f.names()) {
                String feature = a.name();
                if (feature.equals("annotations")) annotations = true;
                if (KNOWN.contains(feature)) continue;
                // CPython points at the statement's start only
                Pos p = f.pos();
                Pos at = new Pos(p.lineno(), p.colOffset(), p.lineno(), p.colOffset());
                throw PySyntaxError.at(feature.equals("braces") ? "not a chance" : "future feature " + feature
                        + " is not defined", filename, at, source);
            }
            lastLine = f.pos().lineno();
        }
        return new FutureFeatures(annotations, lastLine);
    }

    /** These features, with {@code annotations} also on when {@code inherited} (compile()'s flags). */
    FutureFeatures or(boolean inherited) {
        return inherited && !annotations ? new FutureFeatures(true, lastLine) : this;
    }
}
