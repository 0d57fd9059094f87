package dev.pyvm.objects;

import dev.pyvm.gc.GcHeader;
import dev.pyvm.memory.Heap;

/**
 * {@code function}: a code object with the globals it runs in, its defaults and its closure.
 * <pre>
 *   [refcnt | type | gc_next | gc_prev | CODE | GLOBALS | NAME | QUALNAME | DEFAULTS | KWDEFAULTS
 *    | CLOSURE | MODULE | DICT | ANNOTATIONS | DOC]    DEFAULTS … DOC are 0 when absent
 * </pre>
 * DOC is {@code __doc__} once assigned; until then it is the code's first constant when a str.
 */
public final class FunctionType extends TypeSlots {
    public static final int CODE = GcHeader.CONTAINER_HEADER_WORDS;
    public static final int GLOBALS = CODE + 1;
    public static final int NAME = CODE + 2;
    public static final int QUALNAME = CODE + 3;
    public static final int DEFAULTS = CODE + 4;
    public static final int KWDEFAULTS = CODE + 5;
    public static final int CLOSURE = CODE + 6;
    public static final int MODULE = CODE + 7;
    public static final int DICT = CODE + 8;
    public static final int ANNOTATIONS = CODE + 9;
    public static final int DOC = CODE + 10;
    static final int WORDS = DOC + 1;
    /** The head of the function's weak references (not a reference it owns). */
    static final int WEAKLIST = WORDS;
    static final int BLOCK_WORDS = WEAKLIST + 1;

    FunctionType(ObjectSpace space) {
        super(space);
    }

    @Override
    public String name() {
        return "function";
    }

    @Override
    public boolean isContainer() {
        return true;
    }

    /** A new function of {@code code} in {@code globals} (new references taken to both). */
    public int newFunction(int code, int globals) {
        int h = heap.newObject(BLOCK_WORDS * Heap.WORD, type);
        heap.setInt(h, GcHeader.GC_NEXT, 0);
        heap.setInt(h, GcHeader.GC_PREV, 0);
        heap.fillWords(h, CODE, BLOCK_WORDS - CODE, 0);
        heap.incref(code);
        heap.setInt(h, CODE, code);
        heap.incref(globals);
        heap.setInt(h, GLOBALS, globals);
        int name = heap.getInt(code, CodeType.NAME), qualname = heap.getInt(code, CodeType.QUALNAME);
        heap.incref(name);
        heap.setInt(h, NAME, name);
        heap.incref(qualname);
        heap.setInt(h, QUALNAME, qualname);
        int module = space.dictSlots.get(globals, "__name__");
        if (module != 0) {
            heap.incref(module);
            heap.setInt(h, MODULE, module);
        }
        space.track(h);
        return h;
    }

    /**
     * {@code function(code, globals, name=None, argdefs=None, closure=None)}, as
     * {@code types.FunctionType}. CPython 3.11: Objects/funcobject.c func_new_impl().
     */
    @Override
    public int construct(int t, int[] args, int start, int nargs, int kwnames) {
        if (t != type) throw space.typeError("cannot create '" + space.typeName(t) + "' instances");
        int[] a = TextArgs.parse(space, "function", args, start, nargs, kwnames,
                new String[] {"code", "globals", "name", "argdefs", "closure"}, 0, 2, 5);
        int code = a[0], globals = a[1], name = a[2], argdefs = a[3], closure = a[4];
        if (space.typeOf(code) != space.codeSlots.type()) {
            throw space.typeError("function() argument 'code' must be code, not " + space.typeName(space.typeOf(code)));
        }
        if (!space.dictSlots.check(globals)) {
            throw space.typeError("function() argument 'globals' must be dict, not " + space.typeName(space.typeOf(globals)));
        }
        int none = space.none;
        if (name != 0 && name != none && !space.strSlots.check(name)) throw space.typeError("arg 3 (name) must be None or string");
        if (argdefs != 0 && argdefs != none && !space.tupleSlots.check(argdefs)) {
            throw space.typeError("arg 4 (defaults) must be None or tuple");
        }
        int nfree = space.codeSlots.info(code).nfrees;
        boolean noClosure = closure == 0 || closure == none;
        if (!noClosure && !space.tupleSlots.check(closure)) throw space.typeError("arg 5 (closure) must be tuple");
        if (noClosure && nfree > 0) throw space.typeError("arg 5 (closure) must be tuple");
        int nclosure = noClosure ? 0 : space.tupleSlots.size(closure);
        if (nclosure != nfree) {
            throw space.valueError(space.strSlots.toJava(heap.getInt(code, CodeType.NAME)) + " requires closure of length "
                    + nfree + ", not " + nclosure);
        }
        for (int i = 0; i < nclosure; i++) {
            int cell = space.tupleSlots.item(closure, i);
            if (space.typeOf(cell) != space.cellSlots.type()) {
                throw space.typeError("arg 5 (closure) expected cell, found " + space.typeName(space.typeOf(cell)));
            }
        }
        int h = newFunction(code, globals);
        if (name != 0 && name != none) {
            heap.incref(name);
            setField(h, NAME, name);
        }
        if (argdefs != 0 && argdefs != none) {
            heap.incref(argdefs);
            setField(h, DEFAULTS, argdefs);
        }
        if (nclosure > 0) {
            heap.incref(closure);
            setField(h, CLOSURE, closure);
        }
        return h;
    }

    /** Sets field {@code word} (DEFAULTS, KWDEFAULTS, CLOSURE…), stealing the reference. */
    public void setField(int h, int word, int value) {
        int old = heap.getInt(h, word);
        heap.setInt(h, word, value);
        if (old != 0) heap.decref(old);
    }

