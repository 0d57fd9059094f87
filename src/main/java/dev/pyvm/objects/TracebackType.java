package dev.pyvm.objects;

import dev.pyvm.gc.GcHeader;
import dev.pyvm.memory.Heap;

/**
 * {@code traceback}: one frame an exception passed through: the frame object (which keeps the
 * frame's locals alive once it finished), its code, and where it was.
 * <pre>
 *   [refcnt | type | gc_next | gc_prev | NEXT | CODE | LASTI | LINENO | FRAME]   NEXT: the deeper frame's, or 0
 * </pre>
 */
public final class TracebackType extends TypeSlots {
    public static final int NEXT = GcHeader.CONTAINER_HEADER_WORDS;
    public static final int CODE = NEXT + 1;
    public static final int LASTI = NEXT + 2;
    public static final int LINENO = NEXT + 3;
    public static final int FRAME = NEXT + 4;
    static final int WORDS = FRAME + 1;

    TracebackType(ObjectSpace space) {
        super(space);
    }

    @Override
    public String name() {
        return "traceback";
    }

    @Override
    public boolean isContainer() {
        return true;
    }

    /** A new entry in front of {@code next} (stolen, may be 0) for frame and code (new references taken). */
    public int newTraceback(int next, int frame, int code, int lasti, int lineno) {
        int h = heap.newObject(WORDS * Heap.WORD, type);
        heap.setInt(h, GcHeader.GC_NEXT, 0);
        heap.setInt(h, GcHeader.GC_PREV, 0);
        heap.setInt(h, NEXT, next);
        heap.incref(code);
        heap.setInt(h, CODE, code);
        heap.setInt(h, LASTI, lasti);
        heap.setInt(h, LINENO, lineno);
        heap.incref(frame);
        heap.setInt(h, FRAME, frame);
        space.track(h);
        return h;
    }

    @Override
    public void dealloc(int h) {
        // CPython 3.11's tb_dealloc: the next entry first, then the frame, so the innermost
        // frame's locals die first
        int next = heap.getInt(h, NEXT), frame = heap.getInt(h, FRAME), code = heap.getInt(h, CODE);
        heap.free(h);
        heap.xdecref(next);
        heap.xdecref(frame);
        heap.decref(code);
    }

    @Override
    public void clear(int h) {
        int next = heap.getInt(h, NEXT), frame = heap.getInt(h, FRAME);
        heap.setInt(h, NEXT, 0);
        heap.setInt(h, FRAME, 0);
        heap.xdecref(next);
        heap.xdecref(frame);
    }

    @Override
    public void traverse(int h, java.util.function.IntConsumer visit) {
        int next = heap.getInt(h, NEXT);
        if (next != 0) visit.accept(next);
        int frame = heap.getInt(h, FRAME);
        if (frame != 0) visit.accept(frame);
        visit.accept(heap.getInt(h, CODE));
    }

    @Override
    public boolean genericGetAttr(int h) {
        return false;
    }

    // CPython 3.11: Python/traceback.c tb_getsetters and tb_memberlist
    @Override
    public int getAttr(int h, int name) {
        switch (space.strSlots.toJava(name)) {
            case "tb_next", "tb_frame": {
                int v = heap.getInt(h, space.strSlots.toJava(name).equals("tb_next") ? NEXT : FRAME);
                if (v == 0) return space.newNone();
                heap.incref(v);
                return v;
            }
            case "tb_lineno":
                return space.newInt(heap.getInt(h, LINENO));
            case "tb_lasti":
                return space.newInt(heap.getInt(h, LASTI));
            default:
                return super.getAttr(h, name);
        }
    }
}
