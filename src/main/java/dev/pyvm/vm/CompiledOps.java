package dev.pyvm.vm;

import dev.pyvm.memory.Heap;
import dev.pyvm.objects.HeapType;
import dev.pyvm.objects.IntType;
import dev.pyvm.objects.ObjectSpace;

/**
 * The instructions' fast paths as the compiled code of {@link BaselineCompiler} runs them: each
 * does what {@link Interpreter#run}'s case for the same instruction does when its guards hold,
 * and reports {@link #EXIT} before any effect when they do not, so that the interpreter runs the
 * instruction instead (and raises, deoptimizes, or takes the slow path, exactly as it would have).
 * A specialized form's cache words are arguments: the compiled code holds the values they had
 * when it was made, which stay consistent with each other whatever the cache holds later.
 *
 * <p>Most return the new stack pointer; the jumps return {@link #JUMP} or {@link #NO_JUMP}.
 */
final class CompiledOps {
    /** Leave the compiled code: the interpreter runs this instruction. */
    static final int EXIT = -1;
    static final int NO_JUMP = 0;
    static final int JUMP = 1;

    final Interpreter interp;
    private final Heap heap;
    private final ObjectSpace space;
    final int none;
    final int trueObject;
    final int falseObject;

    CompiledOps(Interpreter interp) {
        this.interp = interp;
        this.heap = interp.heap();
        this.space = interp.space;
        this.none = space.none;
        this.trueObject = space.trueObject;
        this.falseObject = space.falseObject;
    }

    boolean interruptRequested() {
        return interp.interruptPending();
    }

    /**
     * CALL: null when the call is made (its result pushed, f.sp past it); f itself to leave to the
     * interpreter here (an interrupt is pending, or the instruction just specialized, which it
     * does only when {@code adapt}); else the frame for the interpreter to run next (f.ip past the
     * call): that of the Python function called, which took the operands over, or one it switched
     * to ({@link Interpreter#runNested}, which runs compiled callees itself).
     */
    Frame call(Frame f, int sp, int arg, int at, boolean adapt) {
        if (interp.interruptPending()) return f;
        int slot = sp - arg - 2;
        if (adapt && interp.specializeCall(f, at, slot, arg)) return f;
        f.sp = sp;
        f.ip = at + 1;
        Frame callee;
        try {
            callee = interp.callOrFrame(f, slot, 0);
        } catch (RuntimeException | Error e) {
            f.sp = sp; // as the interpreter unwinds a CALL that raised
            throw e;
        }
        return callee == null ? null : interp.runNested(callee, f);
    }

    /** CALL after KW_NAMES: as {@link #call}, with keywords (which never specializes). */
    Frame callKw(Frame f, int sp, int arg, int at, int kwnames) {
        if (interp.interruptPending()) return f;
        f.sp = sp;
        f.ip = at + 1;
        Frame callee;
        try {
            callee = interp.callOrFrame(f, sp - arg - 2, kwnames);
        } catch (RuntimeException | Error e) {
            f.sp = sp;
            throw e;
        }
        return callee == null ? null : interp.runNested(callee, f);
    }

    /** LOAD_GLOBAL: EXIT when the instruction just specialized (the interpreter runs the specialized form). */
    int loadGlobal(Frame f, int[] mem, int sp, int arg, int at, boolean adapt) {
        if (adapt && interp.specializeLoadGlobal(f, at, arg)) return EXIT;
        int v = interp.loadGlobal(f, arg);
        heap.incref(v);
        mem[sp] = v;
        return sp + 1;
    }

    // ---- stack and locals ----

    int loadFast(int[] mem, int sp, int slot) {
        int v = mem[slot];
        if (v == 0) return EXIT;
        heap.incref(v);
        mem[sp] = v;
        return sp + 1;
    }

    int storeFast(int[] mem, int sp, int slot) {
        int old = mem[slot];
        mem[slot] = mem[sp - 1];
        heap.xdecref(old);
        return sp - 1;
    }

    int loadConst(int[] mem, int sp, int v) {
        heap.incref(v);
        mem[sp] = v;
        return sp + 1;
    }

