package dev.pyvm.objects;

/**
 * What {@code type.__new__} does around making a class: {@code __init_subclass__} becomes a class
 * method, the attributes' {@code __set_name__} run, then the parent's {@code __init_subclass__}
 * gets the class keyword arguments. CPython 3.11: Objects/typeobject.c type_new_impl().
 */
public final class ClassCreation {
    private ClassCreation() {}

    /**
     * Defines {@code object.__init_subclass__}, the class method that accepts no arguments, and
     * {@code type.mro()}, the list of the class's MRO.
     */
    static void install(ObjectSpace space) {
        space.defineMethod(space.typeSlots.type(), "mro", (cls, args, start, nargs, kwnames) -> {
            TextArgs.none(space, "type.mro", nargs, kwnames);
            int mro = space.typeMro(cls);
            int list = space.listSlots.newList(space.tupleSlots.size(mro));
            for (int i = 0; i < space.tupleSlots.size(mro); i++) space.listSlots.append(list, space.tupleSlots.item(mro, i));
            return list;
        });
        int code = space.builtinFunctionSlots.define("__init_subclass__", space.objectSlots.type(),
                (cls, args, start, nargs, kwnames) -> {
                    if (nargs > 0) throw space.typeError(space.typeName(cls) + ".__init_subclass__() takes no keyword arguments");
                    return space.newNone();
                });
        int f = space.builtinFunctionSlots.newFunction(code, 0);
        int[] arg = {f};
        int cm = space.classMethodSlots.construct(space.classMethodSlots.type(), arg, 0, 1, 0);
        space.heap.decref(f);
        space.setTypeAttr(space.objectSlots.type(), "__init_subclass__", cm);
        space.heap.decref(cm);
    }

    /**
     * A new class; {@code nkw} keyword arguments (values {@code args[kwStart...]}, names in the
     * tuple {@code kwnames}, 0 when none) go to {@code __init_subclass__}.
     */
    public static int newClass(ObjectSpace space, String name, int bases, int namespace, int[] args, int kwStart,
            int kwnames) {
        for (String implicit : new String[] {"__init_subclass__", "__class_getitem__"}) {
            int f = space.dictSlots.get(namespace, implicit);
            if (f != 0 && space.typeOf(f) == space.functionSlots.type()) {
                int[] arg = {f};
                int cm = space.classMethodSlots.construct(space.classMethodSlots.type(), arg, 0, 1, 0);
                space.dictSlots.put(namespace, space.intern(implicit), cm);
                space.heap.decref(cm);
            }
        }
        int cls = space.newClass(name, bases, namespace);
        try {
            setNames(space, cls);
            initSubclass(space, cls, args, kwStart, kwnames);
        } catch (RuntimeException e) {
            space.heap.decref(cls);
            throw e;
        }
        return cls;
    }

    // CPython 3.11: type_new_set_names(), over a copy of the class dict
    private static void setNames(ObjectSpace space, int cls) {
        int dict = space.typeDict(cls);
        int n = space.dictSlots.size(dict);
        int[] keys = new int[n], values = new int[n];
        int[] i = {0};
        space.dictSlots.forEach(dict, (k, v) -> {
            space.heap.incref(k);
            space.heap.incref(v);
            keys[i[0]] = k;
            values[i[0]++] = v;
        });
        try {
            int setName = space.intern("__set_name__");
            for (int j = 0; j < n; j++) {
                int t = space.typeOf(values[j]);
                if (t == space.propertySlots.type()) continue; // named by newClass
                int method = space.lookupType(t, setName);
                if (method != 0) space.heap.decref(space.callMethod(method, values[j], cls, keys[j]));
            }
        } finally {
            for (int j = 0; j < n; j++) {
                space.heap.decref(keys[j]);
                space.heap.decref(values[j]);
            }
        }
    }

    // CPython 3.11: type_new_init_subclass(): super(cls, cls).__init_subclass__(**kwargs)
    private static void initSubclass(ObjectSpace space, int cls, int[] args, int kwStart, int kwnames) {
        int mro = space.typeMro(cls);
        int name = space.intern("__init_subclass__");
        for (int i = 1; i < space.tupleSlots.size(mro); i++) {
            int d = space.dictSlots.get(space.typeDict(space.tupleSlots.item(mro, i)), name);
            if (d == 0) continue;
            int bound = space.descriptorGet(d, cls, cls);
            try {
                int nkw = kwnames == 0 ? 0 : space.tupleSlots.size(kwnames);
                space.heap.decref(space.call(bound, args, kwStart, nkw, nkw == 0 ? 0 : kwnames));
            } finally {
                space.heap.decref(bound);
            }
            return;
        }
    }
}
