package dev.pyvm.objects;

import dev.pyvm.gc.GcHeader;
import dev.pyvm.memory.Heap;

/**
 * {@code dict_keys}, {@code dict_values}, {@code dict_items}: live views of a dict.
 * <pre>
 *   [refcnt | type | gc_next | gc_prev | DICT]
 * </pre>
 * Keys and items views are set-like (CPython's PyDictViewSet): they compare with sets and other
 * set-like views by containment, and {@code | & - ^} on them build sets.
 */
public final class DictViewType extends TypeSlots {
    static final int DICT = GcHeader.CONTAINER_HEADER_WORDS;
    static final int WORDS = DICT + 1;

    /** Which view. */
    enum Kind {
        KEYS("dict_keys"),
        VALUES("dict_values"),
        ITEMS("dict_items");

        final String typeName;

        Kind(String typeName) {
            this.typeName = typeName;
        }
    }

    private final Kind kind;

    DictViewType(ObjectSpace space, Kind kind) {
        super(space);
        this.kind = kind;
    }

    @Override
    public String name() {
        return kind.typeName;
    }

    /** The keys and items views compare as sets, so they have no hash; a values view hashes by identity. */
    @Override
    public long hash(int h) {
        if (kind == Kind.VALUES) return super.hash(h);
        throw space.typeError("unhashable type: '" + kind.typeName + "'");
    }

    @Override
    public boolean isContainer() {
        return true;
    }

    /** A new view of dict d (borrowed). */
    int newView(int d) {
        int h = heap.newObject(WORDS * Heap.WORD, type);
        heap.setInt(h, GcHeader.GC_NEXT, 0);
        heap.setInt(h, GcHeader.GC_PREV, 0);
        heap.incref(d);
        heap.setInt(h, DICT, d);
        space.track(h);
        return h;
    }

    /** The viewed dict (borrowed). */
    public int dict(int h) {
        return heap.getInt(h, DICT);
    }

    @Override
    public void dealloc(int h) {
        heap.decref(heap.getInt(h, DICT));
        heap.free(h);
    }

    @Override
    public void traverse(int h, java.util.function.IntConsumer visit) {
        visit.accept(heap.getInt(h, DICT));
    }

    @Override
    public long length(int h) {
        return space.dictSlots.size(dict(h));
    }

    @Override
    public boolean isTrue(int h) {
        return space.dictSlots.size(dict(h)) != 0;
    }

    @Override
    public int iter(int h) {
        SequenceTypes s = space.sequences;
        DictIteratorType it = switch (kind) {
            case KEYS -> s.dictKeyIterator;
            case VALUES -> s.dictValueIterator;
            case ITEMS -> s.dictItemIterator;
        };
        return it.newIterator(dict(h));
    }

    /** {@code reversed(view)}. */
    int reversed(int h) {
        SequenceTypes s = space.sequences;
        DictIteratorType it = switch (kind) {
            case KEYS -> s.dictReverseKeyIterator;
            case VALUES -> s.dictReverseValueIterator;
            case ITEMS -> s.dictReverseItemIterator;
        };
        return it.newIterator(dict(h));
    }

    // CPython 3.11: Objects/dictobject.c dictkeys_contains(), dictitems_contains()
    @Override
    public boolean contains(int h, int key) {
        int d = dict(h);
        switch (kind) {
            case KEYS:
                return space.dictSlots.contains(d, key);
            case ITEMS: {
                if (!space.tupleSlots.check(key) || space.tupleSlots.size(key) != 2) return false;
                int found = space.dictSlots.get(d, space.tupleSlots.item(key, 0));
                if (found == 0) return false;
                heap.incref(found);
                try {
                    return space.eq(found, space.tupleSlots.item(key, 1));
                } finally {
                    heap.decref(found);
                }
            }
            default:
                return super.contains(h, key);
        }
    }

    // CPython 3.11: Objects/dictobject.c dictview_repr(): NAME(list(view))
    @Override
    public int repr(int h) {
        if (!space.reprEnter(h)) return space.newStr("...");
        try {
            int list = space.listSlots.fromIterable(h);
            try {
                return space.newStr(name() + "(" + space.repr(list) + ")");
            } finally {
                heap.decref(list);
            }
        } finally {
            space.reprLeave(h);
        }
    }

