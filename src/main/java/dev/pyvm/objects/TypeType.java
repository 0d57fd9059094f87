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
    public int weaklistWord(int h) {
        return ObjectSpace.TYPE_WEAKLIST;
    }

    @Override
    public void dealloc(int h) {
        if (!isHeapType(h)) throw new IllegalStateException("type " + space.typeName(h) + " is immortal");
        if (heap.getInt(h, ObjectSpace.TYPE_WEAKLIST) != 0) space.clearWeakrefs(h, ObjectSpace.TYPE_WEAKLIST);
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

    /** {@code type(x)} or {@code type(name, bases, namespace, **kwds)}. */
    @Override
    public int construct(int t, int[] args, int start, int nargs, int kwnames) {
        if (nargs == 1 && kwnames == 0) {
            int r = space.typeOf(args[start]);
            heap.incref(r);
            return r;
        }
        int npos = nargs - (kwnames == 0 ? 0 : space.tupleSlots.size(kwnames));
        if (npos != 3) throw space.typeError("type() takes 1 or 3 arguments");
        int cls = newSubtype(t, args, start, nargs, kwnames);
        int meta = space.typeOf(cls);
        if (meta == type || !space.isSubtype(meta, type)) return cls;
        // CPython 3.11: type_call(): a class the bases' metaclass made is initialized by it
        int init = space.lookupType(meta, space.ids.__init__);
        if (space.builtinFunctionSlots.slotOwner(init) == this) return cls;
        try {
            heap.decref(space.callMethodVector(init, cls, args, start, nargs, kwnames));
        } catch (RuntimeException e) {
            heap.decref(cls);
            throw e;
        }
        return cls;
    }

    /**
     * {@code type.__new__(meta, name, bases, namespace, **kwds)}: a class whose type is the most
     * derived of meta and its bases' metaclasses; the keywords go to {@code __init_subclass__}.
     * CPython 3.11: type_new().
     */
    @Override
    public int newSubtype(int meta, int[] args, int start, int nargs, int kwnames) {
        int nkw = kwnames == 0 ? 0 : space.tupleSlots.size(kwnames);
        int npos = nargs - nkw;
        if (npos != 3) throw space.typeError("type.__new__() takes exactly 3 arguments (" + npos + " given)");
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
        int winner = space.calculateMetaclass(meta, bases);
        if (winner != meta) {
            // type_new_get_bases(): a more derived metaclass with a __new__ of its own makes the class
            int winnerNew = space.lookupType(winner, space.ids.__new__);
            if (space.builtinFunctionSlots.newOwner(winnerNew) != this) {
                int fn = space.typeOf(winnerNew) == space.staticMethodSlots.type()
                        ? space.staticMethodSlots.function(winnerNew) : winnerNew;
                int[] withMeta = new int[nargs + 1];
                withMeta[0] = winner;
                System.arraycopy(args, start, withMeta, 1, nargs);
                return space.call(fn, withMeta, 0, nargs + 1, kwnames);
            }
        }
        int module = space.intern("__module__");
        int globals = space.callerGlobals();
        int moduleName = globals == 0 ? 0 : space.dictSlots.get(globals, "__name__");
        boolean setModule = space.dictSlots.get(ns, module) == 0 && moduleName != 0;
        // CPython 3.11: type_new_set_module(): the calling frame's __name__
        int namespace = setModule ? space.dictSlots.copy(ns) : ns;
        try {
            if (setModule) space.dictSlots.put(namespace, module, moduleName);
            return space.newClass(winner, space.strSlots.toJava(name), bases, namespace, args, start + npos, nkw, kwnames);
        } finally {
            if (setModule) heap.decref(namespace);
        }
    }

    /** {@code type.__init__(cls, name, bases, namespace, **kwds)}: checks the arguments only. CPython 3.11: type_init(). */
    @Override
    public void init(int h, int[] args, int start, int nargs, int kwnames) {
        int nkw = kwnames == 0 ? 0 : space.tupleSlots.size(kwnames);
        int npos = nargs - nkw;
        if (npos == 1 && nkw != 0) throw space.typeError("type.__init__() takes no keyword arguments");
        if (npos != 1 && npos != 3) throw space.typeError("type.__init__() takes 1 or 3 arguments");
    }

    /** Classes may derive from type: their instances are classes (metaclasses). */
    @Override
    public boolean acceptableBase() {
        return true;
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
                heap.incref(space.typeOf(h));
                return space.typeOf(h);
            case "__doc__": {
                // CPython 3.11: type_get_doc(): the type's own __doc__, not an inherited one
                int d = space.dictSlots.get(space.typeDict(h), name);
                if (d == 0) return space.newNone();
                return space.descriptorGet(d, 0, h);
            }
            case "__abstractmethods__": {
                // CPython 3.11: type_abstractmethods(): only what was set on the class itself
                int m = h == type ? 0 : space.dictSlots.get(space.typeDict(h), name);
                if (m == 0) throw space.error(space.exceptions.attributeError, "__abstractmethods__");
                heap.incref(m);
                return m;
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
        // CPython 3.11: type_getattro(): the metaclass's data descriptors, the class's MRO, then the
        // metaclass's other attributes (type's own methods, e.g. mro())
        // (type's own data descriptors are the names above)
        int meta = space.typeOf(h);
        int metaAttr = meta == type ? 0 : space.lookupType(meta, name);
        if (metaAttr != 0 && space.isDataDescriptor(metaAttr)) return space.descriptorGet(metaAttr, h, meta);
        int v = space.lookupType(h, name);
        if (v != 0) return space.descriptorGet(v, 0, h);
        if (meta == type) metaAttr = space.lookupType(type, name);
        if (metaAttr != 0) return space.descriptorGet(metaAttr, h, meta);
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
        if (n.equals("__abstractmethods__")) {
            // CPython 3.11: type_set_abstractmethods(): the value, and whether instances may be made
            boolean isAbstract = value != 0 && space.isTrue(value);
            if (value == 0 && space.dictSlots.get(space.typeDict(h), name) == 0) {
                throw space.error(space.exceptions.attributeError, "__abstractmethods__");
            }
            space.typeModified(h);
            if (value != 0) space.dictSlots.put(space.typeDict(h), name, value);
            else space.dictSlots.remove(space.typeDict(h), name);
            ((HeapType) space.slotsOfType(h)).setAbstract(isAbstract);
            return;
        }
        int meta = space.typeOf(h);
        if (meta != type) {
            // a data descriptor of the metaclass (a property) comes first, as for any object
            int descr = space.lookupType(meta, name);
            if (descr != 0 && space.isDataDescriptor(descr)) {
                space.descriptorSet(descr, h, value);
                return;
            }
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
