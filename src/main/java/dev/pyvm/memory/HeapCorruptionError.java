package dev.pyvm.memory;

/**
 * A broken heap invariant: a use after free, a double free, a write past a block's end, a
 * negative reference count, or a structure that {@link Heap#checkInvariants()} found wrong.
 * Always a bug in pyvm, never in the Python program.
 */
public final class HeapCorruptionError extends RuntimeException {
    public HeapCorruptionError(String message) {
        super(message);
    }
}
