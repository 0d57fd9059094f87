package dev.pyvm.gc;

import dev.pyvm.memory.Heap;
import java.util.function.IntConsumer;

/**
 * The cycle collector: CPython 3.11's {@code Modules/gcmodule.c} on pyvm's heap.
 *
 * <h2>Generations</h2>
 * Every tracked container is on exactly one list: generation 0, 1 or 2, or the permanent
 * generation of {@code gc.freeze()}. The lists are circular and doubly linked through the
 * containers' GC words; each has a head, a small block of the heap that only holds links:
 * <pre>
 *          ┌──────────────────────────────────────────────────────┐
 *          ▼                                                      │
 *   ┌─────────────┐ next  ┌──────────────┐ next  ┌──────────────┐  │
 *   │ head gen 0  │──────▶│ container    │──────▶│ container    │──┘
 *   │ (no object) │◀──────│ GC_NEXT/PREV │◀──────│ GC_NEXT/PREV │
 *   └─────────────┘ prev  └──────────────┘ prev  └──────────────┘
 *   GC_NEXT = next << 1 | NEXT_MASK_UNREACHABLE         (0: not tracked)
 *   GC_PREV = prev << 2 | PREV_MASK_COLLECTING | PREV_MASK_FINALIZED
 * </pre>
 * During a collection GC_PREV holds {@code gc_refs << 2} instead of the link (the flags stay),
 * and the tentatively unreachable are marked in GC_NEXT, exactly as CPython does.
 *
 * <h2>Nodes</h2>
 * The lists link nodes. A container is its own node, except where its words 2 and 3 belong to
 * its layout (an instance of a class deriving from int, float or str): its links are then in a
 * node block of its own, which names it ({@link GcHeader#LINK_NODE}); {@code Types.gcNode} finds
 * the node of an object, {@link #object} the object of a node.
 *
 * <h2>A collection of generation g</h2>
 * {@code collect}: merge the younger generations into g; {@code updateRefs} copies each count
 * into gc_refs; {@code subtractRefs} takes away the references coming from inside the set (each
 * type's traverse); {@code moveUnreachable} moves what still has gc_refs 0 and is not reached from
 * something that has gc_refs > 0 to {@code unreachable}; the survivors go to generation g+1.
 * {@code handleWeakrefs} (CPython's handle_weakrefs) then clears every weakref to an unreachable
 * object and every unreachable weakref, and calls the callbacks of the cleared weakrefs that are
 * themselves reachable, before any finalizer can see a cleared object.
 * Finalizers ({@code __del__}) run once on the unreachable (PEP 442); what they resurrected is
 * found again by the same counting and survives; the rest is cleared (each type's clear), which
 * drops the cycle's references so that reference counting frees it.
 *
 * <h2>Automatic collections</h2>
 * Generation 0 is collected when tracked allocations minus deallocations exceed threshold 0;
 * generation g > 0 when the collections of g-1 since its last exceed threshold g, and for the
 * oldest generation only when long-lived pending objects exceed 25% of the long-lived total.
 */
public final class Collector {
    /** CPython: NUM_GENERATIONS. */
    public static final int NUM_GENERATIONS = 3;
    /** CPython 3.11's default thresholds. */
    public static final int[] DEFAULT_THRESHOLDS = {700, 10, 10};
    static final int NEXT_MASK_UNREACHABLE = 1;

    /** What the collector needs from the object layer. */
    public interface Types {
        /** Calls visit on each reference h holds (CPython: tp_traverse). */
        void traverse(int h, IntConsumer visit);

        /** Drops the references h holds, breaking cycles (CPython: tp_clear). */
        void clear(int h);

        /** Whether h has a {@code __del__} that has not run yet. */
        boolean hasFinalizer(int h);

        /** Runs h's {@code __del__} (errors are reported, never raised). */
        void finalize(int h);

        /** Whether h is a tuple (untracked when it holds only untracked objects). */
        boolean isTuple(int h);

        /** Whether every item of tuple h is set (one being built has items still 0). */
        boolean tupleFilled(int h);

        /** Whether h is a dict (untracked in full collections when it holds only atomics). */
        boolean isDict(int h);

        /** Whether h is a container (an object the collector may track). */
        boolean isContainer(int h);

        /** The node linking container h into the lists (h itself but for a link node), or 0 if h is not a container. */
        int gcNode(int h);

