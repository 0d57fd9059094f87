package dev.pyvm.objects;

import dev.pyvm.gc.GcHeader;
import dev.pyvm.memory.Heap;

/**
 * {@code list}: a container whose items live in a separate block that grows as CPython's does.
 * <pre>
 *   list   [refcnt | type | gc_next | gc_prev | SIZE | ITEMS | ALLOCATED]
 *   ITEMS  [item 0 | item 1 | … | item SIZE-1 | unused up to ALLOCATED]     (a raw block, 0 when empty)
 * </pre>
 */
public final class ListType extends TypeSlots {
    static final int SIZE = GcHeader.CONTAINER_HEADER_WORDS;
    static final int ITEMS = SIZE + 1;
    static final int ALLOCATED = SIZE + 2;
    static final int WORDS = SIZE + 3;
    /** CPython: PyList_MAXFREELIST. */
    static final int MAX_FREE_LIST = 80;

    private final int freeList;

    ListType(ObjectSpace space) {
        super(space);
        freeList = heap.registerFreeList("free PyListObject", WORDS * Heap.WORD, MAX_FREE_LIST);
    }

    @Override
    public String name() {
        return "list";
    }

    @Override
    public boolean isContainer() {
        return true;
    }

    /** A new empty list with room for {@code capacity} items. */
    public int newList(int capacity) {
        // the storage first, refused up front when it can never fit: a failure leaves nothing behind
        int items = 0;
        if (capacity != 0) {
            heap.checkRequest((long) capacity * Heap.WORD);
            items = heap.alloc(capacity * Heap.WORD);
        }
        int h = heap.freeListPop(freeList);
        if (h == 0) {
            try {
                h = heap.newObject(WORDS * Heap.WORD, type);
            } catch (RuntimeException e) {
                if (items != 0) heap.free(items);
                throw e;
            }
        } else {
            heap.initObject(h, type);
        }
        heap.setInt(h, GcHeader.GC_NEXT, 0);
        heap.setInt(h, GcHeader.GC_PREV, 0);
        heap.setInt(h, SIZE, 0);
        heap.setInt(h, ITEMS, items);
        heap.setInt(h, ALLOCATED, capacity);
        space.track(h);
        return h;
    }

    public boolean check(int h) {
        int t = space.typeOf(h);
        return t == type || space.isSubtype(t, type);
    }

    public int size(int h) {
        return heap.getInt(h, SIZE);
    }

    /** Item i (borrowed). */
    public int item(int h, int i) {
        return heap.getInt(heap.getInt(h, ITEMS), i);
    }

    // CPython 3.11: Objects/listobject.c list_resize()
    private void resize(int h, int newSize) {
        int allocated = heap.getInt(h, ALLOCATED);
        if (allocated >= newSize && newSize >= (allocated >> 1)) {
            heap.setInt(h, SIZE, newSize);
            return;
        }
        long newAllocated = ((long) newSize + (newSize >> 3) + 6) & ~3L;
        if (newSize - heap.getInt(h, SIZE) > newAllocated - newSize) newAllocated = ((long) newSize + 3) & ~3L;
        if (newSize == 0) newAllocated = 0;
        if (newAllocated > Integer.MAX_VALUE / Heap.WORD) throw space.error(space.exceptions.memoryError, "");
        if (newAllocated > allocated) heap.checkRequest(newAllocated * Heap.WORD);
        int items = heap.getInt(h, ITEMS);
        int fresh;
        if (newAllocated == 0) {
            if (items != 0) heap.free(items);
            fresh = 0;
        } else {
            fresh = items == 0 ? heap.alloc((int) newAllocated * Heap.WORD) : heap.realloc(items, (int) newAllocated * Heap.WORD);
        }
        heap.setInt(h, ITEMS, fresh);
        heap.setInt(h, ALLOCATED, (int) newAllocated);
        heap.setInt(h, SIZE, newSize);
    }

