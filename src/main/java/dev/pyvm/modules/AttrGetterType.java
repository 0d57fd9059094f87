package dev.pyvm.modules;

import dev.pyvm.gc.GcHeader;
import dev.pyvm.memory.Heap;
import dev.pyvm.objects.ObjectSpace;
import dev.pyvm.objects.PyException;

/**
 * {@code operator.attrgetter}: CPython 3.11 Modules/_operator.c attrgetter.
 * {@code [refcnt | type | gc_next | gc_prev | ATTRS]}, ATTRS a tuple with, per name given, the
 * interned name, or for a dotted name the tuple of its interned parts.
 */
final class AttrGetterType extends ModuleDefinedType {
    private static final int ATTRS = GcHeader.CONTAINER_HEADER_WORDS;
    private static final int WORDS = ATTRS + 1;

    private AttrGetterType(ObjectSpace space) {
        super(space, "operator");
    }

    static AttrGetterType create(ObjectSpace space) {
        return space.addType(new AttrGetterType(space), ModuleDefinedType::defineModule);
    }

    @Override
    public String name() {
        return "attrgetter";
    }

    @Override
    public boolean isContainer() {
        return true;
    }

    // attrgetter_new()
    @Override
    public int construct(int t, int[] args, int start, int nargs, int kwnames) {
        Args.noKeywords(space, "attrgetter", kwnames);
        if (nargs < 1) throw space.typeError("attrgetter expected 1 argument, got 0");
        for (int i = 0; i < nargs; i++) {
            if (!space.strSlots.check(args[start + i])) throw space.typeError("attribute name must be a string");
        }
        int attrs = space.newTupleOfSize(nargs);
        for (int i = 0; i < nargs; i++) {
            String[] parts = space.strSlots.toJava(args[start + i]).split("\\.", -1);
            int path;
            if (parts.length == 1) {
                path = space.intern(parts[0]);
                heap.incref(path);
            } else {
                path = space.newTupleOfSize(parts.length);
                for (int j = 0; j < parts.length; j++) {
                    int part = space.intern(parts[j]);
                    heap.incref(part);
                    space.tupleSlots.initItem(path, j, part);
                }
            }
            space.tupleSlots.initItem(attrs, i, path);
        }
        int h = heap.newObject(WORDS * Heap.WORD, type());
        heap.setInt(h, GcHeader.GC_NEXT, 0);
        heap.setInt(h, GcHeader.GC_PREV, 0);
        heap.setInt(h, ATTRS, attrs);
        space.track(h);
        return h;
    }

    // dotted_getattr(): a new reference
    private int get(int obj, int path) {
        if (!space.tupleSlots.check(path)) return space.getAttr(obj, path);
        heap.incref(obj);
        for (int j = 0; j < space.tupleSlots.size(path); j++) {
            int next;
            try {
                next = space.getAttr(obj, space.tupleSlots.item(path, j));
            } finally {
                heap.decref(obj);
            }
            obj = next;
        }
        return obj;
    }

    // attrgetter_call_impl()
    @Override
    public int call(int h, int[] args, int start, int nargs, int kwnames) {
        Args.noKeywords(space, "attrgetter", kwnames);
        if (nargs != 1) throw space.typeError("attrgetter expected 1 argument, got " + nargs);
        int obj = args[start];
        return space.countedCall(() -> getAll(h, obj)); // a tp_call, counted as CPython 3.11 counts it
    }

    /** The call's result for obj: a new reference. */
    private int getAll(int h, int obj) {
        int attrs = heap.getInt(h, ATTRS);
        int n = space.tupleSlots.size(attrs);
        if (n == 1) return get(obj, space.tupleSlots.item(attrs, 0));
        int r = space.newTupleOfSize(n);
        try {
            for (int i = 0; i < n; i++) space.tupleSlots.initItem(r, i, get(obj, space.tupleSlots.item(attrs, i)));
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
        heap.decref(heap.getInt(h, ATTRS));
        heap.free(h);
    }

    @Override
    public void traverse(int h, java.util.function.IntConsumer visit) {
        visit.accept(heap.getInt(h, ATTRS));
    }

    // attrgetter_repr(): the names given, dotted ones joined again
    @Override
    public int repr(int h) {
        StringBuilder b = new StringBuilder("operator.attrgetter(");
        int attrs = heap.getInt(h, ATTRS);
        for (int i = 0; i < space.tupleSlots.size(attrs); i++) {
            if (i > 0) b.append(", ");
            int path = space.tupleSlots.item(attrs, i);
            if (!space.tupleSlots.check(path)) {
                space.reprTo(path, b);
                continue;
            }
            StringBuilder dotted = new StringBuilder();
            for (int j = 0; j < space.tupleSlots.size(path); j++) {
                if (j > 0) dotted.append('.');
                dotted.append(space.strSlots.toJava(space.tupleSlots.item(path, j)));
            }
            int s = space.newStr(dotted.toString());
            try {
                space.reprTo(s, b);
            } finally {
                heap.decref(s);
            }
        }
        return space.newStr(b.append(')').toString());
    }
}
