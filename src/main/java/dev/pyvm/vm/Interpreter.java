package dev.pyvm.vm;

import dev.pyvm.bytecode.BinaryOps;
import dev.pyvm.bytecode.CodeObject;
import dev.pyvm.bytecode.Opcode;
import dev.pyvm.memory.Heap;
import dev.pyvm.memory.OutOfHeapError;
import dev.pyvm.objects.BuiltinCode;
import dev.pyvm.objects.CodeType;
import dev.pyvm.objects.Compare;
import dev.pyvm.objects.FunctionType;
import dev.pyvm.objects.HeapType;
import dev.pyvm.objects.IntType;
import dev.pyvm.objects.ObjectSpace;
import dev.pyvm.objects.PyException;
import dev.pyvm.objects.TupleType;

/**
 * The interpreter: CPython 3.11's evaluation loop over pyvm's instruction set. A Python call
 * switches frames inside one {@link #run} loop; only calls that come from Java (a built-in that
 * calls back into Python) start a nested loop. Every failing operation throws a
 * {@link PyException}; the loop catches it, finds the handler in the exception table (popping the
 * value stack down to the handler's depth, which releases what the failed instruction left there),
 * or leaves the frame and tries its caller.
 *
 * <p>Stack diagrams in the cases read bottom to top: {@code a | b -> r}.
 *
 * <p>{@link #run} must stay below HotSpot's 8,000 bytes of bytecode (HugeMethodLimit), past
 * which the JVM never compiles it: rare or long cases belong in helper methods.
 */
public final class Interpreter {
    public final ObjectSpace space;
    private final Heap heap;
    private int builtins;            // the builtins module's dict
    private int recursionLimit = 1000;
    private int depth;
    /** The exception being handled (CPython: exc_info->exc_value), owned, 0 when none. */
    private int handled;
    private final ModuleLoader modules;
    /** The frame running now (the top of the linked frames), null between programs. */
    private Frame current;
    private final TracebackPrinter tracebacks;
    private java.io.PrintStream stderr = System.err;
    private final int buildClass;
    private final GeneratorType generators;
    private final FrameObjectType frameObjects;
    private final CodeBuiltins codeBuiltins;
    /** Debug mode: frames are guarded and their value stacks checked against maxStackDepth. */
    private final boolean checkStacks;
    /** Whether instructions specialize (off with -X nospecialize). */
    private boolean specializing = true;
    /** Code objects entered or looped this often are compiled (BaselineCompiler); negative: never. */
    private int compileThreshold = DEFAULT_COMPILE_THRESHOLD;
    public static final int DEFAULT_COMPILE_THRESHOLD = 200;
    /** Exits of compiled code at an instruction rewritten since (a guard that keeps failing) before it is made again. */
    private static final int STALE_EXITS = 64;
    /** Times a code object is compiled again at most. */
    private static final int RECOMPILES = 8;
    private final CompiledOps compiledOps;
    private final Specializer specializer;
    private final AttributeCache attributes;
    /**
     * Set from any thread (a SIGINT handler's) to make the running code raise KeyboardInterrupt.
     * The loop reads it where CPython 3.11 checks its eval breaker: at backward jumps and calls.
     */
    private volatile boolean interruptRequested;
    /** What {@link #sleep} waits on, so that an interrupt ends the wait. */
    private final Object sleeper = new Object();

    public Interpreter(ObjectSpace space, ModuleLoader modules) {
        this.space = space;
        this.heap = space.heap;
        this.modules = modules;
        this.tracebacks = new TracebackPrinter(space);
        this.checkStacks = heap.config().debug();
        this.specializer = new Specializer(space);
        this.attributes = new AttributeCache(space, specializer);
        this.compiledOps = new CompiledOps(this);
        space.setCaller(this::call);
        space.setSuperArguments(this::superArguments);
        space.setCallerGlobals(() -> current == null ? 0 : current.globals);
        space.setUnraisable(this::writeUnraisable);
        space.setInterruptCheck(() -> {
            if (interruptRequested) throw keyboardInterrupt();
        });
        space.setRecursionGuard(new ObjectSpace.RecursionGuard() {
            // CPython 3.11: Py_EnterRecursiveCall / Py_LeaveRecursiveCall, one count with the frames
            @Override
            public void enter(String where) {
                if (depth >= recursionLimit) {
                    throw space.error(space.exceptions.recursionError, "maximum recursion depth exceeded" + where);
                }
                depth++;
            }

            @Override
            public void leave() {
                depth--;
            }
        });
        buildClass = space.builtinFunctionSlots.newFunction(
                space.builtinFunctionSlots.define("__build_class__", 0, this::buildClass), 0);
        frameObjects = space.addType(new FrameObjectType(space, this), t -> {});
        codeBuiltins = new CodeBuiltins(this, space);
        generators = space.addType(new GeneratorType(space, this), g -> {
            space.defineMethod(g.type(), "send", (self, args, start, nargs, kwnames) -> {
                if (nargs != 1) throw space.typeError("send() takes exactly one argument (" + nargs + " given)");
                return resumeOrStop(self, args[start], 0);
            });
            space.defineMethod(g.type(), "throw", (self, args, start, nargs, kwnames) -> {
                if (nargs < 1 || nargs > 3) throw space.typeError("throw expected at least 1 argument, got " + nargs);
                int exc = throwArgument(args[start], nargs > 1 ? args[start + 1] : space.none);
                return generatorThrow(self, exc);
            });
            space.defineMethod(g.type(), "close", (self, args, start, nargs, kwnames) -> generatorClose(self));
        });
    }

    /** Where exceptions that cannot be raised are reported (CPython: sys.stderr). */
    public void setStderr(java.io.PrintStream err) {
        this.stderr = err;
    }

    public TracebackPrinter tracebacks() {
        return tracebacks;
    }

    // CPython 3.11: Python/errors.c PyErr_WriteUnraisable, as printed for a failing __del__
    private void writeUnraisable(int exc, String message, int obj) {
        String shown;
        try {
            shown = space.repr(obj);
        } catch (PyException e) {
            heap.decref(e.exception()); // a repr that fails (or counts past the recursion limit)
            shown = "<object repr() failed>";
        }
        // only the exception's own traceback, never its context; one without any is shown where
        // it was reported, in the frame running then (CPython: _PyTraceBack_FromFrame)
        Frame f = current;
        String where = f == null ? null
                : tracebacks.entry(f.code.code.filename(), f.code.code.name(), f.code.code.lineOf(f.lasti));
        stderr.print(message + ": " + shown + "\n" + tracebacks.formatUnraisable(exc, where));
        stderr.flush();
    }

    /** Sets the builtins every frame sees (a module; a new reference to its dict is kept). */
    public void setBuiltins(int builtinsModule) {
        space.moduleSlots.set(builtinsModule, "__build_class__", buildClass);
        defineFrameBuiltins(builtinsModule);
        codeBuiltins.define(builtinsModule);
        int dict = space.moduleSlots.dict(builtinsModule);
        heap.incref(dict);
        if (builtins != 0) heap.decref(builtins);
        builtins = dict;
    }

    /** What compile(), exec() and eval() compile source text with. */
    public void setCodeCompiler(CodeCompiler compiler) {
        codeBuiltins.setCompiler(compiler);
    }

    /** The frame running now, null between programs. */
    Frame currentFrame() {
        return current;
    }

    /** The builtins dict (borrowed). */
    public int builtins() {
        return builtins;
    }

    public int recursionLimit() {
        return recursionLimit;
    }

    public void setRecursionLimit(int limit) {
        recursionLimit = limit;
    }

    public ModuleLoader modules() {
        return modules;
    }

    /** The exception being handled (borrowed), 0 when none: {@code sys.exc_info()}. */
    public int handledException() {
        return topmostHandled();
    }

    /**
     * Asks the running code to raise KeyboardInterrupt at its next check (a backward jump, a call,
     * a {@link #sleep}); safe from any thread. CPython: the SIGINT handler's trip_signal().
     */
    public void interrupt() {
        interruptRequested = true;
        synchronized (sleeper) {
            sleeper.notifyAll();
        }
    }

    /** Forgets an interrupt not acted on yet (one that came after the code it was meant for ended). */
    public void clearInterrupt() {
        interruptRequested = false;
    }

    // CPython 3.11: Modules/signalmodule.c signal_default_int_handler(), which PyErr_CheckSignals() runs
    private PyException keyboardInterrupt() {
        interruptRequested = false;
        int type = space.exceptions.byName().get("KeyboardInterrupt");
        return new PyException(space.exceptions.newException(type, space.newTuple()));
    }

    /** {@code time.sleep}: waits {@code nanos}, or raises KeyboardInterrupt when interrupted first. */
    public void sleep(long nanos) {
        long deadline = System.nanoTime() + nanos;
        synchronized (sleeper) {
            for (long left = nanos; left > 0; left = deadline - System.nanoTime()) {
                if (interruptRequested) throw keyboardInterrupt();
                try {
                    sleeper.wait(left / 1_000_000, (int) (left % 1_000_000));
                } catch (InterruptedException e) {
                    throw keyboardInterrupt();
                }
            }
        }
    }

    /** Drops what the interpreter itself holds, so that a final collection finds only garbage. */
    public void release() {
        heap.decref(buildClass);
        if (builtins != 0) heap.decref(builtins);
        builtins = 0;
        if (handled != 0) heap.decref(handled);
        handled = 0;
    }

    // =====================================================================================
    // Running code
    // =====================================================================================

    /** Runs module-level code in the namespace {@code globals}; returns a new reference to the result. */
    public int runCode(int codeObject, int globals) {
        if (space.dictSlots.get(globals, "__builtins__") == 0) {
            space.dictSlots.put(globals, space.intern("__builtins__"), builtins);
        }
        Frame f = pushFrame(codeObject, 0, globals, globals, true);
        return run(f);
    }

    /** Runs code in the namespaces {@code globals} (a dict) and {@code locals} (a mapping), as exec() and eval(). */
    int runCode(int codeObject, int globals, int locals) {
        return run(pushFrame(codeObject, 0, globals, locals, true));
    }

    /**
     * {@code sys._getframe(depth)}: a new reference to the frame object of the frame {@code depth}
     * calls below the running one (made when first asked for).
     */
    public int frameObject(long depth) {
        Frame f = current;
        for (long i = 0; f != null && i < depth; i++) f = f.back;
        if (f == null) throw space.valueError("call stack is not deep enough");
        int h = frameObjects.of(f);
        heap.incref(h);
        return h;
    }

    /** The running frame whose storage block is {@code storage}, or null when it is not running. */
    Frame runningFrame(int storage) {
        for (Frame f = current; f != null; f = f.back) if (f.storage == storage) return f;
        return null;
    }

    /** A new reference to frame f's locals, as locals() in it: its namespace, or a new dict of its fast locals. */
    int frameLocals(Frame f) {
        return frameObjects.locals(f.storage);
    }

    /**
     * Calls any callable with the vectorcall convention ({@link dev.pyvm.objects.BuiltinCode}):
     * the entry from Java into Python. A new reference.
     */
    public int call(int callable, int[] args, int start, int nargs, int kwnames) {
        int t = space.typeOf(callable);
        if (t == space.functionSlots.type()) {
            // a Python function called from Java (list(it) calling __next__) checks as CALL does
            if (interruptRequested) throw keyboardInterrupt();
            Frame f = functionFrame(callable, args, start, nargs, kwnames, 0, true);
            return run(f);
        }
        if (t == space.builtinFunctionSlots.type()) {
            return space.builtinFunctionSlots.call(callable, args, start, nargs, kwnames);
        }
        if (space.isSubtype(t, space.typeSlots.type())) {
            if (t != space.typeSlots.type()) {
                // a class whose metaclass has a __call__ of its own (CPython: tp_call of the metaclass)
                int metaCall = space.lookupType(t, space.ids.__call__);
                if (metaCall != typeCall()) return space.callMethodVector(metaCall, callable, args, start, nargs, kwnames);
            }
            return space.slotsOfType(callable).construct(callable, args, start, nargs, kwnames);
        }
        return space.slotsOf(callable).call(callable, args, start, nargs, kwnames);
    }

    // CPython 3.11: LOAD_NAME, LOAD_CLASSDEREF and DELETE_NAME on a namespace that is not exactly a
    // dict (what a metaclass's __prepare__ gave): its __getitem__ / __delitem__, KeyError meaning absent
    /** LOAD_NAME in a frame whose locals are not exactly a dict: a new reference. */
    private int loadNameFromMapping(Frame f, int arg) {
        int v = mappingItem(f.locals, f.code.names[arg]);
        if (v != 0) return v;
        v = loadGlobal(f, arg);
        heap.incref(v);
        return v;
    }

    /** {@code mapping[key]} (a new reference), or 0 when it raises KeyError; a dict is read directly. */
    private int mappingItem(int mapping, int key) {
        if (space.typeOf(mapping) == space.dictSlots.type()) {
            int v = space.dictSlots.get(mapping, key);
            if (v != 0) heap.incref(v);
            return v;
        }
        try {
            return space.getItem(mapping, key);
        } catch (PyException e) {
            if (!space.exceptions.matches(e.exception(), space.exceptions.keyError)) throw e;
            heap.decref(e.exception());
            return 0;
        }
    }

    private void deleteNameFromMapping(Frame f, int arg) {
        try {
            space.setItem(f.locals, f.code.names[arg], 0); // del mapping[name]
        } catch (PyException e) {
            if (!space.exceptions.matches(e.exception(), space.exceptions.keyError)) throw e;
            heap.decref(e.exception());
            throw nameError(f.code.names[arg]);
        }
    }

    /** {@code type.__call__} (borrowed): what calling a class runs unless its metaclass has another. */
    private int typeCall() {
        return space.dictSlots.get(space.typeDict(space.typeSlots.type()), space.ids.__call__);
    }

    private Frame pushFrame(int codeObject, int function, int globals, int locals, boolean entry) {
        return pushFrame(space.codeSlots.info(codeObject), codeObject, function, false, globals, locals, entry);
    }

    /** A new frame on top; it takes over the reference to {@code function} when {@code functionMoved}. */
    private Frame pushFrame(CodeType.Info info, int codeObject, int function, boolean functionMoved, int globals,
            int locals, boolean entry) {
        if (depth >= recursionLimit) {
            throw space.error(space.exceptions.recursionError, "maximum recursion depth exceeded");
        }
        Frame f = new Frame(heap, info, codeObject, function, functionMoved, globals, builtins, locals, current, entry,
                checkStacks);
        depth++;
        current = f;
        return f;
    }

    /**
     * The frame of a call of Python function {@code func} with exactly its positional
     * parameters and no keywords, or null when the call is not of that kind. The frame takes over
     * the call site's references to the function and to the arguments, as CPython 3.11's
     * CALL_PY_EXACT_ARGS: nothing is increfed for them, and nothing is left to decref.
     */
    private Frame exactArgsFrame(int func, int[] args, int start, int nargs) {
        int code = space.functionSlots.field(func, FunctionType.CODE);
        CodeType.Info info = space.codeSlots.info(code);
        int argcount = info.exactArgcount;
        int defaults = 0;
        if (argcount != nargs) {
            // the last parameters from the defaults (CPython 3.11's CALL_PY_WITH_DEFAULTS)
            if (argcount < nargs) return null;
            defaults = space.functionSlots.field(func, FunctionType.DEFAULTS);
            if (defaults == 0 || argcount - nargs > space.tupleSlots.size(defaults)) return null;
        }
        Frame f = pushFrame(info, code, func, true, space.functionSlots.field(func, FunctionType.GLOBALS), 0, false);
        System.arraycopy(args, start, f.mem, f.localsBase, nargs);
        if (defaults != 0) {
            int firstDefault = argcount - space.tupleSlots.size(defaults);
            for (int i = nargs; i < argcount; i++) {
                int v = space.tupleSlots.item(defaults, i - firstDefault);
                heap.incref(v);
                f.mem[f.localsBase + i] = v;
            }
        }
        copyFreeVars(f, func);
        return f;
    }

