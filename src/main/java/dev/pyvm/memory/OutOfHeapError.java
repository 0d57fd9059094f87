package dev.pyvm.memory;

/**
 * An allocation the heap cannot satisfy: past {@link HeapConfig#maxHeap()}, or refused by the
 * JVM. The heap is left exactly as it was before the request; the VM raises {@code MemoryError}.
 */
public final class OutOfHeapError extends RuntimeException {
    private final long requested;

    public OutOfHeapError(long requested, String message) {
        super(message, null, false, false);
        this.requested = requested;
    }

    /** The bytes the failed request asked for. */
    public long requested() {
        return requested;
    }
}
