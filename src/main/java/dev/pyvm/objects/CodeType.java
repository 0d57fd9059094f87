package dev.pyvm.objects;

import dev.pyvm.bytecode.CodeObject;
import dev.pyvm.bytecode.ConstTuple;
import dev.pyvm.bytecode.Constants;
import dev.pyvm.memory.Heap;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code code}: a compiled code object on the heap. Its constants, names and its name are heap
 * objects; the instructions and tables are Java-side metadata ({@link Info}), indexed by the
 * INFO word and released with the object.
 * <pre>
 *   [refcnt | type | INFO | CONSTS (tuple) | NAMES (tuple of interned str) | NAME | QUALNAME | FILENAME]
 * </pre>
 * Code objects hold no mutable references, so they are not containers (as in CPython).
 */
public final class CodeType extends TypeSlots {
    static final int INFO = 2;
    static final int CONSTS = 3;
    static final int NAMES = 4;
    static final int NAME = 5;
    static final int QUALNAME = 6;
    static final int FILENAME = 7;
    static final int WORDS = 8;

    /**
     * What the interpreter reads of a code object on every instruction, cached beside it:
     * the instructions, the constants and names as handles (borrowed from the tuples), and the
     * frame geometry. {@code localsplus} is varnames, then cellvars, then freevars.
     */
    public static final class Info {
        /** Words of inline cache per instruction. */
        public static final int CACHE_WORDS = 4;
        public final CodeObject code;
        public final int[] consts;
        public final int[] names;
        public final int nlocals;
        public final int ncells;
        public final int nfrees;
        public final int nlocalsplus;
        public final int stackSize;
        /** The str objects of varnames (borrowed from the interned strings), for keyword binding. */
        public final int[] varnameStrs;
        /**
         * LOAD_GLOBAL's cache, two words per name: where names[i] was last found in the globals'
         * keys (2i) and in the builtins' keys (2i + 1), as entry indexes (DictType.valueAtHint).
         * CPython 3.11: LOAD_GLOBAL_MODULE / LOAD_GLOBAL_BUILTIN's cached index.
         */
        public final int[] globalHints;
        /**
         * The instructions as the interpreter runs them: a copy of the compiled ones, which the
         * specializing interpreter rewrites in place, and their inline caches (vm.Specializer).
         */
        public final int[] instructions;
        public final int[] cache;
        /** The number of positional parameters when there are no others (no *args, **kwargs, keyword-only), else -1. */
        public final int exactArgcount;
        /** The vm's compiled form of these instructions (vm.CompiledCode), or null. */
        public Object jit;
        /** Entries and backward jumps counted toward compiling; negative once compiling is given up. */
        public int warmth;
        /** Times the instructions were compiled. */
        public int compilations;

        Info(CodeObject code, int[] consts, int[] names, int[] varnameStrs) {
            this.code = code;
            this.instructions = code.instructions().clone();
            this.cache = new int[instructions.length * CACHE_WORDS];
            boolean simple = code.kwonlyargcount() == 0
                    && (code.flags() & (CodeObject.CO_VARARGS | CodeObject.CO_VARKEYWORDS)) == 0;
            this.exactArgcount = simple ? code.argcount() : -1;
            this.consts = consts;
            this.names = names;
            this.nlocals = code.varnames().size();
            this.ncells = code.cellvars().size();
            this.nfrees = code.freevars().size();
            this.nlocalsplus = nlocals + ncells + nfrees;
            this.stackSize = code.maxStackDepth();
            this.varnameStrs = varnameStrs;
            this.globalHints = new int[names.length * 2];
        }
    }

    private final List<Info> infos = new ArrayList<>();
    private int freeInfo = -1;
    private final List<Integer> nextFreeInfo = new ArrayList<>();

    CodeType(ObjectSpace space) {
        super(space);
    }

    @Override
    public String name() {
        return "code";
    }

    /** A new code object for {@code code}, its constants (nested code included) made on the heap. */
    public int fromCode(CodeObject code) {
        List<Object> cs = code.consts();
        int consts = space.newTupleOfSize(cs.size());
        int[] constHandles = new int[cs.size()];
        for (int i = 0; i < cs.size(); i++) {
            int c = constant(cs.get(i));
            space.tupleSlots.initItem(consts, i, c);
            constHandles[i] = c;
        }
        List<String> ns = code.names();
        int names = space.newTupleOfSize(ns.size());
        int[] nameHandles = new int[ns.size()];
        for (int i = 0; i < ns.size(); i++) {
            int n = space.intern(ns.get(i));
            heap.incref(n);
            space.tupleSlots.initItem(names, i, n);
            nameHandles[i] = n;
        }
        int[] varnameStrs = new int[code.varnames().size()];
        for (int i = 0; i < varnameStrs.length; i++) varnameStrs[i] = space.intern(code.varnames().get(i));
        int h = heap.newObject(WORDS * Heap.WORD, type);
        heap.setInt(h, INFO, store(new Info(code, constHandles, nameHandles, varnameStrs)));
        heap.setInt(h, CONSTS, consts);
        heap.setInt(h, NAMES, names);
        heap.setInt(h, NAME, newRef(space.intern(code.name())));
        heap.setInt(h, QUALNAME, newRef(space.intern(code.qualname())));
        heap.setInt(h, FILENAME, newRef(space.intern(code.filename())));
        return h;
    }

