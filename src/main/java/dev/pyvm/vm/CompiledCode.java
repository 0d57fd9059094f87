package dev.pyvm.vm;

/**
 * A code object's instructions compiled to a JVM method by {@link BaselineCompiler}. {@link #run}
 * starts at the frame's {@code ip} with its stack pointer {@code sp}, as the interpreter would,
 * and runs the instructions it compiled until one it leaves to the interpreter: then it writes
 * {@code ip} and {@code sp} back and returns the frame itself. For a call of a Python function it
 * returns the callee's new frame instead (the caller's {@code ip} already past the call).
 * Exceptions propagate with {@code lasti} and {@code sp} as the interpreter leaves them.
 */
abstract class CompiledCode {
    /** The instructions as they were compiled. */
    final int[] words;
    /** Times it left at an instruction that is no longer the one compiled. */
    int staleExits;

    CompiledCode(int[] words) {
        this.words = words;
    }

    abstract Frame run(CompiledOps ops, Frame f);
}
