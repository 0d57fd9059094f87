package dev.pyvm.objects;

/**
 * The special methods of the built-in types as attributes: {@code int.__add__},
 * {@code dict.__setitem__}, {@code list.__init__}, {@code object.__eq__}, … Each is a slot
 * wrapper that calls its owner's {@link TypeSlots} directly, never the instance's class, so that
 * {@code super().__setitem__(k, v)} inside an override reaches the built-in behaviour. A class
 * that inherits a wrapper dispatches to the owner's slot without making a bound method (see
 * HeapType). {@code T.__new__} is a built-in method bound to T that checks its first argument is
 * a subtype and calls {@link TypeSlots#newSubtype} (CPython: tp_new_wrapper).
 * CPython 3.11: Objects/typeobject.c slotdefs.
 */
final class SlotWrappers {
    private static final String COMPARE = String.join(" ", Compare.DUNDERS);
    private static final String CONTAINER = "__len__ __contains__ __iter__";

    private final ObjectSpace space;

    private SlotWrappers(ObjectSpace space) {
        this.space = space;
    }

    static void install(ObjectSpace space) {
        new SlotWrappers(space).installAll();
    }

    /** Defines {@code T.__new__} for a built-in type added after start-up (a module's). */
    static void installNew(ObjectSpace space, TypeSlots owner) {
        new SlotWrappers(space).defineNew(owner);
    }

    private void installAll() {
        SequenceTypes seq = space.sequences;
        String intOps = binary("add sub mul truediv floordiv mod pow lshift rshift and or xor", true, false);
        String floatOps = binary("add sub mul truediv floordiv mod pow", true, false);
        String setOps = binary("and or xor sub", true, false);
        wrap(space.objectSlots, "__repr__ __str__ __hash__ __init__ " + COMPARE);
        wrap(space.intSlots, "__repr__ __hash__ __bool__ __neg__ __pos__ __abs__ __invert__ " + COMPARE + " " + intOps);
        wrap(space.boolSlots, "__repr__ " + binary("and or xor", true, false));
        wrap(space.floatSlots, "__repr__ __hash__ __bool__ __neg__ __pos__ __abs__ " + COMPARE + " " + floatOps);
        wrap(space.strSlots, "__repr__ __str__ __hash__ __getitem__ __add__ __mul__ __rmul__ __mod__ __rmod__ "
                + CONTAINER + " " + COMPARE);
        wrap(space.bytesSlots, "__repr__ __str__ __hash__ __getitem__ __add__ __mul__ __rmul__ __mod__ __rmod__ "
                + CONTAINER + " " + COMPARE);
        wrap(space.tupleSlots, "__repr__ __hash__ __getitem__ __add__ __mul__ __rmul__ " + CONTAINER + " " + COMPARE);
        wrap(space.listSlots, "__repr__ __getitem__ __setitem__ __delitem__ __add__ __mul__ __rmul__ __iadd__ __imul__ "
                + "__init__ " + CONTAINER + " " + COMPARE);
        wrap(space.dictSlots, "__repr__ __getitem__ __setitem__ __delitem__ __init__ " + binary("or", true, true) + " "
                + CONTAINER + " " + COMPARE);
        wrap(seq.set, "__repr__ __init__ " + CONTAINER + " " + COMPARE + " " + binary("and or xor sub", true, true));
        wrap(seq.frozenset, "__repr__ __hash__ " + CONTAINER + " " + COMPARE + " " + setOps);
        wrap(space.slotsOfType(space.exceptions.baseException), "__repr__ __str__ __init__");
        wrap(space.slotsOfType(space.exceptions.keyError), "__str__");
        wrap(space.slotsOfType(space.exceptions.importError), "__init__ __str__");
        wrap(seq.range, "__repr__ __hash__ __bool__ __getitem__ " + CONTAINER + " " + COMPARE);
        wrap(space.typeSlots, "__repr__ __init__");
        wrap(seq.dictKeys, "__repr__ " + CONTAINER + " " + COMPARE);
        wrap(seq.dictItems, "__repr__ " + CONTAINER + " " + COMPARE);
        wrap(seq.dictValues, "__repr__ " + CONTAINER);
        // the set-like views compare by value, so they are unhashable (dict_values is not set-like)
        for (TypeSlots unhashable : new TypeSlots[] {space.listSlots, space.dictSlots, seq.set, seq.dictKeys, seq.dictItems}) {
            space.setTypeAttr(unhashable.type(), "__hash__", space.none);
        }
        for (int i = 0; i < space.typeCount(); i++) wrapIterator(space.typeSlotsAt(i));
        for (TypeSlots base : new TypeSlots[] {space.objectSlots, space.intSlots, space.floatSlots, space.strSlots,
                space.bytesSlots,
                space.tupleSlots, space.listSlots, space.dictSlots, seq.set, seq.frozenset,
                space.slotsOfType(space.exceptions.baseException), space.typeSlots}) {
            defineNew(base);
        }
    }

