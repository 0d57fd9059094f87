package dev.pyvm.modules;

import dev.pyvm.gc.GcHeader;
import dev.pyvm.memory.Heap;
import dev.pyvm.objects.ObjectSpace;
import dev.pyvm.objects.TypeSlots;

/**
 * {@code _collections._deque_iterator} and {@code _deque_reverse_iterator}: one class, two type
 * objects.
 * <pre>
 *   [refcnt | type | gc_next | gc_prev | DEQUE | INDEX | STATE | COUNTER]
 * </pre>
 * INDEX is the position of the next item, COUNTER how many are left, STATE the deque's state
 * when the iterator was made: once they differ every next raises RuntimeError.
 * CPython 3.11: Modules/_collectionsmodule.c dequeiter_next(), dequereviter_next().
 */
final class DequeIteratorType extends TypeSlots {
    private static final int DEQUE = GcHeader.CONTAINER_HEADER_WORDS;
    private static final int INDEX = DEQUE + 1;
    private static final int STATE = DEQUE + 2;
    private static final int COUNTER = DEQUE + 3;
    private static final int WORDS = DEQUE + 4;

    private final DequeType dq;
    private final boolean reverse;

    private DequeIteratorType(ObjectSpace space, DequeType dq, boolean reverse) {
        super(space);
        this.dq = dq;
        this.reverse = reverse;
    }

    static DequeIteratorType create(ObjectSpace space, DequeType dq, boolean reverse) {
        return space.addType(new DequeIteratorType(space, dq, reverse), t -> {
            int module = space.newStr("_collections");
            space.setTypeAttr(t.type(), "__module__", module);
            heap(space).decref(module);
            space.installSlotWrappers(t, "__iter__");
            space.defineMethod(t.type(), "__length_hint__", (self, args, start, nargs, kwnames) -> {
                Args.none(space, "__length_hint__", nargs, kwnames);
                return space.newInt(space.heap.getInt(self, COUNTER));
            });
        });
    }

    private static Heap heap(ObjectSpace space) {
        return space.heap;
    }

    @Override
    public String name() {
        return reverse ? "_deque_reverse_iterator" : "_deque_iterator";
    }

    @Override
    public int repr(int h) {
        return space.newStr("<_collections." + name() + " object at 0x" + Long.toHexString(heap.address(h)) + ">");
    }

    @Override
    public boolean isContainer() {
        return true;
    }

    /** A new iterator over deque d. */
    int newIterator(int d) {
        int h = heap.newObject(WORDS * Heap.WORD, type());
        heap.setInt(h, GcHeader.GC_NEXT, 0);
        heap.setInt(h, GcHeader.GC_PREV, 0);
        heap.incref(d);
        heap.setInt(h, DEQUE, d);
        heap.setInt(h, INDEX, reverse ? dq.size(d) - 1 : 0);
        heap.setInt(h, STATE, dq.state(d));
        heap.setInt(h, COUNTER, dq.size(d));
        space.track(h);
        return h;
    }

    @Override
    public int next(int h) {
        int d = heap.getInt(h, DEQUE);
        if (d == 0) return 0;
        if (dq.state(d) != heap.getInt(h, STATE)) {
            heap.setInt(h, COUNTER, 0);
            throw dq.mutatedDuringIteration();
        }
        int counter = heap.getInt(h, COUNTER);
        if (counter == 0) return 0;
        int index = heap.getInt(h, INDEX);
        int item = dq.item(d, index);
        heap.setInt(h, INDEX, reverse ? index - 1 : index + 1);
        heap.setInt(h, COUNTER, counter - 1);
        heap.incref(item);
        return item;
    }

    @Override
    public int iter(int h) {
        heap.incref(h);
        return h;
    }

    @Override
    public boolean isIterator() {
        return true;
    }

    @Override
    public void dealloc(int h) {
        int d = heap.getInt(h, DEQUE);
        heap.free(h);
        if (d != 0) heap.decref(d);
    }

    @Override
    public void traverse(int h, java.util.function.IntConsumer visit) {
        int d = heap.getInt(h, DEQUE);
        if (d != 0) visit.accept(d);
    }

    @Override
    public void clear(int h) {
        int d = heap.getInt(h, DEQUE);
        if (d != 0) {
            heap.setInt(h, DEQUE, 0);
            heap.decref(d);
        }
    }
}
