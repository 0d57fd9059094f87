package dev.pyvm.modules.io;

import dev.pyvm.memory.Heap;
import dev.pyvm.objects.ArgParser;
import dev.pyvm.objects.ObjectSpace;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code io.StringIO}: a text file in memory (CPython 3.11: Modules/_io/stringio.c).
 * <pre>
 *   [refcnt | type | PIECES | LENGTH | POS | CLOSED | NEWLINE | CACHE]
 * </pre>
 * The text is the concatenation of PIECES, a list of str: writing at the end appends a piece,
 * anything else first joins them into one. LENGTH and POS count code points; NEWLINE is the
 * newline argument (a str, or 0 for None). CACHE indexes a side table holding the joined text as
 * a Java string (null when a write made it stale).
 */
final class StringIOType extends IoObject {
    static final int PIECES = 2, LENGTH = 3, POS = 4, CLOSED = 5, NEWLINE = 6, CACHE = 7, WORDS = 8;

    private final List<String> cache = new ArrayList<>();
    private final java.util.BitSet slots = new java.util.BitSet();

    StringIOType(ObjectSpace space, IoTypes io) {
        super(space, io);
    }

    @Override
    public String name() {
        return "StringIO";
    }

    @Override
    String closedMessage() {
        return "I/O operation on closed file";
    }

    void define() {
        defineCommon("StringIO");
        method("getvalue", (self, args, start, nargs, kwnames) -> {
            ArgParser.noArgs(space, "StringIO.getvalue", nargs, kwnames);
            checkClosed(self);
            return str(text(self));
        });
        method("read", (self, args, start, nargs, kwnames) -> {
            int[] a = ArgParser.clinic(space, "read", new String[] {"size"}, 0, 1, 1, args, start, nargs, kwnames);
            checkClosed(self);
            long n = size(a[0]);
            long pos = heap.getInt(self, POS), length = heap.getInt(self, LENGTH);
            long end = n < 0 ? length : Math.min(length, pos + n);
            if (pos >= end) return str("");
            heap.setInt(self, POS, (int) end);
            return str(slice(text(self), pos, end));
        });
        method("write", (self, args, start, nargs, kwnames) -> {
            int s = ArgParser.oneArg(space, "StringIO.write", args, start, nargs, kwnames);
            checkClosed(self);
            if (!space.strSlots.check(s)) {
                throw space.typeError("string argument expected, got '" + space.typeName(space.typeOf(s)) + "'");
            }
            return space.newInt(write(self, s));
        });
        method("seek", (self, args, start, nargs, kwnames) -> {
            int[] a = ArgParser.clinic(space, "seek", new String[] {"pos", "whence"}, 1, 2, 2, args, start, nargs, kwnames);
            long pos = ArgParser.asSsize(space, a[0]);
            int whence = a[1] == 0 ? 0 : (int) ArgParser.asSsize(space, a[1]);
            checkClosed(self);
            if (whence < 0 || whence > 2) throw space.valueError("Invalid whence (" + whence + ", should be 0, 1 or 2)");
            if (pos < 0 && whence == 0) throw space.valueError("Negative seek position " + pos);
            if (whence != 0 && pos != 0) throw space.error(space.exceptions.osError, "Can't do nonzero cur-relative seeks");
            if (whence == 1) pos = heap.getInt(self, POS);
            if (whence == 2) pos = heap.getInt(self, LENGTH);
            heap.setInt(self, POS, (int) Math.min(pos, Integer.MAX_VALUE));
            return space.newInt(pos);
        });
        method("tell", (self, args, start, nargs, kwnames) -> {
            ArgParser.noArgs(space, "StringIO.tell", nargs, kwnames);
            checkClosed(self);
            return space.newInt(heap.getInt(self, POS));
        });
        method("truncate", (self, args, start, nargs, kwnames) -> {
            int[] a = ArgParser.clinic(space, "truncate", new String[] {"pos"}, 0, 1, 1, args, start, nargs, kwnames);
            checkClosed(self);
            long size = a[0] == 0 || a[0] == space.none ? heap.getInt(self, POS) : ArgParser.asSsize(space, a[0]);
            if (size < 0) throw space.valueError("Negative size value " + size);
            if (size < heap.getInt(self, LENGTH)) setText(self, slice(text(self), 0, size));
            return space.newInt(size);
        });
        method("flush", (self, args, start, nargs, kwnames) -> {
            ArgParser.noArgs(space, "StringIO.flush", nargs, kwnames);
            checkClosed(self);
            return space.newNone();
        });
        method("fileno", (self, args, start, nargs, kwnames) -> {
            throw unsupported("fileno");
        });
        getter("line_buffering", h -> {
            checkClosed(h);
            return space.newBool(false);
        });
    }

    // CPython 3.11: Modules/_io/stringio.c _io_StringIO___init___impl()
    @Override
    public int construct(int t, int[] args, int start, int nargs, int kwnames) {
        int[] a = ArgParser.clinic(space, "StringIO", new String[] {"initial_value", "newline"}, 0, 0, 2, args, start,
                nargs, kwnames);
        int newline = a[1] == 0 ? 0 : a[1] == space.none ? space.none : a[1];
        String nl = "\n";
        if (newline == space.none) {
            nl = null;
        } else if (newline != 0) {
            if (!space.strSlots.check(newline)) {
                throw space.typeError("newline must be str or None, not " + space.typeName(space.typeOf(newline)));
            }
            nl = space.strSlots.toJava(newline);
            if (!nl.isEmpty() && !nl.equals("\n") && !nl.equals("\r") && !nl.equals("\r\n")) {
                throw space.valueError("illegal newline value: " + space.repr(newline));
            }
        }
        int initial = a[0];
        if (initial != 0 && initial != space.none && !space.strSlots.check(initial)) {
            throw space.typeError("initial_value must be str or None, not " + space.typeName(space.typeOf(initial)));
        }
        int h = heap.newObject(WORDS * Heap.WORD, t);
        heap.fillWords(h, PIECES, WORDS - PIECES, 0);
        heap.setInt(h, PIECES, space.listSlots.newList(0));
        heap.setInt(h, NEWLINE, nl == null ? 0 : space.newStr(nl));
        int slot = slots.nextClearBit(0);
        slots.set(slot);
        if (slot == cache.size()) cache.add("");
        cache.set(slot, "");
        heap.setInt(h, CACHE, slot);
        if (initial != 0 && initial != space.none && space.strSlots.length(initial) > 0) {
            write(h, initial);
            heap.setInt(h, POS, 0);
        }
        return h;
    }

