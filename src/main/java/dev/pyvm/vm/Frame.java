package dev.pyvm.vm;

import dev.pyvm.memory.Heap;
import dev.pyvm.objects.CodeType;

/**
 * One activation of a code object. Everything it holds references to lives in its storage block
 * on the heap; this Java object only says where, and keeps the execution state (next instruction,
 * stack pointer), which is metadata.
 * <pre>
 *   storage  [FUNC | GLOBALS | BUILTINS | LOCALS | CODE | localsplus … | value stack …]
 *             owned  borrowed  borrowed   owned   owned  └ varnames, cellvars, freevars ┘
 * </pre>
 * FUNC is the function being run (0 for module and class bodies); LOCALS is the namespace dict
 * of module and class bodies (0 in functions, whose locals are the fast slots). {@link #sp} is the
 * absolute index in {@link #mem} of the first free stack slot. As CPython 3.11's
 * _PyInterpreterFrame, a frame borrows its globals and builtins: the function (or, for a module
 * body, whoever runs it) keeps them alive while the frame runs. A frame whose storage outlives
 * that (a generator's, which lets its function go; one a traceback's frame object takes over)
 * comes to own them: {@link #ownsNamespaces}.
 *
 * <p>A guarded frame (debug mode) has {@link #GUARD_WORDS} more words after its value stack,
 * filled with {@link #GUARD_WORD}: a push beyond the code's maximum stack depth overwrites one,
 * which {@link #stackOverflowDepth} reports.
 */
final class Frame {
    static final int FUNC = 0;
    static final int GLOBALS = 1;
    static final int BUILTINS = 2;
    static final int LOCALS = 3;
    static final int CODE = 4;
    static final int HEADER = 5;
    static final int GUARD_WORDS = 16;
    /** Neither NULL nor a handle the heap hands out. */
    static final int GUARD_WORD = 0xDEADBEEF;

    final CodeType.Info code;
    final int codeObject;
    final int storage;
    final int[] mem;
    /** Index in mem of localsplus[0]. */
    final int localsBase;
    /** Index in mem of the bottom of the value stack. */
    final int stackBase;
    /** Words of guard after the value stack (0 when not guarded). */
    private final int guardWords;
    private boolean overflowReported;
    final int globals;
    final int builtins;
    final int locals;
    /** The caller's frame; a generator's frame gets a new one at each resume. */
    Frame back;
    /** Returning from this frame returns from {@link Interpreter#run}: a Java caller waits for it. */
    boolean entry;
    /** Set when the frame suspended at a {@code yield} (rather than returned) as run() returned. */
    boolean yielded;
    /** Set once the frame's storage is given back: the frame is finished. */
    boolean released;
    int sp;
    int ip;
    /** The instruction being executed, for tracebacks and the exception table. */
    int lasti;
    /** The frame's Python object once a traceback needed one (a reference the frame holds), else 0. */
    int frameObject;
    /** Whether GLOBALS and BUILTINS are owned references (see the class comment). */
    boolean ownsNamespaces;
    /**
     * A frame of {@code __init__} entered from a class call (Interpreter.initFrame): its result
     * must be None, and the caller keeps the new instance as the call's result instead.
     */
    boolean initializing;

    /**
     * A new frame. It takes a new reference to {@code function} unless {@code functionMoved},
     * when it takes over the caller's (a call site's stack slot); it borrows globals and builtins.
     */
    Frame(Heap heap, CodeType.Info code, int codeObject, int function, boolean functionMoved, int globals,
            int builtins, int locals, Frame back, boolean entry, boolean guarded) {
        this.code = code;
        this.codeObject = codeObject;
        this.back = back;
        this.entry = entry;
        this.guardWords = guarded ? GUARD_WORDS : 0;
        int words = HEADER + code.nlocalsplus + code.stackSize + guardWords;
        this.storage = heap.alloc(words * Heap.WORD);
        this.mem = heap.memory(storage);
        int base = heap.base(storage);
        mem[base + FUNC] = function;
        mem[base + GLOBALS] = globals;
        mem[base + BUILTINS] = builtins;
        mem[base + LOCALS] = locals;
        mem[base + CODE] = codeObject;
        if (function != 0 && !functionMoved) heap.incref(function);
        if (locals != 0) heap.incref(locals);
        heap.incref(codeObject);
        this.localsBase = base + HEADER;
        this.stackBase = localsBase + code.nlocalsplus;
        java.util.Arrays.fill(mem, localsBase, stackBase, 0);
        int stackEnd = stackBase + code.stackSize;
        java.util.Arrays.fill(mem, stackEnd, stackEnd + guardWords, GUARD_WORD);
        this.sp = stackBase;
        this.globals = globals;
        this.builtins = builtins;
        this.locals = locals;
    }

    /**
     * For a guarded frame whose value stack went past the code's maximum depth: the depth it
     * reached (at least, if the whole guard was overwritten), the first time it is asked;
     * otherwise -1.
     */
    int stackOverflowDepth() {
        if (overflowReported) return -1;
        int stackEnd = stackBase + code.stackSize;
        for (int i = stackEnd + guardWords - 1; i >= stackEnd; i--) {
            if (mem[i] != GUARD_WORD) {
                overflowReported = true;
                return i + 1 - stackBase;
            }
        }
        return -1;
    }

    int function() {
        return mem[localsBase - HEADER + FUNC];
    }

    /** Takes references to the globals and builtins, for a frame that outlives its function or caller. */
    void ownNamespaces(Heap heap) {
        if (ownsNamespaces) return;
        ownsNamespaces = true;
        heap.incref(mem[localsBase - HEADER + GLOBALS]);
        heap.incref(mem[localsBase - HEADER + BUILTINS]);
    }

    /** Drops the frame's reference to its function (a generator's frame keeps only its code). */
    void dropFunction(Heap heap) {
        ownNamespaces(heap);
        int at = localsBase - HEADER + FUNC;
        int fn = mem[at];
        mem[at] = 0;
        heap.xdecref(fn);
    }

    /**
     * Releases every reference the frame holds and gives its storage back, unless a frame object
     * still referenced elsewhere (a traceback's) takes the storage over.
     */
    void release(Heap heap) {
        released = true;
        int[] m = mem;
        for (int i = sp - 1; i >= stackBase; i--) heap.xdecref(m[i]); // a call site holds NULL
        sp = stackBase;
        int frame = frameObject;
        frameObject = 0;
        if (frame != 0 && FrameObjectType.finish(heap, frame, code.code.lineOf(lasti))) {
            ownNamespaces(heap); // the frame object keeps the storage
            return;
        }
        releaseStorage(heap, storage, HEADER + code.nlocalsplus, ownsNamespaces);
    }

    /**
     * Drops the references in the first {@code size} words of a frame's storage (header and
     * localsplus; GLOBALS and BUILTINS only when {@code ownsNamespaces}), then frees it.
     */
    static void releaseStorage(Heap heap, int storage, int size, boolean ownsNamespaces) {
        int[] m = heap.memory(storage);
        int base = heap.base(storage);
        for (int i = base + HEADER; i < base + size; i++) {
            int v = m[i];
            if (v != 0) {
                m[i] = 0;
                heap.decref(v);
            }
        }
        int function = m[base + FUNC], globals = m[base + GLOBALS], builtins = m[base + BUILTINS];
        int locals = m[base + LOCALS], code = m[base + CODE];
        heap.free(storage);
        heap.xdecref(function);
        if (ownsNamespaces) {
            heap.xdecref(globals);
            heap.xdecref(builtins);
        }
        heap.xdecref(locals);
        heap.xdecref(code);
    }
}
