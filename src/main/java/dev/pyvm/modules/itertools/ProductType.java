package dev.pyvm.modules.itertools;

import dev.pyvm.objects.ArgParser;
import dev.pyvm.objects.ObjectSpace;
import dev.pyvm.objects.TextArgs;

/**
 * {@code itertools.product(*iterables, repeat=1)}: REF 0 the tuple of pools (each a tuple),
 * REF 1 the last result (0 before the first), updated in place when nobody else holds it, as
 * CPython does; data: STOPPED, then one index per pool.
 */
final class ProductType extends ItertoolsIterator {
    private static final int POOLS = 0, RESULT = 1, STOPPED = 0, INDICES = 1;

    ProductType(ObjectSpace space) {
        super(space, "product", 2, 1);
    }

    // CPython 3.11: Modules/itertoolsmodule.c product_new()
    @Override
    public int construct(int t, int[] args, int start, int nargs, int kwnames) {
        checkExact(t);
        int nkw = TextArgs.keywords(space, kwnames);
        long repeat = 1;
        if (nkw > 0) {
            if (nkw > 1) throw space.typeError("product() takes at most 1 keyword argument (" + nkw + " given)");
            if (TextArgs.findKeyword(space, kwnames, "repeat") != 0) {
                String kw = space.strSlots.toJava(space.tupleSlots.item(kwnames, 0));
                throw space.typeError("'" + kw + "' is an invalid keyword argument for product()");
            }
            repeat = ArgParser.asSsize(space, args[start + nargs - 1]);
            if (repeat < 0) throw space.valueError("repeat argument cannot be negative");
        }
        int n = repeat == 0 ? 0 : nargs - nkw; // CPython: the iterables are not even read then
        if (repeat != 0 && n > Long.MAX_VALUE / 8 / repeat) {
            throw space.error(space.exceptions.overflowError, "repeat argument too large");
        }
        heap.checkRequest(n * repeat * 2 * dev.pyvm.memory.Heap.WORD); // the pools and the indices
        int npools = (int) (n * repeat);
        int pools = space.newTupleOfSize(npools);
        try {
            for (int i = 0; i < n; i++) space.tupleSlots.initItem(pools, i, space.tupleSlots.fromIterable(args[start + i]));
        } catch (RuntimeException e) {
            for (int i = 0; i < npools; i++) if (space.tupleSlots.item(pools, i) == 0) space.tupleSlots.initItem(pools, i, space.newNone());
            heap.decref(pools);
            throw e;
        }
        for (int i = n; i < npools; i++) space.tupleSlots.initItem(pools, i, newRef(space, space.tupleSlots.item(pools, i - n)));
        return allocateWith(npools, pools, 0);
    }

    // CPython 3.11: product_next()
    @Override
    public int next(int h) {
        int pools = ref(h, POOLS);
        if (getData(h, STOPPED) != 0 || pools == 0) return 0;
        int npools = space.tupleSlots.size(pools);
        int result = ref(h, RESULT);
        if (result == 0) {
            for (int i = 0; i < npools; i++) {
                if (space.tupleSlots.size(space.tupleSlots.item(pools, i)) == 0) return stop(h);
            }
            result = space.newTupleOfSize(npools);
            for (int i = 0; i < npools; i++) {
                space.tupleSlots.initItem(result, i, newRef(space, space.tupleSlots.item(space.tupleSlots.item(pools, i), 0)));
            }
            setRef(h, RESULT, result);
        } else {
            result = ownResult(h, RESULT);
            int i;
            for (i = npools - 1; i >= 0; i--) {
                int pool = space.tupleSlots.item(pools, i);
                int index = getData(h, INDICES + i) + 1;
                if (index == space.tupleSlots.size(pool)) {
                    setData(h, INDICES + i, 0);
                    replaceItem(result, i, space.tupleSlots.item(pool, 0));
                } else {
                    setData(h, INDICES + i, index);
                    replaceItem(result, i, space.tupleSlots.item(pool, index));
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
