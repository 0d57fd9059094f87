package dev.pyvm.modules;

import dev.pyvm.gc.GcHeader;
import dev.pyvm.memory.Heap;
import dev.pyvm.objects.ArgParser;
import dev.pyvm.objects.Compare;
import dev.pyvm.objects.NumberOps;
import dev.pyvm.objects.ObjectSpace;
import dev.pyvm.objects.TypeSlots;

/**
 * {@code collections.deque}: a ring buffer in one raw block that doubles when full and halves
 * when a quarter full (CPython's deque is a list of 64-item blocks; what Python sees is the same).
 * <pre>
 *   deque  [refcnt | type | gc_next | gc_prev | LEFT | SIZE | ITEMS | CAPACITY | MAXLEN | STATE]
 *   ITEMS  [CAPACITY words: item i at (LEFT + i) % CAPACITY]           (a raw block, 0 when empty)
 * </pre>
 * MAXLEN is -1 for an unbounded deque. STATE counts the mutations that invalidate iterators
 * (CPython: deque->state), so that an iterator sees "deque mutated during iteration".
 * CPython 3.11: Modules/_collectionsmodule.c.
 */
final class DequeType extends TypeSlots {
    static final int LEFT = GcHeader.CONTAINER_HEADER_WORDS;
    static final int SIZE = LEFT + 1;
    static final int ITEMS = LEFT + 2;
    static final int CAPACITY = LEFT + 3;
    static final int MAXLEN = LEFT + 4;
    static final int STATE = LEFT + 5;
    static final int WORDS = LEFT + 6;
    /** The smallest item block, in items. */
    private static final int MIN_CAPACITY = 8;

    /** The iterators' types: forward and reverse. */
    DequeIteratorType iterator, reverseIterator;
    private final int maxlenName;

    private DequeType(ObjectSpace space) {
        super(space);
        maxlenName = space.intern("maxlen");
    }

    static DequeType create(ObjectSpace space) {
        DequeType t = space.addType(new DequeType(space), d -> new DequeMethods(space, d).define());
        t.iterator = DequeIteratorType.create(space, t, false);
        t.reverseIterator = DequeIteratorType.create(space, t, true);
        return t;
    }

    @Override
    public String name() {
        return "deque";
    }

    @Override
    public boolean isContainer() {
        return true;
    }

    @Override
    public boolean acceptableBase() {
        return true;
    }

    boolean check(int h) {
        int t = space.typeOf(h);
        return t == type() || space.isSubtype(t, type());
    }

    // ---- layout ----

    int size(int h) {
        return heap.getInt(h, SIZE);
    }

    int maxlen(int h) {
        return heap.getInt(h, MAXLEN);
    }

    int state(int h) {
        return heap.getInt(h, STATE);
    }

    private void mutated(int h) {
        heap.setInt(h, STATE, heap.getInt(h, STATE) + 1);
    }

    /** Item i, 0 <= i < size (borrowed). */
    int item(int h, int i) {
        return heap.getInt(heap.getInt(h, ITEMS), slot(h, i));
    }

    private int slot(int h, int i) {
        int capacity = heap.getInt(h, CAPACITY);
        int s = heap.getInt(h, LEFT) + i;
        return s >= capacity ? s - capacity : s;
    }

    private void setItemWord(int h, int i, int value) {
        heap.setInt(heap.getInt(h, ITEMS), slot(h, i), value);
    }

    /** An empty deque of type t (this type or a subclass), unbounded. */
    int allocate(int t) {
        int h = t == type() ? heap.newObject(WORDS * Heap.WORD, t) : allocSubtype(t, WORDS);
        heap.setInt(h, GcHeader.GC_NEXT, 0);
        heap.setInt(h, GcHeader.GC_PREV, 0);
        heap.setInt(h, LEFT, 0);
        heap.setInt(h, SIZE, 0);
        heap.setInt(h, ITEMS, 0);
        heap.setInt(h, CAPACITY, 0);
        heap.setInt(h, MAXLEN, -1);
        heap.setInt(h, STATE, 0);
        space.track(h);
        return h;
    }

    /** Moves the items into a block of {@code capacity} words, item 0 first. */
    private void reallocate(int h, int capacity) {
        int n = size(h);
        int old = heap.getInt(h, ITEMS);
        int fresh = 0;
        if (capacity > 0) {
            heap.checkRequest((long) capacity * Heap.WORD);
            fresh = heap.alloc(capacity * Heap.WORD);
            for (int i = 0; i < n; i++) heap.setInt(fresh, i, item(h, i));
        }
        if (old != 0) heap.free(old);
        heap.setInt(h, ITEMS, fresh);
        heap.setInt(h, CAPACITY, capacity);
        heap.setInt(h, LEFT, 0);
    }

