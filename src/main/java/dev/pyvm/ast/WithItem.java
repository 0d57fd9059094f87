package dev.pyvm.ast;

/** {@code contextExpr [as optionalVars]} in a with statement; optionalVars may be null. */
public record WithItem(Expr contextExpr, Expr optionalVars) {}
