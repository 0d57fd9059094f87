package dev.pyvm.objects;

import dev.pyvm.memory.Heap;
import java.math.BigInteger;

/**
 * {@code range}: four ints, as CPython's rangeobject, the length computed once.
 * <pre>
 *   [refcnt | type | START | STOP | STEP | LENGTH]       each an int handle
 * </pre>
 * Not a container: ints hold no references. Arithmetic takes the machine-int path when every
 * value fits a long and falls back to unbounded ints otherwise, so {@code range(10 ** 20)} works
 * as in CPython. Iteration hands out a {@link RangeIteratorType range_iterator} on longs when the
 * whole walk fits them, else a {@link LongRangeIteratorType longrange_iterator}.
 */
public final class RangeType extends TypeSlots {
    static final int START = 2;
    static final int STOP = 3;
    static final int STEP = 4;
    static final int LENGTH = 5;
    static final int WORDS = 6;

    RangeType(ObjectSpace space) {
        super(space);
    }

    @Override
    public String name() {
        return "range";
    }

    public boolean check(int h) {
        return space.typeOf(h) == type;
    }

    /** {@code range(start, stop, step)} for ints (borrowed; step not zero). */
    public int newRange(int start, int stop, int step) {
        int length = space.newInt(computeLength(big(start), big(stop), big(step)));
        int h = heap.newObject(WORDS * Heap.WORD, type);
        heap.incref(start);
        heap.incref(stop);
        heap.incref(step);
        heap.setInt(h, START, start);
        heap.setInt(h, STOP, stop);
        heap.setInt(h, STEP, step);
        heap.setInt(h, LENGTH, length);
        return h;
    }

    /** {@code range(start, stop, step)} for machine ints. */
    public int newRange(long start, long stop, long step) {
        int a = space.newInt(start), b = space.newInt(stop), c = space.newInt(step);
        try {
            return newRange(a, b, c);
        } finally {
            heap.decref(a);
            heap.decref(b);
            heap.decref(c);
        }
    }

    private BigInteger big(int h) {
        return space.intSlots.bigValue(h);
    }

    /** The fields (borrowed). */
    public int start(int h) {
        return heap.getInt(h, START);
    }

    public int stop(int h) {
        return heap.getInt(h, STOP);
    }

    public int step(int h) {
        return heap.getInt(h, STEP);
    }

    /** The length as an int object (borrowed). */
    public int lengthObject(int h) {
        return heap.getInt(h, LENGTH);
    }

    // CPython 3.11: Objects/rangeobject.c compute_range_length()
    static BigInteger computeLength(BigInteger start, BigInteger stop, BigInteger step) {
        BigInteger lo, hi;
        if (step.signum() > 0) {
            lo = start;
            hi = stop;
        } else {
            lo = stop;
            hi = start;
            step = step.negate();
        }
        if (lo.compareTo(hi) >= 0) return BigInteger.ZERO;
        return hi.subtract(lo).subtract(BigInteger.ONE).divide(step).add(BigInteger.ONE);
    }

    /** Whether every field is a machine int. */
    private boolean small(int h) {
        return space.intSlots.isSmall(start(h)) && space.intSlots.isSmall(stop(h)) && space.intSlots.isSmall(step(h))
                && space.intSlots.isSmall(lengthObject(h));
    }

    private long lv(int h) {
        return space.intSlots.longValue(h);
    }

    // ---- slots ----

    @Override
    public void dealloc(int h) {
        heap.decref(heap.getInt(h, START));
        heap.decref(heap.getInt(h, STOP));
        heap.decref(heap.getInt(h, STEP));
        heap.decref(heap.getInt(h, LENGTH));
        heap.free(h);
    }

    @Override
    public long length(int h) {
        int n = lengthObject(h);
        if (!space.intSlots.isSmall(n)) {
            throw space.error(space.exceptions.overflowError, "Python int too large to convert to C ssize_t");
        }
        return lv(n);
    }

    @Override
    public boolean isTrue(int h) {
        return space.isTrue(lengthObject(h));
    }

    @Override
    public int repr(int h) {
        String s = "range(" + space.repr(start(h)) + ", " + space.repr(stop(h));
        int step = step(h);
        if (!(space.intSlots.isSmall(step) && lv(step) == 1)) s += ", " + space.repr(step);
        return space.newStr(s + ")");
    }

