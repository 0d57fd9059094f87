package dev.pyvm.modules.io;

import dev.pyvm.memory.Heap;
import dev.pyvm.objects.ArgParser;
import dev.pyvm.objects.Codecs;
import dev.pyvm.objects.ObjectSpace;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code io.TextIOWrapper}: text over a buffered binary file (CPython 3.11: Modules/_io/textio.c),
 * with the encodings of pyvm's codecs, universal newlines and newline translation.
 * <pre>
 *   [refcnt | type | BUFFER | ENCODING | ERRORS | NEWLINE | MODE | DECODED | DECODED_POS | PENDING
 *    | FLAGS | CACHE]
 * </pre>
 * BUFFER is the buffered file; ENCODING and ERRORS are str, NEWLINE a str or 0 for None, MODE the
 * mode open() was given (0 when made directly). Reading decodes the file a chunk at a time:
 * DECODED holds the chunk's text (before newline translation, so that tell() can count its bytes
 * back), DECODED_POS how much of it (in UTF-16 units) is consumed, PENDING the bytes of an
 * incomplete character at the chunk's end (0 for none). CACHE indexes a side table holding
 * DECODED's Java string, so that each readline does not copy the chunk.
 */
final class TextIOWrapperType extends IoObject {
    static final int BUFFER = 2, ENCODING = 3, ERRORS = 4, NEWLINE = 5, MODE = 6, DECODED = 7, DECODED_POS = 8,
            PENDING = 9, FLAGS = 10, CACHE = 11, WORDS = 12;
    static final int LINE_BUFFERING = 1, BOM_DECIDED = 2, BIG_ENDIAN = 4, WRITE_STARTED = 8;
    /** CPython: _PyIO_TextIOWrapper's chunk_size. */
    private static final int CHUNK = 8192;

    private final List<String> cache = new ArrayList<>();

    TextIOWrapperType(ObjectSpace space, IoTypes io) {
        super(space, io);
    }

    @Override
    public String name() {
        return "TextIOWrapper";
    }

    void define() {
        defineCommon("TextIOWrapper");
        method("read", (self, args, start, nargs, kwnames) -> {
            int[] a = ArgParser.clinic(space, "read", new String[] {"size"}, 0, 1, 1, args, start, nargs, kwnames);
            long n = size(a[0]);
            checkReadable(self);
            return str(take(self, n < 0 ? -1 : n, false));
        });
        method("write", (self, args, start, nargs, kwnames) -> {
            int s = ArgParser.oneArg(space, "TextIOWrapper.write", args, start, nargs, kwnames);
            if (!space.strSlots.check(s)) {
                throw space.typeError("write() argument must be str, not " + space.typeName(space.typeOf(s)));
            }
            return space.newInt(write(self, s));
        });
        method("seek", (self, args, start, nargs, kwnames) -> {
            int[] a = ArgParser.clinic(space, "seek", new String[] {"cookie", "whence"}, 1, 2, 2, args, start, nargs, kwnames);
            return space.newInt(seek(self, ArgParser.asSsize(space, a[0]), a[1] == 0 ? 0 : (int) ArgParser.asSsize(space, a[1])));
        });
        method("tell", (self, args, start, nargs, kwnames) -> {
            ArgParser.noArgs(space, "TextIOWrapper.tell", nargs, kwnames);
            checkClosed(self);
            return space.newInt(tell(self));
        });
        method("truncate", (self, args, start, nargs, kwnames) -> {
            int[] a = ArgParser.clinic(space, "truncate", new String[] {"pos"}, 0, 1, 1, args, start, nargs, kwnames);
            checkClosed(self);
            if (io.buffered(bufferOf(self)).kind == BufferedType.Kind.READER) throw unsupported("truncate");
            // CPython passes pos on to the buffer, whose own position (past what was read ahead) is the default
            BufferedType b = io.buffered(bufferOf(self));
            long size = a[0] == 0 || a[0] == space.none ? b.tell(bufferOf(self)) : ArgParser.asSsize(space, a[0]);
            return space.newInt(io.fileIO.truncate(b.raw(bufferOf(self)), size));
        });
        method("flush", (self, args, start, nargs, kwnames) -> {
            ArgParser.noArgs(space, "TextIOWrapper.flush", nargs, kwnames);
            checkClosed(self);
            return space.newNone();
        });
        method("fileno", (self, args, start, nargs, kwnames) -> {
            ArgParser.noArgs(space, "TextIOWrapper.fileno", nargs, kwnames);
            int raw = io.buffered(bufferOf(self)).raw(bufferOf(self));
            io.fileIO.checkClosed(raw);
            return space.newInt(io.fileIO.fileno(raw));
        });
        getter("buffer", h -> ref(bufferOf(h)));
        getter("name", h -> ref(io.fileIO.nameOf(io.buffered(bufferOf(h)).raw(bufferOf(h)))));
        getter("encoding", h -> ref(heap.getInt(h, ENCODING)));
        getter("errors", h -> ref(heap.getInt(h, ERRORS)));
        getter("line_buffering", h -> space.newBool((heap.getInt(h, FLAGS) & LINE_BUFFERING) != 0));
        getter("mode", h -> {
            if (heap.getInt(h, MODE) == 0) throw space.attributeError(h, space.intern("mode"));
            return ref(heap.getInt(h, MODE));
        });
    }

