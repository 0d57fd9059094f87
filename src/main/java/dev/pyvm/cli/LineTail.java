package dev.pyvm.cli;

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Standard output on its way to the terminal, remembering what it wrote after its last newline:
 * the text the cursor's line already shows, which the line editor must redraw in front of a
 * prompt (an {@code input("name: ")} prompt, or {@code print(x, end="")} before {@code >>> }).
 */
final class LineTail extends FilterOutputStream {
    /** Longer tails are not redrawn: they may wrap, and the editor cannot know where they start. */
    private static final int MAX = 512;

    private final ByteArrayOutputStream tail = new ByteArrayOutputStream();
    private boolean overflow;

    LineTail(OutputStream out) {
        super(out);
    }

    @Override
    public void write(int b) throws IOException {
        out.write(b);
        note(b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
        for (int i = off; i < off + len; i++) note(b[i]);
    }

    private synchronized void note(int b) {
        if (b == '\n' || b == '\r') {
            tail.reset();
            overflow = false;
        } else if (tail.size() < MAX) {
            tail.write(b);
        } else {
            overflow = true;
        }
    }

    /** Forgets the tail: the terminal's line ended other than through stdout (the user pressed Enter). */
    synchronized void clear() {
        tail.reset();
        overflow = false;
    }

    /** The text after the last newline written ("" if none, or if it is too long to redraw). */
    synchronized String text() {
        return overflow ? "" : tail.toString(StandardCharsets.UTF_8);
    }
}