    /** Appends a new reference to {@code item}. */
    public void append(int h, int item) {
        heap.incref(item);
        appendSteal(h, item);
    }

    /** Appends, stealing the reference to {@code item}. */
    public void appendSteal(int h, int item) {
        int n = heap.getInt(h, SIZE);
        if (n < heap.getInt(h, ALLOCATED)) {
            // room left (always so in a list made by newList(capacity) and filled up to it): no
            // resize, which would shrink such a list's storage first and could fail midway
            heap.setInt(heap.getInt(h, ITEMS), n, item);
            heap.setInt(h, SIZE, n + 1);
            return;
        }
        try {
            resize(h, n + 1);
        } catch (RuntimeException e) {
            heap.decref(item);
            throw e;
        }
        heap.setInt(heap.getInt(h, ITEMS), n, item);
    }

    @Override
    public void dealloc(int h) {
        int n = heap.getInt(h, SIZE);
        int items = heap.getInt(h, ITEMS);
        // CPython's list_dealloc drops the items last first
        for (int i = n - 1; i >= 0; i--) heap.decref(heap.getInt(items, i));
        if (items != 0) heap.free(items);
        if (space.typeOf(h) == type) heap.freeListPush(freeList, h);
        else heap.free(h);
    }

    @Override
    // CPython 3.11: Objects/listobject.c list_traverse(): last item first
    public void traverse(int h, java.util.function.IntConsumer visit) {
        int n = heap.getInt(h, SIZE);
        int items = heap.getInt(h, ITEMS);
        for (int i = n - 1; i >= 0; i--) visit.accept(heap.getInt(items, i)); // last to first, as CPython's list_traverse
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
        throw space.typeError("unhashable type: 'list'");
    }

    @Override
    public int repr(int h) {
        return reprByBuilder(h);
    }

    @Override
    public void reprTo(int h, StringBuilder b) {
        if (size(h) == 0) {
            b.append("[]");
            return;
        }
        if (!space.reprEnter(h)) {
            b.append("[...]");
            return;
        }
        try {
            b.append('[');
            // the list may change while an item's repr runs: re-read the size each time
            for (int i = 0; i < size(h); i++) {
                if (i > 0) b.append(", ");
                int item = item(h, i);
                heap.incref(item);
                try {
                    space.reprTo(item, b);
                } finally {
                    heap.decref(item);
                }
            }
            b.append(']');
        } finally {
            space.reprLeave(h);
        }
    }

    @Override
    public int richCompare(int a, int b, int op) {
        if (!check(b)) return space.notImplemented();
        return Sequences.compare(space, a, size(a), b, size(b), op, this::item);
    }

    @Override
    public boolean contains(int h, int key) {
        for (int i = 0; i < size(h); i++) {
            int item = item(h, i);
            if (item == key || space.eq(item, key)) return true;
        }
        return false;
    }

    @Override
    public int getItem(int h, int key) {
        if (space.sequences.slice.check(key)) return getSlice(h, key);
        int i = Sequences.index(space, key, size(h), "list");
        int item = item(h, i);
        heap.incref(item);
        return item;
    }

    @Override
    public void setItem(int h, int key, int value) {
        if (space.sequences.slice.check(key)) {
            assignSubscript(h, key, value);
            return;
        }
        int i = Sequences.index(space, key, size(h), "list", "list assignment index out of range");
        int items = heap.getInt(h, ITEMS);
        int old = heap.getInt(items, i);
        if (value == 0) {
            int n = size(h);
            heap.copyWords(items, i + 1, items, i, n - i - 1);
            resize(h, n - 1);
        } else {
            heap.incref(value);
            heap.setInt(items, i, value);
        }
        heap.decref(old); // last: the old item's deallocator may run Python code
    }


