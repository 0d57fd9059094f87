package dev.pyvm.vm;

import dev.pyvm.bytecode.BinaryOps;
import dev.pyvm.bytecode.Opcode;
import dev.pyvm.memory.Heap;
import dev.pyvm.objects.CodeType;
import dev.pyvm.objects.Compare;
import dev.pyvm.objects.HeapType;
import dev.pyvm.objects.ObjectSpace;

/**
 * The adaptive half of the specializing interpreter, CPython 3.11's PEP 659 (Python/specialize.c):
 * it rewrites a generic instruction into a specialized form for the operands it sees, and back.
 *
 * <h2>Instructions and caches</h2>
 * Each code object's {@link CodeType.Info#instructions} is the interpreter's own copy of the
 * compiled instructions, rewritten in place; beside it, {@link CodeType.Info#cache} has
 * {@link #CACHE_WORDS} words per instruction:
 * <pre>
 *   cache[4i .. 4i+3]   for instruction i
 *   ┌────────┬────────┬────────┬───────────────────────────────┐
 *   │ word 0 │ word 1 │ word 2 │ COUNTER: backoff << 16 | count │
 *   └────────┴────────┴────────┴───────────────────────────────┘
 *    what the specialized form checks and uses, e.g.
 *    LOAD_ATTR_INSTANCE_VALUE: class, type version, index in the values array
 * </pre>
 * A generic instruction that can specialize counts down COUNTER; at zero it tries, and either
 * rewrites itself (filling words 0–2) or waits 2^backoff executions before trying again. A
 * specialized instruction whose guard fails rewrites itself back to the generic form with the
 * next backoff, then runs as the generic one: so a site that sees many kinds of operands settles
 * as generic, retrying ever more rarely (CPython: adaptive_counter_backoff).
 *
 * <h2>What a guard guarantees</h2>
 * A specialized instruction does exactly what the generic one does after its dispatch on the
 * operands' types: it only skips that dispatch. Attribute lookups cached under a type are valid
 * while the type's version tag ({@link ObjectSpace#typeVersion(int)}) is the one seen at
 * specialization: a change of the class's dict or of a base's, or a new shared key of its
 * instances' layout that is also a name of the class (one that could shadow a method), takes
 * the tag away, and a class made later with the same handle gets another. Values in the cache
 * are borrowed: the version guard keeps them alive (the class's dict holds them).
 *
 * <p>{@code -X nospecialize} turns rewriting off: every instruction stays generic.
 */
final class Specializer {
    static final int CACHE_WORDS = CodeType.Info.CACHE_WORDS;
    static final int COUNTER = 3;
    /** The most executions between two attempts: 2^MAX_BACKOFF. */
    private static final int MAX_BACKOFF = 12;
    private static final int FIRST_BACKOFF = 4;

    private final ObjectSpace space;
    private final Heap heap;

    Specializer(ObjectSpace space) {
        this.space = space;
        this.heap = space.heap;
    }

    /** Whether the generic instruction at {@code at} should try to specialize now (counting down otherwise). */
    static boolean due(int[] cache, int at) {
        int k = at * CACHE_WORDS + COUNTER;
        int c = cache[k];
        if ((c & 0xFFFF) == 0) return true;
        cache[k] = c - 1;
        return false;
    }

    /**
     * Whether the instruction at {@code at} has missed more than once (a failed guard or a failed
     * attempt, each one a step of backoff): a site that sees operands of several kinds, which
     * compiled code runs as the generic instruction, without adapting (BaselineCompiler).
     */
    static boolean unstable(int[] cache, int at) {
        return cache[at * CACHE_WORDS + COUNTER] >>> 16 > FIRST_BACKOFF;
    }

    /** The failed attempt or guard at {@code at}: wait 2^backoff executions before the next. */
    private static void backoff(int[] cache, int at) {
        int k = at * CACHE_WORDS + COUNTER;
        int b = Math.min(MAX_BACKOFF, Math.max(FIRST_BACKOFF, (cache[k] >>> 16) + 1));
        cache[k] = b << 16 | ((1 << b) - 1);
    }

    private static void rewrite(int[] code, int at, int op) {
        code[at] = (code[at] & ~0xFF) | op;
    }

    /** A specialized instruction's guard failed: back to the generic form, with backoff. */
    static void deoptimize(CodeType.Info code, int at) {
        code.instructions[at] = Opcode.deoptimize(code.instructions[at]);
        backoff(code.cache, at);
    }

    private boolean done(CodeType.Info code, int at, int op) {
        if (op < 0) {
            backoff(code.cache, at);
            return false;
        }
        rewrite(code.instructions, at, op);
        return true;
    }

    /** Whether a type version tag can guard a cache (0: the tags are used up). */
    private static boolean valid(int tag) {
        return tag != 0;
    }

