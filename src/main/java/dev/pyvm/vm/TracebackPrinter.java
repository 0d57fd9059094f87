package dev.pyvm.vm;

import dev.pyvm.memory.Heap;
import dev.pyvm.objects.CodeType;
import dev.pyvm.objects.ObjectSpace;
import dev.pyvm.objects.PyException;
import dev.pyvm.objects.TracebackType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Prints an uncaught exception as CPython 3.11 does: the chain of causes and contexts first, each
 * with {@code Traceback (most recent call last):}, one {@code File "…", line N, in NAME} row per
 * frame with its source line, runs of the same row cut after three, then {@code Type: message}.
 * CPython 3.11: Python/pythonrun.c print_exception_recursive(), Python/traceback.c tb_print_internal().
 */
public final class TracebackPrinter {
    /** CPython: TB_RECURSIVE_CUTOFF. */
    private static final int RECURSIVE_CUTOFF = 3;

    private final ObjectSpace space;
    private final Heap heap;
    private final Map<String, List<String>> sources = new HashMap<>();

    public TracebackPrinter(ObjectSpace space) {
        this.space = space;
        this.heap = space.heap;
    }

    /** Makes {@code source} the text of {@code filename} (for code that is no file: -c, stdin). */
    public void addSource(String filename, String source) {
        sources.put(filename, source.lines().toList());
    }

    public String format(int exc) {
        StringBuilder out = new StringBuilder();
        printRecursive(out, exc, new HashSet<>());
        return out.toString();
    }

    /**
     * An exception that could not be raised, as CPython 3.11's unraisable hook prints it: its own
     * traceback and no chain; {@code where} (an {@link #entry}, or null) when it has no traceback.
     */
    public String formatUnraisable(int exc, String where) {
        StringBuilder out = new StringBuilder();
        if (space.exceptions.traceback(exc) == 0 && where != null) {
            out.append("Traceback (most recent call last):\n").append(where);
        }
        printOne(out, exc);
        return out.toString();
    }

    /** One row of a traceback, {@code File "…", line N, in NAME}, with its source line. */
    public String entry(String file, String name, int line) {
        StringBuilder out = new StringBuilder();
        out.append("  File \"").append(file).append("\", line ").append(line).append(", in ").append(name).append('\n');
        String text = sourceLine(file, line);
        if (text != null && !text.isBlank()) out.append("    ").append(text.strip()).append('\n');
        return out.toString();
    }

    private void printRecursive(StringBuilder out, int exc, Set<Integer> seen) {
        seen.add(exc);
        if (!space.isInstance(exc, space.exceptions.baseException)) {
            // a cause that a class's __new__ made anything (CPython 3.11: print_exception())
            out.append("TypeError: print_exception(): Exception expected for value, ")
                    .append(space.typeName(space.typeOf(exc))).append(" found\n");
            return;
        }
        int cause = space.exceptions.cause(exc);
        int context = space.exceptions.context(exc);
        if (cause != 0 && !seen.contains(cause)) {
            printRecursive(out, cause, seen);
            out.append("\nThe above exception was the direct cause of the following exception:\n\n");
        } else if (context != 0 && !space.exceptions.suppressContext(exc) && !seen.contains(context)) {
            printRecursive(out, context, seen);
            out.append("\nDuring handling of the above exception, another exception occurred:\n\n");
        }
        printOne(out, exc);
    }

    private void printOne(StringBuilder out, int exc) {
        int tb = space.exceptions.traceback(exc);
        if (tb != 0) {
            out.append("Traceback (most recent call last):\n");
            String lastFile = null, lastName = null;
            int lastLine = -1, count = 0;
            for (; tb != 0; tb = heap.getInt(tb, TracebackType.NEXT)) {
                CodeType.Info info = space.codeSlots.info(heap.getInt(tb, TracebackType.CODE));
                String file = info.code.filename(), name = info.code.name();
                int line = heap.getInt(tb, TracebackType.LINENO);
                if (lastFile == null || !file.equals(lastFile) || line != lastLine || !name.equals(lastName)) {
                    repeated(out, count);
                    lastFile = file;
                    lastLine = line;
                    lastName = name;
                    count = 0;
                }
                count++;
                if (count > RECURSIVE_CUTOFF) continue;
                out.append(entry(file, name, line));
            }
            repeated(out, count);
        }
        out.append(exceptionLine(exc)).append('\n');
    }

    private static void repeated(StringBuilder out, int count) {
        if (count > RECURSIVE_CUTOFF) {
            int more = count - RECURSIVE_CUTOFF;
            out.append("  [Previous line repeated ").append(more).append(" more time").append(more > 1 ? "s" : "").append("]\n");
        }
    }

    /** {@code Type: message}, or {@code Type} alone when the message is empty. */
    public String exceptionLine(int exc) {
        int t = space.typeOf(exc);
        String name = space.typeName(t);
        int module = space.lookupType(t, space.intern("__module__"));
        if (module != 0 && space.strSlots.check(module)) {
            String m = space.strSlots.toJava(module);
            if (!m.equals("builtins") && !m.equals("__main__")) name = m + "." + name;
        }
        String message;
        try {
            message = space.str(exc);
        } catch (PyException e) {
            heap.decref(e.exception());
            message = "<exception str() failed>";
        }
        return message.isEmpty() ? name : name + ": " + message;
    }

    private String sourceLine(String file, int line) {
        List<String> lines = sources.computeIfAbsent(file, f -> {
            try {
                return Files.readString(Path.of(f), StandardCharsets.UTF_8).lines().toList();
            } catch (IOException | RuntimeException e) {
                return List.of();
            }
        });
        return line >= 1 && line <= lines.size() ? lines.get(line - 1) : null;
    }
}
