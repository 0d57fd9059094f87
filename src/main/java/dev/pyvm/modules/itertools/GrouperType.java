package dev.pyvm.modules.itertools;

import dev.pyvm.objects.ObjectSpace;

/**
 * {@code itertools._grouper}, the items of one group of a {@code groupby}: REF 0 the groupby
 * (whose state it reads and advances), REF 1 the group's key. Once the groupby has moved on to
 * another group, the grouper gives nothing more.
 */
final class GrouperType extends ItertoolsIterator {
    private static final int PARENT = 0, TGTKEY = 1;
    /** The type of the parents (set by it). */
    GroupbyType groupby;

    GrouperType(ObjectSpace space) {
        super(space, "_grouper", 2, 0);
    }

    /** A new grouper of groupby {@code parent} for key {@code tgtkey} (both borrowed). CPython: _grouper_create(). */
    int newGrouper(int parent, int tgtkey) {
        return allocate(newRef(space, parent), newRef(space, tgtkey));
    }

    /** CPython's type has no Py_TPFLAGS_BASETYPE. */
    @Override
    public boolean acceptableBase() {
        return false;
    }

    @Override
    public int construct(int t, int[] args, int start, int nargs, int kwnames) {
        throw space.typeError("pyvm does not support creating itertools._grouper objects (they come from groupby)");
    }

    // CPython 3.11: Modules/itertoolsmodule.c _grouper_next()
    @Override
    public int next(int h) {
        int parent = ref(h, PARENT), tgtkey = ref(h, TGTKEY);
        if (parent == 0 || tgtkey == 0) return 0;
        if (groupby.currGrouper(parent) != h) return 0;
        if (groupby.ref(parent, GroupbyType.CURRVALUE) == 0) {
            if (!groupby.step(parent)) return 0;
        }
        if (!space.eq(tgtkey, groupby.ref(parent, GroupbyType.CURRKEY))) return 0;
        int r = groupby.ref(parent, GroupbyType.CURRVALUE);
        heap.setInt(parent, REFS + GroupbyType.CURRVALUE, 0); // the reference passes to the caller
        groupby.setRef(parent, GroupbyType.CURRKEY, 0);
        return r;
    }
}
