package dev.pyvm.modules.itertools;

import dev.pyvm.objects.ObjectSpace;
import dev.pyvm.objects.TextArgs;

/**
 * {@code itertools.dropwhile(predicate, iterable)}: REF 0 the iterator, REF 1 the predicate;
 * data: 1 once the predicate has been false.
 */
final class DropwhileType extends ItertoolsIterator {
    private static final int IT = 0, FUNC = 1, START = 0;

    DropwhileType(ObjectSpace space) {
        super(space, "dropwhile", 2, 1);
    }

    // CPython 3.11: Modules/itertoolsmodule.c itertools_dropwhile_impl()
    @Override
    public int construct(int t, int[] args, int start, int nargs, int kwnames) {
        checkExact(t);
        TextArgs.noKeywords(space, "dropwhile", kwnames);
        TextArgs.checkPositional(space, "dropwhile", nargs, 2, 2);
        int it = space.iter(args[start + 1]);
        return allocate(it, newRef(space, args[start]));
    }

    // CPython 3.11: dropwhile_next()
    @Override
    public int next(int h) {
        int func = ref(h, FUNC), it = ref(h, IT);
        if (func == 0 || it == 0) return 0;
        while (true) {
            int item = space.iterNext(it);
            if (item == 0) return 0;
            if (getData(h, START) == 1) return item;
            boolean ok;
            try {
                ok = callTruth(func, item);
            } catch (RuntimeException e) {
                heap.decref(item);
                throw e;
            }
            if (!ok) {
                setData(h, START, 1);
                return item;
            }
            heap.decref(item);
        }
    }
}