    // ---- calls ----

    /** The bodies of len, isinstance and list.append (BuiltinFunctionType indices), found on first use. */
    private int lenCode = -2, isinstanceCode, appendCode;

    /**
     * CALL at {@code at} with {@code arg} arguments, the callable and what comes before it at
     * {@code mem[slot]}, {@code mem[slot + 1]} (no keywords): true when it was rewritten. Word 0
     * of the cache is the built-in body the call was specialized for.
     */
    boolean call(CodeType.Info code, int at, int[] mem, int slot, int arg) {
        if (lenCode == -2) {
            lenCode = space.builtinFunctionSlots.indexOf("len", 0);
            isinstanceCode = space.builtinFunctionSlots.indexOf("isinstance", 0);
            appendCode = space.builtinFunctionSlots.indexOf("append", space.listSlots.type());
        }
        int self = mem[slot], callable = self != 0 ? self : mem[slot + 1];
        int spec = -1, body = -1;
        if (space.typeOf(callable) == space.builtinFunctionSlots.type()) {
            body = space.builtinFunctionSlots.codeIndex(callable);
            if (self == 0 && arg == 1 && body == lenCode) {
                spec = Op.CALL_BUILTIN_LEN;
            } else if (self == 0 && arg == 2 && body == isinstanceCode
                    && space.typeOf(mem[slot + 3]) == space.typeSlots.type()) {
                spec = Op.CALL_BUILTIN_ISINSTANCE;
            } else if (self != 0 && arg == 1 && body == appendCode && space.builtinFunctionSlots.self(callable) == 0
                    && space.typeOf(mem[slot + 1]) == space.listSlots.type()) {
                spec = Op.CALL_LIST_APPEND;
            }
        }
        if (spec >= 0) fill(code, at, body, 0, 0);
        return done(code, at, spec);
    }

    private void fill(CodeType.Info code, int at, int w0, int w1, int w2) {
        int k = at * CACHE_WORDS;
        code.cache[k] = w0;
        code.cache[k + 1] = w1;
        code.cache[k + 2] = w2;
    }

    // ---- attributes ----

    // The decisions, shared with AttributeCache: what a load or store of name on an instance of
    // class t does, as far as t (under its version tag) fixes it.

    /**
     * The index in the values arrays from which LOAD_ATTR reads {@code name} on instances of
     * class t (no getattr hooks, no data descriptor of that name), or -1.
     */
    int loadIndex(int owner, int t, int name) {
        if (!(space.slotsOfType(t) instanceof HeapType ht) || !ht.usesValues() || !ht.genericGetAttr(owner)
                || !space.strSlots.isInterned(name)) return -1;
        int descr = space.lookupType(t, name);
        return descr == 0 || !space.isDataDescriptor(descr) ? ht.sharedKeyIndex(name) : -1;
    }

    /**
     * The method LOAD_METHOD pushes for {@code name} on instances of class t that have no dict of
     * their own (no instance has that name among its values), or 0.
     */
    int instanceMethod(int owner, int t, int name) {
        if (!(space.slotsOfType(t) instanceof HeapType ht) || !ht.usesValues() || !space.strSlots.isInterned(name)
                || ht.sharedKeyIndex(name) >= 0) return 0;
        return space.lookupMethod(owner, name);
    }

    /**
     * The index in the values arrays into which STORE_ATTR writes {@code name} on instances of
     * class t (no Python __setattr__, no data descriptor of that name), or -1.
     */
    int storeIndex(int t, int name) {
        if (!(space.slotsOfType(t) instanceof HeapType ht) || !ht.usesValues() || !ht.hasDict()
                || !space.strSlots.isInterned(name)) return -1;
        int hook = space.lookupType(t, space.ids.__setattr__);
        int descr = space.lookupType(t, name);
        if ((hook != 0 && space.typeOf(hook) == space.functionSlots.type())
                || (descr != 0 && space.isDataDescriptor(descr))) return -1;
        return ht.sharedKeyIndex(name);
    }

    /** Whether {@code owner}, of class t, keeps its attributes in a values array and has no dict. */
    private boolean withValuesNoDict(int t, int owner) {
        return space.slotsOfType(t) instanceof HeapType ht && ht.usesValues() && heap.getInt(owner, HeapType.DICT) == 0;
    }

