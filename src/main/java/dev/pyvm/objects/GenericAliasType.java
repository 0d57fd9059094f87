package dev.pyvm.objects;

import dev.pyvm.gc.GcHeader;
import dev.pyvm.memory.Heap;

/**
 * {@code types.GenericAlias}: a parameterized type such as {@code list[int]}, what
 * {@code __class_getitem__} of the built-in containers (and {@code type[X]}) makes.
 * <pre>
 *   [refcnt | type | gc_next | gc_prev | ORIGIN | ARGS]
 * </pre>
 * ARGS is a tuple. pyvm has no type variables, so {@code __parameters__} is always empty.
 * Other attributes are the origin's ({@code list[int].__name__} is {@code 'list'}); calling the
 * alias calls the origin. CPython 3.11: Objects/genericaliasobject.c.
 */
public final class GenericAliasType extends TypeSlots {
    static final int ORIGIN = GcHeader.CONTAINER_HEADER_WORDS;
    static final int ARGS = ORIGIN + 1;
    static final int WORDS = ARGS + 1;

    GenericAliasType(ObjectSpace space) {
        super(space);
    }

    @Override
    public String name() {
        return "GenericAlias";
    }

    @Override
    public boolean isContainer() {
        return true;
    }

    public boolean check(int h) {
        return space.typeOf(h) == type;
    }

    /** Sets {@code __module__} to {@code types}, and gives the built-in generic containers their {@code __class_getitem__}. */
    void install() {
        space.setTypeModule(type, "types");
        // CPython 3.11: ga_mro_entries(): class C(list[int]) has the base list
        space.defineMethod(type, "__mro_entries__", (self, args, start, nargs, kwnames) -> {
            ArgParser.noKeywords(space, "__mro_entries__", kwnames);
            if (nargs != 1) throw space.typeError("__mro_entries__() takes exactly one argument (" + nargs + " given)");
            heap.incref(origin(self));
            return space.newTuple(origin(self));
        });
        int index = space.builtinFunctionSlots.define("__class_getitem__", 0, (self, args, start, nargs, kwnames) -> {
            ArgParser.noKeywords(space, "__class_getitem__", kwnames);
            if (nargs != 2) {
                throw space.typeError(space.typeName(args[start]) + ".__class_getitem__() takes exactly one argument ("
                        + (nargs - 1) + " given)");
            }
            return newAlias(args[start], args[start + 1]);
        });
        int f = space.builtinFunctionSlots.newFunction(index, 0);
        int classMethod = space.classMethodSlots.construct(space.classMethodSlots.type(), new int[] {f}, 0, 1, 0);
        heap.decref(f);
        for (TypeSlots t : new TypeSlots[] {space.listSlots, space.dictSlots, space.tupleSlots, space.sequences.set,
                space.sequences.frozenset, space.iterators.enumerate}) {
            space.setTypeAttr(t.type(), "__class_getitem__", classMethod);
        }
        heap.decref(classMethod);
    }

    // CPython 3.11: Objects/genericaliasobject.c Py_GenericAlias()
    /** A new {@code origin[key]}: a tuple key gives the arguments, any other key is the one argument (both borrowed). */
    public int newAlias(int origin, int key) {
        int args;
        if (space.tupleSlots.check(key) && space.typeOf(key) == space.tupleSlots.type()) {
            heap.incref(key);
            args = key;
        } else {
            heap.incref(key);
            args = space.newTuple(key);
        }
        int h = heap.newObject(WORDS * Heap.WORD, type);
        heap.setInt(h, GcHeader.GC_NEXT, 0);
        heap.setInt(h, GcHeader.GC_PREV, 0);
        heap.incref(origin);
        heap.setInt(h, ORIGIN, origin);
        heap.setInt(h, ARGS, args);
        space.track(h);
        return h;
    }

    /** {@code __origin__} (borrowed). */
    int origin(int h) {
        return heap.getInt(h, ORIGIN);
    }

    /** {@code __args__} (borrowed). */
    int args(int h) {
        return heap.getInt(h, ARGS);
    }

    @Override
    public void dealloc(int h) {
        heap.decref(heap.getInt(h, ORIGIN));
        heap.decref(heap.getInt(h, ARGS));
        heap.free(h);
    }

    @Override
    public void traverse(int h, java.util.function.IntConsumer visit) {
        visit.accept(heap.getInt(h, ORIGIN));
        visit.accept(heap.getInt(h, ARGS));
    }

