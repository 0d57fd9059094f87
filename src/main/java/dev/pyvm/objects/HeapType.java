package dev.pyvm.objects;

import dev.pyvm.gc.GcHeader;
import dev.pyvm.memory.Heap;

/**
 * A class defined by a program: its instances, its attribute lookup and the dispatch of the
 * operations to its special methods. One instance of this Java class per Python class (metadata).
 *
 * <h2>Instances</h2>
 * As in CPython 3.11, attributes live in a values array whose keys are shared by all instances
 * of the class; a real {@code __dict__} is made only when asked for (or when the class has more
 * than MAX_SHARED_KEYS attribute names):
 * <pre>
 *   instance [refcnt | type | gc_next | gc_prev | DICT | VALUES | WEAKLIST | slot 0 | slot 1 | …]
 *   VALUES   [CAPACITY | value of key 0 | value of key 1 | …]            a raw block; 0 = absent
 * </pre>
 * DICT is 0 until made; WEAKLIST heads the instance's weak references (CPython: tp_weaklistoffset),
 * used when the class supports them (no {@code __slots__}, or {@code __weakref__} among them). The slots are the words of the names in {@code __slots__} (the bases'
 * first), read and written by member descriptors; a class whose bases and itself all define
 * {@code __slots__} without {@code __dict__} has instances with no attributes besides them.
 * A class deriving from another built-in type (its solid base: an exception, int, str, tuple,
 * list, dict, set, …) keeps that type's layout, so the built-in's code works on its instances
 * unchanged, and keeps its dict in the last word of the block (TypeSlots.allocSubtype):
 * <pre>
 *   instance [refcnt | type | the solid base's words … | WEAKLIST | DICT]
 * </pre>
 * Every instance is a tracked container. Where the solid base is not one (int, float, str), its
 * words sit where the GC links would be: the links go in a node block of their own (see
 * gc.Collector, "Nodes"), named by the block's last word, with the dict in the word before.
 *
 * <h2>Special methods</h2>
 * Each operation looks its special method up along the MRO. A slot wrapper found there (a
 * built-in's {@code __add__}, inherited unchanged) calls that built-in's slot directly, as
 * CPython's inherited tp_* slots do; Python code is called as a method.
 */
public final class HeapType extends TypeSlots {
    /** CPython 3.11: SHARED_KEYS_MAX_SIZE. */
    static final int MAX_SHARED_KEYS = 30;
    public static final int DICT = GcHeader.CONTAINER_HEADER_WORDS;
    public static final int VALUES = DICT + 1;
    public static final int WEAKLIST = VALUES + 1;
    static final int INSTANCE_WORDS = WEAKLIST + 1;

    /** The built-in base whose layout instances extend: object, an exception, list, … */
    private final TypeSlots solidBase;
    private final String name;
    /** The shared keys (interned strs, immortal), in the order of the values arrays' words. */
    private int[] sharedKeys = new int[4];
    private int nsharedKeys;

    /** The words of {@code __slots__} names in each instance, after VALUES (the bases' included). */
    private final int slotWords;
    /** Whether instances may have attributes beyond their slots (a dict or values). */
    private final boolean hasDict;
    /**
     * Whether the class's {@code __abstractmethods__} (set as an attribute, as ABCMeta does) is not
     * empty: object.__new__ refuses it. CPython: Py_TPFLAGS_IS_ABSTRACT.
     */
    private boolean isAbstract;
    /** Whether instances may be weakly referenced (CPython: tp_weaklistoffset != 0). */
    private final boolean weakrefable;

    HeapType(ObjectSpace space, String name, TypeSlots solidBase, int slotWords, boolean hasDict, boolean weakrefable) {
        super(space);
        this.weakrefable = weakrefable;
        this.name = name;
        this.solidBase = solidBase;
        this.slotWords = slotWords;
        this.hasDict = hasDict;
    }

    int slotWords() {
        return slotWords;
    }

    public boolean hasDict() {
        return hasDict;
    }

    public boolean weakrefable() {
        return weakrefable;
    }

    @Override
    public int weaklistWord(int h) {
        if (makesClasses()) return ObjectSpace.TYPE_WEAKLIST;
        int w = solidBase.weaklistWord(h);
        if (w >= 0 || !weakrefable) return w;
        return usesValues() ? WEAKLIST : dictWord(h) - 1;
    }

