package dev.pyvm.objects;

import dev.pyvm.memory.Heap;
import java.math.BigInteger;

/**
 * {@code longrange_iterator}: the walk over a range whose values do not all fit a long.
 * <pre>
 *   [refcnt | type | START | STEP | LEN]       each an int handle
 * </pre>
 * START is the next value, LEN how many remain. Holds only ints, so it is no container (as
 * CPython's longrangeiterobject).
 */
public final class LongRangeIteratorType extends TypeSlots {
    static final int START = 2;
    static final int STEP = 3;
    static final int LEN = 4;
    static final int WORDS = 5;

    LongRangeIteratorType(ObjectSpace space) {
        super(space);
    }

    @Override
    public String name() {
        return "longrange_iterator";
    }

    /** A new iterator owning the given (stolen) ints. */
    public int newIterator(int start, int step, int len) {
        int h = heap.newObject(WORDS * Heap.WORD, type);
        heap.setInt(h, START, start);
        heap.setInt(h, STEP, step);
        heap.setInt(h, LEN, len);
        return h;
    }

    @Override
    public void dealloc(int h) {
        heap.decref(heap.getInt(h, START));
        heap.decref(heap.getInt(h, STEP));
        heap.decref(heap.getInt(h, LEN));
        heap.free(h);
    }

    @Override
    public boolean isIterator() {
        return true;
    }

    @Override
    public int iter(int h) {
        heap.incref(h);
        return h;
    }

    /** How many items remain, as an int (a new reference), however many. CPython: longrangeiter_len(). */
    public int remainingObject(int h) {
        BigInteger len = space.intSlots.bigValue(heap.getInt(h, LEN));
        return space.newInt(len.signum() < 0 ? BigInteger.ZERO : len);
    }

    /** How many items remain, for PyObject_LengthHint; OverflowError past a Py_ssize_t. CPython: longrangeiter_len(). */
    public long remaining(int h) {
        BigInteger len = space.intSlots.bigValue(heap.getInt(h, LEN));
        if (len.signum() <= 0) return 0;
        if (len.bitLength() > 63) {
            throw space.error(space.exceptions.overflowError, "Python int too large to convert to C ssize_t");
        }
        return len.longValue();
    }

    // CPython 3.11: Objects/rangeobject.c longrangeiter_next()
    @Override
    public int next(int h) {
        BigInteger len = space.intSlots.bigValue(heap.getInt(h, LEN));
        if (len.signum() <= 0) return 0;
        int result = heap.getInt(h, START);
        int newStart = space.newInt(space.intSlots.bigValue(result).add(space.intSlots.bigValue(heap.getInt(h, STEP))));
        int newLen = space.newInt(len.subtract(BigInteger.ONE));
        heap.setInt(h, START, newStart);
        heap.decref(heap.getInt(h, LEN));
        heap.setInt(h, LEN, newLen);
        return result; // the reference the iterator held passes to the caller
    }
}
