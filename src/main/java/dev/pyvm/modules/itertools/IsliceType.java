package dev.pyvm.modules.itertools;

import dev.pyvm.objects.ArgParser;
import dev.pyvm.objects.ObjectSpace;
import dev.pyvm.objects.PyException;
import dev.pyvm.objects.TextArgs;

/**
 * {@code itertools.islice(iterable, stop)} and {@code islice(iterable, start, stop[, step])}:
 * REF 0 the iterator (dropped at the end); data: NEXT the index of the next item to give, STOP
 * (-1 for None), STEP, CNT the number of items consumed, each a long.
 */
final class IsliceType extends ItertoolsIterator {
    private static final int IT = 0, NEXT = 0, STOP = 2, STEP = 4, CNT = 6;
    private static final String STOP_ERROR = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";

    IsliceType(ObjectSpace space) {
        super(space, "islice", 1, 8);
    }

    // CPython 3.11: Modules/itertoolsmodule.c islice_new()
    @Override
    public int construct(int t, int[] args, int start, int nargs, int kwnames) {
        checkExact(t);
        TextArgs.noKeywords(space, "islice", kwnames);
        TextArgs.checkPositional(space, "islice", nargs, 2, 4);
        int seq = args[start];
        long first = 0, stop = -1, step = 1;
        if (nargs == 2) {
            int a1 = args[start + 1];
            if (a1 != space.none) {
                stop = index(a1);
                if (stop == -1) throw space.valueError(STOP_ERROR);
            }
        } else {
            int a1 = args[start + 1], a2 = args[start + 2];
            if (a1 != space.none) first = index(a1);
            if (a2 != space.none) {
                stop = index(a2);
                if (stop == -1) throw space.valueError(STOP_ERROR);
            }
        }
        if (first < 0 || stop < -1) {
            throw space.valueError("Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
        }
        if (nargs == 4 && args[start + 3] != space.none) step = index(args[start + 3]);
        if (step < 1) throw space.valueError("Step for islice() must be a positive integer or None.");
        int it = space.iter(seq);
        int h = allocate(it);
        setDataLong(h, NEXT, first);
        setDataLong(h, STOP, stop);
        setDataLong(h, STEP, step);
        setDataLong(h, CNT, 0);
        return h;
    }

    /** CPython: PyNumber_AsSsize_t(x, PyExc_OverflowError), any error turned into -1. */
    private long index(int x) {
        try {
            return ArgParser.asSsize(space, x);
        } catch (PyException e) {
            heap.decref(e.exception());
            return -1;
        }
    }

    // CPython 3.11: islice_next()
    @Override
    public int next(int h) {
        int it = ref(h, IT);
        if (it == 0) return 0;
        long stop = getDataLong(h, STOP);
        try {
            while (getDataLong(h, CNT) < getDataLong(h, NEXT)) {
                int item = space.iterNext(it);
                if (item == 0) return empty(h);
                heap.decref(item);
                setDataLong(h, CNT, getDataLong(h, CNT) + 1);
            }
            if (stop != -1 && getDataLong(h, CNT) >= stop) return empty(h);
            int item = space.iterNext(it);
            if (item == 0) return empty(h);
            setDataLong(h, CNT, getDataLong(h, CNT) + 1);
            long old = getDataLong(h, NEXT);
            long next = old + getDataLong(h, STEP);
            if (next < old || (stop != -1 && next > stop)) next = stop;
            setDataLong(h, NEXT, next);
            return item;
        } catch (RuntimeException e) {
            empty(h);
            throw e;
        }
    }

    private int empty(int h) {
        setRef(h, IT, 0);
        return 0;
    }
}
