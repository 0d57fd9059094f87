package dev.pyvm.modules.io;

import dev.pyvm.memory.Heap;
import dev.pyvm.objects.ArgParser;
import dev.pyvm.objects.ObjectSpace;

/**
 * {@code io.BufferedReader}, {@code io.BufferedWriter} and {@code io.BufferedRandom} (CPython
 * 3.11: Modules/_io/bufferedio.c), one instance of this class per type: the buffered layer over
 * a FileIO. Reading goes through a buffer of what was read ahead; writing goes to the raw file at
 * once (a write is in the file when it returns, so {@code flush} has nothing to do).
 * <pre>
 *   [refcnt | type | RAW | BUF | BUF_POS | CACHE]
 * </pre>
 * BUF is the bytes read ahead (0 for none), BUF_POS how many of them were consumed; the raw
 * file's position is past BUF. CACHE indexes a side table holding BUF's Java array, so that each
 * readline does not copy the buffer.
 */
final class BufferedType extends IoObject {
    enum Kind { READER, WRITER, RANDOM }

    static final int RAW = 2, BUF = 3, BUF_POS = 4, CACHE = 5, WORDS = 6;
    /** CPython: DEFAULT_BUFFER_SIZE. */
    private static final int CHUNK = 8192;

    private final java.util.List<byte[]> cache = new java.util.ArrayList<>();
    private final java.util.BitSet slots = new java.util.BitSet();

    final Kind kind;

    BufferedType(ObjectSpace space, IoTypes io, Kind kind) {
        super(space, io);
        this.kind = kind;
    }

    @Override
    public String name() {
        return switch (kind) {
            case READER -> "BufferedReader";
            case WRITER -> "BufferedWriter";
            case RANDOM -> "BufferedRandom";
        };
    }

    private boolean canRead() {
        return kind != Kind.WRITER;
    }

    private boolean canWrite() {
        return kind != Kind.READER;
    }

    void define() {
        String q = name();
        defineCommon(q);
        method("read", (self, args, start, nargs, kwnames) -> {
            int[] a = ArgParser.clinic(space, "read", new String[] {"size"}, 0, 1, 1, args, start, nargs, kwnames);
            return space.bytesSlots.fromJava(read(self, readSize(a[0])));
        });
        method("read1", (self, args, start, nargs, kwnames) -> {
            int[] a = ArgParser.clinic(space, "read1", new String[] {"size"}, 0, 1, 1, args, start, nargs, kwnames);
            return space.bytesSlots.fromJava(read(self, readSize(a[0])));
        });
        method("write", (self, args, start, nargs, kwnames) -> {
            int b = ArgParser.oneArg(space, q + ".write", args, start, nargs, kwnames);
            if (!canWrite()) throw unsupported("write");
            return space.newInt(write(self, io.bytesLike(b)));
        });
        method("seek", (self, args, start, nargs, kwnames) -> {
            int[] a = ArgParser.clinic(space, "seek", new String[] {"target", "whence"}, 1, 2, 2, args, start, nargs, kwnames);
            long target = ArgParser.asSsize(space, a[0]);
            int whence = a[1] == 0 ? 0 : (int) ArgParser.asSsize(space, a[1]);
            if (whence == 3 || whence == 4) {
                throw space.error(space.exceptions.byName().get("NotImplementedError"),
                        "pyvm does not support seeking with SEEK_DATA or SEEK_HOLE");
            }
            if (whence < 0 || whence > 4) throw space.valueError("whence value " + whence + " unsupported");
            return space.newInt(seek(self, target, whence));
        });
        method("tell", (self, args, start, nargs, kwnames) -> {
            ArgParser.noArgs(space, q + ".tell", nargs, kwnames);
            return space.newInt(tell(self));
        });
        method("truncate", (self, args, start, nargs, kwnames) -> {
            int[] a = ArgParser.clinic(space, "truncate", new String[] {"pos"}, 0, 1, 1, args, start, nargs, kwnames);
            checkClosed(self, "truncate of closed file");
            if (!canWrite()) throw unsupported("truncate");
            long size = a[0] == 0 || a[0] == space.none ? tell(self) : ArgParser.asSsize(space, a[0]);
            rewind(self);
            return space.newInt(io.fileIO.truncate(raw(self), size));
        });
        method("flush", (self, args, start, nargs, kwnames) -> {
            ArgParser.noArgs(space, q + ".flush", nargs, kwnames);
            flush(self);
            return space.newNone();
        });
        method("fileno", (self, args, start, nargs, kwnames) -> {
            ArgParser.noArgs(space, q + ".fileno", nargs, kwnames);
            io.fileIO.checkClosed(raw(self));
            return space.newInt(io.fileIO.fileno(raw(self)));
        });
        getter("raw", h -> {
            heap.incref(raw(h));
            return raw(h);
        });
        getter("name", h -> {
            int name = io.fileIO.nameOf(raw(h));
            heap.incref(name);
            return name;
        });
        getter("mode", h -> str(io.fileIO.mode(raw(h))));
    }

