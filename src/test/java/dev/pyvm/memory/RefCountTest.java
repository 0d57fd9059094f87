package dev.pyvm.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Reference counting over a toy object model: an object is {@code [refcnt, type, n, child...]}
 * and its deallocator drops its children, last first (as CPython's list_dealloc), then frees it.
 */
class RefCountTest {

    private final Heap heap = new Heap(HeapConfig.defaults().withRefCounting(true));
    private final List<Integer> deathOrder = new ArrayList<>();

    RefCountTest() {
        heap.setDeallocator(h -> {
            deathOrder.add(heap.getInt(h, Heap.TYPE));
            int n = heap.getInt(h, 2);
            for (int i = n - 1; i >= 0; i--) heap.decref(heap.getInt(h, 3 + i));
            heap.free(h);
        });
    }

    /** A new object tagged {@code tag} owning the given (stolen) references. */
    private int node(int tag, int... children) {
        int h = heap.newObject((3 + children.length) * Heap.WORD, tag);
        heap.setInt(h, 2, children.length);
        for (int i = 0; i < children.length; i++) heap.setInt(h, 3 + i, children[i]);
        return h;
    }

    @Test
    @DisplayName("an object dies the moment its last reference goes, children last-first")
    void deathAtZero() {
        int a = node(1), b = node(2);
        int parent = node(3, a, b);
        heap.incref(a);
        assertEquals(2, heap.refcount(a));
        heap.decref(parent);
        assertEquals(List.of(3, 2), deathOrder, "a is still referenced");
        assertEquals(1, heap.refcount(a));
        heap.decref(a);
        assertEquals(List.of(3, 2, 1), deathOrder);
        assertEquals(0, heap.allocatedBlocks());
        assertEquals(0, heap.refTotal());
    }

    @Test
    @DisplayName("a chain of a million nested objects dies without recursing on the Java stack")
    void millionLongChainDies() {
        int chain = node(0);
        for (int i = 1; i <= 1_000_000; i++) chain = node(i, chain);
        assertEquals(1_000_001, heap.allocatedBlocks());
        heap.decref(chain);
        assertEquals(0, heap.allocatedBlocks());
        assertEquals(1_000_001, deathOrder.size());
        assertEquals(1_000_000, deathOrder.get(0));
        heap.checkInvariants();
    }

    @Test
    @DisplayName("within the trashcan depth, deaths follow CPython's depth-first order")
    void shallowOrderIsDepthFirst() {
        int tree = node(1, node(2, node(3), node(4)), node(5, node(6)));
        heap.decref(tree);
        // children are dropped last first, each subtree completely before the next
        assertEquals(List.of(1, 5, 6, 2, 4, 3), deathOrder);
    }

    @Test
    @DisplayName("immortal objects never die and do not count in refTotal")
    void immortals() {
        int none = node(99);
        heap.makeImmortal(none);
        assertTrue(heap.isImmortal(none));
        assertEquals(0, heap.refTotal());
        for (int i = 0; i < 10; i++) heap.decref(none);
        assertEquals(List.of(), deathOrder);
        assertEquals(1, heap.immortalObjects());
        assertEquals(-10, heap.refTotal());
    }

    @Test
    @DisplayName("free lists keep blocks up to their capacity, and clearing gives them back")
    void freeLists() {
        int floats = heap.registerFreeList("free PyFloatObject", 16, 2);
        int a = heap.alloc(16), b = heap.alloc(16), c = heap.alloc(16);
        heap.freeListPush(floats, a);
        heap.freeListPush(floats, b);
        heap.freeListPush(floats, c); // over capacity: freed
        assertEquals(2, heap.freeListLength(floats));
        assertEquals(2, heap.allocatedBlocks(), "free-listed blocks stay allocated, as in CPython");
        assertEquals(b, heap.freeListPop(floats));
        heap.freeListPush(floats, b);
        heap.checkInvariants();
        heap.clearFreeLists();
        assertEquals(0, heap.freeListLength(floats));
        assertEquals(0, heap.freeListPop(floats));
        assertEquals(0, heap.allocatedBlocks());
        heap.checkInvariants();
    }
}
