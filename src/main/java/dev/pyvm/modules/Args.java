package dev.pyvm.modules;

import dev.pyvm.objects.ObjectSpace;
import dev.pyvm.objects.PyException;
import java.math.BigInteger;

/**
 * Argument checks and conversions for the modules' built-in functions, with CPython 3.11's
 * messages. Arguments arrive in the vectorcall convention of {@link dev.pyvm.objects.BuiltinCode}:
 * {@code args[start .. start + nargs)}, borrowed, the last {@code len(kwnames)} of them keywords.
 */
final class Args {
    private Args() {}

    /** How many of the arguments are keywords. */
    static int keywords(ObjectSpace space, int kwnames) {
        return kwnames == 0 ? 0 : space.tupleSlots.size(kwnames);
    }

    /** CPython: _PyArg_NoKwnames: "math.pow() takes no keyword arguments". */
    static void noKeywords(ObjectSpace space, String qualname, int kwnames) {
        if (keywords(space, kwnames) > 0) throw space.typeError(qualname + "() takes no keyword arguments");
    }

    /** METH_O: the one argument (borrowed). */
    static int one(ObjectSpace space, String qualname, int[] args, int start, int nargs, int kwnames) {
        noKeywords(space, qualname, kwnames);
        if (nargs != 1) throw space.typeError(qualname + "() takes exactly one argument (" + nargs + " given)");
        return args[start];
    }

    /** METH_NOARGS. */
    static void none(ObjectSpace space, String qualname, int nargs, int kwnames) {
        noKeywords(space, qualname, kwnames);
        if (nargs != 0) throw space.typeError(qualname + "() takes no arguments (" + nargs + " given)");
    }

    /**
     * Argument Clinic's positional-only parameters (CPython: _PyArg_CheckPositional):
     * "pow expected 2 arguments, got 1", "exit expected at most 1 argument, got 2".
     */
    static void positional(ObjectSpace space, String qualname, String name, int min, int max, int nargs,
            int kwnames) {
        noKeywords(space, qualname, kwnames);
        if (nargs >= min && nargs <= max) return;
        String expected;
        if (min == max) expected = "expected " + min + " argument" + plural(min);
        else if (nargs < min) expected = "expected at least " + min + " argument" + plural(min);
        else expected = "expected at most " + max + " argument" + plural(max);
        throw space.typeError(name + " " + expected + ", got " + nargs);
    }

    private static String plural(int n) {
        return n == 1 ? "" : "s";
    }

    /**
     * The binding of a method written in Python (CPython 3.11's ceval.c initialize_locals), for
     * the parts of {@code random} that CPython writes in Python: {@code qualname} is like
     * {@code Random.randint}, {@code names} the parameters after {@code self}, the first
     * {@code required} without default, the last {@code kwOnly} of them keyword-only. Returns the
     * arguments by parameter (borrowed; 0 when not given).
     */
    static int[] python(ObjectSpace space, String qualname, String[] names, int required, int kwOnly,
            int[] args, int start, int nargs, int kwnames) {
        int nkw = keywords(space, kwnames);
        int npos = nargs - nkw;
        int positional = names.length - kwOnly;
        if (npos > positional) {
            // counts include self, as CPython's do for a bound method
            String takes = required == positional ? String.valueOf(positional + 1)
                    : "from " + (required + 1) + " to " + (positional + 1);
            throw space.typeError(qualname + "() takes " + takes + " positional argument"
                    + plural(positional + 1) + " but " + (npos + 1) + (npos + 1 == 1 ? " was" : " were") + " given");
        }
        int[] bound = new int[names.length];
        for (int i = 0; i < npos; i++) bound[i] = args[start + i];
        for (int j = 0; j < nkw; j++) {
            String key = space.strSlots.toJava(space.tupleSlots.item(kwnames, j));
            int index = -1;
            for (int i = 0; i < names.length; i++) if (names[i].equals(key)) index = i;
            if (index < 0) throw space.typeError(qualname + "() got an unexpected keyword argument '" + key + "'");
            if (bound[index] != 0) throw space.typeError(qualname + "() got multiple values for argument '" + key + "'");
            bound[index] = args[start + npos + j];
        }
        StringBuilder missing = new StringBuilder();
        int nmissing = 0;
        for (int i = 0; i < required; i++) if (bound[i] == 0) nmissing++;
        if (nmissing > 0) {
            int seen = 0;
            for (int i = 0; i < required; i++) {
                if (bound[i] != 0) continue;
                seen++;
                if (seen > 1) missing.append(seen == nmissing ? (nmissing > 2 ? ", and " : " and ") : ", ");
                missing.append('\'').append(names[i]).append('\'');
            }
            throw space.typeError(qualname + "() missing " + nmissing + " required positional argument"
                    + plural(nmissing) + ": " + missing);
        }
        return bound;
    }