    /** The dunder names of binary operators: {@code __add__}, with {@code __radd__} and {@code __iadd__} as asked. */
    private static String binary(String stems, boolean reflected, boolean inplace) {
        StringBuilder b = new StringBuilder();
        for (String stem : stems.split(" ")) {
            b.append(" __").append(stem).append("__");
            if (reflected) b.append(" __r").append(stem).append("__");
            if (inplace) b.append(" __i").append(stem).append("__");
        }
        return b.toString().trim();
    }

    /**
     * Gives a built-in iterator type (one whose {@link TypeSlots#next} is its own) the slot wrappers
     * {@code __next__} and, when it defines {@link TypeSlots#iter}, {@code __iter__}, unless it has
     * them already. Classes (HeapType) define theirs in Python.
     */
    static void installIterator(ObjectSpace space, TypeSlots owner) {
        new SlotWrappers(space).wrapIterator(owner);
    }

    private void wrapIterator(TypeSlots owner) {
        if (owner == null || owner instanceof HeapType || !overrides(owner, "next")) return;
        wrap(owner, overrides(owner, "iter") ? "__iter__ __next__" : "__next__");
    }

    private static boolean overrides(TypeSlots owner, String method) {
        try {
            return owner.getClass().getMethod(method, int.class).getDeclaringClass() != TypeSlots.class;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    /** The slot wrappers {@code names} and {@code __new__} of a type defined after start-up (a module's). */
    static void installFor(ObjectSpace space, TypeSlots owner, String names) {
        SlotWrappers w = new SlotWrappers(space);
        w.wrap(owner, names);
        w.defineNew(owner);
    }

    /** Puts a slot wrapper for each name into the owner's dict, unless the type already has that attribute. */
    private void wrap(TypeSlots owner, String names) {
        int dict = space.typeDict(owner.type());
        for (String name : names.split(" ")) {
            if (space.dictSlots.get(dict, name) != 0) continue; // a method of its own (set.__contains__)
            int index = space.builtinFunctionSlots.defineSlot(name, owner.type(), body(owner, name));
            int f = space.builtinFunctionSlots.newFunction(index, 0);
            space.dictSlots.put(dict, space.intern(name), f);
            space.heap.decref(f);
        }
    }

    private BuiltinCode body(TypeSlots owner, String name) {
        for (int op = 0; op < Compare.DUNDERS.length; op++) {
            if (name.equals(Compare.DUNDERS[op])) {
                int cmp = op;
                return (self, args, start, nargs, kw) -> owner.richCompare(self, oneArg(name, args, start, nargs, kw), cmp);
            }
        }
        for (int op = 0; op < NumberOps.UNARY_DUNDERS.length; op++) {
            if (name.equals(NumberOps.UNARY_DUNDERS[op])) {
                int unary = op;
                return (self, args, start, nargs, kw) -> {
                    noArgs(name, nargs, kw);
                    return owner.unaryOp(self, unary);
                };
            }
        }
        for (int op = 0; op < NumberOps.DUNDER_STEMS.length; op++) {
            String stem = NumberOps.DUNDER_STEMS[op];
            int bin = op;
            if (name.equals("__" + stem + "__")) {
                return (self, args, start, nargs, kw) -> owner.binaryOp(self, oneArg(name, args, start, nargs, kw), bin);
            }
            if (name.equals("__r" + stem + "__")) {
                return (self, args, start, nargs, kw) -> owner.binaryOp(oneArg(name, args, start, nargs, kw), self, bin);
            }
            if (name.equals("__i" + stem + "__")) {
                return (self, args, start, nargs, kw) -> {
                    int r = owner.inplaceOp(self, oneArg(name, args, start, nargs, kw), bin);
                    return r != 0 ? r : space.notImplemented();
                };
            }
        }
        return switch (name) {
            case "__repr__" -> (self, args, start, nargs, kw) -> {
                noArgs(name, nargs, kw);
                return owner.repr(self);
            };
            case "__str__" -> (self, args, start, nargs, kw) -> {
                noArgs(name, nargs, kw);
                return owner.str(self);
            };
            case "__hash__" -> (self, args, start, nargs, kw) -> {
                noArgs(name, nargs, kw);
                return space.newInt(owner.hash(self));
            };
            case "__bool__" -> (self, args, start, nargs, kw) -> {
                noArgs(name, nargs, kw);
                return space.newBool(owner.isTrue(self));
            };
            case "__len__" -> (self, args, start, nargs, kw) -> {
                noArgs(name, nargs, kw);
                return space.newInt(owner.length(self));
            };
            case "__iter__" -> (self, args, start, nargs, kw) -> {
                noArgs(name, nargs, kw);
                return owner.iter(self);
            };
            case "__next__" -> (self, args, start, nargs, kw) -> {
                noArgs(name, nargs, kw);
                int r = owner.next(self);
                if (r == 0) throw new PyException(space.exceptions.newException(space.exceptions.stopIteration, space.newTuple()));
                return r;
            };
            case "__contains__" -> (self, args, start, nargs, kw) ->
                    space.newBool(owner.contains(self, oneArg(name, args, start, nargs, kw)));
            case "__getitem__" -> (self, args, start, nargs, kw) -> owner.getItem(self, oneArg(name, args, start, nargs, kw));
            case "__delitem__" -> (self, args, start, nargs, kw) -> {
                owner.setItem(self, oneArg(name, args, start, nargs, kw), 0);
                return space.newNone();
            };
            case "__setitem__" -> (self, args, start, nargs, kw) -> {
                noKeywords(name, kw);
                if (nargs != 2) throw space.typeError(" expected 2 arguments, got " + nargs); // PyArg_UnpackTuple(args, "", …)
                owner.setItem(self, args[start], args[start + 1]);
                return space.newNone();
            };
            case "__call__" -> (self, args, start, nargs, kw) -> owner.call(self, args, start, nargs, kw);
            case "__init__" -> (self, args, start, nargs, kw) -> {
                owner.init(self, args, start, nargs, kw);
                return space.newNone();
            };
            default -> throw new IllegalArgumentException("no slot wrapper " + name);
        };
    }

    /** {@code T.__new__(cls, *args)}: a built-in method bound to T. CPython 3.11: tp_new_wrapper(). */
    private void defineNew(TypeSlots owner) {
        String typeName = owner.name();
        int index = space.builtinFunctionSlots.defineSlot("__new__", owner.type(), (self, args, start, nargs, kw) -> {
            int positional = nargs - (kw == 0 ? 0 : space.tupleSlots.size(kw));
            if (positional < 1) throw space.typeError(typeName + ".__new__(): not enough arguments");
            int cls = args[start];
            if (!space.isSubtype(space.typeOf(cls), space.typeSlots.type())) {
                throw space.typeError(typeName + ".__new__(X): X is not a type object ("
                        + space.typeName(space.typeOf(cls)) + ")");
            }
            if (!space.isSubtype(cls, owner.type())) {
                throw space.typeError(typeName + ".__new__(" + space.typeName(cls) + "): " + space.typeName(cls)
                        + " is not a subtype of " + typeName);
            }
            TypeSlots solid = space.solidBase(cls);
            if (solid != owner && !(solid instanceof Exceptions.ExceptionType && owner instanceof Exceptions.ExceptionType)) {
                throw space.typeError(typeName + ".__new__(" + space.typeName(cls) + ") is not safe, use "
                        + solid.name() + ".__new__()");
            }
            return owner.newSubtype(cls, args, start + 1, nargs - 1, kw);
        });
        int f = space.builtinFunctionSlots.newFunction(index, owner.type());
        space.setTypeAttr(owner.type(), "__new__", f);
        space.heap.decref(f);
    }

    private void noArgs(String name, int nargs, int kw) {
        noKeywords(name, kw);
        if (nargs != 0) throw space.typeError("expected 0 arguments, got " + nargs);
    }

    private int oneArg(String name, int[] args, int start, int nargs, int kw) {
        noKeywords(name, kw);
        if (nargs != 1) throw space.typeError("expected 1 argument, got " + nargs);
        return args[start];
    }

    private void noKeywords(String name, int kw) {
        if (kw != 0 && space.tupleSlots.size(kw) > 0) throw space.typeError("wrapper " + name + "() takes no keyword arguments");
    }
}
