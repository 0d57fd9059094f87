package dev.pyvm.objects;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;

/**
 * Helpers of the text and builtins tests: Java values as heap objects and as Python literals,
 * calls of methods and builtins without a VM, and outcomes printed the same way as the python3
 * side of a differential test prints them ({@link #PY_OUTCOME}).
 */
public final class TextTesting {
    private final ObjectSpace space;

    /** The Python function the oracle scripts print each result with. */
    public static final String PY_OUTCOME = """
            def outcome(f):
                try:
                    return repr(f())
                except BaseException as e:
                    return type(e).__name__ + ': ' + str(e)
            """;

    public TextTesting(ObjectSpace space) {
        this.space = space;
        // no VM here: calling a built-in function or a type is all these tests need
        space.setCaller((callable, args, start, nargs, kwnames) -> {
            if (space.typeOf(callable) == space.builtinFunctionSlots.type()) {
                return space.builtinFunctionSlots.call(callable, args, start, nargs, kwnames);
            }
            if (space.typeOf(callable) == space.typeSlots.type()) {
                return space.slotsOfType(callable).construct(callable, args, start, nargs, kwnames);
            }
            throw space.typeError("'" + space.typeName(space.typeOf(callable)) + "' object is not callable");
        });
    }

    /** An existing heap object (borrowed) and the Python source text that names it. */
    public record Handle(int h, String python) {}

    /** A new heap object for a Java value: Long/Integer/BigInteger int, Double float, String str,
     *  byte[] bytes, Boolean, null None, Object[] tuple, List list, Handle itself. */
    public int toPy(Object v) {
        if (v == null) return space.newNone();
        if (v instanceof Handle h) {
            space.heap.incref(h.h());
            return h.h();
        }
        if (v instanceof Boolean b) return space.newBool(b);
        if (v instanceof Integer i) return space.newInt(i);
        if (v instanceof Long l) return space.newInt(l);
        if (v instanceof BigInteger b) return space.newInt(b);
        if (v instanceof Double d) return space.newFloat(d);
        if (v instanceof String s) return space.newStr(s);
        if (v instanceof byte[] b) return space.bytesSlots.fromJava(b);
        if (v instanceof Object[] a) {
            int[] items = new int[a.length];
            for (int i = 0; i < a.length; i++) items[i] = toPy(a[i]);
            return space.newTuple(items);
        }
        if (v instanceof List<?> l) {
            int[] items = new int[l.size()];
            for (int i = 0; i < items.length; i++) items[i] = toPy(l.get(i));
            return space.newList(items);
        }
        throw new IllegalArgumentException(String.valueOf(v));
    }

    /** The Python source text of a Java value. */
    public static String lit(Object v) {
        if (v == null) return "None";
        if (v instanceof Handle h) return h.python();
        if (v instanceof Boolean b) return b ? "True" : "False";
        if (v instanceof Double d) {
            if (d.isNaN()) return "float('nan')";
            if (d.isInfinite()) return d > 0 ? "float('inf')" : "float('-inf')";
            return "float.fromhex('" + Double.toHexString(d) + "')";
        }
        if (v instanceof String s) {
            StringBuilder b = new StringBuilder("'");
            s.codePoints().forEach(c -> {
                if (c >= 0x20 && c < 0x7f && c != '\'' && c != '\\') b.append((char) c);
                else b.append(String.format("\\U%08x", c));
            });
            return b.append('\'').toString();
        }
        if (v instanceof byte[] b) return dev.pyvm.bytecode.Constants.bytesRepr(b);
        if (v instanceof Object[] a) {
            StringBuilder b = new StringBuilder("(");
            for (Object x : a) b.append(lit(x)).append(", ");
            return b.append(')').toString();
        }
        if (v instanceof List<?> l) {
            StringBuilder b = new StringBuilder("[");
            for (Object x : l) b.append(lit(x)).append(", ");
            return b.append(']').toString();
        }
        return v.toString();
    }

    /** A case: the Python expression, and how pyvm computes it. */
    public record Case(String python, IntSupplier pyvm) {}

    public void compare(List<Case> cases) {
        // one python3 run per chunk: a script is a command-line argument, whose length is bounded
        List<String> expected = new ArrayList<>();
        StringBuilder script = new StringBuilder(PY_OUTCOME);
        for (int i = 0; i < cases.size(); i++) {
            script.append("print(outcome(lambda: ").append(cases.get(i).python()).append("))\n");
            if (script.length() > 60_000 || i == cases.size() - 1) {
                expected.addAll(dev.pyvm.testing.Python3.run(script.toString()).lines().toList());
                script = new StringBuilder(PY_OUTCOME);
            }
        }
        List<String> actual = new ArrayList<>();
        for (Case c : cases) actual.add(outcome(c.pyvm()));
        List<String> labelledExpected = new ArrayList<>(), labelledActual = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            labelledExpected.add(cases.get(i).python() + " -> " + (i < expected.size() ? expected.get(i) : "<missing>"));
            labelledActual.add(cases.get(i).python() + " -> " + actual.get(i));
        }
        dev.pyvm.testing.Lines.assertLinesEqual(labelledExpected, labelledActual);
    }

    /** Asserts that the space holds no block beyond its start-up ones, and that its heap is sound. */
    public void assertNothingLeaks() {
        space.heap.clearFreeLists();
        org.junit.jupiter.api.Assertions.assertEquals(0, space.liveMortalBlocks(), "blocks leaked");
        space.heap.checkInvariants();
    }

    /** repr of the result (released), or "Type: message" of the exception raised. */
    public String outcome(IntSupplier f) {
        int r;
        try {
            r = f.getAsInt();
        } catch (PyException e) {
            return message(e);
        }
        try {
            return space.repr(r);
        } finally {
            space.heap.decref(r);
        }
    }

    public String message(PyException e) {
        try {
            return space.typeName(space.typeOf(e.exception())) + ": " + space.str(e.exception());
        } finally {
            space.heap.decref(e.exception());
        }
    }

    /** Calls callable with Java values as positional arguments and keywords {@code kw} (name, value, …). */
    public int call(int callable, Object[] positional, Object... kw) {
        int nkw = kw.length / 2;
        int[] args = new int[positional.length + nkw];
        int[] names = new int[nkw];
        for (int i = 0; i < positional.length; i++) args[i] = toPy(positional[i]);
        for (int k = 0; k < nkw; k++) {
            names[k] = space.newStr((String) kw[2 * k]);
            args[positional.length + k] = toPy(kw[2 * k + 1]);
        }
        int kwnames = nkw == 0 ? 0 : space.newTuple(names);
        try {
            return space.call(callable, args, 0, args.length, kwnames);
        } finally {
            for (int a : args) space.heap.decref(a);
            if (kwnames != 0) space.heap.decref(kwnames);
        }
    }

    /** {@code self.name(*positional, **kw)} for a Java receiver. */
    public int callMethod(Object self, String name, Object[] positional, Object... kw) {
        int s = toPy(self);
        try {
            int m = space.getAttr(s, space.intern(name));
            try {
                return call(m, positional, kw);
            } finally {
                space.heap.decref(m);
            }
        } finally {
            space.heap.decref(s);
        }
    }

    /** The Python call expression matching {@link #callMethod}. */
    public static String methodCall(Object self, String name, Object[] positional, Object... kw) {
        StringBuilder b = new StringBuilder(lit(self)).append('.').append(name).append('(');
        for (Object p : positional) b.append(lit(p)).append(", ");
        for (int k = 0; k < kw.length; k += 2) b.append(kw[k]).append('=').append(lit(kw[k + 1])).append(", ");
        return b.append(')').toString();
    }
}
