package dev.pyvm.objects;

/** {@code type}: the type of type objects. The built-in types are immortal. */
public final class TypeType extends TypeSlots {
    TypeType(ObjectSpace space) {
        super(space);
    }

    @Override
    public String name() {
        return "type";
    }

    @Override
    public boolean isContainer() {
        return true;
    }

    @Override
    public void dealloc(int h) {
        throw new IllegalStateException("type " + space.typeName(h) + " is immortal");
    }

    @Override
    public int repr(int h) {
        return space.newStr("<class '" + space.typeName(h) + "'>");
    }
}