    public int field(int h, int word) {
        return heap.getInt(h, word);
    }

    /**
     * MAKE_FUNCTION's annotations: a tuple of name, value pairs (a new reference, stolen) becomes
     * the function's {@code __annotations__} dict. CPython 3.11: func_get_annotations().
     */
    public void setAnnotations(int h, int pairs) {
        int annotations = space.dictSlots.newDict();
        setField(h, ANNOTATIONS, annotations);
        try {
            for (int i = 0; i + 1 < space.tupleSlots.size(pairs); i += 2) {
                space.dictSlots.put(annotations, space.tupleSlots.item(pairs, i), space.tupleSlots.item(pairs, i + 1));
            }
        } finally {
            heap.decref(pairs);
        }
    }

    public String qualname(int h) {
        return space.strSlots.toJava(heap.getInt(h, QUALNAME));
    }

    @Override
    public int weaklistWord(int h) {
        return WEAKLIST;
    }

    @Override
    public void dealloc(int h) {
        if (heap.getInt(h, WEAKLIST) != 0) space.clearWeakrefs(h, WEAKLIST);
        for (int w = CODE; w < WORDS; w++) {
            int ref = heap.getInt(h, w);
            if (ref != 0) heap.decref(ref);
        }
        heap.free(h);
    }

    @Override
    public void traverse(int h, java.util.function.IntConsumer visit) {
        for (int w = CODE; w < WORDS; w++) {
            int ref = heap.getInt(h, w);
            if (ref != 0) visit.accept(ref);
        }
    }

    // CPython 3.11: func_clear() keeps the code and the names
    @Override
    public void clear(int h) {
        for (int w : new int[] {GLOBALS, MODULE, DEFAULTS, KWDEFAULTS, CLOSURE, DICT, ANNOTATIONS, DOC}) setField(h, w, 0);
    }

    @Override
    public int repr(int h) {
        return space.newStr("<function " + qualname(h) + " at 0x" + Long.toHexString(heap.address(h)) + ">");
    }

    @Override
    public boolean isCallable(int h) {
        return true;
    }

    @Override
    public boolean genericGetAttr(int h) {
        return false;
    }

    @Override
    public int getAttr(int h, int name) {
        String n = space.strSlots.toJava(name);
        int word = switch (n) {
            case "__name__" -> NAME;
            case "__qualname__" -> QUALNAME;
            case "__module__" -> MODULE;
            case "__defaults__" -> DEFAULTS;
            case "__kwdefaults__" -> KWDEFAULTS;
            case "__code__" -> CODE;
            case "__globals__" -> GLOBALS;
            case "__closure__" -> CLOSURE;
            case "__annotations__" -> ANNOTATIONS;
            default -> -1;
        };
        if (word == ANNOTATIONS && heap.getInt(h, word) == 0) {
            // CPython 3.11: func_get_annotations() makes an empty dict on first use and keeps it
            heap.setInt(h, ANNOTATIONS, space.dictSlots.newDict());
        }
        if (word >= 0) {
            int v = heap.getInt(h, word);
            if (v == 0) return space.newNone();
            heap.incref(v);
            return v;
        }
        int dict = heap.getInt(h, DICT);
        if (dict != 0) {
            int v = space.dictSlots.get(dict, name);
            if (v != 0) {
                heap.incref(v);
                return v;
            }
        }
        if (n.equals("__dict__")) {
            if (dict == 0) {
                dict = space.dictSlots.newDict();
                heap.setInt(h, DICT, dict);
            }
            heap.incref(dict);
            return dict;
        }
        if (n.equals("__doc__") && heap.getInt(h, DOC) != 0) {
            heap.incref(heap.getInt(h, DOC));
            return heap.getInt(h, DOC);
        }
        if (n.equals("__doc__")) {
            // CPython 3.11: PyFunction_NewWithQualName: co_consts[0] when it is a str, else None
            int consts = heap.getInt(heap.getInt(h, CODE), CodeType.CONSTS);
            int doc = space.tupleSlots.size(consts) > 0 ? space.tupleSlots.item(consts, 0) : 0;
            if (doc == 0 || !space.strSlots.check(doc)) return space.newNone();
            heap.incref(doc);
            return doc;
        }
        return super.getAttr(h, name);
    }

    @Override
    public void setAttr(int h, int name, int value) {
        String n = space.strSlots.toJava(name);
        if ((n.equals("__name__") || n.equals("__qualname__")) && value != 0) {
            if (!space.strSlots.check(value)) {
                throw space.typeError(n + " must be set to a string object");
            }
            heap.incref(value);
            setField(h, n.equals("__name__") ? NAME : QUALNAME, value);
            return;
        }
        // CPython 3.11: func_set_annotations() (None or del: an empty dict on next use); __module__ is a member
        if (n.equals("__annotations__")) {
            if (value == space.none) value = 0;
            if (value != 0 && !space.dictSlots.check(value)) throw space.typeError("__annotations__ must be set to a dict object");
            if (value != 0) heap.incref(value);
            setField(h, ANNOTATIONS, value);
            return;
        }
        if (n.equals("__module__")) {
            if (value != 0) heap.incref(value);
            setField(h, MODULE, value);
            return;
        }
        if (n.equals("__doc__")) {
            // CPython 3.11: func_doc is a member; del sets None
            if (value == 0) value = space.none;
            heap.incref(value);
            setField(h, DOC, value);
            return;
        }
        int dict = heap.getInt(h, DICT);
        if (dict == 0) {
            if (value == 0) throw space.attributeError(h, name);
            dict = space.dictSlots.newDict();
            heap.setInt(h, DICT, dict);
        }
        space.dictSlots.setItem(dict, name, value);
    }
}