    private void popFrame(Frame f) {
        depth--;
        current = f.back;
        f.release(heap);
    }

    /** A new frame running function {@code func} with its arguments bound, as CPython's initialize_locals. */
    private Frame functionFrame(int func, int[] args, int start, int nargs, int kwnames, int locals, boolean entry) {
        int code = space.functionSlots.field(func, FunctionType.CODE);
        int globals = space.functionSlots.field(func, FunctionType.GLOBALS);
        Frame f = pushFrame(code, func, globals, locals, entry);
        try {
            ArgumentBinder.bind(space, f.code, func, f.mem, f.localsBase, args, start, nargs, kwnames);
        } catch (RuntimeException e) {
            popFrame(f);
            throw e;
        }
        copyFreeVars(f, func);
        return f;
    }

    /**
     * The frame of {@code __init__} for a call of class {@code cls} with positional arguments
     * only, when its instances are made by object.__new__ and set up by a Python __init__ that
     * takes exactly them, or null when the call is not of that kind. The new instance replaces
     * the call site's two slots (NULL, the class) and stays there as the call's result; the frame
     * of __init__ takes the arguments over and returns to it ({@link Frame#initializing}). This is
     * what HeapType.construct does, without a Java call: CPython 3.13's CALL_ALLOC_AND_ENTER_INIT.
     */
    private Frame initFrame(int cls, int[] mem, int slot, int start, int nargs) {
        if (mem[slot] != 0 || space.typeOf(cls) != space.typeSlots.type()
                || !(space.slotsOfType(cls) instanceof HeapType ht) || ht.isAbstract()) return null;
        int newMethod = space.lookupType(cls, space.ids.__new__);
        if (space.builtinFunctionSlots.newOwner(newMethod) != space.objectSlots) return null;
        int init = space.lookupType(cls, space.ids.__init__);
        if (init == 0 || space.typeOf(init) != space.functionSlots.type()) return null;
        int code = space.functionSlots.field(init, FunctionType.CODE);
        CodeType.Info info = space.codeSlots.info(code);
        if (info.exactArgcount != nargs + 1 || info.code.isGenerator()) return null;
        int obj = ht.newInstance(cls);
        Frame callee;
        try {
            callee = pushFrame(info, code, init, false, space.functionSlots.field(init, FunctionType.GLOBALS), 0, false);
        } catch (RuntimeException e) {
            heap.decref(obj);
            throw e;
        }
        heap.incref(obj); // one reference for self, one on the call site's stack
        callee.mem[callee.localsBase] = obj;
        System.arraycopy(mem, start, callee.mem, callee.localsBase + 1, nargs);
        copyFreeVars(callee, init);
        callee.initializing = true;
        mem[slot] = obj;
        mem[slot + 1] = 0;
        heap.decref(cls); // the instance holds its class
        return callee;
    }

    /** The result of an inlined __init__ (owned): 0 for None, else the TypeError HeapType.construct raises. */
    private int initResult(int result) {
        if (result == space.none) {
            heap.decref(result);
            return 0;
        }
        String type = space.typeName(space.typeOf(result));
        heap.decref(result);
        return newException(space.exceptions.typeError, "__init__() should return None, not '" + type + "'");
    }

    /** COPY_FREE_VARS, done once for all when the frame is made: the free slots follow the locals and cells. */
    private void copyFreeVars(Frame f, int func) {
        int closure = space.functionSlots.field(func, FunctionType.CLOSURE);
        if (closure == 0) return;
        int n = space.tupleSlots.size(closure);
        int at = f.localsBase + f.code.nlocals + f.code.ncells;
        for (int i = 0; i < n; i++) {
            int cell = space.tupleSlots.item(closure, i);
            heap.incref(cell);
            f.mem[at + i] = cell;
        }
    }

    // =====================================================================================
    // The loop
    // =====================================================================================

    /** Compiles code objects after {@code threshold} entries and backward jumps (-X jit=N); negative: never (-X jit=off). */
    public void setCompileThreshold(int threshold) {
        compileThreshold = threshold;
    }

    Heap heap() {
        return heap;
    }

    boolean interruptPending() {
        return interruptRequested;
    }

    /** LOAD_GLOBAL's attempt to specialize, as the interpreter makes it: whether the instruction at {@code at} was rewritten. */
    boolean specializeLoadGlobal(Frame f, int at, int arg) {
        return specializing && Specializer.due(f.code.cache, at)
                && specializer.loadGlobal(f.code, at, f.globals, f.builtins, f.code.names[arg]);
    }

    /**
     * RETURN_VALUE of frame f, as the interpreter does it, when the caller is an interpreted or
     * compiled frame waiting for the result: the caller, the result pushed; else (an entry frame,
     * an inlined __init__, a checked stack) f itself, for the interpreter to return.
     */
    Frame returnToCaller(Frame f, int sp) {
        if (f.entry || f.initializing || checkStacks) return f;
        int result = f.mem[sp - 1];
        f.sp = sp - 1;
        popFrame(f);
        Frame caller = f.back;
        caller.mem[caller.sp++] = result;
        return caller;
    }

    /** CALL's attempt to specialize, as the interpreter makes it: whether the instruction at {@code at} was rewritten. */
    boolean specializeCall(Frame f, int at, int slot, int arg) {
        return specializing && Specializer.due(f.code.cache, at) && specializer.call(f.code, at, f.mem, slot, arg);
    }

    /** Whether frame f's code has compiled code, compiling it once it is warm. */
    private boolean compiled(CodeType.Info code) {
        if (code.jit != null) return true;
        if (compileThreshold < 0 || ++code.warmth < compileThreshold) return false;
        CompiledCode c = ++code.compilations > RECOMPILES ? null : BaselineCompiler.compile(code);
        if (c == null) {
            code.warmth = Integer.MIN_VALUE; // never again
            return false;
        }
        code.jit = c;
        return true;
    }

    /**
     * Runs frame f's compiled code from f.ip: the frame to run next (a callee), or f itself, to be
     * interpreted from f.ip. Compiled code that keeps leaving at instructions rewritten since it
     * was made is dropped, to be made again from the instructions as they are.
     */
    private Frame runCompiled(Frame f) {
        CompiledCode c = (CompiledCode) f.code.jit;
        Frame next = c.run(compiledOps, f);
        if (next == f && f.ip < c.words.length && f.code.instructions[f.ip] != c.words[f.ip]
                && ++c.staleExits > STALE_EXITS) {
            f.code.jit = null;
            f.code.warmth = 0;
        }
        return next;
    }

    /** Compiled calls nested in compiled calls on the Java stack, at most: the rest return to the interpreter. */
    private static final int MAX_NESTING = 64;
    private int nesting;
    /** The exception (owned) that frame runNested returned is to raise where it stands, or 0. */
    private int thrown;

    /**
     * A compiled caller's call of a Python function: runs the callee's compiled code right away, on
     * the Java stack, instead of returning to the interpreter's loop to run it (and again to
     * resume the caller). Null when the callee returned to {@code caller} (its result pushed);
     * else the frame for the interpreter to run next: the callee (not compiled, or leaving its
     * compiled code), a frame it switched to, or the callee with {@link #thrown} set when its
     * compiled code raised, so that the interpreter unwinds from the callee as it would have.
     */
    Frame runNested(Frame callee, Frame caller) {
        if (nesting >= MAX_NESTING || !compiled(callee.code)) return callee;
        nesting++;
        int exception;
        try {
            Frame next = runCompiled(callee);
            return next == caller ? null : next;
        } catch (PyException e) {
            exception = e.exception();
        } catch (OutOfHeapError e) {
            exception = memoryError();
        } catch (StackOverflowError e) {
            exception = newException(space.exceptions.recursionError, "maximum recursion depth exceeded");
        } catch (RuntimeException e) {
            exception = internalError(e);
        } finally {
            nesting--;
        }
        callee.ip = callee.lasti + 1; // resumed by raising at the instruction that raised
        thrown = exception;
        return callee;
    }

    /** Turns the specializing interpreter on or off (-X nospecialize); instructions already specialized stay valid. */
    public void setSpecializing(boolean on) {
        specializing = on;
    }

    // The shape of run for the JIT: run is compiled by on-stack replacement, and there C2 turns a
    // conditional branch back to the loop head that its profile never saw taken or not into a
    // trap that throws the compiled code away (an "unreached" deoptimization, not limited by
    // PerMethodTrapLimit). So no case ends in `if (...) x; continue;`: a case's conditional
    // branches go forward (xdecref, a conditional expression), and loops live in helpers (each
    // loop in run would be one more entry the JIT compiles all of run again for). Checked by
    // MethodSizeTest.

    /** In run's sp while a cold instruction keeps the stack pointer in the frame (coldOp). */
    private static final int SP_IN_FRAME = -1;
    /** In run's ip while compiled code runs: f.lasti is the instruction executing. */
    private static final int IP_COMPILED = -1;

    /** Runs from frame {@code entry} until it returns; its result, a new reference. */
    int run(Frame entry) {
        return run(entry, 0);
    }

