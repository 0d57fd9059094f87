package dev.pyvm.objects;

/** {@code object}: the root of every MRO; a bare instance is just the object header. */
public final class ObjectType extends TypeSlots {
    ObjectType(ObjectSpace space) {
        super(space);
    }

    @Override
    public String name() {
        return "object";
    }

    @Override
    public void dealloc(int h) {
        heap.free(h);
    }

    // CPython 3.11: Objects/typeobject.c object_new(): a bare object takes no arguments
    @Override
    public int construct(int t, int[] args, int start, int nargs, int kwnames) {
        if (t != type) throw space.typeError("cannot create '" + space.typeName(t) + "' instances");
        if (nargs > 0) throw space.typeError("object() takes no arguments");
        return heap.newObject(2 * dev.pyvm.memory.Heap.WORD, type);
    }
}
