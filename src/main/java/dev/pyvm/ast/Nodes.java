package dev.pyvm.ast;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Immutable copies of node lists; some lists hold nulls (dict keys, kw_defaults). */
final class Nodes {
    private Nodes() {}

    static <T> List<T> copy(List<T> list) {
        return Collections.unmodifiableList(new ArrayList<>(list));
    }
}
