/**
 * Frames, the interpreter loop, calls, exception unwinding, tracebacks, generators, and the
 * baseline compiler of hot code objects to JVM classes.
 * May use: {@code bytecode}, {@code objects}, {@code gc}, {@code memory}; ASM (only here).
 */
package dev.pyvm.vm;
