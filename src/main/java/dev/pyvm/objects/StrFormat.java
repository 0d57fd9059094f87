package dev.pyvm.objects;

/**
 * {@code str.format(*args, **kwargs)} and {@code str.format_map(mapping)}: a port of CPython
 * 3.11's Objects/stringlib/unicode_format.h (MarkupIterator, parse_field, field_name_split,
 * get_field_object, render_field), auto-numbering and all.
 */
final class StrFormat {
    private static final int ANS_INIT = 0;
    private static final int ANS_AUTO = 1;
    private static final int ANS_MANUAL = 2;

    private final ObjectSpace space;
    /** Positional arguments args[argStart .. argStart+npos), or null for format_map. */
    private final int[] args;
    private final int argStart;
    private final int npos;
    private final int kwnames;
    /** format_map's mapping, else 0. */
    private final int mapping;
    private int autoState = ANS_INIT;
    private int autoNumber;

    private StrFormat(ObjectSpace space, int[] args, int argStart, int npos, int kwnames, int mapping) {
        this.space = space;
        this.args = args;
        this.argStart = argStart;
        this.npos = npos;
        this.kwnames = kwnames;
        this.mapping = mapping;
    }

    /** {@code self.format(*args, **kwargs)}: a new str. */
    static int format(ObjectSpace space, int self, int[] args, int start, int nargs, int kwnames) {
        int npos = nargs - TextArgs.keywords(space, kwnames);
        StrFormat f = new StrFormat(space, args, start, npos, kwnames, 0);
        int[] s = space.strSlots.toJava(self).codePoints().toArray();
        return space.newStr(f.build(s, 0, s.length, 2));
    }

    /** {@code self.format_map(mapping)}: a new str. */
    static int formatMap(ObjectSpace space, int self, int mapping) {
        StrFormat f = new StrFormat(space, null, 0, 0, 0, mapping);
        int[] s = space.strSlots.toJava(self).codePoints().toArray();
        return space.newStr(f.build(s, 0, s.length, 2));
    }

    // CPython 3.11: Objects/stringlib/unicode_format.h build_string(), do_markup(), MarkupIterator_next()
    private String build(int[] s, int from, int to, int depth) {
        if (depth <= 0) throw space.valueError("Max string recursion exceeded");
        StringBuilder out = new StringBuilder();
        int pos = from;
        while (pos < to) {
            int start = pos;
            int c = 0;
            boolean markupFollows = false;
            while (pos < to) {
                c = s[pos++];
                if (c == '{' || c == '}') {
                    markupFollows = true;
                    break;
                }
            }
            boolean atEnd = pos >= to;
            int len = pos - start;
            if (c == '}' && markupFollows && (atEnd || s[pos] != '}')) {
                throw space.valueError("Single '}' encountered in format string");
            }
            if (atEnd && c == '{' && markupFollows) throw space.valueError("Single '{' encountered in format string");
            if (!atEnd && markupFollows) {
                if (s[pos] == c) {
                    pos++;
                    markupFollows = false;
                } else {
                    len--;
                }
            }
            out.append(new String(s, start, len));
            if (!markupFollows) continue;
            pos = field(s, pos, to, out, depth);
        }
        return out.toString();
    }

    /** Parses and renders the field starting after its '{'; returns the position after its '}'. */
    // CPython 3.11: Objects/stringlib/unicode_format.h parse_field() and output_markup()
    private int field(int[] s, int pos, int to, StringBuilder out, int depth) {
        int c = 0;
        int nameStart = pos;
        while (pos < to) {
            c = s[pos++];
            if (c == '{') throw space.valueError("unexpected '{' in field name");
            if (c == '[') {
                while (pos < to && s[pos] != ']') pos++;
                continue;
            }
            if (c == '}' || c == ':' || c == '!') break;
        }
        int nameEnd = pos - 1;
        int conversion = 0;
        int specStart = 0, specEnd = 0;
        boolean specNeedsExpanding = false;
        if (c == '!' || c == ':') {
            boolean done = false;
            if (c == '!') {
                if (pos >= to) throw space.valueError("end of string while looking for conversion specifier");
                conversion = s[pos++];
                if (pos < to) {
                    int d = s[pos++];
                    if (d == '}') done = true;
                    else if (d != ':') throw space.valueError("expected ':' after conversion specifier");
                }
            }
            if (!done) {
                specStart = pos;
                int count = 1;
                boolean closed = false;
                while (pos < to) {
                    int d = s[pos++];
                    if (d == '{') {
                        specNeedsExpanding = true;
                        count++;
                    } else if (d == '}') {
                        count--;
                        if (count == 0) {
                            specEnd = pos - 1;
                            closed = true;
                            break;
                        }
                    }
                }
                if (!closed) throw space.valueError("unmatched '{' in format spec");
            }
        } else if (c != '}') {
            throw space.valueError("expected '}' before end of string");
        }
        if (nameEnd < nameStart) nameEnd = nameStart;
        int obj = fieldObject(s, nameStart, nameEnd);
        try {
            if (conversion != 0) {
                int converted = convert(obj, conversion);
                space.heap.decref(obj);
                obj = converted;
            }
            String spec = specNeedsExpanding ? build(s, specStart, specEnd, depth - 1)
                    : new String(s, specStart, specEnd - specStart);
            int r = Formatter.format(space, obj, spec);
            try {
                out.append(space.strSlots.toJava(r));
            } finally {
                space.heap.decref(r);
            }
        } finally {
            space.heap.decref(obj);
        }
        return pos;
    }

