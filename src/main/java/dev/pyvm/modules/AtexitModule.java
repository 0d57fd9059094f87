package dev.pyvm.modules;

import dev.pyvm.memory.Heap;
import dev.pyvm.objects.ObjectSpace;
import dev.pyvm.objects.PyException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code atexit}: functions to call when the interpreter ends, last registered first. The
 * registrations hold references to the function and its arguments (as CPython's interpreter
 * state does) until they run at teardown, before the final collections. CPython 3.11:
 * Modules/atexitmodule.c.
 */
final class AtexitModule {
    /** One registration: the function, the tuple of its arguments, the dict of its keywords (or 0). */
    private record Callback(int func, int args, int kwargs) {}

    private final ObjectSpace space;
    private final Heap heap;
    private final List<Callback> callbacks = new ArrayList<>();

    AtexitModule(ObjectSpace space) {
        this.space = space;
        this.heap = space.heap;
    }

    int create() {
        ModuleBuilder m = new ModuleBuilder(space, "atexit");
        // atexit_register(): register(func, *args, **kwargs) returns func
        m.function("register", (self, args, start, nargs, kwnames) -> {
            int nkw = Args.keywords(space, kwnames);
            int npos = nargs - nkw;
            if (npos < 1) throw space.typeError("register() takes at least 1 argument (" + npos + " given)");
            int func = args[start];
            if (!space.slotsOf(func).isCallable(func)) throw space.typeError("the first argument must be callable");
            int tuple = space.newTupleOfSize(npos - 1);
            for (int i = 1; i < npos; i++) {
                heap.incref(args[start + i]);
                space.tupleSlots.initItem(tuple, i - 1, args[start + i]);
            }
            int kw = 0;
            if (nkw > 0) {
                kw = space.dictSlots.newDict();
                for (int k = 0; k < nkw; k++) space.dictSlots.put(kw, space.tupleSlots.item(kwnames, k), args[start + npos + k]);
            }
            heap.incref(func);
            callbacks.add(new Callback(func, tuple, kw));
            heap.incref(func);
            return func;
        });
        // atexit_unregister(): every registration of a function equal to func goes
        m.function("unregister", (self, args, start, nargs, kwnames) -> {
            int func = Args.one(space, "atexit.unregister", args, start, nargs, kwnames);
            for (int i = 0; i < callbacks.size(); i++) {
                Callback cb = callbacks.get(i);
                if (cb == null || !space.eq(cb.func(), func)) continue;
                callbacks.set(i, null);
                release(cb);
            }
            return space.newNone();
        });
        m.function("_run_exitfuncs", (self, args, start, nargs, kwnames) -> {
            Args.none(space, "atexit._run_exitfuncs", nargs, kwnames);
            runAll();
            return space.newNone();
        });
        m.function("_clear", (self, args, start, nargs, kwnames) -> {
            Args.none(space, "atexit._clear", nargs, kwnames);
            clear();
            return space.newNone();
        });
        m.function("_ncallbacks", (self, args, start, nargs, kwnames) -> {
            Args.none(space, "atexit._ncallbacks", nargs, kwnames);
            return space.newInt(callbacks.stream().filter(c -> c != null).count());
        });
        return m.module();
    }

    private void release(Callback cb) {
        heap.decref(cb.func());
        heap.decref(cb.args());
        heap.xdecref(cb.kwargs());
    }

    /** CPython 3.11: atexit_callfuncs(): last registered first; an exception is reported and the next one runs. */
    void runAll() {
        for (int i = callbacks.size() - 1; i >= 0; i--) {
            if (i >= callbacks.size()) continue; // a callback cleared the list
            Callback cb = callbacks.get(i);
            if (cb == null) continue;
            // a callback may unregister itself: what the call uses is held for it
            heap.incref(cb.func());
            heap.incref(cb.args());
            if (cb.kwargs() != 0) heap.incref(cb.kwargs());
            try {
                invoke(cb);
            } catch (PyException e) {
                space.writeUnraisable(e.exception(), "Exception ignored in atexit callback", cb.func());
                heap.decref(e.exception());
            } finally {
                release(cb);
            }
        }
        clear();
    }

    private void invoke(Callback cb) {
        List<Integer> values = new ArrayList<>(), keys = new ArrayList<>();
        int n = space.tupleSlots.size(cb.args());
        for (int i = 0; i < n; i++) values.add(space.tupleSlots.item(cb.args(), i));
        if (cb.kwargs() != 0) {
            space.dictSlots.forEach(cb.kwargs(), (k, v) -> {
                keys.add(k);
                values.add(v);
            });
        }
        int kwnames = 0;
        if (!keys.isEmpty()) {
            kwnames = space.newTupleOfSize(keys.size());
            for (int i = 0; i < keys.size(); i++) {
                heap.incref(keys.get(i));
                space.tupleSlots.initItem(kwnames, i, keys.get(i));
            }
        }
        try {
            int[] argv = values.stream().mapToInt(Integer::intValue).toArray();
            heap.decref(space.call(cb.func(), argv, 0, argv.length, kwnames));
        } finally {
            if (kwnames != 0) heap.decref(kwnames);
        }
    }

    /** Drops every registration. */
    void clear() {
        List<Callback> old = new ArrayList<>(callbacks);
        callbacks.clear();
        for (Callback cb : old) if (cb != null) release(cb);
    }
}
