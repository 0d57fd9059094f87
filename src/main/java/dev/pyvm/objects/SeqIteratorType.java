package dev.pyvm.objects;

import dev.pyvm.gc.GcHeader;
import dev.pyvm.memory.Heap;

/**
 * The iterators over list, tuple, str and bytes, one type object each, sharing CPython's layout:
 * <pre>
 *   [refcnt | type | gc_next | gc_prev | INDEX | SEQ]
 * </pre>
 * INDEX is the position of the next item; SEQ the sequence, set to 0 (and its reference dropped)
 * once the iterator is exhausted, so an exhausted iterator keeps nothing alive.
 * {@code list_reverseiterator} walks INDEX down from the end; the others walk it up and re-read
 * the length each step, so a list that grows while iterated is seen to its new end.
 */
public final class SeqIteratorType extends SourceIteratorType {
    static final int INDEX = GcHeader.CONTAINER_HEADER_WORDS;
    static final int SEQ = INDEX + 1;
    static final int WORDS = SEQ + 1;

    /** What the iterator walks. */
    enum Kind {
        LIST("list_iterator"),
        LIST_REVERSE("list_reverseiterator"),
        TUPLE("tuple_iterator"),
        /** CPython 3.11 gives ASCII strings their own iterator type. */
        STR_ASCII("str_ascii_iterator"),
        STR("str_iterator"),
        BYTES("bytes_iterator");

        final String typeName;

        Kind(String typeName) {
            this.typeName = typeName;
        }
    }

    private final Kind kind;

    SeqIteratorType(ObjectSpace space, Kind kind) {
        super(space, SEQ);
        this.kind = kind;
    }

    @Override
    public String name() {
        return kind.typeName;
    }

    @Override
    public boolean isContainer() {
        return true;
    }

    /** A new iterator over {@code seq} (borrowed) starting at {@code index}. */
    int newIterator(int seq, int index) {
        int h = heap.newObject(WORDS * Heap.WORD, type);
        heap.setInt(h, GcHeader.GC_NEXT, 0);
        heap.setInt(h, GcHeader.GC_PREV, 0);
        heap.setInt(h, INDEX, index);
        heap.incref(seq);
        heap.setInt(h, SEQ, seq);
        space.track(h);
        return h;
    }

    // CPython 3.11: Objects/listobject.c listiter_next(), listreviter_next(); tupleobject.c
    // tupleiter_next(); unicodeobject.c unicodeiter_next(), unicode_ascii_iter_next()
    @Override
    public int next(int h) {
        int seq = heap.getInt(h, SEQ);
        if (seq == 0) return 0;
        int index = heap.getInt(h, INDEX);
        switch (kind) {
            case LIST -> {
                if (index < space.listSlots.size(seq)) {
                    heap.setInt(h, INDEX, index + 1);
                    return incref(space.listSlots.item(seq, index));
                }
            }
            case LIST_REVERSE -> {
                if (index >= 0 && index < space.listSlots.size(seq)) {
                    heap.setInt(h, INDEX, index - 1);
                    return incref(space.listSlots.item(seq, index));
                }
                heap.setInt(h, INDEX, -1);
            }
            case TUPLE -> {
                if (index < space.tupleSlots.size(seq)) {
                    heap.setInt(h, INDEX, index + 1);
                    return incref(space.tupleSlots.item(seq, index));
                }
            }
            case BYTES -> {
                if (index < space.bytesSlots.size(seq)) {
                    heap.setInt(h, INDEX, index + 1);
                    return space.newInt(space.bytesSlots.byteAt(seq, index));
                }
            }
            default -> {
                if (index < space.strSlots.length(seq)) {
                    heap.setInt(h, INDEX, index + 1);
                    return space.strSlots.ofCodePoint(space.strSlots.codePointAt(seq, index));
                }
            }
        }
        heap.setInt(h, SEQ, 0);
        heap.decref(seq);
        return 0;
    }

    private int incref(int h) {
        heap.incref(h);
        return h;
    }

    /** How many items remain: {@code __length_hint__}. */
    public long remaining(int h) {
        int seq = heap.getInt(h, SEQ);
        if (seq == 0) return 0;
        int index = heap.getInt(h, INDEX);
        return switch (kind) {
            case LIST_REVERSE -> index < space.listSlots.size(seq) ? index + 1 : 0;
            default -> Math.max(0, space.length(seq) - index);
        };
    }
}
