package dev.pyvm.objects;

import dev.pyvm.gc.GcHeader;
import dev.pyvm.memory.Heap;

/**
 * The iterators over a dict's keys, values and items, forwards and reversed: six type objects
 * sharing CPython 3.11's dictiterobject layout.
 * <pre>
 *   [refcnt | type | gc_next | gc_prev | DICT | USED | POS | LEN]
 * </pre>
 * DICT is the dict (0 once exhausted), USED its size when iteration began, POS the next entry
 * position (counting down for the reversed ones), LEN the items left. A dict whose size changed
 * raises {@code RuntimeError: dictionary changed size during iteration}, and the iterator stays
 * failed (USED becomes -1).
 */
public final class DictIteratorType extends SourceIteratorType {
    static final int DICT = GcHeader.CONTAINER_HEADER_WORDS;
    static final int USED = DICT + 1;
    static final int POS = DICT + 2;
    static final int LEN = DICT + 3;
    static final int WORDS = DICT + 4;

    /** What each step yields. */
    enum Kind {
        KEYS("dict_keyiterator", false),
        VALUES("dict_valueiterator", false),
        ITEMS("dict_itemiterator", false),
        REVERSE_KEYS("dict_reversekeyiterator", true),
        REVERSE_VALUES("dict_reversevalueiterator", true),
        REVERSE_ITEMS("dict_reverseitemiterator", true);

        final String typeName;
        final boolean reversed;

        Kind(String typeName, boolean reversed) {
            this.typeName = typeName;
            this.reversed = reversed;
        }
    }

    private final Kind kind;

    DictIteratorType(ObjectSpace space, Kind kind) {
        super(space, DICT);
        this.kind = kind;
    }

    @Override
    public String name() {
        return kind.typeName;
    }

    @Override
    public boolean isContainer() {
        return true;
    }

    /** A new iterator over dict d (borrowed). CPython 3.11: dictiter_new(). */
    int newIterator(int d) {
        DictType dicts = space.dictSlots;
        int h = heap.newObject(WORDS * Heap.WORD, type);
        heap.setInt(h, GcHeader.GC_NEXT, 0);
        heap.setInt(h, GcHeader.GC_PREV, 0);
        heap.incref(d);
        heap.setInt(h, DICT, d);
        heap.setInt(h, USED, dicts.size(d));
        heap.setInt(h, POS, kind.reversed ? dicts.entryCount(d) - 1 : 0);
        heap.setInt(h, LEN, dicts.size(d));
        space.track(h);
        return h;
    }

    // CPython 3.11: Objects/dictobject.c dictiter_iternextkey() (…value, …item) and dictreviter_iternext()
    @Override
    public int next(int h) {
        int d = heap.getInt(h, DICT);
        if (d == 0) return 0;
        DictType dicts = space.dictSlots;
        if (heap.getInt(h, USED) != dicts.size(d)) {
            heap.setInt(h, USED, -1); // make this state sticky
            throw space.error(space.sequences.runtimeError(), "dictionary changed size during iteration");
        }
        int i = heap.getInt(h, POS);
        int n = dicts.entryCount(d);
        if (kind.reversed) {
            while (i >= 0 && (i >= n || dicts.entryKey(d, i) == 0)) i--;
        } else {
            while (i < n && dicts.entryKey(d, i) == 0) i++;
        }
        if (i < 0 || i >= n) {
            heap.setInt(h, DICT, 0);
            heap.decref(d);
            return 0;
        }
        if (!kind.reversed && heap.getInt(h, LEN) == 0) {
            // an entry beyond the ones counted: keys replaced during iteration
            heap.setInt(h, DICT, 0);
            heap.decref(d);
            throw space.error(space.sequences.runtimeError(), "dictionary keys changed during iteration");
        }
        heap.setInt(h, POS, kind.reversed ? i - 1 : i + 1);
        heap.setInt(h, LEN, heap.getInt(h, LEN) - 1);
        int key = dicts.entryKey(d, i), value = dicts.entryValue(d, i);
        return switch (kind) {
            case KEYS, REVERSE_KEYS -> incref(key);
            case VALUES, REVERSE_VALUES -> incref(value);
            default -> space.newTuple(incref(key), incref(value));
        };
    }

    private int incref(int h) {
        heap.incref(h);
        return h;
    }

    /** How many items remain: {@code __length_hint__}. */
    public long remaining(int h) {
        int d = heap.getInt(h, DICT);
        return d != 0 && heap.getInt(h, USED) == space.dictSlots.size(d) ? heap.getInt(h, LEN) : 0;
    }
}
