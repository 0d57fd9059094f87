package dev.pyvm.memory;

/**
 * Called by {@link Heap#decref} when an object's count falls to zero: releases the references
 * the object holds and gives its block back. Supplied by the layer that knows the types.
 */
@FunctionalInterface
public interface Deallocator {
    void dealloc(int handle);
}
