package dev.pyvm.vm;

import dev.pyvm.bytecode.CodeObject;
import dev.pyvm.gc.GcHeader;
import dev.pyvm.memory.Heap;
import dev.pyvm.objects.CodeType;
import dev.pyvm.objects.ObjectSpace;
import dev.pyvm.objects.TypeSlots;

/**
 * {@code frame}: the Python object of a frame, made when a traceback entry needs one
 * ({@code tb_frame}). While the frame runs, its storage block is the running frame's; when the
 * frame finishes and the object is still referenced (by a traceback), the object takes the
 * storage over, so that the frame's locals live as long as the traceback, as in CPython 3.11
 * (Objects/frameobject.c, take_ownership()).
 * <pre>
 *   [refcnt | type | gc_next | gc_prev | STORAGE | SIZE | LINENO | OWNED]
 * </pre>
 * SIZE is the number of storage words holding references (the header and localsplus), LINENO the
 * line of the latest traceback entry made for the frame, OWNED 1 once the storage is this
 * object's (its frame then owns its globals and builtins, see Frame). Only an owned storage is
 * traversed and cleared, as CPython's frame_traverse.
 */
final class FrameObjectType extends TypeSlots {
    static final int STORAGE = GcHeader.CONTAINER_HEADER_WORDS;
    static final int SIZE = STORAGE + 1;
    static final int LINENO = STORAGE + 2;
    static final int OWNED = STORAGE + 3;
    static final int WORDS = OWNED + 1;

    private final Interpreter interp;

    FrameObjectType(ObjectSpace space, Interpreter interp) {
        super(space);
        this.interp = interp;
    }

    @Override
    public String name() {
        return "frame";
    }

    @Override
    public boolean isContainer() {
        return true;
    }

    /** The frame object of the running frame f, made on first use (borrowed: f holds it). */
    int of(Frame f) {
        if (f.frameObject == 0) {
            int h = heap.newObject(WORDS * Heap.WORD, type());
            heap.setInt(h, GcHeader.GC_NEXT, 0);
            heap.setInt(h, GcHeader.GC_PREV, 0);
            heap.setInt(h, STORAGE, f.storage);
            heap.setInt(h, SIZE, Frame.HEADER + f.code.nlocalsplus);
            heap.setInt(h, LINENO, 0);
            heap.setInt(h, OWNED, 0);
            space.track(h);
            f.frameObject = h;
        }
        return f.frameObject;
    }

    /**
     * The running frame of frame object h is finishing, its stack already empty. Returns whether h
     * took its storage over (h is referenced elsewhere; {@code line} is then its f_lineno); otherwise h forgets it, and the frame
     * gives it back. Either way the frame's reference to h goes.
     */
    static boolean finish(Heap heap, int h, int line) {
        boolean keep = heap.refcount(h) > 1;
        if (keep) {
            heap.setInt(h, OWNED, 1);
            heap.setInt(h, LINENO, line); // where the frame stood when it finished
        }
        else heap.setInt(h, STORAGE, 0);
        heap.decref(h);
        return keep;
    }

    private boolean owned(int h) {
        return heap.getInt(h, OWNED) != 0;
    }

    @Override
    public void dealloc(int h) {
        int storage = heap.getInt(h, STORAGE);
        int size = heap.getInt(h, SIZE);
        boolean owned = owned(h);
        heap.free(h);
        if (owned && storage != 0) Frame.releaseStorage(heap, storage, size, true);
    }

    @Override
    public void traverse(int h, java.util.function.IntConsumer visit) {
        if (!owned(h)) return;
        int storage = heap.getInt(h, STORAGE), size = heap.getInt(h, SIZE);
        for (int w = 0; w < size; w++) {
            int v = heap.getInt(storage, w);
            if (v != 0) visit.accept(v);
        }
    }