        /** Appends h to gc.garbage (DEBUG_SAVEALL). */
        void saveGarbage(int h);

        /** Called with "start" or "stop" and the generation and counts, as gc.callbacks. */
        void callbacks(String phase, int generation, long collected, long uncollectable);

        /** Prints a line as gc's DEBUG_STATS does, on stderr. */
        void debugLine(String line);

        /** The name of h's type, for the DEBUG_COLLECTABLE lines (CPython: tp_name). */
        String typeNameOf(int h);

        /** Whether any weak reference may exist (false: a collection skips handle_weakrefs). */
        default boolean weakrefsExist() {
            return false;
        }

        /** Whether h is a weak reference (CPython: PyWeakref_Check). */
        default boolean isWeakref(int h) {
            return false;
        }

        /** The first weak reference to h, or 0 (also when h's type has no weak list). */
        default int firstWeakref(int h) {
            return 0;
        }

        /** Makes weakref wr dead, unlinking it from its referent; its callback stays (CPython: _PyWeakref_ClearRef). */
        default void clearWeakref(int wr) {}

        default boolean weakrefHasCallback(int wr) {
            return false;
        }

        /** Calls wr's callback with wr; errors are reported, never raised. */
        default void callWeakrefCallback(int wr) {}
    }

    public static final int DEBUG_STATS = 1;
    public static final int DEBUG_COLLECTABLE = 2;
    public static final int DEBUG_UNCOLLECTABLE = 4;
    public static final int DEBUG_SAVEALL = 32;
    public static final int DEBUG_LEAK = DEBUG_COLLECTABLE | DEBUG_UNCOLLECTABLE | DEBUG_SAVEALL;

    private final Heap heap;
    private Types types;
    private final int[] generations = new int[NUM_GENERATIONS];
    private final int permanent;
    /** The containers made while the object space started: alive as long as it, never examined. */
    private final int startup;
    private final int[] thresholds = DEFAULT_THRESHOLDS.clone();
    private final int[] counts = new int[NUM_GENERATIONS];
    private final long[] statCollections = new long[NUM_GENERATIONS];
    private final long[] statCollected = new long[NUM_GENERATIONS];
    private final long[] statUncollectable = new long[NUM_GENERATIONS];
    private long longLivedTotal;
    private long longLivedPending;
    private boolean enabled = true;
    private boolean collecting;
    private int debug;
    private boolean stress;

    /** The working lists of a collection, made once so that collecting never allocates. */
    private final int unreachableHead;
    private final int finalUnreachableHead;
    private final int seenHead;
    private final int wrcbHead;

    public Collector(Heap heap) {
        this.heap = heap;
        for (int g = 0; g < NUM_GENERATIONS; g++) generations[g] = newHead();
        permanent = newHead();
        startup = newHead();
        unreachableHead = newHead();
        finalUnreachableHead = newHead();
        seenHead = newHead();
        wrcbHead = newHead();
    }

    public void setTypes(Types types) {
        this.types = types;
    }

    private int newHead() {
        int h = heap.allocZeroed(GcHeader.CONTAINER_HEADER_WORDS * Heap.WORD);
        setNext(h, h);
        setPrev(h, h);
        return h;
    }

    // ---- the links ----

    private int next(int h) {
        return heap.getInt(h, GcHeader.GC_NEXT) >> 1;
    }

    private void setNext(int h, int next) {
        heap.setInt(h, GcHeader.GC_NEXT, next << 1);
    }

    private int prev(int h) {
        return heap.getInt(h, GcHeader.GC_PREV) >> GcHeader.PREV_SHIFT;
    }

    private void setPrev(int h, int prev) {
        int flags = heap.getInt(h, GcHeader.GC_PREV) & ((1 << GcHeader.PREV_SHIFT) - 1);
        heap.setInt(h, GcHeader.GC_PREV, prev << GcHeader.PREV_SHIFT | flags);
    }

    private int refs(int h) {
        return heap.getInt(h, GcHeader.GC_PREV) >> GcHeader.PREV_SHIFT;
    }

    private void setRefs(int h, int refs) {
        setPrev(h, refs);
    }

    private boolean isCollecting(int h) {
        return (heap.getInt(h, GcHeader.GC_PREV) & GcHeader.PREV_MASK_COLLECTING) != 0;
    }