    private void ensureRoom(int h) {
        int capacity = heap.getInt(h, CAPACITY);
        if (size(h) < capacity) return;
        if (capacity >= (1 << 27)) throw space.error(space.exceptions.memoryError, "");
        reallocate(h, Math.max(MIN_CAPACITY, capacity * 2));
    }

    private void shrinkIfSparse(int h) {
        int capacity = heap.getInt(h, CAPACITY);
        int n = size(h);
        if (n == 0) reallocate(h, 0);
        else if (capacity > MIN_CAPACITY && n <= capacity / 4) reallocate(h, Math.max(MIN_CAPACITY, capacity / 2));
    }

    // ---- the deque operations: new references in, stolen ----

    /** Appends item (stolen) at the right, then drops the leftmost one past maxlen. CPython: deque_append_internal. */
    void appendSteal(int h, int item) {
        try {
            ensureRoom(h);
        } catch (RuntimeException e) {
            heap.decref(item);
            throw e;
        }
        int n = size(h);
        heap.setInt(h, SIZE, n + 1);
        setItemWord(h, n, item);
        mutated(h);
        int maxlen = maxlen(h);
        if (maxlen >= 0 && n + 1 > maxlen) heap.decref(popLeft(h));
    }

    /** Appends item (stolen) at the left, then drops the rightmost one past maxlen. CPython: deque_appendleft_internal. */
    void appendLeftSteal(int h, int item) {
        try {
            ensureRoom(h);
        } catch (RuntimeException e) {
            heap.decref(item);
            throw e;
        }
        int capacity = heap.getInt(h, CAPACITY);
        int left = heap.getInt(h, LEFT) - 1;
        if (left < 0) left += capacity;
        heap.setInt(h, LEFT, left);
        heap.setInt(h, SIZE, size(h) + 1);
        setItemWord(h, 0, item);
        mutated(h);
        int maxlen = maxlen(h);
        if (maxlen >= 0 && size(h) > maxlen) heap.decref(pop(h));
    }

    /** Removes the rightmost item: a new reference (the deque's). The deque is not empty. */
    int pop(int h) {
        int n = size(h) - 1;
        int item = item(h, n);
        setItemWord(h, n, 0);
        heap.setInt(h, SIZE, n);
        mutated(h);
        shrinkIfSparse(h);
        return item;
    }

    /** Removes the leftmost item: a new reference. The deque is not empty. */
    int popLeft(int h) {
        int item = item(h, 0);
        setItemWord(h, 0, 0);
        int capacity = heap.getInt(h, CAPACITY);
        int left = heap.getInt(h, LEFT) + 1;
        heap.setInt(h, LEFT, left == capacity ? 0 : left);
        heap.setInt(h, SIZE, size(h) - 1);
        mutated(h);
        shrinkIfSparse(h);
        return item;
    }

    /** Removes item i: a new reference. CPython: deque_del_item. Moves the shorter side. */
    int removeAt(int h, int i) {
        int n = size(h);
        int item = item(h, i);
        if (i < n / 2) {
            for (int j = i; j > 0; j--) setItemWord(h, j, item(h, j - 1));
            setItemWord(h, 0, 0);
            int left = heap.getInt(h, LEFT) + 1;
            heap.setInt(h, LEFT, left == heap.getInt(h, CAPACITY) ? 0 : left);
        } else {
            for (int j = i; j < n - 1; j++) setItemWord(h, j, item(h, j + 1));
            setItemWord(h, n - 1, 0);
        }
        heap.setInt(h, SIZE, n - 1);
        mutated(h);
        shrinkIfSparse(h);
        return item;
    }

    /** Inserts item (stolen) before position i, 0 <= i <= size; the caller checked maxlen. Moves the shorter side. */
    void insertSteal(int h, int i, int item) {
        try {
            ensureRoom(h);
        } catch (RuntimeException e) {
            heap.decref(item);
            throw e;
        }
        int n = size(h);
        heap.setInt(h, SIZE, n + 1);
        if (i < n / 2) {
            int left = heap.getInt(h, LEFT) - 1;
            heap.setInt(h, LEFT, left < 0 ? left + heap.getInt(h, CAPACITY) : left);
            for (int j = 0; j < i; j++) setItemWord(h, j, item(h, j + 1));
        } else {
            for (int j = n; j > i; j--) setItemWord(h, j, item(h, j - 1));
        }
        setItemWord(h, i, item);
        mutated(h);
    }