    // CPython 3.11: ga_repr()
    @Override
    public int repr(int h) {
        StringBuilder b = new StringBuilder();
        reprItem(space, origin(h), b);
        b.append('[');
        int args = args(h);
        int n = space.tupleSlots.size(args);
        if (n == 0) b.append("()");
        for (int i = 0; i < n; i++) {
            if (i > 0) b.append(", ");
            int arg = space.tupleSlots.item(args, i);
            if (space.listSlots.check(arg)) {
                // Callable[[int, str], bool]'s kind: a list of items, each written as an item
                b.append('[');
                for (int j = 0; j < space.listSlots.size(arg); j++) {
                    if (j > 0) b.append(", ");
                    reprItem(space, space.listSlots.item(arg, j), b);
                }
                b.append(']');
            } else {
                reprItem(space, arg, b);
            }
        }
        return space.newStr(b.append(']').toString());
    }

    // CPython 3.11: ga_repr_item(), which union_repr shares
    /**
     * Writes one item of a type hint: {@code ...} for Ellipsis, an alias or union as its repr, a
     * class by its (module-)qualified name, {@code None} for NoneType, anything else by repr.
     */
    static void reprItem(ObjectSpace space, int item, StringBuilder b) {
        if (item == space.ellipsis) {
            b.append("...");
        } else if (item == space.noneSlots.type()) {
            b.append("None");
        } else if (space.typeOf(item) == space.genericAliasSlots.type || space.typeOf(item) == space.unionSlots.type) {
            b.append(space.repr(item));
        } else if (space.isSubtype(space.typeOf(item), space.typeSlots.type())) {
            b.append(space.qualifiedName(item));
        } else {
            b.append(space.repr(item));
        }
    }

    @Override
    public int getAttr(int h, int name) {
        switch (space.strSlots.toJava(name)) {
            case "__origin__" -> {
                heap.incref(origin(h));
                return origin(h);
            }
            case "__args__" -> {
                heap.incref(args(h));
                return args(h);
            }
            case "__parameters__" -> {
                return space.newTuple();
            }
            case "__unpacked__" -> {
                return space.newBool(false);
            }
            case "__class__" -> {
                heap.incref(type);
                return type;
            }
            default -> {
                // CPython 3.11: ga_getattro(): the names of the alias itself, the rest the origin's
                if (space.lookupType(type, name) != 0) return super.getAttr(h, name);
                return space.getAttr(origin(h), name);
            }
        }
    }

    // CPython 3.11: ga_richcompare()
    @Override
    public int richCompare(int a, int b, int op) {
        if (!check(b) || (op != Compare.EQ && op != Compare.NE)) return space.notImplemented();
        boolean eq = space.eq(origin(a), origin(b)) && space.eq(args(a), args(b));
        return space.newBool(eq == (op == Compare.EQ));
    }

    // CPython 3.11: ga_hash()
    @Override
    public long hash(int h) {
        long x = space.hash(origin(h)) ^ space.hash(args(h));
        return x == -1 ? -2 : x;
    }

    @Override
    public int binaryOp(int a, int b, int op) {
        return space.unionSlots.or(a, b, op);
    }

    // CPython 3.11: ga_call(): the origin's instance, told its alias when it takes attributes
    @Override
    public int call(int h, int[] args, int start, int nargs, int kwnames) {
        int obj = space.call(origin(h), args, start, nargs, kwnames);
        try {
            space.setAttr(obj, space.intern("__orig_class__"), h);
        } catch (PyException e) {
            if (!space.exceptions.matches(e.exception(), space.exceptions.attributeError)
                    && !space.exceptions.matches(e.exception(), space.exceptions.typeError)) {
                heap.decref(obj);
                throw e;
            }
            heap.decref(e.exception());
        }
        return obj;
    }

    @Override
    public boolean isCallable(int h) {
        return true;
    }

    // CPython 3.11: ga_getitem(): with no type variables there is nothing to substitute
    @Override
    public int getItem(int h, int key) {
        throw space.typeError(space.repr(h) + " is not a generic class");
    }

    // CPython 3.11: ga_new()
    @Override
    public int construct(int t, int[] args, int start, int nargs, int kwnames) {
        ArgParser.noKeywords(space, "GenericAlias", kwnames);
        ArgParser.positional(space, "GenericAlias", "GenericAlias", nargs, kwnames, 2, 2);
        return newAlias(args[start], args[start + 1]);
    }
}