    // ---- conversions: CPython's PyFloat_AsDouble and PyNumber_Index ----

    /** The value as a double: float, int, or an object with __float__ or __index__. */
    static double toDouble(ObjectSpace space, int h) {
        if (space.floatSlots.check(h)) return space.floatSlots.value(h);
        if (space.intSlots.check(h)) return space.intSlots.toDouble(h);
        int t = space.typeOf(h);
        int method = space.lookupType(t, space.intern("__float__"));
        if (method != 0) {
            int r = space.call(method, h);
            try {
                if (!space.floatSlots.check(r)) {
                    throw space.typeError(space.typeName(t) + ".__float__ returned non-float (type "
                            + space.typeName(space.typeOf(r)) + ")");
                }
                return space.floatSlots.value(r);
            } finally {
                space.heap.decref(r);
            }
        }
        if (space.lookupType(t, space.ids.__index__) != 0) {
            int i = index(space, h);
            try {
                return space.intSlots.toDouble(i);
            } finally {
                space.heap.decref(i);
            }
        }
        throw space.typeError("must be real number, not " + space.typeName(t));
    }

    /** {@code operator.index(h)}: a new reference to an int. */
    static int index(ObjectSpace space, int h) {
        if (space.intSlots.check(h)) {
            space.heap.incref(h);
            return h;
        }
        int t = space.typeOf(h);
        int method = space.lookupType(t, space.ids.__index__);
        if (method == 0) {
            throw space.typeError("'" + space.typeName(t) + "' object cannot be interpreted as an integer");
        }
        int r = space.call(method, h);
        if (!space.intSlots.check(r)) {
            String rt = space.typeName(space.typeOf(r));
            space.heap.decref(r);
            throw space.typeError("__index__ returned non-int (type " + rt + ")");
        }
        return r;
    }

    /** {@code operator.index(h)} as a BigInteger. */
    static BigInteger bigIndex(ObjectSpace space, int h) {
        if (space.intSlots.check(h)) return space.intSlots.bigValue(h);
        int i = index(space, h);
        try {
            return space.intSlots.bigValue(i);
        } finally {
            space.heap.decref(i);
        }
    }

    /** The items of an iterable: new references the caller releases with {@link #release}. */
    static int[] items(ObjectSpace space, int iterable) {
        boolean list = space.listSlots.check(iterable);
        if (list || space.tupleSlots.check(iterable)) {
            int n = list ? space.listSlots.size(iterable) : space.tupleSlots.size(iterable);
            int[] items = new int[n];
            for (int i = 0; i < n; i++) {
                items[i] = list ? space.listSlots.item(iterable, i) : space.tupleSlots.item(iterable, i);
                space.heap.incref(items[i]);
            }
            return items;
        }
        int it = space.iter(iterable);
        int[] items = new int[8];
        int n = 0;
        try {
            for (int v; (v = space.iterNext(it)) != 0; ) {
                if (n == items.length) items = java.util.Arrays.copyOf(items, n * 2);
                items[n++] = v;
            }
        } catch (PyException e) {
            release(space, items, n);
            throw e;
        } finally {
            space.heap.decref(it);
        }
        return java.util.Arrays.copyOf(items, n);
    }

    static void release(ObjectSpace space, int[] items) {
        release(space, items, items.length);
    }

    static void release(ObjectSpace space, int[] items, int n) {
        for (int i = 0; i < n; i++) space.heap.decref(items[i]);
    }
}
