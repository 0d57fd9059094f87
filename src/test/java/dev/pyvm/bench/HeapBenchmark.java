package dev.pyvm.bench;

import dev.pyvm.memory.Heap;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Allocate/free throughput of the heap: operations are one allocation plus one free.
 * Run with {@code testprograms/bench/jmh HeapBenchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class HeapBenchmark {
    private static final int WINDOW = 4096;

    /** Request size in bytes: a float-sized object, a mid-size one, the largest small one. */
    @Param({"16", "64", "512"})
    int size;

    Heap heap;
    int[] live;
    int cursor;
    int[] mixedSizes;

    @Setup(Level.Trial)
    public void setUp() {
        heap = new Heap();
        live = new int[WINDOW];
        for (int i = 0; i < WINDOW; i++) live[i] = heap.alloc(size);
        mixedSizes = new int[WINDOW];
        java.util.Random random = new java.util.Random(42);
        for (int i = 0; i < WINDOW; i++) mixedSizes[i] = 1 + random.nextInt(512);
    }

    /** LIFO: free then allocate the same size at once (the common churn of temporaries). */
    @Benchmark
    public int allocFreeLifo() {
        int h = heap.alloc(size);
        heap.free(h);
        return h;
    }

    /** FIFO over a window of 4096 live blocks: each step frees the oldest and allocates anew. */
    @Benchmark
    public int allocFreeWindow() {
        int i = cursor;
        heap.free(live[i]);
        int h = heap.alloc(size);
        live[i] = h;
        cursor = (i + 1) & (WINDOW - 1);
        return h;
    }

    /** A window of blocks of random sizes across all small classes. */
    @Benchmark
    public int allocFreeMixedSizes() {
        int i = cursor;
        heap.free(live[i]);
        int h = heap.alloc(mixedSizes[i]);
        live[i] = h;
        cursor = (i + 1) & (WINDOW - 1);
        return h;
    }

    /** newObject + incref + decref to zero through the deallocator. */
    @Benchmark
    public int objectLifecycle() {
        if (cursor == 0) {
            heap.setDeallocator(heap::free);
            cursor = 1;
        }
        int h = heap.newObject(size, 0);
        heap.incref(h);
        heap.decref(h);
        heap.decref(h);
        return h;
    }
}
