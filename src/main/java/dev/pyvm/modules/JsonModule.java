package dev.pyvm.modules;

import dev.pyvm.objects.ObjectSpace;

/**
 * {@code _json}: the speed of the frozen {@code json} package, as CPython's Modules/_json.c is
 * Lib/json's. pyvm's own interface, called only by json's code:
 * <ul>
 * <li>{@code encode(o, default, indent, key_separator, item_separator, sort_keys, skipkeys,
 *     ensure_ascii, allow_nan, check_circular, chunks)}: the JSON text of o (a str), indent a str
 *     or None; or, when chunks is a list, None, the text appended to it in the chunks of CPython's
 *     Python encoder (those made before an error, on an error) ({@link JsonEncoder});
 * <li>{@code scan_once(s, idx, strict, object_hook, object_pairs_hook, parse_float, parse_int,
 *     parse_constant, error)}: {@code (value, end)} of the JSON value at s[idx], StopIteration(idx)
 *     when there is none, {@code error(msg, doc, pos)} raised on bad JSON ({@link JsonScanner});
 * <li>{@code scanstring(s, end, strict, error)}: {@code (str, end)} of the JSON string whose text
 *     starts at s[end];
 * <li>{@code skip_ws(s, idx)}: the index of the first non-whitespace at or after idx (the
 *     {@code [ \t\n\r]*} match of Lib/json/decoder.py);
 * <li>{@code encode_basestring_ascii(s)}, {@code encode_basestring(s)}: CPython's.
 * </ul>
 */
final class JsonModule {
    private JsonModule() {}

    static int create(ObjectSpace space) {
        ModuleBuilder m = new ModuleBuilder(space, "_json");
        m.function("encode", (self, args, start, nargs, kwnames) -> {
            Args.positional(space, "encode", "encode", 11, 11, nargs, kwnames);
            int a = start;
            int indent = args[a + 2];
            JsonEncoder e = new JsonEncoder(space, args[a + 1],
                    indent == space.none ? null : text(space, indent, "4"),
                    text(space, args[a + 3], "5"), text(space, args[a + 4], "6"),
                    space.isTrue(args[a + 5]), space.isTrue(args[a + 6]), space.isTrue(args[a + 7]),
                    space.isTrue(args[a + 8]), space.isTrue(args[a + 9]), args[a + 10] != space.none);
            int chunks = args[a + 10];
            if (chunks == space.none) return e.encode(args[a]);
            try {
                e.run(args[a]);
                return space.newNone();
            } finally {
                e.chunksTo(chunks);
            }
        });
        m.function("scan_once", (self, args, start, nargs, kwnames) -> {
            Args.positional(space, "scan_once", "scan_once", 9, 9, nargs, kwnames);
            int a = start;
            int doc = string(space, args[a]);
            int idx = index(space, args[a + 1]);
            JsonScanner scanner = new JsonScanner(space, doc, space.isTrue(args[a + 2]), args[a + 3], args[a + 4],
                    args[a + 5], args[a + 6], args[a + 7], args[a + 8]);
            try {
                int value = scanner.scanOnce(idx);
                return space.newTuple(value, space.newInt(scanner.next));
            } finally {
                scanner.release();
            }
        });
        m.function("scanstring", (self, args, start, nargs, kwnames) -> {
            Args.positional(space, "scanstring", "scanstring", 4, 4, nargs, kwnames);
            int doc = string(space, args[start]);
            int end = index(space, args[start + 1]);
            JsonScanner scanner = new JsonScanner(space, doc, space.isTrue(args[start + 2]), space.none, space.none,
                    space.none, space.none, space.none, args[start + 3]);
            int value = scanner.scanString(end);
            return space.newTuple(value, space.newInt(scanner.next));
        });
        m.function("skip_ws", (self, args, start, nargs, kwnames) -> {
            Args.positional(space, "skip_ws", "skip_ws", 2, 2, nargs, kwnames);
            int doc = string(space, args[start]);
            int idx = index(space, args[start + 1]);
            int n = (int) space.strSlots.length(doc);
            while (idx < n) {
                int c = space.strSlots.codePointAt(doc, idx);
                if (c != ' ' && c != '\t' && c != '\n' && c != '\r') break;
                idx++;
            }
            return space.newInt(idx);
        });
        m.function("encode_basestring_ascii", (self, args, start, nargs, kwnames) ->
                basestring(space, Args.one(space, "encode_basestring_ascii", args, start, nargs, kwnames), true));
        m.function("encode_basestring", (self, args, start, nargs, kwnames) ->
                basestring(space, Args.one(space, "encode_basestring", args, start, nargs, kwnames), false));
        return m.module();
    }

    private static int basestring(ObjectSpace space, int s, boolean ascii) {
        if (!space.strSlots.check(s)) {
            throw space.typeError("first argument must be a string, not " + space.typeName(space.typeOf(s)));
        }
        StringBuilder b = new StringBuilder();
        JsonEncoder.writeString(b, space.strSlots.toJava(s), ascii);
        return space.newStr(b.toString());
    }

    private static int string(ObjectSpace space, int s) {
        if (!space.strSlots.check(s)) {
            throw space.typeError("first argument must be a string, not " + space.typeName(space.typeOf(s)));
        }
        return s;
    }

    /** A str argument of the encoder as Java text: TypeError as CPython's make_encoder() gives it. */
    private static String text(ObjectSpace space, int s, String what) {
        if (!space.strSlots.check(s)) {
            throw space.typeError("make_encoder() argument " + what + " must be str, not "
                    + space.typeName(space.typeOf(s)));
        }
        return space.strSlots.toJava(s);
    }

    private static int index(ObjectSpace space, int h) {
        int i = Args.index(space, h);
        try {
            if (!space.intSlots.fitsLong(i)) throw space.error(space.exceptions.overflowError,
                    "Python int too large to convert to C ssize_t");
            long v = space.intSlots.longValue(i);
            if (v > Integer.MAX_VALUE) return Integer.MAX_VALUE;
            if (v < Integer.MIN_VALUE) return -1;
            return (int) v;
        } finally {
            space.heap.decref(i);
        }
    }
}
