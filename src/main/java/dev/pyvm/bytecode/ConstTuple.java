package dev.pyvm.bytecode;

import java.util.List;

/**
 * A tuple constant: an immutable list of constants (see {@link CodeObject#consts()} for the
 * element types). Equality is element-wise with {@link Constants#sameConstant}, so that
 * {@code (1,)} and {@code (True,)} stay distinct constants.
 */
public record ConstTuple(List<Object> items) {
    public ConstTuple {
        items = List.copyOf(items);
    }

    public static final ConstTuple EMPTY = new ConstTuple(List.of());

    public int size() {
        return items.size();
    }

    public Object get(int i) {
        return items.get(i);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof ConstTuple t) || t.items.size() != items.size()) return false;
        for (int i = 0; i < items.size(); i++) {
            if (!Constants.sameConstant(items.get(i), t.items.get(i))) return false;
        }
        return true;
    }

    @Override
    public int hashCode() {
        int h = 17;
        for (Object o : items) h = h * 31 + Constants.constantHash(o);
        return h;
    }

    @Override
    public String toString() {
        return Constants.repr(this);
    }
}
