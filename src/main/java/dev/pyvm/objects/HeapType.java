package dev.pyvm.objects;

import dev.pyvm.gc.GcHeader;
import dev.pyvm.memory.Heap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A class defined by a program: its instances, its attribute lookup and the dispatch of the
 * operations to its special methods. One instance of this Java class per Python class (metadata).
 *
 * <h2>Instances</h2>
 * As in CPython 3.11, attributes live in a values array whose keys are shared by all instances
 * of the class; a real {@code __dict__} is made only when asked for (or when the class has more
 * than MAX_SHARED_KEYS attribute names):
 * <pre>
 *   instance [refcnt | type | gc_next | gc_prev | DICT | VALUES]        DICT 0 until made
 *   VALUES   [CAPACITY | value of key 0 | value of key 1 | …]            a raw block; 0 = absent
 * </pre>
 * A class deriving from an exception keeps the exception's layout with DICT appended.
 */
public final class HeapType extends TypeSlots {
    /** CPython 3.11: SHARED_KEYS_MAX_SIZE. */
    static final int MAX_SHARED_KEYS = 30;
    static final int DICT = GcHeader.CONTAINER_HEADER_WORDS;
    static final int VALUES = DICT + 1;
    static final int INSTANCE_WORDS = VALUES + 1;

    /** The built-in base whose layout instances extend: object, or an exception. */
    private final TypeSlots solidBase;
    private final String name;
    private final List<Integer> sharedKeys = new ArrayList<>();
    private final Map<Integer, Integer> keyIndex = new HashMap<>();

