package dev.pyvm.objects;

import dev.pyvm.memory.Heap;

/**
 * {@code str}, compact as CPython's PEP 393 strings: code points stored 1, 2 or 4 bytes each,
 * the narrowest that holds the widest of them, packed little-endian into words:
 * <pre>
 *   [refcnt | type | LENGTH | HASH (2 words, -1 until computed) | STATE | data …]
 *   STATE: KIND (1, 2 or 4) | ASCII | INTERNED
 * </pre>
 */
public final class StrType extends TypeSlots {
    static final int LENGTH = 2;
    static final int HASH = 3;
    static final int STATE = 5;
    static final int DATA = 6;
    static final int KIND_MASK = 7;
    static final int ASCII = 8;
    static final int INTERNED = 16;

    /** The one-character strs of code points below 256, made on first use. */
    private final int[] latin1 = new int[256];

    StrType(ObjectSpace space) {
        super(space);
    }

    @Override
    public String name() {
        return "str";
    }

    @Override
    public void dealloc(int h) {
        if (h == sharedStr) {
            sharedStr = 0;
            sharedCodePoints = null;
        }
        heap.free(h);
    }

    /**
     * A cache of {@link #codePointsShared} for one long str of the exact type (strs are immutable;
     * the cache goes when that str is freed, in {@link #dealloc}): a scanner called at many
     * indexes of one document (json's raw_decode in a loop) decodes it once.
     */
    private int sharedStr;
    private int[] sharedCodePoints;
    private static final int SHARED_MIN_LENGTH = 4096;

    /** {@link #codePoints}, maybe cached: the caller must not change the array. */
    public int[] codePointsShared(int h) {
        if (h == sharedStr) return sharedCodePoints;
        int[] r = codePoints(h);
        if (r.length >= SHARED_MIN_LENGTH && space.typeOf(h) == type) {
            sharedStr = h;
            sharedCodePoints = r;
        }
        return r;
    }

    /** A new str of {@code length} code points of the given kind, its data for the caller to fill. */
    int allocate(int length, int kind) {
        long bytes = (long) DATA * Heap.WORD + (long) length * kind;
        if (bytes > Integer.MAX_VALUE) throw space.error(space.exceptions.memoryError, "");
        int h = heap.newObject((int) Math.max(bytes, (DATA + 1) * Heap.WORD), type);
        heap.setInt(h, LENGTH, length);
        heap.setLong(h, HASH, -1);
        heap.setInt(h, STATE, kind);
        return h;
    }

    int empty() {
        heap.incref(space.emptyStr);
        return space.emptyStr;
    }