    /**
     * Runs from frame {@code entry} until it returns or, for a generator's frame, yields. With
     * {@code throwing} (an exception, owned), the frame resumes by raising it where it stands.
     */
    int run(Frame entry, int throwing) {
        Frame f = entry;
        int kwnames = 0;
        frames:
        for (;;) {
            int pending = 0;
            boolean reraise = false;
            int[] mem = f.mem;
            int[] code = f.code.instructions;
            int[] consts = f.code.consts;
            int[] names = f.code.names;
            int[] cache = f.code.cache;
            int locals = f.localsBase;
            int sp = f.sp;
            int ip = f.ip;
            if (throwing != 0) {
                pending = throwing;
                throwing = 0;
            } else try {
                if (compiled(f.code)) {
                    sp = SP_IN_FRAME;
                    ip = IP_COMPILED;
                    Frame next = runCompiled(f);
                    if (next != f) {
                        f = next;
                        throwing = thrown; // the exception a nested callee raised (runNested)
                        thrown = 0;
                        continue frames;
                    }
                    sp = f.sp;
                    ip = f.ip;
                }
                dispatch:
                for (;;) {
                    f.lasti = ip;
                    int instr = code[ip++];
                    int arg = instr >>> 8;
                    switch (instr & 0xFF) {
                        case Op.NOP:
                            continue;
                        case Op.POP_TOP:
                            heap.decref(mem[--sp]);
                            continue;
                        case Op.PUSH_NULL:
                            mem[sp++] = 0;
                            continue;
                        case Op.COPY: {
                            int v = mem[sp - arg];
                            heap.incref(v);
                            mem[sp++] = v;
                            continue;
                        }
                        case Op.SWAP: {
                            int v = mem[sp - 1];
                            mem[sp - 1] = mem[sp - arg];
                            mem[sp - arg] = v;
                            continue;
                        }

                        // ---- names ----
                        case Op.LOAD_CONST: {
                            int v = consts[arg];
                            heap.incref(v);
                            mem[sp++] = v;
                            continue;
                        }
                        case Op.LOAD_FAST: {
                            int v = mem[locals + arg];
                            if (v == 0) throw unboundLocal(f, arg);
                            heap.incref(v);
                            mem[sp++] = v;
                            continue;
                        }
                        case Op.STORE_FAST: {
                            int old = mem[locals + arg];
                            mem[locals + arg] = mem[--sp];
                            heap.xdecref(old);
                            continue;
                        }
                        case Op.DELETE_FAST: {
                            int old = mem[locals + arg];
                            if (old == 0) throw unboundLocal(f, arg);
                            mem[locals + arg] = 0;
                            heap.decref(old);
                            continue;
                        }
                        case Op.LOAD_GLOBAL: {
                            if (specializing && Specializer.due(cache, ip - 1)
                                    && specializer.loadGlobal(f.code, ip - 1, f.globals, f.builtins, names[arg])) {
                                ip--;
                                continue;
                            }
                            int v = loadGlobal(f, arg);
                            heap.incref(v);
                            mem[sp++] = v;
                            continue;
                        }
                        case Op.LOAD_NAME:
                        case Op.BINARY_OP:
                        case Op.COMPARE_OP:
                        case Op.CONTAINS_OP:
                        case Op.BINARY_SUBSCR:
                        case Op.STORE_SUBSCR:
                        case Op.LOAD_ATTR:
                        case Op.LOAD_METHOD:
                        case Op.STORE_ATTR:
                        case Op.UNPACK_SEQUENCE:
                        case Op.SEND:
                        case Op.FOR_ITER:
                        case Op.PUSH_EXC_INFO:
                        case Op.POP_EXCEPT:
                        case Op.CHECK_EXC_MATCH:
                        case Op.JUMP_IF_FALSE_OR_POP:
                        case Op.JUMP_IF_TRUE_OR_POP:
                            f.sp = sp;
                            sp = SP_IN_FRAME;
                            ip = genericOp(f, instr, ip, true);
                            sp = f.sp;
                            continue;
                        case Op.COPY_FREE_VARS:
                            continue; // done when the frame was made (functionFrame)
                        case Op.LOAD_CLOSURE: {
                            int cell = mem[locals + f.code.nlocals + arg];
                            heap.incref(cell);
                            mem[sp++] = cell;
                            continue;
                        }
                        case Op.LOAD_DEREF: {
                            int v = space.cellSlots.get(mem[locals + f.code.nlocals + arg]);
                            if (v == 0) throw unboundDeref(f, arg);
                            heap.incref(v);
                            mem[sp++] = v;
                            continue;
                        }
                        case Op.STORE_DEREF:
                            space.cellSlots.set(mem[locals + f.code.nlocals + arg], mem[--sp]);
                            continue;
                        case Op.UNARY_NOT: {
                            int v = mem[sp - 1];
                            boolean t = space.isTrue(v);
                            mem[sp - 1] = space.newBool(!t);
                            heap.decref(v);
                            continue;
                        }
                        case Op.IS_OP: {
                            int b = mem[--sp], a = mem[sp - 1];
                            mem[sp - 1] = space.newBool((a == b) != (arg == 1));
                            heap.decref(b);
                            heap.decref(a);
                            continue;
                        }
                        // ---- subscripts ----
                        case Op.BUILD_TUPLE: {
                            int t = buildTuple(mem, sp - arg, arg);
                            sp -= arg;
                            mem[sp++] = t;
                            continue;
                        }
                        case Op.BUILD_LIST: {
                            int l = buildList(mem, sp - arg, arg);
                            sp -= arg;
                            mem[sp++] = l;
                            continue;
                        }
                        case Op.LIST_APPEND: {
                            int v = mem[--sp];
                            space.listSlots.appendSteal(mem[sp - arg], v);
                            continue;
                        }
                        case Op.KW_NAMES:
                            kwnames = consts[arg];
                            continue;
                        case Op.CALL: {
                            if (interruptRequested) throw keyboardInterrupt();
                            int slot = sp - arg - 2;
                            if (specializing && kwnames == 0 && Specializer.due(cache, ip - 1)
                                    && specializer.call(f.code, ip - 1, mem, slot, arg)) {
                                ip--;
                                continue;
                            }
                            int kw = kwnames;
                            kwnames = 0;
                            f.sp = sp;
                            f.ip = ip;
                            Frame callee = callOrFrame(f, slot, kw);
                            if (callee == null) {
                                sp = f.sp;
                                continue;
                            }
                            f = callee;
                            continue frames;
                        }
                        case Op.RETURN_VALUE: {
                            if (checkStacks) checkStack(f);
                            int result = mem[--sp];
                            f.sp = sp;
                            Frame done = f;
                            popFrame(done);
                            if (done.entry) return result;
                            f = done.back;
                            if (done.initializing) {
                                // the instance is already the call's result; __init__ must have returned None
                                throwing = initResult(result);
                                continue frames;
                            }
                            f.mem[f.sp++] = result;
                            continue frames;
                        }
                        // ---- generators ----
                        case Op.RETURN_GENERATOR: {
                            // the frame leaves the stack of frames, owned by its generator from now on
                            f.sp = sp;
                            f.ip = ip;
                            Frame made = f;
                            depth--;
                            current = made.back;
                            int gen = generators.newGenerator(made);
                            made.dropFunction(heap); // as CPython 3.11, the generator does not keep its function
                            if (made.entry) return gen;
                            f = made.back;
                            f.mem[f.sp++] = gen;
                            continue frames;
                        }
                        case Op.YIELD_VALUE: {
                            if (checkStacks) checkStack(f);
                            int v = mem[--sp];
                            f.sp = sp;
                            f.ip = ip;
                            f.yielded = true;
                            depth--;
                            current = f.back;
                            return v; // a running generator's frame is always an entry frame
                        }
                        case Op.GET_ITER: {
                            int v = mem[sp - 1];
                            mem[sp - 1] = space.iter(v);
                            heap.decref(v);
                            continue;
                        }
                        // ---- exceptions ----
                        case Op.RERAISE: {
                            pending = mem[--sp];
                            if (arg > 0) f.lasti = (int) space.intSlots.longValue(mem[sp - arg]);
                            reraise = true;
                            break dispatch;
                        }
                        case Op.RAISE_VARARGS: {
                            pending = raiseVarargs(mem, sp, arg);
                            releaseDown(mem, sp - arg, sp);
                            sp -= arg;
                            reraise = arg == 0;
                            break dispatch;
                        }
                        case Op.BEFORE_WITH:
                            beforeWith(mem, sp++);
                            continue;
                        case Op.JUMP_FORWARD:
                            ip = arg;
                            continue;
                        case Op.JUMP_BACKWARD:
                            if (interruptRequested) throw keyboardInterrupt();
                            if (compiled(f.code)) {
                                f.ip = arg;
                                f.sp = sp;
                                continue frames;
                            }
                            ip = arg; // after the test: its branch goes forward (see above)
                            continue;
                        case Op.POP_JUMP_IF_FALSE: {
                            int v = mem[--sp];
                            if (v == space.falseObject) {
                                ip = arg;
                            } else if (v != space.trueObject) {
                                ip = isTrueReleasing(v) ? ip : arg;
                                continue;
                            }
                            heap.decref(v);
                            continue;
                        }
                        case Op.POP_JUMP_IF_TRUE: {
                            int v = mem[--sp];
                            if (v == space.trueObject) {
                                ip = arg;
                            } else if (v != space.falseObject) {
                                ip = isTrueReleasing(v) ? arg : ip;
                                continue;
                            }
                            heap.decref(v);
                            continue;
                        }
                        case Op.POP_JUMP_IF_NONE: {
                            int v = mem[--sp];
                            if (v == space.none) ip = arg;
                            heap.decref(v);
                            continue;
                        }
                        case Op.POP_JUMP_IF_NOT_NONE: {
                            int v = mem[--sp];
                            if (v != space.none) ip = arg;
                            heap.decref(v);
                            continue;
                        }
                        // ---- specialized instructions (Specializer): a failed guard deoptimizes
                        // the instruction and runs it again as the generic one ----
                        case Op.LOAD_GLOBAL_MODULE: {
                            int k = (ip - 1) * CodeType.Info.CACHE_WORDS;
                            int v = space.dictSlots.valueAtVersion(f.globals, cache[k], cache[k + 1]);
                            if (v == 0) break;
                            heap.incref(v);
                            mem[sp++] = v;
                            continue;
                        }
                        case Op.LOAD_GLOBAL_BUILTIN: {
                            int k = (ip - 1) * CodeType.Info.CACHE_WORDS;
                            if (space.dictSlots.currentKeysVersion(f.globals) != cache[k]) break;
                            int v = space.dictSlots.valueAtVersion(f.builtins, cache[k + 2], cache[k + 1]);
                            if (v == 0) break;
                            heap.incref(v);
                            mem[sp++] = v;
                            continue;
                        }
                        case Op.LOAD_ATTR_INSTANCE_VALUE: {
                            int owner = mem[sp - 1];
                            int k = (ip - 1) * CodeType.Info.CACHE_WORDS;
                            if (!sameClass(cache, k, owner)) break;
                            int values = HeapType.valuesWithRoom(heap, owner, cache[k + 2]);
                            int v = values == 0 ? 0 : heap.getInt(values, 1 + cache[k + 2]);
                            if (v == 0) break;
                            heap.incref(v);
                            mem[sp - 1] = v;
                            heap.decref(owner);
                            continue;
                        }
                        case Op.LOAD_ATTR_MODULE: {
                            int owner = mem[sp - 1];
                            int k = (ip - 1) * CodeType.Info.CACHE_WORDS;
                            if (space.typeOf(owner) != space.moduleSlots.type()) break;
                            int v = space.dictSlots.valueAtVersion(space.moduleSlots.dict(owner), cache[k], cache[k + 1]);
                            if (v == 0) break;
                            heap.incref(v);
                            mem[sp - 1] = v;
                            heap.decref(owner);
                            continue;
                        }
                        case Op.LOAD_METHOD_WITH_VALUES:
                        case Op.LOAD_METHOD_NO_DICT: {
                            int owner = mem[sp - 1];
                            int k = (ip - 1) * CodeType.Info.CACHE_WORDS;
                            if (!sameClass(cache, k, owner)) break;
                            if ((instr & 0xFF) == Op.LOAD_METHOD_WITH_VALUES && heap.getInt(owner, HeapType.DICT) != 0) break;
                            int meth = cache[k + 2];
                            heap.incref(meth);
                            mem[sp - 1] = meth;
                            mem[sp++] = owner;
                            continue;
                        }
                        case Op.LOAD_METHOD_MODULE: {
                            int owner = mem[sp - 1];
                            int k = (ip - 1) * CodeType.Info.CACHE_WORDS;
                            if (space.typeOf(owner) != space.moduleSlots.type()) break;
                            int v = space.dictSlots.valueAtVersion(space.moduleSlots.dict(owner), cache[k], cache[k + 1]);
                            if (v == 0) break;
                            heap.incref(v);
                            mem[sp - 1] = 0;
                            mem[sp++] = v;
                            heap.decref(owner);
                            continue;
                        }
                        case Op.STORE_ATTR_INSTANCE_VALUE: {
                            int owner = mem[sp - 1];
                            int k = (ip - 1) * CodeType.Info.CACHE_WORDS;
                            if (!sameClass(cache, k, owner) || heap.getInt(owner, HeapType.DICT) != 0) break;
                            int values = HeapType.valuesWithRoom(heap, owner, cache[k + 2]);
                            if (values == 0) {
                                // a new instance: its values array is made (or grown) as the generic store does
                                space.setAttr(owner, names[arg], mem[sp - 2]);
                                sp -= 2;
                                heap.decref(owner);
                                heap.decref(mem[sp]);
                                continue;
                            }
                            int old = heap.getInt(values, 1 + cache[k + 2]);
                            heap.setInt(values, 1 + cache[k + 2], mem[sp - 2]); // the stack's reference moves in
                            sp -= 2;
                            if (old != 0) heap.decref(old);
                            heap.decref(owner);
                            continue;
                        }
                        // three cases, not one helper: a helper doing the arithmetic and the
                        // allocation compiles to more than C2 inlines (InlineSmallCode), and the
                        // call is what these forms are for removing
                        case Op.BINARY_OP_ADD_INT:
                        case Op.BINARY_OP_SUBTRACT_INT:
                        case Op.BINARY_OP_MULTIPLY_INT: {
                            int b = mem[sp - 1], a = mem[sp - 2];
                            int intType = space.intSlots.type();
                            if (space.typeOf(a) != intType || space.typeOf(b) != intType) break;
                            long r = machineIntOp(arg, heap.getLong(a, IntType.VALUE_WORD), heap.getLong(b, IntType.VALUE_WORD));
                            int result = r != Long.MIN_VALUE ? space.newInt(r) : binaryOp(a, b, arg);
                            sp--;
                            mem[sp - 1] = result;
                            space.intSlots.releaseExact(b);
                            space.intSlots.releaseExact(a);
                            continue;
                        }
                        case Op.BINARY_OP_ADD_FLOAT:
                        case Op.BINARY_OP_SUBTRACT_FLOAT:
                        case Op.BINARY_OP_MULTIPLY_FLOAT: {
                            int b = mem[sp - 1], a = mem[sp - 2];
                            int floatType = space.floatSlots.type();
                            if (space.typeOf(a) != floatType || space.typeOf(b) != floatType) break;
                            int result = space.newFloat(machineFloatOp(arg, space.floatSlots.value(a), space.floatSlots.value(b)));
                            sp--;
                            mem[sp - 1] = result;
                            space.floatSlots.releaseExact(b);
                            space.floatSlots.releaseExact(a);
                            continue;
                        }
                        case Op.BINARY_OP_ADD_UNICODE: {
                            int b = mem[sp - 1], a = mem[sp - 2];
                            int strType = space.strSlots.type();
                            if (space.typeOf(a) != strType || space.typeOf(b) != strType) break;
                            int r = space.strSlots.concat(a, b);
                            sp--;
                            mem[sp - 1] = r;
                            heap.decref(b);
                            heap.decref(a);
                            continue;
                        }
                        case Op.COMPARE_OP_INT_JUMP:
                        case Op.COMPARE_OP_FLOAT_JUMP:
                        case Op.COMPARE_OP_STR_JUMP: {
                            int b = mem[sp - 1], a = mem[sp - 2];
                            int t = compareJump(instr & 0xFF, a, b, arg);
                            if (t < 0) break;
                            int jump = code[ip++];
                            if ((t == 1) == ((jump & 0xFF) == Op.POP_JUMP_IF_TRUE)) ip = jump >>> 8;
                            sp -= 2;
                            if ((instr & 0xFF) == Op.COMPARE_OP_FLOAT_JUMP) {
                                space.floatSlots.releaseExact(b);
                                space.floatSlots.releaseExact(a);
                            } else {
                                heap.decref(b);
                                heap.decref(a);
                            }
                            continue;
                        }
                        case Op.BINARY_SUBSCR_LIST_INT:
                        case Op.BINARY_SUBSCR_TUPLE_INT:
                        case Op.BINARY_SUBSCR_DICT: {
                            int key = mem[sp - 1], container = mem[sp - 2];
                            int r = subscr(instr & 0xFF, container, key);
                            if (r == 0) break;
                            sp--;
                            mem[sp - 1] = r;
                            heap.decref(key);
                            heap.decref(container);
                            continue;
                        }
                        case Op.STORE_SUBSCR_LIST_INT:
                        case Op.STORE_SUBSCR_DICT: {
                            int key = mem[sp - 1], container = mem[sp - 2], value = mem[sp - 3];
                            int t = space.typeOf(container);
                            if ((instr & 0xFF) == Op.STORE_SUBSCR_DICT) {
                                if (t != space.dictSlots.type()) break;
                                space.dictSlots.put(container, key, value);
                            } else {
                                if (t != space.listSlots.type()) break;
                                space.listSlots.setItem(container, key, value);
                            }
                            sp -= 3;
                            heap.decref(key);
                            heap.decref(container);
                            heap.decref(value);
                            continue;
                        }
                        case Op.FOR_ITER_LIST:
                        case Op.FOR_ITER_RANGE: {
                            int it = mem[sp - 1];
                            int next;
                            if ((instr & 0xFF) == Op.FOR_ITER_RANGE) {
                                if (space.typeOf(it) != space.sequences.rangeIterator.type()) break;
                                next = space.sequences.rangeIterator.next(it);
                            } else {
                                if (space.typeOf(it) != space.sequences.listIterator.type()) break;
                                next = space.sequences.listIterator.next(it);
                            }
                            if (next != 0) {
                                mem[sp++] = next;
                            } else {
                                heap.decref(mem[--sp]);
                                ip = arg;
                            }
                            continue;
                        }
                        case Op.UNPACK_SEQUENCE_TWO_TUPLE:
                        case Op.UNPACK_SEQUENCE_TUPLE:
                        case Op.UNPACK_SEQUENCE_LIST: {
                            int seq = mem[sp - 1];
                            boolean list = (instr & 0xFF) == Op.UNPACK_SEQUENCE_LIST;
                            if (space.typeOf(seq) != (list ? space.listSlots.type() : space.tupleSlots.type())
                                    || (list ? space.listSlots.size(seq) : space.tupleSlots.size(seq)) != arg) break;
                            sp = pushItemsReversed(mem, sp - 1, seq, arg, list);
                            heap.decref(seq);
                            continue;
                        }
                        // the built-in calls: a helper checks the guard and makes the call (0: the
                        // guard failed), dropping the callable and the arguments; the result
                        // takes the place of the NULL (or self) below the callable
                        case Op.CALL_BUILTIN_LEN: {
                            int r = kwnames == 0 ? callBuiltinLen(mem, sp, cache[(ip - 1) * Specializer.CACHE_WORDS]) : 0;
                            if (r == 0) break;
                            sp -= 2;
                            mem[sp - 1] = r;
                            continue;
                        }
                        case Op.CALL_BUILTIN_ISINSTANCE: {
                            int r = kwnames == 0 ? callBuiltinIsinstance(mem, sp, cache[(ip - 1) * Specializer.CACHE_WORDS]) : 0;
                            if (r == 0) break;
                            sp -= 3;
                            mem[sp - 1] = r;
                            continue;
                        }
                        case Op.CALL_LIST_APPEND: {
                            int r = kwnames == 0 ? callListAppend(mem, sp, cache[(ip - 1) * Specializer.CACHE_WORDS]) : 0;
                            if (r == 0) break;
                            sp -= 2;
                            mem[sp - 1] = r;
                            continue;
                        }
                        default:
                            f.sp = sp;
                            sp = SP_IN_FRAME;
                            coldOp(f, instr);
                            sp = f.sp;
                            continue;
                    }
                    // a specialized instruction's guard failed
                    Specializer.deoptimize(f.code, --ip);
                }
            } catch (PyException e) {
                pending = e.exception();
            } catch (OutOfHeapError e) {
                pending = memoryError();
            } catch (StackOverflowError e) {
                pending = newException(space.exceptions.recursionError, "maximum recursion depth exceeded");
            } catch (RuntimeException e) {
                pending = internalError(e);
            }
            // ---- unwinding, as CPython's exception_unwind ----
            if (sp != SP_IN_FRAME) f.sp = sp;
            // the handler is that of the instruction executing (a RERAISE may have restored
            // lasti, which only the traceback and a handler's pushed lasti see)
            f = unwind(f, pending, reraise, ip == IP_COMPILED ? f.lasti : ip - 1);
            kwnames = 0;
        }
    }

