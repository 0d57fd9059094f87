package dev.pyvm.objects;

import dev.pyvm.gc.GcHeader;
import dev.pyvm.memory.Heap;

/**
 * Weak references: {@code weakref.ReferenceType} (and, in {@link Proxy}, {@code weakref.ProxyType}
 * and {@code weakref.CallableProxyType}). CPython 3.11: Objects/weakrefobject.c.
 * <pre>
 *   weakref [refcnt | type | gc_next | gc_prev | OBJECT | CALLBACK | HASH (2 words) | PREV | NEXT]
 * </pre>
 * OBJECT is the referent, borrowed (not a reference the weakref owns), 0 once it is gone
 * (CPython's Py_None). CALLBACK is owned, 0 when none. HASH is the referent's hash once asked
 * (-1 until then). PREV and NEXT link the weakrefs to one referent, whose weak-list word (its
 * type's {@link TypeSlots#weaklistWord}) heads the list: the callback-less basic ref first,
 * then the callback-less proxy, then the others, newest first, as CPython keeps them.
 */
public class WeakrefType extends TypeSlots {
    static final int OBJECT = GcHeader.CONTAINER_HEADER_WORDS;
    static final int CALLBACK = OBJECT + 1;
    static final int HASH = OBJECT + 2;
    static final int PREV = OBJECT + 4;
    static final int NEXT = OBJECT + 5;
    static final int WORDS = NEXT + 1;

    WeakrefType(ObjectSpace space) {
        super(space);
    }

    @Override
    public String name() {
        return "ReferenceType";
    }

    /** CPython's tp_name, which messages show. */
    String fullName() {
        return "weakref." + name();
    }

    @Override
    public boolean isContainer() {
        return true;
    }

    @Override
    public boolean acceptableBase() {
        return true;
    }

    /** The weak-reference types of one space, made when {@code _weakref} is first imported. */
    public static final class Types {
        public final WeakrefType ref;
        public final Proxy proxy;
        public final Proxy callableProxy;
        private final ObjectSpace space;
        private final Heap heap;

        Types(ObjectSpace space) {
            this.space = space;
            this.heap = space.heap;
            ref = space.addType(new WeakrefType(space), WeakrefType::define);
            proxy = space.addType(new Proxy(space, false), Proxy::define);
            callableProxy = space.addType(new Proxy(space, true), Proxy::define);
        }

        /** Whether h is a weak reference or proxy (of a subclass too). */
        public boolean isWeakref(int h) {
            TypeSlots s = space.slotsOf(h);
            if (s == ref || s == proxy || s == callableProxy) return true;
            return s instanceof HeapType ht && ht.solidBase() == ref;
        }

        public boolean isProxy(int h) {
            TypeSlots s = space.slotsOf(h);
            return s == proxy || s == callableProxy;
        }

        /** The referent (borrowed), or 0 when it is gone. */
        public int referent(int wr) {
            return heap.getInt(wr, OBJECT);
        }

        public boolean hasCallback(int wr) {
            return heap.getInt(wr, CALLBACK) != 0;
        }

        /** The weak-list word of ob, or throws CPython's TypeError when its type has none. */
        private int listWord(int ob) {
            int w = space.slotsOf(ob).weaklistWord(ob);
            if (w < 0) {
                throw space.typeError("cannot create weak reference to '" + tpName(space.typeOf(ob)) + "' object");
            }
            return w;
        }

        /** A type's tp_name: a module's types carry their module. */
        String tpName(int t) {
            TypeSlots s = space.slotsOfType(t);
            if (s instanceof WeakrefType w) return w.fullName();
            return space.typeName(t);
        }

        /** The first weakref to ob (borrowed), or 0 (also when ob does not support them). */
        public int head(int ob) {
            int w = space.slotsOf(ob).weaklistWord(ob);
            return w < 0 ? 0 : heap.getInt(ob, w);
        }

