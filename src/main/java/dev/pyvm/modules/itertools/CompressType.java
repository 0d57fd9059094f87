package dev.pyvm.modules.itertools;

import dev.pyvm.objects.ObjectSpace;
import dev.pyvm.objects.TextArgs;

/** {@code itertools.compress(data, selectors)}: REF 0 the data's iterator, REF 1 the selectors'. */
final class CompressType extends ItertoolsIterator {
    private static final int DATA = 0, SELECTORS = 1;

    CompressType(ObjectSpace space) {
        super(space, "compress", 2, 0);
    }

    // CPython 3.11: Modules/itertoolsmodule.c itertools_compress_impl()
    @Override
    public int construct(int t, int[] args, int start, int nargs, int kwnames) {
        checkExact(t);
        int[] a = TextArgs.parse(space, "compress", args, start, nargs, kwnames, new String[] {"data", "selectors"}, 0, 2, 2);
        int data = space.iter(a[0]);
        int selectors;
        try {
            selectors = space.iter(a[1]);
        } catch (RuntimeException e) {
            heap.decref(data);
            throw e;
        }
        return allocate(data, selectors);
    }

    // CPython 3.11: compress_next()
    @Override
    public int next(int h) {
        int data = ref(h, DATA), selectors = ref(h, SELECTORS);
        if (data == 0 || selectors == 0) return 0;
        while (true) {
            int datum = space.iterNext(data);
            if (datum == 0) return 0;
            boolean ok;
            try {
                int selector = space.iterNext(selectors);
                if (selector == 0) {
                    heap.decref(datum);
                    return 0;
                }
                try {
                    ok = truth(selector);
                } finally {
                    heap.decref(selector);
                }
            } catch (RuntimeException e) {
                heap.decref(datum);
                throw e;
            }
            if (ok) return datum;
            heap.decref(datum);
        }
    }
}
