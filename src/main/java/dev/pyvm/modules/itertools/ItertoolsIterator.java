package dev.pyvm.modules.itertools;

import dev.pyvm.gc.GcHeader;
import dev.pyvm.memory.Heap;
import dev.pyvm.objects.ObjectSpace;
import dev.pyvm.objects.PyException;
import dev.pyvm.objects.TextArgs;
import dev.pyvm.objects.TypeSlots;

/**
 * What the types of {@code itertools} share: each is a container whose block is
 * <pre>
 *   [refcnt | type | gc_next | gc_prev | REF 0 | … | REF n-1 | data words]
 * </pre>
 * A REF is a handle the object owns (0 when it holds none); the data words are plain ints and
 * longs (counters, flags, indices). Iterating an iterator gives itself. Classes may derive
 * from the types (CPython: Py_TPFLAGS_BASETYPE): an instance is made for the exact type and
 * copied into the class's block ({@link TypeSlots#newSubtype}).
 */
abstract class ItertoolsIterator extends TypeSlots {
    static final int REFS = GcHeader.CONTAINER_HEADER_WORDS;
    private final String name;
    private final int nrefs;
    /** The data words every instance has; some types add a variable part (indices) after them. */
    private final int dataWords;

    ItertoolsIterator(ObjectSpace space, String name, int nrefs, int dataWords) {
        super(space);
        this.name = name;
        this.nrefs = nrefs;
        this.dataWords = dataWords;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final boolean isContainer() {
        return true;
    }

    /**
     * Sets {@code __module__}, {@code __new__} (for the types classes may derive from),
     * {@code __repr__}, {@code __iter__} and {@code __next__} (CPython's slot wrappers) and the
     * type's own methods; called once when the type is added.
     */
    void define() {
        int module = space.newStr("itertools");
        space.setTypeAttr(type(), "__module__", module);
        heap.decref(module);
        if (acceptableBase()) space.defineNew(this);
        method("__repr__", (self, args, start, nargs, kwnames) -> {
            slotArgs(nargs, kwnames);
            return repr(self);
        });
        if (!isIterator()) return;
        method("__iter__", (self, args, start, nargs, kwnames) -> {
            slotArgs(nargs, kwnames);
            return iter(self);
        });
        method("__next__", (self, args, start, nargs, kwnames) -> {
            slotArgs(nargs, kwnames);
            int r = next(self);
            if (r == 0) throw new PyException(space.exceptions.newException(space.exceptions.stopIteration, space.newTuple()));
            return r;
        });
    }

    /** A slot wrapper's check of its arguments (CPython: wrap_next, check_num_args). */
    private void slotArgs(int nargs, int kwnames) {
        TextArgs.noKeywords(space, name, kwnames);
        if (nargs != 0) throw space.typeError("expected 0 arguments, got " + nargs);
    }

    /** A new instance owning the given (stolen) references, with {@code moreWords} zeroed words after the data. */
    final int allocateWith(long moreWords, int... refs) {
        long bytes = (REFS + nrefs + dataWords + moreWords) * Heap.WORD;
        try {
            heap.checkRequest(bytes); // MemoryError for what can never fit (CPython: PyMem_New fails)
        } catch (RuntimeException e) {
            for (int r : refs) if (r != 0) heap.decref(r);
            throw e;
        }
        int words = (int) (bytes / Heap.WORD);
        int h = heap.newObject(words * Heap.WORD, type());
        heap.setInt(h, GcHeader.GC_NEXT, 0);
        heap.setInt(h, GcHeader.GC_PREV, 0);
        heap.fillWords(h, REFS, words - REFS, 0);
        for (int i = 0; i < refs.length; i++) heap.setInt(h, REFS + i, refs[i]);
        space.track(h);
        return h;
    }

    /** A new instance owning the given (stolen) references. */
    final int allocate(int... refs) {
        return allocateWith(0, refs);
    }

    /** REF i (borrowed; 0 when none). */
    final int ref(int h, int i) {
        return heap.getInt(h, REFS + i);
    }

    /** Stores v (stolen, may be 0) as REF i, dropping the old one after the store. */
    final void setRef(int h, int i, int v) {
        int old = heap.getInt(h, REFS + i);
        heap.setInt(h, REFS + i, v);
        if (old != 0) heap.decref(old);
    }

    /** The word index of data word i. */
    final int data(int i) {
        return REFS + nrefs + i;
    }

    final int getData(int h, int i) {
        return heap.getInt(h, data(i));
    }

    final void setData(int h, int i, int v) {
        heap.setInt(h, data(i), v);
    }

    final long getDataLong(int h, int i) {
        return heap.getLong(h, data(i));
    }

    final void setDataLong(int h, int i, long v) {
        heap.setLong(h, data(i), v);
    }

    /** Drops every reference, so that a cycle through the object falls apart (tp_clear). */
    @Override
    public final void clear(int h) {
        for (int i = 0; i < nrefs; i++) setRef(h, i, 0);
    }

    @Override
    public void dealloc(int h) {
        for (int i = 0; i < nrefs; i++) {
            int r = heap.getInt(h, REFS + i);
            if (r != 0) heap.decref(r);
        }
        heap.free(h);
    }

    @Override
    public final void traverse(int h, java.util.function.IntConsumer visit) {
        for (int i = 0; i < nrefs; i++) {
            int r = heap.getInt(h, REFS + i);
            if (r != 0) visit.accept(r);
        }
    }

    @Override
    public int iter(int h) {
        heap.incref(h);
        return h;
    }

    @Override
    public boolean isIterator() {
        return true;
    }

    @Override
    public int repr(int h) {
        return space.newStr("<" + space.qualifiedName(space.typeOf(h)) + " object at 0x" + Long.toHexString(heap.address(h)) + ">");
    }

    @Override
    public boolean acceptableBase() {
        return true;
    }

    /** The copy for a subclass holds its own references and is a tracked container. */
    @Override
    protected void copiedToSubtype(int h) {
        heap.setInt(h, GcHeader.GC_NEXT, 0);
        heap.setInt(h, GcHeader.GC_PREV, 0);
        for (int i = 0; i < nrefs; i++) heap.xincref(heap.getInt(h, REFS + i));
        space.track(h);
    }

    /** CPython: _PyType_Name(Py_TYPE(h)), what the reprs of count and repeat start with. */
    final String shortTypeName(int h) {
        return space.typeName(space.typeOf(h));
    }

    /** The arguments were taken by {@link #construct}: nothing is left for {@code __init__} (CPython: object_init). */
    @Override
    public void init(int h, int[] args, int start, int nargs, int kwnames) {}

    /** {@code T(...)} for the exact type only: pyvm's classes do not derive from these types. */
    final void checkExact(int t) {
        if (t != type()) throw space.typeError("cannot create '" + space.typeName(t) + "' instances");
    }

    /** Defines a method of this type. */
    final void method(String name, dev.pyvm.objects.BuiltinCode code) {
        space.defineMethod(type(), name, code);
    }

    /** {@code bool(x)} of an object, as PyObject_IsTrue. */
    final boolean truth(int h) {
        return space.isTrue(h);
    }

    /** {@code func(item)} as a Java boolean: the result's truth; the result is released. */
    final boolean callTruth(int func, int item) {
        int r = space.call(func, item);
        try {
            return space.isTrue(r);
        } finally {
            heap.decref(r);
        }
    }

    /**
     * The result tuple in REF {@code i} of h, made the iterator's alone before it is updated in
     * place (product, permutations, combinations... reuse it as CPython 3.11 does): copied when
     * someone else holds it, re-tracked when the collector untracked it (CPython: bpo-42536).
     * Borrowed.
     */
    final int ownResult(int h, int i) {
        int result = ref(h, i);
        if (heap.refcount(result) > 1) {
            result = space.newTupleCopy(result);
            setRef(h, i, result);
        } else if (!space.isTracked(result)) {
            space.track(result);
        }
        return result;
    }

    /** Sets item i of a result tuple the iterator alone holds to v (borrowed), dropping the old item. */
    final void replaceItem(int result, int i, int v) {
        int old = space.tupleSlots.item(result, i);
        heap.incref(v);
        space.tupleSlots.initItem(result, i, v);
        heap.decref(old);
    }

    static int newRef(ObjectSpace space, int h) {
        space.heap.incref(h);
        return h;
    }
}
