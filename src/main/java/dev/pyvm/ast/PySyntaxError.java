package dev.pyvm.ast;

import java.nio.charset.StandardCharsets;

/**
 * A Python {@code SyntaxError} (or its subclasses {@code IndentationError}, {@code TabError})
 * found while reading or compiling source, with CPython's attributes: {@code offset} and
 * {@code endOffset} are 1-based character columns, {@code text} is the source line (with its
 * newline, if it had one) or null. Thrown by the parser and by the compiler.
 */
public final class PySyntaxError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public static final String SYNTAX_ERROR = "SyntaxError";
    public static final String INDENTATION_ERROR = "IndentationError";
    public static final String TAB_ERROR = "TabError";

    private final String type;
    private final String msg;
    private final String filename;
    private final int lineno;
    private final int offset;
    private final int endLineno;
    private final int endOffset;
    private final String text;

    public PySyntaxError(String type, String msg, String filename, int lineno, int offset, int endLineno,
            int endOffset, String text) {
        super(msg + " (" + filename + ", line " + lineno + ")");
        this.type = type;
        this.msg = msg;
        this.filename = filename;
        this.lineno = lineno;
        this.offset = offset;
        this.endLineno = endLineno;
        this.endOffset = endOffset;
        this.text = text;
    }

    /**
     * A SyntaxError about a node, located as CPython's compiler does: from the node's start to
     * its end, with the text of the node's first line taken from {@code source}.
     */
    public static PySyntaxError at(String msg, String filename, Pos pos, String source) {
        return new PySyntaxError(SYNTAX_ERROR, msg, filename, pos.lineno(), pos.colOffset() + 1,
                pos.endLineno(), pos.endColOffset() + 1, lineOf(source, pos.lineno()));
    }

    /** Line {@code lineno} (1-based) of {@code source} with its newline, or null if there is none. */
    public static String lineOf(String source, int lineno) {
        if (source == null || lineno < 1) return null;
        int start = 0;
        for (int line = 1; line < lineno; line++) {
            int nl = source.indexOf('\n', start);
            if (nl < 0) return null;
            start = nl + 1;
        }
        if (start >= source.length() && lineno > 1) return null;
        int nl = source.indexOf('\n', start);
        return nl < 0 ? source.substring(start) : source.substring(start, nl + 1);
    }

    /** The exception type's name: {@code SyntaxError}, {@code IndentationError} or {@code TabError}. */
    public String type() {
        return type;
    }

    public String msg() {
        return msg;
    }

    public String filename() {
        return filename;
    }

    public int lineno() {
        return lineno;
    }

    public int offset() {
        return offset;
    }

    public int endLineno() {
        return endLineno;
    }

    public int endOffset() {
        return endOffset;
    }

    public String text() {
        return text;
    }

    /**
     * What CPython 3.11 prints for this error when it is uncaught in the main file: the
     * location line, the source line and its caret line, then {@code Type: msg}; every line
     * ends with a newline.
     */
    // CPython 3.11: Python/pythonrun.c print_exception() and print_error_text()
    public String format() {
        StringBuilder out = new StringBuilder();
        if (filename == null) {
            // an error without a location (source that cannot be decoded): CPython prints only the message
            return out.append(type).append(": ").append(msg).append('\n').toString();
        }
        out.append("  File \"").append(filename).append("\", line ").append(lineno).append('\n');
        if (text != null) {
            byte[] line = text.getBytes(StandardCharsets.UTF_8);
            int start = byteOffset(text, offset);
            int end = byteOffset(text, endOffset);
            if (endLineno > lineno) {
                end = line.length;
            }
            if (end > line.length + 1) {
                end = line.length + 1;
            }
            if (!type.equals(SYNTAX_ERROR)) {
                // CPython 3.11 underlines one character for IndentationError and TabError
                end = start + 1;
            }
            printErrorText(out, start, end, line);
        }
        out.append(type).append(": ").append(msg).append('\n');
        return out.toString();
    }

    /** A 1-based character offset into {@code text} as a 1-based UTF-8 byte offset; others kept. */
    private static int byteOffset(String text, int charOffset) {
        if (charOffset < 1) return charOffset;
        int chars = charOffset - 1;
        int codePoints = text.codePointCount(0, text.length());
        int within = Math.min(chars, codePoints);
        String prefix = text.substring(0, text.offsetByCodePoints(0, within));
        return prefix.getBytes(StandardCharsets.UTF_8).length + (chars - within) + 1;
    }

    private static void printErrorText(StringBuilder out, int offset, int endOffset, byte[] line) {
        int caretRepetitions = endOffset > 0 && endOffset > offset ? endOffset - offset : 1;
        int from = 0;
        offset--;
        while (from < line.length && (line[from] == ' ' || line[from] == '\t' || line[from] == '\f')) {
            from++;
            offset--;
        }
        int len = line.length - from;
        if (len > 0 && line[from + len - 1] == '\n') {
            len--;
        }
        if (offset > len) {
            offset = len;
        }
        while (true) {
            int nl = indexOf(line, (byte) '\n', from);
            if (nl < 0) break;
            int inl = nl - from;
            if (inl >= offset) break;
            inl += 1;
            from += inl;
            len -= inl;
            offset -= inl;
        }
        String shown = new String(line, from, line.length - from, StandardCharsets.UTF_8);
        out.append("    ").append(shown);
        if (from + len >= line.length || line[from + len] != '\n') {
            out.append('\n');
        }
        if (offset < 0) return;
        out.append("    ").append(" ".repeat(offset)).append("^".repeat(caretRepetitions)).append('\n');
    }

    private static int indexOf(byte[] bytes, byte b, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == b) return i;
        }
        return -1;
    }
}