    /**
     * LOAD_GLOBAL at {@code at} of {@code name} in exact dicts {@code globals} and
     * {@code builtins}: true when it was rewritten. The cache: the globals' keys version, the
     * word of the value (in the globals' keys, or the builtins'), the builtins' keys version.
     * CPython 3.11: _Py_Specialize_LoadGlobal.
     */
    boolean loadGlobal(CodeType.Info code, int at, int globals, int builtins, int name) {
        int op = -1;
        int dict = space.dictSlots.type();
        if (space.typeOf(globals) == dict && space.typeOf(builtins) == dict && space.typeOf(name) == space.strSlots.type()) {
            int word = space.dictSlots.strValueWord(globals, name);
            int version = word == -2 ? 0 : space.dictSlots.keysVersion(globals);
            if (word >= 0 && version != 0) {
                fill(code, at, version, word, 0);
                op = Op.LOAD_GLOBAL_MODULE;
            } else if (word == -1 && version != 0) {
                int builtinWord = space.dictSlots.strValueWord(builtins, name);
                int builtinsVersion = builtinWord >= 0 ? space.dictSlots.keysVersion(builtins) : 0;
                if (builtinsVersion != 0) {
                    fill(code, at, version, builtinWord, builtinsVersion);
                    op = Op.LOAD_GLOBAL_BUILTIN;
                }
            }
        }
        return done(code, at, op);
    }

    /**
     * Fills the cache of a LOAD_ATTR_MODULE or LOAD_METHOD_MODULE for module {@code owner}'s
     * attribute {@code name}: the version of its dict's keys and the word of the value there, as
     * LOAD_GLOBAL_MODULE; false when the attribute is not in the dict (or a type attribute of
     * module would be found first).
     */
    private boolean moduleAttribute(CodeType.Info code, int at, int owner, int name) {
        int dict = space.moduleSlots.dict(owner);
        if (space.lookupType(space.moduleSlots.type(), name) != 0 || space.typeOf(dict) != space.dictSlots.type()
                || space.typeOf(name) != space.strSlots.type()) return false;
        int word = space.dictSlots.strValueWord(dict, name);
        int version = word >= 0 ? space.dictSlots.keysVersion(dict) : 0;
        if (version == 0) return false;
        fill(code, at, version, word, 0);
        return true;
    }

    /** LOAD_ATTR at {@code at} on {@code owner}: true when it was rewritten. */
    boolean loadAttr(CodeType.Info code, int at, int owner, int name) {
        int t = space.typeOf(owner);
        int op = -1;
        if (t == space.moduleSlots.type()) {
            if (moduleAttribute(code, at, owner, name)) op = Op.LOAD_ATTR_MODULE;
        } else if (withValuesNoDict(t, owner)) {
            int index = loadIndex(owner, t, name);
            int tag = space.typeVersion(t);
            if (index >= 0 && valid(tag)) {
                fill(code, at, t, tag, index);
                op = Op.LOAD_ATTR_INSTANCE_VALUE;
            }
        }
        return done(code, at, op);
    }

    /** LOAD_METHOD at {@code at} on {@code owner}: true when it was rewritten. */
    boolean loadMethod(CodeType.Info code, int at, int owner, int name) {
        int t = space.typeOf(owner);
        int op = -1;
        int tag = space.typeVersion(t);
        if (t == space.moduleSlots.type()) {
            if (moduleAttribute(code, at, owner, name)) op = Op.LOAD_METHOD_MODULE;
        } else if (!valid(tag)) {
            op = -1;
        } else if (space.slotsOfType(t) instanceof HeapType) {
            int method = withValuesNoDict(t, owner) ? instanceMethod(owner, t, name) : 0;
            if (method != 0) {
                fill(code, at, t, tag, method);
                op = Op.LOAD_METHOD_WITH_VALUES;
            }
        } else if (space.strSlots.isInterned(name)) {
            // a built-in type: lookupMethod's answer depends on the type alone
            int method = space.lookupMethod(owner, name);
            if (method != 0) {
                fill(code, at, t, tag, method);
                op = Op.LOAD_METHOD_NO_DICT;
            }
        }
        return done(code, at, op);
    }

    /** STORE_ATTR at {@code at} on {@code owner}: true when it was rewritten. */
    boolean storeAttr(CodeType.Info code, int at, int owner, int name) {
        int t = space.typeOf(owner);
        int op = -1;
        if (withValuesNoDict(t, owner)) {
            int index = storeIndex(t, name);
            int tag = space.typeVersion(t);
            if (index >= 0 && valid(tag)) {
                fill(code, at, t, tag, index);
                op = Op.STORE_ATTR_INSTANCE_VALUE;
            }
        }
        return done(code, at, op);
    }

    // ---- operators ----

    /** Whether a BINARY_OP with this argument has specialized forms (+, -, * and their in-place forms). */
    static boolean specializable(int arg) {
        int op = arg >= BinaryOps.INPLACE ? arg - BinaryOps.INPLACE : arg;
        return op == BinaryOps.NB_ADD || op == BinaryOps.NB_SUBTRACT || op == BinaryOps.NB_MULTIPLY;
    }

