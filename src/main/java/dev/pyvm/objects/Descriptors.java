package dev.pyvm.objects;

import dev.pyvm.gc.GcHeader;
import dev.pyvm.memory.Heap;

/** The built-in descriptors of classes: {@code staticmethod}, {@code classmethod}, {@code property}. */
public final class Descriptors {
    private Descriptors() {}

    /**
     * {@code staticmethod} and {@code classmethod}: a wrapper around a callable.
     * {@code [refcnt | type | gc_next | gc_prev | FUNC]}.
     */
    public static final class Wrapper extends TypeSlots {
        static final int FUNC = GcHeader.CONTAINER_HEADER_WORDS;
        private final String name;

        Wrapper(ObjectSpace space, String name) {
            super(space);
            this.name = name;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public boolean isContainer() {
            return true;
        }

        public int function(int h) {
            return heap.getInt(h, FUNC);
        }

        @Override
        public int construct(int t, int[] args, int start, int nargs, int kwnames) {
            if (nargs != 1 || kwnames != 0) {
                throw space.typeError(name + " expected 1 argument, got " + nargs);
            }
            int h = heap.newObject((FUNC + 1) * Heap.WORD, t);
            heap.setInt(h, GcHeader.GC_NEXT, 0);
            heap.setInt(h, GcHeader.GC_PREV, 0);
            heap.incref(args[start]);
            heap.setInt(h, FUNC, args[start]);
            space.track(h);
            return h;
        }

        @Override
        public void dealloc(int h) {
            heap.decref(heap.getInt(h, FUNC));
            heap.free(h);
        }

        @Override
        public void traverse(int h, java.util.function.IntConsumer visit) {
            visit.accept(heap.getInt(h, FUNC));
        }

        @Override
        public boolean genericGetAttr(int h) {
            return false;
        }

        @Override
        public int getAttr(int h, int attr) {
            String n = space.strSlots.toJava(attr);
            if (n.equals("__func__")) {
                heap.incref(function(h));
                return function(h);
            }
            return super.getAttr(h, attr);
        }
    }

    /**
     * {@code property}: {@code [refcnt | type | gc_next | gc_prev | FGET | FSET | FDEL | DOC | NAME]},
     * each 0 when absent; NAME is the attribute name given by {@code __set_name__} (CPython 3.11:
     * prop_name), which the errors of a missing accessor show.
     */
    public static final class Property extends TypeSlots {
        static final int FGET = GcHeader.CONTAINER_HEADER_WORDS;
        static final int FSET = FGET + 1;
        static final int FDEL = FGET + 2;
        static final int DOC = FGET + 3;
        static final int NAME = FGET + 4;
        static final int WORDS = NAME + 1;

        Property(ObjectSpace space) {
            super(space);
        }

        @Override
        public String name() {
            return "property";
        }

        @Override
        public boolean isContainer() {
            return true;
        }

        int newProperty(int t, int fget, int fset, int fdel, int doc) {
            int h = heap.newObject(WORDS * Heap.WORD, t);
            heap.setInt(h, GcHeader.GC_NEXT, 0);
            heap.setInt(h, GcHeader.GC_PREV, 0);
            int[] parts = {fget, fset, fdel, doc};
            for (int i = 0; i < 4; i++) {
                int v = parts[i] == space.none ? 0 : parts[i];
                if (v != 0) heap.incref(v);
                heap.setInt(h, FGET + i, v);
            }
            heap.setInt(h, NAME, 0);
            space.track(h);
            return h;
        }

        @Override
        public int construct(int t, int[] args, int start, int nargs, int kwnames) {
            int[] parts = new int[4];
            String[] names = {"fget", "fset", "fdel", "doc"};
            int nkw = kwnames == 0 ? 0 : space.tupleSlots.size(kwnames);
            int npos = nargs - nkw;
            if (npos > 4) throw space.typeError("property() takes at most 4 arguments (" + nargs + " given)");
            for (int i = 0; i < npos; i++) parts[i] = args[start + i];
            for (int k = 0; k < nkw; k++) {
                String key = space.strSlots.toJava(space.tupleSlots.item(kwnames, k));
                int i = java.util.Arrays.asList(names).indexOf(key);
                if (i < 0) throw space.typeError("property() got an unexpected keyword argument '" + key + "'");
                parts[i] = args[start + npos + k];
            }
            return newProperty(t, parts[0], parts[1], parts[2], parts[3]);
        }

        /** A copy with one accessor replaced: property.getter / setter / deleter. */
        int with(int h, int word, int func) {
            int[] parts = new int[4];
            for (int i = 0; i < 4; i++) parts[i] = heap.getInt(h, FGET + i);
            parts[word - FGET] = func;
            int copy = newProperty(space.typeOf(h), parts[0], parts[1], parts[2], parts[3]);
            int name = heap.getInt(h, NAME); // CPython 3.11: property_copy() keeps prop_name
            if (name != 0) setName(copy, name);
            return copy;
        }

        /** {@code __set_name__}: the name it is bound to in a class (borrowed). */
        void setName(int h, int name) {
            heap.incref(name);
            int old = heap.getInt(h, NAME);
            heap.setInt(h, NAME, name);
            heap.xdecref(old);
        }

        /** The name {@code __set_name__} gave, or 0. */
        int propName(int h) {
            return heap.getInt(h, NAME);
        }

        int accessor(int h, int word) {
            return heap.getInt(h, word);
        }

        @Override
        public void dealloc(int h) {
            for (int w = FGET; w < WORDS; w++) heap.xdecref(heap.getInt(h, w));
            heap.free(h);
        }

        @Override
        public void traverse(int h, java.util.function.IntConsumer visit) {
            for (int w = FGET; w < WORDS; w++) {
                int v = heap.getInt(h, w);
                if (v != 0) visit.accept(v);
            }
        }

        @Override
        public boolean genericGetAttr(int h) {
            return false;
        }

        @Override
        public int getAttr(int h, int attr) {
            String n = space.strSlots.toJava(attr);
            int word = switch (n) {
                case "fget" -> FGET;
                case "fset" -> FSET;
                case "fdel" -> FDEL;
                case "__doc__" -> DOC;
                default -> -1;
            };
            if (word >= 0) {
                int v = heap.getInt(h, word);
                if (v == 0) return space.newNone();
                heap.incref(v);
                return v;
            }
            return super.getAttr(h, attr);
        }
    }
}