    /**
     * CALL of the callable at {@code f.mem[slot]} (or {@code slot + 1} after a NULL) with the
     * arguments above it up to f.sp: for a Python function, or a class whose {@code __init__} is
     * one, the frame to run next (which took the operands over); for anything else the call is
     * made, its result pushed in the callable's place and f.sp set past it, and null returned.
     */
    Frame callOrFrame(Frame f, int slot, int kw) {
        int[] mem = f.mem;
        int sp = f.sp;
        int callable = mem[slot] != 0 ? mem[slot] : mem[slot + 1];
        int start = mem[slot] != 0 ? slot + 1 : slot + 2;
        int nargs = sp - start;
        if (space.typeOf(callable) == space.functionSlots.type()) {
            Frame callee = kw == 0 ? exactArgsFrame(callable, mem, start, nargs) : null;
            if (callee == null) {
                callee = functionFrame(callable, mem, start, nargs, kw, 0, false);
                releaseDown(mem, slot, sp);
            }
            f.sp = slot; // the callee took the function and the arguments over
            return callee;
        }
        if (kw == 0) {
            Frame callee = initFrame(callable, mem, slot, start, nargs);
            if (callee != null) {
                f.sp = slot + 1; // the new instance, the call's result once __init__ returns
                return callee;
            }
        }
        int r = call(callable, mem, start, nargs, kw);
        // CPython 3.11's order: the callable, then the arguments from the first
        heap.decref(callable);
        releaseUp(mem, start, sp);
        mem[slot] = r;
        f.sp = slot + 1;
        return null;
    }

    /** Whether v is true, dropping the reference to v (also when its __bool__ raises). */
    private boolean isTrueReleasing(int v) {
        try {
            return space.isTrue(v);
        } finally {
            heap.decref(v);
        }
    }

    /** CALL_BUILTIN_LEN: len(x) as {@code [NULL, len, x]} on the stack at sp, or 0 when that is not what is there. */
    int callBuiltinLen(int[] mem, int sp, int body) {
        int callable = mem[sp - 2], x = mem[sp - 1];
        if (mem[sp - 3] != 0 || !isBuiltin(callable, body)) return 0;
        int r = space.newInt(space.length(x));
        heap.decref(callable);
        heap.decref(x);
        return r;
    }

    /** CALL_BUILTIN_ISINSTANCE: isinstance(x, cls) as {@code [NULL, isinstance, x, cls]}, cls an exact type; else 0. */
    int callBuiltinIsinstance(int[] mem, int sp, int body) {
        int callable = mem[sp - 3], x = mem[sp - 2], cls = mem[sp - 1];
        if (mem[sp - 4] != 0 || !isBuiltin(callable, body) || space.typeOf(cls) != space.typeSlots.type()) return 0;
        int r = space.newBool(space.isInstance(x, cls));
        heap.decref(callable);
        heap.decref(x);
        heap.decref(cls);
        return r;
    }

    /** CALL_LIST_APPEND: list.append(x) as {@code [list.append, list, x]}, an exact list; else 0. */
    int callListAppend(int[] mem, int sp, int body) {
        int method = mem[sp - 3], list = mem[sp - 2], x = mem[sp - 1];
        if (!isBuiltin(method, body) || space.builtinFunctionSlots.self(method) != 0
                || space.typeOf(list) != space.listSlots.type()) return 0;
        space.listSlots.append(list, x);
        heap.decref(method);
        heap.decref(list);
        heap.decref(x);
        return space.newNone();
    }

    // Loops of run's instructions live in these helpers: a loop in run itself would be another
    // entry for on-stack replacement, and the JIT would compile all of run once more for it.

    /** BUILD_TUPLE: a tuple of {@code mem[from .. from + n)}, whose references it takes. */
    int buildTuple(int[] mem, int from, int n) {
        int t = space.newTupleOfSize(n);
        for (int i = 0; i < n; i++) space.tupleSlots.initItem(t, i, mem[from + i]);
        return t;
    }

    /** BUILD_LIST: a list of {@code mem[from .. from + n)}, whose references it takes. */
    int buildList(int[] mem, int from, int n) {
        int l = space.listSlots.newList(n);
        for (int i = 0; i < n; i++) space.listSlots.appendSteal(l, mem[from + i]);
        return l;
    }

    /** Pushes {@code items[n - 1] … items[0]} at {@code sp}; the new stack pointer. */
    private static int pushReversed(int[] mem, int sp, int[] items, int n) {
        for (int i = n - 1; i >= 0; i--) mem[sp++] = items[i];
        return sp;
    }

    /** UNPACK_SEQUENCE_*: pushes new references to the n items of a tuple or list, last first. */
    int pushItemsReversed(int[] mem, int sp, int seq, int n, boolean list) {
        for (int i = n - 1; i >= 0; i--) {
            int v = list ? space.listSlots.item(seq, i) : space.tupleSlots.item(seq, i);
            heap.incref(v);
            mem[sp++] = v;
        }
        return sp;
    }

    /** Drops the references in {@code mem[from .. to)}, first to last. */
    private void releaseUp(int[] mem, int from, int to) {
        for (int i = from; i < to; i++) heap.decref(mem[i]);
    }

    /** Drops the references (or NULLs) in {@code mem[from .. to)}, last to first. */
    private void releaseDown(int[] mem, int from, int to) {
        for (int i = to - 1; i >= from; i--) heap.xdecref(mem[i]);
    }

    /**
     * Unwinds from frame f, where the instruction at {@code at} raised {@code pending} (owned), as
     * CPython's exception_unwind: the frame whose handler takes it, ready to resume there; past
     * the entry frame the exception is thrown.
     */
    private Frame unwind(Frame f, int pending, boolean reraise, int at) {
        for (;;) {
            if (!reraise) {
                chainContext(pending);
                addTraceback(pending, f);
            }
            reraise = false;
            if (checkStacks) pending = checkStack(f, pending);
            CodeObject.ExceptionEntry handler = f.code.code.handlerFor(at);
            if (handler != null) {
                int bottom = f.stackBase + handler.depth();
                while (f.sp > bottom) heap.xdecref(f.mem[--f.sp]);
                if (handler.lasti()) f.mem[f.sp++] = space.newInt(f.lasti);
                f.mem[f.sp++] = pending;
                f.ip = handler.target();
                return f;
            }
            Frame done = f;
            popFrame(done);
            if (done.entry) throw new PyException(pending);
            f = done.back;
            at = f.lasti; // the caller's CALL failed; its operands went when the callee was made
        }
    }

    /**
     * The generic forms of the instructions that specialize, and the rarer instructions that
     * jump, out of {@link #run} so that the loop stays small enough for the JIT to inline the
     * heap's accessors into it (MethodSizeTest). The stack pointer is f.sp, written back also
     * when the instruction raises; returns the next instruction's index (the same one again
     * when the instruction was just specialized). Unless {@code adapt}, it does not specialize.
     */
    int genericOp(Frame f, int instr, int ip, boolean adapt) {
        adapt &= specializing;
        int[] mem = f.mem;
        int[] names = f.code.names;
        int[] cache = f.code.cache;
        int arg = instr >>> 8;
        int sp = f.sp;
        try {
            switch (instr & 0xFF) {
                case Op.LOAD_NAME: {
                    if (f.locals != 0 && space.typeOf(f.locals) != space.dictSlots.type()) {
                        mem[sp++] = loadNameFromMapping(f, arg);
                        return ip;
                    }
                    int v = f.locals != 0 ? space.dictSlots.get(f.locals, names[arg]) : 0;
                    if (v == 0) v = loadGlobal(f, arg);
                    heap.incref(v);
                    mem[sp++] = v;
                    return ip;
                }
                case Op.BINARY_OP: {
                    int b = mem[sp - 1], a = mem[sp - 2];
                    if (adapt && Specializer.specializable(arg) && Specializer.due(cache, ip - 1)
                            && specializer.binaryOp(f.code, ip - 1, a, b, arg)) {
                        return ip - 1;
                    }
                    int r = binaryOp(a, b, arg);
                    sp -= 2;
                    mem[sp++] = r;
                    heap.decref(b);
                    heap.decref(a);
                    return ip;
                }
                case Op.COMPARE_OP: {
                    int b = mem[sp - 1], a = mem[sp - 2];
                    if (adapt && Specializer.due(cache, ip - 1)
                            && specializer.compareOp(f.code, ip - 1, a, b, arg)) {
                        return ip - 1;
                    }
                    int r = compareOp(a, b, arg);
                    sp -= 2;
                    mem[sp++] = r;
                    heap.decref(b);
                    heap.decref(a);
                    return ip;
                }
                case Op.CONTAINS_OP: {
                    int container = mem[sp - 1], item = mem[sp - 2];
                    boolean in = space.contains(container, item);
                    sp -= 2;
                    mem[sp++] = space.newBool(in != (arg == 1));
                    heap.decref(container);
                    heap.decref(item);
                    return ip;
                }

                case Op.BINARY_SUBSCR: {
                    int key = mem[sp - 1], container = mem[sp - 2];
                    if (adapt && Specializer.due(cache, ip - 1)
                            && specializer.binarySubscr(f.code, ip - 1, container, key)) {
                        return ip - 1;
                    }
                    int r = space.getItem(container, key);
                    sp -= 2;
                    mem[sp++] = r;
                    heap.decref(key);
                    heap.decref(container);
                    return ip;
                }
                case Op.STORE_SUBSCR: {
                    int key = mem[sp - 1], container = mem[sp - 2], value = mem[sp - 3];
                    if (adapt && Specializer.due(cache, ip - 1)
                            && specializer.storeSubscr(f.code, ip - 1, container, key)) {
                        return ip - 1;
                    }
                    space.setItem(container, key, value);
                    sp -= 3;
                    heap.decref(key);
                    heap.decref(container);
                    heap.decref(value);
                    return ip;
                }
                case Op.LOAD_ATTR: {
                    int owner = mem[sp - 1];
                    if (adapt && Specializer.due(cache, ip - 1)
                            && specializer.loadAttr(f.code, ip - 1, owner, names[arg])) {
                        return ip - 1;
                    }
                    int v = specializing ? attributes.load(owner, names[arg]) : 0;
                    if (v != 0) {
                        heap.incref(v);
                        mem[sp - 1] = v;
                        heap.decref(owner);
                        return ip;
                    }
                    mem[sp - 1] = space.getAttr(owner, names[arg]);
                    heap.decref(owner);
                    return ip;
                }
                case Op.LOAD_METHOD: {
                    int owner = mem[sp - 1];
                    if (adapt && Specializer.due(cache, ip - 1)
                            && specializer.loadMethod(f.code, ip - 1, owner, names[arg])) {
                        return ip - 1;
                    }
                    int meth = specializing ? attributes.method(owner, names[arg]) : 0;
                    if (meth == 0) meth = space.lookupMethod(owner, names[arg]);
                    if (meth != 0) {
                        // [method, self]: CALL passes self as the first argument
                        heap.incref(meth);
                        mem[sp - 1] = meth;
                        mem[sp++] = owner;
                    } else {
                        int attr = space.getAttr(owner, names[arg]);
                        mem[sp - 1] = 0;
                        mem[sp++] = attr;
                        heap.decref(owner);
                    }
                    return ip;
                }
                case Op.STORE_ATTR: {
                    int owner = mem[sp - 1], value = mem[sp - 2];
                    if (adapt && Specializer.due(cache, ip - 1)
                            && specializer.storeAttr(f.code, ip - 1, owner, names[arg])) {
                        return ip - 1;
                    }
                    if (specializing && attributes.store(owner, names[arg], value)) {
                        sp -= 2; // the value's reference moved into the instance
                        heap.decref(owner);
                        return ip;
                    }
                    space.setAttr(owner, names[arg], value);
                    sp -= 2;
                    heap.decref(owner);
                    heap.decref(value);
                    return ip;
                }
                case Op.UNPACK_SEQUENCE: {
                    int seq = mem[sp - 1];
                    if (adapt && Specializer.due(cache, ip - 1)
                            && specializer.unpackSequence(f.code, ip - 1, seq, arg)) {
                        return ip - 1;
                    }
                    int[] items = unpack(seq, arg, -1);
                    sp = pushReversed(mem, sp - 1, items, arg);
                    heap.decref(seq);
                    return ip;
                }
                case Op.SEND: {
                    int recv = mem[sp - 2], v = mem[sp - 1];
                    int[] returned = {0};
                    int r = send(recv, v, returned);
                    if (returned[0] != 0) {
                        sp -= 2;
                        heap.decref(v);
                        heap.decref(recv);
                        mem[sp++] = r;
                        ip = arg;
                    } else {
                        mem[sp - 1] = r;
                        heap.decref(v);
                    }
                    return ip;
                }
                case Op.FOR_ITER: {
                    if (adapt && Specializer.due(cache, ip - 1)
                            && specializer.forIter(f.code, ip - 1, mem[sp - 1])) {
                        return ip - 1;
                    }
                    int next = space.iterNext(mem[sp - 1]);
                    if (next != 0) {
                        mem[sp++] = next;
                    } else {
                        heap.decref(mem[--sp]);
                        ip = arg;
                    }
                    return ip;
                }

                case Op.PUSH_EXC_INFO: {
                    int exc = mem[sp - 1];
                    mem[sp - 1] = handled != 0 ? handled : space.newNone();
                    heap.incref(exc);
                    handled = exc;
                    mem[sp++] = exc;
                    return ip;
                }
                case Op.POP_EXCEPT: {
                    int prev = mem[--sp];
                    int old = handled;
                    handled = prev == space.none ? 0 : prev;
                    if (prev == space.none) heap.decref(prev);
                    heap.xdecref(old);
                    return ip;
                }
                case Op.CHECK_EXC_MATCH: {
                    int type = mem[sp - 1], exc = mem[sp - 2];
                    boolean match = exceptionMatches(exc, type);
                    mem[sp - 1] = space.newBool(match);
                    heap.decref(type);
                    return ip;
                }
                case Op.JUMP_IF_FALSE_OR_POP: {
                    int v = mem[sp - 1];
                    if (!space.isTrue(v)) {
                        ip = arg;
                    } else {
                        sp--;
                        heap.decref(v);
                    }
                    return ip;
                }
                case Op.JUMP_IF_TRUE_OR_POP: {
                    int v = mem[sp - 1];
                    if (space.isTrue(v)) {
                        ip = arg;
                    } else {
                        sp--;
                        heap.decref(v);
                    }
                    return ip;
                }
                default:
                    throw new IllegalStateException("not a generic instruction: " + Opcode.of(instr));
            }
        } finally {
            f.sp = sp;
        }
    }

