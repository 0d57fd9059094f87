package dev.pyvm.objects;

import dev.pyvm.gc.GcHeader;
import dev.pyvm.memory.Heap;
import java.math.BigInteger;

/**
 * {@code slice}: three references, each None when not given.
 * <pre>
 *   [refcnt | type | gc_next | gc_prev | START | STOP | STEP]
 * </pre>
 * One freed slice is kept for reuse, as CPython 3.11's {@code interp->slice_cache}. Slices are
 * unhashable in 3.11.
 *
 * <p>Sequences take a slice apart with {@link #indices}: CPython's PySlice_Unpack followed by
 * PySlice_AdjustIndices, giving the start, stop, step and length of the selection.
 */
public final class SliceType extends TypeSlots {
    static final int START = GcHeader.CONTAINER_HEADER_WORDS;
    static final int STOP = START + 1;
    static final int STEP = START + 2;
    static final int WORDS = START + 3;
    /** CPython 3.11 keeps one slice: interp->slice_cache. */
    static final int MAX_FREE_LIST = 1;

    /** The selection a slice makes of a sequence: CPython's (start, stop, step, slicelength). */
    public record Indices(long start, long stop, long step, long length) {}

    private final int freeList;

    SliceType(ObjectSpace space) {
        super(space);
        freeList = heap.registerFreeList("free PySliceObject", WORDS * Heap.WORD, MAX_FREE_LIST);
    }

    @Override
    public String name() {
        return "slice";
    }

    @Override
    public boolean isContainer() {
        return true;
    }

    public boolean check(int h) {
        return space.typeOf(h) == type;
    }

    /**
     * A new slice of start, stop and step (borrowed; 0 stands for None). CPython: PySlice_New.
     */
    public int newSlice(int start, int stop, int step) {
        int h = heap.freeListPop(freeList);
        if (h == 0) h = heap.newObject(WORDS * Heap.WORD, type);
        else heap.initObject(h, type);
        heap.setInt(h, GcHeader.GC_NEXT, 0);
        heap.setInt(h, GcHeader.GC_PREV, 0);
        heap.setInt(h, START, orNone(start));
        heap.setInt(h, STOP, orNone(stop));
        heap.setInt(h, STEP, orNone(step));
        space.track(h);
        return h;
    }

    private int orNone(int h) {
        if (h == 0) h = space.none;
        heap.incref(h);
        return h;
    }

    /** {@code s.start} (borrowed). */
    public int start(int h) {
        return heap.getInt(h, START);
    }

    public int stop(int h) {
        return heap.getInt(h, STOP);
    }

    public int step(int h) {
        return heap.getInt(h, STEP);
    }

    /**
     * The slice's bounds as longs, Nones filled in for the sign of the step, and each clipped to
     * a long. CPython 3.11: Objects/sliceobject.c PySlice_Unpack().
     */
    public long[] unpack(int h) {
        long step;
        int s = step(h);
        if (s == space.none) {
            step = 1;
        } else {
            step = ArgParser.sliceIndex(space, s);
            if (step == 0) throw space.valueError("slice step cannot be zero");
            // keep -step representable, so that reversing the slice cannot overflow
            if (step < -Long.MAX_VALUE) step = -Long.MAX_VALUE;
        }
        int b = start(h);
        long start = b == space.none ? (step < 0 ? Long.MAX_VALUE : 0) : ArgParser.sliceIndex(space, b);
        int e = stop(h);
        long stop = e == space.none ? (step < 0 ? Long.MIN_VALUE : Long.MAX_VALUE) : ArgParser.sliceIndex(space, e);
        return new long[] {start, stop, step};
    }

    /**
     * Clamps unpacked bounds to a sequence of {@code length} items and counts the selection.
     * CPython 3.11: Objects/sliceobject.c PySlice_AdjustIndices().
     */
    public static Indices adjustIndices(long length, long start, long stop, long step) {
        if (start < 0) {
            start += length;
            if (start < 0) start = step < 0 ? -1 : 0;
        } else if (start >= length) {
            start = step < 0 ? length - 1 : length;
        }
        if (stop < 0) {
            stop += length;
            if (stop < 0) stop = step < 0 ? -1 : 0;
        } else if (stop >= length) {
            stop = step < 0 ? length - 1 : length;
        }
        long n = 0;
        if (step < 0) {
            if (stop < start) n = (start - stop - 1) / (-step) + 1;
        } else if (start < stop) {
            n = (stop - start - 1) / step + 1;
        }
        return new Indices(start, stop, step, n);
    }

    /** What slice h selects of a sequence of {@code length} items. */
    public Indices indices(int h, long length) {
        long[] u = unpack(h);
        return adjustIndices(length, u[0], u[1], u[2]);
    }

