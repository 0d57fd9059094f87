package dev.pyvm.objects;

import dev.pyvm.gc.GcHeader;
import dev.pyvm.memory.Heap;

/**
 * {@code dict}, CPython 3.11's compact dict: a table of indices into an array of entries kept in
 * insertion order, probed with CPython's perturbation sequence.
 * <pre>
 *   dict  [refcnt | type | gc_next | gc_prev | USED | KEYS]                 KEYS 0: no entries yet
 *   KEYS  [LOG2SIZE | USABLE | NENTRIES | VERSION | indices[1 &lt;&lt; LOG2SIZE] | entries …]  (a raw block)
 *   entry [hash (2 words) | key | value]          a deleted entry has key 0; its index is DUMMY
 * </pre>
 * An index is EMPTY, DUMMY (deleted) or the position of an entry. USABLE counts the entries that
 * can still be appended before the table grows (CPython: dk_usable). VERSION is CPython 3.11's
 * dk_version: 0, or a number no other keys block ever had, given when the specializer asks
 * ({@link #keysVersion}) and taken away (0) when a key is added or removed; while it stands,
 * each key's entry, and so the word of its value, stays where it is (LOAD_GLOBAL_MODULE).
 */
public final class DictType extends TypeSlots {
    static final int USED = GcHeader.CONTAINER_HEADER_WORDS;
    static final int KEYS = USED + 1;
    /** The words of a dict's block; a subtype's layout (defaultdict's) extends it. */
    public static final int WORDS = USED + 2;

    static final int LOG2SIZE = 0;
    static final int USABLE = 1;
    static final int NENTRIES = 2;
    static final int VERSION = 3;
    static final int INDICES = 4;
    static final int ENTRY_WORDS = 4;
    static final int E_HASH = 0;
    static final int E_KEY = 2;
    static final int E_VALUE = 3;

    static final int EMPTY = -1;
    static final int DUMMY = -2;
    /** CPython: PyDict_LOG_MINSIZE. */
    static final int LOG_MINSIZE = 3;
    /** CPython: PyDict_MAXFREELIST. */
    static final int MAX_FREE_LIST = 80;

    private final int freeList;

    DictType(ObjectSpace space) {
        super(space);
        freeList = heap.registerFreeList("free PyDictObject", WORDS * Heap.WORD, MAX_FREE_LIST);
    }

    @Override
    public String name() {
        return "dict";
    }

    @Override
    public boolean isContainer() {
        return true;
    }

    /** A new empty dict. */
    public int newDict() {
        int h = heap.freeListPop(freeList);
        if (h == 0) h = heap.newObject(WORDS * Heap.WORD, type);
        else heap.initObject(h, type);
        heap.setInt(h, GcHeader.GC_NEXT, 0);
        heap.setInt(h, GcHeader.GC_PREV, 0);
        heap.setInt(h, USED, 0);
        heap.setInt(h, KEYS, 0);
        return h;
    }

    public boolean check(int h) {
        int t = space.typeOf(h);
        return t == type || space.isSubtype(t, type);
    }

    public int size(int h) {
        return heap.getInt(h, USED);
    }

    /** CPython: USABLE_FRACTION. */
    static int usableFraction(int size) {
        return (size << 1) / 3;
    }

    private int newKeys(int log2) {
        int size = 1 << log2;
        int usable = usableFraction(size);
        long words = (long) INDICES + size + (long) usable * ENTRY_WORDS;
        if (words * Heap.WORD > Integer.MAX_VALUE) throw space.error(space.exceptions.memoryError, "");
        int k = heap.alloc((int) words * Heap.WORD);
        heap.setInt(k, LOG2SIZE, log2);
        heap.setInt(k, USABLE, usable);
        heap.setInt(k, NENTRIES, 0);
        heap.setInt(k, VERSION, 0);
        heap.fillWords(k, INDICES, size, EMPTY);
        return k;
    }