        // CPython 3.11: get_basic_refs(): the callback-less ref and proxy at the head of the list
        private int[] basicRefs(int head) {
            int ref = 0, prox = 0;
            if (head != 0 && heap.getInt(head, CALLBACK) == 0) {
                if (space.typeOf(head) == this.ref.type()) {
                    ref = head;
                    head = heap.getInt(head, NEXT);
                }
                if (head != 0 && heap.getInt(head, CALLBACK) == 0) {
                    TypeSlots s = space.slotsOf(head);
                    if (s == proxy || s == callableProxy) prox = head;
                }
            }
            return new int[] {ref, prox};
        }

        private int allocate(int t, int ob, int callback) {
            TypeSlots ts = space.slotsOfType(t);
            int h;
            if (ts == ref || ts == proxy || ts == callableProxy) {
                h = heap.newObject(WORDS * Heap.WORD, t);
                heap.setInt(h, GcHeader.GC_NEXT, 0);
                heap.setInt(h, GcHeader.GC_PREV, 0);
            } else {
                h = ref.allocSubtype(t, WORDS);
            }
            heap.setInt(h, OBJECT, ob);
            if (callback != 0) heap.incref(callback);
            heap.setInt(h, CALLBACK, callback);
            heap.setLong(h, HASH, -1);
            heap.setInt(h, PREV, 0);
            heap.setInt(h, NEXT, 0);
            return h;
        }

        private void insertHead(int wr, int ob, int word) {
            int next = heap.getInt(ob, word);
            heap.setInt(wr, PREV, 0);
            heap.setInt(wr, NEXT, next);
            if (next != 0) heap.setInt(next, PREV, wr);
            heap.setInt(ob, word, wr);
        }

        private void insertAfter(int wr, int prev) {
            int next = heap.getInt(prev, NEXT);
            heap.setInt(wr, PREV, prev);
            heap.setInt(wr, NEXT, next);
            if (next != 0) heap.setInt(next, PREV, wr);
            heap.setInt(prev, NEXT, wr);
        }

        /** {@code weakref.ref(ob, callback)} for t (ref or a subclass): a new reference. CPython 3.11: weakref___new__(). */
        public int newRef(int t, int ob, int callback) {
            int word = listWord(ob);
            if (callback == space.none) callback = 0;
            int[] basic = basicRefs(heap.getInt(ob, word));
            if (callback == 0 && t == ref.type() && basic[0] != 0) {
                heap.incref(basic[0]);
                return basic[0];
            }
            int self = allocate(t, ob, callback);
            if (callback == 0 && t == ref.type()) {
                insertHead(self, ob, word);
            } else {
                basic = basicRefs(heap.getInt(ob, word));
                int prev = basic[1] == 0 ? basic[0] : basic[1];
                if (prev == 0) insertHead(self, ob, word);
                else insertAfter(self, prev);
            }
            space.track(self);
            return self;
        }

        /** {@code weakref.proxy(ob, callback)}: a new reference. CPython 3.11: PyWeakref_NewProxy(). */
        public int newProxy(int ob, int callback) {
            int word = listWord(ob);
            if (callback == space.none) callback = 0;
            int[] basic = basicRefs(heap.getInt(ob, word));
            if (callback == 0 && basic[1] != 0) {
                heap.incref(basic[1]);
                return basic[1];
            }
            Proxy kind = space.slotsOf(ob).isCallable(ob) ? callableProxy : proxy;
            int self = allocate(kind.type(), ob, callback);
            int prev;
            if (callback == 0) {
                prev = basic[0];
            } else {
                basic = basicRefs(heap.getInt(ob, word)); // the allocation may have changed them
                prev = basic[1] == 0 ? basic[0] : basic[1];
            }
            if (prev == 0) insertHead(self, ob, word);
            else insertAfter(self, prev);
            space.track(self);
            return self;
        }

        /** How many weakrefs ob has. CPython: _PyWeakref_GetWeakrefCount(). */
        public int count(int ob) {
            int n = 0;
            for (int wr = head(ob); wr != 0; wr = heap.getInt(wr, NEXT)) n++;
            return n;
        }