    int popTop(int[] mem, int sp) {
        heap.decref(mem[sp - 1]);
        return sp - 1;
    }

    int copy(int[] mem, int sp, int n) {
        int v = mem[sp - n];
        heap.incref(v);
        mem[sp] = v;
        return sp + 1;
    }

    static int swap(int[] mem, int sp, int n) {
        int v = mem[sp - 1];
        mem[sp - 1] = mem[sp - n];
        mem[sp - n] = v;
        return sp;
    }

    int loadClosure(int[] mem, int sp, int slot) {
        int cell = mem[slot];
        heap.incref(cell);
        mem[sp] = cell;
        return sp + 1;
    }

    int loadDeref(int[] mem, int sp, int slot) {
        int v = space.cellSlots.get(mem[slot]);
        if (v == 0) return EXIT;
        heap.incref(v);
        mem[sp] = v;
        return sp + 1;
    }

    int storeDeref(int[] mem, int sp, int slot) {
        space.cellSlots.set(mem[slot], mem[sp - 1]);
        return sp - 1;
    }

    int unaryNot(int[] mem, int sp) {
        int v = mem[sp - 1];
        boolean t = space.isTrue(v);
        mem[sp - 1] = space.newBool(!t);
        heap.decref(v);
        return sp;
    }

    int isOp(int[] mem, int sp, int invert) {
        int b = mem[sp - 1], a = mem[sp - 2];
        mem[sp - 2] = space.newBool((a == b) != (invert == 1));
        heap.decref(b);
        heap.decref(a);
        return sp - 1;
    }

    int buildTuple(int[] mem, int sp, int n) {
        int t = interp.buildTuple(mem, sp - n, n);
        mem[sp - n] = t;
        return sp - n + 1;
    }

    int buildList(int[] mem, int sp, int n) {
        int l = interp.buildList(mem, sp - n, n);
        mem[sp - n] = l;
        return sp - n + 1;
    }

    int listAppend(Frame f, int[] mem, int sp, int n) {
        int v = mem[sp - 1];
        f.sp = sp - 1; // as the interpreter's stack stands if the append raises
        space.listSlots.appendSteal(mem[sp - 1 - n], v);
        return sp - 1;
    }

    int getIter(int[] mem, int sp) {
        int v = mem[sp - 1];
        mem[sp - 1] = space.iter(v);
        heap.decref(v);
        return sp;
    }

    // ---- jumps: the operand popped, JUMP or NO_JUMP; EXIT for a value that is not a bool ----

    int popJumpIfFalse(int[] mem, int sp) {
        int v = mem[sp - 1];
        if (v != falseObject && v != trueObject) return EXIT;
        heap.decref(v);
        return v == falseObject ? JUMP : NO_JUMP;
    }

    int popJumpIfTrue(int[] mem, int sp) {
        int v = mem[sp - 1];
        if (v != falseObject && v != trueObject) return EXIT;
        heap.decref(v);
        return v == trueObject ? JUMP : NO_JUMP;
    }

    int popJumpIfNone(int[] mem, int sp) {
        int v = mem[sp - 1];
        heap.decref(v);
        return v == none ? JUMP : NO_JUMP;
    }

    int popJumpIfNotNone(int[] mem, int sp) {
        int v = mem[sp - 1];
        heap.decref(v);
        return v != none ? JUMP : NO_JUMP;
    }

    // ---- specialized instructions ----

    int loadGlobalModule(Frame f, int[] mem, int sp, int version, int word) {
        int v = space.dictSlots.valueAtVersion(f.globals, version, word);
        if (v == 0) return EXIT;
        heap.incref(v);
        mem[sp] = v;
        return sp + 1;
    }

    int loadGlobalBuiltin(Frame f, int[] mem, int sp, int globalsVersion, int builtinsVersion, int word) {
        if (space.dictSlots.currentKeysVersion(f.globals) != globalsVersion) return EXIT;
        int v = space.dictSlots.valueAtVersion(f.builtins, builtinsVersion, word);
        if (v == 0) return EXIT;
        heap.incref(v);
        mem[sp] = v;
        return sp + 1;
    }