    @Override
    public int construct(int t, int[] args, int start, int nargs, int kwnames) {
        int[] a = ArgParser.clinic(space, "TextIOWrapper", new String[] {"buffer", "encoding", "errors", "newline",
            "line_buffering", "write_through"}, 1, 0, 6, args, start, nargs, kwnames);
        if (t != type()) throw space.typeError("pyvm does not support subclasses of TextIOWrapper");
        for (int i = 1; i <= 3; i++) {
            if (a[i] != 0 && a[i] != space.none && !space.strSlots.check(a[i])) {
                throw space.typeError("TextIOWrapper() argument '" + new String[] {"", "encoding", "errors", "newline"}[i]
                        + "' must be str or None, not " + space.typeName(space.typeOf(a[i])));
            }
        }
        if (!(space.slotsOf(a[0]) instanceof BufferedType)) {
            throw space.typeError("pyvm does not support TextIOWrapper over '" + space.typeName(space.typeOf(a[0]))
                    + "' (only over open()'s buffered files)");
        }
        heap.incref(a[0]);
        return wrap(a[0], a[1], a[2], a[3], 0, a[4] != 0 && space.isTrue(a[4]));
    }

    private int ref(int h) {
        heap.incref(h);
        return h;
    }

    // CPython 3.11: Modules/_io/textio.c _io_TextIOWrapper___init___impl()
    /**
     * A new text file over buffer (a buffered file; reference stolen, released on failure):
     * encoding, errors and newline are str or 0/None (their types already checked), mode a str
     * or 0.
     */
    int wrap(int buffer, int encoding, int errors, int newline, int mode, boolean lineBuffering) {
        try {
            if (newline != 0 && newline != space.none) {
                String nl = space.strSlots.toJava(newline);
                if (!nl.isEmpty() && !nl.equals("\n") && !nl.equals("\r") && !nl.equals("\r\n")) {
                    throw space.valueError("illegal newline value: " + nl);
                }
            }
            String enc = encoding == 0 || encoding == space.none ? "UTF-8" : space.strSlots.toJava(encoding);
            if (enc.equals("locale")) enc = "UTF-8";
            if (Codecs.lookup(enc) == null) {
                throw space.error(space.exceptions.byName().get("LookupError"), "unknown encoding: " + enc);
            }
            int h = heap.newObject(WORDS * Heap.WORD, type());
            heap.fillWords(h, BUFFER, WORDS - BUFFER, 0);
            heap.setInt(h, BUFFER, buffer);
            heap.setInt(h, ENCODING, space.newStr(enc));
            heap.setInt(h, ERRORS, errors == 0 || errors == space.none ? space.newStr("strict") : ref(errors));
            heap.setInt(h, NEWLINE, newline == 0 || newline == space.none ? 0 : ref(newline));
            heap.setInt(h, MODE, mode == 0 ? 0 : ref(mode));
            heap.setInt(h, FLAGS, lineBuffering ? LINE_BUFFERING : 0);
            int slot = cache.indexOf(null);
            if (slot < 0) {
                slot = cache.size();
                cache.add("");
            } else {
                cache.set(slot, "");
            }
            heap.setInt(h, CACHE, slot);
            return h;
        } catch (RuntimeException e) {
            heap.decref(buffer);
            throw e;
        }
    }

