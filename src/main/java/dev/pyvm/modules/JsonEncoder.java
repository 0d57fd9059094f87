package dev.pyvm.modules;

import dev.pyvm.memory.Heap;
import dev.pyvm.objects.FloatFormat;
import dev.pyvm.objects.ObjectSpace;
import java.util.ArrayList;
import java.util.HashSet;

/**
 * One run of json's encoder: a value to JSON text, built in a Java buffer and made a str once
 * at the end. What it writes is that of CPython 3.11's Modules/_json.c encoder (and, with an
 * indent, of Lib/json/encoder.py's _make_iterencode, which CPython uses then): the type tests in
 * the same order (str, int, float, list or tuple, dict, then {@code default}), dict keys
 * converted as CPython converts them, floats by {@code float.__repr__}.
 *
 * <p>Every value read from a container is held by a reference of its own while it is encoded
 * (a {@code default} may change the container meanwhile). Nesting counts toward the recursion
 * limit, as CPython's Py_EnterRecursiveCall, so that deep data gives RecursionError.
 *
 * <p>In chunk mode the text is cut into the chunks of CPython's Python encoder (which 3.11 uses for
 * iterencode and json.dump): those made before an error are what dump has written to its file
 * when the error comes, a value's text only once it could be made.
 */
final class JsonEncoder {
    /**
     * What RecursionError says past the limit: the C encoder's words; the Python encoder's frames
     * reach the limit in a call (" while calling a Python object").
     */
    private final String whileEncoding;

    private final ObjectSpace space;
    private final Heap heap;
    /** The callable for values of other types (borrowed). */
    private final int defaultFn;
    /** The indent of one level, or null for none. */
    private final String indent;
    private final String keySeparator;
    private final String itemSeparator;
    private final boolean sortKeys;
    private final boolean skipKeys;
    private final boolean ensureAscii;
    private final boolean allowNan;
    /** The containers being encoded (by handle), or null when circular references are not checked. */
    private final HashSet<Integer> markers;
    private final StringBuilder out = new StringBuilder();
    /**
     * In chunk mode (json.dump, iterencode), where each chunk of CPython's Python encoder ends
     * in out (null otherwise): those chunks are what dump writes, one at a time.
     */
    private int[] cuts;
    private int ncuts;
    /**
     * The Python encoder's messages (CPython 3.11 uses it with an indent and for iterencode):
     * "Out of range float values are not JSON compliant: nan", where the C one has no value.
     */
    private final boolean pythonStyle;
    /** "\n" + indent * level, by level. */
    private final ArrayList<String> newlines = new ArrayList<>();

    JsonEncoder(ObjectSpace space, int defaultFn, String indent, String keySeparator, String itemSeparator,
            boolean sortKeys, boolean skipKeys, boolean ensureAscii, boolean allowNan, boolean checkCircular,
            boolean chunks) {
        this.space = space;
        this.heap = space.heap;
        this.defaultFn = defaultFn;
        this.indent = indent;
        this.keySeparator = keySeparator;
        this.itemSeparator = itemSeparator;
        this.sortKeys = sortKeys;
        this.skipKeys = skipKeys;
        this.ensureAscii = ensureAscii;
        this.allowNan = allowNan;
        this.markers = checkCircular ? new HashSet<>() : null;
        this.cuts = chunks ? new int[16] : null;
        this.pythonStyle = chunks || indent != null;
        this.whileEncoding = pythonStyle ? " while calling a Python object" : " while encoding a JSON object";
    }

    /** Ends a chunk (chunk mode only). */
    private void cut() {
        if (cuts == null) return;
        if (ncuts == cuts.length) cuts = java.util.Arrays.copyOf(cuts, ncuts * 2);
        cuts[ncuts++] = out.length();
    }

    /** Appends the chunks ended so far to list, as strs. */
    void chunksTo(int list) {
        int from = 0;
        for (int i = 0; i < ncuts; i++) {
            space.listSlots.appendSteal(list, space.newStr(out.substring(from, cuts[i])));
            from = cuts[i];
        }
    }