    // CPython 3.11: frame_tp_clear(): the locals go, which breaks the cycles through them
    @Override
    public void clear(int h) {
        if (!owned(h)) return;
        int storage = heap.getInt(h, STORAGE), size = heap.getInt(h, SIZE);
        for (int w = Frame.HEADER; w < size; w++) {
            int v = heap.getInt(storage, w);
            heap.setInt(storage, w, 0);
            heap.xdecref(v);
        }
        int locals = heap.getInt(storage, Frame.LOCALS);
        heap.setInt(storage, Frame.LOCALS, 0);
        heap.xdecref(locals);
    }

    @Override
    public boolean genericGetAttr(int h) {
        return false;
    }

    // CPython 3.11: Objects/frameobject.c frame_getsets and frame_memberlist
    @Override
    public int getAttr(int h, int name) {
        int storage = heap.getInt(h, STORAGE);
        String n = space.strSlots.toJava(name);
        switch (n) {
            case "f_code", "f_globals", "f_builtins": {
                int v = storage == 0 ? 0 : heap.getInt(storage, switch (n) {
                    case "f_code" -> Frame.CODE;
                    case "f_globals" -> Frame.GLOBALS;
                    default -> Frame.BUILTINS;
                });
                if (v == 0) return space.newNone();
                heap.incref(v);
                return v;
            }
            case "f_lineno": {
                Frame running = storage == 0 || owned(h) ? null : interp.runningFrame(storage);
                return space.newInt(running != null ? running.code.code.lineOf(running.lasti) : heap.getInt(h, LINENO));
            }
            case "f_back": {
                // the caller of a running frame; a finished frame keeps no link to its caller in pyvm
                Frame running = storage == 0 || owned(h) ? null : interp.runningFrame(storage);
                if (running == null || running.back == null) return space.newNone();
                int back = of(running.back);
                heap.incref(back);
                return back;
            }
            case "f_locals":
                return storage == 0 ? space.dictSlots.newDict() : locals(storage);
            default:
                return super.getAttr(h, name);
        }
    }

    /**
     * A new reference to the namespace of the frame whose storage this is (module and class bodies),
     * or a new dict of its bound local names (functions). CPython: PyFrame_GetLocals.
     */
    int locals(int storage) {
        int namespace = heap.getInt(storage, Frame.LOCALS);
        CodeType.Info info = space.codeSlots.info(heap.getInt(storage, Frame.CODE));
        if (namespace != 0 && (info.code.flags() & CodeObject.CO_OPTIMIZED) == 0) {
            heap.incref(namespace);
            return namespace;
        }
        // a function's frame keeps one dict, made on first use and brought up to date with its
        // fast locals each time (names bound elsewhere, e.g. by exec(), stay), as CPython 3.11's
        // PyFrame_FastToLocalsWithError
        if (namespace == 0) {
            namespace = space.dictSlots.newDict();
            heap.setInt(storage, Frame.LOCALS, namespace);
        }
        for (int i = 0; i < info.nlocalsplus; i++) {
            int v = heap.getInt(storage, Frame.HEADER + i);
            String local;
            if (i < info.nlocals) {
                local = info.code.varnames().get(i);
            } else {
                local = info.code.cellName(i - info.nlocals);
                if (v != 0 && space.typeOf(v) == space.cellSlots.type()) v = space.cellSlots.get(v);
            }
            int key = space.intern(local);
            if (v != 0) space.dictSlots.put(namespace, key, v);
            else space.dictSlots.remove(namespace, key);
        }
        heap.incref(namespace);
        return namespace;
    }

    @Override
    public int repr(int h) {
        int storage = heap.getInt(h, STORAGE);
        if (storage == 0) return space.newStr("<frame at 0x" + Long.toHexString(heap.address(h)) + ">");
        CodeType.Info info = space.codeSlots.info(heap.getInt(storage, Frame.CODE));
        return space.newStr("<frame at 0x" + Long.toHexString(heap.address(h)) + ", file '" + info.code.filename()
                + "', line " + heap.getInt(h, LINENO) + ", code " + info.code.name() + ">");
    }
}
