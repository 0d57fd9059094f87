package dev.pyvm.objects;

import dev.pyvm.gc.GcHeader;
import dev.pyvm.memory.Heap;

/** {@code method}: a function bound to an object. {@code [refcnt | type | gc_next | gc_prev | FUNC | SELF]}. */
public final class MethodType extends TypeSlots {
    static final int FUNC = GcHeader.CONTAINER_HEADER_WORDS;
    static final int SELF = FUNC + 1;
    /** The head of the method's weak references (not a reference it owns). */
    static final int WEAKLIST = SELF + 1;
    static final int WORDS = WEAKLIST + 1;

    MethodType(ObjectSpace space) {
        super(space);
    }

    @Override
    public String name() {
        return "method";
    }

    @Override
    public boolean isContainer() {
        return true;
    }

    /** A new bound method (new references taken to both). */
    public int newMethod(int func, int self) {
        int h = heap.newObject(WORDS * Heap.WORD, type);
        heap.setInt(h, GcHeader.GC_NEXT, 0);
        heap.setInt(h, GcHeader.GC_PREV, 0);
        heap.incref(func);
        heap.setInt(h, FUNC, func);
        heap.incref(self);
        heap.setInt(h, SELF, self);
        heap.setInt(h, WEAKLIST, 0);
        space.track(h);
        return h;
    }

    /**
     * {@code method(function, instance)} ({@code types.MethodType}): function bound to instance.
     * CPython 3.11: Objects/classobject.c method_new().
     */
    @Override
    public int construct(int t, int[] args, int start, int nargs, int kwnames) {
        if (kwnames != 0 && space.tupleSlots.size(kwnames) > 0) throw space.typeError("method() takes no keyword arguments");
        if (nargs != 2) throw space.typeError("method expected 2 arguments, got " + nargs);
        int func = args[start];
        int self = args[start + 1];
        if (!space.isSubtype(space.typeOf(func), space.typeSlots.type()) && !space.slotsOf(func).isCallable(func)) {
            throw space.typeError("first argument must be callable");
        }
        if (self == space.none) throw space.typeError("instance must not be None");
        return newMethod(func, self);
    }

    public int function(int h) {
        return heap.getInt(h, FUNC);
    }

    public int self(int h) {
        return heap.getInt(h, SELF);
    }

    @Override
    public int call(int h, int[] args, int start, int nargs, int kwnames) {
        int[] withSelf = new int[nargs + 1];
        withSelf[0] = heap.getInt(h, SELF);
        System.arraycopy(args, start, withSelf, 1, nargs);
        return space.call(heap.getInt(h, FUNC), withSelf, 0, nargs + 1, kwnames);
    }

    @Override
    public int weaklistWord(int h) {
        return WEAKLIST;
    }

    @Override
    public void dealloc(int h) {
        if (heap.getInt(h, WEAKLIST) != 0) space.clearWeakrefs(h, WEAKLIST);
        heap.decref(heap.getInt(h, FUNC));
        heap.decref(heap.getInt(h, SELF));
        heap.free(h);
    }

    @Override
    public void traverse(int h, java.util.function.IntConsumer visit) {
        visit.accept(heap.getInt(h, FUNC));
        visit.accept(heap.getInt(h, SELF));
    }

    @Override
    public int repr(int h) {
        int func = heap.getInt(h, FUNC);
        String name = space.typeOf(func) == space.functionSlots.type() ? space.functionSlots.qualname(func)
                : space.typeOf(func) == space.builtinFunctionSlots.type() ? space.builtinFunctionSlots.builtin(func).name() : "?";
        return space.newStr("<bound method " + name + " of " + space.repr(heap.getInt(h, SELF)) + ">");
    }

    @Override
    public int richCompare(int a, int b, int op) {
        if ((op == Compare.EQ || op == Compare.NE) && space.typeOf(b) == type) {
            boolean same = heap.getInt(a, FUNC) == heap.getInt(b, FUNC) && heap.getInt(a, SELF) == heap.getInt(b, SELF);
            return space.newBool(same == (op == Compare.EQ));
        }
        return super.richCompare(a, b, op);
    }

    @Override
    public boolean genericGetAttr(int h) {
        return false;
    }

    @Override
    public int getAttr(int h, int name) {
        String n = space.strSlots.toJava(name);
        if (n.equals("__func__") || n.equals("__self__")) {
            int v = heap.getInt(h, n.equals("__func__") ? FUNC : SELF);
            heap.incref(v);
            return v;
        }
        return space.getAttr(heap.getInt(h, FUNC), name);
    }

    @Override
    public boolean isCallable(int h) {
        return true;
    }
}
