package dev.pyvm.modules.itertools;

import dev.pyvm.objects.ObjectSpace;
import dev.pyvm.objects.TextArgs;

/**
 * {@code itertools.zip_longest(*iterables, fillvalue=None)}: REF 0 the tuple of iterators (an
 * exhausted one replaced by None), REF 1 the result tuple, reused when nobody else holds it (as
 * CPython does), REF 2 the fill value; data: how many iterators are still active.
 */
final class ZipLongestType extends ItertoolsIterator {
    private static final int ITTUPLE = 0, RESULT = 1, FILLVALUE = 2, NUMACTIVE = 0;

    ZipLongestType(ObjectSpace space) {
        super(space, "zip_longest", 3, 1);
    }

    // CPython 3.11: Modules/itertoolsmodule.c zip_longest_new()
    @Override
    public int construct(int t, int[] args, int start, int nargs, int kwnames) {
        checkExact(t);
        int nkw = TextArgs.keywords(space, kwnames);
        int fillvalue = space.none;
        if (nkw > 0) {
            if (nkw != 1 || TextArgs.findKeyword(space, kwnames, "fillvalue") != 0) {
                throw space.typeError("zip_longest() got an unexpected keyword argument");
            }
            fillvalue = args[start + nargs - 1];
        }
        int n = nargs - nkw;
        int ittuple = space.newTupleOfSize(n);
        try {
            for (int i = 0; i < n; i++) space.tupleSlots.initItem(ittuple, i, space.iter(args[start + i]));
        } catch (RuntimeException e) {
            for (int i = 0; i < n; i++) if (space.tupleSlots.item(ittuple, i) == 0) space.tupleSlots.initItem(ittuple, i, space.newNone());
            heap.decref(ittuple);
            throw e;
        }
        int result = space.newTupleOfSize(n);
        for (int i = 0; i < n; i++) space.tupleSlots.initItem(result, i, space.newNone());
        int h = allocate(ittuple, result, newRef(space, fillvalue));
        setData(h, NUMACTIVE, n);
        return h;
    }

    // CPython 3.11: zip_longest_next()
    @Override
    public int next(int h) {
        int ittuple = ref(h, ITTUPLE), fillvalue = ref(h, FILLVALUE), result = ref(h, RESULT);
        if (ittuple == 0 || fillvalue == 0 || result == 0) return 0;
        int n = space.tupleSlots.size(ittuple);
        if (n == 0 || getData(h, NUMACTIVE) == 0) return 0;
        boolean reuse = heap.refcount(result) == 1;
        if (reuse) heap.incref(result);
        else result = space.newTupleOfSize(n);
        for (int i = 0; i < n; i++) {
            int it = space.tupleSlots.item(ittuple, i);
            int item;
            if (it == space.none) {
                item = newRef(space, fillvalue);
            } else {
                try {
                    item = space.iterNext(it);
                } catch (RuntimeException e) {
                    setData(h, NUMACTIVE, 0);
                    release(result, reuse, i);
                    throw e;
                }
                if (item == 0) {
                    int active = getData(h, NUMACTIVE) - 1;
                    setData(h, NUMACTIVE, active);
                    if (active == 0) {
                        release(result, reuse, i);
                        return 0;
                    }
                    item = newRef(space, fillvalue);
                    space.tupleSlots.initItem(ittuple, i, space.newNone());
                    heap.decref(it);
                }
            }
            int old = space.tupleSlots.item(result, i);
            space.tupleSlots.initItem(result, i, item);
            if (reuse) heap.decref(old);
        }
        if (reuse && !space.isTracked(result)) space.track(result);
        return result;
    }

    /** Drops a result given up after i items: a fresh one is first filled so that it can die. */
    private void release(int result, boolean reuse, int i) {
        if (!reuse) {
            int n = space.tupleSlots.size(result);
            for (int k = i; k < n; k++) space.tupleSlots.initItem(result, k, space.newNone());
        }
        heap.decref(result);
    }
}
