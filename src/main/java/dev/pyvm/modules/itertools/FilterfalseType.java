package dev.pyvm.modules.itertools;

import dev.pyvm.objects.ObjectSpace;
import dev.pyvm.objects.TextArgs;

/** {@code itertools.filterfalse(function or None, iterable)}: REF 0 the iterator, REF 1 the function. */
final class FilterfalseType extends ItertoolsIterator {
    private static final int IT = 0, FUNC = 1;

    FilterfalseType(ObjectSpace space) {
        super(space, "filterfalse", 2, 0);
    }

    // CPython 3.11: Modules/itertoolsmodule.c itertools_filterfalse_impl()
    @Override
    public int construct(int t, int[] args, int start, int nargs, int kwnames) {
        checkExact(t);
        TextArgs.noKeywords(space, "filterfalse", kwnames);
        TextArgs.checkPositional(space, "filterfalse", nargs, 2, 2);
        int it = space.iter(args[start + 1]);
        return allocate(it, newRef(space, args[start]));
    }

    // CPython 3.11: filterfalse_next(): None and bool test the items themselves
    @Override
    public int next(int h) {
        int func = ref(h, FUNC), it = ref(h, IT);
        if (func == 0 || it == 0) return 0;
        boolean plain = func == space.none || func == space.boolSlots.type();
        while (true) {
            int item = space.iterNext(it);
            if (item == 0) return 0;
            boolean ok;
            try {
                ok = plain ? truth(item) : callTruth(func, item);
            } catch (RuntimeException e) {
                heap.decref(item);
                throw e;
            }
            if (!ok) return item;
            heap.decref(item);
        }
    }
}
