package dev.pyvm.modules;

import dev.pyvm.memory.Heap;
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
            Args.none(space, "TextIOWrapper.readline", nargs, kwnames);
            BufferedReader in = stream(self).in();
            if (in == null) throw unsupported("not readable");
            try {
                String line = in.readLine();
                return space.newStr(line == null ? "" : line + "\n");
            } catch (IOException e) {
                throw space.error(space.exceptions.byName().get("OSError"), e.getMessage());
            }
        });
        space.defineMethod(type(), "isatty", (self, args, start, nargs, kwnames) -> {
            Args.none(space, "TextIOWrapper.isatty", nargs, kwnames);
            return space.newBool(false);
        });
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