    /**
     * The instructions that are not on the hot paths, out of {@link #run} so that the loop stays
     * small enough for the JIT (MethodSizeTest). The stack pointer is f.sp, written back also
     * when the instruction raises.
     */
    void coldOp(Frame f, int instr) {
        int[] mem = f.mem;
        int[] names = f.code.names;
        int[] consts = f.code.consts;
        int locals = f.localsBase;
        int arg = instr >>> 8;
        int sp = f.sp;
        try {
            switch (instr & 0xFF) {
                case Op.STORE_GLOBAL: {
                    space.dictSlots.put(f.globals, names[arg], mem[sp - 1]);
                    heap.decref(mem[--sp]);
                    break;
                }
                case Op.DELETE_GLOBAL:
                    if (!space.dictSlots.remove(f.globals, names[arg])) throw nameError(names[arg]);
                    break;
                case Op.STORE_NAME: {
                    space.setItem(f.locals, names[arg], mem[sp - 1]);
                    heap.decref(mem[--sp]);
                    break;
                }
                case Op.DELETE_NAME:
                    if (space.typeOf(f.locals) != space.dictSlots.type()) deleteNameFromMapping(f, arg);
                    else if (!space.dictSlots.remove(f.locals, names[arg])) throw nameError(names[arg]);
                    break;
                case Op.MAKE_CELL: {
                    int local = f.code.code.cellToLocal(arg);
                    int value = 0;
                    if (local >= 0) {
                        value = mem[locals + local];
                        mem[locals + local] = 0;
                    }
                    int slot = locals + f.code.nlocals + arg;
                    int old = mem[slot];
                    mem[slot] = space.cellSlots.newCell(value);
                    if (old != 0) heap.decref(old);
                    break;
                }
                case Op.LOAD_CLASSDEREF: {
                    int v = mappingItem(f.locals, space.intern(f.code.code.cellName(arg)));
                    if (v == 0) {
                        v = space.cellSlots.get(mem[locals + f.code.nlocals + arg]);
                        if (v == 0) throw unboundDeref(f, arg);
                        heap.incref(v);
                    }
                    mem[sp++] = v;
                    break;
                }
                case Op.DELETE_DEREF: {
                    int cell = mem[locals + f.code.nlocals + arg];
                    if (space.cellSlots.get(cell) == 0) throw unboundDeref(f, arg);
                    space.cellSlots.set(cell, 0);
                    break;
                }

                case Op.UNARY_NEGATIVE:
                case Op.UNARY_POSITIVE:
                case Op.UNARY_INVERT: {
                    int op = (instr & 0xFF) == Op.UNARY_NEGATIVE ? dev.pyvm.objects.NumberOps.NEG
                            : (instr & 0xFF) == Op.UNARY_POSITIVE ? dev.pyvm.objects.NumberOps.POS
                            : dev.pyvm.objects.NumberOps.INVERT;
                    int v = mem[sp - 1];
                    mem[sp - 1] = space.unaryOp(v, op);
                    heap.decref(v);
                    break;
                }
                case Op.DELETE_SUBSCR: {
                    int key = mem[sp - 1], container = mem[sp - 2];
                    space.setItem(container, key, 0);
                    sp -= 2;
                    heap.decref(key);
                    heap.decref(container);
                    break;
                }
                case Op.BUILD_SLICE: {
                    int step = arg == 3 ? mem[sp - 1] : 0;
                    int stop = mem[sp - (arg == 3 ? 2 : 1)], start = mem[sp - arg];
                    int r = space.sequences.slice.newSlice(start, stop, step);
                    for (int i = 0; i < arg; i++) heap.decref(mem[--sp]);
                    mem[sp++] = r;
                    break;
                }

                case Op.DELETE_ATTR: {
                    int owner = mem[sp - 1];
                    space.setAttr(owner, names[arg], 0);
                    heap.decref(mem[--sp]);
                    break;
                }

                case Op.BUILD_MAP: {
                    int d = space.dictSlots.newDict();
                    mem[sp++] = d; // on the stack at once, so a failing key leaves no leak
                    int at = sp - 1 - 2 * arg;
                    for (int i = 0; i < arg; i++) space.dictSlots.put(d, mem[at + 2 * i], mem[at + 2 * i + 1]);
                    sp--;
                    for (int i = 0; i < 2 * arg; i++) heap.decref(mem[at + i]);
                    sp = at;
                    mem[sp++] = d;
                    break;
                }
                case Op.BUILD_SET: {
                    int set = space.sequences.set.newSet(space.sequences.set.type(), 0);
                    mem[sp++] = set; // on the stack at once: an unhashable item leaves no leak
                    int at = sp - 1 - arg;
                    for (int i = 0; i < arg; i++) space.sequences.set.add(set, mem[at + i]);
                    sp--;
                    for (int i = 0; i < arg; i++) heap.decref(mem[at + i]);
                    sp = at;
                    mem[sp++] = set;
                    break;
                }
                case Op.BUILD_STRING: {
                    StringBuilder b = new StringBuilder();
                    for (int i = sp - arg; i < sp; i++) b.append(space.strSlots.toJava(mem[i]));
                    int s = space.newStr(b.toString());
                    for (int i = 0; i < arg; i++) heap.decref(mem[--sp]);
                    mem[sp++] = s;
                    break;
                }
                case Op.SET_ADD: {
                    space.sequences.set.add(mem[sp - 1 - arg], mem[sp - 1]);
                    heap.decref(mem[--sp]);
                    break;
                }
                case Op.MAP_ADD: {
                    int value = mem[sp - 1], key = mem[sp - 2];
                    space.dictSlots.put(mem[sp - 2 - arg], key, value);
                    sp -= 2;
                    heap.decref(value);
                    heap.decref(key);
                    break;
                }
                case Op.LIST_EXTEND: {
                    listExtend(mem[sp - 1 - arg], mem[sp - 1]);
                    heap.decref(mem[--sp]);
                    break;
                }
                case Op.SET_UPDATE: {
                    space.sequences.set.updateInternal(mem[sp - 1 - arg], mem[sp - 1]);
                    heap.decref(mem[--sp]);
                    break;
                }
                case Op.DICT_UPDATE:
                case Op.DICT_MERGE: {
                    dictUpdate(mem[sp - 1 - arg], mem[sp - 1], (instr & 0xFF) == Op.DICT_MERGE,
                            mem[sp - 1 - arg - 2]);
                    heap.decref(mem[--sp]);
                    break;
                }
                case Op.LIST_TO_TUPLE: {
                    int l = mem[sp - 1];
                    int n = space.listSlots.size(l);
                    int t = space.newTupleOfSize(n);
                    for (int i = 0; i < n; i++) {
                        int item = space.listSlots.item(l, i);
                        heap.incref(item);
                        space.tupleSlots.initItem(t, i, item);
                    }
                    mem[sp - 1] = t;
                    heap.decref(l);
                    break;
                }
                case Op.UNPACK_EX: {
                    int before = arg & 0xFF, after = arg >> 8;
                    int seq = mem[sp - 1];
                    int[] items = unpack(seq, before, after);
                    sp--;
                    for (int i = items.length - 1; i >= 0; i--) mem[sp++] = items[i];
                    heap.decref(seq);
                    break;
                }

                case Op.CALL_FUNCTION_EX: {
                    int kwargs = (arg & 1) != 0 ? mem[sp - 1] : 0;
                    int posargs = mem[sp - 1 - (arg & 1)];
                    int callable = mem[sp - 2 - (arg & 1)];
                    int r = callEx(callable, posargs, kwargs);
                    int slot = sp - 3 - (arg & 1);
                    for (int i = sp - 1; i >= slot; i--) heap.xdecref(mem[i]);
                    sp = slot;
                    mem[sp++] = r;
                    break;
                }
                case Op.MAKE_FUNCTION: {
                    int codeObj = mem[sp - 1];
                    int fn = space.functionSlots.newFunction(codeObj, f.globals);
                    heap.decref(mem[--sp]);
                    if ((arg & Opcode.MF_CLOSURE) != 0) space.functionSlots.setField(fn, FunctionType.CLOSURE, mem[--sp]);
                    if ((arg & Opcode.MF_ANNOTATIONS) != 0) space.functionSlots.setAnnotations(fn, mem[--sp]);
                    if ((arg & Opcode.MF_KWDEFAULTS) != 0) space.functionSlots.setField(fn, FunctionType.KWDEFAULTS, mem[--sp]);
                    if ((arg & Opcode.MF_DEFAULTS) != 0) space.functionSlots.setField(fn, FunctionType.DEFAULTS, mem[--sp]);
                    mem[sp++] = fn;
                    break;
                }
                case Op.GET_YIELD_FROM_ITER: {
                    int v = mem[sp - 1];
                    if (space.typeOf(v) != generators.type()) {
                        mem[sp - 1] = space.iter(v);
                        heap.decref(v);
                    }
                    break;
                }
                case Op.LOAD_BUILD_CLASS: {
                    int v = space.dictSlots.get(builtins, "__build_class__");
                    if (v == 0) throw space.error(space.exceptions.nameError, "__build_class__ not found");
                    heap.incref(v);
                    mem[sp++] = v;
                    break;
                }
                case Op.SETUP_ANNOTATIONS: {
                    int key = space.intern("__annotations__");
                    if (space.dictSlots.get(f.locals, key) == 0) {
                        int d = space.dictSlots.newDict();
                        space.dictSlots.put(f.locals, key, d);
                        heap.decref(d);
                    }
                    break;
                }

                case Op.LOAD_ASSERTION_ERROR: {
                    int t = space.exceptions.byName().get("AssertionError");
                    heap.incref(t);
                    mem[sp++] = t;
                    break;
                }
                case Op.WITH_EXCEPT_START: {
                    // [exit, lasti, prev_exc, exc] -> pushes exit(type, exc, tb)
                    int exc = mem[sp - 1];
                    int exit = mem[sp - 4];
                    int tb = space.exceptions.traceback(exc);
                    int r = space.call(exit, space.typeOf(exc), exc, tb != 0 ? tb : space.none);
                    mem[sp++] = r;
                    break;
                }

                case Op.IMPORT_NAME: {
                    int fromlist = mem[sp - 1], level = mem[sp - 2];
                    int module = modules.importName(this, names[arg], fromlist,
                            (int) space.intSlots.longValue(level), f.globals);
                    sp -= 2;
                    heap.decref(fromlist);
                    heap.decref(level);
                    mem[sp++] = module;
                    break;
                }
                case Op.IMPORT_FROM: {
                    mem[sp] = modules.importFrom(mem[sp - 1], names[arg]);
                    sp++;
                    break;
                }
                case Op.IMPORT_STAR: {
                    int module = mem[sp - 1];
                    importStar(module, f.locals);
                    heap.decref(mem[--sp]);
                    break;
                }

                case Op.FORMAT_VALUE: {
                    boolean haveSpec = (arg & Opcode.FVS_HAVE_SPEC) != 0;
                    int spec = haveSpec ? mem[sp - 1] : 0;
                    int value = mem[sp - 1 - (haveSpec ? 1 : 0)];
                    int converted = value;
                    heap.incref(converted);
                    switch (arg & Opcode.FVC_MASK) {
                        case Opcode.FVC_STR -> converted = replace(converted, space.slotsOf(value).str(value));
                        case Opcode.FVC_REPR -> converted = replace(converted, space.slotsOf(value).repr(value));
                        case Opcode.FVC_ASCII -> converted = replace(converted, space.newStr(dev.pyvm.objects.PercentFormat.ascii(space.repr(value))));
                        default -> { }
                    }
                    int r;
                    try {
                        r = space.format(converted, spec);
                    } finally {
                        heap.decref(converted);
                    }
                    if (haveSpec) heap.decref(mem[--sp]);
                    heap.decref(mem[--sp]);
                    mem[sp++] = r;
                    break;
                }

                case Op.PRINT_EXPR: {
                    displayHook(mem[sp - 1]);
                    heap.decref(mem[--sp]);
                    break;
                }
                default:
                    throw space.error(space.exceptions.systemError, "pyvm cannot run "
                            + Opcode.of(instr) + " yet (" + f.code.code.name() + ", line "
                            + f.code.code.lineOf(f.lasti) + ")");
            }
        } finally {
            f.sp = sp;
        }
    }

    // =====================================================================================
    // Generators: CPython 3.11 Objects/genobject.c
    // =====================================================================================

    /**
     * Resumes generator h, pushing {@code value} (borrowed; 0 pushes nothing) or raising
     * {@code throwing} (owned) where it stands. Returns what it yields, or with
     * {@code returned[0] = 1} what it returned; new references. CPython: gen_send_ex2.
     */
    int generatorResume(int h, int value, int throwing, int[] returned) {
        int state = generators.state(h);
        if (state == GeneratorType.RUNNING) {
            if (throwing != 0) heap.decref(throwing);
            throw space.valueError("generator already executing");
        }
        if (state == GeneratorType.COMPLETED) {
            if (throwing != 0) throw new PyException(throwing);
            returned[0] = 1;
            return space.newNone();
        }
        if (state == GeneratorType.CREATED && throwing == 0 && value != space.none && value != 0) {
            throw space.typeError("can't send non-None value to a just-started generator");
        }
        if (depth >= recursionLimit) {
            if (throwing != 0) heap.decref(throwing);
            throw space.error(space.exceptions.recursionError, "maximum recursion depth exceeded");
        }
        Frame f = generators.frame(h);
        if (throwing == 0 && value != 0) {
            heap.incref(value);
            f.mem[f.sp++] = value;
        }
        f.back = current;
        f.entry = true;
        f.yielded = false;
        depth++;
        current = f;
        generators.setState(h, GeneratorType.RUNNING);
        // the generator's exception state becomes the current one, the caller's is kept beneath
        pushCallerException(generators.takeException(h));
        int result;
        try {
            result = run(f, throwing);
        } catch (PyException e) {
            heap.xdecref(popCallerException());
            generators.frameFinished(h);
            int exc = e.exception();
            if (space.exceptions.matches(exc, space.exceptions.stopIteration)) {
                // PEP 479: a StopIteration escaping a generator becomes a RuntimeError
                int error = space.exceptions.newException(space.exceptions.byName().get("RuntimeError"),
                        space.newTuple(space.newStr("generator raised StopIteration")));
                heap.incref(exc);
                space.exceptions.setContext(error, exc);
                space.exceptions.setCause(error, exc);
                throw new PyException(error);
            }
            throw e;
        }
        int own = popCallerException();
        if (f.yielded) {
            generators.keepException(h, own);
            generators.setState(h, GeneratorType.SUSPENDED);
            return result;
        }
        heap.xdecref(own);
        generators.frameFinished(h);
        returned[0] = 1;
        return result;
    }

    /** The handled exceptions of the callers of running generators, innermost last (owned). */
    private int[] callerExceptions = new int[8];
    private int callerDepth;

    /** Enters a generator: its exception state {@code exc} (owned) becomes the handled one. */
    private void pushCallerException(int exc) {
        if (callerDepth == callerExceptions.length) callerExceptions = java.util.Arrays.copyOf(callerExceptions, callerDepth * 2);
        callerExceptions[callerDepth++] = handled;
        handled = exc;
    }

    /** Leaves a generator: the caller's handled exception is back; returns the generator's (owned). */
    private int popCallerException() {
        int own = handled;
        handled = callerExceptions[--callerDepth];
        return own;
    }

    /**
     * The exception being handled, looking through the callers of running generators (borrowed),
     * 0 when none. CPython: _PyErr_GetTopmostException.
     */
    private int topmostHandled() {
        if (handled != 0) return handled;
        for (int i = callerDepth - 1; i >= 0; i--) if (callerExceptions[i] != 0) return callerExceptions[i];
        return 0;
    }

