package dev.pyvm.modules;

import dev.pyvm.memory.Heap;
import dev.pyvm.objects.ObjectSpace;
import java.util.ArrayList;
import java.util.List;

/**
 * A call with stored arguments in front of the caller's: a tuple of positional arguments, then
 * the call's own; a dict of keywords, which the call's own keywords of the same name override
 * (CPython 3.11: Modules/_functoolsmodule.c partial_call(); methodcaller_call() with no arguments
 * of its own).
 */
final class MergedCall {
    private MergedCall() {}

    /**
     * {@code callable(*stored, *args, **{**keywords, **kwargs})}: {@code args} in the vectorcall
     * convention; {@code keywords} may be 0. A new reference.
     */
    static int call(ObjectSpace space, int callable, int stored, int keywords, int[] args, int start, int nargs,
            int kwnames) {
        Heap heap = space.heap;
        int nkw = Args.keywords(space, kwnames);
        int npos = nargs - nkw;
        int nstored = space.tupleSlots.size(stored);
        List<Integer> names = new ArrayList<>();
        List<Integer> values = new ArrayList<>();
        if (keywords != 0) {
            space.dictSlots.forEach(keywords, (key, value) -> {
                names.add(key);
                values.add(value);
            });
        }
        for (int k = 0; k < nkw; k++) {
            int key = space.tupleSlots.item(kwnames, k);
            int at = -1;
            for (int i = 0; i < names.size() && at < 0; i++) if (space.eq(names.get(i), key)) at = i;
            if (at >= 0) {
                values.set(at, args[start + npos + k]);
            } else {
                names.add(key);
                values.add(args[start + npos + k]);
            }
        }
        int n = nstored + npos + names.size();
        int[] all = new int[n];
        for (int i = 0; i < nstored; i++) all[i] = space.tupleSlots.item(stored, i);
        System.arraycopy(args, start, all, nstored, npos);
        for (int i = 0; i < names.size(); i++) all[nstored + npos + i] = values.get(i);
        // the stored arguments stay alive even if the call changes what holds them
        for (int v : all) heap.incref(v);
        int kwtuple = 0;
        try {
            if (!names.isEmpty()) {
                kwtuple = space.newTupleOfSize(names.size());
                for (int i = 0; i < names.size(); i++) {
                    heap.incref(names.get(i));
                    space.tupleSlots.initItem(kwtuple, i, names.get(i));
                }
            }
            return space.call(callable, all, 0, n, kwtuple);
        } finally {
            if (kwtuple != 0) heap.decref(kwtuple);
            for (int v : all) heap.decref(v);
        }
    }
}