    private int convert(int obj, int conversion) {
        switch (conversion) {
            case 'r':
                return space.slotsOf(obj).repr(obj);
            case 's':
                return space.slotsOf(obj).str(obj);
            case 'a':
                return space.newStr(PercentFormat.ascii(space.repr(obj)));
            default:
                if (conversion > 32 && conversion < 127) {
                    throw space.valueError("Unknown conversion specifier " + (char) conversion);
                }
                throw space.valueError("Unknown conversion specifier \\x" + Integer.toHexString(conversion));
        }
    }

    /** The digits as a number, -1 when empty or not all digits. CPython: get_integer. */
    private long integer(int[] s, int from, int to) {
        if (from >= to) return -1;
        long acc = 0;
        for (int i = from; i < to; i++) {
            if (Character.getType(s[i]) != Character.DECIMAL_DIGIT_NUMBER) return -1;
            int d = Character.digit(s[i], 10);
            if (acc > (Long.MAX_VALUE - d) / 10) throw space.valueError("Too many decimal digits in format string");
            acc = acc * 10 + d;
        }
        return acc;
    }

    // CPython 3.11: Objects/stringlib/unicode_format.h get_field_object() and field_name_split()
    private int fieldObject(int[] s, int from, int to) {
        int i = from;
        while (i < to && s[i] != '.' && s[i] != '[') i++;
        long index = integer(s, from, i);
        boolean empty = from >= i;
        boolean numeric = empty || index != -1;
        if (autoState == ANS_INIT && numeric) autoState = empty ? ANS_AUTO : ANS_MANUAL;
        if (numeric) {
            if (autoState == ANS_MANUAL && empty) {
                throw space.valueError("cannot switch from manual field specification to automatic field numbering");
            }
            if (autoState == ANS_AUTO && !empty) {
                throw space.valueError("cannot switch from automatic field numbering to manual field specification");
            }
        }
        if (empty) index = autoNumber++;
        int obj;
        if (index == -1) {
            obj = keyword(new String(s, from, i - from));
        } else {
            if (args == null) throw space.valueError("Format string contains positional fields");
            if (index >= npos) {
                throw space.error(space.exceptions.indexError, "Replacement index " + index
                        + " out of range for positional args tuple");
            }
            obj = args[argStart + (int) index];
            space.heap.incref(obj);
        }
        try {
            while (i < to) {
                int c = s[i++];
                int nameStart = i;
                int next;
                boolean attribute;
                if (c == '.') {
                    attribute = true;
                    while (i < to && s[i] != '.' && s[i] != '[') i++;
                    next = i;
                } else if (c == '[') {
                    attribute = false;
                    while (i < to && s[i] != ']') i++;
                    if (i >= to) throw space.valueError("Missing ']' in format string");
                    next = i + 1;
                } else {
                    throw space.valueError("Only '.' or '[' may follow ']' in format field specifier");
                }
                int nameEnd = i;
                i = next;
                if (nameStart == nameEnd) throw space.valueError("Empty attribute in format string");
                String name = new String(s, nameStart, nameEnd - nameStart);
                int value;
                if (attribute) {
                    value = space.getAttr(obj, space.intern(name));
                } else {
                    long idx = integer(s, nameStart, nameEnd);
                    int key = idx == -1 ? space.newStr(name) : space.newInt(idx);
                    try {
                        value = space.getItem(obj, key);
                    } finally {
                        space.heap.decref(key);
                    }
                }
                space.heap.decref(obj);
                obj = value;
            }
        } catch (RuntimeException e) {
            space.heap.decref(obj);
            throw e;
        }
        return obj;
    }

    /** The keyword argument (or mapping item) named name: a new reference; KeyError when absent. */
    private int keyword(String name) {
        int key = space.newStr(name);
        try {
            if (mapping != 0) return space.getItem(mapping, key);
            int k = TextArgs.findKeyword(space, kwnames, name);
            if (k < 0) throw space.exceptions.raiseWithArg(space.exceptions.keyError, key);
            int v = args[argStart + npos + k];
            space.heap.incref(v);
            return v;
        } finally {
            space.heap.decref(key);
        }
    }
}
