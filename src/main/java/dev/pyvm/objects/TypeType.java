package dev.pyvm.objects;

/**
 * {@code type}: the type of type objects. The built-in types are immortal; classes made by
 * programs ({@link HeapType}) are ordinary objects.
 */
public final class TypeType extends TypeSlots {
    TypeType(ObjectSpace space) {
        super(space);
    }

    @Override
    public String name() {
        return "type";
    }

    @Override
    public boolean isContainer() {
        return true;
    }

    private boolean isHeapType(int t) {
        return space.slotsOfType(t) instanceof HeapType;
    }

    @Override
    public void dealloc(int h) {
        if (!isHeapType(h)) throw new IllegalStateException("type " + space.typeName(h) + " is immortal");
        space.removeSubclass(h); // a class with its handle later gets a tag of its own
        for (int w = ObjectSpace.TYPE_NAME; w < ObjectSpace.TYPE_WORDS; w++) heap.xdecref(heap.getInt(h, w));
        space.releaseSlots(heap.getInt(h, ObjectSpace.TYPE_SLOTS));
        heap.free(h);
    }

    // CPython 3.11: type_clear() empties the dict and drops the MRO, which holds the class itself
    @Override
    public void clear(int h) {
        if (!isHeapType(h)) return;
        space.typeModified(h);
        space.dictSlots.clear(space.typeDict(h));
        int mro = heap.getInt(h, ObjectSpace.TYPE_MRO);
        heap.setInt(h, ObjectSpace.TYPE_MRO, 0);
        heap.xdecref(mro);
    }

    @Override
    public void traverse(int h, java.util.function.IntConsumer visit) {
        for (int w = ObjectSpace.TYPE_NAME; w < ObjectSpace.TYPE_WORDS; w++) {
            int v = heap.getInt(h, w);
            if (v != 0) visit.accept(v);
        }
    }

    @Override
    public int repr(int h) {
        return space.newStr("<class '" + space.qualifiedName(h) + "'>");
    }

    @Override
    public long hash(int h) {
        return super.hash(h);
    }

    /** {@code X | Y}: a union of type hints. */
    @Override
    public int binaryOp(int a, int b, int op) {
        return space.unionSlots.or(a, b, op);
    }

    // CPython 3.11: Objects/abstract.c PyObject_GetItem() for a type: type[X] is an alias, other
    // classes answer by their __class_getitem__ (implicitly a classmethod)
    @Override
    public int getItem(int h, int key) {
        if (h == type) return space.genericAliasSlots.newAlias(h, key);
        int method = space.lookupType(h, space.intern("__class_getitem__"));
        if (method == 0) throw space.typeError("type '" + space.typeName(h) + "' is not subscriptable");
        int bound = space.descriptorGet(method, 0, h);
        try {
            return space.call(bound, key);
        } finally {
            heap.decref(bound);
        }
    }

    /** {@code type(x)} or {@code type(name, bases, namespace)}. */
    @Override
    public int construct(int t, int[] args, int start, int nargs, int kwnames) {
        if (nargs == 1 && kwnames == 0) {
            int r = space.typeOf(args[start]);
            heap.incref(r);
            return r;
        }
        if (nargs != 3) throw space.typeError("type() takes 1 or 3 arguments");
        int name = args[start], bases = args[start + 1], ns = args[start + 2];
        if (!space.strSlots.check(name)) {
            throw space.typeError("type.__new__() argument 1 must be str, not " + space.typeName(space.typeOf(name)));
        }
        if (!space.tupleSlots.check(bases)) {
            throw space.typeError("type.__new__() argument 2 must be tuple, not " + space.typeName(space.typeOf(bases)));
        }
        if (!space.dictSlots.check(ns)) {
            throw space.typeError("type.__new__() argument 3 must be dict, not " + space.typeName(space.typeOf(ns)));
        }
        int module = space.intern("__module__");
        int globals = space.callerGlobals();
        int moduleName = globals == 0 ? 0 : space.dictSlots.get(globals, "__name__");
        if (space.dictSlots.get(ns, module) == 0 && moduleName != 0) {
            // CPython 3.11: type_new_set_module(): the calling frame's __name__
            int copy = space.dictSlots.copy(ns);
            try {
                space.dictSlots.put(copy, module, moduleName);
                return space.newClass(space.strSlots.toJava(name), bases, copy);
            } finally {
                heap.decref(copy);
            }
        }
        return space.newClass(space.strSlots.toJava(name), bases, ns);
    }

    @Override
    public boolean genericGetAttr(int h) {
        return false;
    }

    @Override
    public int getAttr(int h, int name) {
        String n = space.strSlots.toJava(name);
        switch (n) {
            case "__name__":
                return space.newStr(space.typeName(h));
            case "__qualname__":
                return space.newStr(space.typeQualname(h));
            case "__mro__":
                return space.newTupleCopy(space.typeMro(h));
            case "__bases__":
                heap.incref(space.typeBases(h));
                return space.typeBases(h);
            case "__base__": {
                int b = heap.getInt(h, ObjectSpace.TYPE_BASE);
                if (b == 0) return space.newNone();
                heap.incref(b);
                return b;
            }
            case "__dict__": {
                int copy = space.dictSlots.newDict();
                space.dictSlots.forEach(space.typeDict(h), (k, v) -> space.dictSlots.put(copy, k, v));
                return copy;
            }
            case "__class__":
                heap.incref(type);
                return type;
            case "__doc__": {
                // CPython 3.11: type_get_doc(): the type's own __doc__, not an inherited one
                int d = space.dictSlots.get(space.typeDict(h), name);
                if (d == 0) return space.newNone();
                return space.descriptorGet(d, 0, h);
            }
            case "__module__": {
                int m = space.dictSlots.get(space.typeDict(h), name);
                if (m != 0) {
                    heap.incref(m);
                    return m;
                }
                return space.newStr("builtins");
            }
            default:
                break;
        }
        int v = space.lookupType(h, name);
        if (v != 0) return space.descriptorGet(v, 0, h);
        v = space.lookupType(type, name); // methods of type itself, e.g. mro()
        if (v != 0) return space.descriptorGet(v, h, type);
        throw space.error(space.exceptions.attributeError, "type object '" + space.typeName(h)
                + "' has no attribute '" + n + "'");
    }

    @Override
    public void setAttr(int h, int name, int value) {
        String n = space.strSlots.toJava(name);
        if (!isHeapType(h)) {
            throw space.typeError("cannot set '" + n + "' attribute of immutable type '" + space.typeName(h) + "'");
        }
        if (n.equals("__name__") || n.equals("__qualname__")) {
            if (value == 0 || !space.strSlots.check(value)) {
                throw space.typeError("can only assign string to " + space.typeName(h) + "." + n
                        + ", not '" + space.typeName(space.typeOf(value == 0 ? space.none : value)) + "'");
            }
            int word = n.equals("__name__") ? ObjectSpace.TYPE_NAME : ObjectSpace.TYPE_QUALNAME;
            int old = heap.getInt(h, word);
            heap.incref(value);
            heap.setInt(h, word, value);
            heap.xdecref(old);
            return;
        }
        space.typeModified(h);
        if (value != 0) {
            space.dictSlots.put(space.typeDict(h), name, value);
        } else if (!space.dictSlots.remove(space.typeDict(h), name)) {
            throw space.error(space.exceptions.attributeError, "type object '" + space.typeName(h)
                    + "' has no attribute '" + n + "'");
        }
    }
}
