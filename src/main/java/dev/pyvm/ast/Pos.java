package dev.pyvm.ast;

/**
 * A node's source range, as CPython's {@code ast} attributes: lines are 1-based, columns are
 * 0-based character (code point) offsets; the end column is exclusive.
 */
public record Pos(int lineno, int colOffset, int endLineno, int endColOffset) {

    /** The range from the start of {@code first} to the end of {@code last}. */
    public static Pos span(Pos first, Pos last) {
        return new Pos(first.lineno, first.colOffset, last.endLineno, last.endColOffset);
    }
}