    private boolean sameClass(int owner, int type, int version) {
        return space.typeOf(owner) == type && space.versionTag(type) == version;
    }

    int loadAttrInstanceValue(int[] mem, int sp, int type, int version, int index) {
        int owner = mem[sp - 1];
        if (!sameClass(owner, type, version)) return EXIT;
        int values = HeapType.valuesWithRoom(heap, owner, index);
        int v = values == 0 ? 0 : heap.getInt(values, 1 + index);
        if (v == 0) return EXIT;
        heap.incref(v);
        mem[sp - 1] = v;
        heap.decref(owner);
        return sp;
    }

    int loadAttrModule(int[] mem, int sp, int version, int word) {
        int owner = mem[sp - 1];
        if (space.typeOf(owner) != space.moduleSlots.type()) return EXIT;
        int v = space.dictSlots.valueAtVersion(space.moduleSlots.dict(owner), version, word);
        if (v == 0) return EXIT;
        heap.incref(v);
        mem[sp - 1] = v;
        heap.decref(owner);
        return sp;
    }

    int loadMethodCached(int[] mem, int sp, int type, int version, int meth, boolean withValues) {
        int owner = mem[sp - 1];
        if (!sameClass(owner, type, version)) return EXIT;
        if (withValues && heap.getInt(owner, HeapType.DICT) != 0) return EXIT;
        heap.incref(meth);
        mem[sp - 1] = meth;
        mem[sp] = owner;
        return sp + 1;
    }

    int loadMethodModule(int[] mem, int sp, int version, int word) {
        int owner = mem[sp - 1];
        if (space.typeOf(owner) != space.moduleSlots.type()) return EXIT;
        int v = space.dictSlots.valueAtVersion(space.moduleSlots.dict(owner), version, word);
        if (v == 0) return EXIT;
        heap.incref(v);
        mem[sp - 1] = 0;
        mem[sp] = v;
        heap.decref(owner);
        return sp + 1;
    }

    int storeAttrInstanceValue(int[] mem, int sp, int type, int version, int index, int name) {
        int owner = mem[sp - 1];
        if (!sameClass(owner, type, version) || heap.getInt(owner, HeapType.DICT) != 0) return EXIT;
        int values = HeapType.valuesWithRoom(heap, owner, index);
        if (values == 0) {
            // a new instance: its values array is made (or grown) as the generic store does
            space.setAttr(owner, name, mem[sp - 2]);
            heap.decref(owner);
            heap.decref(mem[sp - 2]);
            return sp - 2;
        }
        int old = heap.getInt(values, 1 + index);
        heap.setInt(values, 1 + index, mem[sp - 2]); // the stack's reference moves in
        if (old != 0) heap.decref(old);
        heap.decref(owner);
        return sp - 2;
    }

    int binaryOpInt(int[] mem, int sp, int arg) {
        int b = mem[sp - 1], a = mem[sp - 2];
        int intType = space.intSlots.type();
        if (space.typeOf(a) != intType || space.typeOf(b) != intType) return EXIT;
        long r = Interpreter.machineIntOp(arg, heap.getLong(a, IntType.VALUE_WORD), heap.getLong(b, IntType.VALUE_WORD));
        int result = r != Long.MIN_VALUE ? space.newInt(r) : interp.binaryOp(a, b, arg);
        mem[sp - 2] = result;
        space.intSlots.releaseExact(b);
        space.intSlots.releaseExact(a);
        return sp - 1;
    }

    int binaryOpFloat(int[] mem, int sp, int arg) {
        int b = mem[sp - 1], a = mem[sp - 2];
        int floatType = space.floatSlots.type();
        if (space.typeOf(a) != floatType || space.typeOf(b) != floatType) return EXIT;
        int result = space.newFloat(Interpreter.machineFloatOp(arg, space.floatSlots.value(a), space.floatSlots.value(b)));
        mem[sp - 2] = result;
        space.floatSlots.releaseExact(b);
        space.floatSlots.releaseExact(a);
        return sp - 1;
    }

