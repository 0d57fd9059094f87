package dev.pyvm.modules;

import dev.pyvm.gc.Collector;
import dev.pyvm.memory.Heap;
import dev.pyvm.objects.ArgParser;
import dev.pyvm.objects.ObjectSpace;
import dev.pyvm.objects.PyException;
import java.io.PrintStream;
import java.math.BigInteger;

/**
 * {@code gc}: the cycle collector as the program sees it. CPython 3.11: Modules/gcmodule.c (its
 * Argument Clinic signatures and messages). {@code gc.garbage} and {@code gc.callbacks} belong to
 * the space, as CPython's to the interpreter: importing the module again gives the same lists.
 */
final class GcModule {
    private GcModule() {}

    static int create(ObjectSpace space, SysConfig config) {
        Heap heap = space.heap;
        Collector gc = space.gc;
        ModuleBuilder m = new ModuleBuilder(space, "gc");

        m.function("enable", (self, args, start, nargs, kwnames) -> {
            Args.none(space, "gc.enable", nargs, kwnames);
            gc.setEnabled(true);
            return space.newNone();
        });
        m.function("disable", (self, args, start, nargs, kwnames) -> {
            Args.none(space, "gc.disable", nargs, kwnames);
            gc.setEnabled(false);
            return space.newNone();
        });
        m.function("isenabled", (self, args, start, nargs, kwnames) -> {
            Args.none(space, "gc.isenabled", nargs, kwnames);
            return space.newBool(gc.isEnabled());
        });
        m.function("collect", (self, args, start, nargs, kwnames) -> {
            int[] a = ArgParser.clinic(space, "collect", new String[] {"generation"}, 0, 0, 1, args, start, nargs, kwnames);
            int generation = a[0] == 0 ? Collector.NUM_GENERATIONS - 1 : cInt(space, a[0]);
            if (generation < 0 || generation >= Collector.NUM_GENERATIONS) {
                throw space.valueError("invalid generation");
            }
            // collectWithCallback does nothing (0) when a collection is already running
            return space.newInt(gc.collectWithCallback(generation));
        });
        m.function("get_count", (self, args, start, nargs, kwnames) -> {
            Args.none(space, "gc.get_count", nargs, kwnames);
            return intTuple(space, gc.counts());
        });
        m.function("get_threshold", (self, args, start, nargs, kwnames) -> {
            Args.none(space, "gc.get_threshold", nargs, kwnames);
            return intTuple(space, gc.thresholds());
        });
        m.function("set_threshold", (self, args, start, nargs, kwnames) -> {
            // METH_VARARGS with PyArg_ParseTuple "i|ii:set_threshold": each threshold is stored
            // as soon as it is converted, so a bad later one leaves the earlier ones set
            if (Args.keywords(space, kwnames) > 0) throw space.typeError("set_threshold() takes no keyword arguments");
            if (nargs < 1) throw space.typeError("set_threshold() takes at least 1 argument (" + nargs + " given)");
            if (nargs > 3) throw space.typeError("set_threshold() takes at most 3 arguments (" + nargs + " given)");
            for (int i = 0; i < nargs; i++) gc.setThreshold(i, parseTupleInt(space, args[start + i]));
            return space.newNone();
        });
        m.function("get_stats", (self, args, start, nargs, kwnames) -> {
            Args.none(space, "gc.get_stats", nargs, kwnames);
            long[][] stats = new long[Collector.NUM_GENERATIONS][];
            for (int g = 0; g < stats.length; g++) stats[g] = gc.stats(g); // a snapshot, as CPython's
            int list = space.listSlots.newList(stats.length);
            for (long[] st : stats) {
                space.listSlots.appendSteal(list, infoDict(space, new String[] {"collections", "collected", "uncollectable"},
                        st));
            }
            return list;
        });
        m.function("set_debug", (self, args, start, nargs, kwnames) -> {
            gc.setDebug(cInt(space, Args.one(space, "gc.set_debug", args, start, nargs, kwnames)));
            return space.newNone();
        });
        m.function("get_debug", (self, args, start, nargs, kwnames) -> {
            Args.none(space, "gc.get_debug", nargs, kwnames);
            return space.newInt(gc.debug());
        });
        m.function("get_objects", (self, args, start, nargs, kwnames) -> {
            int[] a = ArgParser.clinic(space, "get_objects", new String[] {"generation"}, 0, 0, 1, args, start, nargs,
                    kwnames);
            long generation = a[0] == 0 || a[0] == space.none ? -1 : optionalSsize(space, a[0]);
            if (generation >= Collector.NUM_GENERATIONS) {
                throw space.valueError("generation parameter must be less than the number of available generations ("
                        + Collector.NUM_GENERATIONS + ")");
            }
            if (generation < -1) throw space.valueError("generation parameter cannot be negative");
            int result = space.listSlots.newList(0);
            for (int h : gc.objects((int) generation)) {
                if (h != result) space.listSlots.append(result, h);
            }
            return result;
        });
        m.function("get_referrers", (self, args, start, nargs, kwnames) -> {
            if (Args.keywords(space, kwnames) > 0) throw space.typeError("get_referrers() takes no keyword arguments");
            int result = space.listSlots.newList(0);
            boolean[] found = new boolean[1];
            for (int h : gc.objects(-1)) {
                if (h == result) continue;
                found[0] = false;
                space.traverse(h, r -> {
                    for (int i = 0; i < nargs; i++) if (args[start + i] == r) found[0] = true;
                });
                if (found[0]) space.listSlots.append(result, h);
            }
            return result;
        });
        m.function("get_referents", (self, args, start, nargs, kwnames) -> {
            if (Args.keywords(space, kwnames) > 0) throw space.typeError("get_referents() takes no keyword arguments");
            int result = space.listSlots.newList(0);
            for (int i = 0; i < nargs; i++) {
                int obj = args[start + i];
                if (space.isContainer(obj)) space.traverse(obj, r -> space.listSlots.append(result, r));
            }
            return result;
        });
        m.function("is_tracked", (self, args, start, nargs, kwnames) -> {
            int obj = Args.one(space, "gc.is_tracked", args, start, nargs, kwnames);
            return space.newBool(space.isTracked(obj));
        });
        m.function("is_finalized", (self, args, start, nargs, kwnames) -> {
            int obj = Args.one(space, "gc.is_finalized", args, start, nargs, kwnames);
            return space.newBool(space.isContainer(obj) && space.finalized(obj));
        });
        m.function("freeze", (self, args, start, nargs, kwnames) -> {
            Args.none(space, "gc.freeze", nargs, kwnames);
            gc.freeze();
            return space.newNone();
        });
        m.function("unfreeze", (self, args, start, nargs, kwnames) -> {
            Args.none(space, "gc.unfreeze", nargs, kwnames);
            gc.unfreeze();
            return space.newNone();
        });
        m.function("get_freeze_count", (self, args, start, nargs, kwnames) -> {
            Args.none(space, "gc.get_freeze_count", nargs, kwnames);
            return space.newInt(gc.freezeCount());
        });

        int garbage = space.garbage();
        heap.incref(garbage);
        m.value("garbage", garbage);
        int callbacks = space.gcCallbacks();
        heap.incref(callbacks);
        m.value("callbacks", callbacks);
        m.value("DEBUG_STATS", space.newInt(Collector.DEBUG_STATS));
        m.value("DEBUG_COLLECTABLE", space.newInt(Collector.DEBUG_COLLECTABLE));
        m.value("DEBUG_UNCOLLECTABLE", space.newInt(Collector.DEBUG_UNCOLLECTABLE));
        m.value("DEBUG_SAVEALL", space.newInt(Collector.DEBUG_SAVEALL));
        m.value("DEBUG_LEAK", space.newInt(Collector.DEBUG_LEAK));

        space.setGcHooks(new Hooks(space, config.stdout(), config.stderr()));
        return m.module();
    }

