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
 *   word  0 refcnt │ 1 type │ 2,3 GC links │ 4 SLOTS │ 5 NAME │ 6 BASE │ 7 MRO │ 8 DICT │ 9 BASES
 *         │ 10 QUALNAME (0 for built-in types: their name)
 * </pre>
 * SLOTS indexes {@link #slots}, the Java behaviour of the type.
 */
public final class ObjectSpace implements dev.pyvm.gc.Collector.Types {
    public final Heap heap;
    /** The cycle collector. */
    public final dev.pyvm.gc.Collector gc;

    // type object layout
    static final int TYPE_SLOTS = 4;
    static final int TYPE_NAME = 5;
    static final int TYPE_BASE = 6;
    static final int TYPE_MRO = 7;
    static final int TYPE_DICT = 8;
    static final int TYPE_BASES = 9;
    static final int TYPE_QUALNAME = 10;
    /** The words up to here hold references; the version tag follows, in the same block. */
    static final int TYPE_WORDS = 11;
    /** CPython's tp_version_tag: see typeVersion. */
    static final int TYPE_VERSION = 11;
    /** The head of the type's weak references (not a reference it owns). */
    static final int TYPE_WEAKLIST = 12;
    static final int TYPE_BLOCK_WORDS = 13;

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
    public final BytesType bytesSlots;
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
    public final MethodType methodSlots;
    public final Descriptors.Wrapper staticMethodSlots;
    public final Descriptors.Wrapper classMethodSlots;
    public final Descriptors.Property propertySlots;
    public final Descriptors.Member memberSlots;
    public final SuperType superSlots;
    public final GenericAliasType genericAliasSlots;
    public final UnionType unionSlots;
    public final Exceptions exceptions;
    /** range, slice, the iterators, set, frozenset, and the methods of list, tuple, dict, set. */
    public final SequenceTypes sequences;
    /** enumerate, zip, map, filter, reversed and the callable iterator. */
    public final BuiltinIterators iterators;

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
    /** The interned names of the hot paths. */
    public Identifiers ids;

    public ObjectSpace(HeapConfig config) {
        heap = new Heap(config);
        gc = new dev.pyvm.gc.Collector(heap);
        gc.setTypes(this);
        gc.setEnabled(false); // no automatic collection while the types are being made
        heap.setDeallocator(h -> {
            TypeSlots s = slotsOf(h);
            if (s.container) gc.untrack(s.gcNode(h), true);
            s.dealloc(h);
        });
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
        bytesSlots = register(new BytesType(this));
        notImplementedSlots = register(new SingletonType(this, "NotImplementedType", "NotImplemented"));
        ellipsisSlots = register(new SingletonType(this, "ellipsis", "Ellipsis"));
        builtinFunctionSlots = register(new BuiltinFunctionType(this));
        moduleSlots = register(new ModuleType(this));
        codeSlots = register(new CodeType(this));
        functionSlots = register(new FunctionType(this));
        cellSlots = register(new CellType(this));
        tracebackSlots = register(new TracebackType(this));
        methodSlots = register(new MethodType(this));
        staticMethodSlots = register(new Descriptors.Wrapper(this, "staticmethod"));
        classMethodSlots = register(new Descriptors.Wrapper(this, "classmethod"));
        propertySlots = register(new Descriptors.Property(this));
        memberSlots = register(new Descriptors.Member(this));
        superSlots = register(new SuperType(this));
        genericAliasSlots = register(new GenericAliasType(this));
        unionSlots = register(new UnionType(this));

        emptyStr = strSlots.allocate(0, 1);
        heap.makeImmortal(emptyStr);
        bytesSlots.makeEmpty();
        emptyTuple = tupleSlots.allocate(0);
        heap.makeImmortal(emptyTuple);
        gc.untrack(emptyTuple, false); // immortal: never collected
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
        ids = new Identifiers(this);
        int object = objectSlots.type;
        for (int i = 0; i < nslots; i++) {
            TypeSlots s = slots[i];
            int base = s == objectSlots ? 0 : s == boolSlots ? intSlots.type : object;
            finishType(s, base);
        }
        exceptions = new Exceptions(this);
        ClassMethods.install(this);
        sequences = new SequenceTypes(this);
        SlotWrappers.install(this);
        binaryNames = new int[3][NumberOps.DUNDER_STEMS.length];
        for (int op = 0; op < NumberOps.DUNDER_STEMS.length; op++) {
            String stem = NumberOps.DUNDER_STEMS[op];
            binaryNames[0][op] = intern("__" + stem + "__");
            binaryNames[1][op] = intern("__r" + stem + "__");
            binaryNames[2][op] = intern("__i" + stem + "__");
        }
        compareNames = java.util.Arrays.stream(Compare.DUNDERS).mapToInt(this::intern).toArray();
        unaryNames = java.util.Arrays.stream(NumberOps.UNARY_DUNDERS).mapToInt(this::intern).toArray();
        iterators = new BuiltinIterators(this);
        genericAliasSlots.install();
        unionSlots.install();
        TextMethods.install(this);
        gc.sealStartup(); // what start-up made lives as long as the space
        gc.setEnabled(true);
        startupBlocks = heap.allocatedBlocks();
        startupRefs = heap.refTotal();
        startupImmortals = heap.immortalObjects();
    }

    /**
     * The operators' special-method names, interned once for the dispatch of classes (HeapType):
     * binaryNames[0] {@code __add__}…, [1] {@code __radd__}…, [2] {@code __iadd__}…, by NB_* code;
     * compareNames by {@link Compare} code; unaryNames by {@link NumberOps} unary code.
     */
    final int[][] binaryNames;
    final int[] compareNames;
    final int[] unaryNames;

    private final long startupBlocks;
    private final long startupRefs;
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
        int t = heap.newObject(TYPE_BLOCK_WORDS * Heap.WORD, nslots == 0 ? 0 : typeSlots.type);
        if (nslots == 0) heap.setInt(t, Heap.TYPE, t); // `type` is its own type
        heap.fillWords(t, Heap.TYPE + 1, TYPE_BLOCK_WORDS - Heap.TYPE - 1, 0);
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
        return addType(s, objectSlots.type, define);
    }

    /** {@link #addType(TypeSlots, java.util.function.Consumer)} with another base, such as tuple or dict. */
    public <T extends TypeSlots> T addType(T s, int base, java.util.function.Consumer<T> define) {
        heap.clearFreeLists(); // so that the type's blocks are fresh ones, not free-listed
        long blocks = heap.allocatedBlocks() - heap.immortalObjects();
        long refs = heap.refTotal();
        register(s);
        finishType(s, base);
        define.accept(s);
        SlotWrappers.installIterator(this, s);
        heap.clearFreeLists();
        permanentBlocks += heap.allocatedBlocks() - heap.immortalObjects() - blocks;
        permanentRefs += heap.refTotal() - refs;
        return s;
    }

    /**
     * Gives a type added by {@link #addType} whose {@link TypeSlots#acceptableBase} is true its
     * {@code __new__}, through which the classes deriving from it make their instances.
     */
    public void defineNew(TypeSlots s) {
        SlotWrappers.installNew(this, s);
    }

    /** How many types are registered (built-in ones and classes). */
    int typeCount() {
        return nslots;
    }

    /** The behaviour of the i-th registered type. */
    TypeSlots typeSlotsAt(int i) {
        return slots[i];
    }

    /** Blocks of the types added by {@link #addType}, and the references they hold: the space's, never freed. */
    private long permanentBlocks, permanentRefs;

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
            tupleSlots.initItem(mro, i++, b);
        }
        heap.setInt(t, TYPE_MRO, mro);
        heap.setInt(t, TYPE_DICT, dictSlots.newDict());
        if (base != 0) heap.incref(base);
        heap.setInt(t, TYPE_BASES, base == 0 ? newTuple() : newTuple(base));
        if (base != 0) addSubclass(t, heap.getInt(t, TYPE_BASES));
    }

    // ---- the collector's view of the objects (gc.Collector.Types) ----

    /** Starts tracking a new container: every container type calls it once its fields are set. */
    public void track(int h) {
        gc.track(h);
    }

    @Override
    public void traverse(int h, java.util.function.IntConsumer visit) {
        slotsOf(h).traverse(h, visit);
    }

    @Override
    public void clear(int h) {
        slotsOf(h).clear(h);
    }

    @Override
    public boolean hasFinalizer(int h) {
        return !finalized(h) && slotsOf(h).hasFinalizer(h);
    }

    @Override
    public void finalize(int h) {
        setFinalized(h);
        slotsOf(h).runFinalizer(h);
    }

    @Override
    public boolean isTuple(int h) {
        return typeOf(h) == tupleSlots.type;
    }

    @Override
    public boolean tupleFilled(int h) {
        for (int i = tupleSlots.size(h) - 1; i >= 0; i--) if (tupleSlots.item(h, i) == 0) return false;
        return true;
    }

    @Override
    public boolean isDict(int h) {
        return typeOf(h) == dictSlots.type;
    }

    @Override
    public boolean isContainer(int h) {
        return slotsOf(h).container && !heap.isImmortal(h);
    }

    @Override
    public int gcNode(int h) {
        TypeSlots s = slotsOf(h);
        return s.isContainer() && !heap.isImmortal(h) ? s.gcNode(h) : 0;
    }

    /** Whether container h is tracked by the collector (gc.is_tracked). */
    public boolean isTracked(int h) {
        int node = gcNode(h);
        return node != 0 && gc.isTracked(node);
    }

    /** {@code gc.garbage} (borrowed), made on first use. */
    public int garbage() {
        if (garbage == 0) garbage = listSlots.newList(0);
        return garbage;
    }

    private int garbage;

    @Override
    public void saveGarbage(int h) {
        listSlots.append(garbage(), h);
    }

    /** {@code gc.callbacks} (borrowed), made on first use; the gc module's hooks call its items. */
    public int gcCallbacks() {
        if (gcCallbacks == 0) gcCallbacks = listSlots.newList(0);
        return gcCallbacks;
    }

    private int gcCallbacks;

    /** What the gc module does around collections: its callbacks and its debug output. */
    public interface GcHooks {
        void callbacks(String phase, int generation, long collected, long uncollectable);

        void debugLine(String line);
    }

    private static final GcHooks NO_GC_HOOKS = new GcHooks() {
        @Override
        public void callbacks(String phase, int generation, long collected, long uncollectable) {}

        @Override
        public void debugLine(String line) {
            System.err.println(line);
        }
    };

    private GcHooks gcHooks = NO_GC_HOOKS;

    // ---- weak references ----

    /** The weak-reference types, made on first need (null until then: no weakref exists). */
    private WeakrefType.Types weakrefTypes;

    /** The weak-reference types ({@code weakref.ref}, the proxies), made on first need. */
    public WeakrefType.Types weakrefs() {
        if (weakrefTypes == null) weakrefTypes = new WeakrefType.Types(this);
        return weakrefTypes;
    }

    /**
     * h is being freed and its weak list (word {@code word}) is not empty: its weakrefs die and
     * their callbacks run. CPython: PyObject_ClearWeakRefs().
     */
    public void clearWeakrefs(int h, int word) {
        if (weakrefTypes != null) weakrefTypes.clearAll(h, word);
    }

    @Override
    public boolean weakrefsExist() {
        return weakrefTypes != null;
    }

    @Override
    public boolean isWeakref(int h) {
        return weakrefTypes != null && weakrefTypes.isWeakref(h);
    }

    @Override
    public int firstWeakref(int h) {
        return weakrefTypes == null ? 0 : weakrefTypes.head(h);
    }

    @Override
    public void clearWeakref(int wr) {
        weakrefTypes.clearRef(wr);
    }

    @Override
    public boolean weakrefHasCallback(int wr) {
        return weakrefTypes.hasCallback(wr);
    }

    @Override
    public void callWeakrefCallback(int wr) {
        int cb = heap.getInt(wr, WeakrefType.CALLBACK);
        heap.incref(cb);
        try {
            weakrefTypes.callCallback(wr, cb);
        } finally {
            heap.decref(cb);
        }
    }

    public void setGcHooks(GcHooks hooks) {
        gcHooks = hooks;
    }

    @Override
    public void callbacks(String phase, int generation, long collected, long uncollectable) {
        gcHooks.callbacks(phase, generation, collected, uncollectable);
    }

    @Override
    public void debugLine(String line) {
        gcHooks.debugLine(line);
    }

    /**
     * Drops what the space itself holds (gc.garbage, gc.callbacks), so that the final collection
     * frees all; that collection calls no callbacks (CPython's finalization clears gc.callbacks
     * before its last collections, which call none anyway).
     */
    public void release() {
        gcHooks = NO_GC_HOOKS;
        if (garbage != 0) heap.decref(garbage);
        garbage = 0;
        if (gcCallbacks != 0) heap.decref(gcCallbacks);
        gcCallbacks = 0;
    }

    @Override
    public String typeNameOf(int h) {
        return typeName(typeOf(h));
    }

    /** A type's MRO tuple (borrowed). */
    public int typeMro(int t) {
        return heap.getInt(t, TYPE_MRO);
    }

    /** A type's dict (borrowed). */
    public int typeDict(int t) {
        return heap.getInt(t, TYPE_DICT);
    }

    /** A type's bases tuple (borrowed). */
    public int typeBases(int t) {
        return heap.getInt(t, TYPE_BASES);
    }

    /** {@code __qualname__} of a type. */
    public String typeQualname(int t) {
        int q = heap.getInt(t, TYPE_QUALNAME);
        return q == 0 ? typeName(t) : strSlots.toJava(q);
    }

    /** {@code module.qualname} as repr shows classes, without the module for builtins. */
    public String qualifiedName(int t) {
        int module = dictSlots.get(typeDict(t), "__module__");
        String q = typeQualname(t);
        if (module == 0 || !strSlots.check(module)) return q;
        String m = strSlots.toJava(module);
        return m.equals("builtins") ? q : m + "." + q;
    }

    /**
     * A new class: {@code type(name, bases, namespace)}. The namespace is copied; its
     * {@code __qualname__} and {@code __classcell__} are taken out, as CPython's type_new does.
     * Its MRO is C3's and starts with the class itself: as in CPython, a class is a reference
     * cycle that only the collector frees.
     */
    public int newClass(String name, int bases, int namespace) {
        return newClass(name, bases, namespace, null, 0, 0, 0);
    }

    /**
     * {@link #newClass(String, int, int)} with the class statement's keywords (other than
     * metaclass), which go to {@code __init_subclass__}: values {@code kw[start…]}, names the
     * tuple {@code kwnames} (0 for none).
     */
    public int newClass(String name, int bases, int namespace, int[] kw, int start, int nkw, int kwnames) {
        return newClass(typeSlots.type, name, bases, namespace, kw, start, nkw, kwnames);
    }

    /** {@link #newClass(String, int, int, int[], int, int, int)} for a class whose type is {@code meta}, a subtype of type. */
    public int newClass(int meta, String name, int bases, int namespace, int[] kw, int start, int nkw, int kwnames) {
        int t = newClassObject(meta, name, bases, namespace);
        try {
            setNames(t);
            initSubclass(t, kw, start, nkw, kwnames);
        } catch (RuntimeException e) {
            heap.decref(t);
            throw e;
        } finally {
            typeModified(t);
        }
        return t;
    }

    // CPython 3.11: type_new_set_names(): each attribute whose type has __set_name__ learns its name
    private void setNames(int t) {
        java.util.List<int[]> named = new java.util.ArrayList<>();
        int setName = intern("__set_name__");
        dictSlots.forEach(typeDict(t), (k, v) -> {
            if (slotsOf(v) instanceof HeapType && lookupType(typeOf(v), setName) != 0) named.add(new int[] {k, v});
        });
        for (int[] kv : named) {
            heap.incref(kv[1]);
            try {
                heap.decref(callMethod(lookupType(typeOf(kv[1]), setName), kv[1], t, kv[0]));
            } catch (PyException e) {
                // CPython 3.11: a RuntimeError caused by the error (_PyErr_FormatFromCause)
                PyException wrapped = error(exceptions.byName().get("RuntimeError"), "Error calling __set_name__ on '"
                        + typeName(typeOf(kv[1])) + "' instance " + repr(kv[0]) + " in '" + typeName(t) + "'");
                heap.incref(e.exception());
                exceptions.setContext(wrapped.exception(), e.exception());
                exceptions.setCause(wrapped.exception(), e.exception());
                throw wrapped;
            } finally {
                heap.decref(kv[1]);
            }
        }
    }

    // CPython 3.11: type_new_init_subclass(): super(t, t).__init_subclass__(**kwargs)
    private void initSubclass(int t, int[] kw, int start, int nkw, int kwnames) {
        int mro = typeMro(t);
        int key = intern("__init_subclass__");
        for (int i = 1; i < tupleSlots.size(mro); i++) {
            int f = dictSlots.get(typeDict(tupleSlots.item(mro, i)), key);
            if (f == 0) continue;
            int bound = descriptorGet(f, 0, t);
            try {
                heap.decref(call(bound, kw == null ? new int[0] : kw, start, nkw, kwnames));
            } finally {
                heap.decref(bound);
            }
            return;
        }
    }

    // CPython 3.11: Objects/typeobject.c _PyType_CalculateMetaclass()
    /** The most derived of {@code meta} and the types of {@code bases}; TypeError when none derives from all. */
    public int calculateMetaclass(int meta, int bases) {
        int winner = meta;
        for (int i = 0; i < tupleSlots.size(bases); i++) {
            int t = typeOf(tupleSlots.item(bases, i));
            if (isSubtype(winner, t)) continue;
            if (isSubtype(t, winner)) {
                winner = t;
                continue;
            }
            throw typeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass "
                    + "of the metaclasses of all its bases");
        }
        return winner;
    }

    private int newClassObject(int meta, String name, int bases, int namespace) {
        int nbases = tupleSlots.size(bases);
        if (nbases == 0) {
            bases = newTuple(newRef(objectSlots.type));
        } else {
            heap.incref(bases);
        }
        try {
            TypeSlots solid = objectSlots;
            for (int i = 0; i < tupleSlots.size(bases); i++) {
                int b = tupleSlots.item(bases, i);
                if (!isSubtype(typeOf(b), typeSlots.type)) {
                    throw typeError("bases must be types");
                }
                TypeSlots bs = slotsOfType(b);
                if (!(bs instanceof HeapType) && !bs.acceptableBase()) {
                    throw typeError("type '" + typeName(b) + "' is not an acceptable base type");
                }
                // CPython 3.11: Objects/typeobject.c best_base(): one layout must extend all others
                TypeSlots bsolid = solidBase(b);
                boolean sameLayout = bsolid == solid
                        || bsolid instanceof Exceptions.ExceptionType && solid instanceof Exceptions.ExceptionType;
                if (bsolid == objectSlots || sameLayout) continue;
                if (solid != objectSlots) throw typeError("multiple bases have instance lay-out conflict");
                solid = bsolid;
            }
            // CPython 3.11: Objects/typeobject.c check_duplicates()
            for (int i = 0; i < tupleSlots.size(bases); i++) {
                for (int j = i + 1; j < tupleSlots.size(bases); j++) {
                    if (tupleSlots.item(bases, i) == tupleSlots.item(bases, j)) {
                        throw typeError("duplicate base class " + typeName(tupleSlots.item(bases, i)));
                    }
                }
            }
            int mro = c3(bases);
            // CPython 3.11: Objects/typeobject.c type_new_slots(): the names of __slots__ and the layout
            java.util.List<Integer> slotNames; // the class's own, without __dict__
            int baseSlotWords = 0;
            boolean baseHasDict = solid instanceof Exceptions.ExceptionType; // BaseException has a __dict__
            boolean wantsDict;
            boolean weakrefable;
            try {
                java.util.List<Integer> declared = slotNames(namespace, name);
                // CPython 3.11: type_new_slots_impl(): any slot, even __dict__, for a base with items
                if (declared != null && !declared.isEmpty() && (solid == intSlots || solid == tupleSlots || solid == bytesSlots)) {
                    throw typeError("nonempty __slots__ not supported for subtype of '" + solid.name() + "'");
                }
                wantsDict = declared == null || declared.remove((Integer) intern("__dict__"));
                boolean wantsWeakref = declared == null || declared.remove((Integer) intern("__weakref__"));
                slotNames = declared == null ? java.util.List.of() : declared;
                // CPython 3.11: type_new_slots(): a weak list is added unless a base has one, or the
                // solid base has items (int, tuple, bytes: tp_itemsize != 0)
                boolean baseWeakref = solid == typeSlots || solid.weaklistWord(0) >= 0;
                for (int i = 0; i < tupleSlots.size(bases); i++) {
                    if (slotsOfType(tupleSlots.item(bases, i)) instanceof HeapType hb && hb.weakrefable()) baseWeakref = true;
                }
                boolean mayAddWeak = !baseWeakref && solid != intSlots && solid != tupleSlots && solid != bytesSlots;
                if (declared != null && wantsWeakref && !mayAddWeak) {
                    throw typeError("__weakref__ slot disallowed: either we already got one, or the base type does not support it");
                }
                weakrefable = baseWeakref || (wantsWeakref && mayAddWeak);
                for (int i = 0; i < tupleSlots.size(bases); i++) {
                    if (!(slotsOfType(tupleSlots.item(bases, i)) instanceof HeapType hb)) continue;
                    if (hb.hasDict()) baseHasDict = true;
                    if (hb.slotWords() == 0 || hb.slotWords() == baseSlotWords) continue;
                    if (baseSlotWords != 0) throw typeError("multiple bases have instance lay-out conflict");
                    baseSlotWords = hb.slotWords();
                }
                if (!slotNames.isEmpty() && solid != objectSlots) {
                    throw typeError("nonempty __slots__ not supported for subtype of '" + solid.name() + "'");
                }
                for (int slot : slotNames) {
                    if (dictSlots.get(namespace, slot) != 0) {
                        throw valueError(repr(slot) + " in __slots__ conflicts with class variable");
                    }
                }
            } catch (RuntimeException e) {
                heap.decref(mro);
                throw e;
            }
            // a metaclass's instances are classes, whose dict is the type's own word
            HeapType slots = new HeapType(this, name, solid, baseSlotWords + slotNames.size(),
                    (wantsDict || baseHasDict) && solid != typeSlots, weakrefable);
            if (nslots == this.slots.length) this.slots = Arrays.copyOf(this.slots, nslots * 2);
            int t = heap.newObject(TYPE_BLOCK_WORDS * Heap.WORD, meta);
            if (meta != typeSlots.type) heap.incref(meta); // a class owns a reference to its metaclass
            heap.fillWords(t, Heap.TYPE + 1, TYPE_BLOCK_WORDS - Heap.TYPE - 1, 0);
            heap.setInt(t, TYPE_SLOTS, nslots);
            slots.type = t;
            this.slots[nslots++] = slots;
            heap.setInt(t, TYPE_NAME, newStr(name));
            int base = tupleSlots.item(bases, 0);
            heap.incref(base);
            heap.setInt(t, TYPE_BASE, base);
            heap.incref(bases);
            heap.setInt(t, TYPE_BASES, bases);
            addSubclass(t, bases);
            int full = newTupleOfSize(tupleSlots.size(mro) + 1);
            tupleSlots.initItem(full, 0, newRef(t));
            for (int i = 0; i < tupleSlots.size(mro); i++) tupleSlots.initItem(full, i + 1, newRef(tupleSlots.item(mro, i)));
            heap.decref(mro);
            heap.setInt(t, TYPE_MRO, full);
            int dict = dictSlots.newDict();
            heap.setInt(t, TYPE_DICT, dict);
            int[] classcell = {0};
            int qualnameKey = intern("__qualname__"), classcellKey = intern("__classcell__"), newKey = ids.__new__,
                    initSubclassKey = intern("__init_subclass__"), classGetitemKey = intern("__class_getitem__");
            dictSlots.forEach(namespace, (k, v) -> {
                if (k == qualnameKey) {
                    if (!strSlots.check(v)) throw typeError("type __qualname__ must be a str, not " + typeName(typeOf(v)));
                    heap.incref(v);
                    heap.setInt(t, TYPE_QUALNAME, v);
                } else if (k == classcellKey) {
                    classcell[0] = v;
                } else if (k == newKey && typeOf(v) == functionSlots.type) {
                    // type_new: a plain __new__ function becomes a staticmethod
                    int wrapped = staticMethodSlots.construct(staticMethodSlots.type, new int[] {v}, 0, 1, 0);
                    dictSlots.put(dict, k, wrapped);
                    heap.decref(wrapped);
                } else if ((k == initSubclassKey || k == classGetitemKey) && typeOf(v) == functionSlots.type) {
                    // and a plain __init_subclass__ or __class_getitem__ a classmethod
                    int wrapped = classMethodSlots.construct(classMethodSlots.type, new int[] {v}, 0, 1, 0);
                    dictSlots.put(dict, k, wrapped);
                    heap.decref(wrapped);
                } else {
                    dictSlots.put(dict, k, v);
                }
            });
            for (int i = 0; i < slotNames.size(); i++) {
                int member = memberSlots.newMember(t, slotNames.get(i), HeapType.INSTANCE_WORDS + baseSlotWords + i);
                dictSlots.put(dict, slotNames.get(i), member);
                heap.decref(member);
            }
            // CPython 3.11: Objects/typeobject.c type_new_set_names(): properties learn their names
            dictSlots.forEach(dict, (k, v) -> {
                if (typeOf(v) == propertySlots.type) propertySlots.setName(v, k);
            });
            if (dictSlots.get(dict, "__eq__") != 0 && dictSlots.get(dict, "__hash__") == 0) {
                dictSlots.put(dict, ids.__hash__, none);
            }
            if (classcell[0] != 0 && typeOf(classcell[0]) == cellSlots.type) {
                heap.incref(t);
                cellSlots.set(classcell[0], t);
            }
            track(t);
            return t;
        } finally {
            heap.decref(bases);
        }
    }

    /**
     * The interned names a class body's {@code __slots__} lists (a str is one name), or null when
     * the body has none.
     */
    private java.util.List<Integer> slotNames(int namespace, String className) {
        int value = dictSlots.get(namespace, "__slots__");
        if (value == 0) return null;
        int list = strSlots.check(value) ? newList(newRef(value)) : listSlots.fromIterable(value);
        try {
            java.util.List<Integer> names = new java.util.ArrayList<>();
            for (int i = 0; i < listSlots.size(list); i++) {
                int item = listSlots.item(list, i);
                if (!strSlots.check(item)) {
                    throw typeError("__slots__ items must be strings, not '" + typeName(typeOf(item)) + "'");
                }
                String n = strSlots.toJava(item);
                boolean identifier = !n.isEmpty() && (Character.isLetter(n.codePointAt(0)) || n.charAt(0) == '_')
                        && n.codePoints().allMatch(c -> Character.isLetterOrDigit(c) || c == '_');
                if (!identifier) throw typeError("__slots__ must be identifiers");
                // private names are mangled as in the class body (CPython: _Py_Mangle in type_new)
                String stripped = className.replaceFirst("^_+", "");
                if (n.startsWith("__") && !n.endsWith("__") && !stripped.isEmpty()) n = "_" + stripped + n;
                int key = intern(n);
                if (names.contains(key)) {
                    throw typeError(n.equals("__dict__") ? "__dict__ slot disallowed: we already got one" : "duplicate slot name");
                }
                names.add(key);
            }
            return names;
        } finally {
            heap.decref(list);
        }
    }

    int newRef(int h) {
        heap.incref(h);
        return h;
    }

    // CPython 3.11: Objects/typeobject.c mro_implementation(): C3 of the bases' MROs and the bases
    private int c3(int bases) {
        java.util.List<java.util.List<Integer>> seqs = new java.util.ArrayList<>();
        int n = tupleSlots.size(bases);
        for (int i = 0; i < n; i++) {
            int mro = typeMro(tupleSlots.item(bases, i));
            java.util.List<Integer> l = new java.util.ArrayList<>();
            for (int j = 0; j < tupleSlots.size(mro); j++) l.add(tupleSlots.item(mro, j));
            seqs.add(l);
        }
        java.util.List<Integer> bl = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) bl.add(tupleSlots.item(bases, i));
        seqs.add(bl);
        java.util.List<Integer> result = new java.util.ArrayList<>();
        while (true) {
            seqs.removeIf(java.util.List::isEmpty);
            if (seqs.isEmpty()) break;
            Integer candidate = null;
            for (java.util.List<Integer> seq : seqs) {
                int head = seq.get(0);
                boolean inTail = false;
                for (java.util.List<Integer> other : seqs) {
                    if (other.indexOf(head) > 0) {
                        inTail = true;
                        break;
                    }
                }
                if (!inTail) {
                    candidate = head;
                    break;
                }
            }
            if (candidate == null) {
                StringBuilder names = new StringBuilder();
                java.util.Set<Integer> seen = new java.util.LinkedHashSet<>();
                for (java.util.List<Integer> seq : seqs) seen.add(seq.get(0));
                for (int b : seen) names.append(names.length() > 0 ? ", " : "").append(typeName(b));
                throw typeError("Cannot create a consistent method resolution\norder (MRO) for bases " + names);
            }
            result.add(candidate);
            for (java.util.List<Integer> seq : seqs) if (seq.get(0) == (int) candidate) seq.remove(0);
        }
        int t = newTupleOfSize(result.size());
        for (int i = 0; i < result.size(); i++) tupleSlots.initItem(t, i, newRef(result.get(i)));
        return t;
    }

    // ---- descriptors: CPython's tp_descr_get / tp_descr_set ----

    /** Whether attribute value d takes precedence over an instance's own attribute. */
    public boolean isDataDescriptor(int d) {
        int t = typeOf(d);
        if (t == propertySlots.type || t == memberSlots.type) return true;
        if (slotsOfType(t) instanceof HeapType) {
            return lookupType(t, ids.__set__) != 0 || lookupType(t, ids.__delete__) != 0;
        }
        return false;
    }

    /**
     * The attribute value d found on type t, as seen through obj (0: looked up on the class):
     * functions bind, classmethods bind to the class, properties call their getter. A new reference.
     */
    public int descriptorGet(int d, int obj, int t) {
        int dt = typeOf(d);
        if (dt == functionSlots.type) return obj == 0 ? newRef(d) : methodSlots.newMethod(d, obj);
        if (dt == staticMethodSlots.type) return newRef(staticMethodSlots.function(d));
        if (dt == classMethodSlots.type) return methodSlots.newMethod(classMethodSlots.function(d), t);
        if (dt == propertySlots.type) {
            if (obj == 0) return newRef(d);
            int fget = propertySlots.accessor(d, Descriptors.Property.FGET);
            if (fget == 0) {
                // CPython 3.11: Objects/descrobject.c property_descr_get()
                int name = propertySlots.propName(d);
                throw error(exceptions.attributeError, "property " + (name == 0 ? "" : repr(name) + " ")
                        + "of '" + typeQualname(typeOf(obj)) + "' object has no getter");
            }
            return call(fget, obj);
        }
        if (dt == memberSlots.type) return obj == 0 ? newRef(d) : memberSlots.get(d, obj);
        if (dt == builtinFunctionSlots.type && builtinFunctionSlots.isMethodDescriptor(d) && obj != 0) {
            return builtinFunctionSlots.newFunction(heap.getInt(d, BuiltinFunctionType.CODE), obj);
        }
        if (slotsOfType(dt) instanceof HeapType) {
            int get = lookupType(dt, ids.__get__);
            if (get != 0) return callMethod(get, d, obj == 0 ? none : obj, t);
        }
        return newRef(d);
    }

    /** Assigns through data descriptor d (value 0: delete). */
    public void descriptorSet(int d, int obj, int value) {
        int dt = typeOf(d);
        if (dt == propertySlots.type) {
            int f = propertySlots.accessor(d, value == 0 ? Descriptors.Property.FDEL : Descriptors.Property.FSET);
            if (f == 0) {
                // CPython 3.11: Objects/descrobject.c property_descr_set()
                int name = propertySlots.propName(d);
                throw error(exceptions.attributeError, "property " + (name == 0 ? "" : repr(name) + " ")
                        + "of '" + typeQualname(typeOf(obj)) + "' object has no " + (value == 0 ? "deleter" : "setter"));
            }
            heap.decref(value == 0 ? call(f, obj) : call(f, obj, value));
            return;
        }
        if (dt == memberSlots.type) {
            memberSlots.set(d, obj, value);
            return;
        }
        int m = lookupType(dt, intern(value == 0 ? "__delete__" : "__set__"));
        if (m == 0) throw error(exceptions.attributeError, (value == 0 ? "__delete__" : "__set__") + " not found");
        heap.decref(value == 0 ? callMethod(m, d, obj) : callMethod(m, d, obj, value));
    }

    /** Calls method (an attribute value found on self's type) with self and args; a new reference. */
    public int callMethod(int method, int self, int... args) {
        return callMethodVector(method, self, args, 0, args.length, 0);
    }

    /** {@link #callMethod} with the vectorcall convention for the arguments after self. */
    public int callMethodVector(int method, int self, int[] args, int start, int nargs, int kwnames) {
        int mt = typeOf(method);
        if (mt == functionSlots.type || (mt == builtinFunctionSlots.type && builtinFunctionSlots.isMethodDescriptor(method))) {
            int[] withSelf = new int[nargs + 1];
            withSelf[0] = self;
            System.arraycopy(args, start, withSelf, 1, nargs);
            return call(method, withSelf, 0, nargs + 1, kwnames);
        }
        int bound = descriptorGet(method, self, typeOf(self));
        try {
            return call(bound, args, start, nargs, kwnames);
        } finally {
            heap.decref(bound);
        }
    }

    // ---- finalizers: __del__ runs once (PEP 442) ----

    public boolean finalized(int h) {
        int node = slotsOf(h).gcNode(h);
        return (heap.getInt(node, dev.pyvm.gc.GcHeader.GC_PREV) & dev.pyvm.gc.GcHeader.PREV_MASK_FINALIZED) != 0;
    }

    public void setFinalized(int h) {
        int node = slotsOf(h).gcNode(h);
        heap.setInt(node, dev.pyvm.gc.GcHeader.GC_PREV,
                heap.getInt(node, dev.pyvm.gc.GcHeader.GC_PREV) | dev.pyvm.gc.GcHeader.PREV_MASK_FINALIZED);
    }

    /** Runs h's {@code __del__}; an exception in it is reported, never raised (CPython: PyErr_WriteUnraisable). */
    public void callFinalizer(int h) {
        int del = lookupType(typeOf(h), ids.__del__);
        try {
            heap.decref(callMethod(del, h));
        } catch (PyException e) {
            unraisable.report(e.exception(), "Exception ignored in", del);
            heap.decref(e.exception());
        }
    }

    /** Reports an exception that cannot be raised (in __del__); the VM installs one that prints it. */
    @FunctionalInterface
    public interface Unraisable {
        /** Prints {@code message: repr(object)} and the exception's traceback (exception borrowed). */
        void report(int exception, String message, int object);
    }

    private Unraisable unraisable = (exc, message, obj) -> { };

    /** Reports an exception that cannot be raised (exception borrowed). CPython: PyErr_WriteUnraisable. */
    public void writeUnraisable(int exception, int object) {
        unraisable.report(exception, "Exception ignored in", object);
    }

    /** {@link #writeUnraisable} with CPython's message for the case ("Exception ignored in atexit callback"). CPython: _PyErr_WriteUnraisableMsg. */
    public void writeUnraisable(int exception, String message, int object) {
        unraisable.report(exception, message, object);
    }

    public void setUnraisable(Unraisable hook) {
        unraisable = hook;
    }

    /** The (type, obj) of a zero-argument {@code super()}, found by the VM in the calling frame. */
    @FunctionalInterface
    public interface SuperArguments {
        int[] find();
    }

    private SuperArguments superArguments = this::noSuperArguments;

    private int[] noSuperArguments() {
        throw error(exceptions.byName().get("RuntimeError"), "super(): no arguments");
    }

    public void setSuperArguments(SuperArguments hook) {
        superArguments = hook;
    }

    int[] zeroArgSuper() {
        return superArguments.find();
    }

    /** The globals of the calling Python frame (borrowed), 0 when none: found by the VM. */
    private java.util.function.IntSupplier callerGlobals = () -> 0;

    public void setCallerGlobals(java.util.function.IntSupplier hook) {
        callerGlobals = hook;
    }

    int callerGlobals() {
        return callerGlobals.getAsInt();
    }

    /**
     * The built-in type whose layout instances of type t have: t itself when built in, else the
     * class's solid base (object, an exception, list, …). CPython: solid_base().
     */
    public TypeSlots solidBase(int t) {
        TypeSlots s = slotsOfType(t);
        return s instanceof HeapType ht ? ht.solidBase() : s;
    }

    /**
     * Bumped whenever a class's attributes change, a class is made or a class dies, so that what
     * was cached from lookups along MROs (the type attribute cache below, HeapType's attribute
     * hooks) is recomputed. CPython: the type version tags, here one for all types.
     */
    /*
     * Type version tags. CPython 3.11: Objects/typeobject.c assign_version_tag, PyType_Modified.
     * What lookupType(t, name) answers depends on the dicts of t's MRO; a tag names one state of
     * them. typeVersion(t) assigns t a fresh tag (never given before) when it has none;
     * typeModified(t), called before any change to t's dict or bases (or a new shared instance
     * key that shadows one of its names),
     * takes the tags of t and of every class deriving from it away. So a result cached with
     * (t, tag) is valid while t's tag is still that tag; a class that dies takes its tag with it,
     * and a new class with its handle gets another.
     */
    private int nextVersionTag = 1;

    /**
     * Type t's version tag, assigned now if it has none; 0 only when all tags have been given out
     * (after 2^31 - 1 changes), and then nothing may be cached for t, as CPython.
     */
    public int typeVersion(int t) {
        int tag = heap.getInt(t, TYPE_VERSION);
        if (tag == 0 && nextVersionTag != Integer.MAX_VALUE) {
            tag = nextVersionTag++;
            heap.setInt(t, TYPE_VERSION, tag);
        }
        return tag;
    }

    /** Type t's version tag as it is: 0 when none is assigned (a guard's quick check). */
    public int versionTag(int t) {
        return heap.getInt(t, TYPE_VERSION);
    }

    /** Type t's attributes are about to change: t and the classes deriving from it lose their tags. */
    public void typeModified(int t) {
        invalidate(slotsOfType(t));
    }

    private void invalidate(TypeSlots s) {
        heap.setInt(s.type, TYPE_VERSION, 0);
        for (TypeSlots sub : s.subclasses) invalidate(sub);
    }

    /** Registers a new type with its bases, whose changes change it. */
    private void addSubclass(int t, int bases) {
        TypeSlots s = slotsOfType(t);
        for (int i = 0; i < tupleSlots.size(bases); i++) slotsOfType(tupleSlots.item(bases, i)).subclasses.add(s);
    }

    /** A class dies: its bases forget it. */
    void removeSubclass(int t) {
        TypeSlots s = slotsOfType(t);
        int bases = heap.getInt(t, TYPE_BASES);
        if (bases == 0) return;
        for (int i = 0; i < tupleSlots.size(bases); i++) slotsOfType(tupleSlots.item(bases, i)).subclasses.remove(s);
    }

    /*
     * The type attribute cache. CPython 3.11: Objects/typeobject.c's method cache (MCACHE).
     * lookupType(t, name) for an interned name is answered from a direct-mapped table of
     * TYPE_CACHE_SIZE entries, indexed by a hash of (t, name):
     *
     *     typeCacheType[i]  typeCacheName[i]  typeCacheVersion[i]  typeCacheValue[i]
     *         t                name              typeVersion at fill   result (borrowed, 0: absent)
     *
     * An entry is valid while its version is the current typeVersion: any change to any class's
     * dict, and the making and death of a class (after which its handle may name another), bumps
     * it. Interned names are immortal, so their handles are never reused; built-in types' dicts
     * change only while the space is set up (defineMethod bumps too). The values are borrowed:
     * they belong to a class dict, and any change that could free one bumps the version first.
     */
    private static final int TYPE_CACHE_BITS = 12; // CPython 3.11: MCACHE_SIZE_EXP 12
    private static final int TYPE_CACHE_SIZE = 1 << TYPE_CACHE_BITS;
    private final int[] typeCacheType = new int[TYPE_CACHE_SIZE];
    private final int[] typeCacheName = new int[TYPE_CACHE_SIZE];
    private final int[] typeCacheVersion = new int[TYPE_CACHE_SIZE];
    private final int[] typeCacheValue = new int[TYPE_CACHE_SIZE];

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

    /** A new tuple with the items of tuple t (for handing out an internal tuple safely). */
    public int newTupleCopy(int t) {
        int n = tupleSlots.size(t);
        int r = newTupleOfSize(n);
        for (int i = 0; i < n; i++) tupleSlots.initItem(r, i, newRef(tupleSlots.item(t, i)));
        return r;
    }

    /** Forgets the Java side of a class that died. */
    void releaseSlots(int index) {
        slots[index] = null;
    }

    /** A new tuple owning the given (stolen) references. */
    public int newTuple(int... items) {
        if (items.length == 0) {
            heap.incref(emptyTuple);
            return emptyTuple;
        }
        int t = tupleSlots.allocate(items.length);
        for (int i = 0; i < items.length; i++) tupleSlots.initItem(t, i, items[i]);
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

    // The objects whose repr is being made, in order. The first REPR_SCAN are searched one by one
    // (a repr is rarely nested deeper); every one pushed deeper is also in reprDeep, so that the
    // repr of a deeply nested container costs no scan of the whole stack at each level.
    private static final int REPR_SCAN = 32;
    private int[] reprStack = new int[16];
    private int reprDepth;
    private final java.util.HashSet<Integer> reprDeep = new java.util.HashSet<>();

    /** False when h's repr is already being made further up (print "[...]"); else marks it. */
    public boolean reprEnter(int h) {
        int scan = Math.min(reprDepth, REPR_SCAN);
        for (int i = 0; i < scan; i++) if (reprStack[i] == h) return false;
        if (reprDepth > REPR_SCAN && reprDeep.contains(h)) return false;
        if (reprDepth == reprStack.length) reprStack = Arrays.copyOf(reprStack, reprDepth * 2);
        if (reprDepth >= REPR_SCAN) reprDeep.add(h);
        reprStack[reprDepth++] = h;
        return true;
    }

    public void reprLeave(int h) {
        for (int i = reprDepth - 1; i >= 0; i--) {
            if (reprStack[i] == h) {
                System.arraycopy(reprStack, i + 1, reprStack, i, reprDepth - i - 1);
                reprDepth--;
                // an entry may have moved below REPR_SCAN since it was pushed: removed either way
                if (!reprDeep.isEmpty()) reprDeep.remove(h);
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

    /**
     * The VM's recursion count, which C-level recursion such as a repr of nested containers counts
     * toward as CPython's Py_EnterRecursiveCall does: past {@code sys.getrecursionlimit()},
     * RecursionError. Without a VM, nothing is counted.
     */
    public interface RecursionGuard {
        /** Counts one level; RecursionError ("maximum recursion depth exceeded" + where) past the limit. */
        void enter(String where);

        void leave();
    }

    private static final String WHILE_REPR = " while getting the repr of an object";
    private static final String WHILE_STR = " while getting the str of an object";

    private RecursionGuard recursion = new RecursionGuard() {
        @Override
        public void enter(String where) {}

        @Override
        public void leave() {}
    };

    public void setRecursionGuard(RecursionGuard guard) {
        recursion = guard;
    }

    /**
     * CPython's Py_EnterRecursiveCall for C code that recurses on the Java stack (json's encoder
     * and scanner): counts one level, RecursionError ("maximum recursion depth exceeded" + where)
     * past {@code sys.getrecursionlimit()}. Pair each with {@link #leaveRecursiveCall}.
     */
    public void enterRecursiveCall(String where) {
        recursion.enter(where);
    }

    /** CPython's Py_LeaveRecursiveCall. */
    public void leaveRecursiveCall() {
        recursion.leave();
    }

    /** Raises KeyboardInterrupt when one is pending (the VM's check; without a VM, nothing). */
    private Runnable interruptCheck = () -> {};

    public void setInterruptCheck(Runnable check) {
        interruptCheck = check;
    }

    /** Raises KeyboardInterrupt when one is pending: for a built-in's long loop (a regular expression's backtracking). */
    public void checkInterrupt() {
        interruptCheck.run();
    }

    /**
     * A call from Python into C that CPython 3.11 counts toward the recursion limit ({@code " while
     * calling a Python object"}): a built-in of one argument (METH_O) or a type called through
     * tp_call. {@code body} gives a new reference.
     */
    public int countedCall(java.util.function.IntSupplier body) {
        recursion.enter(" while calling a Python object");
        try {
            return body.getAsInt();
        } finally {
            recursion.leave();
        }
    }

    /** {@code str(x)}: a new str. CPython: PyObject_Str, which counts toward the recursion limit. */
    public int strObject(int h) {
        recursion.enter(WHILE_STR);
        try {
            return slotsOf(h).str(h);
        } finally {
            recursion.leave();
        }
    }

    /** {@code repr(x)}: a new str. CPython: PyObject_Repr, which counts toward the recursion limit. */
    public int reprObject(int h) {
        recursion.enter(WHILE_REPR);
        try {
            return slotsOf(h).repr(h);
        } finally {
            recursion.leave();
        }
    }

    /** Appends {@code repr(x)} to b (see {@link TypeSlots#reprTo}); counted as {@link #reprObject}. */
    public void reprTo(int h, StringBuilder b) {
        recursion.enter(WHILE_REPR);
        try {
            slotsOf(h).reprTo(h, b);
        } finally {
            recursion.leave();
        }
    }

    /** {@code repr(x)} as Java text. */
    public String repr(int h) {
        StringBuilder b = new StringBuilder();
        reprTo(h, b);
        return b.toString();
    }

    /** {@code str(x)} as Java text. CPython: PyObject_Str, which counts toward the recursion limit. */
    public String str(int h) {
        recursion.enter(WHILE_STR);
        try {
            int r = slotsOf(h).str(h);
            try {
                return strSlots.toJava(r);
            } finally {
                heap.decref(r);
            }
        } finally {
            recursion.leave();
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
        // CPython 3.11: Objects/abstract.c PyNumber_Add and PyNumber_Multiply then try the
        // sequence slots, whose errors name the sequence: sq_concat of a, sq_repeat of a or b
        String seqA = concatSequenceName(a);
        if (op == NumberOps.ADD && seqA != null) {
            throw typeError("can only concatenate " + seqA + " (not \"" + typeName(tb) + "\") to " + seqA);
        }
        if (op == NumberOps.MULTIPLY && (seqA != null || concatSequenceName(b) != null)) {
            throw typeError("can't multiply sequence by non-int of type '" + typeName(seqA != null ? tb : ta) + "'");
        }
        throw binaryTypeError(a, b, NumberOps.symbol(op));
    }

    /** The name of the built-in sequence h is (str, list, tuple, or a subclass): those with sq_concat and sq_repeat. */
    private String concatSequenceName(int h) {
        int t = typeOf(h);
        if (isSubtype(t, strSlots.type)) return "str";
        if (isSubtype(t, bytesSlots.type)) return "bytes";
        if (isSubtype(t, listSlots.type)) return "list";
        if (isSubtype(t, tupleSlots.type)) return "tuple";
        return null;
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
        if (!strSlots.isInterned(name)) return lookupMro(t, name);
        int i = ((t * 0x9E3779B1) ^ name) * 0x85EBCA6B >>> (32 - TYPE_CACHE_BITS);
        if (typeCacheType[i] == t && typeCacheName[i] == name && typeCacheVersion[i] == versionTag(t)) {
            return typeCacheValue[i];
        }
        int v = lookupMro(t, name);
        int tag = typeVersion(t);
        if (tag == 0) return v;
        typeCacheType[i] = t;
        typeCacheName[i] = name;
        typeCacheVersion[i] = tag;
        typeCacheValue[i] = v;
        return v;
    }

    // CPython 3.11: Objects/typeobject.c find_name_in_mro(): borrowed, 0 when absent
    private int lookupMro(int t, int name) {
        int mro = heap.getInt(t, TYPE_MRO);
        if (mro == 0) return dictSlots.get(heap.getInt(t, TYPE_DICT), name); // a class the collector cleared
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
     * {@code getattr(h, name)} as a new reference, or 0 where it raises AttributeError (which is
     * dropped); other exceptions propagate. CPython: _PyObject_LookupAttr.
     */
    public int lookupAttr(int h, int name) {
        try {
            return getAttr(h, name);
        } catch (PyException e) {
            if (!exceptions.matches(e.exception(), exceptions.attributeError)) throw e;
            heap.decref(e.exception());
            return 0;
        }
    }

    /**
     * LOAD_METHOD's lookup: the unbound method {@code name} of h's type when calling it with h as
     * first argument is the same as calling {@code h.name} (borrowed), else 0.
     */
    public int lookupMethod(int h, int name) {
        int t = typeOf(h);
        TypeSlots slots = slotsOfType(t);
        if (!slots.genericGetAttr(h)) return 0;
        int v = lookupType(t, name);
        if (v == 0) return 0;
        boolean builtinMethod = typeOf(v) == builtinFunctionSlots.type() && builtinFunctionSlots.isMethodDescriptor(v);
        if (!builtinMethod && (typeOf(v) != functionSlots.type() || !(slots instanceof HeapType))) return 0;
        return slots instanceof HeapType ht && ht.hasOwnAttribute(h, name) ? 0 : v;
    }

    /** {@code h.name = value} (value 0: {@code del h.name}). */
    public void setAttr(int h, int name, int value) {
        slotsOf(h).setAttr(h, name, value);
    }

    /** Defines a method of built-in type t: a method descriptor in t's dict. */
    public void defineMethod(int t, String name, BuiltinCode code) {
        int index = builtinFunctionSlots.define(name, t, code);
        int f = builtinFunctionSlots.newFunction(index, 0);
        typeModified(t);
        dictSlots.put(heap.getInt(t, TYPE_DICT), intern(name), f);
        heap.decref(f);
    }

    /** Binds a value in type t's dict (new reference taken), e.g. a class attribute of a built-in type. */
    /**
     * Gives a built-in type added by {@link #addType} the slot wrappers {@code names} (space
     * separated: {@code __len__ __getitem__ …}) and {@code T.__new__}, as the start-up types have.
     */
    public void installSlotWrappers(TypeSlots owner, String names) {
        SlotWrappers.installFor(this, owner, names);
    }

    /** Sets a built-in type's {@code __module__}: where its qualified name says it lives. */
    void setTypeModule(int t, String module) {
        int m = newStr(module);
        setTypeAttr(t, "__module__", m);
        heap.decref(m);
    }

    public void setTypeAttr(int t, String name, int value) {
        typeModified(t);
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
            if (!(slotsOf(value) instanceof HeapType)) return slotsOf(value).str(value);
        }
        return Formatter.format(this, value, spec == 0 ? emptyStr : spec);
    }

    /** {@code len(x)}. */
    public long length(int h) {
        long n = slotsOf(h).length(h);
        if (n < 0) throw typeError("object of type '" + typeName(typeOf(h)) + "' has no len()");
        return n;
    }

    /**
     * How many items iterating {@code h} will probably give: its {@code len()}, else what its
     * iterator or {@code __length_hint__} says, else {@code dflt}. CPython 3.11: PyObject_LengthHint().
     */
    public long lengthHint(int h, long dflt) {
        TypeSlots slots = slotsOf(h);
        try {
            long n = slots.length(h);
            if (n >= 0) return n;
        } catch (PyException e) {
            if (!exceptions.matches(e.exception(), exceptions.typeError)) throw e;
            heap.decref(e.exception());
        }
        if (slots instanceof RangeIteratorType r) return r.remaining(h);
        if (slots instanceof SeqIteratorType s) return s.remaining(h);
        if (slots instanceof DictIteratorType d) return d.remaining(h);
        if (slots instanceof SetIteratorType s) return s.remaining(h);
        if (slots instanceof LongRangeIteratorType r) return r.remaining(h);
        if (!(slots instanceof HeapType)) return dflt;
        int m = lookupType(typeOf(h), intern("__length_hint__"));
        if (m == 0) return dflt;
        int r = callMethod(m, h);
        try {
            if (r == notImplementedObject) return dflt;
            if (!intSlots.check(r)) throw typeError("__length_hint__ must be an integer, not " + typeName(typeOf(r)));
            if (!intSlots.isSmall(r)) {
                if (intSlots.bigValue(r).signum() < 0) throw valueError("__length_hint__() should return >= 0");
                throw error(exceptions.overflowError, "Python int too large to convert to C ssize_t");
            }
            long n = intSlots.longValue(r);
            if (n < 0) throw valueError("__length_hint__() should return >= 0");
            return n;
        } finally {
            heap.decref(r);
        }
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

    /**
     * The next item (new reference) or 0 when the iterator is exhausted; a StopIteration it
     * raises means exhausted too. CPython: PyIter_Next.
     */
    public int iterNext(int it) {
        // a built-in draining an iterator (sum, list, sorted, …) can be interrupted, as Python code can
        interruptCheck.run();
        try {
            return slotsOf(it).next(it);
        } catch (PyException e) {
            if (!exceptions.matches(e.exception(), exceptions.stopIteration)) throw e;
            heap.decref(e.exception());
            return 0;
        }
    }

    /**
     * The iterator's own next (CPython: tp_iternext): 0 when exhausted, or the StopIteration it
     * raises, which may carry a value (a generator's return value), as {@code next()} shows it.
     */
    public int iterNextRaw(int it) {
        return slotsOf(it).next(it);
    }

    /**
     * Blocks held beyond the immortal objects and what they own: 0 when nothing leaked. (The
     * blocks that exist at the end of start-up belong to the immortal types and singletons.)
     */
    public long liveMortalRefs() {
        return heap.refTotal() - startupRefs - permanentRefs;
    }

    /**
     * Blocks held beyond the immortal objects and what they own: 0 when nothing leaked. (The
     * blocks that exist at the end of start-up belong to the immortal types and singletons.)
     */
    public long liveMortalBlocks() {
        return heap.allocatedBlocks() - startupBlocks - permanentBlocks - (heap.immortalObjects() - startupImmortals);
    }
}