    int binaryOpAddUnicode(int[] mem, int sp) {
        int b = mem[sp - 1], a = mem[sp - 2];
        int strType = space.strSlots.type();
        if (space.typeOf(a) != strType || space.typeOf(b) != strType) return EXIT;
        int r = space.strSlots.concat(a, b);
        mem[sp - 2] = r;
        heap.decref(b);
        heap.decref(a);
        return sp - 1;
    }

    /** COMPARE_OP_*_JUMP with the POP_JUMP_IF_TRUE (jumpIfTrue) or _FALSE after it: JUMP, NO_JUMP or EXIT. */
    int compareJump(int[] mem, int sp, int op, int arg, boolean jumpIfTrue) {
        int b = mem[sp - 1], a = mem[sp - 2];
        int t = interp.compareJump(op, a, b, arg);
        if (t < 0) return EXIT;
        if (op == Op.COMPARE_OP_FLOAT_JUMP) {
            space.floatSlots.releaseExact(b);
            space.floatSlots.releaseExact(a);
        } else {
            heap.decref(b);
            heap.decref(a);
        }
        return (t == 1) == jumpIfTrue ? JUMP : NO_JUMP;
    }

    int binarySubscr(int[] mem, int sp, int op) {
        int key = mem[sp - 1], container = mem[sp - 2];
        int r = interp.subscr(op, container, key);
        if (r == 0) return EXIT;
        mem[sp - 2] = r;
        heap.decref(key);
        heap.decref(container);
        return sp - 1;
    }

    int storeSubscr(int[] mem, int sp, boolean dict) {
        int key = mem[sp - 1], container = mem[sp - 2], value = mem[sp - 3];
        int t = space.typeOf(container);
        if (dict) {
            if (t != space.dictSlots.type()) return EXIT;
            space.dictSlots.put(container, key, value);
        } else {
            if (t != space.listSlots.type()) return EXIT;
            space.listSlots.setItem(container, key, value);
        }
        heap.decref(key);
        heap.decref(container);
        heap.decref(value);
        return sp - 3;
    }

    /** FOR_ITER_RANGE / _LIST: the next item pushed and NO_JUMP, or the iterator popped and JUMP; EXIT. */
    int forIter(int[] mem, int sp, boolean range) {
        int it = mem[sp - 1];
        int next;
        if (range) {
            if (space.typeOf(it) != space.sequences.rangeIterator.type()) return EXIT;
            next = space.sequences.rangeIterator.next(it);
        } else {
            if (space.typeOf(it) != space.sequences.listIterator.type()) return EXIT;
            next = space.sequences.listIterator.next(it);
        }
        if (next != 0) {
            mem[sp] = next;
            return NO_JUMP;
        }
        heap.decref(it);
        return JUMP;
    }

    int unpackSequence(int[] mem, int sp, int n, boolean list) {
        int seq = mem[sp - 1];
        if (space.typeOf(seq) != (list ? space.listSlots.type() : space.tupleSlots.type())
                || (list ? space.listSlots.size(seq) : space.tupleSlots.size(seq)) != n) return EXIT;
        sp = interp.pushItemsReversed(mem, sp - 1, seq, n, list);
        heap.decref(seq);
        return sp;
    }

    int callBuiltinLen(int[] mem, int sp, int body) {
        int r = interp.callBuiltinLen(mem, sp, body);
        if (r == 0) return EXIT;
        mem[sp - 3] = r;
        return sp - 2;
    }

    int callBuiltinIsinstance(int[] mem, int sp, int body) {
        int r = interp.callBuiltinIsinstance(mem, sp, body);
        if (r == 0) return EXIT;
        mem[sp - 4] = r;
        return sp - 3;
    }

    int callListAppend(int[] mem, int sp, int body) {
        int r = interp.callListAppend(mem, sp, body);
        if (r == 0) return EXIT;
        mem[sp - 3] = r;
        return sp - 2;
    }
}
