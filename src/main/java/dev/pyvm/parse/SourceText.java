package dev.pyvm.parse;

import dev.pyvm.ast.PySyntaxError;
import java.util.ArrayList;
import java.util.List;

/**
 * Source text as the tokenizer sees it: line ends translated to {@code \n} (as CPython reads
 * files), a leading byte order mark dropped, indexed by code point like ANTLR's char streams.
 */
final class SourceText {
    private final String filename;
    private final String text;
    private final int[] codePoints;
    /** Code point index where each line starts; lineStarts[0] is line 1. */
    private final int[] lineStarts;

    private SourceText(String filename, String text) {
        this.filename = filename;
        this.text = text;
        this.codePoints = text.codePoints().toArray();
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < codePoints.length; i++) {
            if (codePoints[i] == '\n' && i + 1 < codePoints.length) starts.add(i + 1);
        }
        this.lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Reads {@code source}; a NUL character is a SyntaxError, as in CPython. */
    static SourceText of(String source, String filename) {
        String text = source.replace("\r\n", "\n").replace('\r', '\n');
        if (text.startsWith("\ufeff")) text = text.substring(1);
        SourceText s = new SourceText(filename, text);
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            int line = 1 + (int) text.substring(0, nul).chars().filter(c -> c == '\n').count();
            String lineText = s.line(line);
            lineText = lineText.substring(0, lineText.indexOf('\0'));
            throw new PySyntaxError(PySyntaxError.SYNTAX_ERROR, "source code cannot contain null bytes", filename,
                    line, 0, line, 0, lineText);
        }
        return s;
    }

    String filename() {
        return filename;
    }

    String text() {
        return text;
    }

    /** The code point at {@code index}, or -1 past the end. */
    int codePointAt(int index) {
        return index >= 0 && index < codePoints.length ? codePoints[index] : -1;
    }

    int lineCount() {
        return lineStarts.length;
    }

    boolean endsWithNewline() {
        return text.endsWith("\n");
    }

    /** Line {@code lineno} (1-based) with its newline if it has one, or null. */
    String line(int lineno) {
        if (lineno < 1 || lineno > lineStarts.length) return null;
        int start = lineStarts[lineno - 1];
        int end = lineno < lineStarts.length ? lineStarts[lineno] : codePoints.length;
        return new String(codePoints, start, end - start);
    }

    /** The text between two code point indexes (end exclusive). */
    String slice(int start, int end) {
        return new String(codePoints, start, end - start);
    }
}