    /** Whether h is a keys or items view. CPython: PyDictViewSet_Check. */
    private boolean isSetLike(int h) {
        int t = space.typeOf(h);
        return t == space.sequences.dictKeys.type || t == space.sequences.dictItems.type;
    }

    // CPython 3.11: Objects/dictobject.c all_contained_in()
    private boolean allContainedIn(int self, int other) {
        int it = space.iter(self);
        try {
            for (int item; (item = space.iterNext(it)) != 0; ) {
                try {
                    if (!space.contains(other, item)) return false;
                } finally {
                    heap.decref(item);
                }
            }
            return true;
        } finally {
            heap.decref(it);
        }
    }

    // CPython 3.11: Objects/dictobject.c dictview_richcompare()
    @Override
    public int richCompare(int self, int other, int op) {
        if (kind == Kind.VALUES) return super.richCompare(self, other, op);
        if (!space.sequences.set.checkAny(other) && !isSetLike(other)) return space.notImplemented();
        long lenSelf = space.length(self), lenOther = space.length(other);
        boolean ok = switch (op) {
            case Compare.EQ -> lenSelf == lenOther && allContainedIn(self, other);
            case Compare.NE -> !(lenSelf == lenOther && allContainedIn(self, other));
            case Compare.LT -> lenSelf < lenOther && allContainedIn(self, other);
            case Compare.LE -> lenSelf <= lenOther && allContainedIn(self, other);
            case Compare.GT -> lenSelf > lenOther && allContainedIn(other, self);
            default -> lenSelf >= lenOther && allContainedIn(other, self);
        };
        return space.newBool(ok);
    }

    // CPython 3.11: Objects/dictobject.c dictviews_or, _PyDictView_Intersect, dictviews_sub, dictviews_xor:
    // a set of the left operand (whatever it is) updated with the right one
    @Override
    public int binaryOp(int a, int b, int op) {
        if (kind == Kind.VALUES) return space.notImplemented();
        SetType sets = space.sequences.set;
        switch (op) {
            case NumberOps.AND:
                return intersect(a, b);
            case NumberOps.OR:
            case NumberOps.SUBTRACT:
            case NumberOps.XOR: {
                int result = sets.newSet(sets.type, a);
                try {
                    if (op == NumberOps.OR) sets.updateInternal(result, b);
                    else if (op == NumberOps.SUBTRACT) sets.differenceUpdate(result, new int[] {b});
                    else sets.symmetricDifferenceUpdate(result, b);
                } catch (RuntimeException e) {
                    heap.decref(result);
                    throw e;
                }
                return result;
            }
            default:
                return space.notImplemented();
        }
    }

    // CPython 3.11: Objects/dictobject.c _PyDictView_Intersect()
    private int intersect(int self, int other) {
        if (!isSetLike(self)) {
            int tmp = other;
            other = self;
            self = tmp;
        }
        SetType sets = space.sequences.set;
        long lenSelf = space.length(self);
        if (space.typeOf(other) == sets.type && lenSelf <= space.length(other)) return sets.intersection(other, self);
        if (isSetLike(other) && space.length(other) > lenSelf) {
            int tmp = other;
            other = self;
            self = tmp;
        }
        int result = sets.newSet(sets.type, 0);
        try {
            int it = space.iter(other);
            try {
                for (int key; (key = space.iterNext(it)) != 0; ) {
                    try {
                        if (space.contains(self, key)) sets.add(result, key);
                    } finally {
                        heap.decref(key);
                    }
                }
            } finally {
                heap.decref(it);
            }
        } catch (RuntimeException e) {
            heap.decref(result);
            throw e;
        }
        return result;
    }

    /** {@code view.isdisjoint(other)}. CPython 3.11: Objects/dictobject.c dictviews_isdisjoint(). */
    int isDisjoint(int self, int other) {
        if (self == other) return space.newBool(length(self) == 0);
        if (space.sequences.set.checkAny(other) || isSetLike(other)) {
            if (space.length(other) > length(self)) {
                int tmp = other;
                other = self;
                self = tmp;
            }
        }
        int it = space.iter(other);
        try {
            for (int item; (item = space.iterNext(it)) != 0; ) {
                try {
                    if (space.contains(self, item)) return space.newBool(false);
                } finally {
                    heap.decref(item);
                }
            }
            return space.newBool(true);
        } finally {
            heap.decref(it);
        }
    }
}
