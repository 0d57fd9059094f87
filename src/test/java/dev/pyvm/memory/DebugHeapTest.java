package dev.pyvm.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The debug switch catches misuse of the heap at the point where it happens. */
class DebugHeapTest {

    private final Heap heap = new Heap(HeapConfig.defaults().withDebug(true));

    @Test
    @DisplayName("a fresh block is filled with CLEAN_WORD, a freed one with DEAD_WORD")
    void poisoning() {
        int h = heap.alloc(32);
        assertEquals(Heap.CLEAN_WORD, heap.getInt(h, 5));
        heap.free(h);
        int again = heap.alloc(32); // same block: reused first
        assertEquals(h, again);
        assertEquals(Heap.CLEAN_WORD, heap.getInt(again, 1));
        heap.free(again);
    }

    @Test
    @DisplayName("a double free is caught")
    void doubleFree() {
        int h = heap.alloc(48);
        heap.free(h);
        HeapCorruptionError e = assertThrows(HeapCorruptionError.class, () -> heap.free(h));
        assertTrue(e.getMessage().contains("double free"), e.getMessage());
    }

    @Test
    @DisplayName("a read or write after free is caught")
    void useAfterFree() {
        int h = heap.alloc(48);
        heap.free(h);
        assertThrows(HeapCorruptionError.class, () -> heap.getInt(h, 1));
        assertThrows(HeapCorruptionError.class, () -> heap.setInt(h, 1, 5));
        int big = heap.alloc(4096);
        heap.free(big);
        assertThrows(HeapCorruptionError.class, () -> heap.getInt(big, 0));
    }

    @Test
    @DisplayName("a word past the block's end is caught")
    void outOfBounds() {
        int h = heap.alloc(20); // a 32-byte block: words 0..7
        heap.setInt(h, 7, 1);
        assertThrows(HeapCorruptionError.class, () -> heap.setInt(h, 8, 1));
        assertThrows(HeapCorruptionError.class, () -> heap.getLong(h, 7));
        heap.free(h);
    }

    @Test
    @DisplayName("a handle into the middle of a block is not a block")
    void interiorHandle() {
        int h = heap.alloc(64);
        assertThrows(HeapCorruptionError.class, () -> heap.getInt(h + 1, 0));
        assertThrows(HeapCorruptionError.class, () -> heap.free(h + 1));
        heap.free(h);
    }

    @Test
    @DisplayName("decref of a dead object and incref from zero are caught")
    void refcountMisuse() {
        heap.setDeallocator(heap::free);
        int h = heap.newObject(16, 0);
        heap.decref(h); // dies and is freed
        assertThrows(HeapCorruptionError.class, () -> heap.decref(h));
        int g = heap.newObject(16, 0);
        heap.setInt(g, Heap.REFCNT, 0);
        assertThrows(HeapCorruptionError.class, () -> heap.incref(g));
    }

    @Test
    @DisplayName("an object on a free list counts as dead")
    void freeListedBlockIsDead() {
        int list = heap.registerFreeList("free PyFloatObject", 16, 4);
        int h = heap.alloc(16);
        heap.freeListPush(list, h);
        assertThrows(HeapCorruptionError.class, () -> heap.getInt(h, 1));
        assertEquals(h, heap.freeListPop(list));
        heap.setInt(h, 1, 3); // live again
        heap.free(h);
        heap.checkInvariants();
    }
}
