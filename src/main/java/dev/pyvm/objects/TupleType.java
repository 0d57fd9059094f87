package dev.pyvm.objects;

import dev.pyvm.gc.GcHeader;
import dev.pyvm.memory.Heap;

/**
 * {@code tuple}: a container with its items inline.
 * <pre>
 *   [refcnt | type | gc_next | gc_prev | SIZE | item 0 | item 1 | …]
 * </pre>
 * Freed tuples of fewer than MAX_SAVED_SIZE items are kept on free lists by length.
 */
public final class TupleType extends TypeSlots {
    static final int SIZE = GcHeader.CONTAINER_HEADER_WORDS;
    static final int ITEMS = SIZE + 1;
    /** CPython: PyTuple_MAXSAVESIZE and PyTuple_MAXFREELIST. */
    static final int MAX_SAVED_SIZE = 20;
    static final int MAX_FREE_LIST = 2000;

    private final int[] freeLists = new int[MAX_SAVED_SIZE];

    TupleType(ObjectSpace space) {
        super(space);
        for (int n = 1; n < MAX_SAVED_SIZE; n++) {
            freeLists[n] = heap.registerFreeList("free " + n + "-sized PyTupleObject", (ITEMS + n) * Heap.WORD, MAX_FREE_LIST);
        }
    }

    @Override
    public String name() {
        return "tuple";
    }

    @Override
    public boolean isContainer() {
        return true;
    }

    /** A new tuple of n items, each 0 until the caller sets it with {@link #initItem}. */
    public int allocate(int n) {
        return allocate(type, n);
    }

    /** A new instance of t (tuple, or a type with the tuple's layout) of n items, each 0 until set. */
    int allocate(int t, int n) {
        int h = t == type && n > 0 && n < MAX_SAVED_SIZE ? heap.freeListPop(freeLists[n]) : 0;
        if (h == 0) h = heap.newObject((ITEMS + Math.max(n, 1)) * Heap.WORD, t);
        else heap.initObject(h, t);
        heap.setInt(h, GcHeader.GC_NEXT, 0);
        heap.setInt(h, GcHeader.GC_PREV, 0);
        heap.setInt(h, SIZE, n);
        heap.fillWords(h, ITEMS, n, 0);
        space.track(h);
        return h;
    }

    public int size(int h) {
        return heap.getInt(h, SIZE);
    }

    /** Item i (borrowed). */
    public int item(int h, int i) {
        return heap.getInt(h, ITEMS + i);
    }

    /** Sets item i of a tuple being built, stealing the reference (tuples are immutable once built). */
    public void initItem(int h, int i, int value) {
        heap.setInt(h, ITEMS + i, value);
    }

    public boolean check(int h) {
        int t = space.typeOf(h);
        return t == type || space.isSubtype(t, type);
    }

    @Override
    public void dealloc(int h) {
        int n = heap.getInt(h, SIZE);
        for (int i = n - 1; i >= 0; i--) {
            int item = heap.getInt(h, ITEMS + i);
            if (item != 0) heap.decref(item);
        }
        if (n > 0 && n < MAX_SAVED_SIZE && space.typeOf(h) == type) heap.freeListPush(freeLists[n], h);
        else heap.free(h);
    }

    @Override
    // CPython 3.11: Objects/tupleobject.c tupletraverse(): last item first
    public void traverse(int h, java.util.function.IntConsumer visit) {
        int n = heap.getInt(h, SIZE);
        for (int i = n - 1; i >= 0; i--) { // last to first, as CPython's tupletraverse
            int item = heap.getInt(h, ITEMS + i);
            if (item != 0) visit.accept(item);
        }
    }

    @Override
    public long length(int h) {
        return size(h);
    }

    @Override
    public boolean isTrue(int h) {
        return size(h) != 0;
    }

    @Override
    public int repr(int h) {
        return reprByBuilder(h);
    }

    @Override
    public void reprTo(int h, StringBuilder b) {
        int n = size(h);
        if (n == 0) {
            b.append("()");
            return;
        }
        if (!space.reprEnter(h)) {
            b.append("(...)");
            return;
        }
        try {
            b.append('(');
            for (int i = 0; i < n; i++) {
                if (i > 0) b.append(", ");
                space.reprTo(item(h, i), b);
            }
            b.append(n == 1 ? ",)" : ")");
        } finally {
            space.reprLeave(h);
        }
    }

    // CPython 3.11: Objects/tupleobject.c tuplehash() (xxHash's mixing)
    @Override
    public long hash(int h) {
        final long prime1 = 0x9E3779B185EBCA87L, prime2 = 0xC2B2AE3D27D4EB4FL, prime5 = 0x27D4EB2F165667C5L;
        int n = size(h);
        long acc = prime5;
        for (int i = 0; i < n; i++) {
            long lane = space.hash(item(h, i));
            acc += lane * prime2;
            acc = Long.rotateLeft(acc, 31);
            acc *= prime1;
        }
        acc += n ^ (prime5 ^ 3527539L);
        return acc == -1 ? 1546275796 : acc;
    }

    @Override
    public int richCompare(int a, int b, int op) {
        if (!check(b)) return space.notImplemented();
        return Sequences.compare(space, a, size(a), b, size(b), op, this::item);
    }