    /**
     * gc.callbacks and the DEBUG_STATS lines (PySys_WriteStderr), around every collection.
     * CPython 3.11: invoke_gc_callback().
     */
    private record Hooks(ObjectSpace space, PrintStream out, PrintStream err) implements ObjectSpace.GcHooks {
        @Override
        public void callbacks(String phase, int generation, long collected, long uncollectable) {
            Heap heap = space.heap;
            int callbacks = space.gcCallbacks();
            if (space.listSlots.size(callbacks) == 0) return;
            // one info dict for all the callbacks of a phase; the list may change as they run
            int info = infoDict(space, new String[] {"generation", "collected", "uncollectable"},
                    new long[] {generation, collected, uncollectable});
            int phaseStr = space.newStr(phase);
            try {
                for (int i = 0; i < space.listSlots.size(callbacks); i++) {
                    int cb = space.listSlots.item(callbacks, i);
                    heap.incref(cb);
                    try {
                        heap.decref(space.call(cb, phaseStr, info));
                    } catch (PyException e) {
                        out.flush();
                        space.writeUnraisable(e.exception(), cb);
                        heap.decref(e.exception());
                    } finally {
                        heap.decref(cb);
                    }
                }
            } finally {
                heap.decref(phaseStr);
                heap.decref(info);
            }
        }