    /**
     * Raises CPython's error for {@code seq OP other} when the other operand cannot answer
     * either (its type has no {@code dunder}): sequence concatenation and repetition name the
     * sequence, not the operator. CPython 3.11: list_concat(), sequence_repeat() in abstract.c.
     */
    static void sequenceOperandError(ObjectSpace space, String seqName, int op, int other, String dunder) {
        if (space.lookupType(space.typeOf(other), space.intern(dunder)) != 0) return;
        String otherName = space.typeName(space.typeOf(other));
        if (op == NumberOps.ADD) {
            throw space.typeError("can only concatenate " + seqName + " (not \"" + otherName + "\") to " + seqName);
        }
        throw space.typeError("can't multiply sequence by non-int of type '" + otherName + "'");
    }

    /** The repetition count of {@code seq * n}: n's index as a long. CPython: PyNumber_AsSsize_t(n, OverflowError). */
    static long repeatCount(ObjectSpace space, int n) {
        int i = ArgParser.asIndex(space, n);
        try {
            if (!space.intSlots.fitsLong(i)) {
                throw space.error(space.exceptions.overflowError, "cannot fit 'int' into an index-sized integer");
            }
            return space.intSlots.longValue(i);
        } finally {
            space.heap.decref(i);
        }
    }

    @Override
    public int binaryOp(int a, int b, int op) {
        if (op == NumberOps.ADD && check(a)) {
            if (!check(b)) {
                sequenceOperandError(space, "list", op, b, "__radd__");
                return space.notImplemented();
            }
            int na = size(a), nb = size(b);
            int r = newList(na + nb);
            for (int i = 0; i < na; i++) append(r, item(a, i));
            for (int i = 0; i < nb; i++) append(r, item(b, i));
            return r;
        }
        if (op == NumberOps.MULTIPLY) {
            int seq = check(a) ? a : b, n = seq == a ? b : a;
            if (!ArgParser.isIndex(space, n)) {
                if (seq == a) sequenceOperandError(space, "list", op, n, "__rmul__");
                return space.notImplemented();
            }
            return repeat(seq, repeatCount(space, n));
        }
        return space.notImplemented();
    }

    // CPython 3.11: Objects/listobject.c list_repeat()
    private int repeat(int a, long n) {
        int size = size(a);
        if (n < 0) n = 0;
        if (n > 0 && size > Integer.MAX_VALUE / n) throw space.error(space.exceptions.memoryError, "");
        int total = (int) (size * n);
        // CPython 3.11: list_repeat() fills the preallocated list: nothing can fail once it is made
        // (appending would shrink the new list's storage at once and grow it again, failing midway)
        int r = newList(total);
        if (total == 0) return r;
        int items = heap.getInt(r, ITEMS), from = heap.getInt(a, ITEMS);
        for (int i = 0; i < size; i++) {
            int item = heap.getInt(from, i);
            heap.incref(item);
            heap.setInt(items, i, item);
        }
        for (long k = 1; k < n; k++) {
            for (int i = 0; i < size; i++) {
                int item = heap.getInt(items, i);
                heap.incref(item);
                heap.setInt(items, (int) (k * size + i), item);
            }
        }
        heap.setInt(r, SIZE, total);
        return r;
    }

    // CPython 3.11: list_inplace_concat(): extends by any iterable
    @Override
    public int inplaceOp(int a, int b, int op) {
        if (op == NumberOps.ADD) {
            extend(a, b);
            heap.incref(a);
            return a;
        }
        if (op == NumberOps.MULTIPLY && ArgParser.isIndex(space, b)) {
            inplaceRepeat(a, repeatCount(space, b));
            heap.incref(a);
            return a;
        }
        return 0;
    }

    // CPython 3.11: list_inplace_repeat()
    private void inplaceRepeat(int a, long n) {
        int size = size(a);
        if (size == 0 || n == 1) return;
        if (n < 1) {
            clear(a);
            return;
        }
        if (size > Integer.MAX_VALUE / n) throw space.error(space.exceptions.memoryError, "");
        resize(a, (int) (size * n));
        int items = heap.getInt(a, ITEMS);
        for (long k = 1; k < n; k++) {
            for (int i = 0; i < size; i++) {
                int item = heap.getInt(items, i);
                heap.incref(item);
                heap.setInt(items, (int) (k * size + i), item);
            }
        }
    }

