package dev.pyvm.ast;

import java.util.List;

/** {@code for target in iter if ifs...} inside a comprehension or generator expression. */
public record Comprehension(Expr target, Expr iter, List<Expr> ifs) {
    public Comprehension {
        ifs = Nodes.copy(ifs);
    }
}