    private int newRef(int h) {
        heap.incref(h);
        return h;
    }

    private int store(Info info) {
        if (freeInfo >= 0) {
            int i = freeInfo;
            freeInfo = nextFreeInfo.get(i);
            infos.set(i, info);
            return i;
        }
        infos.add(info);
        nextFreeInfo.add(-1);
        return infos.size() - 1;
    }

    /** A compile-time constant as a new reference on the heap; strings are interned. */
    private int constant(Object c) {
        if (c instanceof Long l) return space.newInt(l);
        if (c instanceof BigInteger b) return space.newInt(b);
        if (c instanceof Double d) return space.newFloat(d);
        if (c instanceof String s) return newRef(space.intern(s));
        if (c instanceof Constants.Bytes b) return space.bytesSlots.fromJava(b.value());
        if (c instanceof Boolean b) return space.newBool(b);
        if (c == Constants.Singleton.NONE) return space.newNone();
        if (c == Constants.Singleton.ELLIPSIS) return newRef(space.ellipsis);
        if (c instanceof CodeObject code) return fromCode(code);
        if (c instanceof ConstTuple t) {
            int r = space.newTupleOfSize(t.size());
            for (int i = 0; i < t.size(); i++) space.tupleSlots.initItem(r, i, constant(t.get(i)));
            return r;
        }
        if (c instanceof dev.pyvm.bytecode.ConstFrozenset f) {
            // CPython's compiler makes the frozenset from the items in source order, then
            // merge_consts_recursive makes it again from the first one's items in its order:
            // the table (and the order the constant iterates in) is that of the second
            SetType frozenset = space.sequences.frozenset;
            int items = constant(new ConstTuple(f.items()));
            int first, ordered;
            try {
                first = frozenset.newSet(frozenset.type(), items);
            } finally {
                heap.decref(items);
            }
            try {
                ordered = space.listSlots.fromIterable(first);
            } finally {
                heap.decref(first);
            }
            try {
                return frozenset.newSet(frozenset.type(), ordered);
            } finally {
                heap.decref(ordered);
            }
        }
        throw space.error(space.exceptions.systemError, "pyvm has no heap form for the constant " + c);
    }

    public Info info(int h) {
        return infos.get(heap.getInt(h, INFO));
    }

    /** The instructions the interpreter runs for compiled code {@code code} (the last code object made of it still alive), or null. */
    public int[] runningInstructions(CodeObject code) {
        for (int i = infos.size() - 1; i >= 0; i--) {
            Info info = infos.get(i);
            if (info != null && info.code == code) return info.instructions;
        }
        return null;
    }

    public String qualname(int h) {
        return space.strSlots.toJava(heap.getInt(h, QUALNAME));
    }

    @Override
    public void dealloc(int h) {
        int i = heap.getInt(h, INFO);
        infos.set(i, null);
        nextFreeInfo.set(i, freeInfo);
        freeInfo = i;
        for (int w = CONSTS; w < WORDS; w++) heap.decref(heap.getInt(h, w));
        heap.free(h);
    }

    @Override
    public boolean genericGetAttr(int h) {
        return false;
    }

    /** The {@code co_*} attributes that describe the code (not the bytecode itself). */
    @Override
    public int getAttr(int h, int name) {
        CodeObject code = info(h).code;
        switch (space.strSlots.toJava(name)) {
            case "co_name": return newRef(heap.getInt(h, NAME));
            case "co_qualname": return newRef(heap.getInt(h, QUALNAME));
            case "co_filename": return newRef(heap.getInt(h, FILENAME));
            case "co_consts": return newRef(heap.getInt(h, CONSTS));
            case "co_names": return newRef(heap.getInt(h, NAMES));
            case "co_argcount": return space.newInt(code.argcount());
            case "co_posonlyargcount": return space.newInt(code.posonlyargcount());
            case "co_kwonlyargcount": return space.newInt(code.kwonlyargcount());
            case "co_flags": return space.newInt(code.flags());
            case "co_firstlineno": return space.newInt(code.firstlineno());
            case "co_nlocals": return space.newInt(code.varnames().size());
            case "co_varnames": return strTuple(code.varnames());
            case "co_cellvars": return strTuple(code.cellvars());
            case "co_freevars": return strTuple(code.freevars());
            default: return super.getAttr(h, name);
        }
    }

    private int strTuple(List<String> strs) {
        int t = space.newTupleOfSize(strs.size());
        for (int i = 0; i < strs.size(); i++) space.tupleSlots.initItem(t, i, newRef(space.intern(strs.get(i))));
        return t;
    }

    @Override
    public int repr(int h) {
        Info info = info(h);
        return space.newStr("<code object " + info.code.name() + " at 0x" + Long.toHexString(heap.address(h))
                + ", file \"" + info.code.filename() + "\", line " + info.code.firstlineno() + ">");
    }
}