    @Override
    public int iter(int h) {
        return space.sequences.listIterator.newIterator(h, 0);
    }

    /** {@code reversed(l)}: a list_reverseiterator. CPython 3.11: list___reversed___impl(). */
    public int reversed(int h) {
        return space.sequences.listReverseIterator.newIterator(h, size(h) - 1);
    }

    // ---- building lists ----

    /** {@code list(iterable)}: a new list. CPython: PySequence_List. */
    public int fromIterable(int iterable) {
        int r = newList(0);
        try {
            extend(r, iterable);
        } catch (RuntimeException e) {
            heap.decref(r);
            throw e;
        }
        return r;
    }

    /**
     * {@code iterable} as a list or tuple (a new reference): itself when it is exactly one,
     * else a new list of its items; TypeError({@code message}) when it is not iterable. CPython:
     * PySequence_Fast.
     */
    public int fast(int iterable, String message) {
        int t = space.typeOf(iterable);
        if (t == type || t == space.tupleSlots.type()) {
            heap.incref(iterable);
            return iterable;
        }
        int it;
        try {
            it = space.iter(iterable);
        } catch (PyException e) {
            if (!space.exceptions.matches(e.exception(), space.exceptions.typeError)) throw e;
            heap.decref(e.exception());
            throw space.typeError(message);
        }
        int r = newList(0);
        try {
            for (int item; (item = space.iterNext(it)) != 0; ) appendSteal(r, item);
        } catch (RuntimeException e) {
            heap.decref(r);
            throw e;
        } finally {
            heap.decref(it);
        }
        return r;
    }

    /** Item i (borrowed) of a list or tuple made by {@link #fast}. */
    public int fastItem(int fast, int i) {
        return space.typeOf(fast) == type ? item(fast, i) : space.tupleSlots.item(fast, i);
    }

    private int fastSize(int fast) {
        return space.typeOf(fast) == type ? size(fast) : space.tupleSlots.size(fast);
    }

    /** {@code l.extend(iterable)}. CPython 3.11: list_extend(): lists and tuples by their items, else by iteration. */
    public void extend(int h, int iterable) {
        int t = space.typeOf(iterable);
        if (t == type || t == space.tupleSlots.type()) {
            int seq = iterable == h ? slice(h, 0, size(h)) : iterable;
            if (seq == iterable) heap.incref(seq);
            try {
                int n = fastSize(seq);
                if (n == 0) return;
                int m = size(h);
                resize(h, m + n);
                int items = heap.getInt(h, ITEMS);
                for (int i = 0; i < n; i++) {
                    int item = fastItem(seq, i);
                    heap.incref(item);
                    heap.setInt(items, m + i, item);
                }
            } finally {
                heap.decref(seq);
            }
            return;
        }
        // CPython 3.11: list_extend() makes room for the length hint first (a hint that can never
        // fit is a MemoryError at once), fills it, and cuts the list back to what came
        int it = space.iter(iterable);
        try {
            int m = size(h);
            long n = space.lengthHint(iterable, 8);
            if (m + n > m) {
                if (m + n > Integer.MAX_VALUE / Heap.WORD) throw space.error(space.exceptions.memoryError, "");
                resize(h, (int) (m + n));
                heap.setInt(h, SIZE, m);
            }
            for (int item; (item = space.iterNext(it)) != 0; ) {
                int size = size(h);
                if (size < heap.getInt(h, ALLOCATED)) {
                    heap.setInt(heap.getInt(h, ITEMS), size, item);
                    heap.setInt(h, SIZE, size + 1);
                } else {
                    appendSteal(h, item);
                }
            }
            if (size(h) < heap.getInt(h, ALLOCATED)) resize(h, size(h));
        } finally {
            heap.decref(it);
        }
    }