    /** SEND: value into a delegate of {@code yield from}. */
    private int send(int recv, int value, int[] returned) {
        if (space.typeOf(recv) == generators.type()) return generatorResume(recv, value, 0, returned);
        if (value == space.none) {
            int r = space.iterNext(recv);
            if (r != 0) return r;
            returned[0] = 1;
            return space.newNone();
        }
        try {
            int sendMethod = space.getAttr(recv, space.intern("send"));
            try {
                return space.call(sendMethod, value);
            } finally {
                heap.decref(sendMethod);
            }
        } catch (PyException e) {
            if (!space.exceptions.matches(e.exception(), space.exceptions.stopIteration)) throw e;
            returned[0] = 1;
            return stopIterationValue(e.exception());
        }
    }

    /** StopIteration's value (args[0] or None), a new reference; consumes the exception. */
    private int stopIterationValue(int exc) {
        int args = space.exceptions.args(exc);
        int v = space.tupleSlots.size(args) > 0 ? space.tupleSlots.item(args, 0) : space.none;
        heap.incref(v);
        heap.decref(exc);
        return v;
    }

    /** The exception that {@code gen.throw(typ, val)} raises (a new reference). */
    private int throwArgument(int typ, int val) {
        if (space.isInstance(typ, space.exceptions.baseException)) {
            if (val != space.none) throw space.typeError("instance exception may not have a separate value");
            heap.incref(typ);
            return typ;
        }
        if (space.isSubtype(space.typeOf(typ), space.typeSlots.type()) && space.isSubtype(typ, space.exceptions.baseException)) {
            if (space.isInstance(val, typ)) {
                heap.incref(val);
                return val;
            }
            // CPython 3.11: _gen_throw normalizes (PyErr_NormalizeException); what that raises is thrown in instead
            try {
                int exc;
                if (val == space.none) {
                    exc = call(typ, new int[0], 0, 0, 0);
                } else if (space.isInstance(val, space.tupleSlots.type())) {
                    int n = space.tupleSlots.size(val);
                    int[] args = new int[n];
                    for (int i = 0; i < n; i++) args[i] = space.tupleSlots.item(val, i);
                    exc = call(typ, args, 0, n, 0);
                } else {
                    exc = call(typ, new int[] {val}, 0, 1, 0);
                }
                return renormalize(typ, created(typ, exc));
            } catch (PyException e) {
                return e.exception();
            }
        }
        throw space.typeError("exceptions must be classes or instances deriving from BaseException, not "
                + space.typeName(space.typeOf(typ)));
    }

    /** The delegate of a {@code yield from} the generator is suspended in (borrowed), or 0. CPython: _PyGen_yf. */
    private int delegate(int h) {
        if (generators.state(h) != GeneratorType.SUSPENDED) return 0;
        Frame f = generators.frame(h);
        int instr = f.code.instructions[f.ip - 1];
        if (Opcode.of(instr) != Opcode.YIELD_VALUE || Opcode.arg(instr) != 1) return 0;
        return f.mem[f.sp - 1];
    }

    /** {@code gen.throw(exc)}: exc (owned) raised at the point where h is suspended. CPython: _gen_throw. */
    int generatorThrow(int h, int exc) {
        int yf = delegate(h);
        if (yf != 0) {
            heap.incref(yf);
            try {
                if (space.exceptions.matches(exc, space.exceptions.byName().get("GeneratorExit"))) {
                    int closeError = closeDelegate(yf);
                    if (closeError != 0) {
                        // CPython 3.11: _gen_throw() raises what closing the delegate raised instead
                        heap.decref(exc);
                        exc = closeError;
                    }
                } else {
                    int[] returned = {0};
                    int r;
                    try {
                        r = throwInto(yf, exc, returned);
                    } catch (PyException e) {
                        return resumeOrStop(h, 0, e.exception());
                    }
                    if (returned[0] == 0) return r; // the delegate yielded: so do we
                    // the delegate returned: leave the yield from with its value, as SEND would
                    Frame f = generators.frame(h);
                    heap.decref(f.mem[--f.sp]);
                    f.mem[f.sp++] = r;
                    f.ip = sendTarget(f);
                    return resumeOrStop(h, 0, 0);
                }
            } finally {
                heap.decref(yf);
            }
        }
        return resumeOrStop(h, 0, exc);
    }

    /** Throws exc (owned) into a delegate; what it yields, or (returned) the value it returned. */
    private int throwInto(int yf, int exc, int[] returned) {
        if (space.typeOf(yf) == generators.type()) {
            try {
                return generatorThrow(yf, exc);
            } catch (PyException e) {
                if (!space.exceptions.matches(e.exception(), space.exceptions.stopIteration)) throw e;
                returned[0] = 1;
                return stopIterationValue(e.exception());
            }
        }
        int method;
        try {
            method = space.getAttr(yf, space.intern("throw"));
        } catch (PyException e) {
            heap.decref(e.exception());
            throw new PyException(exc);
        }
        try {
            return space.call(method, exc);
        } catch (PyException e) {
            if (!space.exceptions.matches(e.exception(), space.exceptions.stopIteration)) throw e;
            returned[0] = 1;
            return stopIterationValue(e.exception());
        } finally {
            heap.decref(method);
            heap.decref(exc);
        }
    }

    /** The instruction after the {@code yield from} loop: the jump target of the SEND before f.ip. */
    private static int sendTarget(Frame f) {
        for (int i = f.ip - 1; i >= 0; i--) {
            if (Opcode.of(f.code.instructions[i]) == Opcode.SEND) return Opcode.arg(f.code.instructions[i]);
        }
        throw new IllegalStateException("yield from without SEND");
    }

    /** Resumes h (pushing value, 0 for none, or raising exc) and turns its return into StopIteration. */
    private int resumeOrStop(int h, int value, int exc) {
        int[] returned = {0};
        int r = generatorResume(h, value, exc, returned);
        if (returned[0] == 0) return r;
        throw stopIteration(r);
    }

    /** StopIteration carrying value (stolen); no args when it is None, as CPython. */
    private PyException stopIteration(int value) {
        int args;
        if (value == space.none) {
            heap.decref(value);
            args = space.newTuple();
        } else {
            args = space.newTuple(value);
        }
        return new PyException(space.exceptions.newException(space.exceptions.stopIteration, args));
    }

    /** Closes a delegate: a generator's close(), or the object's close method if it has one. */
    private void closeIterator(int yf) {
        if (space.typeOf(yf) == generators.type()) {
            heap.decref(generatorClose(yf));
            return;
        }
        int method;
        try {
            method = space.getAttr(yf, space.intern("close"));
        } catch (PyException e) {
            heap.decref(e.exception());
            return;
        }
        try {
            heap.decref(space.call(method));
        } finally {
            heap.decref(method);
        }
    }

    /** Closes the delegate yf of a suspended {@code yield from}; the exception that raised (owned), or 0. */
    private int closeDelegate(int yf) {
        heap.incref(yf);
        try {
            closeIterator(yf);
            return 0;
        } catch (PyException e) {
            return e.exception();
        } finally {
            heap.decref(yf);
        }
    }

    /** {@code gen.close()}: GeneratorExit raised where it stands. CPython 3.11: gen_close. */
    int generatorClose(int h) {
        int state = generators.state(h);
        if (state == GeneratorType.CREATED) {
            generators.frameFinished(h);
            return space.newNone();
        }
        if (state == GeneratorType.COMPLETED) return space.newNone();
        int yf = delegate(h);
        // what closing the delegate raises is raised in h instead of GeneratorExit
        int exc = yf != 0 ? closeDelegate(yf) : 0;
        int generatorExit = space.exceptions.byName().get("GeneratorExit");
        if (exc == 0) exc = space.exceptions.newException(generatorExit, space.newTuple());
        int[] returned = {0};
        int r;
        try {
            r = generatorResume(h, 0, exc, returned);
        } catch (PyException e) {
            if (space.exceptions.matches(e.exception(), generatorExit)
                    || space.exceptions.matches(e.exception(), space.exceptions.stopIteration)) {
                heap.decref(e.exception());
                return space.newNone();
            }
            throw e;
        }
        if (returned[0] != 0) return r;
        heap.decref(r);
        throw space.error(space.exceptions.byName().get("RuntimeError"), "generator ignored GeneratorExit");
    }

    // =====================================================================================
    // Classes
    // =====================================================================================

    /** The built-ins that read the calling frame: globals(), locals() and vars(). */
    private void defineFrameBuiltins(int builtinsModule) {
        BuiltinCode globalsCode = (self, args, start, nargs, kwnames) -> {
            dev.pyvm.objects.TextArgs.none(space, "globals", nargs, kwnames);
            heap.incref(current.globals);
            return current.globals;
        };
        BuiltinCode localsCode = (self, args, start, nargs, kwnames) -> {
            dev.pyvm.objects.TextArgs.none(space, "locals", nargs, kwnames);
            return frameObjects.locals(current.storage);
        };
        BuiltinCode varsCode = (self, args, start, nargs, kwnames) -> {
            if (kwnames != 0 && space.tupleSlots.size(kwnames) > 0) throw space.typeError("vars() takes no keyword arguments");
            if (nargs > 1) throw space.typeError("vars expected at most 1 argument, got " + nargs);
            if (nargs == 0) return frameObjects.locals(current.storage);
            int dict = space.lookupAttr(args[start], space.intern("__dict__"));
            if (dict == 0) throw space.typeError("vars() argument must have __dict__ attribute");
            return dict;
        };
        BuiltinCode dirCode = (self, args, start, nargs, kwnames) -> {
            if (kwnames != 0 && space.tupleSlots.size(kwnames) > 0) throw space.typeError("dir() takes no keyword arguments");
            if (nargs > 1) throw space.typeError("dir expected at most 1 argument, got " + nargs);
            return dir(nargs == 0 ? 0 : args[start]);
        };
        String[] names = {"globals", "locals", "vars", "dir"};
        BuiltinCode[] codes = {globalsCode, localsCode, varsCode, dirCode};
        for (int i = 0; i < names.length; i++) {
            int f = space.builtinFunctionSlots.newFunction(space.builtinFunctionSlots.define(names[i], 0, codes[i]), builtinsModule);
            space.moduleSlots.set(builtinsModule, names[i], f);
            heap.decref(f);
        }
    }

    /**
     * {@code dir(obj)}: the sorted names of obj's attributes, a user's {@code __dir__} first; of the
     * calling frame's locals when obj is 0. CPython 3.11: builtin_dir, object___dir__, type___dir__.
     */
    private int dir(int obj) {
        java.util.TreeSet<String> names = new java.util.TreeSet<>();
        java.util.function.IntConsumer addKeys = dict -> space.dictSlots.forEach(dict, (k, v) -> {
            if (space.strSlots.check(k)) names.add(space.strSlots.toJava(k));
        });
        if (obj == 0) {
            int locals = frameObjects.locals(current.storage);
            addKeys.accept(locals);
            heap.decref(locals);
        } else if (space.typeOf(obj) == space.moduleSlots.type()) {
            addKeys.accept(space.moduleSlots.dict(obj));
        } else {
            int custom = space.lookupType(space.typeOf(obj), space.intern("__dir__"));
            if (custom != 0 && space.typeOf(custom) == space.functionSlots.type()) {
                int r = space.callMethod(custom, obj);
                try {
                    int list = space.listSlots.fromIterable(r);
                    try {
                        space.listSlots.sort(list, 0, false);
                    } catch (RuntimeException e) {
                        heap.decref(list);
                        throw e;
                    }
                    return list;
                } finally {
                    heap.decref(r);
                }
            }
            boolean isType = space.isSubtype(space.typeOf(obj), space.typeSlots.type());
            if (!isType) {
                try {
                    int dict = space.getAttr(obj, space.intern("__dict__"));
                    if (space.dictSlots.check(dict)) addKeys.accept(dict);
                    heap.decref(dict);
                } catch (PyException e) {
                    heap.decref(e.exception());
                }
                names.add("__class__");
            }
            int t = isType ? obj : space.typeOf(obj);
            int mro = space.typeMro(t);
            for (int i = 0; i < space.tupleSlots.size(mro); i++) addKeys.accept(space.typeDict(space.tupleSlots.item(mro, i)));
        }
        int list = space.listSlots.newList(names.size());
        for (String n : names) space.listSlots.appendSteal(list, space.newStr(n));
        return list;
    }


    // CPython 3.11: Python/bltinmodule.c builtin___build_class__()
    /**
     * {@code __build_class__(func, name, *bases, metaclass=…, **kwds)}: the metaclass (the given
     * one, else the most derived of the bases' types), the namespace its {@code __prepare__} gives,
     * the class body run in it, then {@code metaclass(name, bases, namespace, **kwds)}.
     */
    private int buildClass(int self, int[] args, int start, int nargs, int kwnames) {
        int nkw = kwnames == 0 ? 0 : space.tupleSlots.size(kwnames);
        int npos = nargs - nkw;
        if (npos < 2) throw space.typeError("__build_class__: not enough arguments");
        int func = args[start], name = args[start + 1];
        if (space.typeOf(func) != space.functionSlots.type()) throw space.typeError("__build_class__: func must be a function");
        if (!space.strSlots.check(name)) throw space.typeError("__build_class__: name is not a string");
        // the keywords but metaclass go to __prepare__, the metaclass and __init_subclass__
        int type = space.typeSlots.type();
        int meta = 0;
        int[] call = new int[3 + nkw];
        java.util.List<Integer> kwNames = new java.util.ArrayList<>();
        for (int k = 0; k < nkw; k++) {
            int key = space.tupleSlots.item(kwnames, k);
            int value = args[start + npos + k];
            if (space.strSlots.toJava(key).equals("metaclass")) {
                meta = value;
            } else {
                call[3 + kwNames.size()] = value;
                kwNames.add(key);
            }
        }
        int origBases = space.newTupleOfSize(npos - 2);
        for (int i = 2; i < npos; i++) {
            heap.incref(args[start + i]);
            space.tupleSlots.initItem(origBases, i - 2, args[start + i]);
        }
        int bases;
        try {
            bases = updateBases(origBases);
        } catch (RuntimeException e) {
            heap.decref(origBases);
            throw e;
        }
        int names = 0, ns = 0;
        try {
            boolean isClass = meta == 0 || space.isSubtype(space.typeOf(meta), type);
            if (meta == 0) meta = space.tupleSlots.size(bases) == 0 ? type : space.typeOf(space.tupleSlots.item(bases, 0));
            if (isClass) meta = space.calculateMetaclass(meta, bases); // borrowed: a base or the keyword holds it
            if (!kwNames.isEmpty()) {
                names = space.newTupleOfSize(kwNames.size());
                for (int i = 0; i < kwNames.size(); i++) {
                    heap.incref(kwNames.get(i));
                    space.tupleSlots.initItem(names, i, kwNames.get(i));
                }
            }
            call[0] = name;
            call[1] = bases;
            ns = meta == type ? space.dictSlots.newDict() : prepareNamespace(meta, isClass, call, names);
            Frame body = functionFrame(func, args, start, 0, 0, ns, true);
            heap.decref(run(body));
            if (bases != origBases) space.setItem(ns, space.intern("__orig_bases__"), origBases);
            if (meta == type) return space.newClass(space.strSlots.toJava(name), bases, ns, call, 3, kwNames.size(), names);
            call[2] = ns;
            return call(meta, call, 0, 3 + kwNames.size(), names);
        } finally {
            if (names != 0) heap.decref(names);
            if (ns != 0) heap.decref(ns);
            heap.decref(bases);
            heap.decref(origBases);
        }
    }

