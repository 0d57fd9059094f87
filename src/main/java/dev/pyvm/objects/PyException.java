package dev.pyvm.objects;

/**
 * A Python exception on its way up through Java code. It owns one reference to the exception
 * object on the heap; whoever catches it and does not rethrow it takes that reference over.
 */
public final class PyException extends RuntimeException {
    private final int exception;

    public PyException(int exception) {
        super(null, null, false, false);
        this.exception = exception;
    }

    /** The exception object (the reference this carrier owns). */
    public int exception() {
        return exception;
    }
}