    @Override
    public boolean contains(int h, int key) {
        int n = size(h);
        for (int i = 0; i < n; i++) {
            int item = item(h, i);
            if (item == key || space.eq(item, key)) return true;
        }
        return false;
    }

    @Override
    public int getItem(int h, int key) {
        if (space.sequences.slice.check(key)) return getSlice(h, key);
        int i = Sequences.index(space, key, size(h), "tuple");
        int item = item(h, i);
        heap.incref(item);
        return item;
    }

    @Override
    public int binaryOp(int a, int b, int op) {
        if (op == NumberOps.ADD && check(a) && !check(b)) {
            ListType.sequenceOperandError(space, "tuple", op, b, "__radd__");
            return space.notImplemented();
        }
        if (op == NumberOps.MULTIPLY) {
            int seq = check(a) ? a : b, n = seq == a ? b : a;
            if (!ArgParser.isIndex(space, n)) {
                if (seq == a) ListType.sequenceOperandError(space, "tuple", op, n, "__rmul__");
                return space.notImplemented();
            }
            return repeat(seq, ListType.repeatCount(space, n));
        }
        if (op == NumberOps.ADD && check(a) && check(b)) {
            int na = size(a), nb = size(b);
            // CPython 3.11's tupleconcat: an empty operand gives the other back, if an exact tuple
            if (na == 0 && space.typeOf(b) == type) return incref(b);
            if (nb == 0 && space.typeOf(a) == type) return incref(a);
            int r = space.newTupleOfSize(na + nb);
            for (int i = 0; i < na; i++) initItem(r, i, incref(item(a, i)));
            for (int i = 0; i < nb; i++) initItem(r, na + i, incref(item(b, i)));
            return r;
        }
        return space.notImplemented();
    }

    // CPython 3.11: Objects/tupleobject.c tuple_repeat()
    private int repeat(int a, long n) {
        int size = size(a);
        if ((size == 0 || n == 1) && space.typeOf(a) == type) return incref(a);
        if (size == 0 || n <= 0) return space.newTupleOfSize(0);
        if (size > Integer.MAX_VALUE / n) throw space.error(space.exceptions.memoryError, "");
        int r = space.newTupleOfSize((int) (size * n));
        for (long k = 0; k < n; k++) {
            for (int i = 0; i < size; i++) initItem(r, (int) (k * size + i), incref(item(a, i)));
        }
        return r;
    }

    // CPython 3.11: Objects/tupleobject.c tuplesubscript()
    private int getSlice(int h, int key) {
        SliceType.Indices ix = space.sequences.slice.indices(key, size(h));
        int n = (int) ix.length();
        if (ix.start() == 0 && ix.step() == 1 && n == size(h) && space.typeOf(h) == type) return incref(h);
        int r = space.newTupleOfSize(n);
        for (int i = 0; i < n; i++) initItem(r, i, incref(item(h, (int) (ix.start() + i * ix.step()))));
        return r;
    }

    @Override
    public int iter(int h) {
        return space.sequences.tupleIterator.newIterator(h, 0);
    }

    /** {@code tuple(iterable)}: a new reference. CPython: PySequence_Tuple. */
    public int fromIterable(int iterable) {
        if (space.typeOf(iterable) == type) return incref(iterable);
        int list = space.listSlots.fromIterable(iterable);
        try {
            int n = space.listSlots.size(list);
            int r = space.newTupleOfSize(n);
            for (int i = 0; i < n; i++) initItem(r, i, incref(space.listSlots.item(list, i)));
            return r;
        } finally {
            heap.decref(list);
        }
    }

    // CPython 3.11: tuple_vectorcall()
    @Override
    public int construct(int t, int[] args, int start, int nargs, int kwnames) {
        ArgParser.noKeywords(space, "tuple", kwnames);
        ArgParser.checkPositional(space, "tuple", nargs, 0, 1);
        return nargs == 0 ? space.newTupleOfSize(0) : fromIterable(args[start]);
    }

    @Override
    public boolean acceptableBase() {
        return true;
    }

    /** The copy holds its own references to the items and is a tracked container. */
    @Override
    protected void copiedToSubtype(int h) {
        heap.setInt(h, GcHeader.GC_NEXT, 0);
        heap.setInt(h, GcHeader.GC_PREV, 0);
        int n = heap.getInt(h, SIZE);
        for (int i = 0; i < n; i++) heap.incref(heap.getInt(h, ITEMS + i));
        space.track(h);
    }

    /** Whether item i equals x. */
    private boolean itemEquals(int h, int i, int x) {
        int item = item(h, i);
        return item == x || space.eq(item, x);
    }

    /** {@code t.index(x, start, stop)}. CPython 3.11: tuple_index_impl(). */
    public int index(int h, int x, long start, long stop) {
        int n = size(h);
        if (start < 0) {
            start += n;
            if (start < 0) start = 0;
        }
        if (stop < 0) {
            stop += n;
        } else if (stop > n) {
            stop = n;
        }
        for (long i = start; i < stop; i++) if (itemEquals(h, (int) i, x)) return space.newInt(i);
        throw space.valueError("tuple.index(x): x not in tuple");
    }

    /** {@code t.count(x)}. */
    public int count(int h, int x) {
        long count = 0;
        for (int i = 0; i < size(h); i++) if (itemEquals(h, i, x)) count++;
        return space.newInt(count);
    }

    private int incref(int h) {
        heap.incref(h);
        return h;
    }
}
