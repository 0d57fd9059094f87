package dev.pyvm.modules.itertools;

import dev.pyvm.objects.ArgParser;
import dev.pyvm.objects.ObjectSpace;
import dev.pyvm.objects.TextArgs;

/**
 * {@code itertools.combinations_with_replacement(iterable, r)}: REF 0 the pool (a tuple), REF 1
 * the last result (0 before the first), updated in place when nobody else holds it; data:
 * STOPPED, R, then r indices into the pool, as CPython 3.11's cwrobject.
 */
final class CombinationsWithReplacementType extends ItertoolsIterator {
    private static final int POOL = 0, RESULT = 1, STOPPED = 0, R = 1, INDICES = 2;

    CombinationsWithReplacementType(ObjectSpace space) {
        super(space, "combinations_with_replacement", 2, 2);
    }

    // CPython 3.11: Modules/itertoolsmodule.c itertools_combinations_with_replacement_impl()
    @Override
    public int construct(int t, int[] args, int start, int nargs, int kwnames) {
        checkExact(t);
        int[] a = TextArgs.parse(space, "combinations_with_replacement", args, start, nargs, kwnames,
                new String[] {"iterable", "r"}, 0, 2, 2);
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
        boolean stopped = n == 0 && r > 0;
        int h = allocateWith(stopped ? 0 : r, pool, 0);
        setData(h, R, stopped ? 0 : (int) r);
        if (stopped) setData(h, STOPPED, 1);
        return h;
    }

    // CPython 3.11: cwr_next()
    @Override
    public int next(int h) {
        int pool = ref(h, POOL);
        if (getData(h, STOPPED) != 0 || pool == 0) return 0;
        int n = space.tupleSlots.size(pool), r = getData(h, R);
        int result = ref(h, RESULT);
        if (result == 0) {
            result = space.newTupleOfSize(r);
            for (int i = 0; i < r; i++) space.tupleSlots.initItem(result, i, newRef(space, space.tupleSlots.item(pool, 0)));
            setRef(h, RESULT, result);
        } else {
            result = ownResult(h, RESULT);
            // the rightmost index not at its maximum, n - 1
            int i = r - 1;
            while (i >= 0 && getData(h, INDICES + i) == n - 1) i--;
            if (i < 0) {
                setData(h, STOPPED, 1);
                return 0;
            }
            int index = getData(h, INDICES + i) + 1;
            int elem = space.tupleSlots.item(pool, index);
            for (; i < r; i++) {
                setData(h, INDICES + i, index);
                replaceItem(result, i, elem);
            }
        }
        heap.incref(result);
        return result;
    }
}