    // CPython 3.11: Modules/_io/bufferedio.c _io_BufferedReader___init___impl() and its kind
    @Override
    public int construct(int t, int[] args, int start, int nargs, int kwnames) {
        int[] a = ArgParser.clinic(space, name(), new String[] {"raw", "buffer_size"}, 1, 0, 2, args, start, nargs,
                kwnames);
        if (t != type()) throw space.typeError("pyvm does not support subclasses of " + name());
        if (space.typeOf(a[0]) != io.fileIO.type()) {
            throw space.typeError("pyvm does not support " + name() + " over '" + space.typeName(space.typeOf(a[0]))
                    + "' (only over io.FileIO)");
        }
        if (a[1] != 0 && ArgParser.asSsize(space, a[1]) <= 0) {
            throw space.valueError("buffer size must be strictly positive");
        }
        heap.incref(a[0]);
        return wrap(a[0]);
    }

    private long readSize(int h) {
        long n = size(h);
        if (n < -1) throw space.valueError("read length must be non-negative or -1");
        return n;
    }

    /** A new buffered object over raw (a FileIO; reference stolen). */
    int wrap(int raw) {
        int h = heap.newObject(WORDS * Heap.WORD, type());
        heap.setInt(h, RAW, raw);
        heap.setInt(h, BUF, 0);
        heap.setInt(h, BUF_POS, 0);
        int slot = slots.nextClearBit(0);
        slots.set(slot);
        if (slot == cache.size()) cache.add(null);
        cache.set(slot, new byte[0]);
        heap.setInt(h, CACHE, slot);
        return h;
    }

    private byte[] buf(int h) {
        return cache.get(heap.getInt(h, CACHE));
    }

    private void setBuf(int h, byte[] b) {
        cache.set(heap.getInt(h, CACHE), b);
        int old = heap.getInt(h, BUF);
        heap.setInt(h, BUF, b.length == 0 ? 0 : space.bytesSlots.fromJava(b));
        heap.setInt(h, BUF_POS, 0);
        if (old != 0) heap.decref(old);
    }

    /** How many bytes were read ahead and not consumed. */
    private int ahead(int h) {
        return buf(h).length - heap.getInt(h, BUF_POS);
    }

    /** Gives back what was read ahead: the raw file's position becomes the logical one. */
    private void rewind(int h) {
        int n = ahead(h);
        if (n > 0) io.fileIO.seek(raw(h), -n, 1);
        if (buf(h).length > 0) setBuf(h, new byte[0]);
    }

    /** The FileIO (borrowed). */
    int raw(int h) {
        return heap.getInt(h, RAW);
    }

