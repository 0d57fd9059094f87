package dev.pyvm.objects;

import dev.pyvm.memory.Heap;

/**
 * The behaviour of one type, as CPython's {@code tp_*} slots: Java-side metadata hanging off the
 * type object on the heap (by the index in its SLOTS word). A slot a type does not fill answers
 * with CPython's default (identity hash and equality, {@code <NAME object at 0x…>}) or with the
 * TypeError CPython raises. Handles in and out follow the C API: arguments are borrowed, results
 * are new references unless the method says otherwise.
 */
public abstract class TypeSlots {
    protected final ObjectSpace space;
    protected final Heap heap;
    /** This type's object on the heap; set when the space registers it. */
    int type;
    /** The types whose bases include this one (CPython's tp_subclasses), which a change here changes too. */
    final java.util.List<TypeSlots> subclasses = new java.util.ArrayList<>(0);

    /** {@link #isContainer()}, asked once: the deallocator asks it of every dying object. */
    final boolean container;

    protected TypeSlots(ObjectSpace space) {
        this.space = space;
        this.heap = space.heap;
        this.container = isContainer(); // a constant of each class, whatever its fields
    }

    /** The type object (borrowed). */
    public final int type() {
        return type;
    }

    /** {@code __name__}. */
    public abstract String name();

    /** Releases what the object holds and gives its block back. Its count is 0. */
    public abstract void dealloc(int h);

    /** Whether instances are containers (carry GC links and are traversed): a constant, read once by the constructor. */
    public boolean isContainer() {
        return false;
    }

    /** The node that links container h into the collector's lists: h itself unless a link node holds its links. */
    public int gcNode(int h) {
        return h;
    }

    /** Calls {@code visit} on every reference the object holds (CPython: tp_traverse). */
    public void traverse(int h, java.util.function.IntConsumer visit) {}

    /**
     * Drops the references the object holds, so that a cycle it is part of falls apart (CPython:
     * tp_clear). The object stays valid (it may still be reached while the cycle is torn down).
     */
    public void clear(int h) {}

    /**
     * The word of h holding the head of its list of weak references (0: none), or -1 when the type
     * does not support weak references. CPython: tp_weaklistoffset.
     */
    public int weaklistWord(int h) {
        return -1;
    }

    /** Whether h has a finalizer to run once before it is freed (CPython: tp_finalize). */
    public boolean hasFinalizer(int h) {
        return false;
    }

    /** Runs h's finalizer; errors are reported, never raised. */
    public void runFinalizer(int h) {}

    /** {@code repr(x)}: a new str. */
    public int repr(int h) {
        return space.newStr("<" + name() + " object at 0x" + Long.toHexString(heap.address(h)) + ">");
    }

    /** {@code repr(x)} made by {@link #reprTo}: what the containers' repr is. */
    protected final int reprByBuilder(int h) {
        StringBuilder b = new StringBuilder();
        reprTo(h, b);
        return space.newStr(b.toString());
    }

    /**
     * Appends {@code repr(x)} to b. Containers write their items' reprs straight into b, so that
     * the repr of nested containers makes no str object per level and copies each char once.
     */
    public void reprTo(int h, StringBuilder b) {
        int r = repr(h);
        try {
            b.append(space.strSlots.toJava(r));
        } finally {
            heap.decref(r);
        }
    }

    /** {@code str(x)}: a new str. */
    public int str(int h) {
        return repr(h);
    }

    /** {@code hash(x)}; CPython's default hashes the address. */
    public long hash(int h) {
        long a = heap.address(h);
        return (a >>> 4) | (a << 60); // CPython: _Py_HashPointer rotates by 4
    }

    /**
     * {@code a OP b} where a is of this type: a new reference, or NotImplemented (a new
     * reference to it too). CPython: tp_richcompare; ops are {@link Compare}'s.
     */
    public int richCompare(int a, int b, int op) {
        if (op == Compare.EQ || op == Compare.NE) {
            if (a == b) return space.newBool(op == Compare.EQ);
        }
        return space.notImplemented();
    }

    /** {@code bool(x)}; CPython's default is true unless __len__ says 0. */
    public boolean isTrue(int h) {
        return true;
    }

    /** {@code len(x)}, or -1 when the type has no length. */
    public long length(int h) {
        return -1;
    }

