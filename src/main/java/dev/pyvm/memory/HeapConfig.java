package dev.pyvm.memory;

/**
 * The allocator's geometry and bound, fixed for a heap's life.
 *
 * @param arenaSize bytes per arena; a power of two, at least two pools (so that an arena whose
 *                  last pool empties was on the usable list before, as obmalloc assumes)
 * @param poolSize  bytes per pool; a power of two, large enough for two blocks of the largest
 *                  size class after the pool header
 * @param maxHeap   bound on the bytes the heap holds (arenas plus large blocks); past it an
 *                  allocation throws {@link OutOfHeapError}
 * @param debug     poison freed blocks and check every handle on access (catches use after
 *                  free, double free, writes past a block's end where they happen)
 * @param countRefs count every reference taken and dropped ({@link Heap#refTotal}, the refs
 *                  figure of {@code -X showrefcount}); as CPython's Py_REF_DEBUG it costs time:
 *                  every incref and decref then takes the accessors' slow path
 */
public record HeapConfig(int arenaSize, int poolSize, long maxHeap, boolean debug, boolean countRefs) {

    /** CPython 3.11: ARENA_SIZE is 1 MiB (with mmap). */
    public static final int DEFAULT_ARENA_SIZE = 1 << 20;
    /** CPython 3.11: POOL_SIZE is 16 KiB. */
    public static final int DEFAULT_POOL_SIZE = 16 << 10;
    /** The largest arena: its units fit the low bits of a handle (Heap.ADDRESS_SHIFT). CPython's own size. */
    public static final int MAX_ARENA_SIZE = Heap.ALIGNMENT << Heap.ADDRESS_SHIFT;
    /** The smallest pool that holds two blocks of the largest size class after its header. */
    public static final int MIN_POOL_SIZE = 2 << 10;

    public HeapConfig {
        if (Integer.bitCount(poolSize) != 1 || poolSize < MIN_POOL_SIZE) {
            throw new IllegalArgumentException("pool size must be a power of two of at least "
                    + MIN_POOL_SIZE + " bytes, not " + poolSize);
        }
        if (Integer.bitCount(arenaSize) != 1 || arenaSize < 2 * poolSize || arenaSize > MAX_ARENA_SIZE) {
            throw new IllegalArgumentException("arena size must be a power of two between two pools ("
                    + 2 * poolSize + ") and " + MAX_ARENA_SIZE + " bytes, not " + arenaSize);
        }
        if (maxHeap <= 0) {
            throw new IllegalArgumentException("heap bound must be positive, not " + maxHeap);
        }
    }

    /** CPython's geometry, bounded by three quarters of what the JVM may hold. */
    public static HeapConfig defaults() {
        return new HeapConfig(DEFAULT_ARENA_SIZE, DEFAULT_POOL_SIZE, defaultMaxHeap(), false, false);
    }

    /** Three quarters of the JVM's own bound, so that the heap says MemoryError before the JVM fails. */
    public static long defaultMaxHeap() {
        return Runtime.getRuntime().maxMemory() / 4 * 3;
    }

    public HeapConfig withArenaSize(int bytes) {
        return new HeapConfig(bytes, poolSize, maxHeap, debug, countRefs);
    }

    public HeapConfig withPoolSize(int bytes) {
        return new HeapConfig(arenaSize, bytes, maxHeap, debug, countRefs);
    }

    public HeapConfig withMaxHeap(long bytes) {
        return new HeapConfig(arenaSize, poolSize, bytes, debug, countRefs);
    }

    public HeapConfig withDebug(boolean on) {
        return new HeapConfig(arenaSize, poolSize, maxHeap, on, countRefs);
    }

    public HeapConfig withRefCounting(boolean on) {
        return new HeapConfig(arenaSize, poolSize, maxHeap, debug, on);
    }
}
