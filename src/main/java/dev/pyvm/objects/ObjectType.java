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
}