    /** BINARY_OP at {@code at}: true when it was rewritten. */
    boolean binaryOp(CodeType.Info code, int at, int a, int b, int arg) {
        int op = arg >= BinaryOps.INPLACE ? arg - BinaryOps.INPLACE : arg;
        int ta = space.typeOf(a), tb = space.typeOf(b);
        int spec = -1;
        if (ta == tb) {
            if (ta == space.intSlots.type()) {
                spec = switch (op) {
                    case BinaryOps.NB_ADD -> Op.BINARY_OP_ADD_INT;
                    case BinaryOps.NB_SUBTRACT -> Op.BINARY_OP_SUBTRACT_INT;
                    case BinaryOps.NB_MULTIPLY -> Op.BINARY_OP_MULTIPLY_INT;
                    default -> -1;
                };
            } else if (ta == space.floatSlots.type()) {
                spec = switch (op) {
                    case BinaryOps.NB_ADD -> Op.BINARY_OP_ADD_FLOAT;
                    case BinaryOps.NB_SUBTRACT -> Op.BINARY_OP_SUBTRACT_FLOAT;
                    case BinaryOps.NB_MULTIPLY -> Op.BINARY_OP_MULTIPLY_FLOAT;
                    default -> -1;
                };
            } else if (ta == space.strSlots.type() && op == BinaryOps.NB_ADD) {
                spec = Op.BINARY_OP_ADD_UNICODE;
            }
        }
        return done(code, at, spec);
    }

    /** COMPARE_OP at {@code at}, fused with the conditional jump after it: true when it was rewritten. */
    boolean compareOp(CodeType.Info code, int at, int a, int b, int arg) {
        int next = at + 1 < code.instructions.length ? code.instructions[at + 1] & 0xFF : -1;
        int ta = space.typeOf(a), tb = space.typeOf(b);
        int spec = -1;
        if ((next == Op.POP_JUMP_IF_FALSE || next == Op.POP_JUMP_IF_TRUE) && ta == tb) {
            if (ta == space.intSlots.type()) spec = Op.COMPARE_OP_INT_JUMP;
            else if (ta == space.floatSlots.type()) spec = Op.COMPARE_OP_FLOAT_JUMP;
            else if (ta == space.strSlots.type() && (arg == Compare.EQ || arg == Compare.NE)) spec = Op.COMPARE_OP_STR_JUMP;
        }
        return done(code, at, spec);
    }

    // ---- containers ----

    /** BINARY_SUBSCR at {@code at}: true when it was rewritten. */
    boolean binarySubscr(CodeType.Info code, int at, int container, int key) {
        int t = space.typeOf(container);
        int spec = -1;
        if (t == space.listSlots.type() && space.typeOf(key) == space.intSlots.type()) spec = Op.BINARY_SUBSCR_LIST_INT;
        else if (t == space.tupleSlots.type() && space.typeOf(key) == space.intSlots.type()) spec = Op.BINARY_SUBSCR_TUPLE_INT;
        else if (t == space.dictSlots.type()) spec = Op.BINARY_SUBSCR_DICT;
        return done(code, at, spec);
    }

    /** STORE_SUBSCR at {@code at}: true when it was rewritten. */
    boolean storeSubscr(CodeType.Info code, int at, int container, int key) {
        int t = space.typeOf(container);
        int spec = -1;
        if (t == space.listSlots.type() && space.typeOf(key) == space.intSlots.type()) spec = Op.STORE_SUBSCR_LIST_INT;
        else if (t == space.dictSlots.type()) spec = Op.STORE_SUBSCR_DICT;
        return done(code, at, spec);
    }

    /** FOR_ITER at {@code at}: true when it was rewritten. */
    boolean forIter(CodeType.Info code, int at, int iterator) {
        int t = space.typeOf(iterator);
        int spec = -1;
        if (t == space.sequences.listIterator.type()) spec = Op.FOR_ITER_LIST;
        else if (t == space.sequences.rangeIterator.type()) spec = Op.FOR_ITER_RANGE;
        return done(code, at, spec);
    }

    /** UNPACK_SEQUENCE at {@code at}: true when it was rewritten. */
    boolean unpackSequence(CodeType.Info code, int at, int seq, int n) {
        int t = space.typeOf(seq);
        int spec = -1;
        if (t == space.tupleSlots.type() && space.tupleSlots.size(seq) == n) {
            spec = n == 2 ? Op.UNPACK_SEQUENCE_TWO_TUPLE : Op.UNPACK_SEQUENCE_TUPLE;
        } else if (t == space.listSlots.type() && space.listSlots.size(seq) == n) {
            spec = Op.UNPACK_SEQUENCE_LIST;
        }
        return done(code, at, spec);
    }
}
