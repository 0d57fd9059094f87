package dev.pyvm.objects;

import dev.pyvm.gc.GcHeader;
import dev.pyvm.memory.Heap;

/**
 * {@code set_iterator}, CPython 3.11's setiterobject:
 * <pre>
 *   [refcnt | type | gc_next | gc_prev | SET | USED | POS | LEN]
 * </pre>
 * SET is the set (0 once exhausted), USED its size when iteration began (a set whose size
 * changes raises RuntimeError, and stays failed), POS the next table position, LEN the items left.
 */
public final class SetIteratorType extends SourceIteratorType {
    static final int SET = GcHeader.CONTAINER_HEADER_WORDS;
    static final int USED = SET + 1;
    static final int POS = SET + 2;
    static final int LEN = SET + 3;
    static final int WORDS = SET + 4;

    SetIteratorType(ObjectSpace space) {
        super(space, SET);
    }

    @Override
    public String name() {
        return "set_iterator";
    }

    @Override
    public boolean isContainer() {
        return true;
    }

    /** A new iterator over set or frozenset {@code so} (borrowed). CPython 3.11: set_iter(). */
    int newIterator(int so) {
        int h = heap.newObject(WORDS * Heap.WORD, type);
        heap.setInt(h, GcHeader.GC_NEXT, 0);
        heap.setInt(h, GcHeader.GC_PREV, 0);
        heap.incref(so);
        heap.setInt(h, SET, so);
        int used = space.sequences.set.size(so);
        heap.setInt(h, USED, used);
        heap.setInt(h, POS, 0);
        heap.setInt(h, LEN, used);
        space.track(h);
        return h;
    }

    // CPython 3.11: Objects/setobject.c setiter_iternext()
    @Override
    public int next(int h) {
        int so = heap.getInt(h, SET);
        if (so == 0) return 0;
        SetType sets = space.sequences.set;
        if (heap.getInt(h, USED) != sets.size(so)) {
            heap.setInt(h, USED, -1); // make this state sticky
            throw space.error(space.sequences.runtimeError(), "Set changed size during iteration");
        }
        int e = sets.next(so, heap.getInt(h, POS));
        if (e < 0) {
            heap.setInt(h, SET, 0);
            heap.decref(so);
            return 0;
        }
        heap.setInt(h, POS, e + 1);
        heap.setInt(h, LEN, heap.getInt(h, LEN) - 1);
        int key = sets.entryKey(so, e);
        heap.incref(key);
        return key;
    }

    /** How many items remain: {@code __length_hint__}. */
    public long remaining(int h) {
        int so = heap.getInt(h, SET);
        return so != 0 && heap.getInt(h, USED) == space.sequences.set.size(so) ? heap.getInt(h, LEN) : 0;
    }
}