    // ---- slots ----

    @Override
    public void dealloc(int h) {
        heap.decref(heap.getInt(h, START));
        heap.decref(heap.getInt(h, STOP));
        heap.decref(heap.getInt(h, STEP));
        heap.freeListPush(freeList, h);
    }

    @Override
    public void traverse(int h, java.util.function.IntConsumer visit) {
        visit.accept(heap.getInt(h, START));
        visit.accept(heap.getInt(h, STOP));
        visit.accept(heap.getInt(h, STEP));
    }

    @Override
    public int repr(int h) {
        return space.newStr("slice(" + space.repr(start(h)) + ", " + space.repr(stop(h)) + ", "
                + space.repr(step(h)) + ")");
    }

    @Override
    public long hash(int h) {
        throw space.typeError("unhashable type: 'slice'");
    }

    private int asTuple(int h) {
        heap.incref(start(h));
        heap.incref(stop(h));
        heap.incref(step(h));
        return space.newTuple(start(h), stop(h), step(h));
    }

    // CPython 3.11: Objects/sliceobject.c slice_richcompare(): compared as (start, stop, step)
    @Override
    public int richCompare(int a, int b, int op) {
        if (!check(b)) return space.notImplemented();
        if (a == b && (op == Compare.EQ || op == Compare.NE)) return space.newBool(op == Compare.EQ);
        int ta = asTuple(a), tb = asTuple(b);
        try {
            return space.richCompare(ta, tb, op);
        } finally {
            heap.decref(ta);
            heap.decref(tb);
        }
    }

    @Override
    public int getAttr(int h, int name) {
        int field = switch (space.strSlots.toJava(name)) {
            case "start" -> START;
            case "stop" -> STOP;
            case "step" -> STEP;
            default -> -1;
        };
        if (field < 0) return super.getAttr(h, name);
        int v = heap.getInt(h, field);
        heap.incref(v);
        return v;
    }

    // CPython 3.11: Objects/sliceobject.c slice_new()
    @Override
    public int construct(int t, int[] args, int start, int nargs, int kwnames) {
        ArgParser.positional(space, "slice", "slice", nargs, kwnames, 1, 3);
        if (nargs == 1) return newSlice(0, args[start], 0);
        return newSlice(args[start], args[start + 1], nargs == 3 ? args[start + 2] : 0);
    }

    /**
     * {@code s.indices(length)}: the normalised (start, stop, step) as a new tuple. CPython 3.11:
     * Objects/sliceobject.c slice_indices() via _PySlice_GetLongIndices().
     */
    int indicesMethod(int h, int lengthArg) {
        BigInteger length;
        int n = ArgParser.asIndex(space, lengthArg);
        try {
            length = space.intSlots.bigValue(n);
        } finally {
            heap.decref(n);
        }
        if (length.signum() < 0) throw space.valueError("length should not be negative");
        BigInteger[] r = longIndices(h, length);
        return space.newTuple(space.newInt(r[0]), space.newInt(r[1]), space.newInt(r[2]));
    }

    /**
     * Start, stop and step of slice h over a sequence of {@code length} items, computed on
     * unbounded ints (as range needs). CPython 3.11: Objects/sliceobject.c _PySlice_GetLongIndices().
     */
    BigInteger[] longIndices(int h, BigInteger length) {
        BigInteger step;
        if (step(h) == space.none) {
            step = BigInteger.ONE;
        } else {
            step = bigIndex(step(h));
            if (step.signum() == 0) throw space.valueError("slice step cannot be zero");
        }
        boolean negative = step.signum() < 0;
        BigInteger lower = negative ? BigInteger.ONE.negate() : BigInteger.ZERO;
        BigInteger upper = negative ? length.add(lower) : length;
        BigInteger start = start(h) == space.none ? (negative ? upper : lower)
                : clamp(bigIndex(start(h)), length, lower, upper);
        BigInteger stop = stop(h) == space.none ? (negative ? lower : upper)
                : clamp(bigIndex(stop(h)), length, lower, upper);
        return new BigInteger[] {start, stop, step};
    }

    private static BigInteger clamp(BigInteger v, BigInteger length,
            BigInteger lower, BigInteger upper) {
        if (v.signum() < 0) {
            v = v.add(length);
            if (v.compareTo(lower) < 0) v = lower;
        } else if (v.compareTo(upper) > 0) {
            v = upper;
        }
        return v;
    }

    private BigInteger bigIndex(int h) {
        if (!ArgParser.isIndex(space, h)) {
            throw space.typeError("slice indices must be integers or None or have an __index__ method");
        }
        int i = ArgParser.asIndex(space, h);
        try {
            return space.intSlots.bigValue(i);
        } finally {
            heap.decref(i);
        }
    }
}