    /** The JSON text of {@code o}: a new str. */
    int encode(int o) {
        run(o);
        return space.newStr(out.toString());
    }

    /** Encodes o into the buffer (for chunk mode: see {@link #chunksTo}). */
    void run(int o) {
        encodeValue(o, 0);
    }

    private String newline(int level) {
        while (newlines.size() <= level) newlines.add("\n" + indent.repeat(newlines.size()));
        return newlines.get(level);
    }

    /**
     * The text of a value that is no container (None, a bool, a str, an int, a float), or null for
     * any other; a str's text is written to out at once (it cannot fail) after {@code before}.
     */
    private String scalar(int o, String before) {
        if (o == space.none) return "null";
        if (o == space.trueObject) return "true";
        if (o == space.falseObject) return "false";
        int t = space.typeOf(o);
        if (t == space.strSlots.type()) {
            if (before != null) out.append(before);
            writeString(space.strSlots.toJava(o));
            return "";
        }
        if (t == space.intSlots.type()) return space.intSlots.toDecimal(o);
        if (t == space.floatSlots.type()) return floatText(o);
        if (t == space.listSlots.type() || t == space.dictSlots.type() || t == space.tupleSlots.type()) return null;
        // subclasses
        if (space.strSlots.check(o)) {
            if (before != null) out.append(before);
            writeString(space.strSlots.toJava(o));
            return "";
        }
        if (space.intSlots.check(o)) return space.intSlots.toDecimal(o);
        if (space.floatSlots.check(o)) return floatText(o);
        return null;
    }