    /** A new list of items [lo, hi). CPython 3.11: list_slice(). */
    public int slice(int h, int lo, int hi) {
        int n = Math.max(0, hi - lo);
        int r = newList(n);
        for (int i = 0; i < n; i++) append(r, item(h, lo + i));
        return r;
    }

    private int getSlice(int h, int key) {
        SliceType.Indices ix = space.sequences.slice.indices(key, size(h));
        int n = (int) ix.length();
        if (ix.step() == 1) return slice(h, (int) ix.start(), (int) ix.start() + n);
        int r = newList(n);
        for (int i = 0; i < n; i++) append(r, item(h, (int) (ix.start() + i * ix.step())));
        return r;
    }

    /** Removes every item, the last one dropped first (also the collector's tp_clear). CPython 3.11: _list_clear(). */
    @Override
    public void clear(int h) {
        int items = heap.getInt(h, ITEMS);
        if (items == 0) return;
        int n = size(h);
        heap.setInt(h, SIZE, 0);
        heap.setInt(h, ITEMS, 0);
        heap.setInt(h, ALLOCATED, 0);
        for (int i = n - 1; i >= 0; i--) heap.decref(heap.getInt(items, i));
        heap.free(items);
    }

    /**
     * {@code a[ilow:ihigh] = v} (v 0: {@code del}), bounds clamped. CPython 3.11: list_ass_slice():
     * the replaced items are dropped last, once the list is whole again.
     */
    public void assignSlice(int a, long ilow, long ihigh, int v) {
        if (v == a) {
            int copy = slice(a, 0, size(a));
            try {
                assignSlice(a, ilow, ihigh, copy);
            } finally {
                heap.decref(copy);
            }
            return;
        }
        int seq = v == 0 ? 0 : fast(v, "can only assign an iterable");
        try {
            int n = seq == 0 ? 0 : fastSize(seq);
            int size = size(a);
            if (ilow < 0) ilow = 0;
            else if (ilow > size) ilow = size;
            if (ihigh < ilow) ihigh = ilow;
            else if (ihigh > size) ihigh = size;
            int lo = (int) ilow, hi = (int) ihigh;
            int norig = hi - lo;
            int d = n - norig;
            if (size + d == 0) {
                clear(a);
                return;
            }
            int[] recycle = new int[norig];
            int items = heap.getInt(a, ITEMS);
            for (int k = 0; k < norig; k++) recycle[k] = heap.getInt(items, lo + k);
            if (d < 0) {
                heap.copyWords(items, hi, items, hi + d, size - hi);
                resize(a, size + d);
            } else if (d > 0) {
                resize(a, size + d);
                items = heap.getInt(a, ITEMS);
                heap.copyWords(items, hi, items, hi + d, size - hi);
            }
            items = heap.getInt(a, ITEMS);
            for (int k = 0; k < n; k++) {
                int w = fastItem(seq, k);
                heap.incref(w);
                heap.setInt(items, lo + k, w);
            }
            for (int k = norig - 1; k >= 0; k--) heap.decref(recycle[k]);
        } finally {
            if (seq != 0) heap.decref(seq);
        }
    }

