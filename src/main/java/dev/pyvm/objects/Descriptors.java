package dev.pyvm.objects;

import dev.pyvm.gc.GcHeader;
import dev.pyvm.memory.Heap;

/**
 * The built-in descriptors of classes: {@code staticmethod}, {@code classmethod}, {@code property},
 * and the {@code member_descriptor} of each name in a class's {@code __slots__}.
 */
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
            if (n.equals("__isabstractmethod__")) return space.newBool(isAbstract(space, function(h)));
            if (n.equals("__wrapped__")) {
                heap.incref(function(h));
                return function(h);
            }
            // CPython 3.10+: the wrapper has the attributes of what it wraps (functools.wraps' set)
            if (n.equals("__name__") || n.equals("__qualname__") || n.equals("__doc__") || n.equals("__module__")
                    || n.equals("__annotations__")) {
                return space.getAttr(function(h), attr);
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
            if (n.equals("__isabstractmethod__")) {
                // CPython 3.11: property_get___isabstractmethod__(): any accessor that is abstract
                for (int w = FGET; w <= FDEL; w++) {
                    if (heap.getInt(h, w) != 0 && isAbstract(space, heap.getInt(h, w))) return space.newBool(true);
                }
                return space.newBool(false);
            }
            return super.getAttr(h, attr);
        }
    }

    /** Whether {@code f.__isabstractmethod__} is true (false when f has none). CPython 3.11: _PyObject_IsAbstract(). */
    static boolean isAbstract(ObjectSpace space, int f) {
        int v;
        try {
            v = space.getAttr(f, space.intern("__isabstractmethod__"));
        } catch (PyException e) {
            if (!space.exceptions.matches(e.exception(), space.exceptions.attributeError)) throw e;
            space.heap.decref(e.exception());
            return false;
        }
        try {
            return space.isTrue(v);
        } finally {
            space.heap.decref(v);
        }
    }

    /**
     * {@code member_descriptor}: the descriptor of one name of a class's {@code __slots__}, reading
     * and writing one word of the instances (CPython 3.11: Objects/descrobject.c member_get/_set).
     * {@code [refcnt | type | gc_next | gc_prev | OWNER | NAME | WORD]}: WORD is the instance's word.
     */
    public static final class Member extends TypeSlots {
        static final int OWNER = GcHeader.CONTAINER_HEADER_WORDS;
        static final int NAME = OWNER + 1;
        static final int WORD = OWNER + 2;
        static final int WORDS = WORD + 1;

        Member(ObjectSpace space) {
            super(space);
        }

        @Override
        public String name() {
            return "member_descriptor";
        }

        @Override
        public boolean isContainer() {
            return true;
        }

        /** A descriptor for slot {@code name} (borrowed) of class owner, stored in the instances' word {@code word}. */
        public int newMember(int owner, int name, int word) {
            int h = heap.newObject(WORDS * Heap.WORD, type);
            heap.setInt(h, GcHeader.GC_NEXT, 0);
            heap.setInt(h, GcHeader.GC_PREV, 0);
            heap.incref(owner);
            heap.setInt(h, OWNER, owner);
            heap.incref(name);
            heap.setInt(h, NAME, name);
            heap.setInt(h, WORD, word);
            space.track(h);
            return h;
        }

        private String memberName(int h) {
            return space.strSlots.toJava(heap.getInt(h, NAME));
        }

        private void checkInstance(int h, int obj) {
            int owner = heap.getInt(h, OWNER);
            if (!space.isInstance(obj, owner)) {
                throw space.typeError("descriptor '" + memberName(h) + "' for '" + space.typeName(owner)
                        + "' objects doesn't apply to a '" + space.typeName(space.typeOf(obj)) + "' object");
            }
        }

        /** {@code obj.name}: a new reference; AttributeError while the slot is empty. */
        int get(int h, int obj) {
            checkInstance(h, obj);
            int v = heap.getInt(obj, heap.getInt(h, WORD));
            if (v == 0) throw space.attributeError(obj, heap.getInt(h, NAME));
            heap.incref(v);
            return v;
        }

        /** {@code obj.name = value}, or {@code del obj.name} for value 0. */
        void set(int h, int obj, int value) {
            checkInstance(h, obj);
            int word = heap.getInt(h, WORD);
            int old = heap.getInt(obj, word);
            if (value == 0 && old == 0) throw space.error(space.exceptions.attributeError, memberName(h));
            if (value != 0) heap.incref(value);
            heap.setInt(obj, word, value);
            heap.xdecref(old);
        }

        @Override
        public int repr(int h) {
            return space.newStr("<member '" + memberName(h) + "' of '" + space.typeName(heap.getInt(h, OWNER)) + "' objects>");
        }

        @Override
        public void dealloc(int h) {
            heap.decref(heap.getInt(h, NAME));
            int owner = heap.getInt(h, OWNER);
            heap.free(h);
            heap.xdecref(owner);
        }

        @Override
        public void traverse(int h, java.util.function.IntConsumer visit) {
            int owner = heap.getInt(h, OWNER);
            if (owner != 0) visit.accept(owner);
        }

        @Override
        public void clear(int h) {
            int owner = heap.getInt(h, OWNER);
            heap.setInt(h, OWNER, 0);
            heap.xdecref(owner);
        }

        @Override
        public boolean genericGetAttr(int h) {
            return false;
        }

        @Override
        public int getAttr(int h, int attr) {
            switch (space.strSlots.toJava(attr)) {
                case "__name__":
                    heap.incref(heap.getInt(h, NAME));
                    return heap.getInt(h, NAME);
                case "__objclass__":
                    heap.incref(heap.getInt(h, OWNER));
                    return heap.getInt(h, OWNER);
                default:
                    return super.getAttr(h, attr);
            }
        }
    }
}
