package dev.pyvm.objects;

/**
 * The methods of {@code object} and {@code property} that classes reach explicitly
 * ({@code object.__setattr__(self, …)}, {@code @x.setter}); the special methods are
 * {@link SlotWrappers}.
 */
final class ClassMethods {
    private ClassMethods() {}

    static void install(ObjectSpace space) {
        int object = space.objectSlots.type();
        space.defineMethod(object, "__setattr__", (self, args, start, nargs, kwnames) -> {
            if (nargs != 2) throw space.typeError("expected 2 arguments, got " + nargs);
            genericSetAttr(space, self, args[start], args[start + 1]);
            return space.newNone();
        });
        space.defineMethod(object, "__delattr__", (self, args, start, nargs, kwnames) -> {
            if (nargs != 1) throw space.typeError("expected 1 argument, got " + nargs);
            genericSetAttr(space, self, args[start], 0);
            return space.newNone();
        });
        space.defineMethod(object, "__getattribute__", (self, args, start, nargs, kwnames) -> {
            if (nargs != 1) throw space.typeError("expected 1 argument, got " + nargs);
            int name = args[start];
            if (!space.strSlots.check(name)) {
                throw space.typeError("attribute name must be string, not '" + space.typeName(space.typeOf(name)) + "'");
            }
            int key = space.intern(space.strSlots.toJava(name));
            return space.slotsOf(self) instanceof HeapType ht ? ht.objectGetAttribute(self, key) : space.getAttr(self, key);
        });
        // object.__init_subclass__(cls): a classmethod that accepts no keyword arguments
        int initSubclass = space.builtinFunctionSlots.newFunction(space.builtinFunctionSlots.define("__init_subclass__", 0,
                (self, args, start, nargs, kwnames) -> {
                    if (nargs > 1) {
                        throw space.typeError(space.typeName(args[start]) + ".__init_subclass__() takes no keyword arguments");
                    }
                    return space.newNone();
                }), 0);
        int classMethod = space.classMethodSlots.construct(space.classMethodSlots.type(), new int[] {initSubclass}, 0, 1, 0);
        space.heap.decref(initSubclass);
        space.setTypeAttr(object, "__init_subclass__", classMethod);
        space.heap.decref(classMethod);
        // type.mro(): the class's MRO as a list
        space.defineMethod(space.typeSlots.type(), "mro", (cls, args, start, nargs, kwnames) -> {
            TextArgs.none(space, "type.mro", nargs, kwnames);
            int mro = space.typeMro(cls);
            int list = space.listSlots.newList(space.tupleSlots.size(mro));
            for (int i = 0; i < space.tupleSlots.size(mro); i++) space.listSlots.append(list, space.tupleSlots.item(mro, i));
            return list;
        });
        // type.__call__(cls, *args, **kwargs): an instance of cls (CPython 3.11: type_call), what a
        // metaclass's own __call__ reaches by super()
        space.defineMethod(space.typeSlots.type(), "__call__", (cls, args, start, nargs, kwnames) ->
                space.slotsOfType(cls).construct(cls, args, start, nargs, kwnames));
        // type.__instancecheck__(cls, obj) and type.__subclasscheck__(cls, sub): isinstance and
        // issubclass without a metaclass's hook, what an overriding one reaches by super()
        space.defineMethod(space.typeSlots.type(), "__instancecheck__", (cls, args, start, nargs, kwnames) -> {
            TextArgs.checkPositional(space, "__instancecheck__", nargs, 1, 1);
            return space.newBool(space.isInstance(args[start], cls));
        });
        space.defineMethod(space.typeSlots.type(), "__subclasscheck__", (cls, args, start, nargs, kwnames) -> {
            TextArgs.checkPositional(space, "__subclasscheck__", nargs, 1, 1);
            int sub = args[start];
            if (!space.isSubtype(space.typeOf(sub), space.typeSlots.type())) throw space.typeError("issubclass() arg 1 must be a class");
            return space.newBool(space.isSubtype(sub, cls));
        });
        // type.__subclasses__(): the classes that name cls among their bases and are alive
        space.defineMethod(space.typeSlots.type(), "__subclasses__", (cls, args, start, nargs, kwnames) -> {
            TextArgs.none(space, "type.__subclasses__", nargs, kwnames);
            java.util.List<TypeSlots> subclasses = space.slotsOfType(cls).subclasses;
            int list = space.listSlots.newList(subclasses.size());
            for (TypeSlots s : subclasses) space.listSlots.append(list, s.type());
            return list;
        });
        // object.__subclasshook__(subclass): a classmethod that leaves the decision to issubclass
        int hook = space.builtinFunctionSlots.newFunction(space.builtinFunctionSlots.define("__subclasshook__", 0,
                (self, args, start, nargs, kwnames) -> space.notImplemented()), 0);
        int hookMethod = space.classMethodSlots.construct(space.classMethodSlots.type(), new int[] {hook}, 0, 1, 0);
        space.heap.decref(hook);
        space.setTypeAttr(object, "__subclasshook__", hookMethod);
        space.heap.decref(hookMethod);
        // __get__ of the built-in descriptors (functions, classmethod, staticmethod, property, member),
        // and __set__/__delete__ of the data ones: what hasattr(x, '__get__') and explicit calls see
        for (int t : new int[] {space.functionSlots.type(), space.classMethodSlots.type(), space.staticMethodSlots.type(),
                space.propertySlots.type(), space.memberSlots.type()}) {
            space.defineMethod(t, "__get__", (d, args, start, nargs, kwnames) -> {
                TextArgs.noKeywords(space, "__get__", kwnames);
                TextArgs.checkPositional(space, "__get__", nargs, 1, 2);
                int obj = args[start] == space.none ? 0 : args[start];
                int owner = nargs == 2 && args[start + 1] != space.none ? args[start + 1] : obj == 0 ? 0 : space.typeOf(obj);
                if (obj == 0 && owner == 0) throw space.typeError("__get__(None, None) is invalid");
                return space.descriptorGet(d, obj, owner);
            });
        }
        for (int t : new int[] {space.propertySlots.type(), space.memberSlots.type()}) {
            space.defineMethod(t, "__set__", (d, args, start, nargs, kwnames) -> {
                TextArgs.noKeywords(space, "__set__", kwnames);
                TextArgs.checkPositional(space, "__set__", nargs, 2, 2);
                space.descriptorSet(d, args[start], args[start + 1]);
                return space.newNone();
            });
            space.defineMethod(t, "__delete__", (d, args, start, nargs, kwnames) -> {
                TextArgs.noKeywords(space, "__delete__", kwnames);
                TextArgs.checkPositional(space, "__delete__", nargs, 1, 1);
                space.descriptorSet(d, args[start], 0);
                return space.newNone();
            });
        }
        // type.__prepare__(name, bases, **kwds): a classmethod, the namespace of a class body (a new dict)
        int prepare = space.builtinFunctionSlots.newFunction(space.builtinFunctionSlots.define("__prepare__", 0,
                (self, args, start, nargs, kwnames) -> space.dictSlots.newDict()), 0);
        int prepareMethod = space.classMethodSlots.construct(space.classMethodSlots.type(), new int[] {prepare}, 0, 1, 0);
        space.heap.decref(prepare);
        space.setTypeAttr(space.typeSlots.type(), "__prepare__", prepareMethod);
        space.heap.decref(prepareMethod);
        installMember(space);
        Descriptors.Property property = space.propertySlots;
        String[] accessors = {"getter", "setter", "deleter"};
        for (int i = 0; i < 3; i++) {
            int word = Descriptors.Property.FGET + i;
            space.defineMethod(property.type(), accessors[i], (self, args, start, nargs, kwnames) -> {
                if (nargs != 1) throw space.typeError(accessors[word - Descriptors.Property.FGET] + "() takes exactly one argument");
                return property.with(self, word, args[start]);
            });
        }
    }

