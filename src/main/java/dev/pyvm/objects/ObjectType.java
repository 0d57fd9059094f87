package dev.pyvm.objects;

/**
 * {@code object}: the root of every MRO; a bare instance is just the object header. Its slots are
 * what every class inherits unless it or another base overrides them (CPython 3.11:
 * Objects/typeobject.c object_repr, object_str, object_richcompare, object_new, object_init).
 */
public final class ObjectType extends TypeSlots {
    ObjectType(ObjectSpace space) {
        super(space);
    }

    @Override
    public String name() {
        return "object";
    }

    @Override
    public void dealloc(int h) {
        heap.free(h);
    }

    @Override
    public boolean acceptableBase() {
        return true;
    }

    @Override
    public int repr(int h) {
        return space.newStr("<" + space.qualifiedName(space.typeOf(h)) + " object at 0x"
                + Long.toHexString(heap.address(h)) + ">");
    }

    /** object_str: the type's repr, whatever defines it. */
    @Override
    public int str(int h) {
        return space.slotsOf(h).repr(h);
    }

    /** object_richcompare: identity for ==; != inverts the type's == unless NotImplemented. */
    @Override
    public int richCompare(int a, int b, int op) {
        if (op == Compare.EQ) return a == b ? space.newBool(true) : space.notImplemented();
        if (op != Compare.NE) return space.notImplemented();
        int eq = space.slotsOf(a).richCompare(a, b, Compare.EQ);
        if (space.isNotImplemented(eq)) return eq;
        boolean equal;
        try {
            equal = space.isTrue(eq);
        } finally {
            heap.decref(eq);
        }
        return space.newBool(!equal);
    }

    // CPython 3.11: Objects/typeobject.c object_new(): a bare object takes no arguments
    @Override
    public int construct(int t, int[] args, int start, int nargs, int kwnames) {
        if (t != type) throw space.typeError("cannot create '" + space.typeName(t) + "' instances");
        if (nargs > 0) throw space.typeError("object() takes no arguments");
        return heap.newObject(2 * dev.pyvm.memory.Heap.WORD, type);
    }

    @Override
    public int newSubtype(int t, int[] args, int start, int nargs, int kwnames) {
        if (nargs > 0) {
            if (overrides(t, "__new__")) {
                throw space.typeError("object.__new__() takes exactly one argument (the type to instantiate)");
            }
            if (!overrides(t, "__init__")) throw space.typeError(space.typeName(t) + "() takes no arguments");
        }
        if (t == type) return heap.newObject(2 * dev.pyvm.memory.Heap.WORD, type);
        HeapType cls = (HeapType) space.slotsOfType(t);
        if (cls.isAbstract()) throw abstractClass(t);
        return cls.newInstance(t);
    }

    // CPython 3.11: object_new(): a class with abstract methods has no instances
    private PyException abstractClass(int t) {
        int methods = space.getAttr(t, space.intern("__abstractmethods__"));
        java.util.List<String> names = new java.util.ArrayList<>();
        try {
            int list = space.listSlots.fromIterable(methods);
            try {
                for (int i = 0; i < space.listSlots.size(list); i++) names.add(space.str(space.listSlots.item(list, i)));
            } finally {
                heap.decref(list);
            }
        } finally {
            heap.decref(methods);
        }
        java.util.Collections.sort(names);
        return space.typeError("Can't instantiate abstract class " + space.typeName(t) + " with abstract method"
                + (names.size() > 1 ? "s " : " ") + String.join(", ", names));
    }

    @Override
    public void init(int h, int[] args, int start, int nargs, int kwnames) {
        if (nargs == 0) return;
        int t = space.typeOf(h);
        if (overrides(t, "__init__")) {
            throw space.typeError("object.__init__() takes exactly one argument (the instance to initialize)");
        }
        if (!overrides(t, "__new__")) throw space.typeError(space.typeName(t) + "() takes no arguments");
    }

    /** Whether t's {@code name} is not object's (CPython: type->tp_new != object_new and kin). */
    private boolean overrides(int t, String name) {
        int key = space.intern(name);
        return space.lookupType(t, key) != space.lookupType(type, key);
    }
}