    // CPython 3.11: encoder_encode_float()
    private String floatText(int o) {
        double v = space.floatSlots.value(o);
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            if (!allowNan) {
                throw space.valueError("Out of range float values are not JSON compliant"
                        + (pythonStyle ? ": " + FloatFormat.repr(v) : ""));
            }
            return v > 0 ? "Infinity" : v < 0 ? "-Infinity" : "NaN";
        }
        return FloatFormat.repr(v);
    }

    // CPython 3.11: encoder_listencode_obj()
    private void encodeValue(int o, int level) {
        String s = scalar(o, null);
        if (s != null) {
            out.append(s);
            cut();
            return;
        }
        encodeOther(o, level);
    }

    /** A list, tuple, dict, or a value of another type (through default). */
    private void encodeOther(int o, int level) {
        int t = space.typeOf(o);
        if (t == space.dictSlots.type()) {
            space.enterRecursiveCall(whileEncoding);
            try {
                encodeDict(o, level);
            } finally {
                space.leaveRecursiveCall();
            }
            return;
        }
        if (t == space.listSlots.type() || space.listSlots.check(o) || space.tupleSlots.check(o)) {
            space.enterRecursiveCall(whileEncoding);
            try {
                encodeList(o, level);
            } finally {
                space.leaveRecursiveCall();
            }
            return;
        }
        if (space.dictSlots.check(o)) {
            space.enterRecursiveCall(whileEncoding);
            try {
                encodeDict(o, level);
            } finally {
                space.leaveRecursiveCall();
            }
            return;
        }
        enterMarker(o);
        int replacement = space.call(defaultFn, o);
        try {
            space.enterRecursiveCall(whileEncoding);
            try {
                encodeValue(replacement, level);
            } finally {
                space.leaveRecursiveCall();
            }
        } finally {
            heap.decref(replacement);
        }
        leaveMarker(o);
    }

    private void enterMarker(int o) {
        if (markers != null && !markers.add(o)) throw space.valueError("Circular reference detected");
    }

    private void leaveMarker(int o) {
        if (markers != null) markers.remove(o);
    }

    // CPython 3.11: encoder_listencode_list(); Lib/json/encoder.py _iterencode_list()
    private void encodeList(int seq, int level) {
        int t = space.typeOf(seq);
        if (t != space.listSlots.type() && t != space.tupleSlots.type()) {
            if (pythonStyle) {
                // the Python encoder: "if not lst", then "for value in lst"
                if (!space.isTrue(seq)) {
                    out.append("[]");
                    cut();
                    return;
                }
                encodeItems(seq, level, true);
                return;
            }
            // the C encoder: PySequence_Fast, a list of the items (by __iter__) of a subclass
            int items = space.listSlots.fromIterable(seq);
            try {
                if (space.listSlots.size(items) == 0) {
                    out.append("[]");
                    cut();
                    return;
                }
                enterMarker(seq);
                encodeItems(items, level, false);
                leaveMarker(seq);
            } finally {
                heap.decref(items);
            }
            return;
        }
        if (t == space.listSlots.type() ? space.listSlots.size(seq) == 0 : space.tupleSlots.size(seq) == 0) {
            out.append("[]");
            cut();
            return;
        }
        enterMarker(seq);
        encodeItems(seq, level, false);
        leaveMarker(seq);
    }

    /** The brackets and items of a non-empty list or tuple seq; by its iterator if iterate. */
    private void encodeItems(int seq, int level, boolean iterate) {
        boolean isList = space.listSlots.check(seq);
        int n = isList ? space.listSlots.size(seq) : space.tupleSlots.size(seq);
        if (iterate) enterMarker(seq);
        int inner = level + 1;
        String separator = indent == null ? itemSeparator : itemSeparator + newline(inner);
        String buf = indent == null ? "[" : "[" + newline(inner);
        if (iterate) {
            int it = space.iter(seq);
            try {
                for (int item; (item = space.iterNext(it)) != 0; buf = separator) {
                    try {
                        listItem(item, buf, inner);
                    } finally {
                        heap.decref(item);
                    }
                }
            } finally {
                heap.decref(it);
            }
        } else {
            for (int i = 0; i < (isList ? space.listSlots.size(seq) : n); i++, buf = separator) {
                int item = isList ? space.listSlots.item(seq, i) : space.tupleSlots.item(seq, i);
                heap.incref(item);
                try {
                    listItem(item, buf, inner);
                } finally {
                    heap.decref(item);
                }
            }
        }
        if (indent != null) {
            out.append(newline(level));
            cut();
        }
        out.append(']');
        cut();
        if (iterate) leaveMarker(seq);
    }

    /** An item of a list after buf (the opening bracket or the separator). */
    private void listItem(int item, String buf, int inner) {
        String s = scalar(item, buf);
        if (s != null) {
            if (!s.isEmpty()) out.append(buf).append(s);
            cut();
        } else {
            out.append(buf);
            cut();
            encodeOther(item, inner);
        }
    }

    // CPython 3.11: encoder_listencode_dict(); Lib/json/encoder.py _iterencode_dict()
    private void encodeDict(int dict, int level) {
        // the C encoder: PyDict_GET_SIZE; the Python one: "if not dct"
        if (pythonStyle ? !space.isTrue(dict) : space.dictSlots.size(dict) == 0) {
            out.append("{}");
            cut();
            return;
        }
        enterMarker(dict);
        out.append('{');
        cut();
        int inner = level + 1;
        String separator = itemSeparator;
        if (indent != null) {
            separator = itemSeparator + newline(inner);
            out.append(newline(inner));
            cut();
        }
        int[] pairs = items(dict);
        try {
            boolean first = true;
            for (int i = 0; i < pairs.length; i += 2) {
                int key = pairs[i], value = pairs[i + 1];
                String keyText;
                boolean strKey = false;
                if (space.strSlots.check(key)) {
                    keyText = space.strSlots.toJava(key);
                    strKey = true;
                } else if (space.floatSlots.check(key)) {
                    keyText = floatText(key);
                } else if (key == space.trueObject) {
                    keyText = "true";
                } else if (key == space.falseObject) {
                    keyText = "false";
                } else if (key == space.none) {
                    keyText = "null";
                } else if (space.intSlots.check(key)) {
                    keyText = space.intSlots.toDecimal(key);
                } else if (skipKeys) {
                    continue;
                } else {
                    throw space.typeError("keys must be str, int, float, bool or None, not "
                            + space.typeName(space.typeOf(key)));
                }
                if (!first) {
                    out.append(separator);
                    cut();
                }
                first = false;
                if (strKey) writeString(keyText);
                else out.append('"').append(keyText).append('"');
                cut();
                out.append(keySeparator);
                cut();
                encodeValue(value, inner);
            }
        } finally {
            for (int i = pairs.length - 1; i >= 0; i--) heap.decref(pairs[i]);
        }
        if (indent != null) {
            out.append(newline(level));
            cut();
        }
        out.append('}');
        cut();
        leaveMarker(dict);
    }

    /**
     * The dict's items as new references, key then value: of a dict itself as it is now; of a
     * subclass by its {@code items()}; sorted as {@code sorted(d.items())} with sort_keys.
     */
    private int[] items(int dict) {
        if (!sortKeys && space.typeOf(dict) == space.dictSlots.type()) {
            int[] pairs = new int[2 * space.dictSlots.size(dict)];
            int[] n = {0};
            space.dictSlots.forEach(dict, (key, value) -> {
                heap.incref(key);
                heap.incref(value);
                pairs[n[0]++] = key;
                pairs[n[0]++] = value;
            });
            return pairs;
        }
        int list;
        if (space.typeOf(dict) == space.dictSlots.type()) {
            list = space.listSlots.newList(space.dictSlots.size(dict));
            int l = list;
            space.dictSlots.forEach(dict, (key, value) -> {
                heap.incref(key);
                heap.incref(value);
                space.listSlots.appendSteal(l, space.newTuple(key, value));
            });
        } else {
            int method = space.getAttr(dict, space.intern("items"));
            int view;
            try {
                view = space.call(method);
            } finally {
                heap.decref(method);
            }
            try {
                list = space.listSlots.fromIterable(view);
            } finally {
                heap.decref(view);
            }
        }
        try {
            if (sortKeys) space.listSlots.sort(list, 0, false);
            int n = space.listSlots.size(list);
            int[] pairs = new int[2 * n];
            for (int i = 0; i < n; i++) {
                int item = space.listSlots.item(list, i);
                if (!space.tupleSlots.check(item) || space.tupleSlots.size(item) != 2) {
                    for (int j = 0; j < 2 * i; j++) heap.decref(pairs[j]);
                    throw space.valueError("items must return 2-tuples");
                }
                pairs[2 * i] = space.tupleSlots.item(item, 0);
                pairs[2 * i + 1] = space.tupleSlots.item(item, 1);
                heap.incref(pairs[2 * i]);
                heap.incref(pairs[2 * i + 1]);
            }
            return pairs;
        } finally {
            heap.decref(list);
        }
    }

    private void writeString(String s) {
        writeString(out, s, ensureAscii);
    }

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    /**
     * Appends the JSON string of s: CPython 3.11's ascii_escape_unicode (every code point outside
     * ' '..'~' escaped, astral ones as a surrogate pair, which Java's chars already are) or
     * escape_unicode (only '"', '\\' and the control characters).
     */
    static void writeString(StringBuilder out, String s, boolean ensureAscii) {
        out.append('"');
        int n = s.length();
        int run = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            boolean plain = ensureAscii ? c >= ' ' && c <= '~' && c != '"' && c != '\\' : c >= ' ' && c != '"' && c != '\\';
            if (plain) continue;
            out.append(s, run, i);
            run = i + 1;
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> out.append("\\u").append(HEX[c >>> 12]).append(HEX[(c >>> 8) & 15])
                        .append(HEX[(c >>> 4) & 15]).append(HEX[c & 15]);
            }
        }
        out.append(s, run, n);
        out.append('"');
    }
}