    int bufferOf(int h) {
        return heap.getInt(h, BUFFER);
    }

    private String codec(int h) {
        return Codecs.lookup(space.strSlots.toJava(heap.getInt(h, ENCODING)));
    }

    private String errors(int h) {
        return space.strSlots.toJava(heap.getInt(h, ERRORS));
    }

    /** The newline argument, null for None. */
    private String newline(int h) {
        int nl = heap.getInt(h, NEWLINE);
        return nl == 0 ? null : space.strSlots.toJava(nl);
    }

    private String decoded(int h) {
        return cache.get(heap.getInt(h, CACHE));
    }

    private void setDecoded(int h, String s) {
        cache.set(heap.getInt(h, CACHE), s);
        int old = heap.getInt(h, DECODED);
        heap.setInt(h, DECODED, s.isEmpty() ? 0 : space.newStr(s));
        heap.setInt(h, DECODED_POS, 0);
        if (old != 0) heap.decref(old);
    }

    private byte[] pending(int h) {
        int p = heap.getInt(h, PENDING);
        return p == 0 ? new byte[0] : space.bytesSlots.toJava(p);
    }

    private void setPending(int h, byte[] b) {
        int old = heap.getInt(h, PENDING);
        heap.setInt(h, PENDING, b.length == 0 ? 0 : space.bytesSlots.fromJava(b));
        if (old != 0) heap.decref(old);
    }

    /** Forgets what was read ahead (before a seek or a write). */
    private void resetReading(int h) {
        setDecoded(h, "");
        setPending(h, new byte[0]);
    }

    private void checkReadable(int h) {
        checkClosed(h);
        if (io.buffered(bufferOf(h)).kind == BufferedType.Kind.WRITER) throw unsupported("not readable");
    }

