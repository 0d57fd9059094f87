package dev.pyvm.vm;

import dev.pyvm.gc.GcHeader;
import dev.pyvm.memory.Heap;
import dev.pyvm.objects.ObjectSpace;
import dev.pyvm.objects.PyException;
import dev.pyvm.objects.TypeSlots;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code generator}: a suspended frame. The frame's values stay in its storage block on the heap;
 * the generator owns that block (and the Java side of the frame, indexed by FRAME).
 * <pre>
 *   [refcnt | type | gc_next | gc_prev | FRAME | NAME | QUALNAME | STATE | EXC]
 *   STATE: CREATED → (SUSPENDED ⇄ RUNNING) → COMPLETED
 * </pre>
 * EXC is the exception the suspended frame is handling (it yielded inside an except block), 0
 * when none: the interpreter's while the generator runs (CPython: gi_exc_state).
 * CPython 3.11: Objects/genobject.c (gen_send_ex2, gen_throw, gen_close, _PyGen_Finalize).
 */
final class GeneratorType extends TypeSlots {
    static final int FRAME = GcHeader.CONTAINER_HEADER_WORDS;
    static final int NAME = FRAME + 1;
    static final int QUALNAME = FRAME + 2;
    static final int STATE = FRAME + 3;
    static final int EXC = FRAME + 4;
    /** The head of the generator's weak references (not a reference it owns). */
    static final int WEAKLIST = EXC + 1;
    static final int WORDS = WEAKLIST + 1;

    static final int CREATED = 0;
    static final int SUSPENDED = 1;
    static final int RUNNING = 2;
    static final int COMPLETED = 3;

    private final Interpreter interp;
    private final List<Frame> frames = new ArrayList<>();
    private final List<Integer> freeFrames = new ArrayList<>();

    GeneratorType(ObjectSpace space, Interpreter interp) {
        super(space);
        this.interp = interp;
    }

    @Override
    public String name() {
        return "generator";
    }

    @Override
    public boolean isContainer() {
        return true;
    }

    /** A new generator owning frame f (which RETURN_GENERATOR has just detached). */
    int newGenerator(Frame f) {
        int index;
        if (!freeFrames.isEmpty()) {
            index = freeFrames.remove(freeFrames.size() - 1);
            frames.set(index, f);
        } else {
            index = frames.size();
            frames.add(f);
        }
        int h = heap.newObject(WORDS * Heap.WORD, type());
        heap.setInt(h, GcHeader.GC_NEXT, 0);
        heap.setInt(h, GcHeader.GC_PREV, 0);
        heap.setInt(h, FRAME, index);
        heap.setInt(h, WEAKLIST, 0);
        int fn = f.function();
        int name = space.functionSlots.field(fn, dev.pyvm.objects.FunctionType.NAME);
        int qualname = space.functionSlots.field(fn, dev.pyvm.objects.FunctionType.QUALNAME);
        heap.incref(name);
        heap.setInt(h, NAME, name);
        heap.incref(qualname);
        heap.setInt(h, QUALNAME, qualname);
        heap.setInt(h, STATE, CREATED);
        heap.setInt(h, EXC, 0);
        space.track(h);
        return h;
    }

    Frame frame(int h) {
        return frames.get(heap.getInt(h, FRAME));
    }

    int state(int h) {
        return heap.getInt(h, STATE);
    }

    void setState(int h, int state) {
        heap.setInt(h, STATE, state);
    }

    private String qualname(int h) {
        return space.strSlots.toJava(heap.getInt(h, QUALNAME));
    }

    /** Gives back the frame: its references and storage (the generator finished or died). */
    private void releaseFrame(int h) {
        int index = heap.getInt(h, FRAME);
        Frame f = frames.get(index);
        if (f != null && !f.released) f.release(heap);
        frames.set(index, null);
        freeFrames.add(index);
        heap.setInt(h, FRAME, -1);
    }

    void frameFinished(int h) {
        if (heap.getInt(h, FRAME) >= 0) releaseFrame(h);
        setState(h, COMPLETED);
    }

