package dev.pyvm.objects;

import java.util.List;
import java.util.function.IntPredicate;
import java.util.function.IntUnaryOperator;

/**
 * The methods of {@code bytes}: CPython 3.11's Objects/bytesobject.c, Objects/bytes_methods.c and
 * the stringlib they share with str ({@link Stringlib}). Written over a byte sequence type: the
 * type they are installed on reads its instances ({@link TypeSlots#buffer}) and makes its results
 * ({@link Maker}), so that {@code bytearray} can install the same methods. Self is worked on as
 * an array of byte values 0..255.
 */
public final class BytesMethods {
    private final ObjectSpace space;
    private final TypeSlots owner;
    private final Maker maker;

    /** How the owner type makes a result from bytes: a new reference. */
    @FunctionalInterface
    public interface Maker {
        int make(byte[] b);
    }

    private BytesMethods(ObjectSpace space, TypeSlots owner, Maker maker) {
        this.space = space;
        this.owner = owner;
        this.maker = maker;
    }

    /** Installs the methods on {@code owner}, whose results {@code maker} makes. */
    public static void install(ObjectSpace space, TypeSlots owner, Maker maker) {
        new BytesMethods(space, owner, maker).install();
    }

    /** A method body with self's bytes already read. */
    @FunctionalInterface
    private interface Body {
        int call(int self, int[] s, int[] args, int start, int nargs, int kwnames);
    }

    private void def(String name, Body body) {
        space.defineMethod(owner.type(), name, (self, args, start, nargs, kwnames) ->
                body.call(self, codes(space.slotsOf(self).buffer(self)), args, start, nargs, kwnames));
    }

    private String qual(String name) {
        return owner.name() + "." + name;
    }

    // ---- conversions ----

    /** The byte values of b, 0..255 each. */
    static int[] codes(byte[] b) {
        int[] s = new int[b.length];
        for (int i = 0; i < b.length; i++) s[i] = b[i] & 0xff;
        return s;
    }

    static byte[] bytes(int[] s, int from, int to) {
        byte[] b = new byte[Math.max(0, to - from)];
        for (int i = from; i < to; i++) b[i - from] = (byte) s[i];
        return b;
    }

    private int make(int[] s, int from, int to) {
        return maker.make(bytes(s, from, to));
    }

    private int make(int[] s) {
        return make(s, 0, s.length);
    }

    /** self unchanged: the same object when it is an exact bytes, else a copy (a bytearray's result is always new). */
    private int unchanged(int self, int[] s) {
        if (space.typeOf(self) == space.bytesSlots.type()) {
            space.heap.incref(self);
            return self;
        }
        return make(s);
    }

    /** CPython: PyObject_GetBuffer for a parameter: the bytes of a bytes-like object, TypeError otherwise. */
    static byte[] bytesLike(ObjectSpace space, int h) {
        byte[] b = space.slotsOf(h).buffer(h);
        if (b == null) throw space.typeError("a bytes-like object is required, not '" + space.typeName(space.typeOf(h)) + "'");
        return b;
    }

    private int[] arg(int h) {
        return codes(bytesLike(space, h));
    }

    /** An integer argument that must be a byte value (CPython: _getbytevalue). */
    static int byteValue(ObjectSpace space, int h, String message) {
        int i = ArgParser.asIndex(space, h);
        try {
            long v = space.intSlots.fitsLong(i) ? space.intSlots.longValue(i) : -1;
            if (v < 0 || v > 255) throw space.valueError(message);
            return (int) v;
        } finally {
            space.heap.decref(i);
        }
    }

    /** The needle of find, count, index and their kind: an int (one byte) or bytes-like (CPython: parse_args_finds_byte). */
    private int[] needle(int h) {
        byte[] b = space.slotsOf(h).buffer(h);
        if (b != null) return codes(b);
        if (ArgParser.isIndex(space, h)) return new int[] {byteValue(space, h, "byte must be in range(0, 256)")};
        throw space.typeError("argument should be integer or bytes-like object, not '"
                + space.typeName(space.typeOf(h)) + "'");
    }

