package dev.pyvm.objects;

import dev.pyvm.gc.GcHeader;
import dev.pyvm.memory.Heap;
import java.math.BigInteger;

/**
 * The iterator types of the builtins module: {@code enumerate}, {@code zip}, {@code map},
 * {@code filter}, {@code reversed} and {@code callable_iterator} (what {@code iter(f, sentinel)}
 * returns), as CPython 3.11's Objects/enumobject.c, Python/bltinmodule.c and
 * Objects/iterobject.c. Each is a container:
 * <pre>
 *   [refcnt | type | gc_next | gc_prev | REF 0 | … | REF n-1 | extra words]
 * </pre>
 * A REF is a handle the iterator owns (0 once dropped); the extra words are plain data.
 *
 * <p>Constructing registers the six types in the space: make one per {@link ObjectSpace}.
 */
public final class BuiltinIterators {
    public final EnumerateType enumerate;
    public final ZipType zip;
    public final MapType map;
    public final FilterType filter;
    public final ReversedType reversed;
    public final CallIterType callIterator;
    public final SeqIterType seqIterator;

    BuiltinIterators(ObjectSpace space) {
        enumerate = add(space, new EnumerateType(space));
        zip = add(space, new ZipType(space));
        map = add(space, new MapType(space));
        filter = add(space, new FilterType(space));
        reversed = add(space, new ReversedType(space));
        callIterator = add(space, new CallIterType(space));
        seqIterator = add(space, new SeqIterType(space));
        for (TypeSlots t : new TypeSlots[] {enumerate, zip, map, filter, reversed, callIterator, seqIterator}) {
            SlotWrappers.installIterator(space, t);
        }
    }

    /** Registers one of the types during the space's start-up. */
    private static <T extends TypeSlots> T add(ObjectSpace space, T slots) {
        space.register(slots);
        space.finishType(slots, space.objectSlots.type());
        return slots;
    }

    /** What the six types share: owned references first, iteration returns self. */
    abstract static class HeapIterator extends TypeSlots {
        static final int REFS = GcHeader.CONTAINER_HEADER_WORDS;
        private final String name;
        private final int nrefs;
        private final int words;

        HeapIterator(ObjectSpace space, String name, int nrefs, int extraWords) {
            super(space);
            this.name = name;
            this.nrefs = nrefs;
            this.words = REFS + nrefs + extraWords;
        }

        @Override
        public final String name() {
            return name;
        }

        @Override
        public final boolean isContainer() {
            return true;
        }

        /** A new instance owning the given (stolen) references. */
        final int allocate(int... refs) {
            int h = heap.newObject(words * Heap.WORD, type);
            heap.setInt(h, GcHeader.GC_NEXT, 0);
            heap.setInt(h, GcHeader.GC_PREV, 0);
            heap.fillWords(h, REFS, words - REFS, 0);
            for (int i = 0; i < refs.length; i++) heap.setInt(h, REFS + i, refs[i]);
            space.track(h);
            return h;
        }

        final int ref(int h, int i) {
            return heap.getInt(h, REFS + i);
        }

        /** Drops every reference: the iterator is exhausted and keeps nothing alive (also tp_clear). */
        @Override
        public final void clear(int h) {
            for (int i = 0; i < nrefs; i++) {
                int r = heap.getInt(h, REFS + i);
                if (r != 0) {
                    heap.setInt(h, REFS + i, 0);
                    heap.decref(r);
                }
            }
        }

        /** The first extra word. */
        final int extra() {
            return REFS + nrefs;
        }

        @Override
        public final void dealloc(int h) {
            for (int i = 0; i < nrefs; i++) {
                int r = heap.getInt(h, REFS + i);
                if (r != 0) heap.decref(r);
            }
            heap.free(h);
        }

        @Override
        public final void traverse(int h, java.util.function.IntConsumer visit) {
            for (int i = 0; i < nrefs; i++) {
                int r = heap.getInt(h, REFS + i);
                if (r != 0) visit.accept(r);
            }
        }

        @Override
        public final int iter(int h) {
            heap.incref(h);
            return h;
        }

        @Override
        public final boolean isIterator() {
            return true;
        }

        /** {@code type(...)} for the exact type only: subclasses are the VM's to make. */
        final void checkExact(int t) {
            if (t != type) throw space.typeError("cannot create '" + space.typeName(t) + "' instances");
        }
    }

