package dev.pyvm.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.Transformer;

/**
 * The allocator against a model: random sequences of allocate, free and resize, with the
 * live blocks and their sizes kept beside the heap. After every action {@code checkInvariants()}
 * holds and every live block still holds the stamp written into all of its words (so no two live
 * blocks overlap and none was handed out twice). At the end everything is freed and the heap
 * returns to zero arenas. Shrinking yields a minimal failing sequence.
 */
class HeapProperties {

    /** The heap under test and the model of what is live. */
    static final class Model {
        final Heap heap;
        final List<int[]> live = new ArrayList<>(); // {handle, requested bytes, stamp}
        int nextStamp = 1;
        int failedAllocations;

        Model(HeapConfig config) {
            heap = new Heap(config);
        }

        void alloc(int nbytes) {
            long before = heap.allocatedBlocks();
            int h;
            try {
                h = heap.alloc(nbytes);
            } catch (OutOfHeapError e) {
                assertEquals(before, heap.allocatedBlocks(), "a failed allocation changed the heap");
                failedAllocations++;
                return;
            }
            assertTrue(heap.blockBytes(h) >= nbytes, "block smaller than requested");
            int stamp = nextStamp++;
            stamp(h, nbytes, stamp);
            live.add(new int[] {h, nbytes, stamp});
        }

        void free(int index) {
            int[] block = live.remove(index);
            heap.free(block[0]);
        }

        void realloc(int index, int nbytes) {
            int[] block = live.get(index);
            int h;
            try {
                h = heap.realloc(block[0], nbytes);
            } catch (OutOfHeapError e) {
                failedAllocations++;
                return; // the old block is untouched
            }
            int kept = Math.min(block[1], nbytes) / Heap.WORD;
            for (int w = 0; w < kept; w++) {
                assertEquals(block[2], heap.getInt(h, w), "realloc lost word " + w);
            }
            int stamp = nextStamp++;
            stamp(h, nbytes, stamp);
            live.set(index, new int[] {h, nbytes, stamp});
        }

        private void stamp(int h, int nbytes, int stamp) {
            for (int w = 0; w < (nbytes + Heap.WORD - 1) / Heap.WORD; w++) heap.setInt(h, w, stamp);
        }

        void check() {
            heap.checkInvariants();
            assertEquals(live.size(), heap.allocatedBlocks());
            for (int[] block : live) {
                for (int w = 0; w < (block[1] + Heap.WORD - 1) / Heap.WORD; w++) {
                    assertEquals(block[2], heap.getInt(block[0], w), "block overwritten: another block overlaps it");
                }
            }
            assertTrue(heap.heldBytes() <= heap.config().maxHeap(), "heap exceeds its bound");
        }

        void freeAllAndDrain() {
            while (!live.isEmpty()) free(live.size() - 1);
            heap.checkInvariants();
            assertEquals(0, heap.allocatedBlocks());
            assertTrue(heap.arenasAllocated() <= 1, "only the last empty arena may be kept");
            heap.releaseEmptyArenas();
            assertEquals(0, heap.arenasAllocated(), "every arena given back once everything is freed");
            assertEquals(0, heap.largeBlocks());
            assertEquals(0, heap.heldBytes());
            heap.checkInvariants();
        }

        @Override
        public String toString() {
            return live.size() + " live blocks, " + heap.arenasAllocated() + " arenas";
        }
    }

    @Property
    void allocatorMatchesModel(@ForAll("chains") ActionChain<Model> chain) {
        Model end = chain.withInvariant("heap", Model::check).run();
        end.freeAllAndDrain();
    }

    @Provide
    Arbitrary<ActionChain<Model>> chains() {
        Arbitrary<HeapConfig> configs = Arbitraries.of(
                new HeapConfig(4 << 10, 2 << 10, Long.MAX_VALUE, false, false),
                new HeapConfig(16 << 10, 2 << 10, Long.MAX_VALUE, true, false),
                new HeapConfig(64 << 10, 4 << 10, Long.MAX_VALUE, false, true), // counting references: every incref and decref on the slow path
                new HeapConfig(16 << 10, 4 << 10, 48 << 10, true, false),   // tight bound: allocations fail
                new HeapConfig(1 << 20, 16 << 10, Long.MAX_VALUE, false, false));
        return configs.flatMap(config -> ActionChain.<Model>startWith(() -> new Model(config))
                .withAction(6, new Alloc())
                .withAction(4, new Free())
                .withAction(2, new Realloc())
                .withAction(1, new FreeMany())
                .withAction(1, new AllocMany())
                .withMaxTransformations(300));
    }

    /** Sizes across every class, the threshold's edges, and large blocks. */
    static Arbitrary<Integer> sizes() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, Arbitraries.integers().between(1, 512)),
                net.jqwik.api.Tuple.of(2, Arbitraries.of(1, 16, 17, 496, 511, 512, 513)),
                net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(513, 9000)));
    }

    static final class Alloc implements Action.Independent<Model> {
        @Override
        public Arbitrary<Transformer<Model>> transformer() {
            return sizes().map(n -> Transformer.mutate("alloc " + n, m -> m.alloc(n)));
        }
    }

    static final class Free implements Action.Dependent<Model> {
        @Override
        public boolean precondition(Model m) {
            return !m.live.isEmpty();
        }

        @Override
        public Arbitrary<Transformer<Model>> transformer(Model m) {
            return Arbitraries.integers().between(0, m.live.size() - 1)
                    .map(i -> Transformer.mutate("free #" + i, s -> s.free(i)));
        }
    }

    static final class Realloc implements Action.Dependent<Model> {
        @Override
        public boolean precondition(Model m) {
            return !m.live.isEmpty();
        }

        @Override
        public Arbitrary<Transformer<Model>> transformer(Model m) {
            return Arbitraries.integers().between(0, m.live.size() - 1).flatMap(i -> sizes()
                    .map(n -> Transformer.mutate("realloc #" + i + " to " + n, s -> s.realloc(i, n))));
        }
    }

    /** Allocates a burst of one size, so that pools fill up and more arenas are needed. */
    static final class AllocMany implements Action.Independent<Model> {
        @Override
        public Arbitrary<Transformer<Model>> transformer() {
            return sizes().flatMap(n -> Arbitraries.integers().between(2, 300).map(k -> Transformer.mutate(
                    "alloc " + k + " x " + n, m -> {
                        for (int i = 0; i < k; i++) m.alloc(n);
                    })));
        }
    }

    /** Frees a run of blocks at once, so that pools and arenas empty and arenas are given back. */
    static final class FreeMany implements Action.Dependent<Model> {
        @Override
        public boolean precondition(Model m) {
            return m.live.size() > 4;
        }

        @Override
        public Arbitrary<Transformer<Model>> transformer(Model m) {
            return Arbitraries.integers().between(0, m.live.size() - 1).map(from -> Transformer.mutate(
                    "free every other from #" + from, s -> {
                        for (int i = s.live.size() - 1; i >= from; i -= 2) s.free(i);
                    }));
        }
    }
}
