package dev.pyvm.modules;

import dev.pyvm.objects.ObjectSpace;

/**
 * {@code _collections}: the types CPython writes in C ({@code deque}, {@code defaultdict} and
 * the deque's iterators) and {@code _count_elements}, Counter's counting loop. The frozen
 * {@code collections} module imports them, as CPython's Lib/collections/__init__.py does.
 * CPython 3.11: Modules/_collectionsmodule.c.
 */
final class CollectionsModule {
    private CollectionsModule() {}

    static int create(ObjectSpace space, DequeType deque, DefaultDictType defaultdict) {
        ModuleBuilder m = new ModuleBuilder(space, "_collections");
        for (int t : new int[] {deque.type(), defaultdict.type(), deque.iterator.type(), deque.reverseIterator.type()}) {
            space.heap.incref(t);
            m.value(space.typeName(t), t);
        }
        m.function("_count_elements", (self, args, start, nargs, kwnames) -> {
            Args.positional(space, "_count_elements", "_count_elements", 2, 2, nargs, kwnames);
            countElements(space, args[start], args[start + 1]);
            return space.newNone();
        });
        return m.module();
    }

    // CPython 3.11: _collections__count_elements_impl(): mapping[elem] = mapping.get(elem, 0) + 1
    private static void countElements(ObjectSpace space, int mapping, int iterable) {
        var heap = space.heap;
        int it = space.iter(iterable);
        int one = space.newInt(1);
        int get = 0;
        try {
            get = space.getAttr(mapping, space.intern("get"));
            for (int elem; (elem = space.iterNext(it)) != 0; ) {
                try {
                    int zero = space.newInt(0);
                    int old;
                    try {
                        old = space.call(get, elem, zero);
                    } finally {
                        heap.decref(zero);
                    }
                    int count;
                    try {
                        count = space.binaryOp(old, one, dev.pyvm.objects.NumberOps.ADD);
                    } finally {
                        heap.decref(old);
                    }
                    try {
                        space.setItem(mapping, elem, count);
                    } finally {
                        heap.decref(count);
                    }
                } finally {
                    heap.decref(elem);
                }
            }
        } finally {
            if (get != 0) heap.decref(get);
            heap.decref(one);
            heap.decref(it);
        }
    }
}
