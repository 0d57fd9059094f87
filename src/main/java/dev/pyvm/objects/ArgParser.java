package dev.pyvm.objects;

/**
 * Argument checks for built-in functions and methods called with the vectorcall convention of
 * {@link BuiltinCode} ({@code args[start .. start + nargs)}, the last {@code len(kwnames)} of
 * them keyword values), each raising CPython's own message. Two naming styles coexist in
 * CPython and here: Argument Clinic's checks name the bare function ({@code "pop expected at most
 * 1 argument, got 2"}), the METH_O / METH_NOARGS checks and the keyword refusals name it
 * qualified ({@code "list.append() takes exactly one argument (0 given)"}).
 *
 * <p>Also the integer conversions that arguments go through: {@code operator.index}, the
 * clipping of slice indices, and the conversion to a C {@code Py_ssize_t}.
 */
public final class ArgParser {
    private ArgParser() {}

    /** How many of the nargs arguments are keywords. */
    public static int keywordCount(ObjectSpace space, int kwnames) {
        return kwnames == 0 ? 0 : space.tupleSlots.size(kwnames);
    }

    /** The number of positional arguments. */
    public static int positionalCount(ObjectSpace space, int nargs, int kwnames) {
        return nargs - keywordCount(space, kwnames);
    }

    /** CPython: _PyArg_NoKwnames / _PyArg_NoKeywords: {@code "NAME() takes no keyword arguments"}. */
    public static void noKeywords(ObjectSpace space, String qualName, int kwnames) {
        if (keywordCount(space, kwnames) != 0) throw space.typeError(qualName + "() takes no keyword arguments");
    }

    /**
     * CPython 3.11: Python/getargs.c _PyArg_CheckPositional(): {@code "NAME expected at least 1
     * argument, got 0"}, {@code "NAME expected at most 2 arguments, got 3"}, {@code "NAME expected
     * 2 arguments, got 1"}.
     */
    public static void checkPositional(ObjectSpace space, String name, int nargs, int min, int max) {
        if (nargs < min) {
            throw space.typeError(name + " expected " + (min == max ? "" : "at least ") + min + " argument"
                    + (min == 1 ? "" : "s") + ", got " + nargs);
        }
        if (nargs > max) {
            throw space.typeError(name + " expected " + (min == max ? "" : "at most ") + max + " argument"
                    + (max == 1 ? "" : "s") + ", got " + nargs);
        }
    }

    /**
     * A positional-only Argument Clinic signature: no keywords ({@code qualName}), between min and
     * max positional arguments ({@code name}). Returns the number given.
     */
    public static int positional(ObjectSpace space, String qualName, String name, int nargs, int kwnames,
            int min, int max) {
        noKeywords(space, qualName, kwnames);
        checkPositional(space, name, nargs, min, max);
        return nargs;
    }

    /** METH_NOARGS: {@code "list.clear() takes no arguments (1 given)"}. */
    public static void noArgs(ObjectSpace space, String qualName, int nargs, int kwnames) {
        noKeywords(space, qualName, kwnames);
        if (nargs != 0) throw space.typeError(qualName + "() takes no arguments (" + nargs + " given)");
    }

    /** METH_O: the single argument (borrowed); {@code "list.append() takes exactly one argument (0 given)"}. */
    public static int oneArg(ObjectSpace space, String qualName, int[] args, int start, int nargs, int kwnames) {
        noKeywords(space, qualName, kwnames);
        if (nargs != 1) throw space.typeError(qualName + "() takes exactly one argument (" + nargs + " given)");
        return args[start];
    }

    /**
     * Argument Clinic's keyword parsing (CPython: _PyArg_UnpackKeywords): {@code names} are the
     * parameters in order, the first {@code maxPositional} of which may be passed by position,
     * the first {@code posonly} only so, the first {@code required} of which must be given.
     * Returns the arguments by parameter (borrowed; 0 when not given).
     */
    public static int[] clinic(ObjectSpace space, String fname, String[] names, int required, int posonly,
            int maxPositional, int[] args, int start, int nargs, int kwnames) {
        int nkw = keywordCount(space, kwnames);
        int npos = nargs - nkw;
        if (nargs > names.length) {
            // "keyword" when nargs == 0 (bpo-31229)
            throw space.typeError(fname + "() takes at most " + names.length + " " + (npos == 0 ? "keyword " : "")
                    + "argument" + plural(names.length) + " (" + nargs + " given)");
        }
        if (npos > maxPositional) {
            String how = required == maxPositional ? "exactly" : "at most";
            throw space.typeError(fname + "() takes " + how + " " + maxPositional + " positional argument"
                    + plural(maxPositional) + " (" + npos + " given)");
        }
        int minPositional = Math.min(required, posonly);
        if (npos < minPositional) {
            String how = minPositional == maxPositional ? "exactly" : "at least";
            throw space.typeError(fname + "() takes " + how + " " + minPositional + " positional argument"
                    + plural(minPositional) + " (" + npos + " given)");
        }
        int[] bound = new int[names.length];
        for (int i = 0; i < npos; i++) bound[i] = args[start + i];
        for (int j = 0; j < nkw; j++) {
            String key = space.strSlots.toJava(space.tupleSlots.item(kwnames, j));
            int index = -1;
            for (int i = posonly; i < names.length; i++) if (names[i].equals(key)) index = i;
            if (index < 0) throw space.typeError("'" + key + "' is an invalid keyword argument for " + fname + "()");
            if (index < npos) {
                throw space.typeError("argument for " + fname + "() given by name ('" + key + "') and position ("
                        + (index + 1) + ")");
            }
            bound[index] = args[start + npos + j];
        }
        for (int i = 0; i < required; i++) {
            if (bound[i] == 0) {
                throw space.typeError(fname + "() missing required argument '" + names[i] + "' (pos " + (i + 1) + ")");
            }
        }
        return bound;
    }

