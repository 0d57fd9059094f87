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
        int h = heap.freeListPop(freeList);
        if (h == 0) h = heap.newObject(WORDS * Heap.WORD, type);
        else heap.initObject(h, type);
        heap.setInt(h, GcHeader.GC_NEXT, 0);
        heap.setInt(h, GcHeader.GC_PREV, 0);
        heap.setInt(h, SIZE, 0);
        heap.setInt(h, ITEMS, capacity == 0 ? 0 : heap.alloc(capacity * Heap.WORD));
        heap.setInt(h, ALLOCATED, capacity);
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
        if (newSize - heap.getInt(h, SIZE) > newAllocated - newSize) newAllocated = (newSize + 3) & ~3L;
        if (newSize == 0) newAllocated = 0;
        if (newAllocated > Integer.MAX_VALUE / Heap.WORD) throw space.error(space.exceptions.memoryError, "");
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
    public void traverse(int h, java.util.function.IntConsumer visit) {
        int n = heap.getInt(h, SIZE);
        int items = heap.getInt(h, ITEMS);
        for (int i = 0; i < n; i++) visit.accept(heap.getInt(items, i));
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
        if (size(h) == 0) return space.newStr("[]");
        if (!space.reprEnter(h)) return space.newStr("[...]");
        try {
            StringBuilder b = new StringBuilder("[");
            // the list may change while an item's repr runs: re-read the size each time
            for (int i = 0; i < size(h); i++) {
                if (i > 0) b.append(", ");
                int item = item(h, i);
                heap.incref(item);
                try {
                    b.append(space.repr(item));
                } finally {
                    heap.decref(item);
                }
            }
            return space.newStr(b.append(']').toString());
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
        int i = Sequences.index(space, key, size(h), "list");
        int item = item(h, i);
        heap.incref(item);
        return item;
    }

    @Override
    public void setItem(int h, int key, int value) {
        int i = Sequences.index(space, key, size(h), "list");
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

    @Override
    public int binaryOp(int a, int b, int op) {
        if (op == NumberOps.ADD && check(a) && check(b)) {
            int na = size(a), nb = size(b);
            int r = newList(na + nb);
            for (int i = 0; i < na; i++) append(r, item(a, i));
            for (int i = 0; i < nb; i++) append(r, item(b, i));
            return r;
        }
        return space.notImplemented();
    }

    @Override
    public int inplaceOp(int a, int b, int op) {
        if (op == NumberOps.ADD && check(b)) {
            int nb = size(b);
            for (int i = 0; i < nb; i++) append(a, item(b, i));
            heap.incref(a);
            return a;
        }
        return 0;
    }

    /** The list's block and the item array. */
    @Override
    public long sizeof(int h) {
        int owned = heap.getInt(h, ITEMS);
        return heap.blockBytes(h) + (owned == 0 ? 0 : heap.blockBytes(owned));
    }
}
