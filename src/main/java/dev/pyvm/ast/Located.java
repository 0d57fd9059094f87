package dev.pyvm.ast;

/** A node that has a source range (statements, expressions, and a few helper nodes). */
public interface Located {
    Pos pos();
}
