package dev.pyvm.modules;

import dev.pyvm.gc.GcHeader;
import dev.pyvm.memory.Heap;
import dev.pyvm.objects.ObjectSpace;

/**
 * {@code functools.partial}: CPython 3.11 Modules/_functoolsmodule.c partial. Not a descriptor,
 * as CPython's; not subclassable in pyvm.
 * {@code [refcnt | type | gc_next | gc_prev | FN | ARGS | KW | DICT]}: the function, the tuple of
 * its first arguments, the dict of its keywords, the instance's {@code __dict__} (0 until made).
 * The collector's clear leaves FN None and ARGS the empty tuple.
 */
final class PartialType extends ModuleDefinedType {
    private static final int FN = GcHeader.CONTAINER_HEADER_WORDS;
    private static final int ARGS = FN + 1;
    private static final int KW = ARGS + 1;
    private static final int DICT = KW + 1;
    private static final int WORDS = DICT + 1;

    private PartialType(ObjectSpace space) {
        super(space, "functools");
    }

    static PartialType create(ObjectSpace space) {
        return space.addType(new PartialType(space), ModuleDefinedType::defineModule);
    }

    @Override
    public String name() {
        return "partial";
    }

    @Override
    public boolean isContainer() {
        return true;
    }

    // partial_new()
    @Override
    public int construct(int t, int[] args, int start, int nargs, int kwnames) {
        int nkw = Args.keywords(space, kwnames);
        int npos = nargs - nkw;
        if (npos < 1) throw space.typeError("type 'partial' takes at least one argument");
        int func = args[start];
        int pargs = space.emptyTuple, pkw = 0;
        if (space.typeOf(func) == type() && heap.getInt(func, DICT) == 0) {
            // a partial of a partial is flattened into one
            pargs = heap.getInt(func, ARGS);
            pkw = heap.getInt(func, KW);
            func = heap.getInt(func, FN);
        }
        if (!space.isSubtype(space.typeOf(func), space.typeSlots.type()) && !space.slotsOf(func).isCallable(func)) {
            throw space.typeError("the first argument must be callable");
        }
        int n0 = space.tupleSlots.size(pargs);
        int all = space.newTupleOfSize(n0 + npos - 1);
        for (int i = 0; i < n0; i++) {
            heap.incref(space.tupleSlots.item(pargs, i));
            space.tupleSlots.initItem(all, i, space.tupleSlots.item(pargs, i));
        }
        for (int i = 1; i < npos; i++) {
            heap.incref(args[start + i]);
            space.tupleSlots.initItem(all, n0 + i - 1, args[start + i]);
        }
        int kw = pkw != 0 ? space.dictSlots.copy(pkw) : space.dictSlots.newDict();
        for (int k = 0; k < nkw; k++) space.dictSlots.put(kw, space.tupleSlots.item(kwnames, k), args[start + npos + k]);
        int h = heap.newObject(WORDS * Heap.WORD, type());
        heap.setInt(h, GcHeader.GC_NEXT, 0);
        heap.setInt(h, GcHeader.GC_PREV, 0);
        heap.incref(func);
        heap.setInt(h, FN, func);
        heap.setInt(h, ARGS, all);
        heap.setInt(h, KW, kw);
        heap.setInt(h, DICT, 0);
        space.track(h);
        return h;
    }

    // partial_vectorcall() / partial_call()
    @Override
    public int call(int h, int[] args, int start, int nargs, int kwnames) {
        return MergedCall.call(space, heap.getInt(h, FN), heap.getInt(h, ARGS), heap.getInt(h, KW), args, start,
                nargs, kwnames);
    }

    @Override
    public boolean isCallable(int h) {
        return true;
    }

    @Override
    public void dealloc(int h) {
        heap.decref(heap.getInt(h, FN));
        heap.decref(heap.getInt(h, ARGS));
        heap.xdecref(heap.getInt(h, KW));
        heap.xdecref(heap.getInt(h, DICT));
        heap.free(h);
    }

