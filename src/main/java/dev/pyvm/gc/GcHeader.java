package dev.pyvm.gc;

import dev.pyvm.memory.Heap;

/**
 * Where a container's GC links live. CPython puts {@code PyGC_Head} (16 bytes) in front of the
 * object; pyvm's handles are the blocks' addresses, so it keeps every object's count and type at
 * words 0 and 1 and puts the two GC words right after them, for containers only:
 * <pre>
 *   word   0        1       2          3                     4 …
 *        ┌────────┬───────┬──────────┬─────────────────────┬──────────────┐
 *        │ refcnt │ type  │ gc_next  │ gc_prev &lt;&lt; 2 | flags │ the type's…  │   container
 *        └────────┴───────┴──────────┴─────────────────────┴──────────────┘
 *        ┌────────┬───────┬──────────────┐
 *        │ refcnt │ type  │ the type's…  │                                      any other object
 *        └────────┴───────┴──────────────┘
 * </pre>
 * As in CPython 3.11, {@code gc_prev} holds the previous object's handle shifted left by two,
 * with two flag bits below it (PREV_MASK_COLLECTING, and FINALIZED: {@code __del__} already
 * ran); during a collection the same word holds {@code gc_refs} in place of the link. A handle
 * fits in {@link Heap#HANDLE_BITS} bits, which leaves room for the flags. A container with
 * {@code gc_next == 0} is not tracked.
 */
public final class GcHeader {
    private GcHeader() {}

    /** Word holding the next container of the generation list (0: untracked). */
    public static final int GC_NEXT = 2;
    /** Word holding {@code prev << PREV_SHIFT | flags}. */
    public static final int GC_PREV = 3;
    /** Words of the object header plus the GC links: a container's own fields start here. */
    public static final int CONTAINER_HEADER_WORDS = 4;

    /**
     * The type word of a link node: a block of CONTAINER_HEADER_WORDS words holding the GC links
     * of an object whose words 2 and 3 are its layout's, and in LINK_OBJECT that object.
     */
    public static final int LINK_NODE = -1;
    /** Word of a link node holding its object. */
    public static final int LINK_OBJECT = 0;

    public static final int PREV_SHIFT = 2;
    /** CPython: _PyGC_PREV_MASK_FINALIZED. */
    public static final int PREV_MASK_FINALIZED = 1;
    /** CPython: _PyGC_PREV_MASK_COLLECTING. */
    public static final int PREV_MASK_COLLECTING = 2;
}