    /**
     * Binary number slot: {@code a OP b} where a or b is of this type (CPython's nb_* get both
     * operands in their order); NotImplemented when it does not apply. {@code op} is a
     * {@link NumberOps} code without the in-place flag.
     */
    public int binaryOp(int a, int b, int op) {
        return space.notImplemented();
    }

    /** In-place number slot; returns 0 when the type has none (then the binary one is used). */
    public int inplaceOp(int a, int b, int op) {
        return 0;
    }

    /** Unary number slots: {@link NumberOps#NEG}, POS, INVERT, ABS; 0 when the type has none. */
    public int unaryOp(int h, int op) {
        return 0;
    }

    /** {@code x[key]}: a new reference; TypeError when not subscriptable. */
    public int getItem(int h, int key) {
        throw space.typeError("'" + name() + "' object is not subscriptable");
    }

    /** {@code x[key] = value} (value 0: {@code del x[key]}). */
    public void setItem(int h, int key, int value) {
        if (value == 0) throw space.typeError("'" + name() + "' object doesn't support item deletion");
        throw space.typeError("'" + name() + "' object does not support item assignment");
    }

    /** {@code key in x}; the default iterates (CPython: PySequence_Contains falls back to iteration). */
    public boolean contains(int h, int key) {
        int it;
        try {
            it = iter(h);
        } catch (PyException e) {
            if (!space.exceptions.matches(e.exception(), space.exceptions.typeError)) throw e;
            heap.decref(e.exception());
            throw space.typeError("argument of type '" + space.typeName(space.typeOf(h)) + "' is not iterable");
        }
        try {
            for (int item; (item = space.iterNext(it)) != 0; ) {
                boolean found = item == key || space.eq(item, key);
                heap.decref(item);
                if (found) return true;
            }
            return false;
        } finally {
            heap.decref(it);
        }
    }

    /** {@code iter(x)}: a new iterator. */
    public int iter(int h) {
        throw space.typeError("'" + name() + "' object is not iterable");
    }

    /** The next item of an iterator (new reference), or 0 when exhausted. */
    public int next(int h) {
        throw space.typeError("'" + name() + "' object is not an iterator");
    }

    /**
     * {@code getattr(h, name)}: a new reference. The default looks the name up along the type's
     * MRO and binds a method of the type to h. CPython: PyObject_GenericGetAttr.
     */
    public int getAttr(int h, int name) {
        int v = space.lookupType(space.typeOf(h), name);
        if (v == 0 && space.strSlots.toJava(name).equals("__class__")) {
            heap.incref(space.typeOf(h));
            return space.typeOf(h);
        }
        if (v == 0) throw space.attributeError(h, name);
        if (space.typeOf(v) == space.builtinFunctionSlots.type() && space.builtinFunctionSlots.isMethodDescriptor(v)) {
            int index = heap.getInt(v, BuiltinFunctionType.CODE);
            return space.builtinFunctionSlots.newFunction(index, h);
        }
        heap.incref(v);
        return v;
    }

    /**
     * Whether attribute lookup on h is the generic one ({@link #getAttr} of this class), so that
     * LOAD_METHOD may take a method from the type directly. CPython: tp_getattro ==
     * PyObject_GenericGetAttr in _PyObject_GetMethod.
     */
    public boolean genericGetAttr(int h) {
        return true;
    }

    /** {@code h.name = value}; value 0 deletes. Built-in instances have no writable attributes. */
    public void setAttr(int h, int name, int value) {
        if (space.lookupType(space.typeOf(h), name) != 0) {
            throw space.error(space.exceptions.attributeError, "'" + name() + "' object attribute '"
                    + space.strSlots.toJava(name) + "' is read-only");
        }
        throw space.attributeError(h, name);
    }

    /**
     * Calling the type: {@code T(args...)} for type object {@code t} (this type or a subclass),
     * vectorcall convention; a new reference. CPython: tp_new followed by tp_init.
     */
    public int construct(int t, int[] args, int start, int nargs, int kwnames) {
        throw space.typeError("cannot create '" + space.typeName(t) + "' instances");
    }

    /**
     * Whether a class may derive from this type (CPython: Py_TPFLAGS_BASETYPE). Instances of such a
     * class keep this type's layout and add one word at the end of their block for their
     * {@code __dict__} (see {@link #allocSubtype}).
     */
    public boolean acceptableBase() {
        return false;
    }