    HeapType(ObjectSpace space, String name, TypeSlots solidBase) {
        super(space);
        this.name = name;
        this.solidBase = solidBase;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public boolean isContainer() {
        return true;
    }

    TypeSlots solidBase() {
        return solidBase;
    }

    /** Whether the instance itself has attribute {@code name} (which would shadow a method). */
    boolean hasOwnAttribute(int h, int name) {
        return instanceAttr(h, name) != 0;
    }

    private boolean isException() {
        return solidBase instanceof Exceptions.ExceptionType;
    }

    /** Word of the instance dict: after the exception fields, or DICT. */
    private int dictWord() {
        return isException() ? Exceptions.WORDS : DICT;
    }

    // ---- instances ----

    /** A new instance of class t (this class or a subclass): object.__new__. */
    int newInstance(int t) {
        if (isException()) {
            int h = heap.newObject((Exceptions.WORDS + 1) * Heap.WORD, t);
            heap.setInt(h, GcHeader.GC_NEXT, 0);
            heap.setInt(h, GcHeader.GC_PREV, 0);
            heap.fillWords(h, Exceptions.ARGS, Exceptions.WORDS + 1 - Exceptions.ARGS, 0);
            heap.setInt(h, Exceptions.ARGS, space.newTuple());
            heap.incref(t);
            space.track(h);
            return h;
        }
        int h = heap.newObject(INSTANCE_WORDS * Heap.WORD, t);
        heap.setInt(h, GcHeader.GC_NEXT, 0);
        heap.setInt(h, GcHeader.GC_PREV, 0);
        heap.setInt(h, DICT, 0);
        heap.setInt(h, VALUES, 0);
        heap.incref(t); // instances of heap types own a reference to their class, as in CPython
        space.track(h);
        return h;
    }

    /** The instance's own attribute {@code name} (borrowed), or 0. */
    private int instanceAttr(int h, int name) {
        int dict = heap.getInt(h, dictWord());
        if (dict != 0) return space.dictSlots.get(dict, name);
        if (isException()) return 0;
        int values = heap.getInt(h, VALUES);
        if (values == 0) return 0;
        Integer i = keyIndex.get(name);
        if (i == null) i = keyIndex.get(space.intern(space.strSlots.toJava(name)));
        if (i == null || i >= heap.getInt(values, 0)) return 0;
        return heap.getInt(values, 1 + i);
    }

    /** Sets (value != 0) or deletes (value 0) the instance's own attribute; false when deleting an absent one. */
    private boolean setInstanceAttr(int h, int name, int value) {
        int dict = heap.getInt(h, dictWord());
        if (dict == 0 && !isException()) {
            int key = space.strSlots.isInterned(name) ? name : space.intern(space.strSlots.toJava(name));
            Integer i = keyIndex.get(key);
            if (i == null && value != 0 && sharedKeys.size() < MAX_SHARED_KEYS) {
                i = sharedKeys.size();
                sharedKeys.add(key);
                keyIndex.put(key, i);
            }
            if (i != null) {
                int values = heap.getInt(h, VALUES);
                int capacity = values == 0 ? 0 : heap.getInt(values, 0);
                if (i >= capacity) {
                    if (value == 0) return false;
                    int fresh = Math.max(sharedKeys.size(), 4);
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
            heap.setInt(h, dictWord(), dict);
        }
        if (value != 0) {
            space.dictSlots.put(dict, name, value);
            return true;
        }
        return space.dictSlots.remove(dict, name);
    }

    /** The instance's {@code __dict__} (borrowed), made from its values on first use. */
    int materializeDict(int h) {
        int dict = heap.getInt(h, dictWord());
        if (dict != 0) return dict;
        dict = space.dictSlots.newDict();
        if (!isException()) {
            int values = heap.getInt(h, VALUES);
            if (values != 0) {
                int capacity = heap.getInt(values, 0);
                for (int i = 0; i < capacity && i < sharedKeys.size(); i++) {
                    int v = heap.getInt(values, 1 + i);
                    if (v != 0) {
                        space.dictSlots.put(dict, sharedKeys.get(i), v);
                        heap.decref(v);
                    }
                }
                heap.free(values);
                heap.setInt(h, VALUES, 0);
            }
        }
        heap.setInt(h, dictWord(), dict);
        return dict;
    }

    @Override
    public boolean hasFinalizer(int h) {
        return space.lookupType(space.typeOf(h), space.intern("__del__")) != 0;
    }

    @Override
    public void runFinalizer(int h) {
        space.callFinalizer(h);
    }

    @Override
    public void dealloc(int h) {
        int t = space.typeOf(h);
        if (space.lookupType(t, space.intern("__del__")) != 0 && !space.finalized(h)) {
            // PEP 442: __del__ runs once; it may resurrect the object
            space.setFinalized(h);
            heap.setInt(h, Heap.REFCNT, 1);
            space.callFinalizer(h);
            if (heap.getInt(h, Heap.REFCNT) != 1) {
                heap.setInt(h, Heap.REFCNT, heap.getInt(h, Heap.REFCNT) - 1);
                space.gc.trackExisting(h); // resurrected: tracked again, as CPython does
                return;
            }
            heap.setInt(h, Heap.REFCNT, 0);
        }
        clearInstance(h);
        if (isException()) ((Exceptions.ExceptionType) solidBase).releaseFields(h);
        heap.free(h);
        heap.decref(t);
    }

    private void clearInstance(int h) {
        int dict = heap.getInt(h, dictWord());
        heap.setInt(h, dictWord(), 0);
        if (dict != 0) heap.decref(dict);
        if (!isException()) {
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
        if (isException()) solidBase.clear(h);
        clearInstance(h);
    }

    @Override
    // CPython 3.11: Objects/typeobject.c subtype_traverse(): the attribute values, the dict,
    // the class, then what the built-in base holds (an exception's dict comes first in
    // BaseException_traverse, and pyvm keeps that dict here)
    public void traverse(int h, java.util.function.IntConsumer visit) {
        if (!isException()) {
            int values = heap.getInt(h, VALUES);
            if (values != 0) {
                int capacity = heap.getInt(values, 0);
                for (int i = 0; i < capacity; i++) {
                    int v = heap.getInt(values, 1 + i);
                    if (v != 0) visit.accept(v);
                }
            }
        }
        int dict = heap.getInt(h, dictWord());
        if (isException()) {
            visit.accept(space.typeOf(h));
            if (dict != 0) visit.accept(dict);
            solidBase.traverse(h, visit);
            return;
        }
        if (dict != 0) visit.accept(dict);
        visit.accept(space.typeOf(h));
    }

    // ---- attributes: CPython 3.11 Objects/object.c _PyObject_GenericGetAttrWithDict ----

    @Override
    public int getAttr(int h, int name) {
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
            if (n.equals("__dict__") && !isException()) {
                int dict = materializeDict(h);
                heap.incref(dict);
                return dict;
            }
            if (n.equals("__class__")) {
                heap.incref(t);
                return t;
            }
        }
        if (descr != 0) return space.descriptorGet(descr, h, t);
        if (isException()) {
            try {
                return solidBase.getAttr(h, name);
            } catch (PyException e) {
                if (!space.exceptions.matches(e.exception(), space.exceptions.attributeError)) throw e;
                heap.decref(e.exception());
            }
        }
        int getattr = space.lookupType(t, space.intern("__getattr__"));
        if (getattr != 0) return space.callMethod(getattr, h, name);
        throw space.attributeError(h, name);
    }

    @Override
    public boolean genericGetAttr(int h) {
        return space.lookupType(space.typeOf(h), space.intern("__getattr__")) == 0;
    }

    @Override
    public void setAttr(int h, int name, int value) {
        int t = space.typeOf(h);
        int descr = space.lookupType(t, name);
        if (descr != 0 && space.isDataDescriptor(descr)) {
            space.descriptorSet(descr, h, value);
            return;
        }
        int setattr = value != 0 ? space.lookupType(t, space.intern("__setattr__")) : 0;
        if (setattr != 0 && space.typeOf(setattr) == space.functionSlots.type()) {
            heap.decref(space.callMethod(setattr, h, name, value));
            return;
        }
        if (!setInstanceAttr(h, name, value)) throw space.attributeError(h, name);
    }

    /** object.__setattr__ / __delattr__: the instance's own attribute, bypassing __setattr__. */
    void genericSetAttr(int h, int name, int value) {
        int descr = space.lookupType(space.typeOf(h), name);
        if (descr != 0 && space.isDataDescriptor(descr)) {
            space.descriptorSet(descr, h, value);
            return;
        }
        if (!setInstanceAttr(h, name, value)) throw space.attributeError(h, name);
    }

    // ---- special methods ----

    /** The special method {@code name} of h's class (borrowed), or 0 when only object's would apply. */
    private int special(int h, String name) {
        return space.lookupType(space.typeOf(h), space.intern(name));
    }

    private int callSpecial(int method, int self, int... args) {
        return space.callMethod(method, self, args);
    }

    @Override
    public int repr(int h) {
        int m = special(h, "__repr__");
        if (m != 0) return checkStr(callSpecial(m, h), "__repr__");
        if (isException()) return solidBase.repr(h);
        return space.newStr("<" + space.qualifiedName(space.typeOf(h)) + " object at 0x"
                + Long.toHexString(heap.address(h)) + ">");
    }

    @Override
    public int str(int h) {
        int m = special(h, "__str__");
        if (m != 0) return checkStr(callSpecial(m, h), "__str__");
        if (isException()) return solidBase.str(h);
        return repr(h);
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
        int m = space.lookupType(t, space.intern("__hash__"));
        if (m == space.none) throw space.typeError("unhashable type: '" + space.typeName(t) + "'");
        if (m == 0) return super.hash(h);
        int r = callSpecial(m, h);
        try {
            if (!space.intSlots.check(r)) throw space.typeError("__hash__ method should return an integer");
            long v = space.intSlots.isSmall(r) ? space.intSlots.longValue(r) : space.intSlots.hash(r);
            return v == -1 ? -2 : space.intSlots.isSmall(r) ? IntType.hashLong(v) : v;
        } finally {
            heap.decref(r);
        }
    }

    private static final String[] COMPARE_METHODS = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};

    @Override
    public int richCompare(int a, int b, int op) {
        int m = special(a, COMPARE_METHODS[op]);
        if (m != 0) return callSpecial(m, a, b);
        if (op == Compare.NE) {
            // object.__ne__ inverts __eq__ unless it is NotImplemented
            int eq = special(a, "__eq__");
            if (eq != 0) {
                int r = callSpecial(eq, a, b);
                if (space.isNotImplemented(r)) return r;
                boolean t;
                try {
                    t = space.isTrue(r);
                } finally {
                    heap.decref(r);
                }
                return space.newBool(!t);
            }
        }
        if (isException()) return solidBase.richCompare(a, b, op);
        return super.richCompare(a, b, op);
    }

    private static final String[] BINARY = {"add", "and", "floordiv", "lshift", "matmul", "mul", "mod", "or", "pow",
            "rshift", "sub", "truediv", "xor"};

    @Override
    public int binaryOp(int a, int b, int op) {
        boolean mine = space.slotsOf(a) == this;
        int self = mine ? a : b, other = mine ? b : a;
        int m = special(self, mine ? "__" + BINARY[op] + "__" : "__r" + BINARY[op] + "__");
        if (m == 0) return space.notImplemented();
        return callSpecial(m, self, other);
    }

    @Override
    public int inplaceOp(int a, int b, int op) {
        int m = special(a, "__i" + BINARY[op] + "__");
        if (m == 0) return 0;
        return callSpecial(m, a, b);
    }

    private static final String[] UNARY = {"__neg__", "__pos__", "__invert__", "__abs__"};

    @Override
    public int unaryOp(int h, int op) {
        int m = special(h, UNARY[op]);
        return m == 0 ? 0 : callSpecial(m, h);
    }

    @Override
    public long length(int h) {
        int m = special(h, "__len__");
        if (m == 0) return -1;
        int r = callSpecial(m, h);
        try {
            if (!space.intSlots.check(r)) {
                throw space.typeError("'" + space.typeName(space.typeOf(r)) + "' object cannot be interpreted as an integer");
            }
            if (!space.intSlots.isSmall(r) || space.intSlots.longValue(r) > Integer.MAX_VALUE) {
                throw space.error(space.exceptions.overflowError, "cannot fit 'int' into an index-sized integer");
            }
            long n = space.intSlots.longValue(r);
            if (n < 0) throw space.valueError("__len__() should return >= 0");
            return n;
        } finally {
            heap.decref(r);
        }
    }

    @Override
    public boolean isTrue(int h) {
        int m = special(h, "__bool__");
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
        int m = special(h, "__getitem__");
        if (m == 0) return super.getItem(h, key);
        return callSpecial(m, h, key);
    }

    @Override
    public void setItem(int h, int key, int value) {
        int m = special(h, value == 0 ? "__delitem__" : "__setitem__");
        if (m == 0) {
            super.setItem(h, key, value);
            return;
        }
        heap.decref(value == 0 ? callSpecial(m, h, key) : callSpecial(m, h, key, value));
    }

    @Override
    public boolean contains(int h, int key) {
        int m = special(h, "__contains__");
        if (m == 0) return super.contains(h, key);
        int r = callSpecial(m, h, key);
        try {
            return space.isTrue(r);
        } finally {
            heap.decref(r);
        }
    }

    @Override
    public int iter(int h) {
        int m = special(h, "__iter__");
        if (m == 0) {
            // CPython 3.11: PyObject_GetIter falls back to the sequence protocol
            if (special(h, "__getitem__") != 0) return space.iterators.seqIterator.newIterator(h);
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
        return space.lookupType(type, space.intern("__next__")) != 0;
    }

    @Override
    public int next(int h) {
        int m = special(h, "__next__");
        if (m == 0) return super.next(h);
        return callSpecial(m, h); // a StopIteration propagates, as from CPython's slot_tp_iternext
    }

    @Override
    public int call(int h, int[] args, int start, int nargs, int kwnames) {
        int m = special(h, "__call__");
        if (m == 0) return super.call(h, args, start, nargs, kwnames);
        return space.callMethodVector(m, h, args, start, nargs, kwnames);
    }

    @Override
    public boolean isCallable(int h) {
        return special(h, "__call__") != 0;
    }

    @Override
    public int format(int h, int spec) {
        int m = special(h, "__format__");
        if (m == 0) return super.format(h, spec);
        return checkStr(callSpecial(m, h, spec), "__format__");
    }

    // ---- calling the class: CPython's type_call (tp_new, then tp_init) ----

    // CPython 3.11: Objects/typeobject.c type_call(), object_new(), object_init()
    @Override
    public int construct(int t, int[] args, int start, int nargs, int kwnames) {
        int object = space.objectSlots.type();
        int newKey = space.intern("__new__"), initKey = space.intern("__init__");
        int newMethod = space.lookupType(t, newKey);
        int init = space.lookupType(t, initKey);
        boolean customNew = newMethod != space.lookupType(object, newKey);
        boolean customInit = init != space.lookupType(object, initKey);
        int obj;
        if (customNew) {
            int fn = space.typeOf(newMethod) == space.staticMethodSlots.type()
                    ? space.staticMethodSlots.function(newMethod) : newMethod;
            int[] withType = new int[nargs + 1];
            withType[0] = t;
            System.arraycopy(args, start, withType, 1, nargs);
            obj = space.call(fn, withType, 0, nargs + 1, kwnames);
            if (!space.isInstance(obj, t)) return obj;
        } else {
            if (nargs > 0 && !customInit) throw space.typeError(space.typeName(t) + "() takes no arguments");
            obj = newInstance(t);
            if (isException()) {
                // BaseException_new keeps the positional arguments
                int tuple = space.newTupleOfSize(nargs - (kwnames == 0 ? 0 : space.tupleSlots.size(kwnames)));
                for (int i = 0; i < space.tupleSlots.size(tuple); i++) {
                    heap.incref(args[start + i]);
                    space.tupleSlots.initItem(tuple, i, args[start + i]);
                }
                int old = heap.getInt(obj, Exceptions.ARGS);
                heap.setInt(obj, Exceptions.ARGS, tuple);
                heap.decref(old);
            }
        }
        if (!customInit) return obj;
        try {
            int r = space.callMethodVector(init, obj, args, start, nargs, kwnames);
            if (r != space.none) {
                String rt = space.typeName(space.typeOf(r));
                heap.decref(r);
                throw space.typeError("__init__() should return None, not '" + rt + "'");
            }
            heap.decref(r);
        } catch (RuntimeException e) {
            heap.decref(obj);
            throw e;
        }
        return obj;
    }
}