    private void clearCollecting(int h) {
        heap.setInt(h, GcHeader.GC_PREV, heap.getInt(h, GcHeader.GC_PREV) & ~GcHeader.PREV_MASK_COLLECTING);
    }

    private boolean isUnreachableMarked(int h) {
        return (heap.getInt(h, GcHeader.GC_NEXT) & NEXT_MASK_UNREACHABLE) != 0;
    }

    /** Whether node h is on a list. */
    public boolean isTracked(int h) {
        return heap.getInt(h, GcHeader.GC_NEXT) != 0;
    }

    /** The object of node h. */
    private int object(int h) {
        return heap.getInt(h, Heap.TYPE) == GcHeader.LINK_NODE ? heap.getInt(h, GcHeader.LINK_OBJECT) : h;
    }

    private void listAppend(int node, int list) {
        int last = prev(list);
        setNext(last, node);
        setPrev(node, last);
        setNext(node, list);
        setPrev(list, node);
    }

    /** Unlinks node and leaves it untracked, keeping only its FINALIZED flag (CPython: _PyObject_GC_UNTRACK). */
    private void listRemove(int node) {
        int p = prev(node), n = next(node);
        setNext(p, n);
        setPrev(n, p);
        heap.setInt(node, GcHeader.GC_NEXT, 0);
        heap.setInt(node, GcHeader.GC_PREV, heap.getInt(node, GcHeader.GC_PREV) & GcHeader.PREV_MASK_FINALIZED);
    }

    private void listMove(int node, int list) {
        int p = prev(node), n = next(node);
        setNext(p, n);
        setPrev(n, p);
        listAppend(node, list);
    }

    private void listMerge(int from, int to) {
        if (next(from) == from) return;
        int toLast = prev(to), fromFirst = next(from), fromLast = prev(from);
        setNext(toLast, fromFirst);
        setPrev(fromFirst, toLast);
        setNext(fromLast, to);
        setPrev(to, fromLast);
        setNext(from, from);
        setPrev(from, from);
    }

    private long listSize(int list) {
        long n = 0;
        for (int h = next(list); h != list; h = next(h)) n++;
        return n;
    }

    // ---- tracking ----

    /**
     * Starts tracking a new container (by its node) in generation 0 (CPython: _PyObject_GC_Link +
     * GC_TRACK), which may start an automatic collection.
     */
    public void track(int h) {
        if (isTracked(h)) return;
        // the collection comes first and h is linked after it, as in CPython, where gc_alloc's
        // _PyObject_GC_Link may collect before the new object is tracked: a collection never sees
        // the object being made (an empty tuple would be untracked, then filled with containers)
        counts[0]++;
        if (stress && !collecting) {
            collectWithCallback(0);
        } else if (enabled && thresholds[0] != 0 && counts[0] > thresholds[0] && !collecting) {
            collectGenerations();
        }
        listAppend(h, generations[0]);
    }

    /** Starts tracking an existing container without counting an allocation (MAINTAIN_TRACKING). */
    public void trackExisting(int h) {
        if (isTracked(h)) return;
        listAppend(h, generations[0]);
    }

    /** Stops tracking (CPython: PyObject_GC_UnTrack); at deallocation, counts a deallocation. */
    public void untrack(int h, boolean deallocation) {
        if (isTracked(h)) listRemove(h);
        if (deallocation && counts[0] > 0) counts[0]--;
    }

    // ---- collections ----

    // CPython 3.11: collect_generations()
    private void collectGenerations() {
        for (int i = NUM_GENERATIONS - 1; i >= 0; i--) {
            if (counts[i] > thresholds[i]) {
                if (i == NUM_GENERATIONS - 1 && longLivedPending < longLivedTotal / 4) continue;
                collectWithCallback(i);
                break;
            }
        }
    }

    /**
     * {@code gc.collect(generation)}: the number of unreachable objects found; 0 when a collection
     * is already running. As in CPython ({@code gcstate->collecting} is set by gc_collect_impl and
     * around collect_generations), the flag covers the callbacks too, so a {@code gc.collect()}
     * from a callback does nothing.
     */
    public long collectWithCallback(int generation) {
        if (collecting) return 0;
        collecting = true;
        try {
            types.callbacks("start", generation, 0, 0);
            long[] result = collect(generation);
            types.callbacks("stop", generation, result[0], result[1]);
            return result[0] + result[1];
        } finally {
            collecting = false;
        }
    }

