package dev.pyvm.objects;

/**
 * The methods of {@code object}, {@code BaseException} and {@code property} that classes reach
 * explicitly ({@code super().__init__(…)}, {@code object.__setattr__(self, …)},
 * {@code @x.setter}).
 */
final class ClassMethods {
    private ClassMethods() {}

    static void install(ObjectSpace space) {
        int object = space.objectSlots.type();
        space.defineMethod(object, "__init__", (self, args, start, nargs, kwnames) -> {
            if (nargs > 0) {
                int t = space.typeOf(self);
                int newKey = space.intern("__new__"), initKey = space.intern("__init__");
                boolean customNew = space.lookupType(t, newKey) != space.lookupType(object, newKey);
                boolean customInit = space.lookupType(t, initKey) != space.lookupType(object, initKey);
                if (!customNew || customInit) {
                    throw space.typeError("object.__init__() takes exactly one argument (the instance to initialize)");
                }
            }
            return space.newNone();
        });
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
        space.defineMethod(object, "__repr__", (self, args, start, nargs, kwnames) ->
                space.newStr("<" + space.qualifiedName(space.typeOf(self)) + " object at 0x"
                        + Long.toHexString(space.heap.address(self)) + ">"));
        space.defineMethod(object, "__str__", (self, args, start, nargs, kwnames) -> space.slotsOf(self).repr(self));
        // object.__new__(cls): a staticmethod in CPython; here a method of type objects' namespace
        int newIndex = space.builtinFunctionSlots.define("__new__", 0, (self, args, start, nargs, kwnames) -> {
            if (nargs < 1) throw space.typeError("object.__new__(): not enough arguments");
            int cls = args[start];
            TypeSlots slots = space.slotsOfType(cls);
            if (!(slots instanceof HeapType ht)) {
                if (cls == space.objectSlots.type()) return space.heap.newObject(2 * dev.pyvm.memory.Heap.WORD, cls);
                throw space.typeError("object.__new__(" + space.typeName(cls) + ") is not safe");
            }
            return ht.newInstance(cls);
        });
        int newFunction = space.builtinFunctionSlots.newFunction(newIndex, 0);
        int staticNew = space.staticMethodSlots.construct(space.staticMethodSlots.type(), new int[] {newFunction}, 0, 1, 0);
        space.heap.decref(newFunction);
        space.setTypeAttr(object, "__new__", staticNew);
        space.heap.decref(staticNew);

        Exceptions exceptions = space.exceptions;
        space.defineMethod(exceptions.baseException, "__init__", (self, args, start, nargs, kwnames) -> {
            exceptions.baseInit(self, args, start, nargs, kwnames);
            return space.newNone();
        });
        space.defineMethod(exceptions.baseException, "__str__", (self, args, start, nargs, kwnames) ->
                exceptions.baseStr(self));
        space.defineMethod(exceptions.baseException, "__repr__", (self, args, start, nargs, kwnames) ->
                exceptions.baseRepr(self));
        space.defineMethod(exceptions.keyError, "__str__", (self, args, start, nargs, kwnames) ->
                exceptions.keyErrorStr(self));
        space.defineMethod(exceptions.importError, "__init__", (self, args, start, nargs, kwnames) -> {
            exceptions.importInit(self, args, start, nargs, kwnames);
            return space.newNone();
        });
        space.defineMethod(exceptions.importError, "__str__", (self, args, start, nargs, kwnames) ->
                exceptions.importErrorStr(self));

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