    @Override
    public void traverse(int h, java.util.function.IntConsumer visit) {
        visit.accept(heap.getInt(h, FN));
        visit.accept(heap.getInt(h, ARGS));
        int kw = heap.getInt(h, KW);
        if (kw != 0) visit.accept(kw);
        int dict = heap.getInt(h, DICT);
        if (dict != 0) visit.accept(dict);
    }

    // partial_clear()
    @Override
    public void clear(int h) {
        int fn = heap.getInt(h, FN), pargs = heap.getInt(h, ARGS), kw = heap.getInt(h, KW), dict = heap.getInt(h, DICT);
        heap.setInt(h, FN, space.newNone());
        heap.incref(space.emptyTuple);
        heap.setInt(h, ARGS, space.emptyTuple);
        heap.setInt(h, KW, 0);
        heap.setInt(h, DICT, 0);
        heap.decref(fn);
        heap.decref(pargs);
        heap.xdecref(kw);
        heap.xdecref(dict);
    }

    // partial_repr(): functools.partial(<fn>, <args>..., <key>=<value>...)
    @Override
    public int repr(int h) {
        if (!space.reprEnter(h)) return space.newStr("...");
        try {
            StringBuilder b = new StringBuilder("functools.partial(");
            space.reprTo(heap.getInt(h, FN), b);
            int pargs = heap.getInt(h, ARGS);
            for (int i = 0; i < space.tupleSlots.size(pargs); i++) {
                b.append(", ");
                space.reprTo(space.tupleSlots.item(pargs, i), b);
            }
            int kw = heap.getInt(h, KW);
            if (kw != 0) {
                space.dictSlots.forEach(kw, (key, value) -> {
                    b.append(", ").append(space.str(key)).append('=');
                    space.reprTo(value, b);
                });
            }
            return space.newStr(b.append(')').toString());
        } finally {
            space.reprLeave(h);
        }
    }

    @Override
    public boolean genericGetAttr(int h) {
        return false;
    }

    /** The read-only members (partial_memberlist), data descriptors found before the instance dict. */
    private int member(String name) {
        return switch (name) {
            case "func" -> FN;
            case "args" -> ARGS;
            case "keywords" -> KW;
            default -> -1;
        };
    }

    @Override
    public int getAttr(int h, int name) {
        String n = space.strSlots.toJava(name);
        int word = member(n);
        if (word >= 0) {
            int v = heap.getInt(h, word);
            if (v == 0) v = space.none;
            heap.incref(v);
            return v;
        }
        if (n.equals("__dict__")) {
            int dict = ownDict(h);
            heap.incref(dict);
            return dict;
        }
        int dict = heap.getInt(h, DICT);
        int v = dict == 0 ? 0 : space.dictSlots.get(dict, name);
        if (v != 0) {
            heap.incref(v);
            return v;
        }
        return super.getAttr(h, name);
    }

    /** The instance dict, made on first need (borrowed). */
    private int ownDict(int h) {
        int dict = heap.getInt(h, DICT);
        if (dict == 0) {
            dict = space.dictSlots.newDict();
            heap.setInt(h, DICT, dict);
        }
        return dict;
    }

    // PyObject_GenericSetAttr() with partial's members read-only
    @Override
    public void setAttr(int h, int name, int value) {
        String n = space.strSlots.toJava(name);
        if (member(n) >= 0) throw space.error(space.exceptions.attributeError, "readonly attribute");
        if (n.equals("__dict__")) {
            if (value == 0) throw space.typeError("cannot delete __dict__");
            if (!space.dictSlots.check(value)) {
                throw space.typeError("__dict__ must be set to a dictionary, not a '"
                        + space.typeName(space.typeOf(value)) + "'");
            }
            int old = heap.getInt(h, DICT);
            heap.incref(value);
            heap.setInt(h, DICT, value);
            heap.xdecref(old);
            return;
        }
        if (value != 0) {
            space.dictSlots.put(ownDict(h), name, value);
            return;
        }
        int dict = heap.getInt(h, DICT);
        if (dict == 0 || !space.dictSlots.remove(dict, name)) {
            throw noAttribute(name);
        }
    }
}