    /**
     * The bases of a class statement after PEP 560 (CPython 3.11's update_bases): a base that is
     * not a class and has {@code __mro_entries__} is replaced by what that returns for the
     * original bases (a tuple). A new reference: {@code bases} itself, increfed, when none is.
     */
    private int updateBases(int bases) {
        java.util.List<Integer> items = new java.util.ArrayList<>(); // borrowed from bases or a replacement
        java.util.List<Integer> replacements = new java.util.ArrayList<>(); // owned
        try {
            for (int i = 0; i < space.tupleSlots.size(bases); i++) {
                int base = space.tupleSlots.item(bases, i);
                int entries = mroEntries(base, bases);
                if (entries == 0) {
                    items.add(base);
                    continue;
                }
                replacements.add(entries);
                for (int j = 0; j < space.tupleSlots.size(entries); j++) items.add(space.tupleSlots.item(entries, j));
            }
            if (replacements.isEmpty()) {
                heap.incref(bases);
                return bases;
            }
            int t = space.newTupleOfSize(items.size());
            for (int i = 0; i < items.size(); i++) {
                heap.incref(items.get(i));
                space.tupleSlots.initItem(t, i, items.get(i));
            }
            return t;
        } finally {
            for (int r : replacements) heap.decref(r);
        }
    }

    /** {@code base.__mro_entries__(bases)} (a tuple, a new reference), or 0 for a class or a base without one. */
    private int mroEntries(int base, int bases) {
        if (space.isSubtype(space.typeOf(base), space.typeSlots.type())) return 0;
        int method = space.lookupAttr(base, space.intern("__mro_entries__"));
        if (method == 0) return 0;
        int entries;
        try {
            entries = space.call(method, bases);
        } finally {
            heap.decref(method);
        }
        if (space.typeOf(entries) != space.tupleSlots.type()) {
            heap.decref(entries);
            throw space.typeError("__mro_entries__ must return a tuple");
        }
        return entries;
    }

    /**
     * {@code meta.__prepare__(name, bases, **kwds)} (a new dict when meta has none), which must be
     * a mapping; {@code call} holds name, bases, a free word, then the keywords' values.
     */
    private int prepareNamespace(int meta, boolean isClass, int[] call, int kwnames) {
        int prepare = space.lookupAttr(meta, space.intern("__prepare__"));
        if (prepare == 0) return space.dictSlots.newDict();
        int nkw = kwnames == 0 ? 0 : space.tupleSlots.size(kwnames);
        int[] prepareArgs = new int[2 + nkw];
        prepareArgs[0] = call[0];
        prepareArgs[1] = call[1];
        System.arraycopy(call, 3, prepareArgs, 2, nkw);
        int ns;
        try {
            ns = call(prepare, prepareArgs, 0, 2 + nkw, kwnames);
        } finally {
            heap.decref(prepare);
        }
        if (!space.dictSlots.check(ns) && space.lookupType(space.typeOf(ns), space.intern("__getitem__")) == 0) {
            String t = space.typeName(space.typeOf(ns));
            heap.decref(ns);
            throw space.typeError((isClass ? space.typeName(meta) : "<metaclass>") + ".__prepare__() must return a mapping, not " + t);
        }
        return ns;
    }

    /** The class and instance of a zero-argument {@code super()} in the calling frame. CPython: super_init_without_args. */
    private int[] superArguments() {
        Frame f = current;
        int runtimeError = space.exceptions.byName().get("RuntimeError");
        if (f == null || f.code.code.argcount() == 0) throw space.error(runtimeError, "super(): no arguments");
        int obj = f.mem[f.localsBase];
        if (obj == 0) {
            for (int i = 0; i < f.code.ncells; i++) {
                if (f.code.code.cellToLocal(i) == 0) obj = space.cellSlots.get(f.mem[f.localsBase + f.code.nlocals + i]);
            }
        }
        if (obj == 0) throw space.error(runtimeError, "super(): arg[0] deleted");
        int index = f.code.code.freevars().indexOf("__class__");
        if (index < 0) throw space.error(runtimeError, "super(): __class__ cell not found");
        int type = space.cellSlots.get(f.mem[f.localsBase + f.code.nlocals + f.code.ncells + index]);
        if (type == 0) throw space.error(runtimeError, "super(): empty __class__ cell");
        return new int[] {type, obj};
    }

    // =====================================================================================
    // The instructions' helpers
    // =====================================================================================

    /** The global or builtin {@code name} (borrowed); NameError when neither has it. */
    /** The global or builtin names[index] of f's code (borrowed); NameError when neither has it. */
    int loadGlobal(Frame f, int index) {
        int name = f.code.names[index];
        int[] hints = f.code.globalHints;
        int v = space.dictSlots.getHinted(f.globals, name, hints, 2 * index);
        if (v == 0) v = space.dictSlots.getHinted(f.builtins, name, hints, 2 * index + 1);
        if (v == 0) throw nameError(name);
        return v;
    }

    private PyException nameError(int name) {
        return space.error(space.exceptions.nameError, "name '" + space.strSlots.toJava(name) + "' is not defined");
    }

    private PyException unboundLocal(Frame f, int index) {
        return space.error(space.exceptions.byName().get("UnboundLocalError"), "cannot access local variable '"
                + f.code.code.varnames().get(index) + "' where it is not associated with a value");
    }

    private PyException unboundDeref(Frame f, int index) {
        String name = f.code.code.cellName(index);
        if (index < f.code.ncells) {
            return space.error(space.exceptions.byName().get("UnboundLocalError"), "cannot access local variable '"
                    + name + "' where it is not associated with a value");
        }
        return space.error(space.exceptions.nameError, "cannot access free variable '" + name
                + "' where it is not associated with a value in enclosing scope");
    }

    /**
     * The items of {@code seq} for unpacking into {@code before} targets, or with a starred target
     * ({@code after >= 0}) into before + a list + after. New references. CPython: unpack_iterable().
     */
    private int[] unpack(int seq, int before, int after) {
        boolean starred = after >= 0;
        int t = space.typeOf(seq);
        if (!starred && (t == space.tupleSlots.type() || t == space.listSlots.type())) {
            int n = t == space.tupleSlots.type() ? space.tupleSlots.size(seq) : space.listSlots.size(seq);
            if (n != before) {
                if (n < before) throw notEnoughValues(before, n);
                throw space.valueError("too many values to unpack (expected " + before + ")");
            }
            int[] items = new int[n];
            for (int i = 0; i < n; i++) {
                items[i] = t == space.tupleSlots.type() ? space.tupleSlots.item(seq, i) : space.listSlots.item(seq, i);
                heap.incref(items[i]);
            }
            return items;
        }
        int it;
        try {
            it = space.iter(seq);
        } catch (PyException e) {
            if (!space.exceptions.matches(e.exception(), space.exceptions.typeError)) throw e;
            heap.decref(e.exception());
            throw space.typeError("cannot unpack non-iterable " + space.typeName(t) + " object");
        }
        java.util.List<Integer> got = new java.util.ArrayList<>();
        try {
            for (int i = 0; starred || i <= before; i++) {
                int v = space.iterNext(it);
                if (v == 0) break;
                got.add(v);
                if (!starred && got.size() > before) {
                    throw space.valueError("too many values to unpack (expected " + before + ")");
                }
            }
            if (!starred) {
                if (got.size() < before) throw notEnoughValues(before, got.size());
                int[] items = new int[before];
                for (int i = 0; i < before; i++) items[i] = got.get(i);
                got.clear();
                return items;
            }
            if (got.size() < before + after) {
                throw space.valueError("not enough values to unpack (expected at least " + (before + after)
                        + ", got " + got.size() + ")");
            }
            int[] items = new int[before + 1 + after];
            int n = got.size();
            for (int i = 0; i < before; i++) items[i] = got.get(i);
            int middle = space.listSlots.newList(n - before - after);
            for (int i = before; i < n - after; i++) space.listSlots.appendSteal(middle, got.get(i));
            items[before] = middle;
            for (int i = 0; i < after; i++) items[before + 1 + i] = got.get(n - after + i);
            got.clear();
            return items;
        } finally {
            for (int v : got) heap.decref(v);
            heap.decref(it);
        }
    }

    private PyException notEnoughValues(int expected, int got) {
        return space.valueError("not enough values to unpack (expected " + expected + ", got " + got + ")");
    }

    /**
     * BEFORE_WITH: the manager at {@code mem[top - 1]} becomes its bound {@code __exit__}, and
     * {@code mem[top]} what {@code __enter__()} returns. CPython 3.11 looks both up on the type.
     */
    private void beforeWith(int[] mem, int top) {
        mem[top] = 0;
        int manager = mem[top - 1];
        int t = space.typeOf(manager);
        int enter = space.lookupType(t, space.ids.__enter__);
        int exit = enter == 0 ? 0 : space.lookupType(t, space.ids.__exit__);
        if (exit == 0) {
            throw space.typeError("'" + space.typeName(t) + "' object does not support the context manager protocol"
                    + (enter == 0 ? "" : " (missed __exit__ method)"));
        }
        enter = space.descriptorGet(enter, manager, t);
        try {
            mem[top - 1] = space.descriptorGet(exit, manager, t);
            heap.decref(manager); // the bound __exit__ holds it now
            mem[top] = space.call(enter);
        } finally {
            heap.decref(enter);
        }
    }

    /** {@code f(*args, **kwargs)}: flattens the tuple and dict into a vectorcall. */
    private int callEx(int callable, int posargs, int kwargs) {
        if (!space.tupleSlots.check(posargs)) {
            int list = space.listSlots.newList(0);
            try {
                try {
                    space.listSlots.extend(list, posargs);
                } catch (PyException e) {
                    throw starError(e, posargs, calleeName(callable) + " argument");
                }
                int n = space.listSlots.size(list);
                int t = space.newTupleOfSize(n);
                for (int i = 0; i < n; i++) {
                    int item = space.listSlots.item(list, i);
                    heap.incref(item);
                    space.tupleSlots.initItem(t, i, item);
                }
                try {
                    return callEx(callable, t, kwargs);
                } finally {
                    heap.decref(t);
                }
            } finally {
                heap.decref(list);
            }
        }
        int n = space.tupleSlots.size(posargs);
        int nkw = kwargs != 0 ? space.dictSlots.size(kwargs) : 0;
        int[] args = new int[n + nkw];
        for (int i = 0; i < n; i++) args[i] = space.tupleSlots.item(posargs, i);
        int kwnames = 0;
        if (nkw > 0) {
            space.dictSlots.forEach(kwargs, (k, v) -> {
                if (!space.strSlots.check(k)) throw space.typeError("keywords must be strings");
            });
            kwnames = space.newTupleOfSize(nkw);
            int[] i = {0};
            int names = kwnames;
            space.dictSlots.forEach(kwargs, (k, v) -> {
                heap.incref(k);
                space.tupleSlots.initItem(names, i[0], k);
                args[n + i[0]] = v;
                i[0]++;
            });
        }
        try {
            return call(callable, args, 0, n + nkw, kwnames);
        } finally {
            if (kwnames != 0) heap.decref(kwnames);
        }
    }

    /**
     * PRINT_EXPR in interactive mode: a value other than None is printed as its repr and bound to
     * {@code builtins._}. CPython: sys.displayhook.
     */
    private void displayHook(int v) {
        if (v == space.none) return;
        space.dictSlots.put(builtins, space.intern("_"), space.none);
        int print = space.dictSlots.get(builtins, "print");
        if (print == 0) throw space.error(space.exceptions.byName().get("RuntimeError"), "lost builtins.print");
        int text = space.slotsOf(v).repr(v);
        try {
            heap.decref(space.call(print, text));
        } finally {
            heap.decref(text);
        }
        space.dictSlots.put(builtins, space.intern("_"), v);
    }

    /** DICT_UPDATE / DICT_MERGE: {@code target.update(source)}; merging refuses repeated keys. */
    private void dictUpdate(int target, int source, boolean merge, int callable) {
        if (!space.dictSlots.check(source)) {
            if (merge) {
                throw space.typeError(calleeName(callable) + " argument after ** must be a mapping, not "
                        + space.typeName(space.typeOf(source)));
            }
            throw space.typeError("'" + space.typeName(space.typeOf(source)) + "' object is not a mapping");
        }
        space.dictSlots.forEach(source, (k, v) -> {
            if (merge && space.dictSlots.get(target, k) != 0) {
                throw space.typeError(calleeName(callable) + " got multiple values for keyword argument '"
                        + space.str(k) + "'");
            }
            space.dictSlots.put(target, k, v);
        });
    }

    /** How argument errors name a callable: {@code module.qualname()}. CPython 3.11: _PyObject_FunctionStr(). */
    private String calleeName(int callable) {
        int t = space.typeOf(callable);
        if (t == space.methodSlots.type()) return calleeName(space.methodSlots.function(callable));
        String module = null, qualname;
        if (t == space.functionSlots.type()) {
            int m = space.functionSlots.field(callable, FunctionType.MODULE);
            if (m != 0 && space.strSlots.check(m)) module = space.strSlots.toJava(m);
            qualname = space.functionSlots.qualname(callable);
        } else if (t == space.builtinFunctionSlots.type()) {
            var b = space.builtinFunctionSlots.builtin(callable);
            qualname = (b.ownerType() != 0 ? space.typeName(b.ownerType()) + "." : "") + b.name();
        } else if (space.isSubtype(t, space.typeSlots.type())) {
            int m = space.dictSlots.get(space.typeDict(callable), "__module__");
            if (m != 0 && space.strSlots.check(m)) module = space.strSlots.toJava(m);
            qualname = space.typeQualname(callable);
        } else {
            return space.str(callable);
        }
        return (module == null || module.equals("builtins") ? "" : module + ".") + qualname + "()";
    }

    /**
     * LIST_EXTEND: a TypeError of a value that cannot be iterated names the star.
     * CPython 3.11: "Value after * must be an iterable".
     */
    private void listExtend(int list, int iterable) {
        try {
            space.listSlots.extend(list, iterable);
        } catch (PyException e) {
            throw starError(e, iterable, "Value");
        }
    }

    /** e, or when iterable cannot be iterated at all, CPython's TypeError naming the star argument. */
    private PyException starError(PyException e, int iterable, String what) {
        if (!space.exceptions.matches(e.exception(), space.exceptions.typeError)) return e;
        try {
            heap.decref(space.iter(iterable));
            return e;
        } catch (PyException notIterable) {
            if (!space.exceptions.matches(notIterable.exception(), space.exceptions.typeError)) return e;
            heap.decref(notIterable.exception());
        }
        heap.decref(e.exception());
        return space.typeError(what + " after * must be an iterable, not " + space.typeName(space.typeOf(iterable)));
    }

    /** Whether exception {@code exc} matches {@code type}, a class or a tuple of classes (CHECK_EXC_MATCH). */
    private boolean exceptionMatches(int exc, int type) {
        if (space.tupleSlots.check(type)) {
            int n = space.tupleSlots.size(type);
            for (int i = 0; i < n; i++) checkCatchable(space.tupleSlots.item(type, i));
            for (int i = 0; i < n; i++) if (space.isInstance(exc, space.tupleSlots.item(type, i))) return true;
            return false;
        }
        checkCatchable(type);
        return space.isInstance(exc, type);
    }

    private void checkCatchable(int type) {
        if (!space.isSubtype(space.typeOf(type), space.typeSlots.type())
                || !space.isSubtype(type, space.exceptions.baseException)) {
            throw space.typeError("catching classes that do not inherit from BaseException is not allowed");
        }
    }