    private String newline(int h) {
        int nl = heap.getInt(h, NEWLINE);
        return nl == 0 ? null : space.strSlots.toJava(nl);
    }

    /** The whole text. */
    String text(int h) {
        int slot = heap.getInt(h, CACHE);
        String s = cache.get(slot);
        if (s != null) return s;
        int pieces = heap.getInt(h, PIECES);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < space.listSlots.size(pieces); i++) b.append(space.strSlots.toJava(space.listSlots.item(pieces, i)));
        s = b.toString();
        if (space.listSlots.size(pieces) > 1) setPieces(h, s);
        cache.set(slot, s);
        return s;
    }

    private void setPieces(int h, String s) {
        int pieces = heap.getInt(h, PIECES);
        space.listSlots.clear(pieces);
        if (!s.isEmpty()) space.listSlots.appendSteal(pieces, space.newStr(s));
    }

    private void setText(int h, String s) {
        setPieces(h, s);
        cache.set(heap.getInt(h, CACHE), s);
        heap.setInt(h, LENGTH, s.codePointCount(0, s.length()));
    }

    /** s[from:to] in code points. */
    private static String slice(String s, long from, long to) {
        if (s.length() == s.codePointCount(0, s.length())) return s.substring((int) from, (int) to);
        int a = s.offsetByCodePoints(0, (int) from);
        return s.substring(a, s.offsetByCodePoints(a, (int) (to - from)));
    }

    // CPython 3.11: Modules/_io/stringio.c write_str(): translate, then write at the position
    int write(int h, int s) {
        String nl = newline(h);
        String w = space.strSlots.toJava(s);
        if (nl == null) {
            w = w.replace("\r\n", "\n").replace('\r', '\n');
        } else if (nl.equals("\r") || nl.equals("\r\n")) {
            w = w.replace("\n", nl);
        }
        long n = space.strSlots.length(s);
        long wn = w.codePointCount(0, w.length());
        if (wn == 0) return (int) n;
        long pos = heap.getInt(h, POS), length = heap.getInt(h, LENGTH);
        if (pos == length) {
            String c = cache.get(heap.getInt(h, CACHE));
            space.listSlots.appendSteal(heap.getInt(h, PIECES), space.newStr(w));
            cache.set(heap.getInt(h, CACHE), c != null && length == 0 ? w : null);
            heap.setInt(h, LENGTH, (int) (length + wn));
        } else {
            String t = text(h);
            StringBuilder b = new StringBuilder();
            if (pos > length) {
                b.append(t);
                for (long i = length; i < pos; i++) b.append('\0');
            } else {
                b.append(slice(t, 0, pos));
            }
            b.append(w);
            if (pos + wn < length) b.append(slice(t, pos + wn, length));
            setText(h, b.toString());
        }
        heap.setInt(h, POS, (int) (pos + wn));
        return (int) n;
    }

    @Override
    int readline(int h, long limit) {
        checkClosed(h);
        String t = text(h);
        long pos = heap.getInt(h, POS), length = heap.getInt(h, LENGTH);
        if (pos >= length) return str("");
        boolean simple = t.length() == length;
        int from = simple ? (int) pos : t.offsetByCodePoints(0, (int) pos);
        String nl = newline(h);
        int end = t.length();
        if (nl == null || nl.equals("\n")) {
            int i = t.indexOf('\n', from);
            if (i >= 0) end = i + 1;
        } else if (nl.isEmpty()) {
            for (int i = from; i < t.length(); i++) {
                char c = t.charAt(i);
                if (c == '\n' || c == '\r') {
                    end = c == '\r' && i + 1 < t.length() && t.charAt(i + 1) == '\n' ? i + 2 : i + 1;
                    break;
                }
            }
        } else {
            int i = t.indexOf(nl, from);
            if (i >= 0) end = i + nl.length();
        }
        String line = t.substring(from, end);
        long count = line.codePointCount(0, line.length());
        if (limit >= 0 && count > limit) {
            line = slice(line, 0, limit);
            count = limit;
        }
        heap.setInt(h, POS, (int) (pos + count));
        return str(line);
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
        if (!space.strSlots.check(item)) {
            throw space.typeError("string argument expected, got '" + space.typeName(space.typeOf(item)) + "'");
        }
        write(h, item);
    }

    @Override
    public int iter(int h) {
        checkClosed(h, "I/O operation on closed file.");
        heap.incref(h);
        return h;
    }

    @Override
    public void dealloc(int h) {
        cache.set(heap.getInt(h, CACHE), null);
        slots.clear(heap.getInt(h, CACHE));
        heap.decref(heap.getInt(h, PIECES));
        if (heap.getInt(h, NEWLINE) != 0) heap.decref(heap.getInt(h, NEWLINE));
        heap.free(h);
    }

    @Override
    public int repr(int h) {
        return str("<_io.StringIO object at 0x" + Long.toHexString(heap.address(h)) + ">");
    }
}
