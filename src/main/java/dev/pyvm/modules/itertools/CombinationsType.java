package dev.pyvm.modules.itertools;

import dev.pyvm.objects.ArgParser;
import dev.pyvm.objects.ObjectSpace;
import dev.pyvm.objects.TextArgs;

/**
 * {@code itertools.combinations(iterable, r)}: REF 0 the pool (a tuple), REF 1 the last result
 * (0 before the first), updated in place when nobody else holds it; data: STOPPED, R, then r
 * indices into the pool, as CPython 3.11's combinationsobject.
 */
final class CombinationsType extends ItertoolsIterator {
    private static final int POOL = 0, RESULT = 1, STOPPED = 0, R = 1, INDICES = 2;

    CombinationsType(ObjectSpace space) {
        super(space, "combinations", 2, 2);
    }

    // CPython 3.11: Modules/itertoolsmodule.c itertools_combinations_impl()
    @Override
    public int construct(int t, int[] args, int start, int nargs, int kwnames) {
        checkExact(t);
        int[] a = TextArgs.parse(space, "combinations", args, start, nargs, kwnames, new String[] {"iterable", "r"}, 0, 2, 2);
        int pool = space.tupleSlots.fromIterable(a[0]);
        int n = space.tupleSlots.size(pool);
        long r;
        try {
            r = ArgParser.asSsize(space, a[1]);
            if (r < 0) throw space.valueError("r must be non-negative");
        } catch (RuntimeException e) {
            heap.decref(pool);
            throw e;
        }
        boolean stopped = r > n;
        int rr = (int) Math.min(r, Integer.MAX_VALUE / 2);
        int h = allocateWith(stopped ? 0 : rr, pool, 0);
        setData(h, R, rr);
        if (stopped) setData(h, STOPPED, 1);
        else for (int i = 0; i < rr; i++) setData(h, INDICES + i, i);
        return h;
    }

    // CPython 3.11: combinations_next()
    @Override
    public int next(int h) {
        int pool = ref(h, POOL);
        if (getData(h, STOPPED) != 0 || pool == 0) return 0;
        int n = space.tupleSlots.size(pool), r = getData(h, R);
        int result = ref(h, RESULT);
        if (result == 0) {
            result = space.newTupleOfSize(r);
            for (int i = 0; i < r; i++) space.tupleSlots.initItem(result, i, newRef(space, space.tupleSlots.item(pool, getData(h, INDICES + i))));
            setRef(h, RESULT, result);
        } else {
            result = ownResult(h, RESULT);
            // the rightmost index not at its maximum, i + n - r
            int i = r - 1;
            while (i >= 0 && getData(h, INDICES + i) == i + n - r) i--;
            if (i < 0) {
                setData(h, STOPPED, 1);
                return 0;
            }
            setData(h, INDICES + i, getData(h, INDICES + i) + 1);
            for (int j = i + 1; j < r; j++) setData(h, INDICES + j, getData(h, INDICES + j - 1) + 1);
            for (; i < r; i++) replaceItem(result, i, space.tupleSlots.item(pool, getData(h, INDICES + i)));
        }
        heap.incref(result);
        return result;
    }
}
