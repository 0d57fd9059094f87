package dev.pyvm.objects;

import java.util.Arrays;
import java.util.function.IntConsumer;

/** Walking any iterable from Java: list and tuple by index, everything else by the iterator protocol. */
public final class Iterables {
    private Iterables() {}

    /**
     * The items of h as new references (the caller releases each); CPython: PySequence_Fast.
     * When h is not iterable the TypeError says {@code message} (null: iter()'s own message).
     */
    public static int[] toArray(ObjectSpace space, int h, String message) {
        if (space.tupleSlots.check(h) || space.listSlots.check(h)) {
            boolean tuple = space.tupleSlots.check(h);
            int n = tuple ? space.tupleSlots.size(h) : space.listSlots.size(h);
            int[] items = new int[n];
            for (int i = 0; i < n; i++) {
                items[i] = tuple ? space.tupleSlots.item(h, i) : space.listSlots.item(h, i);
                space.heap.incref(items[i]);
            }
            return items;
        }
        int it = iter(space, h, message);
        int[] items = new int[8];
        int n = 0;
        try {
            for (int item; (item = space.iterNext(it)) != 0; ) {
                if (n == items.length) items = Arrays.copyOf(items, n * 2);
                items[n++] = item;
            }
        } catch (RuntimeException e) {
            release(space, items, n);
            throw e;
        } finally {
            space.heap.decref(it);
        }
        return Arrays.copyOf(items, n);
    }

    /** {@code iter(h)}, the TypeError replaced by {@code message} when given. */
    public static int iter(ObjectSpace space, int h, String message) {
        try {
            return space.iter(h);
        } catch (PyException e) {
            if (message == null || !space.exceptions.matches(e.exception(), space.exceptions.typeError)) throw e;
            space.heap.decref(e.exception());
            throw space.typeError(message);
        }
    }

    /** Calls visit on each item (borrowed for the call's duration). */
    public static void forEach(ObjectSpace space, int h, IntConsumer visit) {
        int it = space.iter(h);
        try {
            for (int item; (item = space.iterNext(it)) != 0; ) {
                try {
                    visit.accept(item);
                } finally {
                    space.heap.decref(item);
                }
            }
        } finally {
            space.heap.decref(it);
        }
    }

    /** Drops the first n references of items. */
    public static void release(ObjectSpace space, int[] items, int n) {
        for (int i = 0; i < n; i++) space.heap.decref(items[i]);
    }
}
