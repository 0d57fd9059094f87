package dev.pyvm.memory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * pyvm's heap: where every Python value lives. A port of CPython 3.11's {@code Objects/obmalloc.c}
 * onto a few large Java {@code int[]}s, plus reference counting and the free lists.
 *
 * <h2>Layers</h2>
 * <pre>
 *   object-specific free lists   floats, tuples by length, frames…   {@link #freeListPop}
 *   ─────────────────────────────────────────────────────────────────
 *   small blocks                 arenas &gt; pools &gt; blocks, requests of at most
 *                                SMALL_REQUEST_THRESHOLD bytes, in size classes of ALIGNMENT
 *   ─────────────────────────────────────────────────────────────────
 *   large blocks                 bigger requests: one int[] each, counted like the rest
 *   ─────────────────────────────────────────────────────────────────
 *   the JVM                      sees the arenas' and large blocks' arrays, nothing else
 * </pre>
 *
 * <h2>Handles</h2>
 * A block is named by an {@code int} handle; 0 is NULL. A positive handle is the block's
 * address in ALIGNMENT-byte units: the high bits pick the arena's slot, the low bits the unit
 * within it. A negative handle {@code h} is a large block, {@code ~h} its index in the table of
 * large blocks. Word {@code w} of a block (a word is 4 bytes) is
 * {@code arenas[h >>> ADDRESS_SHIFT][((h & ADDRESS_MASK) << UNIT_WORD_SHIFT) + w]}.
 * <pre>
 *    bit 31  30 … 16              15 … 0
 *   ┌──────┬──────────────────────┬──────────────────────────┐
 *   │  0   │ arena slot (1, 2, …) │ unit within the arena     │   |handle| &lt; 2^HANDLE_BITS-1, so
 *   └──────┴──────────────────────┴──────────────────────────┘   two flag bits fit beside one
 * </pre>
 * The split is fixed (ADDRESS_SHIFT, a slot spans 1 MiB): an arena smaller than that uses the
 * start of its slot, and the heap has at most 2^(HANDLE_BITS-1-ADDRESS_SHIFT) - 1 arenas.
 *
 * <h2>Arenas, pools, blocks</h2>
 * An arena (one {@code int[]} of arenaSize bytes) is carved into pools lazily, from its start;
 * pools are aligned, so no arena loses a pool to alignment as CPython's can. Each pool serves
 * one size class; its first POOL_OVERHEAD bytes are its header, in the pool itself.
 * <pre>
 *   arena ┌────────┬────────┬────────┬────────┬─ ─ ─ ─ ─ ─ ─ ─ ─ ─ ─ ─┐
 *         │ pool   │ pool   │ pool   │ pool   │     not yet carved      │
 *         └────────┴────────┴────────┴────────┴─ ─ ─ ─ ─ ─ ─ ─ ─ ─ ─ ─┘
 *                                              ▲ poolAddress[arena]
 *   pool  ┌────────┬───────┬───────┬───────┬───────┬─ ─ ─ ─ ─ ─ ─ ─ ─ ─┐
 *         │ header │ block │ block │ block │ block │    never used      │
 *         └────────┴───────┴───────┴───────┴───────┴─ ─ ─ ─ ─ ─ ─ ─ ─ ─┘
 *            │                  ▲               ▲  ▲ pool + NEXTOFFSET
 *            └── FREEBLOCK ─────┘ ── word 0 ────┘ ──▶ 0
 *   header words: COUNT (blocks in use), FREEBLOCK, NEXT, PREV, ARENA, SZIDX,
 *                 NEXTOFFSET, MAXNEXTOFFSET (units from the pool's start)
 * </pre>
 * A free block's word 0 holds the handle of the next free block of its pool: the free list is
 * threaded through the free blocks. Blocks past NEXTOFFSET have never been used; a pool takes
 * them one at a time once its free list runs dry, as CPython's {@code pymalloc_pool_extend}.
 *
 * <h2>Pool states</h2>
 * <ul>
 * <li><b>used</b>: some blocks allocated, some free; linked in {@code usedpools[szidx]}
 *     (doubly, through NEXT and PREV), the pools allocation takes from.
 * <li><b>full</b>: every block allocated; in no list.
 * <li><b>empty</b>: no block allocated; in its arena's {@code freepools} (singly, through NEXT),
 *     ready for any size class. A pool never carved counts as empty too.
 * </ul>
 * used → full when allocation takes the last block; full → used when one is freed (linked at
 * the front); used → empty when the last block is freed; empty → used when
 * {@link #allocateFromNewPool} takes it.
 *
 * <h2>Arenas</h2>
 * {@code usableArenas} lists exactly the arenas with a free pool, sorted by their number of
 * free pools, fewest first: allocation goes to the fullest arena, so that the emptiest drain
 * and can be given back. {@code nfp2lasta[n]} is the last arena in that list with n free pools
 * (0 if none), which keeps the sort O(1) as CPython's does. An arena whose pools are all empty
 * is given back (its array dropped) unless it is the last in the list (bpo-37257: a loop that
 * allocates and frees one object must not get and drop an arena each time);
 * {@link #releaseEmptyArenas()} gives that one back too. Arena slots no arena uses form the
 * {@code unusedArenaObjects} list, threaded through {@code nextArena}.
 *
 * <h2>Objects and reference counts</h2>
 * Every object starts with two words: its reference count ({@link #REFCNT}) and its type's
 * handle ({@link #TYPE}); the rest is the type's business. When {@link #decref} brings a count
 * to zero the {@link Deallocator} runs; deallocations nested deeper than TRASHCAN_DEPTH are
 * deferred to a list threaded through the dying objects' count words and run as the outer one
 * returns, so a million-long chain never recurses on the Java stack (CPython's trashcan).
 * Immortal objects start at IMMORTAL_REFCNT, which no program's references bring to zero. Only
 * a heap made to count references (HeapConfig.countRefs, for {@code -X showrefcount}) totals
 * them, as CPython's Py_REF_DEBUG build does; its incref and decref take the slow path.
 */
public final class Heap {

    // ---- geometry: named once, CPython 3.11's values beside ----

    /** Bytes per unit; blocks are sized and aligned in units. CPython: ALIGNMENT 16. */
    public static final int ALIGNMENT = 16;
    static final int ALIGNMENT_SHIFT = 4;
    /** Bytes per word, the int that {@link #getInt} reads. */
    public static final int WORD = 4;
    static final int UNIT_WORDS = ALIGNMENT / WORD;
    static final int UNIT_WORD_SHIFT = 2;
    /** The largest request served by pools. CPython: SMALL_REQUEST_THRESHOLD 512. */
    public static final int SMALL_REQUEST_THRESHOLD = 512;
    /** CPython: NB_SMALL_SIZE_CLASSES. */
    public static final int NB_SMALL_SIZE_CLASSES = SMALL_REQUEST_THRESHOLD / ALIGNMENT;
    /** Handles, with their sign, fit this many bits; the collector keeps two flags beside one. */
    public static final int HANDLE_BITS = 30;
    /**
     * The low bits of a small block's handle: its unit within its arena's slot. Constants, so that
     * the accessors the interpreter inlines compute the address without reading the heap's
     * geometry: a slot spans the largest arena (MAX_ARENA_SIZE, 1 MiB); a smaller arena uses the
     * start of its slot.
     */
    static final int ADDRESS_SHIFT = 16;
    static final int ADDRESS_MASK = (1 << ADDRESS_SHIFT) - 1;

    // pool header: words at the start of every pool
    static final int POOL_COUNT = 0;
    static final int POOL_FREEBLOCK = 1;
    static final int POOL_NEXT = 2;
    static final int POOL_PREV = 3;
    static final int POOL_ARENA = 4;
    static final int POOL_SZIDX = 5;
    static final int POOL_NEXTOFFSET = 6;
    static final int POOL_MAXNEXTOFFSET = 7;
    static final int POOL_HEADER_WORDS = 8;
    /** Bytes of a pool taken by its header, rounded to ALIGNMENT. CPython: POOL_OVERHEAD (48). */
    public static final int POOL_OVERHEAD = POOL_HEADER_WORDS * WORD;
    static final int POOL_OVERHEAD_UNITS = POOL_OVERHEAD / ALIGNMENT;
    /** A pool's size class before it first serves one. CPython: DUMMY_SIZE_IDX. */
    static final int DUMMY_SIZE_IDX = 0xffff;

    // ---- objects ----

    /** Word of every object holding its reference count. */
    public static final int REFCNT = 0;
    /** Word of every object holding its type's handle. */
    public static final int TYPE = 1;
    /** The count immortal objects start at; no program holds that many references. */
    public static final int IMMORTAL_REFCNT = 1 << 30;
    /** Deallocations nested deeper than this are deferred. CPython: _PyTrash_UNWIND_LEVEL 50. */
    static final int TRASHCAN_DEPTH = 50;

    // ---- debug patterns, as CPython's PYMEM_CLEANBYTE / PYMEM_DEADBYTE ----

    /** Fills a fresh block's words in debug mode. */
    public static final int CLEAN_WORD = 0xCDCDCDCD;
    /** Fills a freed block's words (but word 0, the free link) in debug mode. */
    public static final int DEAD_WORD = 0xDDDDDDDD;

    private final HeapConfig config;
    private final boolean debug;
    private final boolean countRefs;
    /**
     * Handles above this take the accessors' fast path: 0 (every small block), or none when the
     * heap checks every access (debug) or counts every reference (countRefs).
     */
    private final int uncheckedAbove;
    private final int poolUnits;
    private final int poolMask;       // ~(poolUnits - 1): clears a handle to its pool
    private final int arenaWords;
    private final int poolsPerArena;
    private final int maxArenaSlots;  // slots whose handles stay below 2^(HANDLE_BITS-1)

    // arena objects, indexed by slot (slot 0 is never used: handle 0 is NULL)
    /**
     * Each slot's arena, null where none: a table of all 2^(HANDLE_BITS-1-ADDRESS_SHIFT) slots made
     * once (32 KiB), so that the field is final and the JIT keeps one load of it across the
     * accessors it inlines. The arena objects' other arrays grow with {@link #arenaSlots}.
     */
    private final int[][] arenas = new int[1 << (HANDLE_BITS - 1 - ADDRESS_SHIFT)][];
    private int arenaSlots = 1;               // slots the arena objects' arrays cover
    private int[] nfreepools = new int[1];
    private int[] ntotalpools = new int[1];
    private int[] freepools = new int[1];     // first empty pool, linked through POOL_NEXT
    private int[] poolAddress = new int[1];   // next pool to carve (handle); end of arena when all carved
    private int[] nextArena = new int[1];
    private int[] prevArena = new int[1];
    private long[][] liveUnits = new long[1][]; // debug: a bit per unit, set where a live block starts
    private int unusedArenaObjects;           // slots without an arena, linked through nextArena
    private int usableArenas;                 // head of the arenas with a free pool, fewest first
    private final int[] nfp2lasta;            // last arena in usableArenas with n free pools
    private final int[] usedpools = new int[NB_SMALL_SIZE_CLASSES]; // first used pool per class

    // large blocks
    private int[][] large = new int[16][];
    private int largeTop;                     // slots below this have been used
    private int largeFreeSlots;               // freed slots, linked through largeNextFree
    private int[] largeNextFree = new int[16];

    // statistics
    private long ntimesArenaAllocated;
    private int narenasCurrentlyAllocated;
    private int narenasHighwater;
    private long allocatedBlocks;             // small and large blocks handed out, not yet freed
    private long largeBlocks;
    private long largeBytes;
    private long refTotal;                    // references held to counted objects, when countRefs
    private long immortalObjects;

    // reference counting
    private Deallocator deallocator = h -> {
        throw new HeapCorruptionError("object " + h + " died but no deallocator is installed");
    };
    private int deallocDepth;
    private int trashDeleteLater;             // deferred objects, linked through their REFCNT word

    private final FreeLists freeLists = new FreeLists();

    public Heap(HeapConfig config) {
        this.config = config;
        this.debug = config.debug();
        this.countRefs = config.countRefs();
        this.uncheckedAbove = debug || countRefs ? Integer.MAX_VALUE : 0;
        this.poolUnits = config.poolSize() / ALIGNMENT;
        this.poolMask = ~(poolUnits - 1);
        this.arenaWords = config.arenaSize() / WORD;
        this.poolsPerArena = config.arenaSize() / config.poolSize();
        this.maxArenaSlots = 1 << (HANDLE_BITS - 1 - ADDRESS_SHIFT);
        this.nfp2lasta = new int[poolsPerArena + 1];
    }

    public Heap() {
        this(HeapConfig.defaults());
    }

    public HeapConfig config() {
        return config;
    }

    // =====================================================================================
    // Allocation
    // =====================================================================================

    /** Size class of a small request. CPython: (nbytes - 1) >> ALIGNMENT_SHIFT. */
    static int sizeClass(int nbytes) {
        return nbytes <= 0 ? 0 : (nbytes - 1) >>> ALIGNMENT_SHIFT;
    }

    /** Bytes of a block of size class {@code idx}. CPython: INDEX2SIZE. */
    public static int classSize(int idx) {
        return (idx + 1) << ALIGNMENT_SHIFT;
    }

    /**
     * Allocates a block of at least {@code nbytes} bytes and returns its handle. Its contents are
     * unspecified (in debug mode, CLEAN_WORD): the caller initialises every word it reads.
     *
     * @throws OutOfHeapError past the heap's bound; nothing has changed then
     */
    public int alloc(int nbytes) {
        int h = nbytes <= SMALL_REQUEST_THRESHOLD ? allocSmall(sizeClass(nbytes)) : allocLarge(nbytes);
        allocatedBlocks++;
        if (debug) debugOnAlloc(h);
        return h;
    }

    /** {@link #alloc}, with every word zero. */
    public int allocZeroed(int nbytes) {
        int h = alloc(nbytes);
        if (h > 0) {
            int w = wordIndex(h);
            Arrays.fill(arenas[h >>> ADDRESS_SHIFT], w, w + blockWords(h), 0);
        } else if (debug) {
            Arrays.fill(large[~h], 0);
        }
        return h; // a fresh large block is a fresh, zeroed array
    }

    // CPython 3.11: Objects/obmalloc.c pymalloc_alloc()
    private int allocSmall(int size) {
        int pool = usedpools[size];
        if (pool == 0) return allocateFromNewPool(size);
        int[] a = arenas[pool >>> ADDRESS_SHIFT];
        int pw = wordIndex(pool);
        a[pw + POOL_COUNT]++;
        int bp = a[pw + POOL_FREEBLOCK];
        int next = a[wordIndex(bp)];
        a[pw + POOL_FREEBLOCK] = next;
        if (next == 0) poolExtend(a, pw, pool, size);
        return bp;
    }

    // CPython 3.11: Objects/obmalloc.c pymalloc_pool_extend()
    private void poolExtend(int[] a, int pw, int pool, int size) {
        int nextoffset = a[pw + POOL_NEXTOFFSET];
        if (nextoffset <= a[pw + POOL_MAXNEXTOFFSET]) {
            // there is room for another block
            int fb = pool + nextoffset;
            a[pw + POOL_FREEBLOCK] = fb;
            a[pw + POOL_NEXTOFFSET] = nextoffset + classSize(size) / ALIGNMENT;
            a[wordIndex(fb)] = 0;
            return;
        }
        // the pool is full: unlink it from the used pools
        unlinkUsedPool(a, pw, size);
    }

    private void unlinkUsedPool(int[] a, int pw, int size) {
        int next = a[pw + POOL_NEXT];
        int prev = a[pw + POOL_PREV];
        if (prev == 0) usedpools[size] = next;
        else setPoolWord(prev, POOL_NEXT, next);
        if (next != 0) setPoolWord(next, POOL_PREV, prev);
    }

    private void setPoolWord(int pool, int word, int value) {
        arenas[pool >>> ADDRESS_SHIFT][wordIndex(pool) + word] = value;
    }

    private int poolWord(int pool, int word) {
        return arenas[pool >>> ADDRESS_SHIFT][wordIndex(pool) + word];
    }

    // CPython 3.11: Objects/obmalloc.c allocate_from_new_pool()
    private int allocateFromNewPool(int size) {
        if (usableArenas == 0) {
            // no arena has a free pool: get a new arena
            int ao = newArena();
            usableArenas = ao;
            nextArena[ao] = 0;
            prevArena[ao] = 0;
            nfp2lasta[nfreepools[ao]] = ao;
        }
        int ao = usableArenas;
        // This arena already had the fewest free pools, so taking one keeps the order; if it
        // runs out, it leaves the list.
        if (nfp2lasta[nfreepools[ao]] == ao) nfp2lasta[nfreepools[ao]] = 0;
        if (nfreepools[ao] > 1) nfp2lasta[nfreepools[ao] - 1] = ao;

        int pool = freepools[ao];
        int[] a = arenas[ao];
        if (pool != 0) {
            // a cached empty pool
            freepools[ao] = poolWord(pool, POOL_NEXT);
        } else {
            // carve off a new pool
            pool = poolAddress[ao];
            poolAddress[ao] = pool + poolUnits;
            int pw = wordIndex(pool);
            a[pw + POOL_ARENA] = ao;
            a[pw + POOL_SZIDX] = DUMMY_SIZE_IDX;
        }
        if (--nfreepools[ao] == 0) {
            // wholly allocated: remove it from the usable arenas
            usableArenas = nextArena[ao];
            if (usableArenas != 0) prevArena[usableArenas] = 0;
        }

        // link at the front of the used pools
        int pw = wordIndex(pool);
        int next = usedpools[size];
        a[pw + POOL_NEXT] = next;
        a[pw + POOL_PREV] = 0;
        if (next != 0) setPoolWord(next, POOL_PREV, pool);
        usedpools[size] = pool;
        a[pw + POOL_COUNT] = 1;
        if (a[pw + POOL_SZIDX] == size) {
            // this pool last served the same class: its free list is still good
            int bp = a[pw + POOL_FREEBLOCK];
            int nextFree = a[wordIndex(bp)];
            a[pw + POOL_FREEBLOCK] = nextFree;
            if (nextFree == 0) poolExtend(a, pw, pool, size);
            return bp;
        }
        // initialise the pool: hand out the first block, the free list holds the second
        int blockUnits = classSize(size) / ALIGNMENT;
        a[pw + POOL_SZIDX] = size;
        int bp = pool + POOL_OVERHEAD_UNITS;
        a[pw + POOL_NEXTOFFSET] = POOL_OVERHEAD_UNITS + 2 * blockUnits;
        a[pw + POOL_MAXNEXTOFFSET] = poolUnits - blockUnits;
        a[pw + POOL_FREEBLOCK] = bp + blockUnits;
        a[wordIndex(bp + blockUnits)] = 0;
        return bp;
    }

    // CPython 3.11: Objects/obmalloc.c new_arena()
    private int newArena() {
        if (unusedArenaObjects == 0) {
            int old = arenaSlots;
            if (old >= maxArenaSlots) {
                throw new OutOfHeapError(config.arenaSize(), "out of heap: all " + (maxArenaSlots - 1)
                        + " arena slots are in use");
            }
            int grown = Math.min(maxArenaSlots, Math.max(16, old * 2));
            arenaSlots = grown;
            nfreepools = Arrays.copyOf(nfreepools, grown);
            ntotalpools = Arrays.copyOf(ntotalpools, grown);
            freepools = Arrays.copyOf(freepools, grown);
            poolAddress = Arrays.copyOf(poolAddress, grown);
            nextArena = Arrays.copyOf(nextArena, grown);
            prevArena = Arrays.copyOf(prevArena, grown);
            liveUnits = Arrays.copyOf(liveUnits, grown);
            // thread the new slots, lowest first (slot 0 stays unused)
            for (int i = grown - 1; i >= Math.max(1, old); i--) {
                nextArena[i] = unusedArenaObjects;
                unusedArenaObjects = i;
            }
        }
        checkBound(config.arenaSize());
        int ao = unusedArenaObjects;
        int[] memory;
        try {
            memory = new int[arenaWords];
        } catch (OutOfMemoryError e) {
            throw new OutOfHeapError(config.arenaSize(), "out of heap: the JVM refused a new arena");
        }
        unusedArenaObjects = nextArena[ao];
        arenas[ao] = memory;
        if (debug) liveUnits[ao] = new long[(ADDRESS_MASK + 1 + 63) >>> 6];
        nfreepools[ao] = poolsPerArena;
        ntotalpools[ao] = poolsPerArena;
        freepools[ao] = 0;
        poolAddress[ao] = ao << ADDRESS_SHIFT;
        ntimesArenaAllocated++;
        narenasCurrentlyAllocated++;
        narenasHighwater = Math.max(narenasHighwater, narenasCurrentlyAllocated);
        return ao;
    }

    /**
     * Room kept back below the bound so that a MemoryError can be built, raised and printed when
     * the bound is hit: the first refusal releases it (the next requests may use it), and it is
     * armed again once what is held is back below the bound minus the reserve.
     */
    private boolean reserveReleased;

    private long reserveBytes() {
        return Math.min(config.arenaSize(), config.maxHeap() / 4);
    }

    private void checkBound(long more) {
        long held = heldBytes();
        long reserve = reserveBytes();
        if (reserveReleased && held + more <= config.maxHeap() - reserve) reserveReleased = false;
        long bound = reserveReleased ? config.maxHeap() : config.maxHeap() - reserve;
        if (held + more > bound) {
            reserveReleased = true;
            throw new OutOfHeapError(more, "out of heap: " + more + " more bytes would exceed the bound of "
                    + config.maxHeap() + " bytes (" + held + " held)");
        }
    }

    /**
     * Refuses at once a request of {@code bytes} that can never fit the heap's bound (nor a
     * block's size), before any work is done for it: as CPython's up-front size checks.
     *
     * @throws OutOfHeapError when {@code bytes} exceeds the bound or a block's largest size
     */
    public void checkRequest(long bytes) {
        if (bytes < 0 || bytes > Integer.MAX_VALUE - ALIGNMENT || bytes > config.maxHeap() - reserveBytes()) {
            throw new OutOfHeapError(bytes, "out of heap: a request of " + bytes
                    + " bytes can never fit the bound of " + config.maxHeap() + " bytes");
        }
    }

    private int allocLarge(int nbytes) {
        long bytes = ((long) nbytes + ALIGNMENT - 1) & -ALIGNMENT;
        checkBound(bytes);
        int slot;
        if (largeFreeSlots != 0) {
            slot = largeFreeSlots - 1;
        } else {
            if (largeTop == large.length) {
                if (largeTop >= 1 << (HANDLE_BITS - 1)) {
                    throw new OutOfHeapError(bytes, "out of heap: too many large blocks");
                }
                large = Arrays.copyOf(large, largeTop * 2);
                largeNextFree = Arrays.copyOf(largeNextFree, largeTop * 2);
            }
            slot = largeTop;
        }
        int[] memory;
        try {
            memory = new int[(int) (bytes / WORD)];
        } catch (OutOfMemoryError e) {
            throw new OutOfHeapError(bytes, "out of heap: the JVM refused " + bytes + " bytes");
        }
        if (slot == largeTop) largeTop++;
        else largeFreeSlots = largeNextFree[slot];
        large[slot] = memory;
        largeBlocks++;
        largeBytes += bytes;
        return ~slot;
    }

    /**
     * Gives a block back. The handle must be one that {@link #alloc} returned and not yet freed.
     */
    public void free(int h) {
        if (debug) debugOnFree(h);
        allocatedBlocks--;
        if (h > 0) freeSmall(h);
        else freeLarge(h);
    }

    // CPython 3.11: Objects/obmalloc.c pymalloc_free()
    private void freeSmall(int h) {
        int pool = h & poolMask;
        int[] a = arenas[h >>> ADDRESS_SHIFT];
        int pw = wordIndex(pool);
        int lastfree = a[pw + POOL_FREEBLOCK];
        a[wordIndex(h)] = lastfree;
        a[pw + POOL_FREEBLOCK] = h;
        int count = --a[pw + POOL_COUNT];
        if (lastfree == 0) {
            // the pool was full: link it at the front of its class's used pools, so the next
            // allocation of that class fills it again
            int size = a[pw + POOL_SZIDX];
            int next = usedpools[size];
            a[pw + POOL_NEXT] = next;
            a[pw + POOL_PREV] = 0;
            if (next != 0) setPoolWord(next, POOL_PREV, pool);
            usedpools[size] = pool;
            if (count != 0) return;
        } else if (count != 0) {
            return;
        }
        // the pool is now empty
        insertToFreepool(a, pw, pool);
    }

    // CPython 3.11: Objects/obmalloc.c insert_to_freepool()
    private void insertToFreepool(int[] a, int pw, int pool) {
        unlinkUsedPool(a, pw, a[pw + POOL_SZIDX]);
        int ao = a[pw + POOL_ARENA];
        a[pw + POOL_NEXT] = freepools[ao];
        freepools[ao] = pool;
        int nf = nfreepools[ao];
        int lastnf = nfp2lasta[nf];
        // if this is the rightmost arena with nf free pools, nfp2lasta[nf] moves left or clears
        if (lastnf == ao) {
            int p = prevArena[ao];
            nfp2lasta[nf] = (p != 0 && nfreepools[p] == nf) ? p : 0;
        }
        nfreepools[ao] = ++nf;

        // Case 1: every pool is free: give the arena back, unless it is the last usable one
        if (nf == ntotalpools[ao] && nextArena[ao] != 0) {
            if (prevArena[ao] == 0) usableArenas = nextArena[ao];
            else nextArena[prevArena[ao]] = nextArena[ao];
            prevArena[nextArena[ao]] = prevArena[ao];
            dropArena(ao);
            return;
        }
        // Case 2: its first free pool: it joins the usable arenas at the head (fewest free)
        if (nf == 1) {
            nextArena[ao] = usableArenas;
            prevArena[ao] = 0;
            if (usableArenas != 0) prevArena[usableArenas] = ao;
            usableArenas = ao;
            if (nfp2lasta[1] == 0) nfp2lasta[1] = ao;
            return;
        }
        if (nfp2lasta[nf] == 0) nfp2lasta[nf] = ao;
        // Case 4: it was the rightmost with nf - 1, so it is still in order
        if (ao == lastnf) return;
        // Case 3: slide it right, to follow the last arena that had nf - 1 free pools
        if (prevArena[ao] != 0) nextArena[prevArena[ao]] = nextArena[ao];
        else usableArenas = nextArena[ao];
        prevArena[nextArena[ao]] = prevArena[ao];
        prevArena[ao] = lastnf;
        nextArena[ao] = nextArena[lastnf];
        if (nextArena[ao] != 0) prevArena[nextArena[ao]] = ao;
        nextArena[lastnf] = ao;
    }

    private void dropArena(int ao) {
        arenas[ao] = null;
        liveUnits[ao] = null;
        nextArena[ao] = unusedArenaObjects;
        prevArena[ao] = 0;
        unusedArenaObjects = ao;
        narenasCurrentlyAllocated--;
    }

    /**
     * Gives back every arena whose pools are all empty, including the one that
     * {@link #free} keeps to avoid thrashing. Returns how many were given back.
     */
    public int releaseEmptyArenas() {
        int released = 0;
        int ao = usableArenas;
        while (ao != 0) {
            int next = nextArena[ao];
            if (nfreepools[ao] == ntotalpools[ao]) {
                // the list is sorted, so wholly free arenas are its tail: unlink from here on
                int nf = nfreepools[ao];
                if (nfp2lasta[nf] == ao) {
                    int p = prevArena[ao];
                    nfp2lasta[nf] = (p != 0 && nfreepools[p] == nf) ? p : 0;
                }
                if (prevArena[ao] == 0) usableArenas = next;
                else nextArena[prevArena[ao]] = next;
                if (next != 0) prevArena[next] = prevArena[ao];
                dropArena(ao);
                released++;
            }
            ao = next;
        }
        return released;
    }

    private void freeLarge(int h) {
        int slot = ~h;
        largeBytes -= (long) large[slot].length * WORD;
        largeBlocks--;
        large[slot] = null;
        largeNextFree[slot] = largeFreeSlots;
        largeFreeSlots = slot + 1;
    }

    /**
     * Resizes a block, keeping its first {@code min(old, new)} bytes, and returns its handle,
     * which may differ from {@code h} (then {@code h} is freed). As CPython's pymalloc_realloc, a
     * small block that still fits and is not shrunk below three quarters stays where it is.
     */
    public int realloc(int h, int nbytes) {
        int oldBytes = blockBytes(h);
        if (h > 0) {
            if (nbytes <= oldBytes && (nbytes << 2) > oldBytes * 3) return h;
        } else if (nbytes > SMALL_REQUEST_THRESHOLD) {
            // a large block is resized in place: its handle stays
            long bytes = ((long) nbytes + ALIGNMENT - 1) & -ALIGNMENT;
            if (bytes > oldBytes) checkBound(bytes - oldBytes);
            int[] memory;
            try {
                memory = Arrays.copyOf(large[~h], (int) (bytes / WORD));
            } catch (OutOfMemoryError e) {
                throw new OutOfHeapError(bytes, "out of heap: the JVM refused " + bytes + " bytes");
            }
            large[~h] = memory;
            largeBytes += bytes - oldBytes;
            return h;
        }
        int fresh = alloc(nbytes);
        copyWords(h, 0, fresh, 0, Math.min(oldBytes, blockBytes(fresh)) / WORD);
        free(h);
        return fresh;
    }

    /** The usable bytes of a block: its size class's size, or a large block's rounded size. */
    public int blockBytes(int h) {
        if (h > 0) return classSize(poolWord(h & poolMask, POOL_SZIDX));
        return large[~h].length * WORD;
    }

    private int blockWords(int h) {
        return blockBytes(h) / WORD;
    }

    // =====================================================================================
    // Access. Word w of block h; the caller keeps w inside the block (checked in debug mode).
    // =====================================================================================

    private int wordIndex(int h) {
        return (h & ADDRESS_MASK) << UNIT_WORD_SHIFT;
    }

    /** The array holding block {@code h}, for loops that hoist the lookup; see {@link #base}. */
    public int[] memory(int h) {
        if (debug) checkAccess(h, 0);
        return h > 0 ? arenas[h >>> ADDRESS_SHIFT] : large[~h];
    }

    /** The index of word 0 of block {@code h} in {@link #memory}{@code (h)}. */
    public int base(int h) {
        return h > 0 ? (h & ADDRESS_MASK) << UNIT_WORD_SHIFT : 0;
    }

    // The accessors below keep the common case (a small block, no debug checks) first and the
    // rest out of line, so that they stay small enough for the JIT to inline at every call site.

    public int getInt(int h, int w) {
        if (h > uncheckedAbove) return arenas[h >>> ADDRESS_SHIFT][((h & ADDRESS_MASK) << UNIT_WORD_SHIFT) + w];
        return getIntSlow(h, w);
    }

    private int getIntSlow(int h, int w) {
        if (debug) checkAccess(h, w);
        return getIntUnchecked(h, w);
    }

    public void setInt(int h, int w, int value) {
        if (h > uncheckedAbove) arenas[h >>> ADDRESS_SHIFT][((h & ADDRESS_MASK) << UNIT_WORD_SHIFT) + w] = value;
        else setIntSlow(h, w, value);
    }

    private void setIntSlow(int h, int w, int value) {
        if (debug) checkAccess(h, w);
        setIntUnchecked(h, w, value);
    }

    /** The long in words w (low half) and w + 1 (high half). */
    public long getLong(int h, int w) {
        if (debug) checkAccess(h, w + 1);
        int[] m = h > 0 ? arenas[h >>> ADDRESS_SHIFT] : large[~h];
        int i = base(h) + w;
        return (m[i] & 0xFFFFFFFFL) | ((long) m[i + 1] << 32);
    }

    public void setLong(int h, int w, long value) {
        if (debug) checkAccess(h, w + 1);
        int[] m = h > 0 ? arenas[h >>> ADDRESS_SHIFT] : large[~h];
        int i = base(h) + w;
        m[i] = (int) value;
        m[i + 1] = (int) (value >>> 32);
    }

    public double getDouble(int h, int w) {
        return Double.longBitsToDouble(getLong(h, w));
    }

    public void setDouble(int h, int w, double value) {
        setLong(h, w, Double.doubleToRawLongBits(value));
    }

    /** Byte {@code b} of block h (little-endian within each word), 0 to 255. */
    public int getByte(int h, int b) {
        return (getInt(h, b >>> 2) >>> ((b & 3) << 3)) & 0xFF;
    }

    public void setByte(int h, int b, int value) {
        int w = b >>> 2;
        int shift = (b & 3) << 3;
        setInt(h, w, (getInt(h, w) & ~(0xFF << shift)) | ((value & 0xFF) << shift));
    }

    /** Copies {@code n} words from block {@code src} to block {@code dst}; overlapping is fine. */
    public void copyWords(int src, int srcWord, int dst, int dstWord, int n) {
        if (n == 0) return;
        if (debug) {
            checkAccess(src, srcWord + n - 1);
            checkAccess(dst, dstWord + n - 1);
        }
        System.arraycopy(memory(src), base(src) + srcWord, memory(dst), base(dst) + dstWord, n);
    }

    /**
     * Copies {@code n} bytes from byte {@code srcByte} of block {@code src} to byte {@code dstByte}
     * of block {@code dst} (CPython's memcpy: the two ranges must not overlap). Whole words move
     * at once where both ranges are aligned alike.
     */
    public void copyBytes(int src, int srcByte, int dst, int dstByte, int n) {
        if (n <= 0) return;
        if (debug) {
            checkAccess(src, (srcByte + n - 1) >>> 2);
            checkAccess(dst, (dstByte + n - 1) >>> 2);
        }
        int[] sm = memory(src), dm = memory(dst);
        int sb = base(src), db = base(dst);
        if (((srcByte ^ dstByte) & 3) == 0) {
            for (; (srcByte & 3) != 0 && n > 0; n--) putByte(dm, db, dstByte++, byteAt(sm, sb, srcByte++));
            int words = n >>> 2;
            System.arraycopy(sm, sb + (srcByte >>> 2), dm, db + (dstByte >>> 2), words);
            srcByte += words << 2;
            dstByte += words << 2;
            n &= 3;
        }
        for (; n > 0; n--) putByte(dm, db, dstByte++, byteAt(sm, sb, srcByte++));
    }

    private static int byteAt(int[] m, int base, int b) {
        return (m[base + (b >>> 2)] >>> ((b & 3) << 3)) & 0xFF;
    }

    private static void putByte(int[] m, int base, int b, int value) {
        int i = base + (b >>> 2), shift = (b & 3) << 3;
        m[i] = (m[i] & ~(0xFF << shift)) | (value << shift);
    }

    /** Sets {@code n} words of block h from word {@code w} on to {@code value}. */
    public void fillWords(int h, int w, int n, int value) {
        if (n == 0) return;
        if (debug) checkAccess(h, w + n - 1);
        int i = base(h) + w;
        Arrays.fill(memory(h), i, i + n, value);
    }

    /** The object's address as {@code id()} shows it: unique among live blocks. */
    public long address(int h) {
        return h > 0 ? (long) h << ALIGNMENT_SHIFT : (1L << 40) + ((long) ~h << ALIGNMENT_SHIFT);
    }

    // =====================================================================================
    // Objects and reference counts
    // =====================================================================================

    public void setDeallocator(Deallocator deallocator) {
        this.deallocator = deallocator;
    }

    /**
     * Allocates an object of {@code nbytes} bytes (header included) with count 1 and the given
     * type; the words after the header are the caller's to initialise. New reference.
     */
    public int newObject(int nbytes, int type) {
        int h = alloc(nbytes);
        initObject(h, type);
        return h;
    }

    /** Makes block h an object of the given type with count 1 (a block reused from a free list). */
    public void initObject(int h, int type) {
        int[] m = h > 0 ? arenas[h >>> ADDRESS_SHIFT] : large[~h];
        int i = base(h);
        m[i + REFCNT] = 1;
        m[i + TYPE] = type;
        refTotal++;
    }

    /** Makes an object immortal: its count starts at IMMORTAL_REFCNT and never reaches zero. */
    public void makeImmortal(int h) {
        int rc = getInt(h, REFCNT);
        setInt(h, REFCNT, IMMORTAL_REFCNT);
        refTotal -= rc;
        immortalObjects++;
    }

    public boolean isImmortal(int h) {
        return getInt(h, REFCNT) >= IMMORTAL_REFCNT >>> 1;
    }

    public int refcount(int h) {
        return getInt(h, REFCNT);
    }

    public int type(int h) {
        return getInt(h, TYPE);
    }

    public void incref(int h) {
        if (h > uncheckedAbove) {
            arenas[h >>> ADDRESS_SHIFT][(h & ADDRESS_MASK) << UNIT_WORD_SHIFT]++;
        } else {
            increfSlow(h);
        }
    }

    private void increfSlow(int h) {
        if (debug) checkRefcount(h, "incref");
        if (h > 0) arenas[h >>> ADDRESS_SHIFT][(h & ADDRESS_MASK) << UNIT_WORD_SHIFT]++;
        else large[~h][REFCNT]++;
        refTotal++;
    }

    /** incref for a handle that may be NULL. */
    public void xincref(int h) {
        if (h != 0) incref(h);
    }

    /** Drops a reference; at zero, the object's deallocator runs (perhaps deferred). */
    public void decref(int h) {
        if (release(h)) dealloc(h);
    }

    /**
     * Drops a reference without running the deallocator: whether it was the last. {@link #decref}
     * is this and the deallocator; the specialized float and int instructions, which know the
     * object's exact type, free it themselves (CPython 3.11: _Py_DECREF_SPECIALIZED).
     */
    public boolean release(int h) {
        if (h > uncheckedAbove) return --arenas[h >>> ADDRESS_SHIFT][(h & ADDRESS_MASK) << UNIT_WORD_SHIFT] == 0;
        return releaseSlow(h);
    }

    private boolean releaseSlow(int h) {
        if (debug) checkRefcount(h, "decref");
        refTotal--;
        int rc;
        if (h > 0) rc = --arenas[h >>> ADDRESS_SHIFT][(h & ADDRESS_MASK) << UNIT_WORD_SHIFT];
        else rc = --large[~h][REFCNT];
        return rc == 0;
    }

    /** decref for a handle that may be NULL. */
    public void xdecref(int h) {
        if (h != 0) decref(h);
    }

    /**
     * Runs the deallocator of a dead object, deferring it when deallocations are nested deeper
     * than TRASHCAN_DEPTH; the outermost one runs the deferred, in last-in first-out order.
     * CPython 3.11: Objects/object.c _PyTrash_thread_deposit_object / _PyTrash_thread_destroy_chain
     */
    public void dealloc(int h) {
        if (deallocDepth >= TRASHCAN_DEPTH) {
            setInt(h, REFCNT, trashDeleteLater);
            trashDeleteLater = h;
            return;
        }
        deallocDepth++;
        try {
            deallocator.dealloc(h);
        } finally {
            deallocDepth--;
        }
        if (deallocDepth == 0) {
            while (trashDeleteLater != 0) {
                int next = trashDeleteLater;
                trashDeleteLater = getInt(next, REFCNT);
                setInt(next, REFCNT, 0);
                deallocDepth++;
                try {
                    deallocator.dealloc(next);
                } finally {
                    deallocDepth--;
                }
            }
        }
    }

    // =====================================================================================
    // Free lists: blocks of dead objects kept for reuse by type, threaded through word 0
    // =====================================================================================

    /**
     * Registers a free list of blocks of {@code blockBytes} bytes keeping at most
     * {@code capacity}; {@code name} is what {@code sys._debugmallocstats()} shows
     * ("free PyFloatObject"). Returns its id.
     */
    public int registerFreeList(String name, int blockBytes, int capacity) {
        return freeLists.register(name, blockBytes, capacity);
    }

    /** A block from free list {@code id}, or 0 when it is empty. Its words are stale. */
    public int freeListPop(int id) {
        int h = freeLists.head[id];
        if (h == 0) return 0;
        freeLists.head[id] = getIntUnchecked(h, 0);
        freeLists.length[id]--;
        if (debug) debugOnAlloc(h);
        return h;
    }

    /** Keeps block h on free list {@code id}, or frees it when the list is full. */
    public void freeListPush(int id, int h) {
        if (freeLists.length[id] >= freeLists.capacity[id]) {
            free(h);
            return;
        }
        if (debug) debugOnFree(h); // a free-listed object is dead: touching it is a use after free
        setIntUnchecked(h, 0, freeLists.head[id]);
        freeLists.head[id] = h;
        freeLists.length[id]++;
    }

    /** Frees every block held by the free lists (CPython does so on a full collection). */
    public void clearFreeLists() {
        for (int id = 0; id < freeLists.count; id++) {
            while (freeLists.head[id] != 0) {
                int h = freeLists.head[id];
                freeLists.head[id] = getIntUnchecked(h, 0);
                freeLists.length[id]--;
                if (debug) debugOnAlloc(h);
                free(h);
            }
        }
    }

    private int getIntUnchecked(int h, int w) {
        return h > 0 ? arenas[h >>> ADDRESS_SHIFT][((h & ADDRESS_MASK) << UNIT_WORD_SHIFT) + w] : large[~h][w];
    }

    private void setIntUnchecked(int h, int w, int value) {
        if (h > 0) arenas[h >>> ADDRESS_SHIFT][((h & ADDRESS_MASK) << UNIT_WORD_SHIFT) + w] = value;
        else large[~h][w] = value;
    }

    static final class FreeLists {
        int count;
        String[] name = new String[8];
        int[] blockBytes = new int[8];
        int[] capacity = new int[8];
        int[] head = new int[8];
        int[] length = new int[8];

        int register(String n, int bytes, int cap) {
            if (count == head.length) {
                name = Arrays.copyOf(name, count * 2);
                blockBytes = Arrays.copyOf(blockBytes, count * 2);
                capacity = Arrays.copyOf(capacity, count * 2);
                head = Arrays.copyOf(head, count * 2);
                length = Arrays.copyOf(length, count * 2);
            }
            name[count] = n;
            blockBytes[count] = bytes;
            capacity[count] = cap;
            return count++;
        }
    }

    public int freeListLength(int id) {
        return freeLists.length[id];
    }

    // =====================================================================================
    // Debug mode: a bit per unit marks where live blocks start; freed blocks are poisoned
    // =====================================================================================

    private void debugOnAlloc(int h) {
        if (h > 0) {
            long[] bits = liveUnits[h >>> ADDRESS_SHIFT];
            int u = h & ADDRESS_MASK;
            if ((bits[u >>> 6] & (1L << u)) != 0) {
                throw new HeapCorruptionError("block " + describe(h) + " handed out twice");
            }
            bits[u >>> 6] |= 1L << u;
        }
        int w = base(h);
        int[] m = h > 0 ? arenas[h >>> ADDRESS_SHIFT] : large[~h];
        Arrays.fill(m, w, w + blockWords(h), CLEAN_WORD);
    }

    private void debugOnFree(int h) {
        if (!isLive(h)) {
            throw new HeapCorruptionError("free of " + describe(h) + ", which is not a live block"
                    + " (double free, or a handle the heap never gave)");
        }
        if (h > 0) {
            int u = h & ADDRESS_MASK;
            liveUnits[h >>> ADDRESS_SHIFT][u >>> 6] &= ~(1L << u);
            int w = base(h);
            Arrays.fill(arenas[h >>> ADDRESS_SHIFT], w + 1, w + blockWords(h), DEAD_WORD);
        }
    }

    /** Whether h names a block that is allocated now (debug mode: exactly; else: plausibly). */
    public boolean isLive(int h) {
        if (h == 0) return false;
        if (h < 0) return ~h < largeTop && large[~h] != null;
        int slot = h >>> ADDRESS_SHIFT;
        if (slot >= arenaSlots || arenas[slot] == null) return false;
        if (!debug) return true;
        int u = h & ADDRESS_MASK;
        return (liveUnits[slot][u >>> 6] & (1L << u)) != 0;
    }

    private void checkAccess(int h, int w) {
        if (!isLive(h)) {
            throw new HeapCorruptionError("access to " + describe(h) + ", which is not a live block"
                    + " (use after free?)");
        }
        if (w < 0 || w >= blockWords(h)) {
            throw new HeapCorruptionError("word " + w + " is outside " + describe(h) + " of "
                    + blockBytes(h) + " bytes");
        }
    }

    private void checkRefcount(int h, String op) {
        checkAccess(h, REFCNT);
        int rc = getIntUnchecked(h, REFCNT);
        if (rc <= 0) {
            throw new HeapCorruptionError(op + " of " + describe(h) + " whose count is " + rc);
        }
    }

    private String describe(int h) {
        return h >= 0 ? "block 0x" + Integer.toHexString(h) : "large block " + ~h;
    }

    // =====================================================================================
    // Statistics
    // =====================================================================================

    /** Blocks handed out and not freed, small and large, free-listed included. */
    public long allocatedBlocks() {
        return allocatedBlocks;
    }

    /** References held to objects other than the immortals' own starting counts; 0 when the heap does not count them. */
    public long refTotal() {
        return countRefs ? refTotal : 0;
    }

    public long immortalObjects() {
        return immortalObjects;
    }

    public int arenasAllocated() {
        return narenasCurrentlyAllocated;
    }

    public long arenasAllocatedTotal() {
        return ntimesArenaAllocated;
    }

    public int arenasHighwater() {
        return narenasHighwater;
    }

    public long largeBlocks() {
        return largeBlocks;
    }

    public long largeBytes() {
        return largeBytes;
    }

    /** Bytes the heap holds from the JVM: its arenas and its large blocks. */
    public long heldBytes() {
        return (long) narenasCurrentlyAllocated * config.arenaSize() + largeBytes;
    }

    /** Per size class: pools in use, blocks in use, blocks available; as obmalloc counts them. */
    public record ClassStats(int sizeClass, int size, long pools, long blocks, long available) {}

    /** The figures of {@code sys._debugmallocstats()}. */
    public record Stats(List<ClassStats> classes, long arenasAllocatedTotal, long arenasReclaimed,
                        int arenasHighwater, int arenasCurrent, int arenaSize, int poolSize,
                        long allocatedBytes, long availableBytes, long unusedPools,
                        long poolHeaderBytes, long quantization, long largeBlocks, long largeBytes,
                        List<String> freeListNames, List<Integer> freeListLengths,
                        List<Integer> freeListBlockBytes) {}

    // CPython 3.11: Objects/obmalloc.c _PyObject_DebugMallocStats()
    public Stats stats() {
        long[] numpools = new long[NB_SMALL_SIZE_CLASSES];
        long[] numblocks = new long[NB_SMALL_SIZE_CLASSES];
        long[] numfree = new long[NB_SMALL_SIZE_CLASSES];
        long unusedPools = 0;
        for (int ao = 1; ao < arenaSlots; ao++) {
            if (arenas[ao] == null) continue;
            unusedPools += nfreepools[ao];
            for (int pool = ao << ADDRESS_SHIFT; pool < poolAddress[ao]; pool += poolUnits) {
                int count = poolWord(pool, POOL_COUNT);
                if (count == 0) continue;
                int sz = poolWord(pool, POOL_SZIDX);
                numpools[sz]++;
                numblocks[sz] += count;
                numfree[sz] += blocksPerPool(sz) - count;
            }
        }
        List<ClassStats> classes = new ArrayList<>();
        long allocatedBytes = 0, availableBytes = 0, headerBytes = 0, quantization = 0;
        for (int i = 0; i < NB_SMALL_SIZE_CLASSES; i++) {
            if (numpools[i] == 0) continue;
            int size = classSize(i);
            classes.add(new ClassStats(i, size, numpools[i], numblocks[i], numfree[i]));
            allocatedBytes += numblocks[i] * size;
            availableBytes += numfree[i] * size;
            headerBytes += numpools[i] * POOL_OVERHEAD;
            quantization += numpools[i] * ((config.poolSize() - POOL_OVERHEAD) % size);
        }
        List<String> names = new ArrayList<>();
        List<Integer> lengths = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        for (int id = 0; id < freeLists.count; id++) {
            names.add(freeLists.name[id]);
            lengths.add(freeLists.length[id]);
            sizes.add(freeLists.blockBytes[id]);
        }
        return new Stats(classes, ntimesArenaAllocated, ntimesArenaAllocated - narenasCurrentlyAllocated,
                narenasHighwater, narenasCurrentlyAllocated, config.arenaSize(), config.poolSize(),
                allocatedBytes, availableBytes, unusedPools, headerBytes, quantization,
                largeBlocks, largeBytes, names, lengths, sizes);
    }

    /** Blocks a pool of size class {@code sz} holds. CPython: NUMBLOCKS. */
    int blocksPerPool(int sz) {
        return (config.poolSize() - POOL_OVERHEAD) / classSize(sz);
    }

    // =====================================================================================
    // Invariants
    // =====================================================================================

    /**
     * Checks every structure of the allocator and throws {@link HeapCorruptionError} on the first
     * broken invariant: each pool on exactly the list its state says, each free list inside its
     * pool, without cycles, and as long as its pool's free count says; the usable arenas sorted
     * by free pools with nfp2lasta right; every count adding up. Costs a walk of the whole heap.
     */
    public void checkInvariants() {
        long smallBlocks = 0;
        int liveArenas = 0;
        boolean[] onUsable = new boolean[arenaSlots];
        // the usable arenas: sorted, linked both ways, exactly those with a free pool
        int prev = 0;
        for (int ao = usableArenas; ao != 0; ao = nextArena[ao]) {
            require(arenas[ao] != null, "usable arena " + ao + " has no memory");
            require(!onUsable[ao], "usable arena list has a cycle at " + ao);
            onUsable[ao] = true;
            require(prevArena[ao] == prev, "arena " + ao + " prev link is " + prevArena[ao] + ", not " + prev);
            require(nfreepools[ao] > 0, "usable arena " + ao + " has no free pool");
            if (prev != 0) {
                require(nfreepools[prev] <= nfreepools[ao], "usable arenas out of order at " + ao);
            }
            int next = nextArena[ao];
            boolean lastOfItsCount = next == 0 || nfreepools[next] != nfreepools[ao];
            require((nfp2lasta[nfreepools[ao]] == ao) == lastOfItsCount,
                    "nfp2lasta[" + nfreepools[ao] + "] is " + nfp2lasta[nfreepools[ao]] + " at arena " + ao);
            prev = ao;
        }
        for (int n = 0; n <= poolsPerArena; n++) {
            int ao = nfp2lasta[n];
            require(ao == 0 || (onUsable[ao] && nfreepools[ao] == n), "nfp2lasta[" + n + "] is stale: " + ao);
        }
        // the used pools lists
        int[] onUsed = new int[NB_SMALL_SIZE_CLASSES];
        java.util.HashSet<Integer> usedSet = new java.util.HashSet<>();
        for (int sz = 0; sz < NB_SMALL_SIZE_CLASSES; sz++) {
            int p = 0;
            for (int pool = usedpools[sz]; pool != 0; pool = poolWord(pool, POOL_NEXT)) {
                require(usedSet.add(pool), "pool 0x" + Integer.toHexString(pool) + " is twice in the used lists");
                require(poolWord(pool, POOL_PREV) == p, "used pool 0x" + Integer.toHexString(pool) + " prev link");
                require(poolWord(pool, POOL_SZIDX) == sz, "used pool 0x" + Integer.toHexString(pool)
                        + " of class " + poolWord(pool, POOL_SZIDX) + " in list " + sz);
                onUsed[sz]++;
                p = pool;
            }
        }
        for (int ao = 1; ao < arenaSlots; ao++) {
            if (arenas[ao] == null) {
                require(!onUsable[ao], "arena slot " + ao + " without memory is usable");
                continue;
            }
            liveArenas++;
            require(onUsable[ao] == (nfreepools[ao] > 0), "arena " + ao + " with " + nfreepools[ao]
                    + " free pools is " + (onUsable[ao] ? "" : "not ") + "in the usable list");
            int base = ao << ADDRESS_SHIFT;
            int carved = (poolAddress[ao] - base) / poolUnits;
            require(carved >= 0 && carved <= ntotalpools[ao], "arena " + ao + " carved " + carved + " pools");
            // the arena's empty pools
            java.util.HashSet<Integer> empty = new java.util.HashSet<>();
            for (int pool = freepools[ao]; pool != 0; pool = poolWord(pool, POOL_NEXT)) {
                require(pool >= base && pool < poolAddress[ao], "free pool outside arena " + ao);
                require(empty.add(pool), "free pool list of arena " + ao + " has a cycle");
                require(poolWord(pool, POOL_COUNT) == 0, "free pool 0x" + Integer.toHexString(pool) + " has blocks in use");
            }
            require(nfreepools[ao] == empty.size() + ntotalpools[ao] - carved,
                    "arena " + ao + " counts " + nfreepools[ao] + " free pools, has " + (empty.size() + ntotalpools[ao] - carved));
            for (int pool = base; pool < poolAddress[ao]; pool += poolUnits) {
                int count = poolWord(pool, POOL_COUNT);
                require(poolWord(pool, POOL_ARENA) == ao, "pool 0x" + Integer.toHexString(pool) + " names arena "
                        + poolWord(pool, POOL_ARENA));
                if (count == 0) {
                    require(empty.contains(pool), "empty pool 0x" + Integer.toHexString(pool) + " is not a free pool");
                    continue;
                }
                int sz = poolWord(pool, POOL_SZIDX);
                require(sz >= 0 && sz < NB_SMALL_SIZE_CLASSES, "pool 0x" + Integer.toHexString(pool) + " class " + sz);
                int blockUnits = classSize(sz) / ALIGNMENT;
                int nextoffset = poolWord(pool, POOL_NEXTOFFSET);
                int carvedBlocks = (nextoffset - POOL_OVERHEAD_UNITS) / blockUnits;
                // the free list: inside the carved part, on block boundaries, no cycle
                int free = 0;
                java.util.HashSet<Integer> seen = new java.util.HashSet<>();
                for (int b = poolWord(pool, POOL_FREEBLOCK); b != 0; b = getIntUnchecked(b, 0)) {
                    int off = b - pool - POOL_OVERHEAD_UNITS;
                    require(off >= 0 && off % blockUnits == 0 && b - pool < nextoffset,
                            "free block 0x" + Integer.toHexString(b) + " misplaced in pool 0x" + Integer.toHexString(pool));
                    require(seen.add(b), "free list of pool 0x" + Integer.toHexString(pool) + " has a cycle");
                    if (debug) require(!isLive(b), "free block 0x" + Integer.toHexString(b) + " is marked live");
                    free++;
                }
                require(count + free == carvedBlocks, "pool 0x" + Integer.toHexString(pool) + ": " + count
                        + " in use + " + free + " free != " + carvedBlocks + " carved");
                boolean full = count == blocksPerPool(sz);
                require(full == (free == 0 && nextoffset > poolWord(pool, POOL_MAXNEXTOFFSET)),
                        "pool 0x" + Integer.toHexString(pool) + " full state disagrees with its free list");
                require(usedSet.contains(pool) == !full, "pool 0x" + Integer.toHexString(pool)
                        + (full ? " is full but in a used list" : " is used but in no used list"));
                smallBlocks += count;
            }
        }
        require(liveArenas == narenasCurrentlyAllocated, liveArenas + " arenas, counted " + narenasCurrentlyAllocated);
        long large = 0;
        long bytes = 0;
        for (int i = 0; i < largeTop; i++) {
            if (this.large[i] != null) {
                large++;
                bytes += (long) this.large[i].length * WORD;
            }
        }
        require(large == largeBlocks && bytes == largeBytes, "large blocks " + large + "/" + bytes
                + " counted " + largeBlocks + "/" + largeBytes);
        require(smallBlocks + large == allocatedBlocks, (smallBlocks + large) + " blocks in use, counted "
                + allocatedBlocks);
        for (int id = 0; id < freeLists.count; id++) {
            int n = 0;
            for (int h = freeLists.head[id]; h != 0; h = getIntUnchecked(h, 0)) {
                require(++n <= freeLists.length[id], "free list " + freeLists.name[id] + " is longer than counted");
            }
            require(n == freeLists.length[id], "free list " + freeLists.name[id] + " is shorter than counted");
        }
    }

    private static void require(boolean ok, String what) {
        if (!ok) throw new HeapCorruptionError("heap invariant broken: " + what);
    }
}
