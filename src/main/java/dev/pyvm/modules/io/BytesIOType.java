package dev.pyvm.modules.io;

import dev.pyvm.memory.Heap;
import dev.pyvm.objects.ArgParser;
import dev.pyvm.objects.ObjectSpace;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * {@code io.BytesIO}: a binary file in memory (CPython 3.11: Modules/_io/bytesio.c).
 * <pre>
 *   [refcnt | type | PIECES | LENGTH | POS | CLOSED | CACHE]
 * </pre>
 * The content is the concatenation of PIECES, a list of bytes: writing at the end appends a
 * piece, anything else first joins them into one. CACHE indexes a side table holding the joined
 * content as a Java array (null when a write made it stale).
 */
final class BytesIOType extends IoObject {
    static final int PIECES = 2, LENGTH = 3, POS = 4, CLOSED = 5, CACHE = 6, WORDS = 7;

    private final List<byte[]> cache = new ArrayList<>();
    private final BitSet slots = new BitSet();

    BytesIOType(ObjectSpace space, IoTypes io) {
        super(space, io);
    }

    @Override
    public String name() {
        return "BytesIO";
    }

    void define() {
        defineCommon("BytesIO");
        method("getvalue", (self, args, start, nargs, kwnames) -> {
            ArgParser.noArgs(space, "BytesIO.getvalue", nargs, kwnames);
            checkClosed(self);
            return space.bytesSlots.fromJava(content(self));
        });
        for (String name : new String[] {"read", "read1"}) {
            method(name, (self, args, start, nargs, kwnames) -> {
                int[] a = ArgParser.clinic(space, name, new String[] {"size"}, 0, 1, 1, args, start, nargs, kwnames);
                checkClosed(self);
                long n = size(a[0]);
                int pos = heap.getInt(self, POS), length = heap.getInt(self, LENGTH);
                int end = n < 0 ? length : (int) Math.min(length, pos + n);
                if (pos >= end) return space.bytesSlots.fromJava(new byte[0]);
                heap.setInt(self, POS, end);
                return space.bytesSlots.fromJava(content(self), pos, end);
            });
        }
        method("write", (self, args, start, nargs, kwnames) -> {
            int b = ArgParser.oneArg(space, "BytesIO.write", args, start, nargs, kwnames);
            checkClosed(self);
            return space.newInt(write(self, io.bytesLike(b)));
        });
        method("seek", (self, args, start, nargs, kwnames) -> {
            int[] a = ArgParser.clinic(space, "seek", new String[] {"pos", "whence"}, 1, 2, 2, args, start, nargs, kwnames);
            long pos = ArgParser.asSsize(space, a[0]);
            int whence = a[1] == 0 ? 0 : (int) ArgParser.asSsize(space, a[1]);
            checkClosed(self);
            if (pos < 0 && whence == 0) throw space.valueError("negative seek value " + pos);
            if (whence < 0 || whence > 2) throw space.valueError("invalid whence (" + whence + ", should be 0, 1 or 2)");
            if (whence == 1) pos += heap.getInt(self, POS);
            if (whence == 2) pos += heap.getInt(self, LENGTH);
            pos = Math.max(0, pos);
            heap.setInt(self, POS, (int) Math.min(pos, Integer.MAX_VALUE));
            return space.newInt(pos);
        });
        method("tell", (self, args, start, nargs, kwnames) -> {
            ArgParser.noArgs(space, "BytesIO.tell", nargs, kwnames);
            checkClosed(self);
            return space.newInt(heap.getInt(self, POS));
        });
        method("truncate", (self, args, start, nargs, kwnames) -> {
            int[] a = ArgParser.clinic(space, "truncate", new String[] {"size"}, 0, 1, 1, args, start, nargs, kwnames);
            checkClosed(self);
            long size = a[0] == 0 || a[0] == space.none ? heap.getInt(self, POS) : ArgParser.asSsize(space, a[0]);
            if (size < 0) throw space.valueError("negative size value " + size);
            if (size < heap.getInt(self, LENGTH)) setContent(self, java.util.Arrays.copyOf(content(self), (int) size));
            return space.newInt(size);
        });
        method("flush", (self, args, start, nargs, kwnames) -> {
            ArgParser.noArgs(space, "BytesIO.flush", nargs, kwnames);
            checkClosed(self);
            return space.newNone();
        });
        method("fileno", (self, args, start, nargs, kwnames) -> {
            throw unsupported("fileno");
        });
        method("getbuffer", (self, args, start, nargs, kwnames) -> {
            throw space.error(space.exceptions.byName().get("NotImplementedError"),
                    "pyvm does not support BytesIO.getbuffer (no memoryview)");
        });
    }

