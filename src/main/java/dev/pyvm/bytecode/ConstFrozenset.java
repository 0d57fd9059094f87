package dev.pyvm.bytecode;

import java.util.List;

/**
 * A frozenset constant, what CPython 3.11's compiler makes of a set display of three or more
 * constants ({@code {1, 2, 3}} is BUILD_SET 0, LOAD_CONST frozenset, SET_UPDATE 1) and of the
 * set in {@code x in {1, 2}} and {@code for x in {1, 2}}. It keeps the items in source order: the
 * frozenset is made by adding them in that order, as CPython's {@code PyFrozenSet_New} does, so
 * that its table (and the order it iterates in) is CPython's.
 */
public record ConstFrozenset(List<Object> items) {
    public ConstFrozenset {
        items = List.copyOf(items);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ConstFrozenset f && new ConstTuple(items).equals(new ConstTuple(f.items));
    }

    @Override
    public int hashCode() {
        return new ConstTuple(items).hashCode() * 31 + 7;
    }

    @Override
    public String toString() {
        return Constants.repr(this);
    }
}