    /** {@code enumerate(iterable, start=0)}: REF 0 the iterator, REF 1 a big count (else 0), then the count. */
    public static final class EnumerateType extends HeapIterator {
        EnumerateType(ObjectSpace space) {
            super(space, "enumerate", 2, 2);
        }

        // CPython 3.11: Objects/enumobject.c enum_new_impl()
        @Override
        public int construct(int t, int[] args, int start, int nargs, int kwnames) {
            checkExact(t);
            int nkw = TextArgs.keywords(space, kwnames);
            String[] names = {"iterable", "start"};
            if (nkw > 0) {
                for (int k = 0; k < nkw; k++) {
                    String kw = space.strSlots.toJava(space.tupleSlots.item(kwnames, k));
                    if (!kw.equals("iterable") && !kw.equals("start")) {
                        throw TextArgs.unexpectedKeyword(space, "enumerate", kwnames, names, 0);
                    }
                }
            }
            if (nargs == 0) throw space.typeError("enumerate() missing required argument 'iterable'");
            int[] a = TextArgs.parse(space, "enumerate", args, start, nargs, kwnames, names, 0, 1, 2);
            long first = 0;
            int big = 0;
            if (a[1] != 0) {
                if (!space.intSlots.check(a[1])) {
                    throw space.typeError("'" + space.typeName(space.typeOf(a[1])) + "' object cannot be interpreted as an integer");
                }
                if (space.intSlots.isSmall(a[1])) first = space.intSlots.longValue(a[1]);
                else big = NumberMethods.exactInt(space, a[1]);
            }
            int it = space.iter(a[0]);
            int h = allocate(it, big);
            heap.setLong(h, extra(), first);
            return h;
        }

        // CPython 3.11: Objects/enumobject.c enum_next()
        @Override
        public int next(int h) {
            int it = ref(h, 0);
            if (it == 0) return 0;
            int item = space.iterNext(it);
            if (item == 0) {
                clear(h);
                return 0;
            }
            int index;
            int big = ref(h, 1);
            long i = heap.getLong(h, extra());
            if (big == 0 && i != Long.MAX_VALUE) {
                index = space.newInt(i);
                heap.setLong(h, extra(), i + 1);
            } else {
                if (big == 0) big = space.newInt(i);
                index = big;
                heap.setInt(h, REFS + 1, space.newInt(space.intSlots.bigValue(big).add(BigInteger.ONE)));
            }
            return space.newTuple(index, item);
        }
    }

    /** {@code zip(*iterables, strict=False)}: REF 0 the tuple of iterators, then the strict flag. */
    public static final class ZipType extends HeapIterator {
        ZipType(ObjectSpace space) {
            super(space, "zip", 1, 1);
        }

        // CPython 3.11: Python/bltinmodule.c zip_new()
        @Override
        public int construct(int t, int[] args, int start, int nargs, int kwnames) {
            checkExact(t);
            int nkw = TextArgs.keywords(space, kwnames);
            boolean strict = false;
            for (int k = 0; k < nkw; k++) {
                if (!space.strSlots.toJava(space.tupleSlots.item(kwnames, k)).equals("strict")) {
                    throw TextArgs.unexpectedKeyword(space, "zip", kwnames, new String[] {"strict"}, 0);
                }
                strict = space.isTrue(args[start + nargs - nkw + k]);
            }
            int n = nargs - nkw;
            int iters = space.newTupleOfSize(n);
            try {
                for (int i = 0; i < n; i++) space.tupleSlots.initItem(iters, i, space.iter(args[start + i]));
            } catch (RuntimeException e) {
                heap.decref(iters);
                throw e;
            }
            int h = allocate(iters);
            heap.setInt(h, extra(), strict ? 1 : 0);
            return h;
        }

        // CPython 3.11: Python/bltinmodule.c zip_next()
        @Override
        public int next(int h) {
            int iters = ref(h, 0);
            if (iters == 0) return 0;
            int n = space.tupleSlots.size(iters);
            if (n == 0) return 0;
            int result = space.newTupleOfSize(n);
            for (int i = 0; i < n; i++) {
                int item;
                try {
                    item = space.iterNext(space.tupleSlots.item(iters, i));
                } catch (RuntimeException e) {
                    heap.decref(result);
                    throw e;
                }
                if (item == 0) {
                    heap.decref(result);
                    if (heap.getInt(h, extra()) != 0) checkStrict(iters, i);
                    clear(h);
                    return 0;
                }
                space.tupleSlots.initItem(result, i, item);
            }
            return result;
        }

