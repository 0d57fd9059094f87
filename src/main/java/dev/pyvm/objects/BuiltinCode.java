package dev.pyvm.objects;

/**
 * The Java body of a built-in function, with CPython's vectorcall convention: the arguments are
 * {@code args[start .. start + nargs)} (often the caller's value stack itself, so nothing is
 * copied), borrowed; the last {@code len(kwnames)} of them are keyword arguments named by the
 * tuple {@code kwnames} (0 when there are none). Returns a new reference, or throws a
 * {@link PyException}.
 */
@FunctionalInterface
public interface BuiltinCode {
    int call(int self, int[] args, int start, int nargs, int kwnames);
}
