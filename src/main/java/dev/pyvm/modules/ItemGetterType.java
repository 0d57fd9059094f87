package dev.pyvm.modules;

import dev.pyvm.gc.GcHeader;
import dev.pyvm.memory.Heap;
import dev.pyvm.objects.ObjectSpace;
import dev.pyvm.objects.PyException;

/**
 * {@code operator.itemgetter}: CPython 3.11 Modules/_operator.c itemgetter.
 * {@code [refcnt | type | gc_next | gc_prev | NITEMS | ITEM]}: ITEM the one key given, or the
 * tuple of the NITEMS keys given (as CPython stores them).
 */
final class ItemGetterType extends ModuleDefinedType {
    private static final int NITEMS = GcHeader.CONTAINER_HEADER_WORDS;
    private static final int ITEM = NITEMS + 1;
    private static final int WORDS = ITEM + 1;

    private ItemGetterType(ObjectSpace space) {
        super(space, "operator");
    }

    static ItemGetterType create(ObjectSpace space) {
        return space.addType(new ItemGetterType(space), ModuleDefinedType::defineModule);
    }

    @Override
    public String name() {
        return "itemgetter";
    }

    @Override
    public boolean isContainer() {
        return true;
    }

    // itemgetter_new()
    @Override
    public int construct(int t, int[] args, int start, int nargs, int kwnames) {
        Args.noKeywords(space, "itemgetter", kwnames);
        if (nargs < 1) throw space.typeError("itemgetter expected 1 argument, got 0");
        int item = args[start];
        heap.incref(item);
        if (nargs > 1) {
            heap.decref(item);
            item = space.newTupleOfSize(nargs);
            for (int i = 0; i < nargs; i++) {
                heap.incref(args[start + i]);
                space.tupleSlots.initItem(item, i, args[start + i]);
            }
        }
        int h = heap.newObject(WORDS * Heap.WORD, type());
        heap.setInt(h, GcHeader.GC_NEXT, 0);
        heap.setInt(h, GcHeader.GC_PREV, 0);
        heap.setInt(h, NITEMS, nargs);
        heap.setInt(h, ITEM, item);
        space.track(h);
        return h;
    }

    // itemgetter_call_impl()
    @Override
    public int call(int h, int[] args, int start, int nargs, int kwnames) {
        Args.noKeywords(space, "itemgetter", kwnames);
        if (nargs != 1) throw space.typeError("itemgetter expected 1 argument, got " + nargs);
        int obj = args[start];
        return space.countedCall(() -> getAll(h, obj)); // a tp_call, counted as CPython 3.11 counts it
    }

    /** The call's result for obj: a new reference. */
    private int getAll(int h, int obj) {
        int items = heap.getInt(h, ITEM);
        int n = heap.getInt(h, NITEMS);
        if (n == 1) return space.getItem(obj, items);
        int r = space.newTupleOfSize(n);
        try {
            for (int i = 0; i < n; i++) space.tupleSlots.initItem(r, i, space.getItem(obj, space.tupleSlots.item(items, i)));
        } catch (PyException e) {
            heap.decref(r);
            throw e;
        }
        return r;
    }

    @Override
    public boolean isCallable(int h) {
        return true;
    }

    @Override
    public void dealloc(int h) {
        heap.decref(heap.getInt(h, ITEM));
        heap.free(h);
    }

    @Override
    public void traverse(int h, java.util.function.IntConsumer visit) {
        visit.accept(heap.getInt(h, ITEM));
    }

    // itemgetter_repr()
    @Override
    public int repr(int h) {
        if (!space.reprEnter(h)) return space.newStr("operator.itemgetter(...)");
        try {
            StringBuilder b = new StringBuilder("operator.itemgetter");
            int item = heap.getInt(h, ITEM);
            if (heap.getInt(h, NITEMS) == 1) {
                b.append('(');
                space.reprTo(item, b);
                b.append(')');
            } else {
                space.reprTo(item, b);
            }
            return space.newStr(b.toString());
        } finally {
            space.reprLeave(h);
        }
    }
}
