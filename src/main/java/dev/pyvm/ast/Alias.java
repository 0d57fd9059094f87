package dev.pyvm.ast;

/** {@code name [as asname]} in an import; name may be dotted, or {@code *}; asname may be null. */
public record Alias(String name, String asname, Pos pos) implements Located {}
