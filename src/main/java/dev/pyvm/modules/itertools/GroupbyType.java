package dev.pyvm.modules.itertools;

import dev.pyvm.objects.ObjectSpace;
import dev.pyvm.objects.TextArgs;

/**
 * {@code itertools.groupby(iterable, key=None)}: REF 0 the iterator, REF 1 the key function
 * (None for the identity), REF 2 the key of the group last given (TGTKEY), REF 3 the key of the
 * current item (CURRKEY), REF 4 the current item (CURRVALUE); data: the current group's
 * {@code _grouper} (a borrowed handle, only compared: a grouper works only while it is the
 * current one, as CPython's currgrouper).
 */
final class GroupbyType extends ItertoolsIterator {
    static final int IT = 0, KEYFUNC = 1, TGTKEY = 2, CURRKEY = 3, CURRVALUE = 4, CURRGROUPER = 0;
    private final GrouperType grouper;

    GroupbyType(ObjectSpace space, GrouperType grouper) {
        super(space, "groupby", 5, 1);
        this.grouper = grouper;
        grouper.groupby = this;
    }

    // CPython 3.11: Modules/itertoolsmodule.c itertools_groupby_impl()
    @Override
    public int construct(int t, int[] args, int start, int nargs, int kwnames) {
        checkExact(t);
        int[] a = TextArgs.parse(space, "groupby", args, start, nargs, kwnames, new String[] {"iterable", "key"}, 0, 1, 2);
        int it = space.iter(a[0]);
        int keyfunc = a[1] == 0 ? space.newNone() : newRef(space, a[1]);
        return allocate(it, keyfunc, 0, 0, 0);
    }

    // CPython 3.11: groupby_next(): skips what is left of the current group, then starts the next
    @Override
    public int next(int h) {
        setData(h, CURRGROUPER, 0);
        while (true) {
            int currkey = ref(h, CURRKEY), tgtkey = ref(h, TGTKEY);
            if (currkey != 0) {
                if (tgtkey == 0) break;
                if (!space.eq(tgtkey, currkey)) break;
            }
            if (!step(h)) return 0;
        }
        int currkey = ref(h, CURRKEY);
        heap.incref(currkey);
        setRef(h, TGTKEY, currkey);
        int g = grouper.newGrouper(h, currkey);
        setData(h, CURRGROUPER, g);
        heap.incref(currkey);
        return space.newTuple(currkey, g);
    }

    /** Reads the next item and its key into CURRVALUE and CURRKEY; false at the end. CPython: groupby_step(). */
    boolean step(int h) {
        int it = ref(h, IT), keyfunc = ref(h, KEYFUNC);
        if (it == 0 || keyfunc == 0) return false;
        int value = space.iterNext(it);
        if (value == 0) return false;
        int key;
        if (keyfunc == space.none) {
            key = newRef(space, value);
        } else {
            try {
                key = space.call(keyfunc, value);
            } catch (RuntimeException e) {
                heap.decref(value);
                throw e;
            }
        }
        int oldValue = ref(h, CURRVALUE);
        heap.setInt(h, REFS + CURRVALUE, value);
        setRef(h, CURRKEY, key);
        if (oldValue != 0) heap.decref(oldValue);
        return true;
    }

    int currGrouper(int h) {
        return getData(h, CURRGROUPER);
    }
}
