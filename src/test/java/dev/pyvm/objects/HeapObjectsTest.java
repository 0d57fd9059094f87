package dev.pyvm.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pyvm.memory.HeapConfig;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.AfterEach;

/**
 * What the tests of the object layer share: a debug heap (use after free and double free are
 * caught), a caller for built-in functions and types (there is no VM here), short ways to make
 * values and call methods, and the leak check after each test.
 */
abstract class HeapObjectsTest {

    protected final ObjectSpace space = new ObjectSpace(HeapConfig.defaults().withDebug(true));

    HeapObjectsTest() {
        space.setCaller((callable, args, start, nargs, kwnames) -> {
            int t = space.typeOf(callable);
            if (t == space.builtinFunctionSlots.type()) {
                return space.builtinFunctionSlots.call(callable, args, start, nargs, kwnames);
            }
            if (t == space.typeSlots.type()) {
                return space.slotsOfType(callable).construct(callable, args, start, nargs, kwnames);
            }
            throw space.typeError("'" + space.typeName(t) + "' object is not callable");
        });
    }

    @AfterEach
    void nothingLeaks() {
        space.heap.clearFreeLists();
        assertEquals(0, space.liveMortalBlocks(), "blocks leaked");
        space.heap.checkInvariants();
    }

    // ---- values: new references ----

    int i(long v) {
        return space.newInt(v);
    }

    int s(String v) {
        return space.newStr(v);
    }

    /** A list of the given (stolen) items. */
    int list(int... items) {
        return space.newList(items);
    }

    int ints(long... values) {
        int l = space.listSlots.newList(values.length);
        for (long v : values) space.listSlots.appendSteal(l, i(v));
        return l;
    }

    int tuple(int... items) {
        return space.newTuple(items);
    }

    int none() {
        return space.newNone();
    }

    /** {@code T(args...)} for a type (args borrowed). */
    int construct(TypeSlots type, int... args) {
        return type.construct(type.type(), args, 0, args.length, 0);
    }

    /** A built-in function with a Java body, as a key function for instance. */
    int function(String name, BuiltinCode code) {
        int index = space.builtinFunctionSlots.define(name, 0, code);
        return space.builtinFunctionSlots.newFunction(index, 0);
    }

    /** {@code obj.name(args...)} (args borrowed): a new reference. */
    int call(int obj, String name, int... args) {
        return callKw(obj, name, args, new String[0], new int[0]);
    }

    /** {@code obj.name(*positional, **dict(zip(names, values)))} (all borrowed). */
    int callKw(int obj, String name, int[] positional, String[] names, int[] values) {
        int f = space.getAttr(obj, space.intern(name));
        int[] args = new int[positional.length + values.length];
        System.arraycopy(positional, 0, args, 0, positional.length);
        System.arraycopy(values, 0, args, positional.length, values.length);
        int kwnames = 0;
        if (names.length > 0) {
            int[] strs = new int[names.length];
            for (int k = 0; k < names.length; k++) {
                strs[k] = space.intern(names[k]);
                space.heap.incref(strs[k]);
            }
            kwnames = space.newTuple(strs);
        }
        try {
            return space.call(f, args, 0, args.length, kwnames);
        } finally {
            space.heap.decref(f);
            if (kwnames != 0) space.heap.decref(kwnames);
        }
    }

    void drop(int... handles) {
        for (int h : handles) space.heap.decref(h);
    }

    /** repr(h), dropping h. */
    String reprOf(int h) {
        try {
            return space.repr(h);
        } finally {
            space.heap.decref(h);
        }
    }

    /** What CPython's test scripts print for an outcome: the repr, or {@code Type: message}. */
    String outcome(IntSupplier body) {
        try {
            return reprOf(body.getAsInt());
        } catch (PyException e) {
            return message(e);
        }
    }

    String message(PyException e) {
        int exc = e.exception();
        try {
            return space.typeName(space.typeOf(exc)) + ": " + space.str(exc);
        } finally {
            space.heap.decref(exc);
        }
    }

    /** The Python helper that prints outcomes the way {@link #outcome} does. */
    static final String PY_OUTCOME = """
            def t(f):
                try:
                    print(repr(f()))
                except Exception as e:
                    print(type(e).__name__ + ":", e)
            """;
}