        private void checkStrict(int iters, int i) {
            if (i > 0) {
                throw space.valueError("zip() argument " + (i + 1) + " is shorter than argument" + (i == 1 ? " " : "s 1-") + i);
            }
            int n = space.tupleSlots.size(iters);
            for (int k = 1; k < n; k++) {
                int item = space.iterNext(space.tupleSlots.item(iters, k));
                if (item != 0) {
                    heap.decref(item);
                    throw space.valueError("zip() argument " + (k + 1) + " is longer than argument" + (k == 1 ? " " : "s 1-") + k);
                }
            }
        }
    }

    /** {@code map(func, *iterables)}: REF 0 the function, REF 1 the tuple of iterators. */
    public static final class MapType extends HeapIterator {
        MapType(ObjectSpace space) {
            super(space, "map", 2, 0);
        }

        // CPython 3.11: Python/bltinmodule.c map_new()
        @Override
        public int construct(int t, int[] args, int start, int nargs, int kwnames) {
            checkExact(t);
            TextArgs.noKeywords(space, "map", kwnames);
            if (nargs < 2) throw space.typeError("map() must have at least two arguments.");
            int iters = space.newTupleOfSize(nargs - 1);
            try {
                for (int i = 1; i < nargs; i++) space.tupleSlots.initItem(iters, i - 1, space.iter(args[start + i]));
            } catch (RuntimeException e) {
                heap.decref(iters);
                throw e;
            }
            heap.incref(args[start]);
            return allocate(args[start], iters);
        }

        // CPython 3.11: Python/bltinmodule.c map_next()
        @Override
        public int next(int h) {
            int func = ref(h, 0), iters = ref(h, 1);
            if (iters == 0) return 0;
            int n = space.tupleSlots.size(iters);
            int[] items = new int[n];
            try {
                for (int i = 0; i < n; i++) {
                    int item = space.iterNext(space.tupleSlots.item(iters, i));
                    if (item == 0) {
                        Iterables.release(space, items, i);
                        clear(h);
                        return 0;
                    }
                    items[i] = item;
                }
            } catch (RuntimeException e) {
                for (int item : items) if (item != 0) heap.decref(item);
                throw e;
            }
            try {
                return space.call(func, items, 0, n, 0);
            } finally {
                Iterables.release(space, items, n);
            }
        }
    }

    /** {@code filter(function or None, iterable)}: REF 0 the function, REF 1 the iterator. */
    public static final class FilterType extends HeapIterator {
        FilterType(ObjectSpace space) {
            super(space, "filter", 2, 0);
        }

        // CPython 3.11: Python/bltinmodule.c filter_new()
        @Override
        public int construct(int t, int[] args, int start, int nargs, int kwnames) {
            checkExact(t);
            TextArgs.noKeywords(space, "filter", kwnames);
            TextArgs.checkPositional(space, "filter", nargs, 2, 2);
            int it = space.iter(args[start + 1]);
            heap.incref(args[start]);
            return allocate(args[start], it);
        }

        // CPython 3.11: Python/bltinmodule.c filter_next()
        @Override
        public int next(int h) {
            int func = ref(h, 0), it = ref(h, 1);
            if (it == 0) return 0;
            while (true) {
                int item = space.iterNext(it);
                if (item == 0) {
                    clear(h);
                    return 0;
                }
                boolean keep;
                try {
                    if (func == space.none || func == space.boolSlots.type()) {
                        keep = space.isTrue(item);
                    } else {
                        int r = space.call(func, item);
                        try {
                            keep = space.isTrue(r);
                        } finally {
                            heap.decref(r);
                        }
                    }
                } catch (RuntimeException e) {
                    heap.decref(item);
                    throw e;
                }
                if (keep) return item;
                heap.decref(item);
            }
        }
    }

    /** {@code reversed(seq)} over a sequence without {@code __reversed__}: REF 0 the sequence, then the index. */
    public static final class ReversedType extends HeapIterator {
        ReversedType(ObjectSpace space) {
            super(space, "reversed", 1, 2);
        }

