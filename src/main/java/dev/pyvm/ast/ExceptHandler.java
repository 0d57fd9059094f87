package dev.pyvm.ast;

import java.util.List;

/** {@code except [type [as name]]:}; type and name may be null. */
public record ExceptHandler(Expr type, String name, List<Stmt> body, Pos pos) implements Located {
    public ExceptHandler {
        body = Nodes.copy(body);
    }
}