    /** {@code l[slice] = value} and {@code del l[slice]} (value 0). CPython 3.11: list_ass_subscript(). */
    private void assignSubscript(int h, int slice, int value) {
        long[] u = space.sequences.slice.unpack(slice);
        SliceType.Indices ix = SliceType.adjustIndices(size(h), u[0], u[1], u[2]);
        long start = ix.start(), stop = ix.stop(), step = ix.step();
        int len = (int) ix.length();
        if (step == 1) {
            assignSlice(h, start, stop, value);
            return;
        }
        if (value == 0) {
            if (len <= 0) return;
            if (step < 0) {
                stop = start + 1;
                start = stop + step * (len - 1) - 1;
                step = -step;
            }
            int size = size(h);
            int items = heap.getInt(h, ITEMS);
            int[] garbage = new int[len];
            // move the items between the deleted ones down over them, then the tail
            long cur = start;
            for (int i = 0; i < len; cur += step, i++) {
                garbage[i] = heap.getInt(items, (int) cur);
                long lim = step - 1;
                if (cur + step >= size) lim = size - cur - 1;
                heap.copyWords(items, (int) cur + 1, items, (int) cur - i, (int) lim);
            }
            cur = start + (long) len * step;
            if (cur < size) heap.copyWords(items, (int) cur, items, (int) cur - len, (int) (size - cur));
            resize(h, size - len);
            for (int g : garbage) heap.decref(g);
            return;
        }
        int seq = value == h ? slice(h, 0, size(h)) : fast(value, "must assign iterable to extended slice");
        try {
            int n = fastSize(seq);
            if (n != len) {
                throw space.valueError("attempt to assign sequence of size " + n + " to extended slice of size " + len);
            }
            if (len == 0) return;
            int items = heap.getInt(h, ITEMS);
            int[] garbage = new int[len];
            long cur = start;
            for (int i = 0; i < len; cur += step, i++) {
                garbage[i] = heap.getInt(items, (int) cur);
                int w = fastItem(seq, i);
                heap.incref(w);
                heap.setInt(items, (int) cur, w);
            }
            for (int g : garbage) heap.decref(g);
        } finally {
            heap.decref(seq);
        }
    }

    // ---- the methods' bodies: arguments borrowed, results new references ----

    /** {@code l.insert(where, item)}. CPython 3.11: ins1(). */
    public void insert(int h, long where, int item) {
        int n = size(h);
        if (where < 0) {
            where += n;
            if (where < 0) where = 0;
        }
        if (where > n) where = n;
        resize(h, n + 1);
        int items = heap.getInt(h, ITEMS);
        heap.copyWords(items, (int) where, items, (int) where + 1, n - (int) where);
        heap.incref(item);
        heap.setInt(items, (int) where, item);
    }

    /** {@code l.pop(index)}. CPython 3.11: list_pop_impl(). */
    public int pop(int h, long index) {
        int n = size(h);
        if (n == 0) throw space.error(space.exceptions.indexError, "pop from empty list");
        if (index < 0) index += n;
        if (index < 0 || index >= n) throw space.error(space.exceptions.indexError, "pop index out of range");
        int v = item(h, (int) index);
        if (index == n - 1) {
            resize(h, n - 1);
            return v;
        }
        heap.incref(v);
        assignSlice(h, index, index + 1, 0);
        return v;
    }

    /** {@code l.remove(x)}. CPython 3.11: list_remove(). */
    public void remove(int h, int x) {
        for (int i = 0; i < size(h); i++) {
            if (itemEquals(h, i, x)) {
                assignSlice(h, i, i + 1, 0);
                return;
            }
        }
        throw space.valueError("list.remove(x): x not in list");
    }

    /** Whether item i equals x, the item kept alive while its {@code __eq__} runs. */
    private boolean itemEquals(int h, int i, int x) {
        int item = item(h, i);
        if (item == x) return true;
        heap.incref(item);
        try {
            return space.eq(item, x);
        } finally {
            heap.decref(item);
        }
    }

    /** {@code l.index(x, start, stop)}. CPython 3.11: list_index_impl(). */
    public int index(int h, int x, long start, long stop) {
        int n = size(h);
        if (start < 0) {
            start += n;
            if (start < 0) start = 0;
        }
        if (stop < 0) {
            stop += n;
            if (stop < 0) stop = 0;
        }
        for (long i = start; i < stop && i < size(h); i++) {
            if (itemEquals(h, (int) i, x)) return space.newInt(i);
        }
        throw space.valueError(space.repr(x) + " is not in list");
    }

    /** {@code l.count(x)}. CPython 3.11: list_count(). */
    public int count(int h, int x) {
        long count = 0;
        for (int i = 0; i < size(h); i++) if (itemEquals(h, i, x)) count++;
        return space.newInt(count);
    }