    /**
     * {@code T.__new__(t, *args)} for t this type or a class deriving from it: a new instance of t.
     * CPython: tp_new. This default is an immutable type's (long_subtype_new and its kind): the
     * value made as for the exact type, copied into an instance of t. Mutable types override it
     * and take their value in {@link #init}.
     */
    public int newSubtype(int t, int[] args, int start, int nargs, int kwnames) {
        int exact = construct(type, args, start, nargs, kwnames);
        return t == type ? exact : copyToSubtype(exact, t);
    }

    /** {@code T.__init__(h, *args)}: CPython's tp_init. The default is object's (see ObjectType). */
    public void init(int h, int[] args, int start, int nargs, int kwnames) {
        space.objectSlots.init(h, args, start, nargs, kwnames);
    }

    /**
     * A block for an instance of class t deriving from this type: {@code words} words of this
     * type's layout, then the head of its weak references, then, in the block's last word, the
     * instance's dict (0 until made). The
     * instance owns a reference to t.
     */
    protected int allocSubtype(int t, int words) {
        int extra = isContainer() ? 2 : 3; // the weak list and the dict (and the link node)
        int h = heap.newObject((words + extra) * Heap.WORD, t);
        int last = heap.blockBytes(h) / Heap.WORD - 1;
        heap.fillWords(h, Heap.TYPE + 1, last - Heap.TYPE, 0);
        if (!isContainer()) {
            // words 2 and 3 are this type's: the GC links go in a node of their own, in the last word
            int node = heap.allocZeroed(dev.pyvm.gc.GcHeader.CONTAINER_HEADER_WORDS * Heap.WORD);
            heap.setInt(node, Heap.TYPE, dev.pyvm.gc.GcHeader.LINK_NODE);
            heap.setInt(node, dev.pyvm.gc.GcHeader.LINK_OBJECT, h);
            heap.setInt(h, last, node);
        }
        heap.incref(t);
        return h;
    }

    /**
     * An instance of class t with the value of {@code exact}, an instance of this immutable type
     * (reference stolen): its words copied into a block of t's (CPython: long_subtype_new and
     * its kind). Types holding references fix them up in {@link #copiedToSubtype}.
     */
    protected int copyToSubtype(int exact, int t) {
        try {
            int words = heap.blockBytes(exact) / Heap.WORD;
            int h = allocSubtype(t, words);
            heap.copyWords(exact, Heap.TYPE + 1, h, Heap.TYPE + 1, words - Heap.TYPE - 1);
            copiedToSubtype(h);
            if (!isContainer()) space.gc.track(space.slotsOfType(t).gcNode(h));
            return h;
        } finally {
            heap.decref(exact);
        }
    }

    /** Fixes up a copy made by {@link #copyToSubtype}: references it now also holds, flags. */
    protected void copiedToSubtype(int h) {}

    /** Calling an instance: {@code h(args...)}; a new reference. CPython: tp_call. */
    public int call(int h, int[] args, int start, int nargs, int kwnames) {
        throw space.typeError("'" + space.typeName(space.typeOf(h)) + "' object is not callable");
    }

    /**
     * {@code format(h, spec)} for a non-empty spec: a new str. CPython's object.__format__ refuses
     * any spec; types with a format mini-language override this.
     */
    public int format(int h, int spec) {
        throw space.typeError("unsupported format string passed to " + space.typeName(space.typeOf(h)) + ".__format__");
    }

    /**
     * The bytes the object takes in pyvm's heap ({@code sys.getsizeof}): its block plus the blocks
     * it alone owns (a list's item array, a dict's table). CPython: {@code __sizeof__}.
     */
    public long sizeof(int h) {
        return heap.blockBytes(h);
    }

    /**
     * The buffer protocol (CPython: tp_as_buffer), as far as pyvm has it: a copy of the bytes of a
     * bytes-like object, or null when the type is not one.
     */
    public byte[] buffer(int h) {
        return null;
    }

    /** {@code callable(h)}: whether the type has a call slot (CPython: tp_call != NULL). */
    public boolean isCallable(int h) {
        return false;
    }

    /** Whether {@link #next} is implemented: the object is an iterator. */
    public boolean isIterator() {
        return false;
    }
}
