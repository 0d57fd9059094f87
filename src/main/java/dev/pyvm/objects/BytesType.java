package dev.pyvm.objects;

import dev.pyvm.bytecode.Constants;
import dev.pyvm.memory.Heap;

/**
 * {@code bytes}: an immutable sequence of bytes, packed four to a word, little-endian:
 * <pre>
 *   [refcnt | type | HASH (2 words, -1 until computed) | LENGTH | data …]
 * </pre>
 * The empty bytes is immortal and shared, as CPython's. The methods are {@link BytesMethods}'.
 */
public final class BytesType extends TypeSlots {
    static final int HASH = Heap.TYPE + 1;
    static final int LENGTH = HASH + 2;
    static final int DATA = LENGTH + 1;

    /** The immortal {@code b''}; 0 until the space makes it. */
    private int empty;

    BytesType(ObjectSpace space) {
        super(space);
    }

    @Override
    public String name() {
        return "bytes";
    }

    @Override
    public void dealloc(int h) {
        heap.free(h);
    }

    /** Makes the shared empty bytes (once the space can allocate). */
    void makeEmpty() {
        empty = allocate(type, 0);
        heap.makeImmortal(empty);
    }

    /** A new instance of t (bytes or a subclass' layout) of {@code length} bytes, zeroed. */
    private int allocate(int t, int length) {
        long bytes = (long) DATA * Heap.WORD + length;
        if (bytes > Integer.MAX_VALUE) throw space.error(space.exceptions.memoryError, "");
        space.heap.checkRequest(bytes);
        int h = heap.newObject((int) bytes, t);
        heap.setLong(h, HASH, -1);
        heap.setInt(h, LENGTH, length);
        heap.fillWords(h, DATA, (length + Heap.WORD - 1) / Heap.WORD, 0);
        return h;
    }

    /** A new bytes of the given bytes (the empty one shared). */
    public int fromJava(byte[] b) {
        return fromJava(b, 0, b.length);
    }

    /** A new bytes of {@code b[from:to]}. */
    public int fromJava(byte[] b, int from, int to) {
        if (to <= from) {
            heap.incref(empty);
            return empty;
        }
        int n = to - from;
        int h = allocate(type, n);
        int[] m = heap.memory(h);
        int w = heap.base(h) + DATA;
        for (int i = 0; i < n; i++) m[w + (i >>> 2)] |= (b[from + i] & 0xff) << ((i & 3) << 3);
        return h;
    }

    public boolean check(int h) {
        int t = space.typeOf(h);
        return t == type || space.isSubtype(t, type);
    }

    public int size(int h) {
        return heap.getInt(h, LENGTH);
    }

    /** Byte i (0..255). */
    public int byteAt(int h, int i) {
        return heap.getByte(h, DATA * Heap.WORD + i);
    }

    /** A copy of the bytes, read a word at a time. */
    public byte[] toJava(int h) {
        int n = size(h);
        byte[] b = new byte[n];
        int[] m = heap.memory(h);
        int w = heap.base(h) + DATA;
        for (int i = 0; i < n; i++) b[i] = (byte) (m[w + (i >>> 2)] >>> ((i & 3) << 3));
        return b;
    }

    @Override
    public byte[] buffer(int h) {
        return toJava(h);
    }

    // ---- slots ----

    @Override
    public long length(int h) {
        return size(h);
    }

    @Override
    public boolean isTrue(int h) {
        return size(h) != 0;
    }

    // CPython 3.11: Objects/bytesobject.c PyBytes_Repr()
    @Override
    public int repr(int h) {
        return space.newStr(Constants.bytesRepr(toJava(h)));
    }

    /** The hash of str's SipHash over the bytes: equal to the hash of the str of the same ASCII text. */
    @Override
    public long hash(int h) {
        long cached = heap.getLong(h, HASH);
        if (cached != -1) return cached;
        long x = SipHash.hash(i -> byteAt(h, i), size(h));
        heap.setLong(h, HASH, x);
        return x;
    }

    /** Whether a and b hold the same bytes. */
    public boolean equal(int a, int b) {
        if (a == b) return true;
        int n = size(a);
        if (n != size(b)) return false;
        long ha = heap.getLong(a, HASH), hb = heap.getLong(b, HASH);
        if (ha != -1 && hb != -1 && ha != hb) return false;
        int words = (n + Heap.WORD - 1) / Heap.WORD; // the pad bytes of the last word are zero in both
        for (int w = 0; w < words; w++) {
            if (heap.getInt(a, DATA + w) != heap.getInt(b, DATA + w)) return false;
        }
        return true;
    }

    // CPython 3.11: Objects/bytesobject.c bytes_richcompare()
    @Override
    public int richCompare(int a, int b, int op) {
        if (check(b) && (op == Compare.EQ || op == Compare.NE)) return space.newBool(equal(a, b) == (op == Compare.EQ));
        byte[] right = space.slotsOf(b).buffer(b); // any bytes-like object compares by its bytes
        if (right == null) return space.notImplemented();
        return space.newBool(Compare.test(op, java.util.Arrays.compareUnsigned(toJava(a), right)));
    }

