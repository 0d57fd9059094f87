package dev.pyvm.modules;

import dev.pyvm.memory.Heap;
import dev.pyvm.objects.ObjectSpace;
import dev.pyvm.objects.PyException;
import java.math.BigInteger;

/**
 * One run of json's scanner over a str: CPython 3.11's Modules/_json.c scan_once_unicode and
 * scanstring_unicode, with their error messages and positions. The text is read as an array of
 * code points (a str's index is a code point's). No value at a position raises
 * {@code StopIteration(position)}, which JSONDecoder.raw_decode turns into "Expecting value";
 * the other errors are the JSONDecodeError class given, called as {@code cls(msg, doc, pos)}.
 *
 * <p>Object keys are shared through a memo dict for the run (PyDict_SetDefault, as CPython), so
 * that the same key in many objects is one str. Nesting counts toward the recursion limit.
 */
final class JsonScanner {
    private final ObjectSpace space;
    private final Heap heap;
    /** The document (borrowed). */
    private final int doc;
    private final int[] s;
    private final int len;
    private final boolean strict;
    // the decoder's hooks (borrowed); objectHook and pairsHook None when not given
    private final int objectHook;
    private final int pairsHook;
    private final int parseFloat;
    private final int parseInt;
    private final int parseConstant;
    private final int errorType;
    /** The memo of keys, made on the first key. */
    private int memo;
    /** Where the value or string scanned last ends. */
    int next;
    /** A scratch buffer for strings with escapes. */
    private int[] chars = new int[64];

    JsonScanner(ObjectSpace space, int doc, boolean strict, int objectHook, int pairsHook, int parseFloat, int parseInt,
            int parseConstant, int errorType) {
        this.space = space;
        this.heap = space.heap;
        this.doc = doc;
        this.s = space.strSlots.codePointsShared(doc); // read only
        this.len = s.length;
        this.strict = strict;
        this.objectHook = objectHook;
        this.pairsHook = pairsHook;
        this.parseFloat = parseFloat;
        this.parseInt = parseInt;
        this.parseConstant = parseConstant;
        this.errorType = errorType;
    }

    /** Releases the memo. */
    void release() {
        if (memo != 0) heap.decref(memo);
        memo = 0;
    }

    /** {@code errorType(msg, doc, pos)} to throw. */
    PyException error(String msg, int pos) {
        int m = space.newStr(msg);
        int p = space.newInt(pos);
        try {
            return new PyException(space.call(errorType, m, doc, p));
        } finally {
            heap.decref(m);
            heap.decref(p);
        }
    }

    private PyException stopIteration(int idx) {
        int p = space.newInt(idx);
        try {
            return space.exceptions.raiseWithArg(space.exceptions.stopIteration, p);
        } finally {
            heap.decref(p);
        }
    }