        /** The weakrefs to ob, in list order (borrowed). */
        public int[] all(int ob) {
            int[] out = new int[count(ob)];
            int i = 0;
            for (int wr = head(ob); wr != 0; wr = heap.getInt(wr, NEXT)) out[i++] = wr;
            return out;
        }

        /** Unlinks wr from its referent, leaving it dead; the callback is dropped too unless kept. CPython: clear_weakref(). */
        void clear(int wr, boolean keepCallback) {
            int ob = heap.getInt(wr, OBJECT);
            if (ob != 0) {
                int word = space.slotsOf(ob).weaklistWord(ob);
                if (heap.getInt(ob, word) == wr) heap.setInt(ob, word, heap.getInt(wr, NEXT));
                heap.setInt(wr, OBJECT, 0);
                int prev = heap.getInt(wr, PREV), next = heap.getInt(wr, NEXT);
                if (prev != 0) heap.setInt(prev, NEXT, next);
                if (next != 0) heap.setInt(next, PREV, prev);
                heap.setInt(wr, PREV, 0);
                heap.setInt(wr, NEXT, 0);
            }
            if (!keepCallback) {
                int cb = heap.getInt(wr, CALLBACK);
                heap.setInt(wr, CALLBACK, 0);
                if (cb != 0) heap.decref(cb);
            }
        }

        /** CPython: _PyWeakref_ClearRef(), for the collector: dead, callback kept. */
        public void clearRef(int wr) {
            clear(wr, true);
        }

        /** Calls wr's callback with wr; an exception is reported, never raised. CPython: handle_callback(). */
        public void callCallback(int wr, int callback) {
            try {
                heap.decref(space.call(callback, wr));
            } catch (PyException e) {
                space.writeUnraisable(e.exception(), callback);
                heap.decref(e.exception());
            }
        }

        /**
         * ob is being freed (its count is 0): its weakrefs die and their callbacks run, each with
         * its weakref, those whose weakref is itself alive. CPython 3.11: PyObject_ClearWeakRefs().
         */
        public void clearAll(int ob, int word) {
            int head = heap.getInt(ob, word);
            // the callback-less basic ref and proxy first
            if (head != 0 && heap.getInt(head, CALLBACK) == 0) {
                clear(head, false);
                head = heap.getInt(ob, word);
                if (head != 0 && heap.getInt(head, CALLBACK) == 0) {
                    clear(head, false);
                    head = heap.getInt(ob, word);
                }
            }
            if (head == 0) return;
            int n = 0;
            for (int wr = head; wr != 0; wr = heap.getInt(wr, NEXT)) n++;
            int[] refs = new int[n], callbacks = new int[n];
            int current = head;
            for (int i = 0; i < n; i++) {
                int next = heap.getInt(current, NEXT);
                int cb = heap.getInt(current, CALLBACK);
                if (heap.refcount(current) > 0) {
                    heap.incref(current);
                    refs[i] = current;
                    callbacks[i] = cb;
                } else if (cb != 0) {
                    heap.decref(cb);
                }
                heap.setInt(current, CALLBACK, 0);
                clear(current, false);
                current = next;
            }
            for (int i = 0; i < n; i++) {
                try {
                    if (callbacks[i] != 0) callCallback(refs[i], callbacks[i]);
                } finally {
                    if (callbacks[i] != 0) heap.decref(callbacks[i]);
                    if (refs[i] != 0) heap.decref(refs[i]);
                }
            }
        }
    }

    private Types types() {
        return space.weakrefs();
    }

    private static void define(WeakrefType t) {
        ObjectSpace space = t.space;
        space.setTypeModule(t.type(), "weakref");
        int index = space.builtinFunctionSlots.define("__callback__", t.type(), (self, args, start, nargs, kw) -> {
            int cb = t.heap.getInt(self, CALLBACK);
            if (cb == 0) cb = space.none;
            t.heap.incref(cb);
            return cb;
        });
        int fget = space.builtinFunctionSlots.newFunction(index, 0);
        int prop = space.propertySlots.newProperty(space.propertySlots.type(), fget, 0, 0, 0);
        t.heap.decref(fget);
        space.setTypeAttr(t.type(), "__callback__", prop);
        t.heap.decref(prop);
        space.installSlotWrappers(t, "__repr__ __hash__ __call__ __init__ " + String.join(" ", Compare.DUNDERS));
    }