    // CPython 3.11: gc_collect_main(); returns {collected, uncollectable}
    private long[] collect(int generation) {
        if ((debug & DEBUG_STATS) != 0) {
            types.debugLine("gc: collecting generation " + generation + "...");
            // CPython 3.11: show_stats_each_generations()
            types.debugLine("gc: objects in each generation: " + listSize(generations[0]) + " "
                    + listSize(generations[1]) + " " + listSize(generations[2]));
            types.debugLine("gc: objects in permanent generation: " + listSize(permanent));
        }
        long startNanos = System.nanoTime();
        if (generation + 1 < NUM_GENERATIONS) counts[generation + 1]++;
        for (int i = 0; i <= generation; i++) counts[i] = 0;
        for (int i = 0; i < generation; i++) listMerge(generations[i], generations[generation]);
        int young = generations[generation];
        int old = generation < NUM_GENERATIONS - 1 ? generations[generation + 1] : young;

        int unreachable = unreachableHead;
        deduceUnreachable(young, unreachable);
        untrackTuples(young);
        if (young != old) {
            if (generation == NUM_GENERATIONS - 2) longLivedPending += listSize(young);
            listMerge(young, old);
        } else {
            untrackDicts(young);
            longLivedPending = 0;
            longLivedTotal = listSize(young);
        }
        // unmark: the unreachable list becomes a normal list (no legacy finalizers in pyvm)
        for (int h = next(unreachable); h != unreachable; h = next(h)) {
            heap.setInt(h, GcHeader.GC_NEXT, heap.getInt(h, GcHeader.GC_NEXT) & ~NEXT_MASK_UNREACHABLE);
        }
        if ((debug & DEBUG_COLLECTABLE) != 0) {
            for (int h = next(unreachable); h != unreachable; h = next(h)) {
                // CPython 3.11: debug_cycle(), "gc: %s <%s %p>"
                types.debugLine("gc: collectable <" + types.typeNameOf(object(h)) + " 0x"
                        + Long.toHexString(heap.address(object(h))) + ">");
            }
        }
        long weakrefsFreed = handleWeakrefs(unreachable, old);
        finalizeGarbage(unreachable);
        int finalUnreachable = finalUnreachableHead;
        handleResurrectedObjects(unreachable, finalUnreachable, old);
        long collected = weakrefsFreed + listSize(finalUnreachable);
        deleteGarbage(finalUnreachable, old);
        statCollections[generation]++;
        statCollected[generation] += collected;
        if ((debug & DEBUG_STATS) != 0) {
            double seconds = (System.nanoTime() - startNanos) / 1e9;
            types.debugLine(String.format(java.util.Locale.ROOT,
                    "gc: done, %d unreachable, %d uncollectable, %.4fs elapsed", collected, 0, seconds));
        }
        return new long[] {collected, 0};
    }

    // CPython 3.11: deduce_unreachable(): update_refs, subtract_refs, move_unreachable
    private void deduceUnreachable(int base, int unreachable) {
        updateRefs(base);
        subtractRefs(base);
        moveUnreachable(base, unreachable);
    }

    // CPython 3.11: update_refs()
    private void updateRefs(int containers) {
        for (int h = next(containers); h != containers; h = next(h)) {
            int flags = heap.getInt(h, GcHeader.GC_PREV) & GcHeader.PREV_MASK_FINALIZED;
            heap.setInt(h, GcHeader.GC_PREV, heap.refcount(object(h)) << GcHeader.PREV_SHIFT | flags
                    | GcHeader.PREV_MASK_COLLECTING);
        }
    }

    // CPython 3.11: subtract_refs() with visit_decref()
    private void subtractRefs(int containers) {
        IntConsumer visitDecref = r -> {
            int n = types.gcNode(r);
            if (n != 0 && isTracked(n) && isCollecting(n)) setRefs(n, refs(n) - 1);
        };
        for (int h = next(containers); h != containers; h = next(h)) types.traverse(object(h), visitDecref);
    }