    @Override
    public int binaryOp(int a, int b, int op) {
        if (op == NumberOps.ADD && check(a)) {
            byte[] right = space.slotsOf(b).buffer(b);
            if (right == null) {
                throw space.typeError("can't concat " + space.typeName(space.typeOf(b)) + " to "
                        + space.typeName(space.typeOf(a)));
            }
            if (right.length == 0 && space.typeOf(a) == type) return newRef(a);
            if (size(a) == 0 && space.typeOf(b) == type) return newRef(b);
            if ((long) size(a) + right.length > Integer.MAX_VALUE) throw space.error(space.exceptions.overflowError, "");
            return concat(toJava(a), right);
        }
        if (op == NumberOps.MULTIPLY) {
            if (check(a) && ArgParser.isIndex(space, b)) return repeat(a, ListType.repeatCount(space, b));
            if (check(b) && ArgParser.isIndex(space, a)) return repeat(b, ListType.repeatCount(space, a));
        }
        if (op == NumberOps.REMAINDER && check(a)) return PercentFormat.formatBytes(space, a, b);
        return space.notImplemented();
    }

    private int newRef(int h) {
        heap.incref(h);
        return h;
    }

    private int concat(byte[] a, byte[] b) {
        byte[] r = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return fromJava(r);
    }

    // CPython 3.11: Objects/bytesobject.c bytes_repeat()
    private int repeat(int h, long count) {
        long n = Math.max(0, count);
        int len = size(h);
        if (n == 1 && space.typeOf(h) == type) return newRef(h);
        if (n == 0 || len == 0) return fromJava(new byte[0]);
        // CPython: past PY_SSIZE_T_MAX the length does not fit (OverflowError); beyond a Java array, no memory
        if (n > Long.MAX_VALUE / len) throw space.error(space.exceptions.overflowError, "repeated bytes are too long");
        if (len * n > Integer.MAX_VALUE) throw space.error(space.exceptions.memoryError, "");
        space.heap.checkRequest(len * n);
        byte[] s = toJava(h);
        byte[] r = new byte[(int) (len * n)];
        for (int i = 0; i < n; i++) System.arraycopy(s, 0, r, i * len, len);
        return fromJava(r);
    }

    @Override
    public int iter(int h) {
        return space.sequences.bytesIterator.newIterator(h, 0);
    }

    // CPython 3.11: Objects/bytesobject.c bytes_subscript()
    @Override
    public int getItem(int h, int key) {
        if (space.sequences.slice.check(key)) {
            SliceType.Indices ix = space.sequences.slice.indices(key, size(h));
            int n = (int) ix.length();
            if (ix.step() == 1 && n == size(h) && space.typeOf(h) == type) return newRef(h);
            byte[] r = new byte[Math.max(n, 0)];
            for (int i = 0; i < n; i++) r[i] = (byte) byteAt(h, (int) (ix.start() + i * ix.step()));
            return fromJava(r);
        }
        if (!ArgParser.isIndex(space, key)) {
            throw space.typeError("byte indices must be integers or slices, not " + space.typeName(space.typeOf(key)));
        }
        int k = ArgParser.asIndex(space, key);
        try {
            if (!space.intSlots.fitsLong(k)) {
                throw space.error(space.exceptions.indexError, "cannot fit 'int' into an index-sized integer");
            }
            long i = space.intSlots.longValue(k);
            if (i < 0) i += size(h);
            if (i < 0 || i >= size(h)) throw space.error(space.exceptions.indexError, "index out of range");
            return space.newInt(byteAt(h, (int) i));
        } finally {
            heap.decref(k);
        }
    }

    // CPython 3.11: Objects/bytes_methods.c _Py_bytes_contains()
    @Override
    public boolean contains(int h, int key) {
        byte[] s = toJava(h);
        if (ArgParser.isIndex(space, key)) {
            int b = BytesMethods.byteValue(space, key, "byte must be in range(0, 256)");
            for (byte x : s) if ((x & 0xff) == b) return true;
            return false;
        }
        byte[] sub = BytesMethods.bytesLike(space, key);
        return Stringlib.indexOf(BytesMethods.codes(s), BytesMethods.codes(sub), 0, s.length) >= 0;
    }

    /** {@code bytes(...)}: see {@link BytesMethods#construct}; instances of subclasses are the VM's to make. */
    @Override
    public int construct(int t, int[] args, int start, int nargs, int kwnames) {
        if (t != type) throw space.typeError("cannot create '" + space.typeName(t) + "' instances");
        return BytesMethods.construct(space, args, start, nargs, kwnames);
    }

    @Override
    public boolean acceptableBase() {
        return true;
    }
}