    // ---- ref's slots ----

    // weakref___new__(): "__new__" takes 1 or 2 positional arguments, no keywords
    @Override
    public int construct(int t, int[] args, int start, int nargs, int kwnames) {
        ArgParser.noKeywords(space, "ref", kwnames);
        ArgParser.checkPositional(space, "__new__", nargs, 1, 2);
        return types().newRef(t, args[start], nargs > 1 ? args[start + 1] : 0);
    }

    @Override
    public int newSubtype(int t, int[] args, int start, int nargs, int kwnames) {
        int npos = ArgParser.positionalCount(space, nargs, kwnames);
        ArgParser.checkPositional(space, "__new__", npos, 1, 2);
        return types().newRef(t, args[start], npos > 1 ? args[start + 1] : 0);
    }

    // weakref___init__(): only checks its arguments
    @Override
    public void init(int h, int[] args, int start, int nargs, int kwnames) {
        int npos = ArgParser.positionalCount(space, nargs, kwnames);
        ArgParser.checkPositional(space, "__init__", npos, 1, 2);
    }

    // the __callback__ member (the generic lookup of built-in instances binds no property)
    @Override
    public int getAttr(int h, int name) {
        if (space.strSlots.toJava(name).equals("__callback__")) {
            int cb = heap.getInt(h, CALLBACK);
            if (cb == 0) cb = space.none;
            heap.incref(cb);
            return cb;
        }
        if (space.lookupType(space.typeOf(h), name) == 0 && !space.strSlots.toJava(name).equals("__class__")) {
            throw noAttribute(name);
        }
        return super.getAttr(h, name);
    }

    private PyException noAttribute(int name) {
        return space.error(space.exceptions.attributeError, "'" + fullName() + "' object has no attribute '"
                + space.strSlots.toJava(name) + "'");
    }

    @Override
    public void setAttr(int h, int name, int value) {
        String n = space.strSlots.toJava(name);
        if (n.equals("__callback__") || space.lookupType(space.typeOf(h), name) != 0) {
            throw space.error(space.exceptions.attributeError, n.equals("__callback__") ? "readonly attribute"
                    : "'" + fullName() + "' object attribute '" + n + "' is read-only");
        }
        throw noAttribute(name);
    }

    @Override
    public boolean genericGetAttr(int h) {
        return false;
    }

    // weakref_vectorcall(): the referent or None
    @Override
    public int call(int h, int[] args, int start, int nargs, int kwnames) {
        ArgParser.noKeywords(space, "weakref", kwnames);
        ArgParser.checkPositional(space, "weakref", nargs, 0, 0);
        int ob = heap.getInt(h, OBJECT);
        if (ob == 0) ob = space.none;
        heap.incref(ob);
        return ob;
    }

    @Override
    public boolean isCallable(int h) {
        return true;
    }

    // weakref_hash()
    @Override
    public long hash(int h) {
        long cached = heap.getLong(h, HASH);
        if (cached != -1) return cached;
        int ob = heap.getInt(h, OBJECT);
        if (ob == 0) throw space.typeError("weak object has gone away");
        heap.incref(ob);
        try {
            long v = space.hash(ob);
            heap.setLong(h, HASH, v);
            return v;
        } finally {
            heap.decref(ob);
        }
    }

    // weakref_richcompare()
    @Override
    public int richCompare(int a, int b, int op) {
        Types ts = types();
        if ((op != Compare.EQ && op != Compare.NE) || !ts.isWeakref(a) || !ts.isWeakref(b)
                || ts.isProxy(a) || ts.isProxy(b)) {
            return space.notImplemented();
        }
        int oa = heap.getInt(a, OBJECT), ob = heap.getInt(b, OBJECT);
        if (oa == 0 || ob == 0) return space.newBool((a == b) == (op == Compare.EQ));
        heap.incref(oa);
        heap.incref(ob);
        try {
            return space.richCompare(oa, ob, op);
        } finally {
            heap.decref(oa);
            heap.decref(ob);
        }
    }