    // CPython 3.11: Objects/rangeobject.c range_equals()
    private boolean rangeEquals(int a, int b) {
        if (a == b) return true;
        if (!big(lengthObject(a)).equals(big(lengthObject(b)))) return false;
        int sign = big(lengthObject(a)).signum();
        if (sign == 0) return true;
        if (!big(start(a)).equals(big(start(b)))) return false;
        if (big(lengthObject(a)).equals(BigInteger.ONE)) return true;
        return big(step(a)).equals(big(step(b)));
    }

    @Override
    public int richCompare(int a, int b, int op) {
        if (!check(b) || (op != Compare.EQ && op != Compare.NE)) return space.notImplemented();
        return space.newBool(rangeEquals(a, b) == (op == Compare.EQ));
    }

    // CPython 3.11: Objects/rangeobject.c range_hash(): hash((len, start, step)), Nones for what equality ignores
    @Override
    public long hash(int h) {
        int len = lengthObject(h);
        BigInteger n = big(len);
        heap.incref(len);
        int start = n.signum() == 0 ? space.newNone() : incref(start(h));
        int step = n.signum() == 0 || n.equals(BigInteger.ONE) ? space.newNone() : incref(step(h));
        int t = space.newTuple(len, start, step);
        try {
            return space.hash(t);
        } finally {
            heap.decref(t);
        }
    }

    private int incref(int h) {
        heap.incref(h);
        return h;
    }

    /** The item at index i (an int, borrowed): a new int. CPython: compute_range_item() with its bounds check. */
    private int item(int h, int i) {
        if (space.intSlots.isSmall(i) && small(h)) {
            long index = lv(i), len = lv(lengthObject(h));
            if (index < 0) index += len;
            if (index < 0 || index >= len) throw space.error(space.exceptions.indexError, "range object index out of range");
            try {
                return space.newInt(Math.addExact(lv(start(h)), Math.multiplyExact(index, lv(step(h)))));
            } catch (ArithmeticException overflow) {
                // fall through to unbounded ints
            }
        }
        BigInteger index = big(i), len = big(lengthObject(h));
        if (index.signum() < 0) index = index.add(len);
        if (index.signum() < 0 || index.compareTo(len) >= 0) {
            throw space.error(space.exceptions.indexError, "range object index out of range");
        }
        return space.newInt(big(start(h)).add(index.multiply(big(step(h)))));
    }

    @Override
    public int getItem(int h, int key) {
        if (ArgParser.isIndex(space, key)) {
            int i = ArgParser.asIndex(space, key);
            try {
                return item(h, i);
            } finally {
                heap.decref(i);
            }
        }
        if (space.sequences.slice.check(key)) return slice(h, key);
        throw space.typeError("range indices must be integers or slices, not " + space.typeName(space.typeOf(key)));
    }

    // CPython 3.11: Objects/rangeobject.c compute_slice()
    private int slice(int h, int slice) {
        BigInteger[] r = space.sequences.slice.longIndices(slice, big(lengthObject(h)));
        BigInteger start = big(start(h)), step = big(step(h));
        int a = space.newInt(start.add(r[0].multiply(step)));
        int b = space.newInt(start.add(r[1].multiply(step)));
        int c = space.newInt(step.multiply(r[2]));
        try {
            return newRange(a, b, c);
        } finally {
            heap.decref(a);
            heap.decref(b);
            heap.decref(c);
        }
    }

    /** Whether an exact int or bool takes the arithmetic path of {@code in}, count and index. */
    private boolean exactInt(int key) {
        int t = space.typeOf(key);
        return t == space.intSlots.type() || t == space.boolSlots.type();
    }

