package dev.pyvm.builtins;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;

/**
 * Where {@code print()} writes and {@code input()} reads when no {@code file=} is given: the
 * interpreter's standard streams (what {@code sys.stdout} and {@code sys.stdin} stand for).
 */
public interface BuiltinsIO {
    /** Writes text to standard output. */
    void write(String text);

    /** Flushes standard output. */
    void flush();

    /** Reads one line of standard input, without its '\\n'; null at end of input. */
    String readLine();

    /** The streams of a PrintStream and a reader (a test's ByteArrayOutputStream, or System.out and System.in). */
    static BuiltinsIO of(PrintStream out, BufferedReader in) {
        return new BuiltinsIO() {
            @Override
            public void write(String text) {
                out.print(text);
            }

            @Override
            public void flush() {
                out.flush();
            }

            @Override
            public String readLine() {
                // CPython's input() strips only the '\n' that sys.stdin.readline() ends at
                try {
                    StringBuilder b = new StringBuilder();
                    for (int c; (c = in.read()) >= 0; ) {
                        if (c == '\n') return b.toString();
                        b.append((char) c);
                    }
                    return b.length() == 0 ? null : b.toString();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
    }
}
