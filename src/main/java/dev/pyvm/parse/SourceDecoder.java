package dev.pyvm.parse;

import dev.pyvm.ast.PySyntaxError;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bytes of a source file as text, as CPython 3.11's tokenizer reads a file (PEP 263): UTF-8
 * unless a coding declaration on the first or second line names another encoding. Source that
 * cannot be decoded is a {@link PySyntaxError} with no location, printed as CPython prints it:
 * {@code SyntaxError: Non-UTF-8 code starting with '\xff' in file f.py on line 1, but no encoding
 * declared; see https://peps.python.org/pep-0263/ for details}. A UTF-8 byte order mark is kept in
 * the text (the lexer skips it).
 */
// CPython 3.11: Parser/tokenizer.c check_coding_spec(), get_normal_name(), ensure_utf8()
public final class SourceDecoder {
    private static final Pattern CODING = Pattern.compile("^[ \\t\\f]*#.*?coding[:=][ \\t]*([-\\w.]+)");

    private SourceDecoder() {}

    /** The text of {@code bytes}, read from {@code filename}; a PySyntaxError if they cannot be decoded. */
    public static String decode(byte[] bytes, String filename) {
        boolean bom = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf;
        String encoding = declaredEncoding(bytes, bom ? 3 : 0);
        if (encoding == null || encoding.equals("utf-8")) {
            CharsetDecoder d = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            ByteBuffer in = ByteBuffer.wrap(bytes);
            CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16L, bytes.length + 1L));
            CoderResult r = d.decode(in, out, true);
            if (!r.isError()) r = d.flush(out);
            if (r.isError()) {
                int at = in.position();
                int line = 1;
                for (int i = 0; i < at; i++) {
                    if (bytes[i] == '\n') line++;
                }
                throw located(String.format("Non-UTF-8 code starting with '\\x%02x' in file %s on line %d, but no encoding"
                        + " declared; see https://peps.python.org/pep-0263/ for details", bytes[at] & 0xff, filename, line));
            }
            return out.flip().toString();
        }
        if (bom) throw located("encoding problem: " + encoding + " with BOM");
        try {
            Charset cs = Charset.forName(encoding);
            return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (IllegalArgumentException | CharacterCodingException | UnsupportedOperationException e) {
            throw located("encoding problem: " + encoding);
        }
    }

    /** A SyntaxError without a location: only {@code SyntaxError: msg} is printed. */
    private static PySyntaxError located(String msg) {
        return new PySyntaxError(PySyntaxError.SYNTAX_ERROR, msg, null, 0, 0, 0, 0, null);
    }

    /** The encoding a coding declaration names (normalized as CPython's get_normal_name), or null. */
    private static String declaredEncoding(byte[] bytes, int start) {
        int end1 = lineEnd(bytes, start);
        String first = new String(bytes, start, end1 - start, StandardCharsets.ISO_8859_1);
        String name = cookie(first);
        if (name == null && end1 < bytes.length && isBlankOrComment(first)) {
            int end2 = lineEnd(bytes, end1 + 1);
            name = cookie(new String(bytes, end1 + 1, end2 - end1 - 1, StandardCharsets.ISO_8859_1));
        }
        return name == null ? null : normalName(name);
    }

    private static int lineEnd(byte[] bytes, int from) {
        int i = from;
        while (i < bytes.length && bytes[i] != '\n') i++;
        return i;
    }

    private static String cookie(String line) {
        Matcher m = CODING.matcher(line);
        return m.find() ? m.group(1) : null;
    }

    private static boolean isBlankOrComment(String line) {
        String s = line.stripLeading();
        return s.isEmpty() || s.startsWith("#") || s.equals("\r");
    }

    private static String normalName(String name) {
        String s = name.length() > 12 ? name.substring(0, 12) : name;
        s = s.toLowerCase(Locale.ROOT).replace('_', '-');
        if (s.equals("utf-8") || s.startsWith("utf-8-")) return "utf-8";
        for (String latin : new String[] {"latin-1", "iso-8859-1", "iso-latin-1"}) {
            if (s.equals(latin) || s.startsWith(latin + "-")) return "iso-8859-1";
        }
        return name;
    }
}
