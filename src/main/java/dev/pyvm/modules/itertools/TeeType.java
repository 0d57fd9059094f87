package dev.pyvm.modules.itertools;

import dev.pyvm.objects.ObjectSpace;
import dev.pyvm.objects.TextArgs;

/**
 * {@code itertools._tee}, what {@code tee} returns: REF 0 the current link of the shared buffer
 * (a {@code _tee_dataobject}); data: the index of the next value in that link. Copies
 * ({@code __copy__}) share the buffer and start where the original is.
 */
final class TeeType extends ItertoolsIterator {
    private static final int DATAOBJ = 0, INDEX = 0;
    private final TeeDataObjectType data;

    TeeType(ObjectSpace space, TeeDataObjectType data) {
        super(space, "_tee", 1, 1);
        this.data = data;
    }

    @Override
    void define() {
        super.define();
        method("__copy__", (self, args, start, nargs, kwnames) -> {
            TextArgs.none(space, "_tee.__copy__", nargs, kwnames);
            return copy(self);
        });
    }

    // CPython 3.11: Modules/itertoolsmodule.c itertools__tee_impl()
    /** CPython's type has no Py_TPFLAGS_BASETYPE. */
    @Override
    public boolean acceptableBase() {
        return false;
    }

    @Override
    public int construct(int t, int[] args, int start, int nargs, int kwnames) {
        checkExact(t);
        TextArgs.noKeywords(space, "_tee", kwnames);
        TextArgs.checkPositional(space, "_tee", nargs, 1, 1);
        return fromIterable(args[start]);
    }

    /** A tee over iterable (borrowed); over a tee, a copy of it. CPython: tee_fromiterable(). */
    int fromIterable(int iterable) {
        int it = space.iter(iterable);
        try {
            if (space.typeOf(it) == type()) return copy(it);
            return allocate(data.newLink(it));
        } finally {
            heap.decref(it);
        }
    }

    /** CPython: tee_copy(). */
    int copy(int h) {
        int link = ref(h, DATAOBJ);
        int c = allocate(link == 0 ? 0 : newRef(space, link));
        setData(c, INDEX, getData(h, INDEX));
        return c;
    }

    boolean isTee(int h) {
        return space.typeOf(h) == type();
    }

    // CPython 3.11: tee_next()
    @Override
    public int next(int h) {
        int link = ref(h, DATAOBJ);
        if (link == 0) return 0;
        if (getData(h, INDEX) >= TeeDataObjectType.LINKCELLS) {
            int next = data.jumpLink(link);
            if (next == 0) return 0;
            setRef(h, DATAOBJ, next);
            setData(h, INDEX, 0);
            link = next;
        }
        int value = data.valueAt(link, getData(h, INDEX));
        if (value == 0) return 0;
        setData(h, INDEX, getData(h, INDEX) + 1);
        return value;
    }
}
