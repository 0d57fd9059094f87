package dev.pyvm.objects;

import dev.pyvm.gc.GcHeader;
import dev.pyvm.memory.Heap;

/**
 * {@code super}: attribute lookup along an object's MRO, after a given class.
 * {@code [refcnt | type | gc_next | gc_prev | TYPE | OBJ | OBJTYPE]}. CPython 3.11: Objects/typeobject.c super_getattro.
 */
public final class SuperType extends TypeSlots {
    static final int TYPE = GcHeader.CONTAINER_HEADER_WORDS;
    static final int OBJ = TYPE + 1;
    static final int OBJTYPE = TYPE + 2;
    static final int WORDS = OBJTYPE + 1;

    SuperType(ObjectSpace space) {
        super(space);
    }

    @Override
    public String name() {
        return "super";
    }

    @Override
    public boolean isContainer() {
        return true;
    }

    @Override
    public int construct(int t, int[] args, int start, int nargs, int kwnames) {
        int type, obj;
        if (nargs == 0) {
            int[] found = space.zeroArgSuper();
            type = found[0];
            obj = found[1];
        } else if (nargs == 2) {
            type = args[start];
            obj = args[start + 1];
        } else {
            throw space.typeError("super() takes 0 or 2 arguments in pyvm (" + nargs + " given)");
        }
        if (!space.isSubtype(space.typeOf(type), space.typeSlots.type())) {
            throw space.typeError("super() argument 1 must be a type, not " + space.typeName(space.typeOf(type)));
        }
        int objType;
        if (space.isSubtype(space.typeOf(obj), space.typeSlots.type()) && space.isSubtype(obj, type)) {
            objType = obj;
        } else if (space.isInstance(obj, type)) {
            objType = space.typeOf(obj);
        } else {
            throw space.typeError("super(type, obj): obj must be an instance or subtype of type");
        }
        int h = heap.newObject(WORDS * Heap.WORD, t);
        heap.setInt(h, GcHeader.GC_NEXT, 0);
        heap.setInt(h, GcHeader.GC_PREV, 0);
        heap.incref(type);
        heap.setInt(h, TYPE, type);
        heap.incref(obj);
        heap.setInt(h, OBJ, obj);
        heap.incref(objType);
        heap.setInt(h, OBJTYPE, objType);
        space.track(h);
        return h;
    }

    @Override
    public boolean genericGetAttr(int h) {
        return false;
    }

    @Override
    public int getAttr(int h, int name) {
        int type = heap.getInt(h, TYPE), obj = heap.getInt(h, OBJ), objType = heap.getInt(h, OBJTYPE);
        int mro = space.typeMro(objType);
        int n = space.tupleSlots.size(mro);
        int i = 0;
        while (i < n && space.tupleSlots.item(mro, i) != type) i++;
        for (i++; i < n; i++) {
            int v = space.dictSlots.get(space.typeDict(space.tupleSlots.item(mro, i)), name);
            if (v != 0) return space.descriptorGet(v, obj == objType ? 0 : obj, objType);
        }
        return super.getAttr(h, name);
    }

    @Override
    public void dealloc(int h) {
        for (int w = TYPE; w < WORDS; w++) heap.decref(heap.getInt(h, w));
        heap.free(h);
    }

    @Override
    public void traverse(int h, java.util.function.IntConsumer visit) {
        for (int w = TYPE; w < WORDS; w++) visit.accept(heap.getInt(h, w));
    }

    @Override
    public int repr(int h) {
        return space.newStr("<super: <class '" + space.typeName(heap.getInt(h, TYPE)) + "'>, <"
                + space.typeName(heap.getInt(h, OBJTYPE)) + " object>>");
    }
}
