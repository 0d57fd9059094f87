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
