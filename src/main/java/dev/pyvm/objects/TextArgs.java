package dev.pyvm.objects;

/**
 * Argument checking for built-in functions and methods (the vectorcall convention of
 * {@link BuiltinCode}), with the messages of CPython's several argument parsers: METH_O and
 * METH_NOARGS, Argument Clinic's {@code _PyArg_CheckPositional} and {@code _PyArg_UnpackKeywords},
 * and the older {@code PyArg_ParseTuple}. Every handle returned is borrowed from the arguments.
 */
public final class TextArgs {
    private TextArgs() {}

    /** The number of keyword arguments. */
    public static int keywords(ObjectSpace space, int kwnames) {
        return kwnames == 0 ? 0 : space.tupleSlots.size(kwnames);
    }

    private static String plural(long n) {
        return n == 1 ? "" : "s";
    }

    /** CPython: _PyArg_NoKeywords / _PyArg_NoKwnames. */
    public static void noKeywords(ObjectSpace space, String name, int kwnames) {
        if (keywords(space, kwnames) != 0) throw space.typeError(name + "() takes no keyword arguments");
    }

    /** METH_O: the one positional argument. */
    public static int one(ObjectSpace space, String name, int[] args, int start, int nargs, int kwnames) {
        noKeywords(space, name, kwnames);
        if (nargs != 1) throw space.typeError(name + "() takes exactly one argument (" + nargs + " given)");
        return args[start];
    }

    /** METH_NOARGS. */
    public static void none(ObjectSpace space, String name, int nargs, int kwnames) {
        noKeywords(space, name, kwnames);
        if (nargs != 0) throw space.typeError(name + "() takes no arguments (" + nargs + " given)");
    }

    /** Argument Clinic's positional-only check: "NAME expected at most 2 arguments, got 3". */
    public static void checkPositional(ObjectSpace space, String name, int nargs, int min, int max) {
        if (nargs < min) {
            throw space.typeError(name + " expected " + (min == max ? "" : "at least ") + min + " argument"
                    + plural(min) + ", got " + nargs);
        }
        if (nargs > max) {
            throw space.typeError(name + " expected " + (min == max ? "" : "at most ") + max + " argument"
                    + plural(max) + ", got " + nargs);
        }
    }

    /** PyArg_ParseTuple's count check: "NAME() takes at least 1 argument (0 given)". */
    public static void checkCount(ObjectSpace space, String name, int nargs, int min, int max) {
        if (nargs < min) {
            throw space.typeError(name + "() takes " + (min == max ? "exactly " : "at least ") + min + " argument"
                    + plural(min) + " (" + nargs + " given)");
        }
        if (nargs > max) {
            throw space.typeError(name + "() takes " + (min == max ? "exactly " : "at most ") + max + " argument"
                    + plural(max) + " (" + nargs + " given)");
        }
    }

    /**
     * Argument Clinic's keyword parser (CPython 3.11: Python/getargs.c _PyArg_UnpackKeywords):
     * parameters {@code names}, the first {@code posOnly} positional-only, the first
     * {@code required} required, at most {@code maxPositional} given by position (the rest are
     * keyword-only). Returns one borrowed handle per name, 0 where absent.
     */
    public static int[] parse(ObjectSpace space, String name, int[] args, int start, int nargs, int kwnames,
            String[] names, int posOnly, int required, int maxPositional) {
        int nkw = keywords(space, kwnames);
        int npos = nargs - nkw;
        int maxArgs = names.length;
        String fname = name + "()";
        if (npos + nkw > maxArgs) {
            throw space.typeError(fname + " takes at most " + maxArgs + " " + (npos == 0 ? "keyword " : "")
                    + "argument" + plural(maxArgs) + " (" + (npos + nkw) + " given)");
        }
        if (npos > maxPositional) {
            if (maxPositional == 0) throw space.typeError(fname + " takes no positional arguments");
            throw space.typeError(fname + " takes " + (required < maxPositional ? "at most" : "exactly") + " "
                    + maxPositional + " positional argument" + plural(maxPositional) + " (" + npos + " given)");
        }
        int[] out = new int[maxArgs];
        int used = 0;
        for (int i = 0; i < maxArgs; i++) {
            int v = 0;
            if (i < npos) {
                v = args[start + i];
            } else if (nkw > 0 && i >= posOnly) {
                int k = findKeyword(space, kwnames, names[i]);
                if (k >= 0) {
                    v = args[start + npos + k];
                    used++;
                }
            }
            if (v == 0 && i < required) {
                if (i < posOnly) {
                    throw space.typeError(fname + " takes " + (required < maxPositional ? "at least" : "exactly") + " "
                            + required + " positional argument" + plural(required) + " (" + npos + " given)");
                }
                throw space.typeError(fname + " missing required argument '" + names[i] + "' (pos " + (i + 1) + ")");
            }
            out[i] = v;
        }
        if (used < nkw) {
            for (int i = posOnly; i < npos; i++) {
                if (findKeyword(space, kwnames, names[i]) >= 0) {
                    throw space.typeError("argument for " + fname + " given by name ('" + names[i] + "') and position ("
                            + (i + 1) + ")");
                }
            }
            throw unexpectedKeyword(space, name, kwnames, names, posOnly);
        }
        return out;
    }