    /** The exception RAISE_VARARGS raises (a new reference). CPython: do_raise(). */
    private int raiseVarargs(int[] mem, int sp, int argc) {
        if (argc == 0) {
            int active = topmostHandled();
            if (active == 0) return newException(space.exceptions.byName().get("RuntimeError"), "No active exception to reraise");
            heap.incref(active);
            return active;
        }
        int exc = instantiate(mem[sp - argc]);
        if (argc == 2) {
            int cause = mem[sp - 1];
            try {
                if (cause == space.none) {
                    space.exceptions.setCause(exc, 0);
                } else {
                    space.exceptions.setCause(exc, instantiateCause(cause));
                }
            } catch (PyException e) {
                heap.decref(exc);
                throw e;
            }
        }
        return exc;
    }

    /** An exception instance from what {@code raise} was given: a class is called, an instance used. */
    private int instantiate(int v) {
        if (space.isSubtype(space.typeOf(v), space.typeSlots.type()) && space.isSubtype(v, space.exceptions.baseException)) {
            int exc = call(v, new int[0], 0, 0, 0);
            if (!space.isInstance(exc, space.exceptions.baseException)) {
                String t = space.repr(space.typeOf(exc)); // CPython 3.11: the type's repr
                heap.decref(exc);
                throw space.typeError("calling " + space.repr(v) + " should have returned an instance of BaseException, not " + t);
            }
            return renormalize(v, exc);
        }
        if (space.isInstance(v, space.exceptions.baseException)) {
            heap.incref(v);
            return v;
        }
        throw space.typeError("exceptions must derive from BaseException");
    }

    /**
     * CPython 3.11's PyErr_NormalizeException, as applied again when the exception is caught: an
     * instance exc (owned) that is not of the class typ it was raised with is passed to typ once more.
     * Returns a new reference; exc is consumed either way.
     */
    private int renormalize(int typ, int exc) {
        if (space.isInstance(exc, typ)) return exc;
        int fixed;
        try {
            fixed = call(typ, new int[] {exc}, 0, 1, 0);
        } finally {
            heap.decref(exc);
        }
        return created(typ, fixed);
    }

    /** exc (owned), what calling the class typ returned, checked as CPython 3.11's _PyErr_CreateException does. */
    private int created(int typ, int exc) {
        if (!space.isInstance(exc, space.exceptions.baseException)) {
            String t = space.typeName(space.typeOf(exc)); // tp_name here, the type's repr in do_raise
            heap.decref(exc);
            throw space.typeError("calling " + space.repr(typ) + " should have returned an instance of BaseException, not " + t);
        }
        return exc;
    }

    private int instantiateCause(int v) {
        if (space.isSubtype(space.typeOf(v), space.typeSlots.type()) && space.isSubtype(v, space.exceptions.baseException)) {
            return call(v, new int[0], 0, 0, 0); // CPython 3.11 do_raise: whatever the class returns
        }
        if (space.isInstance(v, space.exceptions.baseException)) {
            return instantiate(v);
        }
        throw space.typeError("exception causes must derive from BaseException");
    }

    /** Sets {@code __context__} of a newly raised exception to the one being handled. CPython: _PyErr_SetObject. */
    private void chainContext(int exc) {
        int handled = topmostHandled();
        if (handled == 0 || handled == exc || space.exceptions.context(exc) != 0) return;
        // avoid a cycle: cut the chain where exc already appears as a context
        int o = handled;
        while (true) {
            int ctx = space.exceptions.context(o);
            if (ctx == 0) break;
            if (ctx == exc) {
                space.exceptions.setContext(o, 0);
                break;
            }
            o = ctx;
        }
        heap.incref(handled);
        space.exceptions.setContext(exc, handled);
    }

    /**
     * Debug mode, as frame f returns or yields: raises SystemError if its value stack went deeper
     * than the maximum stack depth the assembler computed for its code (see {@link Frame}).
     */
    private void checkStack(Frame f) {
        int depth = f.stackOverflowDepth();
        if (depth >= 0) throw new PyException(stackOverflow(f, depth));
    }

    /**
     * {@link #checkStack(Frame)} as exception {@code pending} (owned) unwinds through f: the
     * SystemError replaces it, with it as context.
     */
    private int checkStack(Frame f, int pending) {
        int depth = f.stackOverflowDepth();
        if (depth < 0) return pending;
        int exc = stackOverflow(f, depth);
        space.exceptions.setContext(exc, pending);
        addTraceback(exc, f);
        return exc;
    }

    private int stackOverflow(Frame f, int depth) {
        return newException(space.exceptions.systemError, "value stack overflow in " + f.code.code + ": depth "
                + (depth - f.code.stackSize < Frame.GUARD_WORDS ? "" : "at least ") + depth
                + ", maximum stack depth " + f.code.stackSize);
    }

    /** Puts a traceback entry for frame f in front of exc's traceback. CPython: PyTraceBack_Here. */
    private void addTraceback(int exc, Frame f) {
        int tb = space.exceptions.traceback(exc);
        if (tb != 0) heap.incref(tb);
        int line = f.code.code.lineOf(f.lasti);
        int frame = frameObjects.of(f);
        heap.setInt(frame, FrameObjectType.LINENO, line);
        int entry = space.tracebackSlots.newTraceback(tb, frame, f.codeObject, f.lasti, line);
        space.exceptions.setTraceback(exc, entry);
    }

    /**
     * {@code from m import *} as CPython's import_all_from: the names of {@code m.__all__}, else the
     * keys of {@code m.__dict__} that do not start with an underscore, each read by getattr; m may
     * be any object (a class or an instance put in sys.modules), not only a module.
     */
    private void importStar(int module, int locals) {
        int all = space.lookupAttr(module, space.intern("__all__"));
        boolean skipUnderscore = all == 0;
        if (skipUnderscore) all = space.lookupAttr(module, space.intern("__dict__"));
        if (all == 0) throw space.error(space.exceptions.importError, "from-import-* object has no __dict__ and no __all__");
        java.util.List<Integer> names = new java.util.ArrayList<>();
        try {
            int it = space.iter(all);
            try {
                for (int k; (k = space.iterNext(it)) != 0; ) names.add(k);
            } finally {
                heap.decref(it);
            }
            for (int k : names) {
                if (!space.strSlots.check(k)) {
                    throw space.typeError((skipUnderscore ? "Key in " : "Item in ") + "module.__"
                            + (skipUnderscore ? "dict" : "all") + "__ must be str, not " + space.typeName(space.typeOf(k)));
                }
                String name = space.strSlots.toJava(k);
                if (skipUnderscore && name.startsWith("_")) continue;
                int v = space.getAttr(module, space.intern(name));
                try {
                    space.setItem(locals, k, v);
                } finally {
                    heap.decref(v);
                }
            }
        } finally {
            for (int k : names) heap.decref(k);
            heap.decref(all);
        }
    }

    /** Drops {@code old} and returns {@code fresh}: for chains of conversions. */
    private int replace(int old, int fresh) {
        heap.decref(old);
        return fresh;
    }

    private int newException(int type, String message) {
        int args = space.newTuple(space.newStr(message));
        return space.exceptions.newException(type, args);
    }

    /**
     * The MemoryError to raise when the heap is full: made without allocating when possible
     * (CPython keeps preallocated ones too); its args are empty as CPython's.
     */
    private int memoryError() {
        return space.exceptions.newException(space.exceptions.memoryError, space.newTuple());
    }

    // =====================================================================================
    // The specialized instructions' helpers: small, for the JIT to inline into run
    // =====================================================================================

    /** Whether {@code owner} is still of the class with the version tag in cache[k], k + 1. */
    private boolean sameClass(int[] cache, int k, int owner) {
        return space.typeOf(owner) == cache[k] && cache[k + 1] == space.versionTag(cache[k]);
    }


    /** Whether h is a built-in function or method with the body {@code code} (CALL_BUILTIN_*). */
    private boolean isBuiltin(int h, int code) {
        return space.typeOf(h) == space.builtinFunctionSlots.type() && space.builtinFunctionSlots.codeIndex(h) == code;
    }

    /** COMPARE_OP_*_JUMP: 1 or 0, the comparison's result; -1 when the operands are not of the kind. */
    int compareJump(int op, int a, int b, int arg) {
        int ta = space.typeOf(a), tb = space.typeOf(b);
        if (ta != tb) return -1;
        if (op == Op.COMPARE_OP_INT_JUMP) {
            if (ta != space.intSlots.type()) return -1;
            long x = heap.getLong(a, IntType.VALUE_WORD), y = heap.getLong(b, IntType.VALUE_WORD);
            if (x == Long.MIN_VALUE || y == Long.MIN_VALUE) return -1;
            return Compare.test(arg, Long.compare(x, y)) ? 1 : 0;
        }
        if (op == Op.COMPARE_OP_FLOAT_JUMP) {
            if (ta != space.floatSlots.type()) return -1;
            return compareDoubles(arg, space.floatSlots.value(a), space.floatSlots.value(b)) ? 1 : 0;
        }
        if (ta != space.strSlots.type()) return -1;
        return space.strSlots.equal(a, b) == (arg == Compare.EQ) ? 1 : 0;
    }

    /** BINARY_SUBSCR_*: a new reference, or 0 when the operands are not of the kind. */
    int subscr(int op, int container, int key) {
        int t = space.typeOf(container);
        if (op == Op.BINARY_SUBSCR_DICT) {
            return t == space.dictSlots.type() ? space.dictSlots.getItem(container, key) : 0;
        }
        if (space.typeOf(key) != space.intSlots.type()) return 0;
        long i = heap.getLong(key, IntType.VALUE_WORD);
        if (op == Op.BINARY_SUBSCR_LIST_INT) {
            if (t != space.listSlots.type()) return 0;
            if (i < 0 || i >= space.listSlots.size(container)) return space.listSlots.getItem(container, key);
            int v = space.listSlots.item(container, (int) i);
            heap.incref(v);
            return v;
        }
        if (t != space.tupleSlots.type()) return 0;
        if (i < 0 || i >= space.tupleSlots.size(container)) return space.tupleSlots.getItem(container, key);
        int v = space.tupleSlots.item(container, (int) i);
        heap.incref(v);
        return v;
    }

    /**
     * BINARY_OP: a new reference. Machine ints and floats take CPython 3.11's specialized paths
     * (BINARY_OP_ADD_INT, BINARY_OP_MULTIPLY_FLOAT, …), anything else the number protocol.
     */
    int binaryOp(int a, int b, int arg) {
        int op = arg >= BinaryOps.INPLACE ? arg - BinaryOps.INPLACE : arg;
        int ta = space.typeOf(a), tb = space.typeOf(b);
        int intType = space.intSlots.type(), floatType = space.floatSlots.type();
        if (ta == intType && tb == intType) {
            long r = machineIntOp(op, heap.getLong(a, IntType.VALUE_WORD), heap.getLong(b, IntType.VALUE_WORD));
            if (r != Long.MIN_VALUE) return space.newInt(r);
        } else if ((ta == floatType || ta == intType) && (tb == floatType || tb == intType)) {
            double x = ta == floatType ? space.floatSlots.value(a) : smallIntAsDouble(a);
            double y = tb == floatType ? space.floatSlots.value(b) : smallIntAsDouble(b);
            if (!Double.isNaN(x) || ta == floatType) {
                if (!Double.isNaN(y) || tb == floatType) {
                    switch (op) {
                        case BinaryOps.NB_ADD, BinaryOps.NB_SUBTRACT, BinaryOps.NB_MULTIPLY:
                            return space.newFloat(machineFloatOp(op, x, y));
                        case BinaryOps.NB_TRUE_DIVIDE: if (y != 0) return space.newFloat(x / y); break;
                        default: break;
                    }
                }
            }
        }
        return arg >= BinaryOps.INPLACE ? space.inplaceOp(a, b, op) : space.binaryOp(a, b, arg);
    }

    /**
     * {@code x op y} of two ints held in machine words ({@code op} a BINARY_OP argument, in place
     * or not); Long.MIN_VALUE, the big-int sentinel, when either is a big int, the result needs
     * one, or {@code op} has no machine form.
     */
    static long machineIntOp(int op, long x, long y) {
        if (x == Long.MIN_VALUE || y == Long.MIN_VALUE) return Long.MIN_VALUE;
        return switch (op >= BinaryOps.INPLACE ? op - BinaryOps.INPLACE : op) {
            case BinaryOps.NB_ADD -> ((x ^ (x + y)) & (y ^ (x + y))) < 0 ? Long.MIN_VALUE : x + y;
            case BinaryOps.NB_SUBTRACT -> ((x ^ y) & (x ^ (x - y))) < 0 ? Long.MIN_VALUE : x - y;
            case BinaryOps.NB_MULTIPLY -> Math.multiplyHigh(x, y) == ((x * y) >> 63) ? x * y : Long.MIN_VALUE;
            case BinaryOps.NB_FLOOR_DIVIDE -> y == 0 ? Long.MIN_VALUE : Math.floorDiv(x, y);
            case BinaryOps.NB_REMAINDER -> y == 0 ? Long.MIN_VALUE : Math.floorMod(x, y);
            default -> Long.MIN_VALUE;
        };
    }

    /** {@code x op y} for op +, - or * (a BINARY_OP argument, in place or not). */
    static double machineFloatOp(int op, double x, double y) {
        return switch (op >= BinaryOps.INPLACE ? op - BinaryOps.INPLACE : op) {
            case BinaryOps.NB_ADD -> x + y;
            case BinaryOps.NB_SUBTRACT -> x - y;
            default -> x * y;
        };
    }

    /** An int's value as a double, NaN when it is a big int (then the fast paths do not apply). */
    private double smallIntAsDouble(int h) {
        long v = heap.getLong(h, IntType.VALUE_WORD);
        return v == Long.MIN_VALUE ? Double.NaN : (double) v;
    }

    /** COMPARE_OP: a new reference; machine ints and floats compared directly (COMPARE_OP_INT_JUMP, …). */
    private int compareOp(int a, int b, int op) {
        int ta = space.typeOf(a), tb = space.typeOf(b);
        int intType = space.intSlots.type(), floatType = space.floatSlots.type();
        if (ta == intType && tb == intType) {
            long x = heap.getLong(a, IntType.VALUE_WORD), y = heap.getLong(b, IntType.VALUE_WORD);
            if (x != Long.MIN_VALUE && y != Long.MIN_VALUE) return space.newBool(Compare.test(op, Long.compare(x, y)));
        } else if (ta == floatType && tb == floatType) {
            return space.newBool(compareDoubles(op, space.floatSlots.value(a), space.floatSlots.value(b)));
        }
        return space.richCompare(a, b, op);
    }

    /** Comparison {@code op} of two doubles, NaN unordered (not Compare.test of Double.compare). */
    private static boolean compareDoubles(int op, double x, double y) {
        return switch (op) {
            case Compare.LT -> x < y;
            case Compare.LE -> x <= y;
            case Compare.EQ -> x == y;
            case Compare.NE -> x != y;
            case Compare.GT -> x > y;
            default -> x >= y;
        };
    }

    /** A bug inside pyvm, as the SystemError the user sees; {@code -Dpyvm.javatrace=true} also prints the Java trace. */
    private int internalError(RuntimeException e) {
        if (Boolean.getBoolean("pyvm.javatrace")) e.printStackTrace();
        return newException(space.exceptions.systemError, "pyvm internal error: " + e);
    }
}