    private static int entry(int keys, int heapLog2, int ix) {
        return INDICES + (1 << heapLog2) + ix * ENTRY_WORDS;
    }

    /**
     * The position of key's entry, or -1. CPython 3.11: Objects/dictobject.c dictkeys_generic_lookup.
     * Comparing keys may run Python code; a dict changed by it is looked up again.
     */
    private int lookup(int h, int key, long hash) {
        for (;;) {
            int keys = heap.getInt(h, KEYS);
            if (keys == 0) return -1;
            int log2 = heap.getInt(keys, LOG2SIZE);
            int mask = (1 << log2) - 1;
            long perturb = hash;
            int i = (int) (hash & mask);
            boolean restart = false;
            for (;;) {
                int ix = heap.getInt(keys, INDICES + i);
                if (ix == EMPTY) return -1;
                if (ix >= 0) {
                    int e = entry(keys, log2, ix);
                    int ek = heap.getInt(keys, e + E_KEY);
                    if (ek == key) return ix;
                    if (heap.getLong(keys, e + E_HASH) == hash) {
                        if (fastStrEquals(ek, key)) return ix;
                        if (!isExactStr(ek) || !isExactStr(key)) {
                            heap.incref(ek);
                            boolean equal;
                            try {
                                equal = space.eq(ek, key);
                            } finally {
                                heap.decref(ek);
                            }
                            if (heap.getInt(h, KEYS) != keys || heap.getInt(keys, e + E_KEY) != ek) {
                                restart = true; // the comparison changed the dict
                                break;
                            }
                            if (equal) return ix;
                        }
                    }
                }
                perturb >>>= 5;
                i = (int) ((i * 5L + perturb + 1) & mask);
            }
            if (!restart) return -1;
        }
    }

    private boolean isExactStr(int h) {
        return space.typeOf(h) == space.strSlots.type;
    }

    private boolean fastStrEquals(int a, int b) {
        return isExactStr(a) && isExactStr(b) && space.strSlots.equal(a, b);
    }

    /** The value for key (borrowed), or 0. Hashing the key may raise (unhashable). */
    public int get(int h, int key) {
        long hash = space.hash(key);
        int ix = lookup(h, key, hash);
        if (ix < 0) return 0;
        int keys = heap.getInt(h, KEYS);
        return heap.getInt(keys, entry(keys, heap.getInt(keys, LOG2SIZE), ix) + E_VALUE);
    }

    /**
     * The value for key (borrowed), or 0, by way of a hint: where the key was found last time, as
     * an entry index into h's keys, kept in {@code hints[slot]} and updated here. The hint is
     * taken only when that entry holds key itself (the same object): keys are unique in a dict,
     * so the check alone makes a stale hint harmless (no version tag is needed for a hit). A
     * miss costs a lookup, as {@link #get(int, int)}. CPython 3.11: LOAD_GLOBAL_MODULE's index
     * into the keys, guarded there by dk_version.
     */
    public int getHinted(int h, int key, int[] hints, int slot) {
        int keys = heap.getInt(h, KEYS);
        if (keys == 0) return 0;
        int hint = hints[slot];
        int log2 = heap.getInt(keys, LOG2SIZE);
        if (hint < heap.getInt(keys, NENTRIES)) {
            int e = entry(keys, log2, hint);
            if (heap.getInt(keys, e + E_KEY) == key) return heap.getInt(keys, e + E_VALUE);
        }
        int ix = lookup(h, key, isExactStr(key) ? space.strSlots.hash(key) : space.hash(key));
        if (ix < 0) return 0;
        hints[slot] = ix;
        keys = heap.getInt(h, KEYS); // a comparison may have changed the dict
        return heap.getInt(keys, entry(keys, heap.getInt(keys, LOG2SIZE), ix) + E_VALUE);
    }

    // ---- keys versions, for LOAD_GLOBAL_MODULE and LOAD_GLOBAL_BUILTIN ----