    int fromJava(String s) {
        // no surrogates (the common case): one char a code point, packed a word at a time
        int len = s.length(), maxChar = 0;
        boolean surrogates = false;
        for (int i = 0; i < len; i++) {
            char c = s.charAt(i);
            maxChar |= c;
            if (Character.isSurrogate(c)) surrogates = true;
        }
        if (!surrogates) return fromChars(s, len, maxChar);
        int n = s.codePointCount(0, s.length());
        int max = 0;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            max = Math.max(max, c);
            i += Character.charCount(c);
        }
        int kind = max < 0x100 ? 1 : max < 0x10000 ? 2 : 4;
        int h = allocate(n, kind);
        if (max < 0x80) heap.setInt(h, STATE, kind | ASCII);
        int index = 0;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            put(h, kind, index++, c);
            i += Character.charCount(c);
        }
        return h;
    }

    /** A str of the chars of s, none a surrogate; {@code bits} is the OR of them all. */
    private int fromChars(String s, int len, int bits) {
        int kind = bits < 0x100 ? 1 : 2;
        int h = allocate(len, kind);
        if (bits < 0x80) heap.setInt(h, STATE, kind | ASCII);
        int[] m = heap.memory(h);
        int w = heap.base(h) + DATA;
        if (kind == 1) {
            int i = 0;
            for (; i + 4 <= len; i += 4) {
                m[w++] = s.charAt(i) | s.charAt(i + 1) << 8 | s.charAt(i + 2) << 16 | s.charAt(i + 3) << 24;
            }
            if (i < len) {
                int word = 0;
                for (int k = 0; i < len; i++, k += 8) word |= s.charAt(i) << k;
                m[w] = word;
            }
        } else {
            int i = 0;
            for (; i + 2 <= len; i += 2) m[w++] = s.charAt(i) | s.charAt(i + 1) << 16;
            if (i < len) m[w] = s.charAt(i);
        }
        return h;
    }

    private void put(int h, int kind, int index, int c) {
        switch (kind) {
            case 1 -> heap.setByte(h, DATA * Heap.WORD + index, c);
            case 2 -> {
                heap.setByte(h, DATA * Heap.WORD + 2 * index, c);
                heap.setByte(h, DATA * Heap.WORD + 2 * index + 1, c >>> 8);
            }
            default -> heap.setInt(h, DATA + index, c);
        }
    }

    public boolean check(int h) {
        int t = space.typeOf(h);
        return t == type || space.isSubtype(t, type);
    }

    int kind(int h) {
        return heap.getInt(h, STATE) & KIND_MASK;
    }

    /** Code point i of str h. */
    public int codePointAt(int h, int i) {
        return switch (kind(h)) {
            case 1 -> heap.getByte(h, DATA * Heap.WORD + i);
            case 2 -> heap.getByte(h, DATA * Heap.WORD + 2 * i) | heap.getByte(h, DATA * Heap.WORD + 2 * i + 1) << 8;
            default -> heap.getInt(h, DATA + i);
        };
    }

    /** The str's text as a Java String. */
    public String toJava(int h) {
        int n = heap.getInt(h, LENGTH);
        int kind = kind(h);
        if (kind != 4) {
            // read a word at a time
            int[] m = heap.memory(h);
            int w = heap.base(h) + DATA;
            if (kind == 1) {
                byte[] bytes = new byte[n];
                for (int i = 0; i < n; i++) bytes[i] = (byte) (m[w + (i >>> 2)] >>> ((i & 3) << 3));
                return new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
            }
            char[] chars = new char[n];
            for (int i = 0; i < n; i++) chars[i] = (char) (m[w + (i >>> 1)] >>> ((i & 1) << 4));
            return new String(chars);
        }
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) b.appendCodePoint(codePointAt(h, i));
        return b.toString();
    }

    /** The code points of str h, one an int. */
    public int[] codePoints(int h) {
        int n = heap.getInt(h, LENGTH);
        int[] r = new int[n];
        int[] m = heap.memory(h);
        int w = heap.base(h) + DATA;
        switch (kind(h)) {
            case 1 -> {
                for (int i = 0; i < n; i++) r[i] = (m[w + (i >>> 2)] >>> ((i & 3) << 3)) & 0xff;
            }
            case 2 -> {
                for (int i = 0; i < n; i++) r[i] = (m[w + (i >>> 1)] >>> ((i & 1) << 4)) & 0xffff;
            }
            default -> System.arraycopy(m, w, r, 0, n);
        }
        return r;
    }

    /** A new str of the code points {@code cps[0 .. n)} (a surrogate stays one code point). */
    public int fromCodePoints(int[] cps, int n) {
        if (n == 0) return empty();
        if (n == 1) return ofCodePoint(cps[0]);
        int max = 0;
        for (int i = 0; i < n; i++) max |= cps[i];
        int kind = max < 0x100 ? 1 : max < 0x10000 ? 2 : 4;
        if (kind == 4) {
            max = 0;
            for (int i = 0; i < n; i++) max = Math.max(max, cps[i]);
            kind = max < 0x10000 ? 2 : 4;
        }
        int h = allocate(n, kind);
        if (max < 0x80) heap.setInt(h, STATE, kind | ASCII);
        int[] m = heap.memory(h);
        int w = heap.base(h) + DATA;
        switch (kind) {
            case 1 -> {
                int i = 0;
                for (; i + 4 <= n; i += 4) m[w++] = cps[i] | cps[i + 1] << 8 | cps[i + 2] << 16 | cps[i + 3] << 24;
                if (i < n) {
                    int word = 0;
                    for (int k = 0; i < n; i++, k += 8) word |= cps[i] << k;
                    m[w] = word;
                }
            }
            case 2 -> {
                int i = 0;
                for (; i + 2 <= n; i += 2) m[w++] = cps[i] | cps[i + 1] << 16;
                if (i < n) m[w] = cps[i];
            }
            default -> System.arraycopy(cps, 0, m, w, n);
        }
        return h;
    }

    void markInterned(int h) {
        heap.setInt(h, STATE, heap.getInt(h, STATE) | INTERNED);
    }

    public boolean isInterned(int h) {
        return (heap.getInt(h, STATE) & INTERNED) != 0;
    }

    /** A 1-character string: interned for code points below 256, as CPython's latin-1 singletons. */
    public int ofCodePoint(int c) {
        if (c < 256) {
            // CPython's latin-1 singletons: interned, so immortal
            int h = latin1[c];
            if (h == 0) latin1[c] = h = space.intern(String.valueOf((char) c));
            heap.incref(h);
            return h;
        }
        return fromJava(new String(Character.toChars(c)));
    }

    // ---- slots ----

    @Override
    public long length(int h) {
        return heap.getInt(h, LENGTH);
    }

    @Override
    public boolean isTrue(int h) {
        return heap.getInt(h, LENGTH) != 0;
    }

    @Override
    public int str(int h) {
        if (space.typeOf(h) == type) {
            heap.incref(h);
            return h;
        }
        return fromJava(toJava(h));
    }

    @Override
    public int repr(int h) {
        return space.newStr(repr(toJava(h)));
    }

    // CPython 3.11: Objects/unicodeobject.c unicode_repr()
    public static String repr(String s) {
        char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder b = new StringBuilder(s.length() + 2).append(quote);
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (c == quote || c == '\\') b.append('\\').appendCodePoint(c);
            else if (c == '\t') b.append("\\t");
            else if (c == '\n') b.append("\\n");
            else if (c == '\r') b.append("\\r");
            else if (c < ' ' || c == 0x7f) b.append(String.format("\\x%02x", c));
            else if (c < 0x7f || isPrintable(c)) b.appendCodePoint(c);
            else if (c <= 0xff) b.append(String.format("\\x%02x", c));
            else if (c <= 0xffff) b.append(String.format("\\u%04x", c));
            else b.append(String.format("\\U%08x", c));
        }
        return b.append(quote).toString();
    }

    /** CPython: Py_UNICODE_ISPRINTABLE: not a control, format, surrogate, private, unassigned or separator but space. */
    public static boolean isPrintable(int c) {
        if (c == ' ') return true;
        return switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                    Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                    Character.SPACE_SEPARATOR -> false;
            default -> true;
        };
    }

    @Override
    public long hash(int h) {
        long cached = heap.getLong(h, HASH);
        if (cached != -1) return cached;
        int kind = kind(h);
        int n = heap.getInt(h, LENGTH);
        int base = DATA * Heap.WORD;
        long x = SipHash.hash(i -> heap.getByte(h, base + i), n * kind);
        heap.setLong(h, HASH, x);
        return x;
    }

    /** Whether strs a and b hold the same code points. */
    public boolean equal(int a, int b) {
        if (a == b) return true;
        int n = heap.getInt(a, LENGTH);
        if (n != heap.getInt(b, LENGTH)) return false;
        int kind = kind(a);
        if (kind != kind(b)) return false; // kinds are canonical: the narrowest that fits
        long ha = heap.getLong(a, HASH), hb = heap.getLong(b, HASH);
        if (ha != -1 && hb != -1 && ha != hb) return false;
        int bytes = n * kind;
        int words = bytes / Heap.WORD;
        for (int w = 0; w < words; w++) {
            if (heap.getInt(a, DATA + w) != heap.getInt(b, DATA + w)) return false;
        }
        for (int i = words * Heap.WORD; i < bytes; i++) {
            if (heap.getByte(a, DATA * Heap.WORD + i) != heap.getByte(b, DATA * Heap.WORD + i)) return false;
        }
        return true;
    }

    @Override
    public int richCompare(int a, int b, int op) {
        if (!check(b)) return space.notImplemented();
        if (op == Compare.EQ || op == Compare.NE) return space.newBool(equal(a, b) == (op == Compare.EQ));
        int na = heap.getInt(a, LENGTH), nb = heap.getInt(b, LENGTH);
        int n = Math.min(na, nb);
        int cmp = 0;
        for (int i = 0; i < n && cmp == 0; i++) cmp = Integer.compare(codePointAt(a, i), codePointAt(b, i));
        if (cmp == 0) cmp = Integer.compare(na, nb);
        return space.newBool(Compare.test(op, cmp));
    }

    @Override
    public int binaryOp(int a, int b, int op) {
        if (op == NumberOps.ADD && check(a) && check(b)) return concat(a, b);
        if (op == NumberOps.MULTIPLY) {
            if (check(a) && ArgParser.isIndex(space, b)) return repeat(a, ListType.repeatCount(space, b));
            if (check(b) && ArgParser.isIndex(space, a)) return repeat(b, ListType.repeatCount(space, a));
        }
        if (op == NumberOps.REMAINDER && check(a)) return PercentFormat.format(space, a, b);
        return space.notImplemented();
    }

    /** {@code a + b} for two strs. */
    public int concat(int a, int b) {
        int na = heap.getInt(a, LENGTH), nb = heap.getInt(b, LENGTH);
        if (na == 0 && space.typeOf(b) == type) return str(b);
        if (nb == 0 && space.typeOf(a) == type) return str(a);
        if ((long) na + nb > Integer.MAX_VALUE) throw space.error(space.exceptions.overflowError, "strings are too large to concat");
        int kind = Math.max(kind(a), kind(b));
        int h = allocate(na + nb, kind);
        if ((heap.getInt(a, STATE) & heap.getInt(b, STATE) & ASCII) != 0) heap.setInt(h, STATE, kind | ASCII);
        copyCodePoints(a, 0, h, kind, 0, na);
        copyCodePoints(b, 0, h, kind, na, nb);
        return h;
    }

    /**
     * Copies {@code n} code points of str {@code src} from index {@code from} into the str being
     * built {@code dst}, of kind {@code dstKind} (at least src's), at index {@code to}.
     */
    void copyCodePoints(int src, int from, int dst, int dstKind, int to, int n) {
        int srcKind = kind(src);
        if (srcKind == dstKind) {
            heap.copyBytes(src, DATA * Heap.WORD + from * srcKind, dst, DATA * Heap.WORD + to * dstKind, n * srcKind);
            return;
        }
        for (int i = 0; i < n; i++) put(dst, dstKind, to + i, codePointAt(src, from + i));
    }

    /** The strs {@code items} joined by str {@code sep}, {@code length} code points in all. */
    int join(int sep, int[] items, int length) {
        if (length == 0) return empty();
        int kind = 1, state = ASCII;
        for (int item : items) {
            kind = Math.max(kind, kind(item));
            state &= heap.getInt(item, STATE);
        }
        int nsep = items.length > 1 ? heap.getInt(sep, LENGTH) : 0;
        if (nsep > 0) {
            kind = Math.max(kind, kind(sep));
            state &= heap.getInt(sep, STATE);
        }
        int h = allocate(length, kind);
        if ((state & ASCII) != 0) heap.setInt(h, STATE, kind | ASCII);
        int at = 0;
        for (int i = 0; i < items.length; i++) {
            if (i > 0) {
                copyCodePoints(sep, 0, h, kind, at, nsep);
                at += nsep;
            }
            int n = heap.getInt(items[i], LENGTH);
            copyCodePoints(items[i], 0, h, kind, at, n);
            at += n;
        }
        return h;
    }

    /** {@code s[start:start + n]} as a new str (narrowed to the kind its code points need). */
    public int substring(int s, int start, int n) {
        if (n == 0) return empty();
        if (n == 1) return ofCodePoint(codePointAt(s, start));
        int srcKind = kind(s), max = 0;
        boolean ascii = (heap.getInt(s, STATE) & ASCII) != 0;
        if (!ascii) {
            for (int i = 0; i < n; i++) max = Math.max(max, codePointAt(s, start + i));
            ascii = max < 0x80;
        }
        int kind = ascii || max < 0x100 ? 1 : max < 0x10000 ? 2 : 4;
        int h = allocate(n, kind);
        if (ascii) heap.setInt(h, STATE, kind | ASCII);
        if (kind == srcKind) {
            copyCodePoints(s, start, h, kind, 0, n);
        } else {
            for (int i = 0; i < n; i++) put(h, kind, i, codePointAt(s, start + i));
        }
        return h;
    }

    private int repeat(int s, long count) {
        long n = Math.max(0, count);
        int len = heap.getInt(s, LENGTH);
        if (n == 0 || len == 0) return empty();
        if (n == 1 && space.typeOf(s) == type) return str(s);
        // CPython: past PY_SSIZE_T_MAX the length does not fit (OverflowError); checked by division,
        // since len * n itself may wrap negative (2 * 2**62) and slip past the size check
        if (n > Long.MAX_VALUE / len) throw space.error(space.exceptions.overflowError, "repeated string is too long");
        if (len * n > Integer.MAX_VALUE) throw space.error(space.exceptions.memoryError, "");
        int kind = kind(s);
        int h = allocate((int) (len * n), kind);
        heap.setInt(h, STATE, heap.getInt(s, STATE) & (KIND_MASK | ASCII));
        // CPython 3.11's unicode_repeat: the first copy, then doubling what is there
        int bytes = len * kind, total = (int) (len * n) * kind, done = bytes;
        heap.copyBytes(s, DATA * Heap.WORD, h, DATA * Heap.WORD, bytes);
        while (done < total) {
            int chunk = Math.min(done, total - done);
            heap.copyBytes(h, DATA * Heap.WORD, h, DATA * Heap.WORD + done, chunk);
            done += chunk;
        }
        return h;
    }

    @Override
    public int iter(int h) {
        return space.sequences.strIterator(h);
    }

    @Override
    public int getItem(int h, int key) {
        if (space.sequences.slice.check(key)) return space.sequences.strSlice(h, key);
        if (!space.intSlots.check(key)) {
            if (!ArgParser.isIndex(space, key)) {
                throw space.typeError("string indices must be integers, not '" + space.typeName(space.typeOf(key)) + "'");
            }
            int i = ArgParser.asIndex(space, key);
            try {
                return getItem(h, i);
            } finally {
                heap.decref(i);
            }
        }
        int n = heap.getInt(h, LENGTH);
        if (!space.intSlots.fitsLong(key)) {
            throw space.error(space.exceptions.indexError, "cannot fit 'int' into an index-sized integer");
        }
        long i = space.intSlots.longValue(key);
        if (i < 0) i += n;
        if (i < 0 || i >= n) throw space.error(space.exceptions.indexError, "string index out of range");
        return ofCodePoint(codePointAt(h, (int) i));
    }

    /** {@code str(...)}: see {@link NumberMethods#newStr}; instances of subclasses are the VM's to make. */
    @Override
    public int construct(int t, int[] args, int start, int nargs, int kwnames) {
        if (t != type) throw space.typeError("cannot create '" + space.typeName(t) + "' instances");
        return NumberMethods.newStr(space, args, start, nargs, kwnames);
    }

    @Override
    public boolean acceptableBase() {
        return true;
    }

    /** A subclass instance is never interned. */
    @Override
    protected void copiedToSubtype(int h) {
        heap.setInt(h, STATE, heap.getInt(h, STATE) & ~INTERNED);
    }

    @Override
    public boolean contains(int h, int key) {
        if (!check(key)) {
            throw space.typeError("'in <string>' requires string as left operand, not "
                    + space.typeName(space.typeOf(key)));
        }
        return toJava(h).contains(toJava(key));
    }
}
