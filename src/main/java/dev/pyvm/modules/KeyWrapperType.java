package dev.pyvm.modules;

import dev.pyvm.gc.GcHeader;
import dev.pyvm.memory.Heap;
import dev.pyvm.objects.ArgParser;
import dev.pyvm.objects.ObjectSpace;

/**
 * {@code functools.KeyWrapper}, what {@code cmp_to_key(mycmp)} returns and, called with an
 * object, wraps it so that comparisons go through {@code mycmp}: CPython 3.11
 * Modules/_functoolsmodule.c keyobject.
 * {@code [refcnt | type | gc_next | gc_prev | CMP | OBJ]}, OBJ 0 for the key function itself.
 */
final class KeyWrapperType extends ModuleDefinedType {
    private static final int CMP = GcHeader.CONTAINER_HEADER_WORDS;
    private static final int OBJ = CMP + 1;
    private static final int WORDS = OBJ + 1;

    private KeyWrapperType(ObjectSpace space) {
        super(space, "functools");
    }

    static KeyWrapperType create(ObjectSpace space) {
        return space.addType(new KeyWrapperType(space), ModuleDefinedType::defineModule);
    }

    @Override
    public String name() {
        return "KeyWrapper";
    }

    @Override
    public boolean isContainer() {
        return true;
    }

    /** A new key wrapper of {@code cmp} around {@code obj} (0: none); both borrowed. */
    int newKey(int cmp, int obj) {
        int h = heap.newObject(WORDS * Heap.WORD, type());
        heap.setInt(h, GcHeader.GC_NEXT, 0);
        heap.setInt(h, GcHeader.GC_PREV, 0);
        heap.incref(cmp);
        heap.setInt(h, CMP, cmp);
        if (obj != 0) heap.incref(obj);
        heap.setInt(h, OBJ, obj);
        space.track(h);
        return h;
    }

    // keyobject_call()
    @Override
    public int call(int h, int[] args, int start, int nargs, int kwnames) {
        int[] a = ArgParser.clinic(space, "K", new String[] {"obj"}, 1, 0, 1, args, start, nargs, kwnames);
        return space.countedCall(() -> newKey(heap.getInt(h, CMP), a[0])); // a tp_call, counted as CPython's
    }

    @Override
    public boolean isCallable(int h) {
        return true;
    }

    // keyobject_richcompare(): mycmp(a, b) OP 0
    @Override
    public int richCompare(int a, int b, int op) {
        if (space.typeOf(b) != type()) throw space.typeError("other argument must be K instance");
        int x = heap.getInt(a, OBJ), y = heap.getInt(b, OBJ);
        if (x == 0 || y == 0) throw space.error(space.exceptions.attributeError, "object");
        int res = space.call(heap.getInt(a, CMP), x, y);
        try {
            int zero = space.newInt(0);
            try {
                return space.richCompare(res, zero, op);
            } finally {
                heap.decref(zero);
            }
        } finally {
            heap.decref(res);
        }
    }

    @Override
    public long hash(int h) {
        throw space.typeError("unhashable type: '" + fullName() + "'");
    }

    @Override
    public boolean genericGetAttr(int h) {
        return false;
    }

    @Override
    public int getAttr(int h, int name) {
        if (!space.strSlots.toJava(name).equals("obj")) return super.getAttr(h, name);
        int v = heap.getInt(h, OBJ);
        if (v == 0) v = space.none;
        heap.incref(v);
        return v;
    }

    @Override
    public void dealloc(int h) {
        heap.decref(heap.getInt(h, CMP));
        heap.xdecref(heap.getInt(h, OBJ));
        heap.free(h);
    }

    @Override
    public void traverse(int h, java.util.function.IntConsumer visit) {
        visit.accept(heap.getInt(h, CMP));
        int obj = heap.getInt(h, OBJ);
        if (obj != 0) visit.accept(obj);
    }

    // keyobject_clear()
    @Override
    public void clear(int h) {
        int obj = heap.getInt(h, OBJ);
        heap.setInt(h, OBJ, 0);
        heap.xdecref(obj);
    }
}
