package dev.pyvm.ast;

import java.util.List;

/** A parsed file: its statements. */
public record Module(List<Stmt> body) {
    public Module {
        body = Nodes.copy(body);
    }
}
