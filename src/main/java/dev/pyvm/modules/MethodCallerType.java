package dev.pyvm.modules;

import dev.pyvm.gc.GcHeader;
import dev.pyvm.memory.Heap;
import dev.pyvm.objects.ObjectSpace;

/**
 * {@code operator.methodcaller}: CPython 3.11 Modules/_operator.c methodcaller.
 * {@code [refcnt | type | gc_next | gc_prev | NAME | ARGS | KWARGS]}: the interned method name,
 * the tuple of positional arguments, the dict of keyword arguments.
 */
final class MethodCallerType extends ModuleDefinedType {
    private static final int NAME = GcHeader.CONTAINER_HEADER_WORDS;
    private static final int ARGS = NAME + 1;
    private static final int KWARGS = ARGS + 1;
    private static final int WORDS = KWARGS + 1;

    private MethodCallerType(ObjectSpace space) {
        super(space, "operator");
    }

    static MethodCallerType create(ObjectSpace space) {
        return space.addType(new MethodCallerType(space), ModuleDefinedType::defineModule);
    }

    @Override
    public String name() {
        return "methodcaller";
    }

    @Override
    public boolean isContainer() {
        return true;
    }

    // methodcaller_new()
    @Override
    public int construct(int t, int[] args, int start, int nargs, int kwnames) {
        int nkw = Args.keywords(space, kwnames);
        int npos = nargs - nkw;
        if (npos < 1) throw space.typeError("methodcaller needs at least one argument, the method name");
        int name = args[start];
        if (!space.strSlots.check(name)) throw space.typeError("method name must be a string");
        name = space.intern(space.strSlots.toJava(name));
        heap.incref(name);
        int pos = space.newTupleOfSize(npos - 1);
        for (int i = 1; i < npos; i++) {
            heap.incref(args[start + i]);
            space.tupleSlots.initItem(pos, i - 1, args[start + i]);
        }
        int kw = space.dictSlots.newDict();
        for (int k = 0; k < nkw; k++) space.dictSlots.put(kw, space.tupleSlots.item(kwnames, k), args[start + npos + k]);
        int h = heap.newObject(WORDS * Heap.WORD, type());
        heap.setInt(h, GcHeader.GC_NEXT, 0);
        heap.setInt(h, GcHeader.GC_PREV, 0);
        heap.setInt(h, NAME, name);
        heap.setInt(h, ARGS, pos);
        heap.setInt(h, KWARGS, kw);
        space.track(h);
        return h;
    }

    // methodcaller_call(): getattr(obj, name)(*args, **kwargs); a tp_call, which CPython 3.11
    // counts toward the recursion limit
    @Override
    public int call(int h, int[] args, int start, int nargs, int kwnames) {
        Args.noKeywords(space, "methodcaller", kwnames);
        if (nargs != 1) throw space.typeError("methodcaller expected 1 argument, got " + nargs);
        int obj = args[start];
        return space.countedCall(() -> {
            int method = space.getAttr(obj, heap.getInt(h, NAME));
            try {
                return MergedCall.call(space, method, heap.getInt(h, ARGS), heap.getInt(h, KWARGS), args, start, 0, 0);
            } finally {
                heap.decref(method);
            }
        });
    }

    @Override
    public boolean isCallable(int h) {
        return true;
    }

    @Override
    public void dealloc(int h) {
        heap.decref(heap.getInt(h, NAME));
        heap.decref(heap.getInt(h, ARGS));
        heap.decref(heap.getInt(h, KWARGS));
        heap.free(h);
    }

    @Override
    public void traverse(int h, java.util.function.IntConsumer visit) {
        visit.accept(heap.getInt(h, NAME));
        visit.accept(heap.getInt(h, ARGS));
        visit.accept(heap.getInt(h, KWARGS));
    }

    // methodcaller_repr()
    @Override
    public int repr(int h) {
        if (!space.reprEnter(h)) return space.newStr("operator.methodcaller(...)");
        try {
            StringBuilder b = new StringBuilder("operator.methodcaller(");
            space.reprTo(heap.getInt(h, NAME), b);
            int pos = heap.getInt(h, ARGS);
            for (int i = 0; i < space.tupleSlots.size(pos); i++) {
                b.append(", ");
                space.reprTo(space.tupleSlots.item(pos, i), b);
            }
            space.dictSlots.forEach(heap.getInt(h, KWARGS), (key, value) -> {
                b.append(", ").append(space.strSlots.toJava(key)).append('=');
                space.reprTo(value, b);
            });
            return space.newStr(b.append(')').toString());
        } finally {
            space.reprLeave(h);
        }
    }
}