    // CPython 3.11: Modules/_io/bufferedio.c _bufferedreader_read_generic()
    byte[] read(int h, long n) {
        if (!canRead()) throw unsupported("read");
        checkClosed(h, "read of closed file");
        byte[] b = buf(h);
        int pos = heap.getInt(h, BUF_POS), have = b.length - pos;
        if (n >= 0 && n <= have) {
            heap.setInt(h, BUF_POS, pos + (int) n);
            return java.util.Arrays.copyOfRange(b, pos, pos + (int) n);
        }
        byte[] head = java.util.Arrays.copyOfRange(b, pos, b.length);
        if (b.length > 0) setBuf(h, new byte[0]);
        byte[] tail = io.fileIO.read(raw(h), n < 0 ? -1 : n - have);
        if (head.length == 0) return tail;
        byte[] all = java.util.Arrays.copyOf(head, head.length + tail.length);
        System.arraycopy(tail, 0, all, head.length, tail.length);
        return all;
    }

    int write(int h, byte[] b) {
        if (!canWrite()) throw unsupported("write");
        checkClosed(h, "write to closed file");
        rewind(h);
        return io.fileIO.write(raw(h), b);
    }

    long seek(int h, long offset, int whence) {
        checkClosed(h, "seek of closed file");
        if (whence == 1) {
            offset -= ahead(h);
        }
        if (buf(h).length > 0) setBuf(h, new byte[0]);
        return io.fileIO.seek(raw(h), offset, whence);
    }

    long tell(int h) {
        checkClosed(h, "I/O operation on closed file");
        return io.fileIO.tell(raw(h)) - ahead(h);
    }

    void flush(int h) {
        checkClosed(h, canWrite() ? "flush of closed file" : "I/O operation on closed file.");
    }

    // CPython 3.11: Modules/_io/bufferedio.c _buffered_readline()
    private byte[] readLineBytes(int h, long limit) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        while (limit < 0 || out.size() < limit) {
            byte[] b = buf(h);
            int pos = heap.getInt(h, BUF_POS);
            if (pos >= b.length) {
                byte[] more = io.fileIO.read(raw(h), CHUNK);
                if (more.length == 0) break;
                setBuf(h, more);
                continue;
            }
            int end = pos;
            int stop = limit < 0 ? b.length : (int) Math.min(b.length, pos + limit - out.size());
            while (end < stop && b[end] != '\n') end++;
            boolean line = end < stop;
            if (line) end++;
            out.write(b, pos, end - pos);
            heap.setInt(h, BUF_POS, end);
            if (line) break;
        }
        return out.toByteArray();
    }

    @Override
    boolean isClosed(int h) {
        return io.fileIO.isClosed(raw(h));
    }

    @Override
    void close(int h) {
        io.fileIO.close(raw(h));
    }

    @Override
    int readline(int h, long limit) {
        if (!canRead()) throw unsupported("read");
        checkClosed(h, "readline of closed file");
        return space.bytesSlots.fromJava(readLineBytes(h, limit));
    }

    @Override
    boolean readable(int h) {
        return io.fileIO.readable(raw(h));
    }

    @Override
    boolean writable(int h) {
        return io.fileIO.writable(raw(h));
    }

    @Override
    boolean seekable(int h) {
        return io.fileIO.seekable(raw(h));
    }

    @Override
    void writeItem(int h, int item) {
        write(h, io.bytesLike(item));
    }

    @Override
    public void dealloc(int h) {
        try {
            close(h);
        } catch (dev.pyvm.objects.PyException e) {
            heap.decref(e.exception());
        }
        heap.decref(raw(h));
        if (heap.getInt(h, BUF) != 0) heap.decref(heap.getInt(h, BUF));
        cache.set(heap.getInt(h, CACHE), null);
        slots.clear(heap.getInt(h, CACHE));
        heap.free(h);
    }

    @Override
    public int repr(int h) {
        return str("<_io." + name() + " name=" + space.repr(io.fileIO.nameOf(raw(h))) + ">");
    }
}