        // CPython 3.11: Objects/enumobject.c reversed_new_impl()
        @Override
        public int construct(int t, int[] args, int start, int nargs, int kwnames) {
            checkExact(t);
            TextArgs.noKeywords(space, "reversed", kwnames);
            TextArgs.checkPositional(space, "reversed", nargs, 1, 1);
            int seq = args[start];
            int method = space.lookupType(space.typeOf(seq), space.intern("__reversed__"));
            if (method == space.none) throw notReversible(seq);
            if (method != 0) return space.call(method, seq);
            boolean sequence = !space.dictSlots.check(seq) && (space.strSlots.check(seq) || space.tupleSlots.check(seq)
                    || space.listSlots.check(seq) || space.lookupType(space.typeOf(seq), space.ids.__getitem__) != 0);
            if (!sequence) throw notReversible(seq);
            long n = space.length(seq);
            heap.incref(seq);
            int h = allocate(seq);
            heap.setLong(h, extra(), n - 1);
            return h;
        }

        private PyException notReversible(int seq) {
            return space.typeError("'" + space.typeName(space.typeOf(seq)) + "' object is not reversible");
        }

        // CPython 3.11: Objects/enumobject.c reversed_next()
        @Override
        public int next(int h) {
            int seq = ref(h, 0);
            long index = heap.getLong(h, extra());
            if (seq == 0 || index < 0) {
                clear(h);
                return 0;
            }
            int key = space.newInt(index);
            try {
                int item = space.getItem(seq, key);
                heap.setLong(h, extra(), index - 1);
                return item;
            } catch (PyException e) {
                int exc = e.exception();
                if (!space.exceptions.matches(exc, space.exceptions.indexError)
                        && !space.exceptions.matches(exc, space.exceptions.stopIteration)) {
                    throw e;
                }
                heap.decref(exc);
                heap.setLong(h, extra(), -1);
                clear(h);
                return 0;
            } finally {
                heap.decref(key);
            }
        }
    }

    /** {@code iter(callable, sentinel)}: REF 0 the callable, REF 1 the sentinel. */
    public static final class CallIterType extends HeapIterator {
        CallIterType(ObjectSpace space) {
            super(space, "callable_iterator", 2, 0);
        }

        /** A new iterator calling callable until it returns sentinel (both borrowed). */
        public int newIterator(int callable, int sentinel) {
            heap.incref(callable);
            heap.incref(sentinel);
            return allocate(callable, sentinel);
        }

        // CPython 3.11: Objects/iterobject.c calliter_iternext()
        @Override
        public int next(int h) {
            int callable = ref(h, 0), sentinel = ref(h, 1);
            if (callable == 0) return 0;
            int r;
            try {
                r = space.call(callable);
            } catch (PyException e) {
                if (!space.exceptions.matches(e.exception(), space.exceptions.stopIteration)) throw e;
                heap.decref(e.exception());
                clear(h);
                return 0;
            }
            boolean done;
            try {
                done = space.eq(r, sentinel);
            } catch (RuntimeException e) {
                heap.decref(r);
                throw e;
            }
            if (done) {
                heap.decref(r);
                clear(h);
                return 0;
            }
            return r;
        }
    }

    /**
     * {@code iter(seq)} of an object with {@code __getitem__} but no {@code __iter__} (the old
     * sequence protocol): REF 0 the sequence, then the next index (a long).
     */
    public static final class SeqIterType extends HeapIterator {
        SeqIterType(ObjectSpace space) {
            super(space, "iterator", 1, 2);
        }

        /** A new iterator over seq (borrowed) from index 0. CPython 3.11: PySeqIter_New. */
        public int newIterator(int seq) {
            heap.incref(seq);
            int h = allocate(seq);
            heap.setLong(h, extra(), 0);
            return h;
        }

        // CPython 3.11: Objects/iterobject.c iter_iternext(): IndexError or StopIteration ends it
        @Override
        public int next(int h) {
            int seq = ref(h, 0);
            if (seq == 0) return 0;
            long index = heap.getLong(h, extra());
            int key = space.newInt(index);
            try {
                int item = space.getItem(seq, key);
                heap.setLong(h, extra(), index + 1);
                return item;
            } catch (PyException e) {
                int exc = e.exception();
                if (!space.exceptions.matches(exc, space.exceptions.indexError)
                        && !space.exceptions.matches(exc, space.exceptions.stopIteration)) {
                    throw e;
                }
                heap.decref(exc);
                clear(h);
                return 0;
            } finally {
                heap.decref(key);
            }
        }
    }
}