    // CPython 3.11: move_unreachable() with visit_reachable()
    private void moveUnreachable(int young, int unreachable) {
        int[] prevHolder = {young};
        IntConsumer visitReachable = node -> {
            int r = types.gcNode(node);
            if (r == 0 || !isTracked(r) || !isCollecting(r)) return;
            if (isUnreachableMarked(r)) {
                // tentatively unreachable, but reached: back to the end of young, to be scanned;
                // the unreachable list's links carry the mark, so it is copied with them
                int p = prev(r), n = next(r);
                heap.setInt(p, GcHeader.GC_NEXT, heap.getInt(r, GcHeader.GC_NEXT));
                setPrev(n, p);
                int last = prev(young);
                setNext(last, r);
                setPrev(r, last);
                setNext(r, young);
                setPrev(young, r);
                setRefs(r, 1);
            } else if (refs(r) == 0) {
                setRefs(r, 1);
            }
        };
        int h = next(young);
        while (h != young) {
            if (refs(h) > 0) {
                types.traverse(object(h), visitReachable);
                setPrev(h, prevHolder[0]); // restore the link the refs borrowed
                clearCollecting(h);
                prevHolder[0] = h;
            } else {
                // move it to unreachable, marked; young's links are mended as the scan goes
                int p = prevHolder[0];
                int n = next(h);
                setNext(p, n);
                int last = prev(unreachable);
                // every link in the unreachable list carries the mark, even the head's for now
                heap.setInt(last, GcHeader.GC_NEXT, h << 1 | NEXT_MASK_UNREACHABLE);
                setPrev(h, last);
                heap.setInt(h, GcHeader.GC_NEXT, unreachable << 1 | NEXT_MASK_UNREACHABLE);
                setPrev(unreachable, h);
            }
            h = next(prevHolder[0]);
        }
        setPrev(young, prevHolder[0]);
        heap.setInt(unreachable, GcHeader.GC_NEXT, heap.getInt(unreachable, GcHeader.GC_NEXT) & ~NEXT_MASK_UNREACHABLE);
        // the unreachable keep their COLLECTING flag until the end, as in CPython
    }

    // CPython 3.11: untrack_tuples()
    private void untrackTuples(int list) {
        int h = next(list);
        while (h != list) {
            int n = next(h);
            // CPython: _PyTuple_MaybeUntrack; a tuple still being filled (a NULL item) stays tracked
            if (types.isTuple(object(h)) && holdsOnlyUntracked(h)) listRemove(h);
            h = n;
        }
    }

    // CPython 3.11: untrack_dicts()
    private void untrackDicts(int list) {
        int h = next(list);
        while (h != list) {
            int n = next(h);
            if (types.isDict(object(h)) && holdsOnlyUntracked(h)) listRemove(h);
            h = n;
        }
    }

    /**
     * CPython's _PyObject_GC_MAY_BE_TRACKED over everything h holds; a tuple with an item not yet
     * set is being built and stays tracked (_PyTuple_MaybeUntrack stops at a NULL item). A
     * tuple or dict is its own node.
     */
    private boolean holdsOnlyUntracked(int h) {
        if (types.isTuple(h) && !types.tupleFilled(h)) return false;
        boolean[] only = {true};
        types.traverse(h, r -> {
            if (types.isContainer(r) && (!types.isTuple(r) || isTracked(r))) only[0] = false;
        });
        return only[0];
    }

    /**
     * CPython 3.11: handle_weakrefs(). Every weakref to an unreachable object is cleared before any
     * finalizer runs, and so is every unreachable weakref; the callbacks of the cleared weakrefs
     * that are themselves reachable then run (those in the garbage do not: they could see objects
     * already cleared). Returns how many of those weakrefs the callbacks freed.
     */
    private long handleWeakrefs(int unreachable, int old) {
        if (!types.weakrefsExist()) return 0;
        int wrcbToCall = wrcbHead;
        for (int gc = next(unreachable); gc != unreachable; gc = next(gc)) {
            int op = object(gc);
            if (types.isWeakref(op)) types.clearWeakref(op);
            for (int wr = types.firstWeakref(op); wr != 0; wr = types.firstWeakref(op)) {
                types.clearWeakref(wr);
                if (!types.weakrefHasCallback(wr)) continue;
                int node = types.gcNode(wr);
                if (node == 0 || !isTracked(node) || isCollecting(node)) continue; // trash itself
                heap.incref(wr);
                listMove(node, wrcbToCall);
            }
        }
        long freed = 0;
        while (next(wrcbToCall) != wrcbToCall) {
            int gc = next(wrcbToCall);
            int wr = object(gc);
            types.callWeakrefCallback(wr);
            heap.decref(wr);
            if (next(wrcbToCall) == gc) listMove(gc, old); // still alive
            else freed++;
        }
        return freed;
    }

