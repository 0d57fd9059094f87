package dev.pyvm.objects;

import dev.pyvm.memory.Heap;

/**
 * {@code range_iterator}: a walk over machine ints, what {@code for i in range(n)} runs on.
 * <pre>
 *   [refcnt | type | START (2 words) | STEP (2 words) | LEN (2 words)]
 * </pre>
 * START is the next value, LEN how many remain. Holds no references (CPython's rangeiterobject is
 * no container either). Made by {@link RangeType} only when {@code START + LEN * STEP} fits a
 * long, so stepping never overflows.
 */
public final class RangeIteratorType extends TypeSlots {
    static final int START = 2;
    static final int STEP = 4;
    static final int LEN = 6;
    static final int WORDS = 8;

    RangeIteratorType(ObjectSpace space) {
        super(space);
    }

    @Override
    public String name() {
        return "range_iterator";
    }

    /** A new iterator yielding {@code len} ints from {@code start} by {@code step}. */
    public int newIterator(long start, long step, long len) {
        int h = heap.newObject(WORDS * Heap.WORD, type);
        heap.setLong(h, START, start);
        heap.setLong(h, STEP, step);
        heap.setLong(h, LEN, len);
        return h;
    }

    @Override
    public void dealloc(int h) {
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

    // CPython 3.11: Objects/rangeobject.c rangeiter_next()
    @Override
    public int next(int h) {
        long len = heap.getLong(h, LEN);
        if (len <= 0) return 0;
        long result = heap.getLong(h, START);
        heap.setLong(h, START, result + heap.getLong(h, STEP));
        heap.setLong(h, LEN, len - 1);
        return space.newInt(result);
    }

    /** How many items remain: {@code __length_hint__}. */
    public long remaining(int h) {
        return Math.max(0, heap.getLong(h, LEN));
    }
}
