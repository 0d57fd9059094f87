package dev.pyvm.bench;

import dev.pyvm.memory.HeapConfig;
import dev.pyvm.objects.ObjectSpace;
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
 * The pause of a young collection against the size of the old generation: each operation
 * makes 100 young containers (lists in a cycle, half of them garbage) and collects generation 0.
 * A generational collector's young pause must not grow with {@code oldObjects}.
 * Run with {@code testprograms/bench/jmh GcBenchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class GcBenchmark {
    private static final int YOUNG = 100;

    /** Live containers in the oldest generation. */
    @Param({"0", "10000", "100000", "1000000"})
    int oldObjects;

    ObjectSpace space;
    int keep; // a list holding the young survivors, replaced each operation

    @Setup(Level.Trial)
    public void setUp() {
        space = new ObjectSpace(HeapConfig.defaults());
        space.gc.setEnabled(false); // only the collections this benchmark asks for
        int old = space.listSlots.newList(0);
        for (int i = 0; i < oldObjects; i++) space.listSlots.appendSteal(old, space.listSlots.newList(0));
        space.gc.collectWithCallback(2); // everything alive is now in the oldest generation
        keep = space.listSlots.newList(0);
    }

    @Benchmark
    public long youngCollection() {
        int survivors = space.listSlots.newList(0);
        for (int i = 0; i < YOUNG / 2; i++) {
            int a = space.listSlots.newList(0), b = space.listSlots.newList(0);
            space.listSlots.append(a, b);
            space.listSlots.append(b, a);      // a cycle: a <-> b
            if (i % 2 == 0) space.listSlots.append(survivors, a);
            space.heap.decref(a);
            space.heap.decref(b);
        }
        space.heap.decref(keep);
        keep = survivors;
        return space.gc.collectWithCallback(0);
    }
}