    /**
     * Decodes the next chunk of the file onto what is left of DECODED; false at the end of the
     * file (when nothing more comes). CPython: textiowrapper_read_chunk().
     */
    private boolean readChunk(int h) {
        BufferedType b = io.buffered(bufferOf(h));
        byte[] got = b.read(bufferOf(h), CHUNK);
        byte[] pend = pending(h);
        if (got.length == 0 && pend.length == 0) return false;
        byte[] all = new byte[pend.length + got.length];
        System.arraycopy(pend, 0, all, 0, pend.length);
        System.arraycopy(got, 0, all, pend.length, got.length);
        String codec = codec(h);
        int from = 0;
        if (codec.equals("utf-16") || codec.equals("utf-32")) {
            int width = codec.equals("utf-16") ? 2 : 4;
            int flags = heap.getInt(h, FLAGS);
            if ((flags & BOM_DECIDED) == 0) {
                if (all.length < width && got.length > 0) {
                    setPending(h, all);
                    return true;
                }
                boolean big = width == 2 ? all.length >= 2 && (all[0] & 0xff) == 0xfe && (all[1] & 0xff) == 0xff
                        : all.length >= 4 && all[0] == 0 && all[1] == 0 && (all[2] & 0xff) == 0xfe && (all[3] & 0xff) == 0xff;
                boolean little = width == 2 ? all.length >= 2 && (all[0] & 0xff) == 0xff && (all[1] & 0xff) == 0xfe
                        : all.length >= 4 && (all[0] & 0xff) == 0xff && (all[1] & 0xff) == 0xfe && all[2] == 0 && all[3] == 0;
                if (big || little) from = width;
                heap.setInt(h, FLAGS, flags | BOM_DECIDED | (big ? BIG_ENDIAN : 0));
            }
            codec = codec + ((heap.getInt(h, FLAGS) & BIG_ENDIAN) != 0 ? "-be" : "-le");
        }
        int cut = got.length == 0 ? all.length : complete(codec, all, from);
        byte[] part = java.util.Arrays.copyOfRange(all, from, cut);
        String s = fastDecode(codec, part);
        if (s == null) {
            int text = Codecs.decode(space, part, codec, errors(h));
            try {
                s = space.strSlots.toJava(text);
            } finally {
                heap.decref(text);
            }
        }
        setPending(h, java.util.Arrays.copyOfRange(all, cut, all.length));
        String rest = decoded(h).substring(heap.getInt(h, DECODED_POS));
        setDecoded(h, rest + s);
        return true;
    }

    /**
     * b decoded by Java's own decoder where that gives what pyvm's codecs give (well-formed input
     * of utf-8, latin-1 or ascii), else null: then the codecs decode it, with their errors.
     */
    private static String fastDecode(String codec, byte[] b) {
        switch (codec) {
            case "latin-1":
                return new String(b, java.nio.charset.StandardCharsets.ISO_8859_1);
            case "ascii":
                for (byte x : b) if (x < 0) return null;
                return new String(b, java.nio.charset.StandardCharsets.ISO_8859_1);
            case "utf-8":
                try {
                    return java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                            .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                            .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                            .decode(java.nio.ByteBuffer.wrap(b)).toString();
                } catch (java.nio.charset.CharacterCodingException e) {
                    return null;
                }
            default:
                return null;
        }
    }

