package dev.pyvm.objects;

import dev.pyvm.memory.Heap;
import dev.pyvm.memory.OutOfHeapError;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code builtin_function_or_method}: a function whose body is Java. The object holds its
 * {@code __self__} (the module, or the object a method is bound to); the Java body and name are
 * metadata, indexed by the CODE word.
 * <pre>
 *   [refcnt | type | gc_next | gc_prev | CODE | SELF]
 * </pre>
 */
public final class BuiltinFunctionType extends TypeSlots {
    static final int CODE = dev.pyvm.gc.GcHeader.CONTAINER_HEADER_WORDS;
    static final int SELF = CODE + 1;
    /** The head of the function's weak references (not a reference it owns). */
    static final int WEAKLIST = SELF + 1;
    static final int WORDS = WEAKLIST + 1;

    /**
     * A built-in's Java side: its name, body, and for a method of a type the type whose instances
     * it takes as {@code self} (0 for a function). A slot wrapper is such a method that calls one
     * of the owner's {@link TypeSlots} directly (CPython's wrapper_descriptor, {@code int.__add__}).
     */
    public record Builtin(String name, int ownerType, BuiltinCode code, boolean slot) {}

    private final List<Builtin> builtins = new ArrayList<>();

    BuiltinFunctionType(ObjectSpace space) {
        super(space);
    }

    @Override
    public String name() {
        return "builtin_function_or_method";
    }

    @Override
    public boolean isContainer() {
        return true;
    }

    /** Registers a body once; the returned index can back many function objects. */
    public int define(String name, int ownerType, BuiltinCode code) {
        return define(name, ownerType, code, false);
    }

    /** Registers the body of a slot wrapper of {@code ownerType}. */
    int defineSlot(String name, int ownerType, BuiltinCode code) {
        return define(name, ownerType, code, true);
    }

    private int define(String name, int ownerType, BuiltinCode code, boolean slot) {
        builtins.add(new Builtin(name, ownerType, code, slot));
        return builtins.size() - 1;
    }

    /** The built-in type whose {@code __new__} h is (CPython's tp_new_wrapper, bound to the type), or null. */
    public TypeSlots newOwner(int h) {
        if (space.typeOf(h) != type) return null;
        Builtin b = builtin(h);
        return b.slot() && heap.getInt(h, SELF) == b.ownerType() ? space.slotsOfType(b.ownerType()) : null;
    }

    /**
     * The built-in type whose slot the unbound slot wrapper h calls, or null when h is anything
     * else: what a class inherits from a built-in base, to call without making a bound method.
     */
    public TypeSlots slotOwner(int h) {
        if (space.typeOf(h) != type || heap.getInt(h, SELF) != 0) return null;
        Builtin b = builtin(h);
        return b.slot() ? space.slotsOfType(b.ownerType()) : null;
    }

    /** A new function object for body {@code index}, bound to {@code self} (new reference taken; 0 for none). */
    public int newFunction(int index, int self) {
        int h = heap.newObject(WORDS * Heap.WORD, type);
        heap.setInt(h, dev.pyvm.gc.GcHeader.GC_NEXT, 0);
        heap.setInt(h, dev.pyvm.gc.GcHeader.GC_PREV, 0);
        heap.setInt(h, CODE, index);
        if (self != 0) heap.incref(self);
        heap.setInt(h, SELF, self);
        heap.setInt(h, WEAKLIST, 0);
        if (self != 0) space.track(h); // unbound methods of types hold nothing
        return h;
    }

    /** The index of the body registered first under {@code name} for {@code ownerType} (0: a function), or -1. */
    public int indexOf(String name, int ownerType) {
        for (int i = 0; i < builtins.size(); i++) {
            Builtin b = builtins.get(i);
            if (b.name().equals(name) && b.ownerType() == ownerType) return i;
        }
        return -1;
    }

    /** The index of built-in h's body: built-ins with the same body behave alike. */
    public int codeIndex(int h) {
        return heap.getInt(h, CODE);
    }

    public Builtin builtin(int h) {
        return builtins.get(heap.getInt(h, CODE));
    }

    public int self(int h) {
        return heap.getInt(h, SELF);
    }

