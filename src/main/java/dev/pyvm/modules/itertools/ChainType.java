package dev.pyvm.modules.itertools;

import dev.pyvm.objects.ObjectSpace;
import dev.pyvm.objects.PyException;
import dev.pyvm.objects.TextArgs;

/**
 * {@code itertools.chain(*iterables)} and {@code chain.from_iterable(iterable)}: REF 0 the
 * iterator over the iterables (dropped once exhausted), REF 1 the iterator of the current one.
 */
final class ChainType extends ItertoolsIterator {
    private static final int SOURCE = 0, ACTIVE = 1;

    ChainType(ObjectSpace space) {
        super(space, "chain", 2, 0);
    }

    @Override
    void define() {
        super.define();
        // CPython 3.11: itertools_chain_from_iterable(), a classmethod: an instance of the class it is called on
        int index = space.builtinFunctionSlots.define("from_iterable", 0, (self, args, start, nargs, kwnames) -> {
            int cls = args[start];
            int iterable = TextArgs.one(space, "chain.from_iterable", args, start + 1, nargs - 1, kwnames);
            int h = allocate(space.iter(iterable), 0);
            return cls == type() ? h : copyToSubtype(h, cls);
        });
        int f = space.builtinFunctionSlots.newFunction(index, 0);
        int classMethod = space.classMethodSlots.construct(space.classMethodSlots.type(), new int[] {f}, 0, 1, 0);
        heap.decref(f);
        space.setTypeAttr(type(), "from_iterable", classMethod);
        heap.decref(classMethod);
    }

    // CPython 3.11: Modules/itertoolsmodule.c chain_new()
    @Override
    public int construct(int t, int[] args, int start, int nargs, int kwnames) {
        checkExact(t);
        TextArgs.noKeywords(space, "chain", kwnames);
        int iterables = space.newTupleOfSize(nargs);
        for (int i = 0; i < nargs; i++) space.tupleSlots.initItem(iterables, i, newRef(space, args[start + i]));
        try {
            return allocate(space.iter(iterables), 0);
        } finally {
            heap.decref(iterables);
        }
    }

    // CPython 3.11: chain_next()
    @Override
    public int next(int h) {
        for (int source; (source = ref(h, SOURCE)) != 0; ) {
            int active = ref(h, ACTIVE);
            if (active == 0) {
                int iterable = space.iterNext(source);
                if (iterable == 0) {
                    setRef(h, SOURCE, 0);
                    return 0;
                }
                try {
                    active = space.iter(iterable);
                } catch (PyException e) {
                    setRef(h, SOURCE, 0);
                    throw e;
                } finally {
                    heap.decref(iterable);
                }
                setRef(h, ACTIVE, active);
            }
            int item = space.iterNext(active);
            if (item != 0) return item;
            setRef(h, ACTIVE, 0);
        }
        return 0;
    }
}
