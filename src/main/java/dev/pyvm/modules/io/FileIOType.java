package dev.pyvm.modules.io;

import dev.pyvm.memory.Heap;
import dev.pyvm.objects.ArgParser;
import dev.pyvm.objects.ObjectSpace;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * {@code io.FileIO}: raw, unbuffered access to a file (CPython 3.11: Modules/_io/fileio.c). The
 * Java side, a file channel, is metadata in a side table indexed by the FD word; the fd pyvm
 * shows is that index plus 3 (the lowest free one, as POSIX's open gives).
 * <pre>
 *   [refcnt | type | FD | FLAGS | NAME]
 * </pre>
 * FD is -1 once closed; FLAGS holds the mode's bits and closefd; NAME is the name as given.
 * Appending is done by moving to the end before each write (Java's channels cannot read and
 * append at once).
 */
final class FileIOType extends IoObject {
    static final int FD = 2, FLAGS = 3, NAME = 4, WORDS = 5;
    static final int READABLE = 1, WRITABLE = 2, APPENDING = 4, CREATED = 8, CLOSEFD = 16;
    /** CPython: SMALLCHUNK, what readline reads at a time before giving back what follows the line. */
    private static final int CHUNK = 8192;
    private static final int FIRST_FD = 3;

    private final List<FileChannel> channels = new ArrayList<>();

    FileIOType(ObjectSpace space, IoTypes io) {
        super(space, io);
    }

    @Override
    public String name() {
        return "FileIO";
    }

    void define() {
        defineCommon("FileIO");
        method("read", (self, args, start, nargs, kwnames) -> {
            int[] a = ArgParser.clinic(space, "read", new String[] {"size"}, 0, 1, 1, args, start, nargs, kwnames);
            return space.bytesSlots.fromJava(read(self, size(a[0])));
        });
        method("readall", (self, args, start, nargs, kwnames) -> {
            ArgParser.noArgs(space, "FileIO.readall", nargs, kwnames);
            return space.bytesSlots.fromJava(read(self, -1));
        });
        method("write", (self, args, start, nargs, kwnames) -> {
            int b = ArgParser.oneArg(space, "FileIO.write", args, start, nargs, kwnames);
            return space.newInt(write(self, io.bytesLike(b)));
        });
        method("seek", (self, args, start, nargs, kwnames) -> {
            int[] a = ArgParser.clinic(space, "seek", new String[] {"pos", "whence"}, 1, 2, 2, args, start, nargs, kwnames);
            checkOpen(self);
            return space.newInt(seek(self, ArgParser.asSsize(space, a[0]), a[1] == 0 ? 0 : (int) ArgParser.asSsize(space, a[1])));
        });
        method("tell", (self, args, start, nargs, kwnames) -> {
            ArgParser.noArgs(space, "FileIO.tell", nargs, kwnames);
            return space.newInt(tell(self));
        });
        method("truncate", (self, args, start, nargs, kwnames) -> {
            int[] a = ArgParser.clinic(space, "truncate", new String[] {"size"}, 0, 1, 1, args, start, nargs, kwnames);
            checkOpen(self);
            return space.newInt(truncate(self, a[0] == 0 || a[0] == space.none ? tell(self) : ArgParser.asSsize(space, a[0])));
        });
        method("flush", (self, args, start, nargs, kwnames) -> {
            ArgParser.noArgs(space, "FileIO.flush", nargs, kwnames);
            checkClosed(self);
            return space.newNone();
        });
        method("fileno", (self, args, start, nargs, kwnames) -> {
            ArgParser.noArgs(space, "FileIO.fileno", nargs, kwnames);
            checkOpen(self);
            return space.newInt(fileno(self));
        });
        getter("name", h -> {
            heap.incref(heap.getInt(h, NAME));
            return heap.getInt(h, NAME);
        });
        getter("mode", h -> str(mode(h)));
        getter("closefd", h -> space.newBool((heap.getInt(h, FLAGS) & CLOSEFD) != 0));
    }

    @Override
    String closedMessage() {
        return "I/O operation on closed file";
    }

    // CPython 3.11: Modules/_io/fileio.c _io_FileIO___init___impl(), for a file name
    @Override
    public int construct(int t, int[] args, int start, int nargs, int kwnames) {
        int[] a = ArgParser.clinic(space, "FileIO", new String[] {"file", "mode", "closefd", "opener"}, 1, 0, 4, args,
                start, nargs, kwnames);
        if (t != type()) throw space.typeError("pyvm does not support subclasses of FileIO");
        if (space.intSlots.check(a[0])) throw io.notImplemented("pyvm does not support opening a file descriptor");
        if (!space.strSlots.check(a[0]) && !space.bytesSlots.check(a[0])) {
            throw space.typeError("expected str, bytes or os.PathLike object, not " + space.typeName(space.typeOf(a[0])));
        }
        if (a[1] != 0 && !space.strSlots.check(a[1])) {
            throw space.typeError("FileIO() argument 'mode' must be str, not " + space.typeName(space.typeOf(a[1])));
        }
        if (a[3] != 0 && a[3] != space.none) throw io.notImplemented("pyvm does not support FileIO's opener");
        if (a[2] != 0 && !space.isTrue(a[2])) throw space.valueError("Cannot use closefd=False with file name");
        return open(a[0], parseMode(a[1] == 0 ? "r" : space.strSlots.toJava(a[1])));
    }

    private void checkOpen(int h) {
        checkClosed(h);
    }

    // CPython 3.11: Modules/_io/fileio.c _io_FileIO___init___impl(): the mode's letters
    /** The FLAGS bits of a FileIO mode ({@code r w x a}, at most one {@code +}, an optional {@code b}). */
    int parseMode(String mode) {
        int flags = 0;
        boolean rwa = false, plus = false;
        for (char c : mode.toCharArray()) {
            switch (c) {
                case 'x', 'r', 'w', 'a' -> {
                    if (rwa) throw badMode();
                    rwa = true;
                    flags |= c == 'x' ? CREATED | WRITABLE : c == 'r' ? READABLE : c == 'w' ? WRITABLE | TRUNCATE
                            : APPENDING | WRITABLE;
                }
                case '+' -> {
                    if (plus) throw badMode();
                    plus = true;
                    flags |= READABLE | WRITABLE;
                }
                case 'b' -> { }
                default -> throw space.valueError("invalid mode: " + mode);
            }
        }
        if (!rwa) throw badMode();
        return flags;
    }

    private RuntimeException badMode() {
        return space.valueError("Must have exactly one of create/read/write/append mode and at most one plus");
    }

    /**
     * A new FileIO on the file {@code name} (a str or bytes, borrowed) opened with FLAGS bits
     * {@code flags}: a new reference; the OSError CPython raises when the file cannot be opened.
     */
    int open(int name, int flags) {
        String path = space.strSlots.check(name) ? space.strSlots.toJava(name)
                : new String(space.bytesSlots.toJava(name), java.nio.charset.StandardCharsets.UTF_8);
        Path p;
        try {
            p = Path.of(path);
        } catch (InvalidPathException e) {
            throw space.valueError("embedded null byte");
        }
        if (path.isEmpty()) throw OsErrors.of(space, OsErrors.ENOENT, name);
        if (Files.isDirectory(p)) throw OsErrors.of(space, OsErrors.EISDIR, name);
        Set<StandardOpenOption> options = EnumSet.noneOf(StandardOpenOption.class);
        if ((flags & READABLE) != 0) options.add(StandardOpenOption.READ);
        if ((flags & WRITABLE) != 0) options.add(StandardOpenOption.WRITE);
        if ((flags & CREATED) != 0) {
            options.add(StandardOpenOption.CREATE_NEW);
        } else if ((flags & APPENDING) != 0) {
            options.add(StandardOpenOption.CREATE);
        } else if ((flags & TRUNCATE) != 0) {
            options.add(StandardOpenOption.CREATE);
            options.add(StandardOpenOption.TRUNCATE_EXISTING);
        }
        FileChannel channel;
        try {
            channel = FileChannel.open(p, options);
            if ((flags & APPENDING) != 0) channel.position(channel.size());
        } catch (IOException e) {
            throw OsErrors.of(space, e, name);
        }
        int fd = channels.indexOf(null);
        if (fd < 0) {
            fd = channels.size();
            channels.add(channel);
        } else {
            channels.set(fd, channel);
        }
        int h = heap.newObject(WORDS * Heap.WORD, type());
        heap.setInt(h, FD, fd);
        heap.setInt(h, FLAGS, (flags & ~TRUNCATE) | CLOSEFD);
        heap.incref(name);
        heap.setInt(h, NAME, name);
        return h;
    }

    /** A FLAGS bit of mode {@code w}: the file is truncated when opened (not kept in FLAGS). */
    static final int TRUNCATE = 32;

    private FileChannel channel(int h) {
        return channels.get(heap.getInt(h, FD));
    }

    int fileno(int h) {
        return heap.getInt(h, FD) + FIRST_FD;
    }

    @Override
    boolean isClosed(int h) {
        return heap.getInt(h, FD) < 0;
    }

    @Override
    void close(int h) {
        int fd = heap.getInt(h, FD);
        if (fd < 0) return;
        heap.setInt(h, FD, -1);
        FileChannel c = channels.get(fd);
        channels.set(fd, null);
        try {
            c.close();
        } catch (IOException e) {
            throw OsErrors.of(space, e, 0);
        }
    }

    @Override
    boolean readable(int h) {
        checkClosed(h);
        return (heap.getInt(h, FLAGS) & READABLE) != 0;
    }

    @Override
    boolean writable(int h) {
        checkClosed(h);
        return (heap.getInt(h, FLAGS) & WRITABLE) != 0;
    }

    @Override
    boolean seekable(int h) {
        checkClosed(h);
        return true;
    }

    // CPython 3.11: Modules/_io/fileio.c mode_string()
    String mode(int h) {
        int f = heap.getInt(h, FLAGS);
        boolean plus = (f & READABLE) != 0 && (f & WRITABLE) != 0;
        if ((f & CREATED) != 0) return plus ? "xb+" : "xb";
        if ((f & APPENDING) != 0) return plus ? "ab+" : "ab";
        if (plus) return "rb+";
        return (f & READABLE) != 0 ? "rb" : "wb";
    }

    /** The name (borrowed). */
    int nameOf(int h) {
        return heap.getInt(h, NAME);
    }

    /** Up to n bytes (all that remain when n < 0). */
    byte[] read(int h, long n) {
        checkClosed(h);
        if ((heap.getInt(h, FLAGS) & READABLE) == 0) throw unsupported("File not open for reading");
        FileChannel c = channel(h);
        try {
            if (n >= 0) {
                ByteBuffer b = ByteBuffer.allocate((int) Math.min(n, Integer.MAX_VALUE - 8));
                while (b.hasRemaining() && c.read(b) > 0) { }
                return java.util.Arrays.copyOf(b.array(), b.position());
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteBuffer b = ByteBuffer.allocate(CHUNK);
            while (c.read(b) > 0) {
                out.write(b.array(), 0, b.position());
                b.clear();
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw OsErrors.of(space, e, 0);
        }
    }

    /** The next line's bytes, at most limit of them when limit >= 0: read by chunks, the rest given back. */
    byte[] readLine(int h, long limit) {
        checkClosed(h);
        if ((heap.getInt(h, FLAGS) & READABLE) == 0) throw unsupported("File not open for reading");
        FileChannel c = channel(h);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ByteBuffer b = ByteBuffer.allocate(CHUNK);
            while (limit < 0 || out.size() < limit) {
                b.clear();
                if (limit >= 0) b.limit((int) Math.min(CHUNK, limit - out.size()));
                long at = c.position();
                int got = c.read(b);
                if (got <= 0) break;
                byte[] a = b.array();
                int i = 0;
                while (i < got && a[i] != '\n') i++;
                if (i < got) {
                    out.write(a, 0, i + 1);
                    c.position(at + i + 1);
                    break;
                }
                out.write(a, 0, got);
            }
        } catch (IOException e) {
            throw OsErrors.of(space, e, 0);
        }
        return out.toByteArray();
    }

    int write(int h, byte[] bytes) {
        checkClosed(h);
        int f = heap.getInt(h, FLAGS);
        if ((f & WRITABLE) == 0) throw unsupported("File not open for writing");
        FileChannel c = channel(h);
        try {
            if ((f & APPENDING) != 0) c.position(c.size());
            ByteBuffer b = ByteBuffer.wrap(bytes);
            while (b.hasRemaining()) c.write(b);
        } catch (IOException e) {
            throw OsErrors.of(space, e, 0);
        }
        return bytes.length;
    }

    long seek(int h, long offset, int whence) {
        checkClosed(h);
        FileChannel c = channel(h);
        try {
            long base = switch (whence) {
                case 0 -> 0;
                case 1 -> c.position();
                case 2 -> c.size();
                default -> throw OsErrors.of(space, OsErrors.EINVAL, 0);
            };
            if (base + offset < 0) throw OsErrors.of(space, OsErrors.EINVAL, 0);
            c.position(base + offset);
            return base + offset;
        } catch (IOException e) {
            throw OsErrors.of(space, e, 0);
        }
    }

    long tell(int h) {
        checkClosed(h);
        try {
            return channel(h).position();
        } catch (IOException e) {
            throw OsErrors.of(space, e, 0);
        }
    }

    // CPython 3.11: Modules/_io/fileio.c _io_FileIO_truncate_impl(): ftruncate, the position unchanged
    long truncate(int h, long size) {
        checkClosed(h);
        if ((heap.getInt(h, FLAGS) & WRITABLE) == 0) throw unsupported("File not open for writing");
        if (size < 0) throw OsErrors.of(space, OsErrors.EINVAL, 0);
        FileChannel c = channel(h);
        try {
            long at = c.position();
            if (size < c.size()) {
                c.truncate(size);
            } else if (size > c.size()) {
                c.write(ByteBuffer.allocate(1), size - 1);
            }
            c.position(at);
            return size;
        } catch (IOException e) {
            throw OsErrors.of(space, e, 0);
        }
    }

    @Override
    int readline(int h, long limit) {
        return space.bytesSlots.fromJava(readLine(h, limit));
    }

    @Override
    void writeItem(int h, int item) {
        write(h, io.bytesLike(item));
    }

    /** Closes every channel still open: the interpreter's teardown. */
    void closeAll() {
        for (int i = 0; i < channels.size(); i++) {
            FileChannel c = channels.get(i);
            channels.set(i, null);
            if (c == null) continue;
            try {
                c.close();
            } catch (IOException ignored) {
                // at teardown there is nobody to tell
            }
        }
    }

    @Override
    public void dealloc(int h) {
        try {
            close(h);
        } catch (dev.pyvm.objects.PyException e) {
            // CPython's iobase_finalize reports a failed close as unraisable; pyvm drops it
            heap.decref(e.exception());
        }
        heap.decref(heap.getInt(h, NAME));
        heap.free(h);
    }

    @Override
    public int repr(int h) {
        if (isClosed(h)) return str("<_io.FileIO [closed]>");
        return str("<_io.FileIO name=" + space.repr(nameOf(h)) + " mode='" + mode(h) + "' closefd=True>");
    }
}