    /** s encoded by Java's own encoder where that gives what pyvm's codecs give (no surrogates), else null. */
    private static byte[] fastEncode(String codec, String s) {
        int limit = codec.equals("utf-8") ? 0xd800 : codec.equals("latin-1") ? 0x100 : codec.equals("ascii") ? 0x80 : 0;
        if (limit == 0) return null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= limit && (limit != 0xd800 || c <= 0xdfff)) return null;
        }
        return s.getBytes(limit == 0xd800 ? java.nio.charset.StandardCharsets.UTF_8 : java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    /** How much of b (from {@code from}) is whole characters of the codec: the rest waits for the next chunk. */
    private static int complete(String codec, byte[] b, int from) {
        int n = b.length;
        if (codec.startsWith("utf-16")) {
            int cut = from + ((n - from) & ~1);
            if (cut - from >= 2) {
                boolean big = codec.endsWith("-be");
                int u = big ? (b[cut - 2] & 0xff) << 8 | b[cut - 1] & 0xff : (b[cut - 1] & 0xff) << 8 | b[cut - 2] & 0xff;
                if (u >= 0xd800 && u <= 0xdbff) cut -= 2;
            }
            return cut;
        }
        if (codec.startsWith("utf-32")) return from + ((n - from) & ~3);
        if (!codec.equals("utf-8")) return n;
        int i = n - 1;
        while (i >= from && i > n - 4 && (b[i] & 0xc0) == 0x80) i--;
        if (i < from) return n;
        int lead = b[i] & 0xff;
        int need = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
        return n - i < need ? i : n;
    }

    /**
     * Up to max characters (all when max < 0), or up to the end of one line when line is set,
     * with newlines recognised and translated as the NEWLINE argument says. CPython:
     * textiowrapper_read / _PyIO_find_line_ending() with the incremental newline decoder.
     */
    String take(int h, long max, boolean line) {
        StringBuilder out = new StringBuilder();
        long count = 0;
        String nl = newline(h);
        boolean universal = nl == null || nl.isEmpty();
        boolean translate = nl == null;
        boolean done = false;
        outer:
        while (!done && (max < 0 || count < max)) {
            String d = decoded(h);
            int p = heap.getInt(h, DECODED_POS);
            int n = d.length();
            if (p >= n) {
                if (!readChunk(h)) break;
                continue;
            }
            while (p < n && (max < 0 || count < max)) {
                if (max < 0) {
                    // a run of characters that are no line ending goes out at once
                    int j = p;
                    while (j < n && d.charAt(j) != '\n' && d.charAt(j) != '\r') j++;
                    if (j > p) {
                        out.append(d, p, j);
                        p = j;
                        continue;
                    }
                }
                char c = d.charAt(p);
                if (c == '\r' && (universal || "\r\n".equals(nl))) {
                    if (p + 1 == n) {
                        heap.setInt(h, DECODED_POS, p);
                        if (readChunk(h)) continue outer;
                    }
                    boolean crlf = p + 1 < n && d.charAt(p + 1) == '\n';
                    if (!universal && !crlf) {
                        out.append('\r');
                        p++;
                        count++;
                        continue;
                    }
                    out.append(translate ? "\n" : crlf ? "\r\n" : "\r");
                    p += crlf ? 2 : 1;
                    count += translate ? 1 : crlf ? 2 : 1;
                    if (line) {
                        done = true;
                        break;
                    }
                    continue;
                }
                int len = Character.isHighSurrogate(c) && p + 1 < n && Character.isLowSurrogate(d.charAt(p + 1)) ? 2 : 1;
                out.append(d, p, p + len);
                p += len;
                count++;
                if (line && (c == '\n' && (universal || "\n".equals(nl)) || c == '\r' && "\r".equals(nl))) {
                    done = true;
                    break;
                }
            }
            heap.setInt(h, DECODED_POS, p);
        }
        return out.toString();
    }

    @Override
    int readline(int h, long limit) {
        checkReadable(h);
        return str(take(h, limit, true));
    }

    /** The bytes s takes in the codec: what tell() counts back for text decoded but not yet read. */
    private static long encodedLength(String codec, String s) {
        if (codec.startsWith("utf-16")) return 2L * s.length();
        if (codec.startsWith("utf-32")) return 4L * s.codePointCount(0, s.length());
        if (!codec.equals("utf-8")) return s.codePointCount(0, s.length());
        long n = 0;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            n += c < 0x80 || c >= 0xdc80 && c <= 0xdcff ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
        }
        return n;
    }

    // CPython 3.11: Modules/_io/textio.c _io_TextIOWrapper_tell_impl(), pyvm's cookie is the byte position
    long tell(int h) {
        long at = io.buffered(bufferOf(h)).tell(bufferOf(h));
        String rest = decoded(h).substring(heap.getInt(h, DECODED_POS));
        return at - pending(h).length - encodedLength(codec(h), rest);
    }

    // CPython 3.11: Modules/_io/textio.c _io_TextIOWrapper_seek_impl()
    long seek(int h, long cookie, int whence) {
        checkClosed(h);
        BufferedType b = io.buffered(bufferOf(h));
        switch (whence) {
            case 1 -> {
                if (cookie != 0) throw unsupported("can't do nonzero cur-relative seeks");
                cookie = tell(h);
            }
            case 2 -> {
                if (cookie != 0) throw unsupported("can't do nonzero end-relative seeks");
                resetReading(h);
                long end = b.seek(bufferOf(h), 0, 2);
                heap.setInt(h, FLAGS, heap.getInt(h, FLAGS) | WRITE_STARTED);
                return end;
            }
            case 0 -> { }
            default -> throw space.valueError("invalid whence (" + whence + ", should be 0, 1 or 2)");
        }
        if (cookie < 0) throw space.valueError("negative seek position " + cookie);
        resetReading(h);
        b.seek(bufferOf(h), cookie, 0);
        int flags = heap.getInt(h, FLAGS);
        heap.setInt(h, FLAGS, cookie == 0 ? flags & ~(WRITE_STARTED | BOM_DECIDED | BIG_ENDIAN) : flags | WRITE_STARTED);
        return cookie;
    }

    /** Writes str s; returns its length. */
    int write(int h, int s) {
        checkClosed(h);
        BufferedType b = io.buffered(bufferOf(h));
        if (b.kind == BufferedType.Kind.READER) throw unsupported("not writable");
        // CPython drops what it read ahead and writes where the buffer stands: past the chunk read
        if (heap.getInt(h, DECODED) != 0 || heap.getInt(h, PENDING) != 0) resetReading(h);
        String nl = newline(h);
        int text = s;
        if (nl != null && (nl.equals("\r") || nl.equals("\r\n"))) {
            text = space.newStr(space.strSlots.toJava(s).replace("\n", nl));
        } else {
            heap.incref(text);
        }
        try {
            String codec = codec(h);
            int flags = heap.getInt(h, FLAGS);
            if (codec.equals("utf-16") || codec.equals("utf-32")) {
                boolean bom = (flags & WRITE_STARTED) == 0 && b.tell(bufferOf(h)) == 0;
                if (!bom) codec = codec + "-le";
            }
            heap.setInt(h, FLAGS, flags | WRITE_STARTED);
            byte[] fast = fastEncode(codec, space.strSlots.toJava(text));
            if (fast != null) {
                b.write(bufferOf(h), fast);
            } else {
                int bytes = Codecs.encode(space, text, codec, errors(h));
                try {
                    b.write(bufferOf(h), space.bytesSlots.toJava(bytes));
                } finally {
                    heap.decref(bytes);
                }
            }
        } finally {
            heap.decref(text);
        }
        return (int) space.strSlots.length(s);
    }

    @Override
    boolean isClosed(int h) {
        return io.buffered(bufferOf(h)).isClosed(bufferOf(h));
    }

    @Override
    void close(int h) {
        io.buffered(bufferOf(h)).close(bufferOf(h));
    }

    @Override
    boolean readable(int h) {
        return io.buffered(bufferOf(h)).readable(bufferOf(h));
    }

    @Override
    boolean writable(int h) {
        return io.buffered(bufferOf(h)).writable(bufferOf(h));
    }

    @Override
    boolean seekable(int h) {
        return io.buffered(bufferOf(h)).seekable(bufferOf(h));
    }

    @Override
    void writeItem(int h, int item) {
        if (!space.strSlots.check(item)) {
            throw space.typeError("write() argument must be str, not " + space.typeName(space.typeOf(item)));
        }
        write(h, item);
    }

    @Override
    public void dealloc(int h) {
        try {
            close(h);
        } catch (dev.pyvm.objects.PyException e) {
            heap.decref(e.exception());
        }
        cache.set(heap.getInt(h, CACHE), null);
        for (int w = BUFFER; w <= PENDING; w++) {
            if (w == DECODED_POS) continue;
            int ref = heap.getInt(h, w);
            if (ref != 0) heap.decref(ref);
        }
        heap.free(h);
    }

    @Override
    public int repr(int h) {
        StringBuilder b = new StringBuilder("<_io.TextIOWrapper name=");
        b.append(space.repr(io.fileIO.nameOf(io.buffered(bufferOf(h)).raw(bufferOf(h)))));
        if (heap.getInt(h, MODE) != 0) b.append(" mode=").append(space.repr(heap.getInt(h, MODE)));
        b.append(" encoding=").append(space.repr(heap.getInt(h, ENCODING))).append('>');
        return str(b.toString());
    }
}