    // weakref_repr()
    @Override
    public int repr(int h) {
        String self = "0x" + Long.toHexString(heap.address(h));
        int ob = heap.getInt(h, OBJECT);
        if (ob == 0) return space.newStr("<weakref at " + self + "; dead>");
        heap.incref(ob);
        try {
            String name = null;
            try {
                int n = space.getAttr(ob, space.intern("__name__"));
                try {
                    if (space.strSlots.check(n)) name = space.strSlots.toJava(n);
                } finally {
                    heap.decref(n);
                }
            } catch (PyException e) {
                if (!space.exceptions.matches(e.exception(), space.exceptions.attributeError)) throw e;
                heap.decref(e.exception());
            }
            return space.newStr("<weakref at " + self + "; to '" + types().tpName(space.typeOf(ob)) + "' at 0x"
                    + Long.toHexString(heap.address(ob)) + (name == null ? "" : " (" + name + ")") + ">");
        } finally {
            heap.decref(ob);
        }
    }

    @Override
    public void dealloc(int h) {
        types().clear(h, false);
        heap.free(h);
    }

    @Override
    public void traverse(int h, java.util.function.IntConsumer visit) {
        int cb = heap.getInt(h, CALLBACK);
        if (cb != 0) visit.accept(cb);
    }

    // gc_clear(): clear_weakref()
    @Override
    public void clear(int h) {
        types().clear(h, false);
    }

    @Override
    public long sizeof(int h) {
        return heap.blockBytes(h);
    }

    /**
     * {@code weakref.ProxyType} and {@code weakref.CallableProxyType}: every operation is the
     * referent's, or ReferenceError once it is gone. CPython 3.11: Objects/weakrefobject.c proxy_*.
     */
    public static final class Proxy extends WeakrefType {
        private final boolean callable;

        Proxy(ObjectSpace space, boolean callable) {
            super(space);
            this.callable = callable;
        }

        @Override
        public String name() {
            return callable ? "CallableProxyType" : "ProxyType";
        }

        @Override
        public boolean acceptableBase() {
            return false;
        }

        private static void define(Proxy t) {
            t.space.setTypeModule(t.type(), "weakref");
        }

        /** The referent (borrowed), or ReferenceError. CPython: UNWRAP / proxy_checkref. */
        private int unwrap(int h) {
            int ob = heap.getInt(h, OBJECT);
            if (ob == 0) throw space.error(space.exceptions.byName().get("ReferenceError"), "weakly-referenced object no longer exists");
            return ob;
        }

        /** o itself, or the referent when o is a proxy. */
        private int unwrapAny(int o) {
            TypeSlots s = space.slotsOf(o);
            return s instanceof Proxy p ? p.unwrap(o) : o;
        }

        @Override
        public int construct(int t, int[] args, int start, int nargs, int kwnames) {
            throw space.typeError("cannot create '" + fullName() + "' instances");
        }

        @Override
        public int newSubtype(int t, int[] args, int start, int nargs, int kwnames) {
            throw space.typeError("cannot create '" + fullName() + "' instances");
        }

        @Override
        public boolean genericGetAttr(int h) {
            return false;
        }

        @Override
        public int getAttr(int h, int name) {
            int ob = unwrap(h);
            heap.incref(ob);
            try {
                return space.getAttr(ob, name);
            } finally {
                heap.decref(ob);
            }
        }

        @Override
        public void setAttr(int h, int name, int value) {
            int ob = unwrap(h);
            heap.incref(ob);
            try {
                space.setAttr(ob, name, value);
            } finally {
                heap.decref(ob);
            }
        }

        @Override
        public int repr(int h) {
            int ob = heap.getInt(h, OBJECT);
            String self = "0x" + Long.toHexString(heap.address(h));
            if (ob == 0) return space.newStr("<weakproxy at " + self + "; dead>");
            return space.newStr("<weakproxy at " + self + "; to '" + space.weakrefs().tpName(space.typeOf(ob))
                    + "' at 0x" + Long.toHexString(heap.address(ob)) + ">");
        }