    private static String plural(int n) {
        return n == 1 ? "" : "s";
    }

    /**
     * Keyword-only parameters ({@code sort(*, key=None, reverse=False)}): the values by position
     * in {@code names} (borrowed; 0 where not given). CPython 3.11: _PyArg_UnpackKeywords()'s
     * messages for a function {@code fname} without positional parameters.
     */
    public static int[] keywordOnly(ObjectSpace space, String fname, int[] args, int start, int nargs, int kwnames,
            String... names) {
        int nkw = keywordCount(space, kwnames);
        if (nargs - nkw > 0) throw space.typeError(fname + "() takes no positional arguments");
        int[] values = new int[names.length];
        for (int k = 0; k < nkw; k++) {
            String keyword = space.strSlots.toJava(space.tupleSlots.item(kwnames, k));
            int at = -1;
            for (int i = 0; i < names.length; i++) if (names[i].equals(keyword)) at = i;
            if (at < 0) throw space.typeError("'" + keyword + "' is an invalid keyword argument for " + fname + "()");
            if (values[at] != 0) {
                throw space.typeError("argument for " + fname + "() given by name ('" + keyword
                        + "') and position (" + (at + 1) + ")");
            }
            values[at] = args[start + nargs - nkw + k];
        }
        return values;
    }

    // ---- integers out of arguments ----

    /**
     * {@code operator.index(h)}: a new reference to an int. An int is itself; another object
     * answers through its type's {@code __index__}. CPython 3.11: Objects/abstract.c
     * _PyNumber_Index().
     */
    public static int asIndex(ObjectSpace space, int h) {
        if (space.intSlots.check(h)) {
            space.heap.incref(h);
            return h;
        }
        int method = space.lookupType(space.typeOf(h), space.ids.__index__);
        if (method == 0) {
            throw space.typeError("'" + space.typeName(space.typeOf(h)) + "' object cannot be interpreted as an integer");
        }
        int r = space.call(method, h);
        if (!space.intSlots.check(r)) {
            String type = space.typeName(space.typeOf(r));
            space.heap.decref(r);
            throw space.typeError("__index__ returned non-int (type " + type + ")");
        }
        return r;
    }

    /** Whether h is an int or has {@code __index__}. CPython: PyIndex_Check. */
    public static boolean isIndex(ObjectSpace space, int h) {
        return space.intSlots.check(h) || space.lookupType(space.typeOf(h), space.ids.__index__) != 0;
    }

    /**
     * {@code operator.index(h)} as a C {@code Py_ssize_t}; OverflowError when it does not fit.
     * CPython: _PyNumber_Index() then PyLong_AsSsize_t(), what Argument Clinic does for a
     * {@code Py_ssize_t} parameter.
     */
    public static long asSsize(ObjectSpace space, int h) {
        int i = asIndex(space, h);
        try {
            if (!space.intSlots.fitsLong(i)) {
                throw space.error(space.exceptions.overflowError, "Python int too large to convert to C ssize_t");
            }
            return space.intSlots.longValue(i);
        } finally {
            space.heap.decref(i);
        }
    }

    /** An int (or {@code __index__}) clipped to the range of a long: CPython's PyNumber_AsSsize_t(h, NULL). */
    static long clipped(ObjectSpace space, int h) {
        int i = asIndex(space, h);
        try {
            if (space.intSlots.isSmall(i)) return space.intSlots.longValue(i);
            return space.intSlots.bigValue(i).signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        } finally {
            space.heap.decref(i);
        }
    }

    /**
     * A slice index, clipped to a long; None is not allowed here. CPython 3.11:
     * Python/ceval.c _PyEval_SliceIndexNotNone(), used for {@code list.index(x, start, stop)}.
     */
    public static long sliceIndexNotNone(ObjectSpace space, int h) {
        if (!isIndex(space, h)) throw space.typeError("slice indices must be integers or have an __index__ method");
        return clipped(space, h);
    }

    /** A slice bound, clipped to a long. CPython 3.11: Python/ceval.c _PyEval_SliceIndex() (None is the caller's). */
    public static long sliceIndex(ObjectSpace space, int h) {
        if (!isIndex(space, h)) {
            throw space.typeError("slice indices must be integers or None or have an __index__ method");
        }
        return clipped(space, h);
    }
}
