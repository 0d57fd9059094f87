package dev.pyvm.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HeapTest {

    private static final HeapConfig SMALL = new HeapConfig(16 << 10, 4 << 10, 1 << 30, false, false);

    @ParameterizedTest(name = "{0} bytes")
    @ValueSource(ints = {0, 1, 15, 16, 17, 32, 100, 511, 512})
    @DisplayName("a small request gets a block of its 16-byte size class")
    void smallRequestsRoundUpToTheirClass(int nbytes) {
        Heap heap = new Heap();
        int h = heap.alloc(nbytes);
        assertTrue(h > 0);
        assertEquals(Math.max(16, (nbytes + 15) / 16 * 16), heap.blockBytes(h));
        heap.checkInvariants();
    }

    @Test
    @DisplayName("blocks of one class come from one pool, one after the other")
    void blocksOfAClassShareAPool() {
        Heap heap = new Heap();
        int a = heap.alloc(32), b = heap.alloc(32), c = heap.alloc(32);
        assertEquals(2, b - a, "32-byte blocks are two units apart");
        assertEquals(2, c - b);
        int d = heap.alloc(48);
        assertNotEquals(a >> 10, d >> 10, "another class takes another pool");
        heap.checkInvariants();
    }

    @Test
    @DisplayName("a freed block is the next one handed out (LIFO free list through the blocks)")
    void freedBlockIsReusedFirst() {
        Heap heap = new Heap();
        int a = heap.alloc(64);
        int b = heap.alloc(64);
        heap.free(a);
        assertEquals(a, heap.alloc(64));
        heap.free(b);
        heap.checkInvariants();
    }

    @Test
    @DisplayName("pools go used -> full -> used -> empty, and the arena comes back when all are empty")
    void poolStateTransitions() {
        Heap heap = new Heap(SMALL);
        int perPool = heap.blocksPerPool(Heap.sizeClass(256));
        List<Integer> blocks = new ArrayList<>();
        for (int i = 0; i < perPool; i++) blocks.add(heap.alloc(256));
        heap.checkInvariants(); // the pool is full: in no used list
        assertEquals(1, heap.stats().classes().get(0).pools());
        assertEquals(0, heap.stats().classes().get(0).available());
        heap.free(blocks.remove(0)); // full -> used
        heap.checkInvariants();
        assertEquals(1, heap.stats().classes().get(0).available());
        for (int h : blocks) heap.free(h); // used -> empty
        heap.checkInvariants();
        assertEquals(List.of(), heap.stats().classes());
        assertEquals(0, heap.allocatedBlocks());
        assertEquals(1, heap.arenasAllocated(), "the last empty arena is kept against thrashing");
        assertEquals(1, heap.releaseEmptyArenas());
        assertEquals(0, heap.arenasAllocated());
        heap.checkInvariants();
    }

    @Test
    @DisplayName("an arena whose pools are all empty is given back while another arena is usable")
    void emptyArenaIsGivenBack() {
        Heap heap = new Heap(SMALL);
        int poolsPerArena = SMALL.arenaSize() / SMALL.poolSize();
        int perPool = heap.blocksPerPool(Heap.sizeClass(512));
        List<Integer> first = new ArrayList<>();
        for (int i = 0; i < poolsPerArena * perPool; i++) first.add(heap.alloc(512));
        assertEquals(1, heap.arenasAllocated());
        int other = heap.alloc(512); // needs a second arena
        assertEquals(2, heap.arenasAllocated());
        for (int h : first) heap.free(h);
        heap.checkInvariants();
        assertEquals(1, heap.arenasAllocated(), "the drained arena was dropped");
        assertEquals(2, heap.stats().arenasAllocatedTotal());
        assertEquals(1, heap.stats().arenasReclaimed());
        assertEquals(2, heap.arenasHighwater());
        heap.free(other);
        heap.checkInvariants();
    }

    @Test
    @DisplayName("allocation prefers the fullest arena, so that the emptier ones drain")
    void allocationPrefersTheFullestArena() {
        Heap heap = new Heap(SMALL);
        int poolsPerArena = SMALL.arenaSize() / SMALL.poolSize();
        int perPool = heap.blocksPerPool(Heap.sizeClass(512));
        // fill two arenas, one pool of 512-byte blocks after another
        List<Integer> blocks = new ArrayList<>();
        for (int i = 0; i < 2 * poolsPerArena * perPool; i++) blocks.add(heap.alloc(512));
        int arenaA = blocks.get(0), arenaB = blocks.get(blocks.size() - 1);
        int shift = Integer.numberOfTrailingZeros(SMALL.arenaSize() / Heap.ALIGNMENT);
        assertNotEquals(arenaA >>> shift, arenaB >>> shift);
        // empty one pool in A and two pools in B: A is now the fuller one
        for (int i = 0; i < perPool; i++) heap.free(blocks.get(i));
        for (int i = 0; i < 2 * perPool; i++) heap.free(blocks.get(blocks.size() - 1 - i));
        heap.checkInvariants();
        int fresh = heap.alloc(16);
        assertEquals(arenaA >>> shift, fresh >>> shift, "the new pool comes from the fuller arena");
        heap.checkInvariants();
    }

    @Test
    @DisplayName("requests over 512 bytes take the large path, counted and given back")
    void largeBlocks() {
        Heap heap = new Heap();
        int h = heap.alloc(513);
        assertTrue(h < 0);
        assertEquals(528, heap.blockBytes(h));
        assertEquals(1, heap.largeBlocks());
        assertEquals(528, heap.largeBytes());
        heap.setInt(h, 131, 7);
        assertEquals(7, heap.getInt(h, 131));
        heap.free(h);
        assertEquals(0, heap.largeBlocks());
        assertEquals(0, heap.allocatedBlocks());
        heap.checkInvariants();
    }

    @Test
    @DisplayName("realloc keeps the contents, staying in place when it still fits")
    void reallocKeepsContents() {
        Heap heap = new Heap();
        int h = heap.alloc(64);
        for (int w = 0; w < 16; w++) heap.setInt(h, w, w * 31);
        assertEquals(h, heap.realloc(h, 60), "shrinking by less than a quarter stays");
        int bigger = heap.realloc(h, 1000);
        assertTrue(bigger < 0);
        for (int w = 0; w < 16; w++) assertEquals(w * 31, heap.getInt(bigger, w));
        int evenBigger = heap.realloc(bigger, 5000);
        assertEquals(bigger, evenBigger, "a large block grows in place");
        for (int w = 0; w < 16; w++) assertEquals(w * 31, heap.getInt(evenBigger, w));
        int back = heap.realloc(evenBigger, 64);
        assertTrue(back > 0);
        for (int w = 0; w < 16; w++) assertEquals(w * 31, heap.getInt(back, w));
        heap.free(back);
        assertEquals(0, heap.allocatedBlocks());
        heap.checkInvariants();
    }

    @Test
    @DisplayName("words, longs, doubles and bytes read back as written")
    void accessors() {
        Heap heap = new Heap();
        int h = heap.alloc(32);
        heap.setLong(h, 2, 0x1234_5678_9abc_def0L);
        assertEquals(0x1234_5678_9abc_def0L, heap.getLong(h, 2));
        heap.setDouble(h, 4, -0.1);
        assertEquals(-0.1, heap.getDouble(h, 4));
        heap.setInt(h, 0, 0);
        heap.setByte(h, 1, 0xAB);
        heap.setByte(h, 3, 0x7F);
        assertEquals(0xAB, heap.getByte(h, 1));
        assertEquals(0x7F00AB00, heap.getInt(h, 0));
        heap.free(h);
    }

    @Test
    @DisplayName("past -X maxheap, allocation throws and leaves the heap as it was")
    void boundedHeap() {
        Heap heap = new Heap(SMALL.withMaxHeap(2 * SMALL.arenaSize()));
        List<Integer> blocks = new ArrayList<>();
        OutOfHeapError error = null;
        try {
            while (true) blocks.add(heap.alloc(400));
        } catch (OutOfHeapError e) {
            error = e;
        }
        // the first refusal comes with the reserve (an arena, at most a quarter of the bound) held
        // back; it releases the reserve, which the next requests use up to the bound itself
        assertEquals(1, heap.arenasAllocated());
        assertTrue(error.getMessage().contains("bound"), error.getMessage());
        try {
            while (true) blocks.add(heap.alloc(400));
        } catch (OutOfHeapError e) {
            error = e;
        }
        assertEquals(2, heap.arenasAllocated());
        long before = heap.allocatedBlocks();
        assertThrows(OutOfHeapError.class, () -> heap.alloc(100_000));
        assertEquals(before, heap.allocatedBlocks());
        heap.checkInvariants();
        heap.free(blocks.remove(0)); // a freed block is usable again
        blocks.add(heap.alloc(400));
        for (int h : blocks) heap.free(h);
        heap.checkInvariants();
        assertEquals(0, heap.allocatedBlocks());
    }

    @Test
    @DisplayName("no block is handed out twice while live")
    void handlesAreUnique() {
        Heap heap = new Heap(SMALL);
        Set<Integer> live = new HashSet<>();
        for (int i = 0; i < 5000; i++) assertTrue(live.add(heap.alloc(1 + (i * 37) % 700)));
        heap.checkInvariants();
        for (int h : live) heap.free(h);
        heap.releaseEmptyArenas();
        assertEquals(0, heap.arenasAllocated());
        heap.checkInvariants();
    }

    @Test
    @DisplayName("handles stay within HANDLE_BITS whatever the geometry")
    void handleRange() {
        for (int arena : new int[] {4 << 10, 1 << 20, HeapConfig.MAX_ARENA_SIZE}) {
            Heap heap = new Heap(new HeapConfig(arena, 2 << 10, Long.MAX_VALUE, false, false));
            int h = heap.alloc(16);
            assertTrue(Math.abs((long) h) < 1L << (Heap.HANDLE_BITS - 1));
            heap.free(h);
        }
    }

    @Test
    @DisplayName("geometry is validated: powers of two, two pools per arena at least")
    void geometryIsValidated() {
        assertThrows(IllegalArgumentException.class, () -> new HeapConfig(1 << 20, 3000, 1 << 30, false, false));
        assertThrows(IllegalArgumentException.class, () -> new HeapConfig(16 << 10, 16 << 10, 1 << 30, false, false));
        assertThrows(IllegalArgumentException.class, () -> new HeapConfig(1 << 20, 1 << 10, 1 << 30, false, false));
        assertThrows(IllegalArgumentException.class, () -> new HeapConfig(1 << 20, 16 << 10, 0, false, false));
    }
}
