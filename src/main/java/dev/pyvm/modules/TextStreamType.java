package dev.pyvm.modules;

import dev.pyvm.memory.Heap;
import dev.pyvm.objects.ArgParser;
import dev.pyvm.objects.ObjectSpace;
import dev.pyvm.objects.TypeSlots;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code sys.stdin}, {@code sys.stdout}, {@code sys.stderr}: small heap objects (CPython's
 * {@code _io.TextIOWrapper}) whose Java side, a stream, is metadata indexed by the STREAM word.
 * <pre>
 *   [refcnt | type | STREAM]
 * </pre>
 */
final class TextStreamType extends TypeSlots {
    private static final int STREAM = 2;
    private static final int WORDS = 3;

    /** A stream's Java side: its name as CPython shows it, and where it writes or reads. */
    private record Stream(String name, PrintStream out, BufferedReader in) {}

    private final List<Stream> streams = new ArrayList<>();

    private TextStreamType(ObjectSpace space) {
        super(space);
    }

    /** Adds the type to the space, with its methods. */
    static TextStreamType create(ObjectSpace space) {
        return space.addType(new TextStreamType(space), TextStreamType::defineMethods);
    }

    private void defineMethods() {
        space.defineMethod(type(), "write", (self, args, start, nargs, kwnames) -> {
            int s = Args.one(space, "TextIOWrapper.write", args, start, nargs, kwnames);
            if (!space.strSlots.check(s)) {
                throw space.typeError("write() argument must be str, not " + space.typeName(space.typeOf(s)));
            }
            String text = space.strSlots.toJava(s);
            PrintStream out = stream(self).out();
            if (out == null) throw unsupported("not writable");
            out.print(text);
            return space.newInt(space.strSlots.length(s));
        });
        space.defineMethod(type(), "flush", (self, args, start, nargs, kwnames) -> {
            Args.none(space, "TextIOWrapper.flush", nargs, kwnames);
            PrintStream out = stream(self).out();
            if (out != null) out.flush();
            return space.newNone();
        });
        space.defineMethod(type(), "readline", (self, args, start, nargs, kwnames) -> {
            int[] a = ArgParser.clinic(space, "readline", new String[] {"size"}, 0, 1, 1, args, start, nargs, kwnames);
            return space.newStr(readLine(self, size(a[0])));
        });
        space.defineMethod(type(), "read", (self, args, start, nargs, kwnames) -> {
            int[] a = ArgParser.clinic(space, "read", new String[] {"size"}, 0, 1, 1, args, start, nargs, kwnames);
            return space.newStr(read(self, size(a[0])));
        });
        space.defineMethod(type(), "readlines", (self, args, start, nargs, kwnames) -> {
            int[] a = ArgParser.clinic(space, "readlines", new String[] {"hint"}, 0, 1, 1, args, start, nargs, kwnames);
            long hint = size(a[0]), total = 0;
            int list = space.listSlots.newList(0);
            for (String line; !(line = readLine(self, -1)).isEmpty(); ) {
                space.listSlots.appendSteal(list, space.newStr(line));
                total += line.codePointCount(0, line.length());
                if (hint > 0 && total >= hint) break;
            }
            return list;
        });
        space.defineMethod(type(), "writelines", (self, args, start, nargs, kwnames) -> {
            int lines = Args.one(space, "TextIOWrapper.writelines", args, start, nargs, kwnames);
            PrintStream out = stream(self).out();
            if (out == null) throw unsupported("not writable");
            int it = space.iter(lines);
            try {
                for (int item; (item = space.iterNext(it)) != 0; ) {
                    try {
                        if (!space.strSlots.check(item)) {
                            throw space.typeError("write() argument must be str, not " + space.typeName(space.typeOf(item)));
                        }
                        out.print(space.strSlots.toJava(item));
                    } finally {
                        heap.decref(item);
                    }
                }
            } finally {
                heap.decref(it);
            }
            return space.newNone();
        });
        space.defineMethod(type(), "fileno", (self, args, start, nargs, kwnames) -> {
            Args.none(space, "TextIOWrapper.fileno", nargs, kwnames);
            String n = stream(self).name();
            return space.newInt(n.equals("<stdin>") ? 0 : n.equals("<stdout>") ? 1 : 2);
        });
        space.defineMethod(type(), "readable", (self, args, start, nargs, kwnames) -> {
            Args.none(space, "TextIOWrapper.readable", nargs, kwnames);
            return space.newBool(stream(self).in() != null);
        });
        space.defineMethod(type(), "writable", (self, args, start, nargs, kwnames) -> {
            Args.none(space, "TextIOWrapper.writable", nargs, kwnames);
            return space.newBool(stream(self).out() != null);
        });
        space.defineMethod(type(), "seekable", (self, args, start, nargs, kwnames) -> {
            Args.none(space, "TextIOWrapper.seekable", nargs, kwnames);
            return space.newBool(false);
        });
        space.defineMethod(type(), "isatty", (self, args, start, nargs, kwnames) -> {
            Args.none(space, "TextIOWrapper.isatty", nargs, kwnames);
            return space.newBool(false);
        });
    }

