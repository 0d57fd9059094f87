package dev.pyvm.objects;

/**
 * The types that come with iteration and slicing: {@code range}, {@code slice}, the iterators of
 * the built-in containers, {@code set}, {@code frozenset}; and the methods of list, tuple, dict
 * and set. Built once per {@link ObjectSpace}.
 */
public final class SequenceTypes {
    SequenceTypes(ObjectSpace space) {
        // the types are registered here as they are built
    }
}