        @Override
        public void debugLine(String line) {
            out.flush();
            err.println(line);
            err.flush();
        }
    }

    /** A dict of ints with str keys, in the order given. */
    private static int infoDict(ObjectSpace space, String[] keys, long[] values) {
        int d = space.dictSlots.newDict();
        for (int i = 0; i < keys.length; i++) {
            int k = space.newStr(keys[i]);
            int v = space.newInt(values[i]);
            space.dictSlots.put(d, k, v);
            space.heap.decref(k);
            space.heap.decref(v);
        }
        return d;
    }

    private static int intTuple(ObjectSpace space, int[] values) {
        int[] items = new int[values.length];
        for (int i = 0; i < values.length; i++) items[i] = space.newInt(values[i]);
        return space.newTuple(items);
    }

    /** Argument Clinic's int (CPython: _PyLong_AsInt). */
    private static int cInt(ObjectSpace space, int h) {
        BigInteger v = Args.bigIndex(space, h);
        if (v.bitLength() > 31) throw space.error(space.exceptions.overflowError, "Python int too large to convert to C int");
        return v.intValue();
    }

    /** PyArg_ParseTuple's "i": PyLong_AsLong, then the range of a C int. */
    private static int parseTupleInt(ObjectSpace space, int h) {
        BigInteger v = Args.bigIndex(space, h);
        if (v.bitLength() > 63) throw space.error(space.exceptions.overflowError, "Python int too large to convert to C long");
        long l = v.longValue();
        if (l > Integer.MAX_VALUE) throw space.error(space.exceptions.overflowError, "signed integer is greater than maximum");
        if (l < Integer.MIN_VALUE) throw space.error(space.exceptions.overflowError, "signed integer is less than minimum");
        return (int) l;
    }

    /** Argument Clinic's Py_ssize_t accepting None (CPython: _Py_convert_optional_to_ssize_t). */
    private static long optionalSsize(ObjectSpace space, int h) {
        boolean index = space.intSlots.check(h) || space.lookupType(space.typeOf(h), space.ids.__index__) != 0;
        if (!index) {
            throw space.typeError("argument should be integer or None, not '" + space.typeName(space.typeOf(h)) + "'");
        }
        BigInteger v = Args.bigIndex(space, h);
        if (v.bitLength() > 63) {
            throw space.error(space.exceptions.overflowError, "cannot fit 'int' into an index-sized integer");
        }
        return v.longValue();
    }
}
