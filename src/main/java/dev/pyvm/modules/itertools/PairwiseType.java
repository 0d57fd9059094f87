package dev.pyvm.modules.itertools;

import dev.pyvm.objects.ObjectSpace;
import dev.pyvm.objects.TextArgs;

/**
 * {@code itertools.pairwise(iterable)}: REF 0 the iterator, REF 1 the last item seen; both
 * dropped once the iterator is exhausted.
 */
final class PairwiseType extends ItertoolsIterator {
    private static final int IT = 0, OLD = 1;

    PairwiseType(ObjectSpace space) {
        super(space, "pairwise", 2, 0);
    }

    // CPython 3.11: Modules/itertoolsmodule.c pairwise_new_impl()
    @Override
    public int construct(int t, int[] args, int start, int nargs, int kwnames) {
        checkExact(t);
        TextArgs.noKeywords(space, "pairwise", kwnames);
        TextArgs.checkPositional(space, "pairwise", nargs, 1, 1);
        return allocate(space.iter(args[start]), 0);
    }

    // CPython 3.11: pairwise_next()
    @Override
    public int next(int h) {
        int it = ref(h, IT);
        if (it == 0) return 0;
        int old = ref(h, OLD);
        if (old == 0) {
            old = fetch(h, it);
            if (old == 0) return 0;
            setRef(h, OLD, old);
        }
        int item = fetch(h, it);
        if (item == 0) return 0;
        old = ref(h, OLD);
        heap.incref(old);
        heap.incref(item);
        int result = space.newTuple(old, item);
        setRef(h, OLD, item);
        return result;
    }

    /** The next item; at the end, or on an error, both references are dropped. */
    private int fetch(int h, int it) {
        int item;
        try {
            item = space.iterNext(it);
        } catch (RuntimeException e) {
            setRef(h, IT, 0);
            setRef(h, OLD, 0);
            throw e;
        }
        if (item == 0) {
            setRef(h, IT, 0);
            setRef(h, OLD, 0);
        }
        return item;
    }
}