    /**
     * Calls the function object h. An unbound method of a type takes its first argument as
     * {@code self}, checked against the type, as CPython's method_descriptor does.
     */
    public int call(int h, int[] args, int start, int nargs, int kwnames) {
        try {
            return callBuiltin(h, args, start, nargs, kwnames);
        } catch (OutOfMemoryError e) {
            // what a built-in builds on the Java side (a StringBuilder, an array) outgrew the JVM:
            // a MemoryError where it happened, as for the heap itself
            throw new OutOfHeapError(0, "out of heap: the JVM refused: " + e.getMessage());
        }
    }

    private int callBuiltin(int h, int[] args, int start, int nargs, int kwnames) {
        Builtin b = builtin(h);
        int self = heap.getInt(h, SELF);
        if (self == 0 && b.ownerType() != 0) {
            if (nargs - (kwnames == 0 ? 0 : space.tupleSlots.size(kwnames)) < 1) {
                throw space.typeError("unbound method " + space.typeName(b.ownerType()) + "." + b.name() + "() needs an argument");
            }
            self = args[start];
            if (!space.isInstance(self, b.ownerType())) {
                String owner = space.typeName(b.ownerType());
                String given = space.typeName(space.typeOf(self));
                if (b.slot()) {
                    throw space.typeError("descriptor '" + b.name() + "' requires a '" + owner + "' object but received a '"
                            + given + "'");
                }
                throw space.typeError("descriptor '" + b.name() + "' for '" + owner + "' objects doesn't apply to a '"
                        + given + "' object");
            }
            return b.code().call(self, args, start + 1, nargs - 1, kwnames);
        }
        return b.code().call(self, args, start, nargs, kwnames);
    }

    @Override
    public boolean isCallable(int h) {
        return true;
    }

    @Override
    public boolean genericGetAttr(int h) {
        return false;
    }

    // CPython 3.11: Objects/methodobject.c meth_get__name__, meth_get__qualname__, meth_get__self__
    @Override
    public int getAttr(int h, int name) {
        Builtin b = builtin(h);
        int self = heap.getInt(h, SELF);
        switch (space.strSlots.toJava(name)) {
            case "__name__":
                return space.newStr(b.name());
            case "__qualname__": {
                if (b.ownerType() != 0) return space.newStr(space.typeQualname(b.ownerType()) + "." + b.name());
                if (self == 0 || space.typeOf(self) == space.moduleSlots.type()) return space.newStr(b.name());
                return space.newStr(space.typeQualname(space.typeOf(self)) + "." + b.name());
            }
            case "__self__":
                if (self == 0) return space.newNone();
                heap.incref(self);
                return self;
            case "__doc__":
                return space.newNone();
            default:
                return super.getAttr(h, name);
        }
    }

    /** Whether h is an unbound method of a type (binds on attribute access). */
    public boolean isMethodDescriptor(int h) {
        return heap.getInt(h, SELF) == 0 && builtin(h).ownerType() != 0;
    }

    @Override
    public int weaklistWord(int h) {
        return WEAKLIST;
    }

    @Override
    public void dealloc(int h) {
        if (heap.getInt(h, WEAKLIST) != 0) space.clearWeakrefs(h, WEAKLIST);
        int self = heap.getInt(h, SELF);
        if (self != 0) heap.decref(self);
        heap.free(h);
    }

    @Override
    public void traverse(int h, java.util.function.IntConsumer visit) {
        int self = heap.getInt(h, SELF);
        if (self != 0) visit.accept(self);
    }

    @Override
    public int repr(int h) {
        Builtin b = builtin(h);
        int self = heap.getInt(h, SELF);
        if (self == 0 && b.ownerType() != 0) {
            return space.newStr("<" + (b.slot() ? "slot wrapper" : "method") + " '" + b.name() + "' of '"
                    + space.typeName(b.ownerType()) + "' objects>");
        }
        if (b.slot() && self != b.ownerType()) {
            return space.newStr("<method-wrapper '" + b.name() + "' of " + space.typeName(space.typeOf(self))
                    + " object at 0x" + Long.toHexString(heap.address(self)) + ">");
        }
        if (self == 0 || space.typeOf(self) == space.moduleSlots.type()) {
            return space.newStr("<built-in function " + b.name() + ">");
        }
        return space.newStr("<built-in method " + b.name() + " of " + space.typeName(space.typeOf(self))
                + " object at 0x" + Long.toHexString(heap.address(self)) + ">");
    }
}
