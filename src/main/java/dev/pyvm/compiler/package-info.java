/**
 * Symbol tables (global, local, cell, free), code generation, constant folding and the assembler
 * (dead code, jumps, line table, exception table, maximum stack depth). The entry point is
 * {@link dev.pyvm.compiler.Compiler}. May use: {@code ast}, {@code parse}, {@code bytecode}. Knows
 * nothing of the heap.
 */
package dev.pyvm.compiler;
