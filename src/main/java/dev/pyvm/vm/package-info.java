/**
 * Frames, the interpreter loop, calls, exception unwinding, tracebacks, generators.
 * May use: {@code bytecode}, {@code objects}, {@code gc}, {@code memory}.
 */
package dev.pyvm.vm;
