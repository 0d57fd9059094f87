package dev.pyvm.objects;

import dev.pyvm.gc.GcHeader;
import dev.pyvm.memory.Heap;

/**
 * {@code set} and {@code frozenset} (one class, two type objects): CPython 3.11's
 * {@code Objects/setobject.c}, an open-addressing hash table of (key, hash) entries probed
 * linearly LINEAR_PROBES entries at a time and then by CPython's perturbation sequence. Table
 * sizes, growth and probing are CPython's, so iteration order is too.
 * <pre>
 *   set    [refcnt | type | gc_next | gc_prev | FILL | USED | MASK | TABLE | HASH (2) | FINGER
 *           | smalltable: MINSIZE entries]
 *   entry  [key | hash (2 words)]
 *   TABLE  0 while the small table inside the object is the table, else a raw block of
 *          MASK + 1 entries
 * </pre>
 * An entry is unused (key 0, hash 0), active (a key and its hash), or a dummy left by a
 * deletion (key DUMMY, hash -1); no live hash is -1, so a probe never mistakes a dummy for a
 * key. USED counts active entries, FILL active and dummy ones: the table is resized once FILL
 * reaches 3/5 of it, so every probe sequence meets an unused entry. HASH caches a frozenset's
 * hash (-1 until computed); FINGER is where {@code pop()} resumes its search.
 */
public final class SetType extends TypeSlots {
    static final int FILL = GcHeader.CONTAINER_HEADER_WORDS;
    static final int USED = FILL + 1;
    static final int MASK = FILL + 2;
    static final int TABLE = FILL + 3;
    static final int HASH = FILL + 4;
    static final int FINGER = FILL + 6;
    /** The head of the set's weak references (not a reference it owns). */
    static final int WEAKLIST = FILL + 7;
    static final int SMALLTABLE = FILL + 8;
    static final int ENTRY_WORDS = 3;
    static final int E_KEY = 0;
    static final int E_HASH = 1;
    /** CPython: PySet_MINSIZE. */
    static final int MINSIZE = 8;
    static final int WORDS = SMALLTABLE + MINSIZE * ENTRY_WORDS;
    /** CPython: LINEAR_PROBES. */
    static final int LINEAR_PROBES = 9;
    /** CPython: PERTURB_SHIFT. */
    static final int PERTURB_SHIFT = 5;
    /** The key of a deleted entry: never a handle, since handles fit in {@link Heap#HANDLE_BITS} bits. */
    static final int DUMMY = Integer.MIN_VALUE;

    private final boolean frozen;

    SetType(ObjectSpace space, boolean frozen) {
        super(space);
        this.frozen = frozen;
    }

    @Override
    public String name() {
        return frozen ? "frozenset" : "set";
    }

    @Override
    public boolean isContainer() {
        return true;
    }

    private int setType() {
        return space.sequences.set.type;
    }

    private int frozensetType() {
        return space.sequences.frozenset.type;
    }

    /** Whether h is a set or frozenset (subclasses included). CPython: PyAnySet_Check. */
    public boolean checkAny(int h) {
        return space.isInstance(h, setType()) || space.isInstance(h, frozensetType());
    }

    /** Whether h is a set, not a frozenset. CPython: PySet_Check. */
    boolean checkMutable(int h) {
        return space.isInstance(h, setType());
    }

    private boolean isFrozenExact(int h) {
        return space.typeOf(h) == frozensetType();
    }

    public int size(int so) {
        return heap.getInt(so, USED);
    }

    // ---- the table ----

    /** The block holding so's table. */
    private int tb(int so) {
        int t = heap.getInt(so, TABLE);
        return t == 0 ? so : t;
    }

    /** The word of that block where the table starts. */
    private int base(int so) {
        return heap.getInt(so, TABLE) == 0 ? SMALLTABLE : 0;
    }

    /** A new empty set of type t (set, frozenset or a subclass). CPython 3.11: make_new_set() without an iterable. */
    int newEmpty(int t) {
        int so;
        if (t == setType() || t == frozensetType()) {
            so = heap.newObject(WORDS * Heap.WORD, t);
            heap.setInt(so, GcHeader.GC_NEXT, 0);
            heap.setInt(so, GcHeader.GC_PREV, 0);
        } else {
            so = allocSubtype(t, WORDS);
        }
        emptyToMinsize(so);
        heap.setInt(so, FINGER, 0);
        heap.setInt(so, WEAKLIST, 0);
        space.track(so);
        return so;
    }

    // CPython 3.11: set_empty_to_minsize()
    private void emptyToMinsize(int so) {
        heap.fillWords(so, SMALLTABLE, MINSIZE * ENTRY_WORDS, 0);
        heap.setInt(so, FILL, 0);
        heap.setInt(so, USED, 0);
        heap.setInt(so, MASK, MINSIZE - 1);
        heap.setInt(so, TABLE, 0);
        heap.setLong(so, HASH, -1);
    }