    /** member_descriptor's __get__, __set__ and __delete__, as CPython's member_get / member_set. */
    static void installMember(ObjectSpace space) {
        Descriptors.Member member = space.memberSlots;
        space.defineMethod(member.type(), "__get__", (self, args, start, nargs, kwnames) -> {
            if (nargs < 1 || nargs > 2) throw space.typeError("expected 1 or 2 arguments, got " + nargs);
            int obj = args[start];
            if (obj == space.none) return space.newRef(self);
            return member.get(self, obj);
        });
        space.defineMethod(member.type(), "__set__", (self, args, start, nargs, kwnames) -> {
            if (nargs != 2) throw space.typeError(" expected 2 arguments, got " + nargs);
            member.set(self, args[start], args[start + 1]);
            return space.newNone();
        });
        space.defineMethod(member.type(), "__delete__", (self, args, start, nargs, kwnames) -> {
            if (nargs != 1) throw space.typeError("expected 1 argument, got " + nargs);
            member.set(self, args[start], 0);
            return space.newNone();
        });
    }

    private static void genericSetAttr(ObjectSpace space, int self, int name, int value) {
        if (!space.strSlots.check(name)) {
            throw space.typeError("attribute name must be string, not '" + space.typeName(space.typeOf(name)) + "'");
        }
        TypeSlots slots = space.slotsOf(self);
        if (slots instanceof HeapType ht) {
            ht.genericSetAttr(self, space.intern(space.strSlots.toJava(name)), value);
        } else {
            slots.setAttr(self, name, value);
        }
    }
}