    /** Takes the suspended frame's exception state (a reference), leaving 0. */
    int takeException(int h) {
        int exc = heap.getInt(h, EXC);
        heap.setInt(h, EXC, 0);
        return exc;
    }

    /** Keeps {@code exc} (a reference, stolen; 0 for none) as the suspended frame's exception state. */
    void keepException(int h, int exc) {
        int old = heap.getInt(h, EXC);
        heap.setInt(h, EXC, exc);
        heap.xdecref(old);
    }

    @Override
    public int weaklistWord(int h) {
        return WEAKLIST;
    }

    @Override
    public void dealloc(int h) {
        if (heap.getInt(h, WEAKLIST) != 0) space.clearWeakrefs(h, WEAKLIST);
        if (hasFinalizer(h) && !space.finalized(h)) {
            // CPython: PyObject_CallFinalizerFromDealloc — close() may run the frame's finally
            // blocks, which may resurrect the generator
            space.setFinalized(h);
            heap.setInt(h, Heap.REFCNT, 1);
            runFinalizer(h);
            int rc = heap.getInt(h, Heap.REFCNT);
            if (rc != 1) {
                heap.setInt(h, Heap.REFCNT, rc - 1);
                space.gc.trackExisting(h);
                return;
            }
            heap.setInt(h, Heap.REFCNT, 0);
        }
        if (heap.getInt(h, FRAME) >= 0) releaseFrame(h);
        heap.xdecref(takeException(h));
        heap.decref(heap.getInt(h, NAME));
        heap.decref(heap.getInt(h, QUALNAME));
        heap.free(h);
    }

    // a suspended generator's frame: its function, globals and code, its locals, its stack
    @Override
    public void traverse(int h, java.util.function.IntConsumer visit) {
        int exc = heap.getInt(h, EXC);
        if (exc != 0) visit.accept(exc);
        if (heap.getInt(h, FRAME) < 0) return;
        Frame f = frame(h);
        if (f == null || f.released) return;
        for (int i = f.localsBase - Frame.HEADER; i < f.sp; i++) {
            int v = f.mem[i];
            if (v != 0) visit.accept(v);
        }
    }

    /** A suspended generator is closed before it is freed, so that its finally blocks run. */
    @Override
    public boolean hasFinalizer(int h) {
        return state(h) == SUSPENDED;
    }

    // CPython 3.11: _PyGen_Finalize()
    @Override
    public void runFinalizer(int h) {
        try {
            heap.decref(interp.generatorClose(h));
        } catch (PyException e) {
            space.writeUnraisable(e.exception(), h);
            heap.decref(e.exception());
        }
    }

    @Override
    public int iter(int h) {
        heap.incref(h);
        return h;
    }

    @Override
    public boolean isIterator() {
        return true;
    }

    @Override
    public int next(int h) {
        int[] returned = {0};
        int v = interp.generatorResume(h, space.none, 0, returned);
        if (returned[0] != 0) {
            if (v == space.none) {
                heap.decref(v);
                return 0;
            }
            // CPython: gen_iternext sets StopIteration(value) for a value other than None
            throw new PyException(space.exceptions.newException(space.exceptions.stopIteration, space.newTuple(v)));
        }
        return v;
    }

    @Override
    public int repr(int h) {
        return space.newStr("<generator object " + qualname(h) + " at 0x" + Long.toHexString(heap.address(h)) + ">");
    }

    @Override
    public boolean genericGetAttr(int h) {
        return true;
    }

    @Override
    public int getAttr(int h, int name) {
        switch (space.strSlots.toJava(name)) {
            case "__name__":
                heap.incref(heap.getInt(h, NAME));
                return heap.getInt(h, NAME);
            case "__qualname__":
                heap.incref(heap.getInt(h, QUALNAME));
                return heap.getInt(h, QUALNAME);
            case "gi_running":
                return space.newBool(state(h) == RUNNING);
            case "gi_suspended":
                return space.newBool(state(h) == SUSPENDED);
            default:
                return super.getAttr(h, name);
        }
    }
}
