package dev.pyvm.objects;

/** The type of one immortal object named by its repr: NotImplemented, Ellipsis. */
public final class SingletonType extends TypeSlots {
    private final String name;
    private final String repr;

    SingletonType(ObjectSpace space, String name, String repr) {
        super(space);
        this.name = name;
        this.repr = repr;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void dealloc(int h) {
        throw new IllegalStateException(repr + " is immortal");
    }

    @Override
    public int repr(int h) {
        return space.newStr(repr);
    }
}