    /**
     * A new set of type t (set or frozenset) holding the items of {@code iterable} (borrowed; 0
     * for none). CPython 3.11: make_new_set().
     */
    public int newSet(int t, int iterable) {
        int so = newEmpty(t);
        if (iterable != 0) {
            try {
                updateInternal(so, iterable);
            } catch (RuntimeException e) {
                heap.decref(so);
                throw e;
            }
        }
        return so;
    }

    /** CPython 3.11: make_new_set_basetype(): operations on a subclass instance make a plain set or frozenset. */
    private int newSetBasetype(int t, int iterable) {
        if (t != setType() && t != frozensetType()) t = space.isSubtype(t, setType()) ? setType() : frozensetType();
        return newSet(t, iterable);
    }

    private boolean isExactStr(int h) {
        return space.typeOf(h) == space.strSlots.type;
    }

    /**
     * The entry where key is, or the unused entry ending its probe sequence (key word 0 there).
     * CPython 3.11: set_lookkey(). A comparison that changes the table restarts the search.
     */
    private int lookkey(int so, int key, long hash) {
        restart:
        for (;;) {
            int t = tb(so), b = base(so);
            int mask = heap.getInt(so, MASK);
            long perturb = hash;
            int i = (int) (hash & mask);
            for (;;) {
                int e = i;
                int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
                do {
                    int w = b + e * ENTRY_WORDS;
                    int ek = heap.getInt(t, w + E_KEY);
                    long eh = heap.getLong(t, w + E_HASH);
                    if (eh == 0 && ek == 0) return e;
                    if (eh == hash) {
                        if (ek == key) return e;
                        if (isExactStr(ek) && isExactStr(key)) {
                            if (space.strSlots.equal(ek, key)) return e;
                        } else {
                            heap.incref(ek);
                            boolean equal;
                            try {
                                equal = space.eq(ek, key);
                            } finally {
                                heap.decref(ek);
                            }
                            if (tb(so) != t || base(so) != b || heap.getInt(t, w + E_KEY) != ek) continue restart;
                            if (equal) return e;
                            mask = heap.getInt(so, MASK);
                        }
                    }
                    e++;
                } while (probes-- > 0);
                perturb >>>= PERTURB_SHIFT;
                i = (int) ((i * 5L + 1 + perturb) & mask);
            }
        }
    }

    private int keyAt(int so, int e) {
        return heap.getInt(tb(so), base(so) + e * ENTRY_WORDS + E_KEY);
    }

    private long hashAt(int so, int e) {
        return heap.getLong(tb(so), base(so) + e * ENTRY_WORDS + E_HASH);
    }

    private void setEntry(int so, int e, int key, long hash) {
        int w = base(so) + e * ENTRY_WORDS;
        heap.setInt(tb(so), w + E_KEY, key);
        heap.setLong(tb(so), w + E_HASH, hash);
    }

    /**
     * Adds key (a new reference is taken) with its hash. CPython 3.11: set_add_entry(): a dummy
     * met on the way is reused only once the key is known to be absent; filling an unused entry
     * may grow the table.
     */
    private void addEntry(int so, int key, long hash) {
        heap.incref(key);
        restart:
        for (;;) {
            int t = tb(so), b = base(so);
            int mask = heap.getInt(so, MASK);
            int i = (int) (hash & mask);
            int freeslot = -1;
            long perturb = hash;
            for (;;) {
                int e = i;
                int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
                do {
                    int w = b + e * ENTRY_WORDS;
                    int ek = heap.getInt(t, w + E_KEY);
                    long eh = heap.getLong(t, w + E_HASH);
                    if (eh == 0 && ek == 0) {
                        heap.setInt(so, USED, heap.getInt(so, USED) + 1);
                        if (freeslot >= 0) {
                            setEntry(so, freeslot, key, hash);
                            return;
                        }
                        int fill = heap.getInt(so, FILL) + 1;
                        heap.setInt(so, FILL, fill);
                        setEntry(so, e, key, hash);
                        if ((long) fill * 5 < (long) mask * 3) return;
                        int used = heap.getInt(so, USED);
                        tableResize(so, used > 50000 ? used * 2L : used * 4L);
                        return;
                    }
                    if (eh == hash) {
                        if (ek == key || isExactStr(ek) && isExactStr(key) && space.strSlots.equal(ek, key)) {
                            heap.decref(key);
                            return;
                        }
                        heap.incref(ek);
                        boolean equal;
                        try {
                            equal = space.eq(ek, key);
                        } catch (RuntimeException ex) {
                            heap.decref(ek);
                            heap.decref(key);
                            throw ex;
                        }
                        heap.decref(ek);
                        if (equal) {
                            heap.decref(key);
                            return;
                        }
                        if (tb(so) != t || base(so) != b || heap.getInt(t, w + E_KEY) != ek) continue restart;
                        mask = heap.getInt(so, MASK);
                    } else if (eh == -1) {
                        freeslot = e;
                    }
                    e++;
                } while (probes-- > 0);
                perturb >>>= PERTURB_SHIFT;
                i = (int) ((i * 5L + 1 + perturb) & mask);
            }
        }
    }

