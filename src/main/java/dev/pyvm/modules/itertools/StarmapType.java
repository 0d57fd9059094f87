package dev.pyvm.modules.itertools;

import dev.pyvm.objects.ObjectSpace;
import dev.pyvm.objects.TextArgs;

/** {@code itertools.starmap(function, iterable)}: REF 0 the iterator of argument tuples, REF 1 the function. */
final class StarmapType extends ItertoolsIterator {
    private static final int IT = 0, FUNC = 1;

    StarmapType(ObjectSpace space) {
        super(space, "starmap", 2, 0);
    }

    // CPython 3.11: Modules/itertoolsmodule.c itertools_starmap_impl()
    @Override
    public int construct(int t, int[] args, int start, int nargs, int kwnames) {
        checkExact(t);
        TextArgs.noKeywords(space, "starmap", kwnames);
        TextArgs.checkPositional(space, "starmap", nargs, 2, 2);
        int it = space.iter(args[start + 1]);
        return allocate(it, newRef(space, args[start]));
    }

    // CPython 3.11: starmap_next(): an item that is not a tuple is made one first
    @Override
    public int next(int h) {
        int func = ref(h, FUNC), it = ref(h, IT);
        if (func == 0 || it == 0) return 0;
        int item = space.iterNext(it);
        if (item == 0) return 0;
        int tuple;
        if (space.typeOf(item) == space.tupleSlots.type()) {
            tuple = item;
        } else {
            try {
                tuple = space.tupleSlots.fromIterable(item);
            } finally {
                heap.decref(item);
            }
        }
        try {
            int n = space.tupleSlots.size(tuple);
            int[] callArgs = new int[n];
            for (int i = 0; i < n; i++) callArgs[i] = space.tupleSlots.item(tuple, i);
            return space.call(func, callArgs, 0, n, 0);
        } finally {
            heap.decref(tuple);
        }
    }
}
