package dev.pyvm.objects;

/** {@code type(None)}. */
public final class NoneType extends TypeSlots {
    NoneType(ObjectSpace space) {
        super(space);
    }

    @Override
    public String name() {
        return "NoneType";
    }

    @Override
    public void dealloc(int h) {
        throw new IllegalStateException("None is immortal");
    }

    @Override
    public int repr(int h) {
        return space.newStr("None");
    }

    @Override
    public boolean isTrue(int h) {
        return false;
    }
}