    @Override
    public int construct(int t, int[] args, int start, int nargs, int kwnames) {
        int[] a = ArgParser.clinic(space, "BytesIO", new String[] {"initial_bytes"}, 0, 0, 1, args, start, nargs, kwnames);
        byte[] initial = a[0] == 0 || a[0] == space.none ? new byte[0] : io.bytesLike(a[0]);
        int h = heap.newObject(WORDS * Heap.WORD, t);
        heap.fillWords(h, PIECES, WORDS - PIECES, 0);
        heap.setInt(h, PIECES, space.listSlots.newList(0));
        int slot = slots.nextClearBit(0);
        slots.set(slot);
        if (slot == cache.size()) cache.add(null);
        cache.set(slot, new byte[0]);
        heap.setInt(h, CACHE, slot);
        if (initial.length > 0) setContent(h, initial);
        return h;
    }

    /** The whole content. */
    byte[] content(int h) {
        int slot = heap.getInt(h, CACHE);
        byte[] c = cache.get(slot);
        if (c != null) return c;
        int pieces = heap.getInt(h, PIECES);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < space.listSlots.size(pieces); i++) out.writeBytes(space.bytesSlots.toJava(space.listSlots.item(pieces, i)));
        c = out.toByteArray();
        if (space.listSlots.size(pieces) > 1) setContent(h, c);
        cache.set(slot, c);
        return c;
    }

    private void setContent(int h, byte[] b) {
        int pieces = heap.getInt(h, PIECES);
        space.listSlots.clear(pieces);
        if (b.length > 0) space.listSlots.appendSteal(pieces, space.bytesSlots.fromJava(b));
        cache.set(heap.getInt(h, CACHE), b);
        heap.setInt(h, LENGTH, b.length);
    }

    int write(int h, byte[] w) {
        if (w.length == 0) return 0;
        int pos = heap.getInt(h, POS), length = heap.getInt(h, LENGTH);
        if (pos == length) {
            space.listSlots.appendSteal(heap.getInt(h, PIECES), space.bytesSlots.fromJava(w));
            cache.set(heap.getInt(h, CACHE), length == 0 ? w.clone() : null);
            heap.setInt(h, LENGTH, length + w.length);
        } else {
            byte[] c = content(h);
            byte[] n = java.util.Arrays.copyOf(c, Math.max(length, pos + w.length));
            System.arraycopy(w, 0, n, pos, w.length);
            setContent(h, n);
        }
        heap.setInt(h, POS, pos + w.length);
        return w.length;
    }

    @Override
    int readline(int h, long limit) {
        checkClosed(h);
        byte[] c = content(h);
        int pos = heap.getInt(h, POS), length = heap.getInt(h, LENGTH);
        int end = pos;
        while (end < length && c[end] != '\n') end++;
        if (end < length) end++;
        if (limit >= 0 && end - pos > limit) end = (int) (pos + limit);
        heap.setInt(h, POS, Math.max(pos, end));
        return space.bytesSlots.fromJava(c, pos, Math.max(pos, end));
    }

    @Override
    boolean isClosed(int h) {
        return heap.getInt(h, CLOSED) != 0;
    }

    @Override
    void close(int h) {
        heap.setInt(h, CLOSED, 1);
    }

    @Override
    boolean readable(int h) {
        checkClosed(h);
        return true;
    }

    @Override
    boolean writable(int h) {
        checkClosed(h);
        return true;
    }

    @Override
    boolean seekable(int h) {
        checkClosed(h);
        return true;
    }

    @Override
    void writeItem(int h, int item) {
        write(h, io.bytesLike(item));
    }

    @Override
    public int iter(int h) {
        heap.incref(h);
        return h;
    }

    @Override
    public void dealloc(int h) {
        cache.set(heap.getInt(h, CACHE), null);
        slots.clear(heap.getInt(h, CACHE));
        heap.decref(heap.getInt(h, PIECES));
        heap.free(h);
    }

    @Override
    public int repr(int h) {
        return str("<_io.BytesIO object at 0x" + Long.toHexString(heap.address(h)) + ">");
    }
}