    /**
     * Puts a key known to be absent into a table without dummies; no reference changes.
     * CPython 3.11: set_insert_clean().
     */
    private void insertClean(int t, int b, int mask, int key, long hash) {
        long perturb = hash;
        int i = (int) (hash & mask);
        for (;;) {
            int w = b + i * ENTRY_WORDS;
            if (heap.getInt(t, w + E_KEY) == 0) {
                heap.setInt(t, w + E_KEY, key);
                heap.setLong(t, w + E_HASH, hash);
                return;
            }
            if (i + LINEAR_PROBES <= mask) {
                for (int j = 0; j < LINEAR_PROBES; j++) {
                    w += ENTRY_WORDS;
                    if (heap.getInt(t, w + E_KEY) == 0) {
                        heap.setInt(t, w + E_KEY, key);
                        heap.setLong(t, w + E_HASH, hash);
                        return;
                    }
                }
            }
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    /**
     * Rebuilds the table at the smallest power of two above {@code minused} (at least MINSIZE),
     * dropping the dummies. CPython 3.11: set_table_resize().
     */
    private void tableResize(int so, long minused) {
        long newsize = MINSIZE;
        while (newsize <= minused) newsize <<= 1;
        if (newsize * ENTRY_WORDS * Heap.WORD > Integer.MAX_VALUE) throw space.error(space.exceptions.memoryError, "");
        int oldT = tb(so), oldB = base(so);
        int oldMask = heap.getInt(so, MASK);
        boolean oldMalloced = heap.getInt(so, TABLE) != 0;
        int fill = heap.getInt(so, FILL), used = heap.getInt(so, USED);
        int newTable;
        if (newsize == MINSIZE) {
            newTable = 0;
            if (!oldMalloced) {
                if (fill == used) return; // no dummies: nothing to do
                // rebuild the small table in place from a copy, to purge its dummies
                int copy = heap.alloc(MINSIZE * ENTRY_WORDS * Heap.WORD);
                heap.copyWords(so, SMALLTABLE, copy, 0, MINSIZE * ENTRY_WORDS);
                oldT = copy;
                oldB = 0;
                oldMalloced = true;
            }
        } else {
            newTable = heap.alloc((int) newsize * ENTRY_WORDS * Heap.WORD);
        }
        heap.setInt(so, TABLE, newTable);
        heap.setInt(so, MASK, (int) newsize - 1);
        int t = tb(so), b = base(so), mask = (int) newsize - 1;
        heap.fillWords(t, b, (int) newsize * ENTRY_WORDS, 0);
        boolean noDummies = fill == used;
        if (!noDummies) heap.setInt(so, FILL, used);
        for (int e = 0; e <= oldMask; e++) {
            int w = oldB + e * ENTRY_WORDS;
            int key = heap.getInt(oldT, w + E_KEY);
            if (key != 0 && key != DUMMY) insertClean(t, b, mask, key, heap.getLong(oldT, w + E_HASH));
        }
        if (oldMalloced) heap.free(oldT);
    }

    private boolean containsEntry(int so, int key, long hash) {
        int e = lookkey(so, key, hash);
        return keyAt(so, e) != 0;
    }

    /** Removes key if present. CPython 3.11: set_discard_entry(). */
    private boolean discardEntry(int so, int key, long hash) {
        int e = lookkey(so, key, hash);
        int old = keyAt(so, e);
        if (old == 0) return false;
        setEntry(so, e, DUMMY, -1);
        heap.setInt(so, USED, heap.getInt(so, USED) - 1);
        heap.decref(old);
        return true;
    }

    /** {@code so.add(key)} (a new reference to key is taken when it is added). */
    public void add(int so, int key) {
        addEntry(so, key, space.hash(key));
    }

    /** {@code key in so}, without the retry for a set key. */
    public boolean containsKey(int so, int key) {
        return containsEntry(so, key, space.hash(key));
    }

    /** {@code so.discard(key)}, without the retry for a set key; whether it was there. */
    public boolean discardKey(int so, int key) {
        return discardEntry(so, key, space.hash(key));
    }

    /** Removes every item. CPython 3.11: set_clear_internal(): empties first, then drops the references. */
    public void clear(int so) {
        int t = tb(so), b = base(so);
        int fill = heap.getInt(so, FILL), used = heap.getInt(so, USED);
        boolean malloced = heap.getInt(so, TABLE) != 0;
        if (!malloced) {
            if (fill == 0) return;
            int copy = heap.alloc(MINSIZE * ENTRY_WORDS * Heap.WORD);
            heap.copyWords(so, SMALLTABLE, copy, 0, MINSIZE * ENTRY_WORDS);
            t = copy;
            b = 0;
        }
        emptyToMinsize(so);
        for (int w = b; used > 0; w += ENTRY_WORDS) {
            int key = heap.getInt(t, w + E_KEY);
            if (key != 0 && key != DUMMY) {
                used--;
                heap.decref(key);
            }
        }
        heap.free(t);
    }

    /** The position of the first active entry at or after pos, or -1. CPython 3.11: set_next(). */
    int next(int so, int pos) {
        int mask = heap.getInt(so, MASK);
        int t = tb(so), b = base(so);
        for (int i = pos; i <= mask; i++) {
            int key = heap.getInt(t, b + i * ENTRY_WORDS + E_KEY);
            if (key != 0 && key != DUMMY) return i;
        }
        return -1;
    }

    /** The key of active entry e (borrowed), as {@link #next} found it. */
    int entryKey(int so, int e) {
        return keyAt(so, e);
    }

    /** Calls {@code visit} on each item (borrowed), in table order; the set must not change meanwhile. */
    public void forEach(int so, java.util.function.IntConsumer visit) {
        for (int e = next(so, 0); e >= 0; e = next(so, e + 1)) visit.accept(keyAt(so, e));
    }

    // ---- slots ----

    @Override
    public int weaklistWord(int h) {
        return WEAKLIST;
    }

    @Override
    public void dealloc(int so) {
        if (heap.getInt(so, WEAKLIST) != 0) space.clearWeakrefs(so, WEAKLIST);
        int t = tb(so), b = base(so);
        int used = heap.getInt(so, USED);
        for (int w = b; used > 0; w += ENTRY_WORDS) {
            int key = heap.getInt(t, w + E_KEY);
            if (key != 0 && key != DUMMY) {
                used--;
                heap.decref(key);
            }
        }
        if (heap.getInt(so, TABLE) != 0) heap.free(heap.getInt(so, TABLE));
        heap.free(so);
    }

    @Override
    public void traverse(int so, java.util.function.IntConsumer visit) {
        forEach(so, visit);
    }

    @Override
    public long length(int so) {
        return size(so);
    }

    @Override
    public boolean isTrue(int so) {
        return size(so) != 0;
    }

    // CPython 3.11: set_repr()
    @Override
    public int repr(int so) {
        String typeName = space.typeName(space.typeOf(so));
        if (!space.reprEnter(so)) return space.newStr(typeName + "(...)");
        try {
            if (size(so) == 0) return space.newStr(typeName + "()");
            int keys = space.listSlots.fromIterable(so);
            String listRepr;
            try {
                listRepr = space.repr(keys);
            } finally {
                heap.decref(keys);
            }
            String items = listRepr.substring(1, listRepr.length() - 1);
            if (space.typeOf(so) == setType()) return space.newStr("{" + items + "}");
            return space.newStr(typeName + "({" + items + "})");
        } finally {
            space.reprLeave(so);
        }
    }

    @Override
    public long hash(int so) {
        if (!frozen) throw space.typeError("unhashable type: '" + space.typeName(space.typeOf(so)) + "'");
        return frozensetHash(so);
    }

    private static long shuffleBits(long h) {
        return ((h ^ 89869747L) ^ (h << 16)) * 3644798167L;
    }

    // CPython 3.11: frozenset_hash(): an order-independent xor of every entry's shuffled hash
    private long frozensetHash(int so) {
        long cached = heap.getLong(so, HASH);
        if (cached != -1) return cached;
        int t = tb(so), b = base(so);
        int mask = heap.getInt(so, MASK), fill = heap.getInt(so, FILL), used = heap.getInt(so, USED);
        long hash = 0;
        for (int e = 0; e <= mask; e++) hash ^= shuffleBits(heap.getLong(t, b + e * ENTRY_WORDS + E_HASH));
        if (((mask + 1 - fill) & 1) != 0) hash ^= shuffleBits(0); // an odd number of unused entries
        if (((fill - used) & 1) != 0) hash ^= shuffleBits(-1); // an odd number of dummies
        hash ^= ((long) used + 1) * 1927868237L;
        hash ^= (hash >>> 11) ^ (hash >>> 25);
        hash = hash * 69069L + 907133923L;
        if (hash == -1) hash = 590923713L;
        heap.setLong(so, HASH, hash);
        return hash;
    }

    @Override
    public int iter(int so) {
        return space.sequences.setIterator.newIterator(so);
    }

    /**
     * {@code key in so}; a set key that is unhashable is looked up as a frozenset. CPython 3.11:
     * set_contains().
     */
    @Override
    public boolean contains(int so, int key) {
        try {
            return containsKey(so, key);
        } catch (PyException e) {
            int tmp = asFrozenKey(e, key);
            try {
                return containsKey(so, tmp);
            } finally {
                heap.decref(tmp);
            }
        }
    }

    /** The frozenset standing for set key after hashing it raised e; rethrows e for any other key or error. */
    private int asFrozenKey(PyException e, int key) {
        if (!checkMutable(key) || !space.exceptions.matches(e.exception(), space.exceptions.typeError)) throw e;
        heap.decref(e.exception());
        return newSet(frozensetType(), key);
    }

    /** {@code so.remove(key)}: KeyError when absent. CPython 3.11: set_remove(). */
    public void remove(int so, int key) {
        if (!discard(so, key)) throw space.exceptions.raiseWithArg(space.exceptions.keyError, key);
    }

    /** {@code so.discard(key)}; whether the key was there. CPython 3.11: set_discard(). */
    public boolean discard(int so, int key) {
        try {
            return discardKey(so, key);
        } catch (PyException e) {
            int tmp = asFrozenKey(e, key);
            try {
                return discardKey(so, tmp);
            } finally {
                heap.decref(tmp);
            }
        }
    }

    /** {@code so.pop()}: a new reference. CPython 3.11: set_pop(), resuming at the finger. */
    public int pop(int so) {
        if (size(so) == 0) throw space.error(space.exceptions.keyError, "pop from an empty set");
        int mask = heap.getInt(so, MASK);
        int e = heap.getInt(so, FINGER) & mask;
        int key;
        while ((key = keyAt(so, e)) == 0 || key == DUMMY) {
            e++;
            if (e > mask) e = 0;
        }
        setEntry(so, e, DUMMY, -1);
        heap.setInt(so, USED, heap.getInt(so, USED) - 1);
        heap.setInt(so, FINGER, e + 1);
        return key;
    }

    // ---- merging ----

    /** Adds the items of another set. CPython 3.11: set_merge(). */
    private void merge(int so, int other) {
        int otherUsed = size(other);
        if (other == so || otherUsed == 0) return;
        if (((long) heap.getInt(so, FILL) + otherUsed) * 5 >= (long) heap.getInt(so, MASK) * 3) {
            tableResize(so, ((long) size(so) + otherUsed) * 2);
        }
        int ot = tb(other), ob = base(other), otherMask = heap.getInt(other, MASK);
        int t = tb(so), b = base(so), mask = heap.getInt(so, MASK);
        if (heap.getInt(so, FILL) == 0 && mask == otherMask && heap.getInt(other, FILL) == otherUsed) {
            // same size, ours empty, theirs without dummies: copy the entries where they are
            for (int e = 0; e <= otherMask; e++) {
                int w = e * ENTRY_WORDS;
                int key = heap.getInt(ot, ob + w + E_KEY);
                if (key != 0) {
                    heap.incref(key);
                    heap.setInt(t, b + w + E_KEY, key);
                    heap.setLong(t, b + w + E_HASH, heap.getLong(ot, ob + w + E_HASH));
                }
            }
            heap.setInt(so, FILL, heap.getInt(other, FILL));
            heap.setInt(so, USED, otherUsed);
            return;
        }
        if (heap.getInt(so, FILL) == 0) {
            heap.setInt(so, FILL, otherUsed);
            heap.setInt(so, USED, otherUsed);
            for (int e = 0; e <= otherMask; e++) {
                int w = ob + e * ENTRY_WORDS;
                int key = heap.getInt(ot, w + E_KEY);
                if (key != 0 && key != DUMMY) {
                    heap.incref(key);
                    insertClean(t, b, mask, key, heap.getLong(ot, w + E_HASH));
                }
            }
            return;
        }
        for (int e = 0; e <= heap.getInt(other, MASK); e++) {
            int key = keyAt(other, e);
            if (key != 0 && key != DUMMY) addEntry(so, key, hashAt(other, e));
        }
    }

    /** {@code so.update(other)} for one iterable (borrowed). CPython 3.11: set_update_internal(). */
    public void updateInternal(int so, int other) {
        if (checkAny(other)) {
            merge(so, other);
            return;
        }
        if (space.typeOf(other) == space.dictSlots.type()) {
            int dictSize = space.dictSlots.size(other);
            if (((long) heap.getInt(so, FILL) + dictSize) * 5 >= (long) heap.getInt(so, MASK) * 3) {
                tableResize(so, ((long) size(so) + dictSize) * 2);
            }
            for (int i = 0; i < space.dictSlots.entryCount(other); i++) {
                int key = space.dictSlots.entryKey(other, i);
                if (key != 0) addEntry(so, key, space.dictSlots.entryHash(other, i));
            }
            return;
        }
        int it = space.iter(other);
        try {
            for (int key; (key = space.iterNext(it)) != 0; ) {
                try {
                    add(so, key);
                } finally {
                    heap.decref(key);
                }
            }
        } finally {
            heap.decref(it);
        }
    }

    /**
     * Exchanges the contents of two sets. CPython 3.11: set_swap_bodies(), used to move an
     * intermediate result into a set updated in place.
     */
    private void swapBodies(int a, int b) {
        for (int w : new int[] {FILL, USED, MASK, TABLE}) {
            int x = heap.getInt(a, w);
            heap.setInt(a, w, heap.getInt(b, w));
            heap.setInt(b, w, x);
        }
        int n = MINSIZE * ENTRY_WORDS;
        int tmp = heap.alloc(n * Heap.WORD);
        heap.copyWords(a, SMALLTABLE, tmp, 0, n);
        heap.copyWords(b, SMALLTABLE, a, SMALLTABLE, n);
        heap.copyWords(tmp, 0, b, SMALLTABLE, n);
        heap.free(tmp);
        if (space.isInstance(a, frozensetType()) && space.isInstance(b, frozensetType())) {
            long h = heap.getLong(a, HASH);
            heap.setLong(a, HASH, heap.getLong(b, HASH));
            heap.setLong(b, HASH, h);
        } else {
            heap.setLong(a, HASH, -1);
            heap.setLong(b, HASH, -1);
        }
    }

    // ---- the operations: so and other borrowed, results new references ----

    /** {@code so.copy()}. CPython 3.11: set_copy() / frozenset_copy(). */
    public int copy(int so) {
        if (isFrozenExact(so)) {
            heap.incref(so);
            return so;
        }
        return newSetBasetype(space.typeOf(so), so);
    }

    private int plainCopy(int so) {
        return newSetBasetype(space.typeOf(so), so);
    }

    /** {@code so.union(*others)}. CPython 3.11: set_union(). */
    public int union(int so, int[] others) {
        int result = plainCopy(so);
        try {
            for (int other : others) if (other != so) updateInternal(result, other);
        } catch (RuntimeException e) {
            heap.decref(result);
            throw e;
        }
        return result;
    }

    /** {@code so & other} for any iterable other. CPython 3.11: set_intersection(). */
    public int intersection(int so, int other) {
        if (so == other) return plainCopy(so);
        int result = newSetBasetype(space.typeOf(so), 0);
        try {
            if (checkAny(other)) {
                if (size(other) > size(so)) {
                    int tmp = so;
                    so = other;
                    other = tmp;
                }
                for (int e = next(other, 0); e >= 0; e = next(other, e + 1)) {
                    int key = keyAt(other, e);
                    long hash = hashAt(other, e);
                    heap.incref(key);
                    try {
                        if (containsEntry(so, key, hash)) addEntry(result, key, hash);
                    } finally {
                        heap.decref(key);
                    }
                }
                return result;
            }
            int it = space.iter(other);
            try {
                for (int key; (key = space.iterNext(it)) != 0; ) {
                    try {
                        long hash = space.hash(key);
                        if (containsEntry(so, key, hash)) {
                            addEntry(result, key, hash);
                            if (size(result) >= size(so)) break;
                        }
                    } finally {
                        heap.decref(key);
                    }
                }
            } finally {
                heap.decref(it);
            }
            return result;
        } catch (RuntimeException e) {
            heap.decref(result);
            throw e;
        }
    }

    /** {@code so.intersection(*others)}. CPython 3.11: set_intersection_multi(). */
    public int intersectionMulti(int so, int[] others) {
        if (others.length == 0) return plainCopy(so);
        heap.incref(so);
        int result = so;
        for (int other : others) {
            int fresh;
            try {
                fresh = intersection(result, other);
            } finally {
                heap.decref(result);
            }
            result = fresh;
        }
        return result;
    }

    /** {@code so.intersection_update(*others)}. CPython 3.11: set_intersection_update_multi(). */
    public void intersectionUpdate(int so, int[] others) {
        int tmp = intersectionMulti(so, others);
        swapBodies(so, tmp);
        heap.decref(tmp);
    }

    /** {@code so.isdisjoint(other)}. CPython 3.11: set_isdisjoint(). */
    public boolean isDisjoint(int so, int other) {
        if (so == other) return size(so) == 0;
        if (space.typeOf(other) == setType() || space.typeOf(other) == frozensetType()) {
            if (size(other) > size(so)) {
                int tmp = so;
                so = other;
                other = tmp;
            }
            for (int e = next(other, 0); e >= 0; e = next(other, e + 1)) {
                int key = keyAt(other, e);
                heap.incref(key);
                try {
                    if (containsEntry(so, key, hashAt(other, e))) return false;
                } finally {
                    heap.decref(key);
                }
            }
            return true;
        }
        int it = space.iter(other);
        try {
            for (int key; (key = space.iterNext(it)) != 0; ) {
                try {
                    if (containsKey(so, key)) return false;
                } finally {
                    heap.decref(key);
                }
            }
            return true;
        } finally {
            heap.decref(it);
        }
    }

    /** Removes the items of one iterable. CPython 3.11: set_difference_update_internal(). */
    private void differenceUpdateInternal(int so, int other) {
        if (so == other) {
            clear(so);
            return;
        }
        if (checkAny(other)) {
            // when the other set is much larger, walk its intersection with ours instead
            if ((size(other) >> 3) > size(so)) other = intersection(so, other);
            else heap.incref(other);
            try {
                for (int e = next(other, 0); e >= 0; e = next(other, e + 1)) {
                    int key = keyAt(other, e);
                    heap.incref(key);
                    try {
                        discardEntry(so, key, hashAt(other, e));
                    } finally {
                        heap.decref(key);
                    }
                }
            } finally {
                heap.decref(other);
            }
        } else {
            int it = space.iter(other);
            try {
                for (int key; (key = space.iterNext(it)) != 0; ) {
                    try {
                        discardKey(so, key);
                    } finally {
                        heap.decref(key);
                    }
                }
            } finally {
                heap.decref(it);
            }
        }
        // more than a quarter dummies: resize them away
        if (heap.getInt(so, FILL) - size(so) <= heap.getInt(so, MASK) / 4) return;
        int used = size(so);
        tableResize(so, used > 50000 ? used * 2L : used * 4L);
    }

    /** {@code so.difference_update(*others)}. */
    public void differenceUpdate(int so, int[] others) {
        for (int other : others) differenceUpdateInternal(so, other);
    }

    private int copyAndDifference(int so, int other) {
        int result = plainCopy(so);
        try {
            differenceUpdateInternal(result, other);
        } catch (RuntimeException e) {
            heap.decref(result);
            throw e;
        }
        return result;
    }

    /** {@code so - other} for any iterable other. CPython 3.11: set_difference(). */
    public int difference(int so, int other) {
        int otherSize;
        boolean isDict = space.typeOf(other) == space.dictSlots.type();
        if (checkAny(other)) otherSize = size(other);
        else if (isDict) otherSize = space.dictSlots.size(other);
        else return copyAndDifference(so, other);
        if ((size(so) >> 2) > otherSize) return copyAndDifference(so, other);
        int result = newSetBasetype(space.typeOf(so), 0);
        try {
            for (int e = next(so, 0); e >= 0; e = next(so, e + 1)) {
                int key = keyAt(so, e);
                long hash = hashAt(so, e);
                heap.incref(key);
                try {
                    boolean there = isDict ? space.dictSlots.containsKnownHash(other, key, hash)
                            : containsEntry(other, key, hash);
                    if (!there) addEntry(result, key, hash);
                } finally {
                    heap.decref(key);
                }
            }
        } catch (RuntimeException e) {
            heap.decref(result);
            throw e;
        }
        return result;
    }

    /** {@code so.difference(*others)}. CPython 3.11: set_difference_multi(). */
    public int differenceMulti(int so, int[] others) {
        if (others.length == 0) return plainCopy(so);
        int result = difference(so, others[0]);
        try {
            for (int i = 1; i < others.length; i++) differenceUpdateInternal(result, others[i]);
        } catch (RuntimeException e) {
            heap.decref(result);
            throw e;
        }
        return result;
    }

    /** {@code so.symmetric_difference_update(other)}. CPython 3.11: set_symmetric_difference_update(). */
    public void symmetricDifferenceUpdate(int so, int other) {
        if (so == other) {
            clear(so);
            return;
        }
        if (space.typeOf(other) == space.dictSlots.type()) {
            for (int i = 0; i < space.dictSlots.entryCount(other); i++) {
                int key = space.dictSlots.entryKey(other, i);
                if (key == 0) continue;
                long hash = space.dictSlots.entryHash(other, i);
                heap.incref(key);
                try {
                    if (!discardEntry(so, key, hash)) addEntry(so, key, hash);
                } finally {
                    heap.decref(key);
                }
            }
            return;
        }
        int otherSet;
        if (checkAny(other)) {
            heap.incref(other);
            otherSet = other;
        } else {
            otherSet = newSetBasetype(space.typeOf(so), other);
        }
        try {
            for (int e = next(otherSet, 0); e >= 0; e = next(otherSet, e + 1)) {
                int key = keyAt(otherSet, e);
                long hash = hashAt(otherSet, e);
                heap.incref(key);
                try {
                    if (!discardEntry(so, key, hash)) addEntry(so, key, hash);
                } finally {
                    heap.decref(key);
                }
            }
        } finally {
            heap.decref(otherSet);
        }
    }

    /** {@code so ^ other}. CPython 3.11: set_symmetric_difference(). */
    public int symmetricDifference(int so, int other) {
        int result = newSetBasetype(space.typeOf(so), other);
        try {
            symmetricDifferenceUpdate(result, so);
        } catch (RuntimeException e) {
            heap.decref(result);
            throw e;
        }
        return result;
    }

    /** {@code so <= other}. CPython 3.11: set_issubset(). */
    public boolean isSubset(int so, int other) {
        if (!checkAny(other)) {
            int tmp = intersection(so, other);
            try {
                return size(tmp) == size(so);
            } finally {
                heap.decref(tmp);
            }
        }
        if (size(so) > size(other)) return false;
        for (int e = next(so, 0); e >= 0; e = next(so, e + 1)) {
            int key = keyAt(so, e);
            heap.incref(key);
            try {
                if (!containsEntry(other, key, hashAt(so, e))) return false;
            } finally {
                heap.decref(key);
            }
        }
        return true;
    }

    /** {@code so >= other}. CPython 3.11: set_issuperset(). */
    public boolean isSuperset(int so, int other) {
        if (checkAny(other)) return isSubset(other, so);
        int it = space.iter(other);
        try {
            for (int key; (key = space.iterNext(it)) != 0; ) {
                try {
                    if (!containsKey(so, key)) return false;
                } finally {
                    heap.decref(key);
                }
            }
            return true;
        } finally {
            heap.decref(it);
        }
    }

    // CPython 3.11: set_richcompare()
    @Override
    public int richCompare(int v, int w, int op) {
        if (!checkAny(w)) return space.notImplemented();
        return space.newBool(switch (op) {
            case Compare.EQ -> setEquals(v, w);
            case Compare.NE -> !setEquals(v, w);
            case Compare.LE -> isSubset(v, w);
            case Compare.GE -> isSuperset(v, w);
            case Compare.LT -> size(v) < size(w) && isSubset(v, w);
            default -> size(v) > size(w) && isSuperset(v, w);
        });
    }

    private boolean setEquals(int v, int w) {
        if (size(v) != size(w)) return false;
        long hv = heap.getLong(v, HASH), hw = heap.getLong(w, HASH);
        if (hv != -1 && hw != -1 && hv != hw) return false;
        return isSubset(v, w);
    }

    // CPython 3.11: set_or, set_and, set_sub, set_xor: both operands sets, else NotImplemented
    @Override
    public int binaryOp(int a, int b, int op) {
        if (!checkAny(a) || !checkAny(b)) return space.notImplemented();
        if (op == NumberOps.OR) {
            int result = plainCopy(a);
            if (a == b) return result;
            try {
                updateInternal(result, b);
            } catch (RuntimeException e) {
                heap.decref(result);
                throw e;
            }
            return result;
        }
        if (op == NumberOps.AND) return intersection(a, b);
        if (op == NumberOps.SUBTRACT) return difference(a, b);
        if (op == NumberOps.XOR) return symmetricDifference(a, b);
        return space.notImplemented();
    }

    // CPython 3.11: set_ior, set_iand, set_isub, set_ixor; frozenset has no in-place slots
    @Override
    public int inplaceOp(int a, int b, int op) {
        if (frozen || !checkAny(b)) return 0;
        switch (op) {
            case NumberOps.OR -> updateInternal(a, b);
            case NumberOps.AND -> intersectionUpdate(a, new int[] {b});
            case NumberOps.SUBTRACT -> differenceUpdateInternal(a, b);
            case NumberOps.XOR -> symmetricDifferenceUpdate(a, b);
            default -> {
                return 0;
            }
        }
        heap.incref(a);
        return a;
    }

    // CPython 3.11: set_vectorcall() and frozenset_vectorcall()
    @Override
    public int construct(int t, int[] args, int start, int nargs, int kwnames) {
        String name = name();
        ArgParser.noKeywords(space, name, kwnames);
        ArgParser.checkPositional(space, name, nargs, 0, 1);
        int iterable = nargs == 1 ? args[start] : 0;
        if (frozen && t == type && iterable != 0 && isFrozenExact(iterable)) {
            heap.incref(iterable); // frozenset(f) is f
            return iterable;
        }
        return newSet(t, iterable);
    }

    @Override
    public boolean acceptableBase() {
        return true;
    }

    // CPython 3.11: set_new() (empty: set_init fills it), frozenset_new()
    @Override
    public int newSubtype(int t, int[] args, int start, int nargs, int kwnames) {
        return frozen ? construct(t, args, start, nargs, kwnames) : newEmpty(t);
    }

    // CPython 3.11: set_init(): empties the set, then adds the iterable's items
    @Override
    public void init(int so, int[] args, int start, int nargs, int kwnames) {
        if (frozen) {
            super.init(so, args, start, nargs, kwnames);
            return;
        }
        ArgParser.noKeywords(space, "set", kwnames);
        ArgParser.checkPositional(space, "set", nargs, 0, 1);
        clear(so);
        if (nargs == 1) updateInternal(so, args[start]);
    }

    /** Checks the table's invariants: counts, dummies' hashes, every key found where it is. */
    public void checkInvariants(int so) {
        int mask = heap.getInt(so, MASK);
        int fill = 0, used = 0;
        for (int e = 0; e <= mask; e++) {
            int key = keyAt(so, e);
            long hash = hashAt(so, e);
            if (key == 0) {
                if (hash != 0) throw new IllegalStateException("unused entry " + e + " has hash " + hash);
                continue;
            }
            fill++;
            if (key == DUMMY) {
                if (hash != -1) throw new IllegalStateException("dummy entry " + e + " has hash " + hash);
                continue;
            }
            used++;
            if (lookkey(so, key, hash) != e) throw new IllegalStateException("key at " + e + " not found there");
        }
        if (fill != heap.getInt(so, FILL) || used != size(so)) {
            throw new IllegalStateException("fill " + heap.getInt(so, FILL) + " used " + size(so)
                    + " but the table has " + fill + " and " + used);
        }
        if (fill > mask) throw new IllegalStateException("no unused entry left");
    }
}
