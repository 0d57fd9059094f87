package dev.pyvm.modules.itertools;

import dev.pyvm.objects.NumberOps;
import dev.pyvm.objects.ObjectSpace;
import dev.pyvm.objects.TextArgs;

/**
 * {@code itertools.accumulate(iterable, func=None, *, initial=None)}: REF 0 the function (0:
 * addition), REF 1 the iterator, REF 2 the running total (0 before the first item), REF 3 the
 * initial value still to give (None once given, as CPython keeps it).
 */
final class AccumulateType extends ItertoolsIterator {
    private static final int BINOP = 0, IT = 1, TOTAL = 2, INITIAL = 3;

    AccumulateType(ObjectSpace space) {
        super(space, "accumulate", 4, 0);
    }

    // CPython 3.11: Modules/itertoolsmodule.c itertools_accumulate_impl()
    @Override
    public int construct(int t, int[] args, int start, int nargs, int kwnames) {
        checkExact(t);
        int[] a = TextArgs.parse(space, "accumulate", args, start, nargs, kwnames,
                new String[] {"iterable", "func", "initial"}, 0, 1, 2);
        int it = space.iter(a[0]);
        int func = a[1] == 0 || a[1] == space.none ? 0 : newRef(space, a[1]);
        int initial = a[2] == 0 ? space.newNone() : newRef(space, a[2]);
        return allocate(func, it, 0, initial);
    }

    // CPython 3.11: accumulate_next()
    @Override
    public int next(int h) {
        int initial = ref(h, INITIAL);
        if (initial != 0 && initial != space.none) {
            heap.setInt(h, REFS + INITIAL, space.newNone());
            setRef(h, TOTAL, initial);
            heap.incref(initial);
            return initial;
        }
        int it = ref(h, IT);
        if (it == 0) return 0;
        int val = space.iterNext(it);
        if (val == 0) return 0;
        int total = ref(h, TOTAL);
        if (total == 0) {
            heap.incref(val);
            setRef(h, TOTAL, val);
            return val;
        }
        int binop = ref(h, BINOP);
        int newTotal;
        try {
            newTotal = binop == 0 ? space.binaryOp(total, val, NumberOps.ADD) : space.call(binop, total, val);
        } finally {
            heap.decref(val);
        }
        setRef(h, TOTAL, newTotal);
        heap.incref(newTotal);
        return newTotal;
    }
}
