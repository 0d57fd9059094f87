package dev.pyvm.objects;

/**
 * Calls any callable: how the object layer runs Python code (a user's {@code __eq__}, a
 * {@code key=} function) without knowing the VM, which installs itself with
 * {@link ObjectSpace#setCaller}. Same convention as {@link BuiltinCode}.
 */
@FunctionalInterface
public interface Caller {
    int call(int callable, int[] args, int start, int nargs, int kwnames);
}