    public boolean isAbstract() {
        return isAbstract;
    }

    void setAbstract(boolean isAbstract) {
        this.isAbstract = isAbstract;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public boolean isContainer() {
        return true;
    }

    /** Whether the GC links are in a node block of their own (the solid base is not a container). */
    private boolean linkedByNode() {
        return !usesValues() && !solidBase.isContainer();
    }

    @Override
    public int gcNode(int h) {
        return linkedByNode() ? heap.getInt(h, heap.blockBytes(h) / Heap.WORD - 1) : h;
    }

    TypeSlots solidBase() {
        return solidBase;
    }

    /** Whether the instance itself has attribute {@code name} (which would shadow a method). */
    boolean hasOwnAttribute(int h, int name) {
        return instanceAttr(h, name) != 0;
    }

    /**
     * The index of {@code name} (interned) in the keys shared by the instances' values arrays,
     * or -1. An index never changes while the class lives; adding a key modifies the type.
     */
    public int sharedKeyIndex(int name) {
        int[] keys = sharedKeys;
        for (int i = 0, n = nsharedKeys; i < n; i++) {
            if (keys[i] == name) return i;
        }
        return -1;
    }

    /** {@link #sharedKeyIndex} of any str: the interned one stands for it. */
    private int keyIndexOf(int name) {
        int i = sharedKeyIndex(name);
        if (i < 0 && !space.strSlots.isInterned(name)) i = sharedKeyIndex(space.intern(space.strSlots.toJava(name)));
        return i;
    }

    /**
     * The values array of instance h (of a class that {@link #usesValues}) when h has no dict of
     * its own and the array has a word for shared key {@code index}; else 0.
     */
    public static int valuesWithRoom(Heap heap, int h, int index) {
        if (heap.getInt(h, DICT) != 0) return 0;
        int values = heap.getInt(h, VALUES);
        return values != 0 && index < heap.getInt(values, 0) ? values : 0;
    }

    /** Whether instances keep attributes in a values array (the solid base is object). */
    public boolean usesValues() {
        return solidBase == space.objectSlots;
    }

    private boolean isException() {
        return solidBase instanceof Exceptions.ExceptionType;
    }

    /**
     * Whether this is a metaclass (a class deriving from type): its instances are classes, laid out
     * as every type object, and their attributes are a class's ({@link TypeType}).
     */
    private boolean makesClasses() {
        return solidBase == space.typeSlots;
    }

    /** Word of the instance dict: DICT, or the last word of a built-in subclass instance's block (before a link node). */
    private int dictWord(int h) {
        if (usesValues()) return DICT;
        return heap.blockBytes(h) / Heap.WORD - (linkedByNode() ? 2 : 1);
    }

    // ---- instances ----

    /** A new instance of class t (this class or a subclass) deriving from object or an exception. */
    public int newInstance(int t) {
        if (isException()) {
            int h = solidBase.allocSubtype(t, Exceptions.WORDS);
            heap.setInt(h, Exceptions.ARGS, space.newTuple());
            space.track(h);
            return h;
        }
        int h = heap.newObject((INSTANCE_WORDS + slotWords) * Heap.WORD, t);
        heap.fillWords(h, INSTANCE_WORDS, slotWords, 0);
        heap.setInt(h, GcHeader.GC_NEXT, 0);
        heap.setInt(h, GcHeader.GC_PREV, 0);
        heap.setInt(h, DICT, 0);
        heap.setInt(h, VALUES, 0);
        heap.setInt(h, WEAKLIST, 0);
        heap.incref(t); // instances of heap types own a reference to their class, as in CPython
        space.track(h);
        return h;
    }

    /** The instance's own attribute {@code name} (borrowed), or 0. */
    private int instanceAttr(int h, int name) {
        int dict = heap.getInt(h, dictWord(h));
        if (dict != 0) return space.dictSlots.get(dict, name);
        if (!usesValues()) return 0;
        int values = heap.getInt(h, VALUES);
        if (values == 0) return 0;
        int i = keyIndexOf(name);
        if (i < 0 || i >= heap.getInt(values, 0)) return 0;
        return heap.getInt(values, 1 + i);
    }

    /** Sets (value != 0) or deletes (value 0) the instance's own attribute; false when deleting an absent one. */
    private boolean setInstanceAttr(int h, int name, int value) {
        if (!hasDict) return false;
        int dict = heap.getInt(h, dictWord(h));
        if (dict == 0 && usesValues()) {
            int key = space.strSlots.isInterned(name) ? name : space.intern(space.strSlots.toJava(name));
            int i = sharedKeyIndex(key);
            if (i < 0 && value != 0 && nsharedKeys < MAX_SHARED_KEYS) {
                i = nsharedKeys;
                if (i == sharedKeys.length) sharedKeys = java.util.Arrays.copyOf(sharedKeys, i * 2);
                sharedKeys[nsharedKeys++] = key;
                // a specialized method load relies on the instances not shadowing the class's name
                if (space.lookupType(type, key) != 0) space.typeModified(type);
            }
            if (i >= 0) {
                int values = heap.getInt(h, VALUES);
                int capacity = values == 0 ? 0 : heap.getInt(values, 0);
                if (i >= capacity) {
                    if (value == 0) return false;
                    int fresh = Math.max(nsharedKeys, 4);
                    int grown = values == 0 ? heap.alloc((1 + fresh) * Heap.WORD)
                            : heap.realloc(values, (1 + fresh) * Heap.WORD);
                    heap.fillWords(grown, 1 + capacity, fresh - capacity, 0);
                    heap.setInt(grown, 0, fresh);
                    heap.setInt(h, VALUES, grown);
                    values = grown;
                }
                int old = heap.getInt(values, 1 + i);
                if (value == 0 && old == 0) return false;
                if (value != 0) heap.incref(value);
                heap.setInt(values, 1 + i, value);
                if (old != 0) heap.decref(old);
                return true;
            }
            dict = materializeDict(h);
        }
        if (dict == 0) {
            dict = space.dictSlots.newDict();
            heap.setInt(h, dictWord(h), dict);
        }
        if (value != 0) {
            space.dictSlots.put(dict, name, value);
            return true;
        }
        return space.dictSlots.remove(dict, name);
    }

    /** The instance's {@code __dict__} (borrowed), made from its values on first use. */
    int materializeDict(int h) {
        int dict = heap.getInt(h, dictWord(h));
        if (dict != 0) return dict;
        dict = space.dictSlots.newDict();
        if (usesValues()) {
            int values = heap.getInt(h, VALUES);
            if (values != 0) {
                int capacity = heap.getInt(values, 0);
                for (int i = 0; i < capacity && i < nsharedKeys; i++) {
                    int v = heap.getInt(values, 1 + i);
                    if (v != 0) {
                        space.dictSlots.put(dict, sharedKeys[i], v);
                        heap.decref(v);
                    }
                }
                heap.free(values);
                heap.setInt(h, VALUES, 0);
            }
        }
        heap.setInt(h, dictWord(h), dict);
        return dict;
    }

    @Override
    public boolean hasFinalizer(int h) {
        return space.lookupType(space.typeOf(h), space.ids.__del__) != 0;
    }

    @Override
    public void runFinalizer(int h) {
        space.callFinalizer(h);
    }

    @Override
    public void dealloc(int h) {
        int t = space.typeOf(h);
        if (space.lookupType(t, space.ids.__del__) != 0 && !space.finalized(h)) {
            // PEP 442: __del__ runs once; it may resurrect the object
            space.setFinalized(h);
            heap.setInt(h, Heap.REFCNT, 1);
            space.callFinalizer(h);
            if (heap.getInt(h, Heap.REFCNT) != 1) {
                heap.setInt(h, Heap.REFCNT, heap.getInt(h, Heap.REFCNT) - 1);
                space.gc.trackExisting(gcNode(h)); // resurrected: tracked again, as CPython does
                return;
            }
            heap.setInt(h, Heap.REFCNT, 0);
        }
        // CPython 3.11: subtype_dealloc() clears the weak references after the finalizer
        if (weakrefable) {
            int w = weaklistWord(h);
            if (w >= 0 && heap.getInt(h, w) != 0) space.clearWeakrefs(h, w);
        }
        if (!makesClasses()) clearInstance(h);
        if (linkedByNode()) heap.free(gcNode(h));
        if (usesValues()) heap.free(h);
        else solidBase.dealloc(h); // the block is a subclass's: the base frees it, with no free list
        heap.decref(t);
    }

    private void clearInstance(int h) {
        for (int w = INSTANCE_WORDS; w < INSTANCE_WORDS + slotWords; w++) {
            int v = heap.getInt(h, w);
            heap.setInt(h, w, 0);
            heap.xdecref(v);
        }
        int dict = heap.getInt(h, dictWord(h));
        heap.setInt(h, dictWord(h), 0);
        if (dict != 0) heap.decref(dict);
        if (usesValues()) {
            int values = heap.getInt(h, VALUES);
            heap.setInt(h, VALUES, 0);
            if (values != 0) {
                int capacity = heap.getInt(values, 0);
                for (int i = 0; i < capacity; i++) {
                    int v = heap.getInt(values, 1 + i);
                    heap.setInt(values, 1 + i, 0);
                    if (v != 0) heap.decref(v);
                }
                heap.free(values);
            }
        }
    }

    // CPython 3.11: subtype_clear(): the instance's attributes; its class stays
    @Override
    public void clear(int h) {
        if (!usesValues()) solidBase.clear(h);
        if (!makesClasses()) clearInstance(h);
    }

    @Override
    // CPython 3.11: Objects/typeobject.c subtype_traverse(): the attribute values, the dict,
    // the class, then what the built-in base holds (an exception's dict comes first in
    // BaseException_traverse, and pyvm keeps that dict here)
    public void traverse(int h, java.util.function.IntConsumer visit) {
        if (makesClasses()) {
            visit.accept(space.typeOf(h));
            solidBase.traverse(h, visit);
            return;
        }
        for (int w = INSTANCE_WORDS; w < INSTANCE_WORDS + slotWords; w++) {
            int v = heap.getInt(h, w);
            if (v != 0) visit.accept(v);
        }
        if (usesValues()) {
            int values = heap.getInt(h, VALUES);
            if (values != 0) {
                int capacity = heap.getInt(values, 0);
                for (int i = 0; i < capacity; i++) {
                    int v = heap.getInt(values, 1 + i);
                    if (v != 0) visit.accept(v);
                }
            }
        }
        int dict = heap.getInt(h, dictWord(h));
        if (isException()) {
            visit.accept(space.typeOf(h));
            if (dict != 0) visit.accept(dict);
            solidBase.traverse(h, visit);
            return;
        }
        if (dict != 0) visit.accept(dict);
        visit.accept(space.typeOf(h));
        if (!usesValues()) solidBase.traverse(h, visit);
    }

    // ---- attributes: CPython 3.11 Objects/object.c _PyObject_GenericGetAttrWithDict ----

    /** The type version the hooks below were looked up at (see ObjectSpace.typeVersion). */
    private int hooksVersion = -1;
    /** This class's Python {@code __getattribute__}, {@code __getattr__} (borrowed), or 0. */
    private int getattributeHook, getattrHook;

    private void refreshHooks() {
        int tag = space.versionTag(type);
        if (tag != 0 && hooksVersion == tag) return;
        int ga = space.lookupType(type, space.ids.__getattribute__);
        getattributeHook = ga != 0 && space.typeOf(ga) == space.functionSlots.type() ? ga : 0;
        getattrHook = space.lookupType(type, space.ids.__getattr__);
        hooksVersion = space.typeVersion(type);
    }

    @Override
    public int getAttr(int h, int name) {
        refreshHooks();
        if (getattributeHook != 0) return callGetattribute(h, name);
        if (getattrHook == 0) return objectGetAttribute(h, name);
        try {
            return objectGetAttribute(h, name);
        } catch (PyException e) {
            if (!space.exceptions.matches(e.exception(), space.exceptions.attributeError)) throw e;
            heap.decref(e.exception());
            return space.callMethod(getattrHook, h, name);
        }
    }

    // CPython 3.11: slot_tp_getattr_hook(): __getattribute__, then __getattr__ on AttributeError
    private int callGetattribute(int h, int name) {
        try {
            return space.callMethod(getattributeHook, h, name);
        } catch (PyException e) {
            if (getattrHook == 0 || !space.exceptions.matches(e.exception(), space.exceptions.attributeError)) throw e;
            heap.decref(e.exception());
            return space.callMethod(getattrHook, h, name);
        }
    }


    /** {@code object.__getattribute__(h, name)}: the generic lookup, bypassing a class's __getattribute__. */
    int objectGetAttribute(int h, int name) {
        if (makesClasses()) return solidBase.getAttr(h, name);
        int t = space.typeOf(h);
        int descr = space.lookupType(t, name);
        if (descr != 0 && space.isDataDescriptor(descr)) return space.descriptorGet(descr, h, t);
        int v = instanceAttr(h, name);
        if (v != 0) {
            heap.incref(v);
            return v;
        }
        String n = null;
        if (descr == 0) {
            n = space.strSlots.toJava(name);
            if (n.equals("__dict__") && hasDict) {
                int dict = materializeDict(h);
                heap.incref(dict);
                return dict;
            }
            if (n.equals("__class__")) {
                heap.incref(t);
                return t;
            }
            // CPython 3.11: subtype_getweakref(), the __weakref__ of a class that added the weak list
            if (n.equals("__weakref__") && weakrefable && solidBase.weaklistWord(h) < 0) {
                int wr = heap.getInt(h, weaklistWord(h));
                if (wr == 0) wr = space.none;
                heap.incref(wr);
                return wr;
            }
        }
        if (descr != 0) return space.descriptorGet(descr, h, t);
        if (!usesValues()) { // attributes the built-in base computes (an exception's args, …)
            try {
                return solidBase.getAttr(h, name);
            } catch (PyException e) {
                if (!space.exceptions.matches(e.exception(), space.exceptions.attributeError)) throw e;
                heap.decref(e.exception());
            }
        }
        throw space.attributeError(h, name);
    }

    @Override
    public boolean genericGetAttr(int h) {
        refreshHooks();
        return getattrHook == 0 && getattributeHook == 0 && !makesClasses();
    }

    @Override
    public void setAttr(int h, int name, int value) {
        int t = space.typeOf(h);
        // CPython 3.11: slot_tp_setattro(): a class's __setattr__ / __delattr__ comes first
        int hook = space.lookupType(t, value != 0 ? space.ids.__setattr__ : space.ids.__delattr__);
        if (hook != 0 && space.typeOf(hook) == space.functionSlots.type()) {
            heap.decref(value != 0 ? space.callMethod(hook, h, name, value) : space.callMethod(hook, h, name));
            return;
        }
        genericSetAttr(h, name, value);
    }

    /** object.__setattr__ / __delattr__: the instance's own attribute, bypassing __setattr__. */
    void genericSetAttr(int h, int name, int value) {
        if (makesClasses()) {
            solidBase.setAttr(h, name, value);
            return;
        }
        int descr = space.lookupType(space.typeOf(h), name);
        if (descr != 0 && space.isDataDescriptor(descr)) {
            space.descriptorSet(descr, h, value);
            return;
        }
        if (!setInstanceAttr(h, name, value)) throw space.attributeError(h, name);
    }

    // ---- special methods ----

    /** The special method {@code name} of h's class (borrowed), or 0. */
    private int special(int h, String name) {
        return special(h, space.intern(name));
    }

    private int special(int h, int name) {
        return space.lookupType(space.typeOf(h), name);
    }

    /** The built-in type whose slot special method m wraps (inherited unchanged), or null. */
    private TypeSlots inherited(int m) {
        return m == 0 ? null : space.builtinFunctionSlots.slotOwner(m);
    }

    private int callSpecial(int method, int self, int... args) {
        return space.callMethod(method, self, args);
    }

    @Override
    public int repr(int h) {
        int m = special(h, space.ids.__repr__);
        TypeSlots base = inherited(m);
        if (base != null) return base.repr(h);
        if (m == 0) return solidBase.repr(h);
        return checkStr(callSpecial(m, h), "__repr__");
    }

    @Override
    public int str(int h) {
        int m = special(h, space.ids.__str__);
        TypeSlots base = inherited(m);
        if (base != null) return base.str(h);
        if (m == 0) return solidBase.str(h);
        return checkStr(callSpecial(m, h), "__str__");
    }

    private int checkStr(int r, String method) {
        if (!space.strSlots.check(r)) {
            String t = space.typeName(space.typeOf(r));
            heap.decref(r);
            throw space.typeError(method + " returned non-string (type " + t + ")");
        }
        return r;
    }

    @Override
    public long hash(int h) {
        int t = space.typeOf(h);
        int m = space.lookupType(t, space.ids.__hash__);
        if (m == space.none) throw space.typeError("unhashable type: '" + space.typeName(t) + "'");
        TypeSlots base = inherited(m);
        if (base != null) return base.hash(h);
        if (m == 0) return solidBase.hash(h);
        int r = callSpecial(m, h);
        try {
            if (!space.intSlots.check(r)) throw space.typeError("__hash__ method should return an integer");
            // CPython 3.11: slot_tp_hash(): a value within Py_hash_t's range is the hash itself (so that
            // hash(x) == hash(x.__hash__())), one beyond it is hashed as an int; -1 is reserved
            long v = space.intSlots.isSmall(r) ? space.intSlots.longValue(r) : space.intSlots.hash(r);
            return v == -1 ? -2 : v;
        } finally {
            heap.decref(r);
        }
    }

    @Override
    public int richCompare(int a, int b, int op) {
        int m = special(a, space.compareNames[op]);
        TypeSlots base = inherited(m);
        if (base != null) return base.richCompare(a, b, op);
        if (m == 0) return solidBase.richCompare(a, b, op);
        return callSpecial(m, a, b);
    }

    @Override
    public int binaryOp(int a, int b, int op) {
        boolean mine = space.slotsOf(a) == this;
        int self = mine ? a : b, other = mine ? b : a;
        int m = special(self, space.binaryNames[mine ? 0 : 1][op]);
        TypeSlots base = inherited(m);
        if (base != null) return base.binaryOp(a, b, op);
        if (m == 0) return space.notImplemented();
        return callSpecial(m, self, other);
    }

    @Override
    public int inplaceOp(int a, int b, int op) {
        int m = special(a, space.binaryNames[2][op]);
        TypeSlots base = inherited(m);
        if (base != null) return base.inplaceOp(a, b, op);
        if (m == 0) return 0;
        return callSpecial(m, a, b);
    }

    @Override
    public int unaryOp(int h, int op) {
        int m = special(h, space.unaryNames[op]);
        TypeSlots base = inherited(m);
        if (base != null) return base.unaryOp(h, op);
        return m == 0 ? 0 : callSpecial(m, h);
    }

    @Override
    public long length(int h) {
        int m = special(h, space.ids.__len__);
        TypeSlots base = inherited(m);
        if (base != null) return base.length(h);
        if (m == 0) return -1;
        int r = callSpecial(m, h);
        try {
            if (!space.intSlots.check(r)) {
                throw space.typeError("'" + space.typeName(space.typeOf(r)) + "' object cannot be interpreted as an integer");
            }
            boolean negative = space.intSlots.isSmall(r) ? space.intSlots.longValue(r) < 0 : space.intSlots.bigValue(r).signum() < 0;
            if (negative) throw space.valueError("__len__() should return >= 0");
            if (!space.intSlots.isSmall(r)) {
                throw space.error(space.exceptions.overflowError, "cannot fit 'int' into an index-sized integer");
            }
            long n = space.intSlots.longValue(r);
            return n;
        } finally {
            heap.decref(r);
        }
    }

    @Override
    public boolean isTrue(int h) {
        int m = special(h, space.ids.__bool__);
        TypeSlots base = inherited(m);
        if (base != null) return base.isTrue(h);
        if (m != 0) {
            int r = callSpecial(m, h);
            try {
                if (space.typeOf(r) != space.boolSlots.type()) {
                    throw space.typeError("__bool__ should return bool, returned " + space.typeName(space.typeOf(r)));
                }
                return r == space.trueObject;
            } finally {
                heap.decref(r);
            }
        }
        long n = length(h);
        return n != 0;
    }

    @Override
    public int getItem(int h, int key) {
        int m = special(h, space.ids.__getitem__);
        TypeSlots base = inherited(m);
        if (base != null) return base.getItem(h, key);
        if (m == 0) return makesClasses() ? solidBase.getItem(h, key) : super.getItem(h, key); // a class's __class_getitem__
        return callSpecial(m, h, key);
    }

    @Override
    public void setItem(int h, int key, int value) {
        int m = special(h, value == 0 ? "__delitem__" : "__setitem__");
        TypeSlots base = inherited(m);
        if (base != null) {
            base.setItem(h, key, value);
        } else if (m == 0) {
            super.setItem(h, key, value);
        } else {
            heap.decref(value == 0 ? callSpecial(m, h, key) : callSpecial(m, h, key, value));
        }
    }

    @Override
    public boolean contains(int h, int key) {
        int m = special(h, space.ids.__contains__);
        TypeSlots base = inherited(m);
        if (base != null) return base.contains(h, key);
        if (m == 0) return super.contains(h, key); // iterates with this class's __iter__
        int r = callSpecial(m, h, key);
        try {
            return space.isTrue(r);
        } finally {
            heap.decref(r);
        }
    }

    @Override
    public int iter(int h) {
        int m = special(h, space.ids.__iter__);
        TypeSlots base = inherited(m);
        if (base != null) return base.iter(h);
        if (m == 0) {
            // CPython 3.11: PyObject_GetIter falls back to the sequence protocol
            if (special(h, space.ids.__getitem__) != 0) return space.iterators.seqIterator.newIterator(h);
            return super.iter(h);
        }
        if (m == space.none) return super.iter(h);
        int it = callSpecial(m, h);
        if (!space.slotsOf(it).isIterator()) {
            String t = space.typeName(space.typeOf(it));
            heap.decref(it);
            throw space.typeError("iter() returned non-iterator of type '" + t + "'");
        }
        return it;
    }

    @Override
    public boolean isIterator() {
        return space.lookupType(type, space.ids.__next__) != 0;
    }

    @Override
    public int next(int h) {
        int m = special(h, space.ids.__next__);
        TypeSlots base = inherited(m);
        if (base != null) return base.next(h);
        if (m == 0) return super.next(h);
        return callSpecial(m, h); // a StopIteration propagates, as from CPython's slot_tp_iternext
    }

    @Override
    public int call(int h, int[] args, int start, int nargs, int kwnames) {
        int m = special(h, space.ids.__call__);
        if (m == 0) return super.call(h, args, start, nargs, kwnames);
        return space.callMethodVector(m, h, args, start, nargs, kwnames);
    }

    @Override
    public boolean isCallable(int h) {
        return special(h, space.ids.__call__) != 0;
    }

    @Override
    public int format(int h, int spec) {
        int m = special(h, space.ids.__format__);
        if (m == 0) return super.format(h, spec);
        return checkStr(callSpecial(m, h, spec), "__format__");
    }

    /** A class deriving from bytes (or another bytes-like type) has its base's buffer. */
    @Override
    public byte[] buffer(int h) {
        return solidBase.buffer(h);
    }

    @Override
    public long sizeof(int h) {
        return usesValues() ? super.sizeof(h) : solidBase.sizeof(h);
    }

    // ---- calling the class: CPython's type_call (tp_new, then tp_init) ----

    // CPython 3.11: Objects/typeobject.c type_call(), slot_tp_new(), slot_tp_init()
    @Override
    public int construct(int t, int[] args, int start, int nargs, int kwnames) {
        int newMethod = space.lookupType(t, space.ids.__new__);
        TypeSlots builtinNew = space.builtinFunctionSlots.newOwner(newMethod);
        int obj;
        if (builtinNew != null) {
            obj = builtinNew.newSubtype(t, args, start, nargs, kwnames);
        } else {
            int fn = space.typeOf(newMethod) == space.staticMethodSlots.type()
                    ? space.staticMethodSlots.function(newMethod) : newMethod;
            int[] withType = new int[nargs + 1];
            withType[0] = t;
            System.arraycopy(args, start, withType, 1, nargs);
            obj = space.call(fn, withType, 0, nargs + 1, kwnames);
            if (!space.isInstance(obj, t)) return obj;
        }
        try {
            int init = space.lookupType(space.typeOf(obj), space.ids.__init__);
            TypeSlots builtinInit = inherited(init);
            if (builtinInit != null) {
                builtinInit.init(obj, args, start, nargs, kwnames);
            } else if (init != 0) {
                int r = space.callMethodVector(init, obj, args, start, nargs, kwnames);
                if (r != space.none) {
                    String rt = space.typeName(space.typeOf(r));
                    heap.decref(r);
                    throw space.typeError("__init__() should return None, not '" + rt + "'");
                }
                heap.decref(r);
            }
        } catch (RuntimeException e) {
            heap.decref(obj);
            throw e;
        }
        return obj;
    }
}
