package dev.pyvm.modules;

import static dev.pyvm.modules.PyvmRunner.run;
import static dev.pyvm.modules.PyvmRunner.same;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** {@code time}: clocks that move as they should, sleep, and CPython's errors. */
class TimeModuleTest {

    @Test
    @DisplayName("the clocks: wall time is now, the counters are monotonic and sleep waits")
    void clocks() {
        long before = System.currentTimeMillis();
        String out = run("""
                import time
                t = time.time()
                print(t)
                print(time.time_ns())
                p = time.perf_counter()
                m = time.monotonic()
                time.sleep(0.02)
                time.sleep(0)
                print(time.perf_counter() - p >= 0.02, time.monotonic() - m >= 0.02)
                print(time.perf_counter_ns() > 0, time.monotonic_ns() > 0, time.process_time() >= 0, time.process_time_ns() >= 0)
                """);
        long after = System.currentTimeMillis();
        String[] lines = out.split("\n");
        double t = Double.parseDouble(lines[0]);
        assertTrue(t * 1000 >= before - 1 && t * 1000 <= after + 1, out);
        long ns = Long.parseLong(lines[1]);
        assertTrue(ns / 1_000_000 >= before - 1 && ns / 1_000_000 <= after + 1, out);
        assertEquals("True True", lines[2]);
        assertEquals("True True True True", lines[3]);
    }

    @Test
    @DisplayName("sleep's and the clocks' errors as CPython")
    void errors() {
        same("""
                import time
                def attempt(f, *args):
                    try:
                        print(f(*args))
                    except ValueError as e:
                        print("ValueError", e)
                    except TypeError as e:
                        print("TypeError", e)
                    except OverflowError as e:
                        print("OverflowError", e)
                attempt(time.sleep, -1)
                attempt(time.sleep, -0.5)
                attempt(time.sleep, 'a')
                attempt(time.sleep)
                attempt(time.sleep, float('nan') if False else 0.0)
                attempt(time.sleep, 1e300)
                attempt(time.sleep, 10**30)
                attempt(time.time, 1)
                attempt(time.perf_counter, 1)
                print(time.sleep, time.time)
                """);
    }
}