    private static boolean isWhitespace(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    private int skip(int idx) {
        while (idx < len && isWhitespace(s[idx])) idx++;
        return idx;
    }

    private boolean matches(int idx, String word) {
        if (idx + word.length() > len) return false;
        for (int i = 0; i < word.length(); i++) if (s[idx + i] != word.charAt(i)) return false;
        return true;
    }

    // CPython 3.11: scan_once_unicode(); a new reference, next set past the value
    int scanOnce(int idx) {
        if (idx < 0) throw space.valueError("idx cannot be negative");
        if (idx >= len) throw stopIteration(idx);
        switch (s[idx]) {
            case '"':
                return scanString(idx + 1);
            case '{':
                space.enterRecursiveCall(" while decoding a JSON object from a unicode string");
                try {
                    return parseObject(idx + 1);
                } finally {
                    space.leaveRecursiveCall();
                }
            case '[':
                space.enterRecursiveCall(" while decoding a JSON array from a unicode string");
                try {
                    return parseArray(idx + 1);
                } finally {
                    space.leaveRecursiveCall();
                }
            case 'n':
                if (matches(idx, "null")) {
                    next = idx + 4;
                    return space.newNone();
                }
                break;
            case 't':
                if (matches(idx, "true")) {
                    next = idx + 4;
                    return space.newBool(true);
                }
                break;
            case 'f':
                if (matches(idx, "false")) {
                    next = idx + 5;
                    return space.newBool(false);
                }
                break;
            case 'N':
                if (matches(idx, "NaN")) return constant("NaN", idx);
                break;
            case 'I':
                if (matches(idx, "Infinity")) return constant("Infinity", idx);
                break;
            case '-':
                if (matches(idx, "-Infinity")) return constant("-Infinity", idx);
                break;
            default:
                break;
        }
        return number(idx);
    }

    private int constant(String name, int idx) {
        int str = space.newStr(name);
        try {
            int r = space.call(parseConstant, str);
            next = idx + name.length();
            return r;
        } finally {
            heap.decref(str);
        }
    }

    // CPython 3.11: _match_number_unicode()
    private int number(int start) {
        int idx = start;
        int end = len - 1;
        if (s[idx] == '-') {
            idx++;
            if (idx > end) throw stopIteration(start);
        }
        int c = s[idx];
        if (c >= '1' && c <= '9') {
            idx++;
            while (idx <= end && s[idx] >= '0' && s[idx] <= '9') idx++;
        } else if (c == '0') {
            idx++;
        } else {
            throw stopIteration(start);
        }
        boolean isFloat = false;
        if (idx < end && s[idx] == '.' && s[idx + 1] >= '0' && s[idx + 1] <= '9') {
            isFloat = true;
            idx += 2;
            while (idx <= end && s[idx] >= '0' && s[idx] <= '9') idx++;
        }
        if (idx < end && (s[idx] == 'e' || s[idx] == 'E')) {
            int eStart = idx;
            idx++;
            if (idx < end && (s[idx] == '-' || s[idx] == '+')) idx++;
            while (idx <= end && s[idx] >= '0' && s[idx] <= '9') idx++;
            if (s[idx - 1] >= '0' && s[idx - 1] <= '9') isFloat = true;
            else idx = eStart;
        }
        int r;
        if (isFloat && parseFloat != space.floatSlots.type() || !isFloat && parseInt != space.intSlots.type()) {
            int numstr = space.strSlots.fromCodePoints(java.util.Arrays.copyOfRange(s, start, idx), idx - start);
            try {
                r = space.call(isFloat ? parseFloat : parseInt, numstr);
            } finally {
                heap.decref(numstr);
            }
        } else if (isFloat) {
            r = space.newFloat(Double.parseDouble(ascii(start, idx)));
        } else {
            r = integer(start, idx);
        }
        next = idx;
        return r;
    }

    private String ascii(int from, int to) {
        char[] cs = new char[to - from];
        for (int i = from; i < to; i++) cs[i - from] = (char) s[i];
        return new String(cs);
    }

    private int integer(int from, int to) {
        if (to - from <= 18) {
            boolean negative = s[from] == '-';
            long v = 0;
            for (int i = negative ? from + 1 : from; i < to; i++) v = v * 10 + (s[i] - '0');
            return space.newInt(negative ? -v : v);
        }
        int digits = to - from - (s[from] == '-' ? 1 : 0);
        int limit = space.intSlots.maxStrDigits();
        if (limit > 0 && digits > limit) {
            throw space.valueError("Exceeds the limit (" + limit + " digits) for integer string conversion: value has "
                    + digits + " digits; use sys.set_int_max_str_digits() to increase the limit");
        }
        return space.newInt(new BigInteger(ascii(from, to)));
    }

    // CPython 3.11: _parse_object_unicode(); idx is past the '{'
    private int parseObject(int idx) {
        int end = len - 1;
        boolean pairs = pairsHook != space.none;
        int rval = pairs ? space.listSlots.newList(0) : space.dictSlots.newDict();
        try {
            idx = skip(idx);
            if (idx > end || s[idx] != '}') {
                while (true) {
                    if (idx > end || s[idx] != '"') throw error("Expecting property name enclosed in double quotes", idx);
                    int key = memoKey(scanString(idx + 1));
                    try {
                        idx = skip(next);
                        if (idx > end || s[idx] != ':') throw error("Expecting ':' delimiter", idx);
                        idx = skip(idx + 1);
                        int val = scanOnce(idx);
                        if (pairs) {
                            heap.incref(key);
                            space.listSlots.appendSteal(rval, space.newTuple(key, val));
                        } else {
                            try {
                                space.dictSlots.put(rval, key, val);
                            } finally {
                                heap.decref(val);
                            }
                        }
                    } finally {
                        heap.decref(key);
                    }
                    idx = skip(next);
                    if (idx <= end && s[idx] == '}') break;
                    if (idx > end || s[idx] != ',') throw error("Expecting ',' delimiter", idx);
                    idx = skip(idx + 1);
                }
            }
        } catch (RuntimeException e) {
            heap.decref(rval);
            throw e;
        }
        next = idx + 1;
        int hook = pairs ? pairsHook : objectHook;
        if (hook == space.none) return rval;
        try {
            return space.call(hook, rval);
        } finally {
            heap.decref(rval);
        }
    }

    /** The memo's str equal to key (a new reference), key's reference dropped. */
    private int memoKey(int key) {
        try {
            if (memo == 0) memo = space.dictSlots.newDict();
            return space.dictSlots.setDefault(memo, key, key);
        } finally {
            heap.decref(key);
        }
    }

    // CPython 3.11: _parse_array_unicode(); idx is past the '['
    private int parseArray(int idx) {
        int end = len - 1;
        int rval = space.listSlots.newList(0);
        try {
            idx = skip(idx);
            if (idx > end || s[idx] != ']') {
                while (true) {
                    space.listSlots.appendSteal(rval, scanOnce(idx));
                    idx = skip(next);
                    if (idx <= end && s[idx] == ']') break;
                    if (idx > end || s[idx] != ',') throw error("Expecting ',' delimiter", idx);
                    idx = skip(idx + 1);
                }
            }
        } catch (RuntimeException e) {
            heap.decref(rval);
            throw e;
        }
        next = idx + 1;
        return rval;
    }

    // CPython 3.11: scanstring_unicode(); end is past the opening quote; a new str, next past the closing one
    int scanString(int end) {
        if (end < 0 || len < end) throw space.valueError("end is out of bounds");
        int begin = end - 1;
        int n = 0; // code points in chars, once an escape was seen
        boolean escaped = false;
        while (true) {
            int c = 0;
            int next = end;
            for (; next < len; next++) {
                c = s[next];
                if (c == '"' || c == '\\') break;
                if (c <= 0x1f && strict) throw error("Invalid control character at", next);
            }
            if (next >= len) c = 0;
            if (c == '"' && !escaped) {
                this.next = next + 1;
                return substring(end, next);
            }
            if (c != '"' && c != '\\') throw error("Unterminated string starting at", begin);
            if (next != end) {
                ensure(n + next - end);
                System.arraycopy(s, end, chars, n, next - end);
                n += next - end;
            }
            escaped = true;
            next++;
            if (c == '"') {
                this.next = next;
                return space.strSlots.fromCodePoints(chars, n);
            }
            if (next == len) throw error("Unterminated string starting at", begin);
            c = s[next];
            if (c != 'u') {
                end = next + 1;
                switch (c) {
                    case '"', '\\', '/' -> {}
                    case 'b' -> c = '\b';
                    case 'f' -> c = '\f';
                    case 'n' -> c = '\n';
                    case 'r' -> c = '\r';
                    case 't' -> c = '\t';
                    default -> throw error("Invalid \\escape", end - 2);
                }
            } else {
                next++;
                end = next + 4;
                if (end >= len) throw error("Invalid \\uXXXX escape", next - 1);
                c = hex4(next, end);
                next = end;
                // a surrogate pair
                if (c >= 0xd800 && c <= 0xdbff && end + 6 < len && s[next] == '\\' && s[next + 1] == 'u') {
                    int c2 = hex4(end + 2, end + 6);
                    if (c2 >= 0xdc00 && c2 <= 0xdfff) {
                        c = 0x10000 + ((c - 0xd800) << 10) + (c2 - 0xdc00);
                        end += 6;
                    }
                }
            }
            ensure(n + 1);
            chars[n++] = c;
        }
    }

    private int hex4(int from, int end) {
        int c = 0;
        for (int i = from; i < end; i++) {
            int d = Character.digit(s[i], 16);
            if (d < 0 || s[i] > 'f') throw error("Invalid \\uXXXX escape", end - 5);
            c = c << 4 | d;
        }
        return c;
    }

    private void ensure(int n) {
        if (n > chars.length) chars = java.util.Arrays.copyOf(chars, Math.max(n, chars.length * 2));
    }

    private int substring(int from, int to) {
        if (space.typeOf(doc) == space.strSlots.type()) return space.strSlots.substring(doc, from, to - from);
        return space.strSlots.fromCodePoints(java.util.Arrays.copyOfRange(s, from, to), to - from);
    }
}