    /** The TypeError for the first keyword that names no parameter (or a positional-only one). */
    public static PyException unexpectedKeyword(ObjectSpace space, String name, int kwnames, String[] names, int posOnly) {
        int nkw = keywords(space, kwnames);
        for (int k = 0; k < nkw; k++) {
            String kw = space.strSlots.toJava(space.tupleSlots.item(kwnames, k));
            boolean known = false;
            for (int i = posOnly; i < names.length; i++) known |= names[i].equals(kw);
            if (!known) return space.typeError("'" + kw + "' is an invalid keyword argument for " + name + "()");
        }
        return space.typeError("invalid keyword arguments for " + name + "()");
    }

    /** The position of keyword {@code name} in kwnames, or -1. */
    public static int findKeyword(ObjectSpace space, int kwnames, String name) {
        int n = keywords(space, kwnames);
        for (int k = 0; k < n; k++) {
            if (space.strSlots.toJava(space.tupleSlots.item(kwnames, k)).equals(name)) return k;
        }
        return -1;
    }

    // ---- conversions of single arguments ----

    /** CPython: PyNumber_AsSsize_t(h, OverflowError): an int (or bool) as a Java long. */
    public static long index(ObjectSpace space, int h) {
        if (!space.intSlots.check(h)) {
            throw space.typeError("'" + space.typeName(space.typeOf(h)) + "' object cannot be interpreted as an integer");
        }
        if (!space.intSlots.fitsLong(h)) {
            throw space.error(space.exceptions.overflowError, "Python int too large to convert to C ssize_t");
        }
        return space.intSlots.longValue(h);
    }

    /** CPython: _PyLong_AsInt, for an {@code int} parameter of Argument Clinic: an int (or bool) as a Java int. */
    public static int cInt(ObjectSpace space, int h) {
        long v = space.intSlots.check(h) && !space.intSlots.isSmall(h) ? Long.MIN_VALUE : index(space, h);
        if (v != (int) v) throw space.error(space.exceptions.overflowError, "Python int too large to convert to C int");
        return (int) v;
    }

    /** {@link #index}, clamped to the int range (a length or position in a str). */
    public static int indexClamped(ObjectSpace space, int h) {
        long v = index(space, h);
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, v));
    }

    /** A slice bound as {@code str.find} takes it (CPython: _PyEval_SliceIndex): None or an int, clamped. */
    public static Long sliceIndex(ObjectSpace space, int h) {
        if (h == 0 || h == space.none) return null;
        if (!space.intSlots.check(h)) {
            throw space.typeError("slice indices must be integers or None or have an __index__ method");
        }
        if (!space.intSlots.isSmall(h)) return space.intSlots.bigValue(h).signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        return space.intSlots.longValue(h);
    }

    /**
     * An optional str parameter given by name or position (0: absent, then {@code dflt}) as Java
     * text; TypeError "NAME() argument 'PARAM' must be str, not T" otherwise.
     */
    public static String str(ObjectSpace space, int h, String name, String param, String dflt) {
        if (h == 0) return dflt;
        if (!space.strSlots.check(h)) {
            throw space.typeError(name + "() argument '" + param + "' must be str, not " + badArgumentType(space, h));
        }
        return space.strSlots.toJava(h);
    }

    /** How Argument Clinic's errors name an argument's type (CPython: _PyArg_BadArgument): None as "None". */
    public static String badArgumentType(ObjectSpace space, int h) {
        return h == space.none ? "None" : space.typeName(space.typeOf(h));
    }

    /** The argument as Java text, TypeError "NAME() argument N must be str, not T" otherwise. */
    public static String str(ObjectSpace space, int h, String name, int position) {
        if (!space.strSlots.check(h)) {
            throw space.typeError(name + "() argument " + position + " must be str, not "
                    + space.typeName(space.typeOf(h)));
        }
        return space.strSlots.toJava(h);
    }
}
