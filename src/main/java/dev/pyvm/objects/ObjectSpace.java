package dev.pyvm.objects;

import dev.pyvm.memory.Heap;
import dev.pyvm.memory.HeapConfig;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Every Python object of one interpreter: the heap they live in, the types and their Java-side
 * slots, the immortal singletons, the small ints, the interned strings. Nothing here is static:
 * two spaces in one JVM share nothing.
 *
 * <p>Type objects are containers on the heap:
 * <pre>
 *   word  0 refcnt │ 1 type │ 2,3 GC links │ 4 SLOTS │ 5 NAME │ 6 BASE │ 7 MRO │ 8 DICT
 * </pre>
 * SLOTS indexes {@link #slots}, the Java behaviour of the type.
 */
public final class ObjectSpace {
    public final Heap heap;

    // type object layout
    static final int TYPE_SLOTS = 4;
    static final int TYPE_NAME = 5;
    static final int TYPE_BASE = 6;
    static final int TYPE_MRO = 7;
    static final int TYPE_DICT = 8;
    static final int TYPE_WORDS = 9;

    private TypeSlots[] slots = new TypeSlots[32];
    private int nslots;

    // the built-in types' behaviour
    public final TypeType typeSlots;
    public final ObjectType objectSlots;
    public final NoneType noneSlots;
    public final IntType intSlots;
    public final BoolType boolSlots;
    public final FloatType floatSlots;
    public final StrType strSlots;
    public final TupleType tupleSlots;
    public final ListType listSlots;
    public final DictType dictSlots;
    public final SingletonType notImplementedSlots;
    public final SingletonType ellipsisSlots;
    public final BuiltinFunctionType builtinFunctionSlots;
    public final ModuleType moduleSlots;
    public final CodeType codeSlots;
    public final FunctionType functionSlots;
    public final CellType cellSlots;
    public final TracebackType tracebackSlots;
    public final Exceptions exceptions;
    /** range, slice, the iterators, set, frozenset, and the methods of list, tuple, dict, set. */
    public final SequenceTypes sequences;

    // immortal singletons
    public final int none;
    public final int trueObject;
    public final int falseObject;
    private final int notImplementedObject;
    public final int ellipsis;
    public final int emptyTuple;
    public final int emptyStr;
    /** CPython: _PY_NSMALLNEGINTS, _PY_NSMALLPOSINTS. */
    static final int NSMALLNEGINTS = 5;
    static final int NSMALLPOSINTS = 257;
    private final int[] smallInts = new int[NSMALLNEGINTS + NSMALLPOSINTS];
    /** Interned strings by their Java text: an index over immortal heap strings. */
    private final Map<String, Integer> interned = new HashMap<>();

    public ObjectSpace(HeapConfig config) {
        heap = new Heap(config);
        heap.setDeallocator(h -> slotsOf(h).dealloc(h));
        // The type objects come first, bare; names, bases and MROs follow once str and
        // tuple can be made.
        typeSlots = register(new TypeType(this));
        objectSlots = register(new ObjectType(this));
        strSlots = register(new StrType(this));
        tupleSlots = register(new TupleType(this));
        dictSlots = register(new DictType(this));
        noneSlots = register(new NoneType(this));
        intSlots = register(new IntType(this));
        boolSlots = register(new BoolType(this));
        floatSlots = register(new FloatType(this));
        listSlots = register(new ListType(this));
        notImplementedSlots = register(new SingletonType(this, "NotImplementedType", "NotImplemented"));
        ellipsisSlots = register(new SingletonType(this, "ellipsis", "Ellipsis"));
        builtinFunctionSlots = register(new BuiltinFunctionType(this));
        moduleSlots = register(new ModuleType(this));
        codeSlots = register(new CodeType(this));
        functionSlots = register(new FunctionType(this));
        cellSlots = register(new CellType(this));
        tracebackSlots = register(new TracebackType(this));

        emptyStr = strSlots.allocate(0, 1);
        heap.makeImmortal(emptyStr);
        emptyTuple = tupleSlots.allocate(0);
        heap.makeImmortal(emptyTuple);
        none = immortal(noneSlots.type, 0);
        notImplementedObject = immortal(notImplementedSlots.type, 0);
        ellipsis = immortal(ellipsisSlots.type, 0);
        falseObject = immortal(boolSlots.type, IntType.WORDS);
        heap.setLong(falseObject, IntType.VALUE, 0);
        trueObject = immortal(boolSlots.type, IntType.WORDS);
        heap.setLong(trueObject, IntType.VALUE, 1);
        for (int i = 0; i < smallInts.length; i++) {
            int h = heap.newObject(IntType.WORDS * Heap.WORD, intSlots.type);
            heap.setLong(h, IntType.VALUE, i - NSMALLNEGINTS);
            heap.makeImmortal(h);
            smallInts[i] = h;
        }
        int object = objectSlots.type;
        for (int i = 0; i < nslots; i++) {
            TypeSlots s = slots[i];
            int base = s == objectSlots ? 0 : s == boolSlots ? intSlots.type : object;
            finishType(s, base);
        }
        exceptions = new Exceptions(this);
        sequences = new SequenceTypes(this);
        TextMethods.install(this);
        startupBlocks = heap.allocatedBlocks();
        startupImmortals = heap.immortalObjects();
    }

    private final long startupBlocks;
    private final long startupImmortals;

    public ObjectSpace() {
        this(HeapConfig.defaults());
    }

    private int immortal(int type, int words) {
        int h = heap.newObject(Math.max(2, words) * Heap.WORD, type);
        heap.makeImmortal(h);
        return h;
    }

    /** Makes the (immortal) type object of a built-in type and indexes its slots. */
    <T extends TypeSlots> T register(T s) {
        if (nslots == slots.length) slots = Arrays.copyOf(slots, nslots * 2);
        int t = heap.newObject(TYPE_WORDS * Heap.WORD, nslots == 0 ? 0 : typeSlots.type);
        if (nslots == 0) heap.setInt(t, Heap.TYPE, t); // `type` is its own type
        heap.fillWords(t, Heap.TYPE + 1, TYPE_WORDS - Heap.TYPE - 1, 0);
        heap.setInt(t, TYPE_SLOTS, nslots);
        heap.makeImmortal(t);
        s.type = t;
        slots[nslots++] = s;
        return s;
    }

    /**
     * Adds a built-in type defined outside this package (a module's, such as {@code random.Random})
     * after start-up, with {@code object} as its base; {@code define} then fills its dict (methods).
     * The type lives as long as the space: the blocks it takes are counted with the start-up ones,
     * so that {@link #liveMortalBlocks} still reports 0 when nothing leaked.
     */
    public <T extends TypeSlots> T addType(T s, java.util.function.Consumer<T> define) {
        heap.clearFreeLists(); // so that the type's blocks are fresh ones, not free-listed
        long blocks = heap.allocatedBlocks() - heap.immortalObjects();
        register(s);
        finishType(s, objectSlots.type);
        define.accept(s);
        heap.clearFreeLists();
        permanentBlocks += heap.allocatedBlocks() - heap.immortalObjects() - blocks;
        return s;
    }

    /** Blocks of the types added by {@link #addType}: owned by the space, never freed. */
    private long permanentBlocks;

    /** Fills a registered type's name, base, MRO and dict. */
    void finishType(TypeSlots s, int base) {
        int t = s.type;
        heap.setInt(t, TYPE_NAME, intern(s.name()));
        heap.setInt(t, TYPE_BASE, base);
        if (base != 0) heap.incref(base);
        int n = 1;
        for (int b = base; b != 0; b = heap.getInt(b, TYPE_BASE)) n++;
        int mro = tupleSlots.allocate(n);
        int i = 0;
        for (int b = t; b != 0; b = heap.getInt(b, TYPE_BASE)) {
            heap.incref(b);
            tupleSlots.setItem(mro, i++, b);
        }
        heap.setInt(t, TYPE_MRO, mro);
        heap.setInt(t, TYPE_DICT, dictSlots.newDict());
    }

    /** The slots of object h's type. */
    public TypeSlots slotsOf(int h) {
        return slots[heap.getInt(heap.getInt(h, Heap.TYPE), TYPE_SLOTS)];
    }

    /** The slots of type object t. */
    public TypeSlots slotsOfType(int t) {
        return slots[heap.getInt(t, TYPE_SLOTS)];
    }

    /** The type of h (borrowed). */
    public int typeOf(int h) {
        return heap.getInt(h, Heap.TYPE);
    }

    /** Whether type {@code t} is {@code base} or derives from it (CPython: PyType_IsSubtype, by MRO). */
    public boolean isSubtype(int t, int base) {
        if (t == base) return true;
        int mro = heap.getInt(t, TYPE_MRO);
        if (mro == 0) return false;
        int n = tupleSlots.size(mro);
        for (int i = 0; i < n; i++) if (tupleSlots.item(mro, i) == base) return true;
        return false;
    }

    public boolean isInstance(int h, int type) {
        return isSubtype(typeOf(h), type);
    }

    /** {@code type.__name__} as Java text. */
    public String typeName(int t) {
        int name = heap.getInt(t, TYPE_NAME);
        return name == 0 ? slotsOfType(t).name() : strSlots.toJava(name);
    }

    // ---- the singletons; each getter returns a NEW reference ----

    public int newNone() {
        heap.incref(none);
        return none;
    }

    public int newBool(boolean b) {
        int h = b ? trueObject : falseObject;
        heap.incref(h);
        return h;
    }

    public int notImplemented() {
        heap.incref(notImplementedObject);
        return notImplementedObject;
    }

    public boolean isNotImplemented(int h) {
        return h == notImplementedObject;
    }

    // ---- construction of common values: new references ----

    public int newInt(long v) {
        if (v >= -NSMALLNEGINTS && v < NSMALLPOSINTS) {
            int h = smallInts[(int) v + NSMALLNEGINTS];
            heap.incref(h);
            return h;
        }
        return intSlots.fromLong(v);
    }

    public int newInt(java.math.BigInteger v) {
        return intSlots.fromBig(v);
    }

    public int newFloat(double v) {
        return floatSlots.fromDouble(v);
    }

    public int newStr(String s) {
        return s.isEmpty() ? strSlots.empty() : strSlots.fromJava(s);
    }

    /** The interned, immortal str for {@code s} (borrowed: interned strings never die). */
    public int intern(String s) {
        Integer h = interned.get(s);
        if (h != null) return h;
        int str = s.isEmpty() ? emptyStr : strSlots.fromJava(s);
        if (str != emptyStr) {
            heap.makeImmortal(str);
            strSlots.markInterned(str);
        }
        interned.put(s, str);
        return str;
    }

    /** A new tuple owning the given (stolen) references. */
    public int newTuple(int... items) {
        if (items.length == 0) {
            heap.incref(emptyTuple);
            return emptyTuple;
        }
        int t = tupleSlots.allocate(items.length);
        for (int i = 0; i < items.length; i++) tupleSlots.setItem(t, i, items[i]);
        return t;
    }

    /** A new tuple of n items, for the caller to fill with {@link TupleType#setItem}. */
    public int newTupleOfSize(int n) {
        if (n == 0) {
            heap.incref(emptyTuple);
            return emptyTuple;
        }
        return tupleSlots.allocate(n);
    }

    /** A new list owning the given (stolen) references. */
    public int newList(int... items) {
        int l = listSlots.newList(items.length);
        for (int item : items) listSlots.appendSteal(l, item);
        return l;
    }

    // ---- repr of recursive containers: CPython's Py_ReprEnter / Py_ReprLeave ----

    private int[] reprStack = new int[16];
    private int reprDepth;

    /** False when h's repr is already being made further up (print "[...]"); else marks it. */
    public boolean reprEnter(int h) {
        for (int i = 0; i < reprDepth; i++) if (reprStack[i] == h) return false;
        if (reprDepth == reprStack.length) reprStack = Arrays.copyOf(reprStack, reprDepth * 2);
        reprStack[reprDepth++] = h;
        return true;
    }

    public void reprLeave(int h) {
        for (int i = reprDepth - 1; i >= 0; i--) {
            if (reprStack[i] == h) {
                System.arraycopy(reprStack, i + 1, reprStack, i, reprDepth - i - 1);
                reprDepth--;
                return;
            }
        }
    }

    // ---- errors: each returns the PyException to throw ----

    public PyException typeError(String message) {
        return exceptions.raise(exceptions.typeError, message);
    }

    public PyException valueError(String message) {
        return exceptions.raise(exceptions.valueError, message);
    }

    public PyException error(int type, String message) {
        return exceptions.raise(type, message);
    }

    // ---- calling: the VM installs how any callable is called ----

    private Caller caller = (callable, args, start, nargs, kwnames) -> {
        throw typeError("'" + typeName(typeOf(callable)) + "' object is not callable");
    };

    public void setCaller(Caller caller) {
        this.caller = caller;
    }

    /** Calls {@code callable} with the vectorcall convention of {@link BuiltinCode}; a new reference. */
    public int call(int callable, int[] args, int start, int nargs, int kwnames) {
        return caller.call(callable, args, start, nargs, kwnames);
    }

    /** Calls {@code callable(arg...)} with positional arguments (borrowed); a new reference. */
    public int call(int callable, int... args) {
        return caller.call(callable, args, 0, args.length, 0);
    }

    // ---- the abstract object protocol, CPython's Objects/abstract.c and object.c ----

    /** {@code repr(x)} as Java text. */
    public String repr(int h) {
        int r = slotsOf(h).repr(h);
        try {
            return strSlots.toJava(r);
        } finally {
            heap.decref(r);
        }
    }

    /** {@code str(x)} as Java text. */
    public String str(int h) {
        int r = slotsOf(h).str(h);
        try {
            return strSlots.toJava(r);
        } finally {
            heap.decref(r);
        }
    }

    /** {@code hash(x)}; CPython: PyObject_Hash (never -1). */
    public long hash(int h) {
        return slotsOf(h).hash(h);
    }

    public boolean isTrue(int h) {
        if (h == trueObject) return true;
        if (h == falseObject || h == none) return false;
        return slotsOf(h).isTrue(h);
    }

    /**
     * {@code a OP b}: a new reference. CPython 3.11: Objects/object.c do_richcompare(), the
     * reflected operation first when b's type is a proper subtype of a's.
     */
    public int richCompare(int a, int b, int op) {
        int ta = typeOf(a), tb = typeOf(b);
        boolean checkedReverse = false;
        if (ta != tb && isSubtype(tb, ta)) {
            checkedReverse = true;
            int r = slotsOf(b).richCompare(b, a, Compare.swapped(op));
            if (!isNotImplemented(r)) return r;
            heap.decref(r);
        }
        int r = slotsOf(a).richCompare(a, b, op);
        if (!isNotImplemented(r)) return r;
        heap.decref(r);
        if (!checkedReverse) {
            r = slotsOf(b).richCompare(b, a, Compare.swapped(op));
            if (!isNotImplemented(r)) return r;
            heap.decref(r);
        }
        switch (op) {
            case Compare.EQ:
                return newBool(a == b);
            case Compare.NE:
                return newBool(a != b);
            default:
                throw typeError("'" + Compare.symbol(op) + "' not supported between instances of '"
                        + typeName(ta) + "' and '" + typeName(tb) + "'");
        }
    }

    /** {@code a == b} as a Java boolean; CPython: PyObject_RichCompareBool (identity implies equality). */
    public boolean eq(int a, int b) {
        if (a == b) return true;
        int r = richCompare(a, b, Compare.EQ);
        try {
            return isTrue(r);
        } finally {
            heap.decref(r);
        }
    }

    /**
     * {@code a OP b} for a binary operator; a new reference. CPython 3.11: Objects/abstract.c
     * binary_op1(): b's slot first when b's type is a proper subtype of a's.
     */
    public int binaryOp(int a, int b, int op) {
        int ta = typeOf(a), tb = typeOf(b);
        TypeSlots sa = slotsOf(a);
        TypeSlots sb = ta == tb ? null : slotsOf(b);
        if (sb != null && isSubtype(tb, ta)) {
            int r = sb.binaryOp(a, b, op);
            if (!isNotImplemented(r)) return r;
            heap.decref(r);
            sb = null;
        }
        int r = sa.binaryOp(a, b, op);
        if (!isNotImplemented(r)) return r;
        heap.decref(r);
        if (sb != null) {
            r = sb.binaryOp(a, b, op);
            if (!isNotImplemented(r)) return r;
            heap.decref(r);
        }
        throw binaryTypeError(a, b, NumberOps.symbol(op));
    }

    /** {@code a OP= b}: the in-place slot when a's type has one, else {@link #binaryOp}. */
    public int inplaceOp(int a, int b, int op) {
        int r = slotsOf(a).inplaceOp(a, b, op);
        if (r != 0) {
            if (!isNotImplemented(r)) return r;
            heap.decref(r);
        }
        try {
            return binaryOp(a, b, op);
        } catch (PyException e) {
            if (!exceptions.matches(e.exception(), exceptions.typeError)) throw e;
            heap.decref(e.exception());
            throw binaryTypeError(a, b, NumberOps.symbol(op) + "=");
        }
    }

    private PyException binaryTypeError(int a, int b, String symbol) {
        if (symbol.equals("**")) symbol = "** or pow()";
        return typeError("unsupported operand type(s) for " + symbol + ": '" + typeName(typeOf(a))
                + "' and '" + typeName(typeOf(b)) + "'");
    }

    /** A unary operator ({@link NumberOps#NEG} …); a new reference. */
    public int unaryOp(int h, int op) {
        int r = slotsOf(h).unaryOp(h, op);
        if (r != 0) return r;
        throw typeError("bad operand type for " + NumberOps.unarySymbol(op) + ": '" + typeName(typeOf(h)) + "'");
    }

    // ---- attributes ----

    /** The attribute {@code name} of type t found along its MRO (borrowed), or 0. CPython: _PyType_Lookup. */
    public int lookupType(int t, int name) {
        int mro = heap.getInt(t, TYPE_MRO);
        int n = tupleSlots.size(mro);
        for (int i = 0; i < n; i++) {
            int v = dictSlots.get(heap.getInt(tupleSlots.item(mro, i), TYPE_DICT), name);
            if (v != 0) return v;
        }
        return 0;
    }

    /** {@code getattr(h, name)} for an interned str name: a new reference. */
    public int getAttr(int h, int name) {
        return slotsOf(h).getAttr(h, name);
    }

    /**
     * LOAD_METHOD's lookup: the unbound method {@code name} of h's type when calling it with h as
     * first argument is the same as calling {@code h.name} (borrowed), else 0.
     */
    public int lookupMethod(int h, int name) {
        int t = typeOf(h);
        if (t == moduleSlots.type() || isSubtype(t, typeSlots.type())) return 0;
        int v = lookupType(t, name);
        if (v != 0 && typeOf(v) == builtinFunctionSlots.type() && builtinFunctionSlots.isMethodDescriptor(v)) return v;
        return 0;
    }

    /** {@code h.name = value} (value 0: {@code del h.name}). */
    public void setAttr(int h, int name, int value) {
        slotsOf(h).setAttr(h, name, value);
    }

    /** Defines a method of built-in type t: a method descriptor in t's dict. */
    public void defineMethod(int t, String name, BuiltinCode code) {
        int index = builtinFunctionSlots.define(name, t, code);
        int f = builtinFunctionSlots.newFunction(index, 0);
        dictSlots.put(heap.getInt(t, TYPE_DICT), intern(name), f);
        heap.decref(f);
    }

    /** Binds a value in type t's dict (new reference taken), e.g. a class attribute of a built-in type. */
    public void setTypeAttr(int t, String name, int value) {
        dictSlots.put(heap.getInt(t, TYPE_DICT), intern(name), value);
    }

    public PyException attributeError(int h, int name) {
        return error(exceptions.attributeError, "'" + typeName(typeOf(h)) + "' object has no attribute '"
                + strSlots.toJava(name) + "'");
    }

    /**
     * {@code format(value, spec)}: a new str. An empty spec (or 0) gives {@code str(value)}; other
     * specs are the type's {@link TypeSlots#format}.
     */
    public int format(int value, int spec) {
        if (spec == 0 || strSlots.length(spec) == 0) {
            if (typeOf(value) == strSlots.type()) {
                heap.incref(value);
                return value;
            }
            return slotsOf(value).str(value);
        }
        return slotsOf(value).format(value, spec);
    }

    /** {@code list.extend(iterable)}. */
    public void extendList(int list, int iterable) {
        if (listSlots.check(iterable) || tupleSlots.check(iterable)) {
            boolean isList = listSlots.check(iterable);
            int n = isList ? listSlots.size(iterable) : tupleSlots.size(iterable);
            for (int i = 0; i < n; i++) listSlots.append(list, isList ? listSlots.item(iterable, i) : tupleSlots.item(iterable, i));
            return;
        }
        int it = iter(iterable);
        try {
            for (int v; (v = iterNext(it)) != 0; ) listSlots.appendSteal(list, v);
        } finally {
            heap.decref(it);
        }
    }

    /** {@code len(x)}. */
    public long length(int h) {
        long n = slotsOf(h).length(h);
        if (n < 0) throw typeError("object of type '" + typeName(typeOf(h)) + "' has no len()");
        return n;
    }

    public int getItem(int h, int key) {
        return slotsOf(h).getItem(h, key);
    }

    public void setItem(int h, int key, int value) {
        slotsOf(h).setItem(h, key, value);
    }

    public boolean contains(int container, int key) {
        return slotsOf(container).contains(container, key);
    }

    /** {@code iter(x)}: a new reference. */
    public int iter(int h) {
        return slotsOf(h).iter(h);
    }

    /** The next item (new reference) or 0 when the iterator is exhausted. */
    public int iterNext(int it) {
        return slotsOf(it).next(it);
    }

    /**
     * Blocks held beyond the immortal objects and what they own: 0 when nothing leaked. (The
     * blocks that exist at the end of start-up belong to the immortal types and singletons.)
     */
    public long liveMortalBlocks() {
        return heap.allocatedBlocks() - startupBlocks - permanentBlocks - (heap.immortalObjects() - startupImmortals);
    }
}
