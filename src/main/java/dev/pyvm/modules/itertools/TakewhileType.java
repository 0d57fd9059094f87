package dev.pyvm.modules.itertools;

import dev.pyvm.objects.ObjectSpace;
import dev.pyvm.objects.TextArgs;

/**
 * {@code itertools.takewhile(predicate, iterable)}: REF 0 the iterator, REF 1 the predicate;
 * data: 1 once the predicate has been false (the iterator then gives nothing more).
 */
final class TakewhileType extends ItertoolsIterator {
    private static final int IT = 0, FUNC = 1, STOP = 0;

    TakewhileType(ObjectSpace space) {
        super(space, "takewhile", 2, 1);
    }

    // CPython 3.11: Modules/itertoolsmodule.c itertools_takewhile_impl()
    @Override
    public int construct(int t, int[] args, int start, int nargs, int kwnames) {
        checkExact(t);
        TextArgs.noKeywords(space, "takewhile", kwnames);
        TextArgs.checkPositional(space, "takewhile", nargs, 2, 2);
        int it = space.iter(args[start + 1]);
        return allocate(it, newRef(space, args[start]));
    }

    // CPython 3.11: takewhile_next()
    @Override
    public int next(int h) {
        int func = ref(h, FUNC), it = ref(h, IT);
        if (getData(h, STOP) == 1 || func == 0 || it == 0) return 0;
        int item = space.iterNext(it);
        if (item == 0) return 0;
        boolean ok;
        try {
            ok = callTruth(func, item);
        } catch (RuntimeException e) {
            heap.decref(item);
            throw e;
        }
        if (ok) return item;
        heap.decref(item);
        setData(h, STOP, 1);
        return 0;
    }
}