    private long size(int h) {
        if (h == 0 || h == space.none) return -1;
        if (!ArgParser.isIndex(space, h)) {
            throw space.typeError("argument should be integer or None, not '" + space.typeName(space.typeOf(h)) + "'");
        }
        return ArgParser.asSsize(space, h);
    }

    private BufferedReader reader(int h) {
        BufferedReader in = stream(h).in();
        if (in == null) throw unsupported("not readable");
        return in;
    }

    // CPython 3.11: Modules/_io/textio.c _io_TextIOWrapper_readline_impl(); CPython's stdin on POSIX
    // splits lines at '\n' only and translates nothing (Python/pylifecycle.c create_stdio())
    /** The next line, at most limit characters when limit >= 0; "" at the end. */
    private String readLine(int h, long limit) {
        BufferedReader in = reader(h);
        StringBuilder b = new StringBuilder();
        try {
            while (limit < 0 || b.length() < limit) {
                int c = in.read();
                if (c < 0) break;
                b.append((char) c);
                if (c == '\n') break;
            }
        } catch (IOException e) {
            throw space.error(space.exceptions.osError, e.getMessage());
        }
        return b.toString();
    }

    /** Up to n characters (all when n < 0). */
    private String read(int h, long n) {
        StringBuilder b = new StringBuilder();
        while (n < 0 || b.length() < n) {
            String line = readLine(h, n < 0 ? -1 : n - b.length());
            if (line.isEmpty()) break;
            b.append(line);
        }
        return b.toString();
    }

    @Override
    public int iter(int h) {
        heap.incref(h);
        return h;
    }

    @Override
    public int next(int h) {
        String line = readLine(h, -1);
        return line.isEmpty() ? 0 : space.newStr(line);
    }

    @Override
    public boolean isIterator() {
        return true;
    }

    @Override
    public boolean genericGetAttr(int h) {
        return false;
    }

    @Override
    public int getAttr(int h, int name) {
        Stream s = stream(h);
        return switch (space.strSlots.toJava(name)) {
            case "name" -> space.newStr(s.name());
            case "mode" -> space.newStr(s.out() != null ? "w" : "r");
            case "encoding" -> space.newStr("utf-8");
            case "errors" -> space.newStr(s.name().equals("<stderr>") ? "backslashreplace" : "strict");
            case "closed" -> space.newBool(false);
            case "line_buffering" -> space.newBool(false);
            default -> super.getAttr(h, name);
        };
    }

    private dev.pyvm.objects.PyException unsupported(String what) {
        int type = space.exceptions.byName().get("OSError");
        return space.error(type, what);
    }

    private Stream stream(int h) {
        return streams.get(heap.getInt(h, STREAM));
    }

    /** A new stream object named like {@code <stdout>}: a new reference. */
    int newStream(String name, PrintStream out, BufferedReader in) {
        streams.add(new Stream(name, out, in));
        int h = heap.newObject(WORDS * Heap.WORD, type());
        heap.setInt(h, STREAM, streams.size() - 1);
        return h;
    }

    @Override
    public String name() {
        return "TextIOWrapper";
    }

    @Override
    public void dealloc(int h) {
        heap.free(h);
    }

    @Override
    public int repr(int h) {
        Stream s = stream(h);
        return space.newStr("<_io.TextIOWrapper name='" + s.name() + "' mode='" + (s.out() != null ? "w" : "r")
                + "' encoding='utf-8'>");
    }
}
