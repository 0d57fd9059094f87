package dev.pyvm.modules.itertools;

import dev.pyvm.objects.ObjectSpace;

/**
 * {@code itertools._tee_dataobject}: one link of the buffer the iterators made by {@code tee}
 * share. REF 0 the source iterator, REF 1… the {@link #LINKCELLS} values read (0
 * beyond NUMREAD), then the next link (0 until needed); data: NUMREAD, and RUNNING while the source
 * is being read (reading it again then is an error).
 */
final class TeeDataObjectType extends ItertoolsIterator {
    /** CPython: LINKCELLS, the values one link holds. */
    static final int LINKCELLS = 57;
    private static final int IT = 0, VALUES = 1, NEXTLINK = 1 + LINKCELLS, NUMREAD = 0, RUNNING = 1;

    TeeDataObjectType(ObjectSpace space) {
        super(space, "_tee_dataobject", 2 + LINKCELLS, 2);
    }

    /** CPython's type has no Py_TPFLAGS_BASETYPE. */
    @Override
    public boolean acceptableBase() {
        return false;
    }

    @Override
    public int construct(int t, int[] args, int start, int nargs, int kwnames) {
        throw space.typeError("pyvm does not support creating itertools._tee_dataobject objects (they come from tee)");
    }

    @Override
    public int iter(int h) {
        throw space.typeError("'_tee_dataobject' object is not iterable");
    }

    @Override
    public boolean isIterator() {
        return false;
    }

    @Override
    public int next(int h) {
        throw space.typeError("'_tee_dataobject' object is not an iterator");
    }

    /** A new empty link reading from iterator {@code it} (borrowed). CPython: teedataobject_newinternal(). */
    int newLink(int it) {
        return allocate(newRef(space, it));
    }

    /** The link after h, made when first needed: a new reference. CPython: teedataobject_jumplink(). */
    int jumpLink(int h) {
        int next = ref(h, NEXTLINK);
        if (next == 0) {
            int it = ref(h, IT);
            if (it == 0) return 0;
            next = newLink(it);
            heap.setInt(h, REFS + NEXTLINK, next);
        }
        heap.incref(next);
        return next;
    }

    /** Value i of link h, reading the source when i is the next one: a new reference, or 0 at the end. CPython: teedataobject_getitem(). */
    int valueAt(int h, int i) {
        int numread = getData(h, NUMREAD);
        int value;
        if (i < numread) {
            value = ref(h, VALUES + i);
            if (value == 0) return 0; // cleared by the collector
        } else {
            if (getData(h, RUNNING) != 0) {
                throw space.error(space.exceptions.byName().get("RuntimeError"), "cannot re-enter the tee iterator");
            }
            int it = ref(h, IT);
            if (it == 0) return 0;
            setData(h, RUNNING, 1);
            try {
                value = space.iterNext(it);
            } finally {
                setData(h, RUNNING, 0);
            }
            if (value == 0) return 0;
            setData(h, NUMREAD, numread + 1);
            heap.setInt(h, REFS + VALUES + i, value);
        }
        heap.incref(value);
        return value;
    }
}