    // ---- character classes (CPython: Include/pyctype.h, ASCII only) ----

    static boolean isSpace(int c) {
        return c == ' ' || (c >= 0x09 && c <= 0x0d);
    }

    private static boolean isLower(int c) {
        return c >= 'a' && c <= 'z';
    }

    private static boolean isUpper(int c) {
        return c >= 'A' && c <= 'Z';
    }

    private static boolean isAlpha(int c) {
        return isLower(c) || isUpper(c);
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private static int toLower(int c) {
        return isUpper(c) ? c + 32 : c;
    }

    private static int toUpper(int c) {
        return isLower(c) ? c - 32 : c;
    }

    private static boolean isLineBreak(int c) {
        return c == '\n' || c == '\r';
    }

    // ---- the constructor ----

    // CPython 3.11: Objects/bytesobject.c bytes_new_impl()
    /** {@code bytes(source=..., encoding=..., errors=...)}: a new bytes. */
    static int construct(ObjectSpace space, int[] args, int start, int nargs, int kwnames) {
        int[] a = TextArgs.parse(space, "bytes", args, start, nargs, kwnames, new String[] {"source", "encoding", "errors"},
                0, 0, 3);
        int x = a[0];
        if (x == 0) {
            if (a[1] != 0 || a[2] != 0) {
                throw space.typeError((a[1] != 0 ? "encoding" : "errors") + " without a string argument");
            }
            return space.bytesSlots.fromJava(new byte[0]);
        }
        if (a[1] != 0 || a[2] != 0) {
            if (!space.strSlots.check(x)) {
                throw space.typeError((a[1] != 0 ? "encoding" : "errors") + " without a string argument");
            }
            if (a[1] == 0) throw space.typeError("string argument without an encoding");
            return Codecs.encode(space, x, TextArgs.str(space, a[1], "bytes", "encoding", null),
                    TextArgs.str(space, a[2], "bytes", "errors", "strict"));
        }
        if (space.lookupType(space.typeOf(x), space.intern("__bytes__")) == 0) {
            if (space.strSlots.check(x)) throw space.typeError("string argument without an encoding");
            if (space.slotsOf(x).buffer(x) == null && ArgParser.isIndex(space, x)) {
                long n = ListType.repeatCount(space, x);
                if (n < 0) throw space.valueError("negative count");
                if (n > Integer.MAX_VALUE) throw space.error(space.exceptions.memoryError, "");
                space.heap.checkRequest(n);
                return space.bytesSlots.fromJava(new byte[(int) n]);
            }
        }
        int method = space.lookupType(space.typeOf(x), space.intern("__bytes__"));
        if (method != 0) return bytesOf(space, x, method);
        return space.bytesSlots.fromJava(fromObject(space, x));
    }

    private static int bytesOf(ObjectSpace space, int x, int method) {
        int r = space.callMethod(method, x);
        if (!space.bytesSlots.check(r)) {
            String t = space.typeName(space.typeOf(r));
            space.heap.decref(r);
            throw space.typeError("__bytes__ returned non-bytes (type " + t + ")");
        }
        return r;
    }

    // CPython 3.11: Objects/bytesobject.c PyObject_Bytes() and PyBytes_FromObject()
    /** The bytes {@code bytes(x)} gives for an x that is not a count: by __bytes__, the buffer, or iteration. */
    static byte[] fromObject(ObjectSpace space, int x) {
        int method = space.lookupType(space.typeOf(x), space.intern("__bytes__"));
        if (method != 0) {
            int r = bytesOf(space, x, method);
            try {
                return space.bytesSlots.toJava(r);
            } finally {
                space.heap.decref(r);
            }
        }
        byte[] buffer = space.slotsOf(x).buffer(x);
        if (buffer != null) return buffer;
        int it = space.strSlots.check(x) ? 0 : iterOrZero(space, x);
        if (it == 0) throw space.typeError("cannot convert '" + space.typeName(space.typeOf(x)) + "' object to bytes");
        try {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            for (int item; (item = space.iterNext(it)) != 0; ) {
                try {
                    out.write(byteValue(space, item, "bytes must be in range(0, 256)"));
                } finally {
                    space.heap.decref(item);
                }
            }
            return out.toByteArray();
        } finally {
            space.heap.decref(it);
        }
    }

    /** {@code iter(x)}, or 0 when x is not iterable. */
    private static int iterOrZero(ObjectSpace space, int x) {
        try {
            return space.iter(x);
        } catch (PyException e) {
            if (!space.exceptions.matches(e.exception(), space.exceptions.typeError)) throw e;
            space.heap.decref(e.exception());
            return 0;
        }
    }

    // ---- the methods ----

    private void install() {
        def("__bytes__", (self, s, args, start, nargs, kwnames) -> {
            TextArgs.none(space, qual("__bytes__"), nargs, kwnames);
            return unchanged(self, s);
        });
        def("__getnewargs__", (self, s, args, start, nargs, kwnames) -> {
            TextArgs.none(space, qual("__getnewargs__"), nargs, kwnames);
            return space.newTuple(make(s));
        });
        def("decode", (self, s, args, start, nargs, kwnames) -> {
            int[] a = TextArgs.parse(space, "decode", args, start, nargs, kwnames, new String[] {"encoding", "errors"},
                    0, 0, 2);
            return Codecs.decode(space, bytes(s, 0, s.length), TextArgs.str(space, a[0], "decode", "encoding", "utf-8"),
                    TextArgs.str(space, a[1], "decode", "errors", "strict"));
        });
        def("hex", (self, s, args, start, nargs, kwnames) -> {
            int[] a = TextArgs.parse(space, "hex", args, start, nargs, kwnames, new String[] {"sep", "bytes_per_sep"},
                    0, 0, 2);
            return hex(space, s, a[0], a[1]);
        });
        int fromhex = space.builtinFunctionSlots.define("fromhex", 0, (cls, args, start, nargs, kwnames) -> {
            int arg = TextArgs.one(space, qual("fromhex"), args, start, nargs, kwnames);
            if (!space.strSlots.check(arg)) {
                throw space.typeError("fromhex() argument must be str, not " + space.typeName(space.typeOf(arg)));
            }
            return maker.make(fromhex(space.strSlots.toJava(arg)));
        });
        int f = space.builtinFunctionSlots.newFunction(fromhex, owner.type());
        space.setTypeAttr(owner.type(), "fromhex", f);
        space.heap.decref(f);
        int maketrans = space.builtinFunctionSlots.newFunction(space.builtinFunctionSlots.define("maketrans", 0,
                (none, args, start, nargs, kwnames) -> {
                    TextArgs.noKeywords(space, qual("maketrans"), kwnames);
                    TextArgs.checkPositional(space, "maketrans", nargs, 2, 2);
                    int[] from = arg(args[start]), to = arg(args[start + 1]);
                    if (from.length != to.length) throw space.valueError("maketrans arguments must have same length");
                    byte[] table = new byte[256];
                    for (int i = 0; i < 256; i++) table[i] = (byte) i;
                    for (int i = 0; i < from.length; i++) table[from[i]] = (byte) to[i];
                    return space.bytesSlots.fromJava(table);
                }), 0);
        space.setTypeAttr(owner.type(), "maketrans", maketrans);
        space.heap.decref(maketrans);
        for (String name : new String[] {"find", "rfind", "index", "rindex", "count"}) {
            def(name, (self, s, args, start, nargs, kwnames) -> {
                TextArgs.noKeywords(space, qual(name), kwnames);
                TextArgs.checkCount(space, name, nargs, 1, 3);
                long[] se = Stringlib.adjust(nargs > 1 ? TextArgs.sliceIndex(space, args[start + 1]) : null,
                        nargs > 2 ? TextArgs.sliceIndex(space, args[start + 2]) : null, s.length);
                int[] sub = needle(args[start]);
                if (name.equals("count")) return space.newInt(Stringlib.count(s, sub, se[0], se[1]));
                long found = Stringlib.find(s, sub, se[0], se[1], name.startsWith("r"));
                if (found < 0 && name.contains("index")) throw space.valueError("subsection not found");
                return space.newInt(found);
            });
        }
        for (String name : new String[] {"startswith", "endswith"}) {
            def(name, (self, s, args, start, nargs, kwnames) -> tailMatch(s, args, start, nargs, kwnames, name));
        }
        def("join", (self, s, args, start, nargs, kwnames) -> join(s, TextArgs.one(space, qual("join"), args, start, nargs,
                kwnames)));
        for (String name : new String[] {"split", "rsplit"}) {
            boolean reverse = name.equals("rsplit");
            def(name, (self, s, args, start, nargs, kwnames) -> {
                int[] a = TextArgs.parse(space, name, args, start, nargs, kwnames, new String[] {"sep", "maxsplit"},
                        0, 0, 2);
                long maxsplit = a[1] == 0 ? -1 : TextArgs.index(space, a[1]);
                long maxcount = maxsplit < 0 ? Long.MAX_VALUE : maxsplit;
                if (a[0] == 0 || a[0] == space.none) {
                    return list(Stringlib.splitWhitespace(s, maxcount, reverse, BytesMethods::isSpace), self, s);
                }
                int[] sep = arg(a[0]);
                if (sep.length == 0) throw space.valueError("empty separator");
                return list(Stringlib.split(s, sep, maxcount, reverse), self, s);
            });
        }
        def("splitlines", (self, s, args, start, nargs, kwnames) -> {
            int[] a = TextArgs.parse(space, "splitlines", args, start, nargs, kwnames, new String[] {"keepends"}, 0, 0, 1);
            boolean keepends = a[0] != 0 && TextArgs.cInt(space, a[0]) != 0;
            return list(Stringlib.splitlines(s, keepends, BytesMethods::isLineBreak), self, s);
        });
        for (int which = 0; which < 3; which++) {
            String name = new String[] {"strip", "lstrip", "rstrip"}[which];
            boolean left = which != 2, right = which != 1;
            def(name, (self, s, args, start, nargs, kwnames) -> {
                TextArgs.noKeywords(space, qual(name), kwnames);
                TextArgs.checkPositional(space, name, nargs, 0, 1);
                int[] ij;
                if (nargs == 0 || args[start] == space.none) {
                    ij = Stringlib.strip(s, BytesMethods::isSpace, left, right);
                } else {
                    int[] set = arg(args[start]);
                    ij = Stringlib.strip(s, c -> Stringlib.contains(set, c), left, right);
                }
                if (ij[0] == 0 && ij[1] == s.length) return unchanged(self, s);
                return make(s, ij[0], ij[1]);
            });
        }
        for (String name : new String[] {"partition", "rpartition"}) {
            boolean reverse = name.equals("rpartition");
            def(name, (self, s, args, start, nargs, kwnames) -> {
                int[] sep = arg(TextArgs.one(space, qual(name), args, start, nargs, kwnames));
                if (sep.length == 0) throw space.valueError("empty separator");
                int pos = reverse ? Stringlib.lastIndexOf(s, sep, 0, s.length) : Stringlib.indexOf(s, sep, 0, s.length);
                if (pos < 0) {
                    return reverse ? space.newTuple(make(s, 0, 0), make(s, 0, 0), unchanged(self, s))
                            : space.newTuple(unchanged(self, s), make(s, 0, 0), make(s, 0, 0));
                }
                return space.newTuple(make(s, 0, pos), make(sep), make(s, pos + sep.length, s.length));
            });
        }
        def("replace", (self, s, args, start, nargs, kwnames) -> {
            TextArgs.noKeywords(space, qual("replace"), kwnames);
            TextArgs.checkPositional(space, "replace", nargs, 2, 3);
            int[] old = arg(args[start]), rep = arg(args[start + 1]);
            long count = nargs == 3 ? TextArgs.index(space, args[start + 2]) : -1;
            int[] r = Stringlib.replace(s, old, rep, count, n -> {
                if (n > Integer.MAX_VALUE) throw space.error(space.exceptions.overflowError, "replace bytes is too long");
                space.heap.checkRequest(n);
            });
            return r == null ? unchanged(self, s) : make(r);
        });
        def("translate", (self, s, args, start, nargs, kwnames) -> {
            int[] a = TextArgs.parse(space, "translate", args, start, nargs, kwnames, new String[] {"table", "delete"},
                    1, 1, 2);
            return translate(self, s, a[0], a[1]);
        });
        caseMethod("upper", (s, i) -> toUpper(s[i]));
        caseMethod("lower", (s, i) -> toLower(s[i]));
        caseMethod("swapcase", (s, i) -> isUpper(s[i]) ? toLower(s[i]) : toUpper(s[i]));
        caseMethod("capitalize", (s, i) -> i == 0 ? toUpper(s[i]) : toLower(s[i]));
        // CPython 3.11: Objects/bytes_methods.c _Py_bytes_title(): upper after an uncased byte, lower after a cased one
        caseMethod("title", (s, i) -> i > 0 && isAlpha(s[i - 1]) ? toLower(s[i]) : toUpper(s[i]));
        predicate("isalnum", c -> isAlpha(c) || isDigit(c), false);
        predicate("isalpha", BytesMethods::isAlpha, false);
        predicate("isdigit", BytesMethods::isDigit, false);
        predicate("isspace", BytesMethods::isSpace, false);
        predicate("isascii", c -> c < 0x80, true);
        def("islower", (self, s, args, start, nargs, kwnames) -> cased(s, nargs, kwnames, "islower",
                BytesMethods::isLower, BytesMethods::isUpper));
        def("isupper", (self, s, args, start, nargs, kwnames) -> cased(s, nargs, kwnames, "isupper",
                BytesMethods::isUpper, BytesMethods::isLower));
        def("istitle", (self, s, args, start, nargs, kwnames) -> {
            TextArgs.none(space, qual("istitle"), nargs, kwnames);
            boolean cased = false, previousCased = false;
            for (int c : s) {
                if (isUpper(c)) {
                    if (previousCased) return space.newBool(false);
                    previousCased = cased = true;
                } else if (isLower(c)) {
                    if (!previousCased) return space.newBool(false);
                    previousCased = cased = true;
                } else {
                    previousCased = false;
                }
            }
            return space.newBool(cased);
        });
        for (int which = 0; which < 3; which++) {
            String name = new String[] {"center", "ljust", "rjust"}[which];
            int kind = which;
            def(name, (self, s, args, start, nargs, kwnames) -> {
                TextArgs.noKeywords(space, qual(name), kwnames);
                TextArgs.checkPositional(space, name, nargs, 1, 2);
                long width = TextArgs.index(space, args[start]);
                int fill = nargs == 2 ? fillByte(name, args[start + 1]) : ' ';
                if (s.length >= width) return unchanged(self, s);
                space.heap.checkRequest(width);
                long left = Stringlib.padLeft(kind, width, s.length);
                return make(Stringlib.pad(s, left, width - s.length - left, fill));
            });
        }
        def("zfill", (self, s, args, start, nargs, kwnames) -> {
            long width = TextArgs.index(space, TextArgs.one(space, qual("zfill"), args, start, nargs, kwnames));
            if (s.length >= width) return unchanged(self, s);
            space.heap.checkRequest(width);
            return make(Stringlib.zfill(s, (int) width));
        });
        def("expandtabs", (self, s, args, start, nargs, kwnames) -> {
            int[] a = TextArgs.parse(space, "expandtabs", args, start, nargs, kwnames, new String[] {"tabsize"}, 0, 0, 1);
            long tabsize = a[0] == 0 ? 8 : TextArgs.cInt(space, a[0]);
            return make(Stringlib.expandtabs(s, tabsize, n -> {
                if (n > Integer.MAX_VALUE) throw space.error(space.exceptions.overflowError, "result too long");
            }));
        });
        def("removeprefix", (self, s, args, start, nargs, kwnames) -> {
            int[] p = arg(TextArgs.one(space, qual("removeprefix"), args, start, nargs, kwnames));
            if (p.length > 0 && Stringlib.startsAt(s, p, 0)) return make(s, p.length, s.length);
            return unchanged(self, s);
        });
        def("removesuffix", (self, s, args, start, nargs, kwnames) -> {
            int[] p = arg(TextArgs.one(space, qual("removesuffix"), args, start, nargs, kwnames));
            if (p.length > 0 && Stringlib.startsAt(s, p, s.length - p.length)) return make(s, 0, s.length - p.length);
            return unchanged(self, s);
        });
    }

    /** A byte-wise map: unit i of the result from self's units and i. */
    @FunctionalInterface
    private interface ByteMap {
        int at(int[] s, int i);
    }

    private void caseMethod(String name, ByteMap map) {
        def(name, (self, s, args, start, nargs, kwnames) -> {
            TextArgs.none(space, qual(name), nargs, kwnames);
            int[] r = new int[s.length];
            for (int i = 0; i < s.length; i++) r[i] = map.at(s, i);
            return make(r);
        });
    }

    private void predicate(String name, IntPredicate test, boolean emptyIsTrue) {
        def(name, (self, s, args, start, nargs, kwnames) -> {
            TextArgs.none(space, qual(name), nargs, kwnames);
            if (s.length == 0) return space.newBool(emptyIsTrue);
            for (int c : s) if (!test.test(c)) return space.newBool(false);
            return space.newBool(true);
        });
    }

    /** islower / isupper: some byte of the case, none of the other. */
    private int cased(int[] s, int nargs, int kwnames, String name, IntPredicate is, IntPredicate other) {
        TextArgs.none(space, qual(name), nargs, kwnames);
        boolean cased = false;
        for (int c : s) {
            if (other.test(c)) return space.newBool(false);
            if (is.test(c)) cased = true;
        }
        return space.newBool(cased);
    }

    private int fillByte(String name, int h) {
        byte[] b = space.slotsOf(h).buffer(h);
        if (b == null || b.length != 1) {
            throw space.typeError(name + "() argument 2 must be a byte string of length 1, not "
                    + TextArgs.badArgumentType(space, h));
        }
        return b[0] & 0xff;
    }

    private int list(List<int[]> bounds, int self, int[] s) {
        int l = space.listSlots.newList(bounds.size());
        for (int[] b : bounds) {
            boolean whole = b[0] == 0 && b[1] == s.length;
            space.listSlots.appendSteal(l, whole ? unchanged(self, s) : make(s, b[0], b[1]));
        }
        return l;
    }

    // CPython 3.11: Objects/bytes_methods.c _Py_bytes_tailmatch()
    private int tailMatch(int[] s, int[] args, int start, int nargs, int kwnames, String name) {
        TextArgs.noKeywords(space, qual(name), kwnames);
        TextArgs.checkCount(space, name, nargs, 1, 3);
        Long from = nargs > 1 ? TextArgs.sliceIndex(space, args[start + 1]) : null;
        Long to = nargs > 2 ? TextArgs.sliceIndex(space, args[start + 2]) : null;
        boolean end = name.equals("endswith");
        int x = args[start];
        if (space.tupleSlots.check(x)) {
            for (int i = 0; i < space.tupleSlots.size(x); i++) {
                if (Stringlib.tailMatch(s, arg(space.tupleSlots.item(x, i)), from, to, end)) return space.newBool(true);
            }
            return space.newBool(false);
        }
        byte[] sub = space.slotsOf(x).buffer(x);
        if (sub == null) {
            throw space.typeError(name + " first arg must be bytes or a tuple of bytes, not "
                    + space.typeName(space.typeOf(x)));
        }
        return space.newBool(Stringlib.tailMatch(s, codes(sub), from, to, end));
    }

    // CPython 3.11: Objects/stringlib/join.h stringlib_bytes_join()
    private int join(int[] sep, int iterable) {
        int[] items = Iterables.toArray(space, iterable, "can only join an iterable");
        try {
            Stringlib.Units out = new Stringlib.Units();
            byte[][] parts = new byte[items.length][];
            long total = 0;
            for (int i = 0; i < items.length; i++) {
                parts[i] = space.slotsOf(items[i]).buffer(items[i]);
                if (parts[i] == null) {
                    throw space.typeError("sequence item " + i + ": expected a bytes-like object, "
                            + space.typeName(space.typeOf(items[i])) + " found");
                }
                total += parts[i].length + (i > 0 ? sep.length : 0);
            }
            if (total > Integer.MAX_VALUE) throw space.error(space.exceptions.overflowError, "join() result is too long");
            space.heap.checkRequest(total);
            if (items.length == 1 && space.typeOf(items[0]) == space.bytesSlots.type()
                    && owner == space.bytesSlots) {
                space.heap.incref(items[0]);
                return items[0];
            }
            for (int i = 0; i < items.length; i++) {
                if (i > 0) out.add(sep, 0, sep.length);
                int[] p = codes(parts[i]);
                out.add(p, 0, p.length);
            }
            return make(out.toArray());
        } finally {
            Iterables.release(space, items, items.length);
        }
    }

    // CPython 3.11: Objects/bytesobject.c bytes_translate_impl()
    private int translate(int self, int[] s, int tableObj, int deleteObj) {
        int[] table = null;
        if (tableObj != space.none) {
            table = arg(tableObj);
            if (table.length != 256) throw space.valueError("translation table must be 256 characters long");
        }
        int[] delete = deleteObj == 0 ? new int[0] : arg(deleteObj);
        Stringlib.Units out = new Stringlib.Units();
        boolean changed = false;
        for (int c : s) {
            if (Stringlib.contains(delete, c)) {
                changed = true;
                continue;
            }
            int t = table == null ? c : table[c];
            changed |= t != c;
            out.add(t);
        }
        return changed ? make(out.toArray()) : unchanged(self, s);
    }

    // CPython 3.11: Python/pystrhex.c _Py_strhex_impl()
    /** {@code hex(sep, bytes_per_sep)} of the units (0 for an absent argument): a new str. */
    static int hex(ObjectSpace space, int[] s, int sepObj, int perSepObj) {
        long perSep = perSepObj == 0 ? 1 : TextArgs.cInt(space, perSepObj);
        int sep = 0;
        if (sepObj != 0) {
            byte[] b = space.slotsOf(sepObj).buffer(sepObj);
            if (space.strSlots.check(sepObj)) {
                if (space.strSlots.length(sepObj) != 1) throw space.valueError("sep must be length 1.");
                sep = space.strSlots.codePointAt(sepObj, 0);
                if (sep > 0x7f) throw space.valueError("sep must be ASCII.");
            } else if (b != null) {
                if (b.length != 1) throw space.valueError("sep must be length 1.");
                sep = b[0] & 0xff;
            } else {
                long n = space.length(sepObj);
                if (n != 1) throw space.valueError("sep must be length 1.");
                throw space.typeError("sep must be str or bytes.");
            }
        }
        long group = sep == 0 ? 0 : Math.abs(perSep);
        StringBuilder b = new StringBuilder(s.length * 3);
        for (int i = 0; i < s.length; i++) {
            b.append(Character.forDigit(s[i] >> 4, 16)).append(Character.forDigit(s[i] & 15, 16));
            if (group > 0 && i + 1 < s.length && (perSep > 0 ? (s.length - 1 - i) % group == 0 : (i + 1) % group == 0)) {
                b.append((char) sep);
            }
        }
        return space.newStr(b.toString());
    }

    // CPython 3.11: Objects/bytesobject.c _PyBytes_FromHex()
    private byte[] fromhex(String s) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        int n = s.length();
        IntUnaryOperator digit = i -> i < n && s.charAt(i) < 0x80 ? Character.digit(s.charAt(i), 16) : -1;
        for (int i = 0; ; ) {
            while (i < n && isSpace(s.charAt(i))) i++;
            if (i >= n) break;
            int top = digit.applyAsInt(i), bottom = digit.applyAsInt(i + 1);
            if (top < 0 || bottom < 0) {
                throw space.valueError("non-hexadecimal number found in fromhex() arg at position " + (top < 0 ? i : i + 1));
            }
            out.write(top * 16 + bottom);
            i += 2;
        }
        return out.toByteArray();
    }
}
