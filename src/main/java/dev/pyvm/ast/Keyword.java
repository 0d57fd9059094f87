package dev.pyvm.ast;

/** {@code arg=value} in a call or class header; arg is null for {@code **value}. */
public record Keyword(String arg, Expr value, Pos pos) implements Located {}
