package dev.pyvm.modules;

import dev.pyvm.memory.Heap;
import dev.pyvm.objects.ArgParser;
import dev.pyvm.objects.ObjectSpace;
import dev.pyvm.objects.PyException;

/**
 * {@code _functools}: what CPython 3.11 writes in C (Modules/_functoolsmodule.c), {@code reduce},
 * {@code cmp_to_key} and the type {@code partial}; the frozen {@code functools} imports them.
 */
final class FunctoolsModule {
    private FunctoolsModule() {}

    static int create(ObjectSpace space, PartialType partial, KeyWrapperType keyWrapper) {
        ModuleBuilder m = new ModuleBuilder(space, "_functools");
        space.heap.incref(partial.type());
        m.value("partial", partial.type());
        space.heap.incref(keyWrapper.type());
        m.value("KeyWrapper", keyWrapper.type());
        m.function("reduce", (self, args, start, nargs, kwnames) -> {
            Args.positional(space, "reduce", "reduce", 2, 3, nargs, kwnames);
            return reduce(space, args[start], args[start + 1], nargs == 3 ? args[start + 2] : 0);
        });
        m.function("cmp_to_key", (self, args, start, nargs, kwnames) -> {
            int[] a = ArgParser.clinic(space, "cmp_to_key", new String[] {"mycmp"}, 1, 0, 1, args, start, nargs, kwnames);
            return keyWrapper.newKey(a[0], 0);
        });
        return m.module();
    }

    // functools_reduce()
    private static int reduce(ObjectSpace space, int function, int iterable, int initial) {
        Heap heap = space.heap;
        int it;
        try {
            it = space.iter(iterable);
        } catch (PyException e) {
            if (!space.exceptions.matches(e.exception(), space.exceptions.typeError)) throw e;
            heap.decref(e.exception());
            throw space.typeError("reduce() arg 2 must support iteration");
        }
        int result = initial;
        if (result != 0) heap.incref(result);
        try {
            for (int item; (item = space.iterNext(it)) != 0; ) {
                if (result == 0) {
                    result = item;
                    continue;
                }
                int next;
                try {
                    next = space.call(function, result, item);
                } finally {
                    heap.decref(item);
                }
                heap.decref(result);
                result = next;
            }
        } catch (PyException e) {
            if (result != 0) heap.decref(result);
            throw e;
        } finally {
            heap.decref(it);
        }
        if (result == 0) throw space.typeError("reduce() of empty iterable with no initial value");
        return result;
    }
}
