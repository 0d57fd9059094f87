package dev.pyvm.objects;

import dev.pyvm.gc.GcHeader;
import dev.pyvm.memory.Heap;

/** {@code cell}: a variable shared by nested scopes. {@code [refcnt | type | gc_next | gc_prev | REF]}, REF 0 when empty. */
public final class CellType extends TypeSlots {
    static final int REF = GcHeader.CONTAINER_HEADER_WORDS;
    static final int WORDS = REF + 1;

    CellType(ObjectSpace space) {
        super(space);
    }

    @Override
    public String name() {
        return "cell";
    }

    @Override
    public boolean isContainer() {
        return true;
    }

    /** A new cell holding {@code value} (stolen; 0 for an empty cell). */
    public int newCell(int value) {
        int h = heap.newObject(WORDS * Heap.WORD, type);
        heap.setInt(h, GcHeader.GC_NEXT, 0);
        heap.setInt(h, GcHeader.GC_PREV, 0);
        heap.setInt(h, REF, value);
        space.track(h);
        return h;
    }

    /** The content (borrowed), 0 when empty. */
    public int get(int h) {
        return heap.getInt(h, REF);
    }

    /** Sets the content, stealing {@code value} (0 empties it). */
    public void set(int h, int value) {
        int old = heap.getInt(h, REF);
        heap.setInt(h, REF, value);
        if (old != 0) heap.decref(old);
    }

    @Override
    public void dealloc(int h) {
        int ref = heap.getInt(h, REF);
        if (ref != 0) heap.decref(ref);
        heap.free(h);
    }

    @Override
    public void traverse(int h, java.util.function.IntConsumer visit) {
        int ref = heap.getInt(h, REF);
        if (ref != 0) visit.accept(ref);
    }

    @Override
    public void clear(int h) {
        set(h, 0);
    }

    @Override
    public int repr(int h) {
        int ref = get(h);
        String at = "0x" + Long.toHexString(heap.address(h));
        if (ref == 0) return space.newStr("<cell at " + at + ": empty>");
        return space.newStr("<cell at " + at + ": " + space.typeName(space.typeOf(ref)) + " object at 0x"
                + Long.toHexString(heap.address(ref)) + ">");
    }

    @Override
    public boolean genericGetAttr(int h) {
        return false;
    }

    // CPython 3.11: Objects/cellobject.c cell_get_contents()
    @Override
    public int getAttr(int h, int name) {
        if (!space.strSlots.toJava(name).equals("cell_contents")) return super.getAttr(h, name);
        int v = get(h);
        if (v == 0) throw space.valueError("Cell is empty");
        heap.incref(v);
        return v;
    }
}
