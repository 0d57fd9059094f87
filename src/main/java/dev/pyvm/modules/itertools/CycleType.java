package dev.pyvm.modules.itertools;

import dev.pyvm.objects.ObjectSpace;
import dev.pyvm.objects.TextArgs;

/**
 * {@code itertools.cycle(iterable)}: REF 0 the iterator (dropped once exhausted), REF 1 the list
 * of the items seen; data: the index of the next saved item to give.
 */
final class CycleType extends ItertoolsIterator {
    private static final int IT = 0, SAVED = 1, INDEX = 0;

    CycleType(ObjectSpace space) {
        super(space, "cycle", 2, 1);
    }

    // CPython 3.11: Modules/itertoolsmodule.c itertools_cycle_impl()
    @Override
    public int construct(int t, int[] args, int start, int nargs, int kwnames) {
        checkExact(t);
        TextArgs.noKeywords(space, "cycle", kwnames);
        TextArgs.checkPositional(space, "cycle", nargs, 1, 1);
        int it = space.iter(args[start]);
        return allocate(it, space.listSlots.newList(0));
    }

    // CPython 3.11: cycle_next()
    @Override
    public int next(int h) {
        int saved = ref(h, SAVED);
        if (saved == 0) return 0;
        int it = ref(h, IT);
        if (it != 0) {
            int item = space.iterNext(it);
            if (item != 0) {
                space.listSlots.append(saved, item);
                return item;
            }
            setRef(h, IT, 0);
        }
        int n = space.listSlots.size(saved);
        if (n == 0) return 0;
        int index = getData(h, INDEX);
        if (index >= n) index = 0;
        int item = space.listSlots.item(saved, index);
        setData(h, INDEX, index + 1 >= n ? 0 : index + 1);
        heap.incref(item);
        return item;
    }
}