    /** The next keys version to give; past 2^31 - 1 none is given any more. CPython: next_keys_version. */
    private int nextKeysVersion = 1;

    /** The version of h's keys, given now if they have none; 0 when they cannot have one. CPython: _PyDictKeys_GetVersionForCurrentState. */
    public int keysVersion(int h) {
        int keys = heap.getInt(h, KEYS);
        if (keys == 0) return 0;
        int v = heap.getInt(keys, VERSION);
        if (v == 0 && nextKeysVersion > 0) {
            v = nextKeysVersion++;
            heap.setInt(keys, VERSION, v);
        }
        return v;
    }

    /** The version h's keys have now (0: none). */
    public int currentKeysVersion(int h) {
        int keys = heap.getInt(h, KEYS);
        return keys == 0 ? 0 : heap.getInt(keys, VERSION);
    }

    /** The value (borrowed) at word {@code word} of h's keys if they still have version {@code version}, else 0. */
    public int valueAtVersion(int h, int version, int word) {
        int keys = heap.getInt(h, KEYS);
        return keys != 0 && heap.getInt(keys, VERSION) == version ? heap.getInt(keys, word) : 0;
    }

    /**
     * The word of h's keys holding str key's value: -1 when the key is absent, -2 when telling
     * would compare keys other than exact strs (which could run Python code).
     */
    public int strValueWord(int h, int key) {
        int keys = heap.getInt(h, KEYS);
        if (keys == 0) return -1;
        long hash = space.strSlots.hash(key);
        int log2 = heap.getInt(keys, LOG2SIZE);
        int mask = (1 << log2) - 1;
        long perturb = hash;
        int i = (int) (hash & mask);
        for (;;) {
            int ix = heap.getInt(keys, INDICES + i);
            if (ix == EMPTY) return -1;
            if (ix >= 0) {
                int e = entry(keys, log2, ix);
                int ek = heap.getInt(keys, e + E_KEY);
                if (ek == key) return e + E_VALUE;
                if (heap.getLong(keys, e + E_HASH) == hash) {
                    if (!isExactStr(ek)) return -2;
                    if (space.strSlots.equal(ek, key)) return e + E_VALUE;
                }
            }
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
    }

    /** The value for a Java name (borrowed), or 0: a lookup by an interned str. */
    public int get(int h, String name) {
        return get(h, space.intern(name));
    }

    /** {@code d[key] = value}, taking new references to both. */
    public void put(int h, int key, int value) {
        long hash = space.hash(key);
        int ix = lookup(h, key, hash);
        int keys = heap.getInt(h, KEYS);
        if (ix >= 0) {
            int e = entry(keys, heap.getInt(keys, LOG2SIZE), ix);
            int old = heap.getInt(keys, e + E_VALUE);
            maintainTracking(h, key, value);
            heap.incref(value);
            heap.setInt(keys, e + E_VALUE, value);
            heap.decref(old);
            return;
        }
        if (keys == 0 || heap.getInt(keys, USABLE) <= 0) {
            grow(h);
            keys = heap.getInt(h, KEYS);
        }
        int log2 = heap.getInt(keys, LOG2SIZE);
        int slot = findEmptySlot(keys, log2, hash);
        int n = heap.getInt(keys, NENTRIES);
        int e = entry(keys, log2, n);
        maintainTracking(h, key, value);
        heap.incref(key);
        heap.incref(value);
        heap.setLong(keys, e + E_HASH, hash);
        heap.setInt(keys, e + E_KEY, key);
        heap.setInt(keys, e + E_VALUE, value);
        heap.setInt(keys, INDICES + slot, n);
        heap.setInt(keys, NENTRIES, n + 1);
        heap.setInt(keys, VERSION, 0);
        heap.setInt(keys, USABLE, heap.getInt(keys, USABLE) - 1);
        heap.setInt(h, USED, heap.getInt(h, USED) + 1);
    }

    /** A dict is tracked once it holds something the collector may track. CPython: MAINTAIN_TRACKING. */
    private void maintainTracking(int h, int key, int value) {
        if (space.gc.isTracked(h)) return;
        if (mayBeTracked(key) || mayBeTracked(value)) space.gc.trackExisting(h);
    }

    // CPython 3.11: _PyObject_GC_MAY_BE_TRACKED()
    private boolean mayBeTracked(int h) {
        if (!space.isContainer(h)) return false;
        return space.typeOf(h) != space.tupleSlots.type() || space.gc.isTracked(h);
    }

    // CPython 3.11: find_empty_slot(): the first EMPTY or DUMMY index on the probe sequence
    private int findEmptySlot(int keys, int log2, long hash) {
        int mask = (1 << log2) - 1;
        long perturb = hash;
        int i = (int) (hash & mask);
        while (heap.getInt(keys, INDICES + i) >= 0) {
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
        return i;
    }

    // CPython 3.11: dictresize() to calculate_log2_keysize(GROWTH_RATE(d)), GROWTH_RATE = used * 3
    private void grow(int h) {
        int used = heap.getInt(h, USED);
        int log2 = LOG_MINSIZE;
        while ((1L << log2) < (long) used * 3) log2++;
        if (log2 > 28) throw space.error(space.exceptions.memoryError, "");
        int fresh = newKeys(log2);
        int old = heap.getInt(h, KEYS);
        if (old != 0) {
            int oldLog2 = heap.getInt(old, LOG2SIZE);
            int n = heap.getInt(old, NENTRIES);
            int j = 0;
            for (int i = 0; i < n; i++) {
                int e = entry(old, oldLog2, i);
                int key = heap.getInt(old, e + E_KEY);
                if (key == 0) continue;
                long hash = heap.getLong(old, e + E_HASH);
                int ne = entry(fresh, log2, j);
                heap.setLong(fresh, ne + E_HASH, hash);
                heap.setInt(fresh, ne + E_KEY, key);
                heap.setInt(fresh, ne + E_VALUE, heap.getInt(old, e + E_VALUE));
                heap.setInt(fresh, INDICES + findEmptySlot(fresh, log2, hash), j);
                j++;
            }
            heap.setInt(fresh, NENTRIES, j);
            heap.setInt(fresh, USABLE, heap.getInt(fresh, USABLE) - j);
            heap.free(old);
        }
        heap.setInt(h, KEYS, fresh);
    }

    /** {@code del d[key]}; false when the key is absent. */
    public boolean remove(int h, int key) {
        long hash = space.hash(key);
        int ix = lookup(h, key, hash);
        if (ix < 0) return false;
        int keys = heap.getInt(h, KEYS);
        int log2 = heap.getInt(keys, LOG2SIZE);
        // find the index slot that points at ix
        int mask = (1 << log2) - 1;
        long perturb = hash;
        int i = (int) (hash & mask);
        while (heap.getInt(keys, INDICES + i) != ix) {
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
        heap.setInt(keys, INDICES + i, DUMMY);
        heap.setInt(keys, VERSION, 0);
        int e = entry(keys, log2, ix);
        int oldKey = heap.getInt(keys, e + E_KEY), oldValue = heap.getInt(keys, e + E_VALUE);
        heap.setInt(keys, e + E_KEY, 0);
        heap.setInt(keys, e + E_VALUE, 0);
        heap.setInt(h, USED, heap.getInt(h, USED) - 1);
        heap.decref(oldKey);
        heap.decref(oldValue);
        return true;
    }

    /** Entry positions, in insertion order, of live entries: call {@code visit(key, value)} for each (borrowed). */
    public void forEach(int h, EntryVisitor visit) {
        int keys = heap.getInt(h, KEYS);
        if (keys == 0) return;
        int log2 = heap.getInt(keys, LOG2SIZE);
        int n = heap.getInt(keys, NENTRIES);
        for (int i = 0; i < n; i++) {
            int e = entry(keys, log2, i);
            int key = heap.getInt(keys, e + E_KEY);
            if (key != 0) visit.visit(key, heap.getInt(keys, e + E_VALUE));
        }
    }

    @FunctionalInterface
    public interface EntryVisitor {
        void visit(int key, int value);
    }

    /** Removes every entry (also the collector's tp_clear). */
    @Override
    public void clear(int h) {
        int keys = heap.getInt(h, KEYS);
        if (keys == 0) return;
        heap.setInt(h, KEYS, 0);
        heap.setInt(h, USED, 0);
        releaseKeys(keys);
    }

    private void releaseKeys(int keys) {
        int log2 = heap.getInt(keys, LOG2SIZE);
        int n = heap.getInt(keys, NENTRIES);
        for (int i = 0; i < n; i++) {
            int e = entry(keys, log2, i);
            int key = heap.getInt(keys, e + E_KEY);
            if (key == 0) continue;
            heap.decref(key);
            heap.decref(heap.getInt(keys, e + E_VALUE));
        }
        heap.free(keys);
    }

    @Override
    public void dealloc(int h) {
        int keys = heap.getInt(h, KEYS);
        if (keys != 0) releaseKeys(keys);
        if (space.typeOf(h) == type) heap.freeListPush(freeList, h);
        else heap.free(h);
    }

    /**
     * Each entry's value then its key, in insertion order; only the values when every key is an
     * exact str (CPython 3.11's dict_traverse, whose DICT_KEYS_UNICODE tables hold only str keys).
     */
    @Override
    // CPython 3.11: Objects/dictobject.c dict_traverse(): each value, then its key unless every
    // key is an exact str (CPython's DICT_KEYS_UNICODE tables do not visit their keys)
    public void traverse(int h, java.util.function.IntConsumer visit) {
        int keys = heap.getInt(h, KEYS);
        if (keys == 0) return;
        int log2 = heap.getInt(keys, LOG2SIZE);
        int n = heap.getInt(keys, NENTRIES);
        int str = space.strSlots.type();
        boolean unicode = true;
        for (int i = 0; i < n && unicode; i++) {
            int key = heap.getInt(keys, entry(keys, log2, i) + E_KEY);
            if (key != 0 && space.typeOf(key) != str) unicode = false;
        }
        for (int i = 0; i < n; i++) {
            int e = entry(keys, log2, i);
            int key = heap.getInt(keys, e + E_KEY);
            if (key == 0) continue;
            visit.accept(heap.getInt(keys, e + E_VALUE));
            if (!unicode) visit.accept(key);
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
    public long hash(int h) {
        throw space.typeError("unhashable type: 'dict'");
    }

    @Override
    public int getItem(int h, int key) {
        int v = get(h, key);
        if (v == 0 && space.typeOf(h) != type) {
            // CPython 3.11: dict_subscript(): a subclass's __missing__ answers for an absent key
            int missing = space.lookupType(space.typeOf(h), space.ids.__missing__);
            if (missing != 0) return space.callMethod(missing, h, key);
        }
        if (v == 0) throw space.exceptions.raiseWithArg(space.exceptions.keyError, key);
        heap.incref(v);
        return v;
    }

    @Override
    public void setItem(int h, int key, int value) {
        if (value != 0) put(h, key, value);
        else if (!remove(h, key)) throw space.exceptions.raiseWithArg(space.exceptions.keyError, key);
    }

    @Override
    public boolean contains(int h, int key) {
        return lookup(h, key, space.hash(key)) >= 0;
    }

    @Override
    public int repr(int h) {
        return reprByBuilder(h);
    }

    @Override
    public void reprTo(int h, StringBuilder b) {
        if (size(h) == 0) {
            b.append("{}");
            return;
        }
        if (!space.reprEnter(h)) {
            b.append("{...}");
            return;
        }
        try {
            b.append('{');
            int first = b.length();
            forEach(h, (k, v) -> {
                if (b.length() > first) b.append(", ");
                space.reprTo(k, b);
                b.append(": ");
                space.reprTo(v, b);
            });
            b.append('}');
        } finally {
            space.reprLeave(h);
        }
    }

    // ---- entries by position, for iterators and sets ----

    /** Entry positions in use, deleted ones included (CPython: dk_nentries); 0 for a dict without a table. */
    int entryCount(int h) {
        int keys = heap.getInt(h, KEYS);
        return keys == 0 ? 0 : heap.getInt(keys, NENTRIES);
    }

    private int entryWord(int h, int i) {
        int keys = heap.getInt(h, KEYS);
        return entry(keys, heap.getInt(keys, LOG2SIZE), i);
    }

    /** The key of entry i (borrowed), 0 when the entry was deleted. */
    int entryKey(int h, int i) {
        return heap.getInt(heap.getInt(h, KEYS), entryWord(h, i) + E_KEY);
    }

    /** The value of entry i (borrowed). */
    int entryValue(int h, int i) {
        return heap.getInt(heap.getInt(h, KEYS), entryWord(h, i) + E_VALUE);
    }

    /** The stored hash of entry i's key. */
    long entryHash(int h, int i) {
        return heap.getLong(heap.getInt(h, KEYS), entryWord(h, i) + E_HASH);
    }

    /** {@code key in d} for a key whose hash is known. CPython: _PyDict_Contains_KnownHash. */
    boolean containsKnownHash(int h, int key, long hash) {
        return lookup(h, key, hash) >= 0;
    }

    // ---- the methods' bodies: arguments borrowed, results new references ----

    /** {@code d.setdefault(key, default)}: the value now bound to key. CPython 3.11: PyDict_SetDefault(). */
    public int setDefault(int h, int key, int dflt) {
        int v = get(h, key);
        if (v == 0) {
            put(h, key, dflt);
            v = dflt;
        }
        heap.incref(v);
        return v;
    }

    /** {@code d.pop(key[, default])} (dflt 0: none): KeyError without a default. CPython 3.11: _PyDict_Pop(). */
    public int pop(int h, int key, int dflt) {
        int v = size(h) == 0 ? 0 : get(h, key);
        if (v == 0) {
            if (dflt == 0) throw space.exceptions.raiseWithArg(space.exceptions.keyError, key);
            heap.incref(dflt);
            return dflt;
        }
        heap.incref(v);
        remove(h, key);
        return v;
    }

    /**
     * {@code d.popitem()}: the last entry as a (key, value) tuple. CPython 3.11: dict_popitem_impl():
     * the entry count drops to the popped position, so that position is used again next.
     */
    public int popItem(int h) {
        if (size(h) == 0) {
            throw space.exceptions.raiseWithArg(space.exceptions.keyError, space.intern("popitem(): dictionary is empty"));
        }
        int keys = heap.getInt(h, KEYS);
        int log2 = heap.getInt(keys, LOG2SIZE);
        int i = heap.getInt(keys, NENTRIES) - 1;
        while (i >= 0 && heap.getInt(keys, entry(keys, log2, i) + E_KEY) == 0) i--;
        int e = entry(keys, log2, i);
        int key = heap.getInt(keys, e + E_KEY), value = heap.getInt(keys, e + E_VALUE);
        long hash = heap.getLong(keys, e + E_HASH);
        int mask = (1 << log2) - 1;
        long perturb = hash;
        int slot = (int) (hash & mask);
        while (heap.getInt(keys, INDICES + slot) != i) {
            perturb >>>= 5;
            slot = (int) ((slot * 5L + perturb + 1) & mask);
        }
        heap.setInt(keys, INDICES + slot, DUMMY);
        heap.setInt(keys, VERSION, 0);
        heap.setInt(keys, e + E_KEY, 0);
        heap.setInt(keys, e + E_VALUE, 0);
        heap.setInt(keys, NENTRIES, i);
        heap.setInt(h, USED, heap.getInt(h, USED) - 1);
        return space.newTuple(key, value); // the entry's references pass to the tuple
    }

    /** {@code d.copy()}: a new dict with the same items in the same order. */
    public int copy(int h) {
        int r = newDict();
        try {
            merge(r, h, true);
        } catch (RuntimeException e) {
            heap.decref(r);
            throw e;
        }
        return r;
    }

    /**
     * Adds the items of a mapping; an existing key keeps its value unless {@code override}. A dict
     * is read entry by entry; another mapping through its {@code keys()} and subscription.
     * CPython 3.11: dict_merge().
     */
    public void merge(int h, int other, boolean override) {
        if (check(other)) {
            if (other == h || size(other) == 0) return;
            for (int i = 0; i < entryCount(other); i++) {
                int key = entryKey(other, i);
                if (key == 0) continue;
                int value = entryValue(other, i);
                heap.incref(key);
                heap.incref(value);
                try {
                    if (override || get(h, key) == 0) put(h, key, value);
                } finally {
                    heap.decref(key);
                    heap.decref(value);
                }
            }
            return;
        }
        int keysMethod = space.getAttr(other, space.intern("keys"));
        int keyList;
        try {
            keyList = space.call(keysMethod);
        } finally {
            heap.decref(keysMethod);
        }
        try {
            int it = space.iter(keyList);
            try {
                for (int key; (key = space.iterNext(it)) != 0; ) {
                    try {
                        if (!override && get(h, key) != 0) continue;
                        int value = space.getItem(other, key);
                        try {
                            put(h, key, value);
                        } finally {
                            heap.decref(value);
                        }
                    } finally {
                        heap.decref(key);
                    }
                }
            } finally {
                heap.decref(it);
            }
        } finally {
            heap.decref(keyList);
        }
    }

    /**
     * Adds the pairs an iterable yields. CPython 3.11: PyDict_MergeFromSeq2(), with its messages
     * for an element that is no sequence or not of length 2.
     */
    public void mergeFromSeq2(int h, int seq2) {
        int it = space.iter(seq2);
        try {
            long index = 0;
            for (int item; (item = space.iterNext(it)) != 0; index++) {
                try {
                    int fast;
                    try {
                        fast = space.listSlots.fast(item, "");
                    } catch (PyException e) {
                        if (!space.exceptions.matches(e.exception(), space.exceptions.typeError)) throw e;
                        heap.decref(e.exception());
                        throw space.typeError("cannot convert dictionary update sequence element #" + index
                                + " to a sequence");
                    }
                    try {
                        int n = (int) space.length(fast);
                        if (n != 2) {
                            throw space.valueError("dictionary update sequence element #" + index + " has length "
                                    + n + "; 2 is required");
                        }
                        int key = space.listSlots.fastItem(fast, 0), value = space.listSlots.fastItem(fast, 1);
                        heap.incref(key);
                        heap.incref(value);
                        try {
                            put(h, key, value);
                        } finally {
                            heap.decref(key);
                            heap.decref(value);
                        }
                    } finally {
                        heap.decref(fast);
                    }
                } finally {
                    heap.decref(item);
                }
            }
        } finally {
            heap.decref(it);
        }
    }

    /** One positional argument of update() or dict(): a dict or mapping (has keys()), else pairs. CPython 3.11: dict_update_arg(). */
    public void updateArg(int h, int arg) {
        if (space.typeOf(arg) == type) {
            merge(h, arg, true);
            return;
        }
        if (hasKeys(arg)) merge(h, arg, true);
        else mergeFromSeq2(h, arg);
    }

    private boolean hasKeys(int h) {
        if (space.lookupType(space.typeOf(h), space.intern("keys")) != 0) return true;
        try {
            heap.decref(space.getAttr(h, space.intern("keys")));
            return true;
        } catch (PyException e) {
            if (!space.exceptions.matches(e.exception(), space.exceptions.attributeError)) throw e;
            heap.decref(e.exception());
            return false;
        }
    }

    /**
     * {@code d.update(arg, **kw)} and {@code dict(arg, **kw)}: the positional argument, then the
     * keywords. CPython 3.11: dict_update_common().
     */
    public void updateCommon(int h, int[] args, int start, int nargs, int kwnames, String name) {
        int nkw = ArgParser.keywordCount(space, kwnames);
        int npos = nargs - nkw;
        ArgParser.checkPositional(space, name, npos, 0, 1);
        if (npos == 1) updateArg(h, args[start]);
        for (int k = 0; k < nkw; k++) put(h, space.tupleSlots.item(kwnames, k), args[start + npos + k]);
    }

    /** {@code dict.fromkeys(iterable, value=None)} for class t. CPython 3.11: _PyDict_FromKeys(). */
    public int fromKeys(int t, int iterable, int value) {
        int d = space.call(t);
        try {
            int it = space.iter(iterable);
            try {
                for (int key; (key = space.iterNext(it)) != 0; ) {
                    try {
                        if (check(d)) put(d, key, value);
                        else space.setItem(d, key, value);
                    } finally {
                        heap.decref(key);
                    }
                }
            } finally {
                heap.decref(it);
            }
        } catch (RuntimeException e) {
            heap.decref(d);
            throw e;
        }
        return d;
    }

    @Override
    public int iter(int h) {
        return space.sequences.dictKeyIterator.newIterator(h);
    }

    // CPython 3.11: dict_new() + dict_init()
    @Override
    public int construct(int t, int[] args, int start, int nargs, int kwnames) {
        int d = newDict();
        try {
            updateCommon(d, args, start, nargs, kwnames, "dict");
        } catch (RuntimeException e) {
            heap.decref(d);
            throw e;
        }
        return d;
    }

    @Override
    public boolean acceptableBase() {
        return true;
    }

    // CPython 3.11: dict_new(): an empty dict of type t (a subclass's instance is tracked at once)
    @Override
    public int newSubtype(int t, int[] args, int start, int nargs, int kwnames) {
        if (t == type) return newDict();
        int h = allocSubtype(t, WORDS);
        space.track(h);
        return h;
    }

    // CPython 3.11: dict_init()
    @Override
    public void init(int h, int[] args, int start, int nargs, int kwnames) {
        updateCommon(h, args, start, nargs, kwnames, "dict");
    }

    // CPython 3.11: dict_or(), dict_ior() (PEP 584)
    @Override
    public int binaryOp(int a, int b, int op) {
        if (op != NumberOps.OR || !check(a) || !check(b)) return space.notImplemented();
        int r = copy(a);
        try {
            updateArg(r, b);
        } catch (RuntimeException e) {
            heap.decref(r);
            throw e;
        }
        return r;
    }

    @Override
    public int inplaceOp(int a, int b, int op) {
        if (op != NumberOps.OR) return 0;
        updateArg(a, b);
        heap.incref(a);
        return a;
    }

    @Override
    public int richCompare(int a, int b, int op) {
        if (!check(b) || (op != Compare.EQ && op != Compare.NE)) return space.notImplemented();
        boolean equal = size(a) == size(b);
        if (equal) {
            boolean[] same = {true};
            forEach(a, (k, v) -> {
                if (!same[0]) return;
                int w = get(b, k);
                same[0] = w != 0 && (w == v || space.eq(v, w));
            });
            equal = same[0];
        }
        return space.newBool(equal == (op == Compare.EQ));
    }

    /** The dict's block and the keys table. */
    @Override
    public long sizeof(int h) {
        int owned = heap.getInt(h, KEYS);
        return heap.blockBytes(h) + (owned == 0 ? 0 : heap.blockBytes(owned));
    }
}
