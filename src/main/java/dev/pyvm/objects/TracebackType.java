package dev.pyvm.objects;

import dev.pyvm.gc.GcHeader;
import dev.pyvm.memory.Heap;

/**
 * {@code traceback}: one frame an exception passed through. pyvm keeps the frame's code and line
 * rather than the frame itself (there are no frame objects yet).
 * <pre>
 *   [refcnt | type | gc_next | gc_prev | NEXT | CODE | LASTI | LINENO]     NEXT: the deeper frame's, or 0
 * </pre>
 */
public final class TracebackType extends TypeSlots {
    public static final int NEXT = GcHeader.CONTAINER_HEADER_WORDS;
    public static final int CODE = NEXT + 1;
    public static final int LASTI = NEXT + 2;
    public static final int LINENO = NEXT + 3;
    static final int WORDS = LINENO + 1;

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

    /** A new entry in front of {@code next} (stolen, may be 0) for code (new reference taken). */
    public int newTraceback(int next, int code, int lasti, int lineno) {
        int h = heap.newObject(WORDS * Heap.WORD, type);
        heap.setInt(h, GcHeader.GC_NEXT, 0);
        heap.setInt(h, GcHeader.GC_PREV, 0);
        heap.setInt(h, NEXT, next);
        heap.incref(code);
        heap.setInt(h, CODE, code);
        heap.setInt(h, LASTI, lasti);
        heap.setInt(h, LINENO, lineno);
        space.track(h);
        return h;
    }

    @Override
    public void dealloc(int h) {
        int next = heap.getInt(h, NEXT);
        heap.decref(heap.getInt(h, CODE));
        heap.free(h);
        heap.xdecref(next);
    }

    @Override
    public void clear(int h) {
        int next = heap.getInt(h, NEXT);
        heap.setInt(h, NEXT, 0);
        heap.xdecref(next);
    }

    @Override
    public void traverse(int h, java.util.function.IntConsumer visit) {
        int next = heap.getInt(h, NEXT);
        if (next != 0) visit.accept(next);
        visit.accept(heap.getInt(h, CODE));
    }
}