    /** Replaces item i with value (stolen): returns the old one (a new reference). */
    int replace(int h, int i, int value) {
        int old = item(h, i);
        setItemWord(h, i, value);
        return old;
    }

    /** Rotates n steps to the right. CPython: _deque_rotate. Moves min(k, n - k) items. */
    void rotate(int h, long steps) {
        int n = size(h);
        if (n <= 1) return;
        int k = (int) Math.floorMod(steps, (long) n);
        mutated(h);
        if (k == 0) return;
        int capacity = heap.getInt(h, CAPACITY);
        int left = heap.getInt(h, LEFT);
        if (k <= n / 2) {
            // the last k items move, one by one, to the front
            for (int r = 0; r < k; r++) {
                int last = item(h, n - 1);
                setItemWord(h, n - 1, 0);
                left = left == 0 ? capacity - 1 : left - 1;
                heap.setInt(h, LEFT, left);
                setItemWord(h, 0, last);
            }
        } else {
            // the first n - k items move, one by one, to the back
            for (int r = 0; r < n - k; r++) {
                int first = item(h, 0);
                setItemWord(h, 0, 0);
                left = left + 1 == capacity ? 0 : left + 1;
                heap.setInt(h, LEFT, left);
                setItemWord(h, n - 1, first);
            }
        }
    }

    void reverse(int h) {
        int n = size(h);
        for (int i = 0, j = n - 1; i < j; i++, j--) {
            int a = item(h, i);
            setItemWord(h, i, item(h, j));
            setItemWord(h, j, a);
        }
    }

    /** Removes every item, releasing them left to right once the deque is empty. CPython: deque_clear. */
    @Override
    public void clear(int h) {
        int n = size(h);
        if (n == 0) return;
        int[] items = new int[n];
        for (int i = 0; i < n; i++) items[i] = item(h, i);
        int block = heap.getInt(h, ITEMS);
        heap.setInt(h, ITEMS, 0);
        heap.setInt(h, CAPACITY, 0);
        heap.setInt(h, SIZE, 0);
        heap.setInt(h, LEFT, 0);
        mutated(h);
        heap.free(block);
        for (int item : items) heap.decref(item);
    }

    /** Appends the items of iterable. CPython: deque_extend. */
    void extend(int h, int iterable, boolean left) {
        if (iterable == h) {
            // extending by itself: from a snapshot
            int list = space.listSlots.fromIterable(iterable);
            try {
                extend(h, list, left);
            } finally {
                heap.decref(list);
            }
            return;
        }
        int it = space.iter(iterable);
        try {
            for (int item; (item = space.iterNext(it)) != 0; ) {
                if (maxlen(h) == 0) {
                    heap.decref(item); // CPython: consume_iterator
                } else if (left) {
                    appendLeftSteal(h, item);
                } else {
                    appendSteal(h, item);
                }
            }
        } finally {
            heap.decref(it);
        }
    }

    /** A new deque of h's type with its items and maxlen. CPython: deque_copy. */
    int copy(int h) {
        int t = space.typeOf(h);
        if (t == type()) {
            int d = allocate(t);
            heap.setInt(d, MAXLEN, maxlen(h));
            try {
                for (int i = 0; i < size(h); i++) {
                    int item = item(h, i);
                    heap.incref(item);
                    appendSteal(d, item);
                }
            } catch (RuntimeException e) {
                heap.decref(d);
                throw e;
            }
            return d;
        }
        if (maxlen(h) < 0) return space.call(t, h);
        int m = space.newInt(maxlen(h));
        try {
            return space.call(t, h, m);
        } finally {
            heap.decref(m);
        }
    }

    RuntimeException mutatedDuringIteration() {
        return space.error(space.exceptions.byName().get("RuntimeError"), "deque mutated during iteration");
    }

    /** The position of value in [start, stop), or -1. CPython: deque_index_impl's search. */
    int find(int h, int value, int start, int stop) {
        return find(h, value, start, stop, space.exceptions.byName().get("RuntimeError"));
    }

    /** {@link #find}, raising {@code mutated} (an exception type) when a comparison changes the deque. */
    int find(int h, int value, int start, int stop, int mutated) {
        int state = state(h);
        for (int i = start; i < stop && i < size(h); i++) {
            int item = item(h, i);
            heap.incref(item);
            boolean equal;
            try {
                equal = item == value || space.eq(item, value);
            } finally {
                heap.decref(item);
            }
            if (state != state(h)) throw space.error(mutated, "deque mutated during iteration");
            if (equal) return i;
        }
        return -1;
    }