        @Override
        public int str(int h) {
            int ob = unwrap(h);
            heap.incref(ob);
            try {
                return space.newStr(space.str(ob));
            } finally {
                heap.decref(ob);
            }
        }

        @Override
        public long hash(int h) {
            throw space.typeError("unhashable type: '" + fullName() + "'");
        }

        @Override
        public int richCompare(int a, int b, int op) {
            int x = unwrapAny(a), y = unwrapAny(b);
            heap.incref(x);
            heap.incref(y);
            try {
                return space.richCompare(x, y, op);
            } finally {
                heap.decref(x);
                heap.decref(y);
            }
        }

        @Override
        public int binaryOp(int a, int b, int op) {
            int x = unwrapAny(a), y = unwrapAny(b);
            heap.incref(x);
            heap.incref(y);
            try {
                return space.binaryOp(x, y, op);
            } finally {
                heap.decref(x);
                heap.decref(y);
            }
        }

        @Override
        public int inplaceOp(int a, int b, int op) {
            int x = unwrapAny(a), y = unwrapAny(b);
            heap.incref(x);
            heap.incref(y);
            try {
                return space.inplaceOp(x, y, op);
            } finally {
                heap.decref(x);
                heap.decref(y);
            }
        }

        @Override
        public int unaryOp(int h, int op) {
            int ob = unwrap(h);
            heap.incref(ob);
            try {
                return space.unaryOp(ob, op);
            } finally {
                heap.decref(ob);
            }
        }

        @Override
        public boolean isTrue(int h) {
            int ob = unwrap(h);
            heap.incref(ob);
            try {
                return space.isTrue(ob);
            } finally {
                heap.decref(ob);
            }
        }

        @Override
        public long length(int h) {
            int ob = unwrap(h);
            heap.incref(ob);
            try {
                return space.length(ob);
            } finally {
                heap.decref(ob);
            }
        }

        @Override
        public boolean contains(int h, int key) {
            int ob = unwrap(h);
            heap.incref(ob);
            try {
                return space.contains(ob, key);
            } finally {
                heap.decref(ob);
            }
        }

        @Override
        public int getItem(int h, int key) {
            int ob = unwrap(h);
            heap.incref(ob);
            try {
                return space.getItem(ob, key);
            } finally {
                heap.decref(ob);
            }
        }

        @Override
        public void setItem(int h, int key, int value) {
            int ob = unwrap(h);
            heap.incref(ob);
            try {
                space.setItem(ob, key, value);
            } finally {
                heap.decref(ob);
            }
        }

        @Override
        public int iter(int h) {
            int ob = unwrap(h);
            heap.incref(ob);
            try {
                return space.iter(ob);
            } finally {
                heap.decref(ob);
            }
        }

        // proxy_iternext()
        @Override
        public int next(int h) {
            int ob = unwrap(h);
            if (!space.slotsOf(ob).isIterator()) {
                throw space.typeError("Weakref proxy referenced a non-iterator '" + space.typeName(space.typeOf(ob)) + "' object");
            }
            heap.incref(ob);
            try {
                return space.iterNextRaw(ob);
            } finally {
                heap.decref(ob);
            }
        }

        @Override
        public boolean isIterator() {
            return true;
        }

        @Override
        public int call(int h, int[] args, int start, int nargs, int kwnames) {
            if (!callable) return super.callNotCallable(h);
            int ob = unwrap(h);
            heap.incref(ob);
            try {
                return space.call(ob, args, start, nargs, kwnames);
            } finally {
                heap.decref(ob);
            }
        }

        @Override
        public boolean isCallable(int h) {
            return callable;
        }

        @Override
        public int format(int h, int spec) {
            int ob = unwrap(h);
            heap.incref(ob);
            try {
                return space.slotsOf(ob).format(ob, spec);
            } finally {
                heap.decref(ob);
            }
        }
    }

    int callNotCallable(int h) {
        throw space.typeError("'" + fullName() + "' object is not callable");
    }
}
