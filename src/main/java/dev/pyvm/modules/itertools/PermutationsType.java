package dev.pyvm.modules.itertools;

import dev.pyvm.objects.ObjectSpace;
import dev.pyvm.objects.TextArgs;

/**
 * {@code itertools.permutations(iterable, r=None)}: REF 0 the pool (a tuple), REF 1 the last
 * result (0 before the first), updated in place when nobody else holds it; data: STOPPED, R,
 * then n indices into the pool and r cycle counters, as CPython 3.11's permutationsobject.
 */
final class PermutationsType extends ItertoolsIterator {
    private static final int POOL = 0, RESULT = 1, STOPPED = 0, R = 1, INDICES = 2;

    PermutationsType(ObjectSpace space) {
        super(space, "permutations", 2, 2);
    }

    // CPython 3.11: Modules/itertoolsmodule.c itertools_permutations_impl()
    @Override
    public int construct(int t, int[] args, int start, int nargs, int kwnames) {
        checkExact(t);
        int[] a = TextArgs.parse(space, "permutations", args, start, nargs, kwnames, new String[] {"iterable", "r"}, 0, 1, 2);
        int pool = space.tupleSlots.fromIterable(a[0]);
        int n = space.tupleSlots.size(pool);
        long r = n;
        try {
            if (a[1] != 0 && a[1] != space.none) {
                if (!space.intSlots.check(a[1])) throw space.typeError("Expected int as r");
                r = TextArgs.index(space, a[1]);
            }
            if (r < 0) throw space.valueError("r must be non-negative");
        } catch (RuntimeException e) {
            heap.decref(pool);
            throw e;
        }
        int rr = (int) Math.min(r, Integer.MAX_VALUE / 2);
        int h = allocateWith(n + (r > n ? 0 : rr), pool, 0);
        setData(h, R, rr);
        for (int i = 0; i < n; i++) setData(h, INDICES + i, i);
        if (r > n) setData(h, STOPPED, 1);
        else for (int i = 0; i < rr; i++) setData(h, INDICES + n + i, n - i);
        return h;
    }

    // CPython 3.11: permutations_next()
    @Override
    public int next(int h) {
        int pool = ref(h, POOL);
        if (getData(h, STOPPED) != 0 || pool == 0) return 0;
        int n = space.tupleSlots.size(pool), r = getData(h, R);
        int cycles = INDICES + n;
        int result = ref(h, RESULT);
        if (result == 0) {
            result = space.newTupleOfSize(r);
            for (int i = 0; i < r; i++) space.tupleSlots.initItem(result, i, newRef(space, space.tupleSlots.item(pool, getData(h, INDICES + i))));
            setRef(h, RESULT, result);
        } else {
            if (n == 0) return stop(h);
            result = ownResult(h, RESULT);
            int i;
            for (i = r - 1; i >= 0; i--) {
                int c = getData(h, cycles + i) - 1;
                setData(h, cycles + i, c);
                if (c == 0) {
                    // indices[i:] = indices[i+1:] + indices[i:i+1]
                    int index = getData(h, INDICES + i);
                    for (int j = i; j < n - 1; j++) setData(h, INDICES + j, getData(h, INDICES + j + 1));
                    setData(h, INDICES + n - 1, index);
                    setData(h, cycles + i, n - i);
                } else {
                    int j = c;
                    int index = getData(h, INDICES + i);
                    setData(h, INDICES + i, getData(h, INDICES + n - j));
                    setData(h, INDICES + n - j, index);
                    for (int k = i; k < r; k++) replaceItem(result, k, space.tupleSlots.item(pool, getData(h, INDICES + k)));
                    break;
                }
            }
            if (i < 0) return stop(h);
        }
        heap.incref(result);
        return result;
    }

    private int stop(int h) {
        setData(h, STOPPED, 1);
        return 0;
    }
}