    // CPython 3.11: Objects/rangeobject.c range_contains_long()
    private boolean containsInt(int h, int key) {
        if (space.intSlots.isSmall(key) && small(h)) {
            long ob = lv(key), start = lv(start(h)), stop = lv(stop(h)), step = lv(step(h));
            boolean inside = step > 0 ? start <= ob && ob < stop : ob <= start && stop < ob;
            if (!inside) return false;
            // ob - start cannot overflow here: both lie between start and stop
            return Math.floorMod(ob - start, step) == 0;
        }
        BigInteger ob = big(key), start = big(start(h)), stop = big(stop(h)), step = big(step(h));
        boolean inside = step.signum() > 0 ? start.compareTo(ob) <= 0 && ob.compareTo(stop) < 0
                : ob.compareTo(start) <= 0 && stop.compareTo(ob) < 0;
        return inside && ob.subtract(start).mod(step.abs()).signum() == 0;
    }

    @Override
    public boolean contains(int h, int key) {
        if (exactInt(key)) return containsInt(h, key);
        return super.contains(h, key);
    }

    // CPython 3.11: Objects/rangeobject.c range_iter()
    @Override
    public int iter(int h) {
        return iterator(big(start(h)), big(step(h)), big(lengthObject(h)));
    }

    /** A range_iterator when start, step, length and the end of the walk fit longs, else a longrange_iterator. */
    private int iterator(BigInteger start, BigInteger step, BigInteger len) {
        BigInteger end = start.add(step.multiply(len));
        if (fits(start) && fits(step) && fits(len) && fits(end)) {
            return space.sequences.rangeIterator.newIterator(start.longValue(), step.longValue(), len.longValue());
        }
        int a = space.newInt(start), b = space.newInt(step), c = space.newInt(len);
        return space.sequences.longRangeIterator.newIterator(a, b, c);
    }

    private static boolean fits(BigInteger v) {
        return v.bitLength() < 64 && v.longValue() != Long.MIN_VALUE;
    }

    /** {@code reversed(r)}: CPython 3.11 range_reverse(), the walk from the last item back. */
    int reversed(int h) {
        BigInteger len = big(lengthObject(h)), step = big(step(h));
        BigInteger last = big(start(h)).add(len.subtract(BigInteger.ONE).multiply(step));
        if (len.signum() == 0) last = big(start(h)).subtract(step);
        return iterator(last, step.negate(), len);
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
        return incref(heap.getInt(h, field));
    }

    /** {@code r.count(x)}. CPython 3.11: Objects/rangeobject.c range_count(). */
    int count(int h, int x) {
        if (exactInt(x)) return space.newInt(containsInt(h, x) ? 1 : 0);
        long n = 0;
        int it = iter(h);
        try {
            for (int item; (item = space.iterNext(it)) != 0; ) {
                try {
                    if (space.eq(item, x)) n++;
                } finally {
                    heap.decref(item);
                }
            }
        } finally {
            heap.decref(it);
        }
        return space.newInt(n);
    }

    /** {@code r.index(x)}. CPython 3.11: Objects/rangeobject.c range_index(). */
    int index(int h, int x) {
        if (!exactInt(x)) {
            long i = 0;
            int it = iter(h);
            try {
                for (int item; (item = space.iterNext(it)) != 0; i++) {
                    boolean found;
                    try {
                        found = space.eq(item, x);
                    } finally {
                        heap.decref(item);
                    }
                    if (found) return space.newInt(i);
                }
            } finally {
                heap.decref(it);
            }
            throw space.valueError("sequence.index(x): x not in sequence");
        }
        if (!containsInt(h, x)) throw space.valueError(space.repr(x) + " is not in range");
        return space.newInt(big(x).subtract(big(start(h))).divide(big(step(h))));
    }

    // CPython 3.11: Objects/rangeobject.c range_new() / range_from_array()
    @Override
    public int construct(int t, int[] args, int start, int nargs, int kwnames) {
        ArgParser.noKeywords(space, "range", kwnames);
        ArgParser.checkPositional(space, "range", nargs, 1, 3);
        int[] v = new int[3];
        try {
            for (int i = 0; i < nargs; i++) v[i] = ArgParser.asIndex(space, args[start + i]);
            if (nargs == 1) {
                v[1] = v[0];
                v[0] = space.newInt(0);
            }
            if (nargs == 3 && big(v[2]).signum() == 0) throw space.valueError("range() arg 3 must not be zero");
            if (nargs < 3) v[2] = space.newInt(1);
            return newRange(v[0], v[1], v[2]);
        } finally {
            for (int x : v) if (x != 0) heap.decref(x);
        }
    }
}
