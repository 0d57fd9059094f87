package dev.pyvm.modules;

import dev.pyvm.objects.ObjectSpace;
import dev.pyvm.vm.Interpreter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigInteger;

/** {@code time}: clocks and sleep. CPython 3.11: Modules/timemodule.c. */
final class TimeModule {
    private TimeModule() {}

    /** A clock in nanoseconds. */
    @FunctionalInterface
    private interface Clock {
        long nanos();
    }

    static int create(Interpreter interp) {
        ObjectSpace space = interp.space;
        ModuleBuilder m = new ModuleBuilder(space, "time");
        long monotonicOrigin = System.nanoTime();
        Clock wall = () -> {
            java.time.Instant now = java.time.Instant.now();
            return now.getEpochSecond() * 1_000_000_000L + now.getNano();
        };
        Clock monotonic = () -> System.nanoTime() - monotonicOrigin;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        // pyvm runs the program on one thread: its CPU time is the process time CPython means
        Clock process = threads.isCurrentThreadCpuTimeSupported() ? threads::getCurrentThreadCpuTime : monotonic;
        clock(space, m, "time", wall);
        clock(space, m, "perf_counter", monotonic);
        clock(space, m, "monotonic", monotonic);
        clock(space, m, "process_time", process);
        clock(space, m, "thread_time", process);
        m.function("sleep", (self, args, start, nargs, kwnames) -> {
            int arg = Args.one(space, "time.sleep", args, start, nargs, kwnames);
            interp.sleep(sleepNanos(space, arg));
            return space.newNone();
        });
        return m.module();
    }

    /** {@code name()} in seconds as a float, and {@code name_ns()} in nanoseconds as an int. */
    private static void clock(ObjectSpace space, ModuleBuilder m, String name, Clock clock) {
        m.function(name, (self, args, start, nargs, kwnames) -> {
            Args.none(space, "time." + name, nargs, kwnames);
            return space.newFloat(clock.nanos() / 1e9);
        });
        m.function(name + "_ns", (self, args, start, nargs, kwnames) -> {
            Args.none(space, "time." + name + "_ns", nargs, kwnames);
            return space.newInt(clock.nanos());
        });
    }

    // CPython 3.11: Python/pytime.c _PyTime_FromSecondsObject and Modules/timemodule.c time_sleep
    private static long sleepNanos(ObjectSpace space, int arg) {
        long nanos;
        if (space.floatSlots.check(arg)) {
            double d = space.floatSlots.value(arg);
            if (Double.isNaN(d)) throw space.valueError("Invalid value NaN (not a number)");
            double ns = d * 1e9;
            if (!(Math.abs(ns) < 0x1p63)) {
                throw space.error(space.exceptions.overflowError, "timestamp out of range for platform time_t");
            }
            nanos = (long) Math.ceil(ns); // _PyTime_ROUND_TIMEOUT rounds towards +inf
        } else {
            BigInteger seconds = Args.bigIndex(space, arg);
            BigInteger ns = seconds.multiply(BigInteger.valueOf(1_000_000_000L));
            if (ns.bitLength() > 63) {
                throw space.error(space.exceptions.overflowError, "timestamp too large to convert to C _PyTime_t");
            }
            nanos = ns.longValue();
        }
        if (nanos < 0) throw space.valueError("sleep length must be non-negative");
        return nanos;
    }
}