    // CPython 3.11: finalize_garbage()
    private void finalizeGarbage(int collectable) {
        int seen = seenHead;
        while (next(collectable) != collectable) {
            int h = next(collectable);
            listMove(h, seen);
            int o = object(h);
            if (types.hasFinalizer(o)) {
                heap.incref(o);
                types.finalize(o);
                heap.decref(o);
            }
        }
        listMerge(seen, collectable);
    }

    // CPython 3.11: handle_resurrected_objects()
    private void handleResurrectedObjects(int unreachable, int stillUnreachable, int oldGeneration) {
        // what a finalizer made reachable again has gc_refs > 0 after counting anew
        updateRefs(unreachable);
        subtractRefs(unreachable);
        // move_unreachable on the set, with the survivors in `unreachable`
        moveUnreachable(unreachable, stillUnreachable);
        for (int h = next(stillUnreachable); h != stillUnreachable; h = next(h)) {
            heap.setInt(h, GcHeader.GC_NEXT, heap.getInt(h, GcHeader.GC_NEXT) & ~NEXT_MASK_UNREACHABLE);
        }
        for (int h = next(unreachable); h != unreachable; h = next(h)) clearCollecting(h);
        listMerge(unreachable, oldGeneration);
    }

    // CPython 3.11: delete_garbage()
    private void deleteGarbage(int collectable, int old) {
        while (next(collectable) != collectable) {
            int h = next(collectable);
            int o = object(h);
            clearCollecting(h);
            if ((debug & DEBUG_SAVEALL) != 0) {
                listMove(h, old);
                types.saveGarbage(o);
            } else {
                heap.incref(o);
                types.clear(o);
                if (next(collectable) == h) listMove(h, old); // still alive: survives into old
                heap.decref(o);
            }
        }
    }

    // ---- the gc module's view ----

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean on) {
        enabled = on;
    }

    public int[] thresholds() {
        return thresholds.clone();
    }

    public void setThreshold(int generation, int value) {
        thresholds[generation] = value;
    }

    public int[] counts() {
        return counts.clone();
    }

    public int debug() {
        return debug;
    }

    public void setDebug(int flags) {
        debug = flags;
    }

    /** -X gcstress: collect generation 0 at every tracked allocation. */
    public void setStress(boolean on) {
        stress = on;
    }

    public long[] stats(int generation) {
        return new long[] {statCollections[generation], statCollected[generation], statUncollectable[generation]};
    }

    /** The tracked containers of a generation (or of all, generation -1), for gc.get_objects. */
    public java.util.List<Integer> objects(int generation) {
        java.util.List<Integer> out = new java.util.ArrayList<>();
        for (int g = 0; g < NUM_GENERATIONS; g++) {
            if (generation >= 0 && g != generation) continue;
            for (int h = next(generations[g]); h != generations[g]; h = next(h)) out.add(object(h));
        }
        return out;
    }

    /** Moves every tracked container to the start-up list: the object space's own, never collected. */
    public void sealStartup() {
        for (int g = 0; g < NUM_GENERATIONS; g++) listMerge(generations[g], startup);
        counts[0] = 0;
    }

    /** gc.freeze(): moves every tracked container to the permanent generation. */
    public void freeze() {
        for (int g = 0; g < NUM_GENERATIONS; g++) {
            listMerge(generations[g], permanent);
            counts[g] = 0;
        }
    }

    /** gc.unfreeze(): the permanent generation back into the oldest. */
    public void unfreeze() {
        listMerge(permanent, generations[NUM_GENERATIONS - 1]);
    }

    public long freezeCount() {
        return listSize(permanent);
    }

    /**
     * Checks the lists: every link mirrored, no flag left from a collection. Tests and the debug
     * switch call it. CPython: validate_list().
     */
    public void checkInvariants() {
        int[] heads = {generations[0], generations[1], generations[2], permanent, startup};
        for (int head : heads) {
            int p = head;
            for (int h = next(head); h != head; h = next(h)) {
                if (prev(h) != p) throw new IllegalStateException("gc list broken at 0x" + Integer.toHexString(h));
                if (isCollecting(h) || isUnreachableMarked(h)) {
                    throw new IllegalStateException("gc flags left on 0x" + Integer.toHexString(h));
                }
                p = h;
            }
            if (prev(head) != p) throw new IllegalStateException("gc list head's prev is stale");
        }
    }
}