    /** {@code l.reverse()}. */
    public void reverse(int h) {
        int items = heap.getInt(h, ITEMS);
        for (int lo = 0, hi = size(h) - 1; lo < hi; lo++, hi--) {
            int t = heap.getInt(items, lo);
            heap.setInt(items, lo, heap.getInt(items, hi));
            heap.setInt(items, hi, t);
        }
    }

    /**
     * {@code l.sort(key=key, reverse=reverse)} (key 0 or None: the items themselves). CPython
     * 3.11: list_sort_impl(): the list is emptied while it sorts, so that changes made by the
     * comparisons or the key function are detected ("list modified during sort") and discarded.
     */
    public void sort(int h, int key, boolean reverse) {
        int n = size(h);
        int savedItems = heap.getInt(h, ITEMS), savedAllocated = heap.getInt(h, ALLOCATED);
        int[] values = new int[n];
        for (int i = 0; i < n; i++) values[i] = heap.getInt(savedItems, i);
        heap.setInt(h, SIZE, 0);
        heap.setInt(h, ITEMS, 0);
        heap.setInt(h, ALLOCATED, -1);
        int[] keys = null;
        int computed = 0;
        RuntimeException failure = null;
        try {
            if (key != 0 && key != space.none) {
                keys = new int[n];
                for (; computed < n; computed++) keys[computed] = space.call(key, values[computed]);
            }
            ListSort sorter = keys == null ? new ListSort(space, values, null) : new ListSort(space, keys, values);
            if (reverse) sorter.reverse(0, n);
            sorter.sort(n);
            if (reverse) sorter.reverse(0, n);
        } catch (RuntimeException e) {
            failure = e;
        }
        for (int i = 0; i < computed; i++) heap.decref(keys[i]);
        // put the items back; whatever the list gained meanwhile is dropped
        int finalItems = heap.getInt(h, ITEMS), finalSize = heap.getInt(h, SIZE);
        boolean modified = heap.getInt(h, ALLOCATED) != -1;
        for (int i = 0; i < n; i++) heap.setInt(savedItems, i, values[i]);
        heap.setInt(h, ITEMS, savedItems);
        heap.setInt(h, SIZE, n);
        heap.setInt(h, ALLOCATED, savedAllocated);
        if (finalItems != 0) {
            for (int i = finalSize - 1; i >= 0; i--) heap.decref(heap.getInt(finalItems, i));
            heap.free(finalItems);
        }
        if (failure != null) throw failure;
        if (modified) throw space.valueError("list modified during sort");
    }

    // CPython 3.11: list_vectorcall(): list() or list(iterable)
    @Override
    public int construct(int t, int[] args, int start, int nargs, int kwnames) {
        ArgParser.noKeywords(space, "list", kwnames);
        ArgParser.checkPositional(space, "list", nargs, 0, 1);
        return nargs == 0 ? newList(0) : fromIterable(args[start]);
    }

    @Override
    public boolean acceptableBase() {
        return true;
    }

    // CPython 3.11: PyType_GenericNew: an empty list of type t, filled by __init__
    @Override
    public int newSubtype(int t, int[] args, int start, int nargs, int kwnames) {
        if (t == type) return newList(0);
        int h = allocSubtype(t, WORDS);
        space.track(h);
        return h;
    }

    // CPython 3.11: list___init___impl(): empties the list, then extends it by the iterable
    @Override
    public void init(int h, int[] args, int start, int nargs, int kwnames) {
        ArgParser.noKeywords(space, "list", kwnames);
        ArgParser.checkPositional(space, "list", nargs, 0, 1);
        clear(h);
        if (nargs == 1) extend(h, args[start]);
    }

    /** The list's block and the item array. */
    @Override
    public long sizeof(int h) {
        int owned = heap.getInt(h, ITEMS);
        return heap.blockBytes(h) + (owned == 0 ? 0 : heap.blockBytes(owned));
    }
}