    /** The index of an item: key normalised, IndexError when out of range. CPython: deque_item. */
    int index(int h, int key) {
        if (!ArgParser.isIndex(space, key)) {
            throw space.typeError("sequence index must be integer, not '" + space.typeName(space.typeOf(key)) + "'");
        }
        long i = ArgParser.asSsize(space, key);
        int n = size(h);
        if (i < 0) i += n;
        if (i < 0 || i >= n) throw space.error(space.exceptions.indexError, "deque index out of range");
        return (int) i;
    }

    // ---- slots ----

    @Override
    public void dealloc(int h) {
        int n = size(h);
        int block = heap.getInt(h, ITEMS);
        int[] items = new int[n];
        for (int i = 0; i < n; i++) items[i] = item(h, i);
        if (block != 0) heap.free(block);
        heap.free(h);
        for (int item : items) heap.decref(item); // CPython: deque_dealloc clears left to right
    }

    // CPython 3.11: deque_traverse(): left to right
    @Override
    public void traverse(int h, java.util.function.IntConsumer visit) {
        int n = size(h);
        for (int i = 0; i < n; i++) visit.accept(item(h, i));
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
    public long hash(int h) {
        throw space.typeError("unhashable type: 'collections.deque'");
    }

    @Override
    public int getItem(int h, int key) {
        int item = item(h, index(h, key));
        heap.incref(item);
        return item;
    }

    @Override
    public void setItem(int h, int key, int value) {
        int i = index(h, key);
        if (value == 0) {
            heap.decref(removeAt(h, i));
            return;
        }
        heap.incref(value);
        heap.decref(replace(h, i, value));
    }

    // CPython 3.11: deque_contains()
    @Override
    public boolean contains(int h, int key) {
        return find(h, key, 0, size(h)) >= 0;
    }

    @Override
    public int iter(int h) {
        return iterator.newIterator(h);
    }

    @Override
    public int repr(int h) {
        return reprByBuilder(h);
    }

    // CPython 3.11: deque_repr()
    @Override
    public void reprTo(int h, StringBuilder b) {
        if (!space.reprEnter(h)) {
            b.append("[...]");
            return;
        }
        try {
            int list = space.listSlots.fromIterable(h);
            try {
                b.append(space.typeName(space.typeOf(h))).append('(');
                space.reprTo(list, b);
            } finally {
                heap.decref(list);
            }
            if (maxlen(h) >= 0) b.append(", maxlen=").append(maxlen(h));
            b.append(')');
        } finally {
            space.reprLeave(h);
        }
    }

    // CPython 3.11: deque_richcompare()
    @Override
    public int richCompare(int v, int w, int op) {
        if (!check(v) || !check(w)) return space.notImplemented();
        int vs = size(v), ws = size(w);
        if (op == Compare.EQ && (v == w || vs != ws)) return space.newBool(v == w);
        if (op == Compare.NE && (v == w || vs != ws)) return space.newBool(v != w);
        // the first items that differ decide; as CPython's iterators over both, a deque changed
        // by a comparison raises at the next step
        int sv = state(v), sw = state(w);
        for (int i = 0; ; i++) {
            if (sv != state(v) || sw != state(w)) throw mutatedDuringIteration();
            if (i >= size(v) || i >= size(w)) break;
            int x = item(v, i), y = item(w, i);
            heap.incref(x);
            heap.incref(y);
            try {
                boolean equal = x == y || space.eq(x, y);
                if (!equal) return space.richCompare(x, y, op);
            } finally {
                heap.decref(x);
                heap.decref(y);
            }
        }
        boolean r = switch (op) {
            case Compare.LT -> vs < ws;
            case Compare.LE -> vs <= ws;
            case Compare.EQ -> vs == ws;
            case Compare.NE -> vs != ws;
            case Compare.GT -> vs > ws;
            default -> vs >= ws;
        };
        return space.newBool(r);
    }

    // CPython 3.11: deque_concat(), deque_repeat()
    @Override
    public int binaryOp(int a, int b, int op) {
        if (op == NumberOps.ADD && check(a)) {
            if (!check(b)) {
                throw space.typeError("can only concatenate deque (not \"" + space.typeName(space.typeOf(b)) + "\") to deque");
            }
            int d = copy(a);
            try {
                extend(d, b, false);
            } catch (RuntimeException e) {
                heap.decref(d);
                throw e;
            }
            return d;
        }
        if (op == NumberOps.MULTIPLY) {
            int seq = check(a) ? a : b, count = seq == a ? b : a;
            if (!ArgParser.isIndex(space, count)) {
                throw space.typeError("can't multiply sequence by non-int of type '" + space.typeName(space.typeOf(count)) + "'");
            }
            int d = copy(seq);
            try {
                repeat(d, count);
            } catch (RuntimeException e) {
                heap.decref(d);
                throw e;
            }
            return d;
        }
        return space.notImplemented();
    }

    @Override
    public int inplaceOp(int a, int b, int op) {
        if (op == NumberOps.ADD) {
            extend(a, b, false);
        } else if (op == NumberOps.MULTIPLY) {
            if (!ArgParser.isIndex(space, b)) {
                throw space.typeError("can't multiply sequence by non-int of type '" + space.typeName(space.typeOf(b)) + "'");
            }
            repeat(a, b);
        } else {
            return 0;
        }
        heap.incref(a);
        return a;
    }

    // CPython 3.11: deque_inplace_repeat()
    private void repeat(int h, int count) {
        long n = ArgParser.asSsize(space, count);
        int size = size(h);
        if (n <= 0 || size == 0) {
            clear(h);
            return;
        }
        if (n == 1) return;
        int maxlen = maxlen(h);
        if (maxlen >= 0 && n * size > maxlen) n = (maxlen + size - 1) / size + 1;
        if (size > Integer.MAX_VALUE / n) throw space.error(space.exceptions.memoryError, "");
        int list = space.listSlots.fromIterable(h);
        try {
            for (long r = 1; r < n; r++) {
                for (int i = 0; i < size; i++) {
                    int item = space.listSlots.item(list, i);
                    heap.incref(item);
                    appendSteal(h, item);
                }
            }
        } finally {
            heap.decref(list);
        }
    }

    // CPython 3.11: deque_new() + deque_init()
    @Override
    public int construct(int t, int[] args, int start, int nargs, int kwnames) {
        int h = allocate(t);
        try {
            init(h, args, start, nargs, kwnames);
        } catch (RuntimeException e) {
            heap.decref(h);
            throw e;
        }
        return h;
    }

    @Override
    public int newSubtype(int t, int[] args, int start, int nargs, int kwnames) {
        return allocate(t);
    }

    // CPython 3.11: deque_init(): "|OO:deque" with keywords iterable and maxlen
    @Override
    public void init(int h, int[] args, int start, int nargs, int kwnames) {
        int nkw = kwnames == 0 ? 0 : space.tupleSlots.size(kwnames);
        int npos = nargs - nkw;
        if (nargs > 2) throw space.typeError("deque() takes at most 2 arguments (" + nargs + " given)");
        int[] bound = new int[2];
        for (int i = 0; i < npos; i++) bound[i] = args[start + i];
        for (int j = 0; j < nkw; j++) {
            String key = space.strSlots.toJava(space.tupleSlots.item(kwnames, j));
            int at = key.equals("iterable") ? 0 : key.equals("maxlen") ? 1 : -1;
            if (at < 0) throw space.typeError("'" + key + "' is an invalid keyword argument for deque()");
            if (bound[at] != 0) {
                throw space.typeError("argument for deque() given by name ('" + key + "') and position (" + (at + 1) + ")");
            }
            bound[at] = args[start + npos + j];
        }
        int maxlen = -1;
        if (bound[1] != 0 && bound[1] != space.none) {
            if (!space.intSlots.check(bound[1])) throw space.typeError("an integer is required");
            long m = ArgParser.asSsize(space, bound[1]);
            if (m < 0) throw space.valueError("maxlen must be non-negative");
            if (m > Integer.MAX_VALUE) throw space.error(space.exceptions.overflowError, "Python int too large to convert to C ssize_t");
            maxlen = (int) m;
        }
        heap.setInt(h, MAXLEN, maxlen);
        if (size(h) > 0) clear(h);
        if (bound[0] != 0) extend(h, bound[0], false);
    }

    @Override
    public int getAttr(int h, int name) {
        if (name == maxlenName || space.strSlots.toJava(name).equals("maxlen")) {
            return maxlen(h) < 0 ? space.newNone() : space.newInt(maxlen(h));
        }
        return super.getAttr(h, name);
    }

    @Override
    public void setAttr(int h, int name, int value) {
        if (name == maxlenName || space.strSlots.toJava(name).equals("maxlen")) {
            throw space.error(space.exceptions.attributeError,
                    "attribute 'maxlen' of 'collections.deque' objects is not writable");
        }
        super.setAttr(h, name, value);
    }

    /** The deque's block and its item block. */
    @Override
    public long sizeof(int h) {
        int block = heap.getInt(h, ITEMS);
        return heap.blockBytes(h) + (block == 0 ? 0 : heap.blockBytes(block));
    }
}
