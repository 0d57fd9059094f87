/**
 * Symbol tables (global, local, cell, free), code generation, constant folding, the assembler
 * (jumps, line table, exception table, maximum stack depth) and the disassembler. May use:
 * {@code ast}, {@code parse}, {@code bytecode}. Knows nothing of the heap.
 */
package dev.pyvm.compiler;
