package dev.pyvm.parse;

import dev.pyvm.ast.Expr;
import dev.pyvm.ast.Pos;
import dev.pyvm.ast.PySyntaxError;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * String literals: prefixes, escape sequences, implicit concatenation, and the bodies of
 * f-strings (which CPython 3.11 reads as one STRING token and parses by hand, as here).
 */
// CPython 3.11: Parser/string_parser.c
final class StringLiterals {
    /** f-string replacement fields nest at most this deep (CPython: recurse_lvl >= 2). */
    private static final int MAX_FSTRING_NESTING = 2;

    private final SourceText source;
    private final AstBuilder builder;
    private final int depth;
    /** Where f-string errors are reported: the token after the literals, as CPython does. */
    private Pos errorPos;

    StringLiterals(SourceText source, AstBuilder builder, int depth) {
        this.source = source;
        this.builder = builder;
        this.depth = depth;
    }

    /**
     * The value of adjacent literals: a str Constant, a bytes Constant (its value a {@code byte[]}),
     * or a JoinedStr if any is an f-string.
     */
    // CPython 3.11: Parser/action_helpers.c _PyPegen_concatenate_strings()
    Expr concatenate(List<TerminalNode> tokens, Pos pos) {
        errorPos = builder.followingPos(tokens.get(tokens.size() - 1).getSymbol());
        List<Expr> parts = new ArrayList<>();
        StringBuilder constant = new StringBuilder();
        boolean fstring = false;
        Boolean bytesMode = null;
        for (TerminalNode node : tokens) {
            Token t = node.getSymbol();
            String text = t.getText();
            int prefixLen = 0;
            while (text.charAt(prefixLen) != '\'' && text.charAt(prefixLen) != '"') prefixLen++;
            String prefix = text.substring(0, prefixLen).toLowerCase();
            boolean bytes = prefix.contains("b");
            if (bytesMode != null && bytesMode != bytes) throw error("cannot mix bytes and nonbytes literals", errorPos);
            bytesMode = bytes;
            int quote = text.startsWith("\"\"\"", prefixLen) || text.startsWith("'''", prefixLen) ? 3 : 1;
            String body = text.substring(prefixLen + quote, text.length() - quote);
            boolean raw = prefix.contains("r");
            if (bytes) {
                for (int i = 0; i < body.length(); i++) {
                    if (body.charAt(i) >= 0x80) {
                        throw error("bytes can only contain ASCII literal characters", builder.tokenPos(t));
                    }
                }
                constant.append(raw ? body : decode(body, builder.tokenPos(t), true));
            } else if (prefix.contains("f")) {
                fstring = true;
                int line = builder.tokenLine(t);
                int col = builder.tokenCol(t) + prefixLen + quote;
                new FString(body, raw, line, col, pos, builder.tokenPos(t)).parse(0, parts, constant);
            } else {
                constant.append(raw ? body : decode(body, builder.tokenPos(t)));
            }
        }
        if (bytesMode) return new Expr.Constant(constant.toString().getBytes(StandardCharsets.ISO_8859_1), pos);
        if (!fstring) return new Expr.Constant(constant.toString(), pos);
        flush(parts, constant, pos);
        return new Expr.JoinedStr(parts, pos);
    }

    private static void flush(List<Expr> parts, StringBuilder constant, Pos pos) {
        if (constant.length() > 0) {
            parts.add(new Expr.Constant(constant.toString(), pos));
            constant.setLength(0);
        }
    }

    private PySyntaxError error(String msg, Pos p) {
        return new PySyntaxError(PySyntaxError.SYNTAX_ERROR, msg, source.filename(), p.lineno(), p.colOffset() + 1,
                p.endLineno(), p.endColOffset() + 1, source.line(p.lineno()));
    }

    /** An error reported at the end of the literal token, as CPython reports decoding errors. */
    private PySyntaxError decodeError(String msg, Pos token) {
        int offset = token.endColOffset() + 1;
        return new PySyntaxError(PySyntaxError.SYNTAX_ERROR, msg, source.filename(), token.endLineno(), offset,
                token.endLineno(), offset, source.line(token.endLineno()));
    }

    /** Interprets the backslash escapes of a str literal. */
    String decode(String body, Pos token) {
        return decode(body, token, false);
    }

    /**
     * Interprets backslash escapes: of a str literal, or of a bytes literal (each char of the
     * result one byte; \\u, \\U and \\N are no escapes there, an octal escape keeps its low 8 bits).
     */
    // CPython 3.11: Objects/unicodeobject.c _PyUnicode_DecodeUnicodeEscapeInternal(),
    // Objects/bytesobject.c _PyBytes_DecodeEscape()
    private String decode(String body, Pos token, boolean bytes) {
        if (body.indexOf('\\') < 0) return body;
        StringBuilder out = new StringBuilder(body.length());
        int i = 0;
        int n = body.length();
        while (i < n) {
            char c = body.charAt(i);
            if (c != '\\' || i + 1 >= n) {
                out.append(c);
                i++;
                continue;
            }
            int start = i;
            char e = body.charAt(i + 1);
            i += 2;
            switch (e) {
                case '\n' -> { }
                case '\\' -> out.append('\\');
                case '\'' -> out.append('\'');
                case '"' -> out.append('"');
                case 'a' -> out.append('\u0007');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'v' -> out.append('\u000b');
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int v = e - '0';
                    for (int k = 0; k < 2 && i < n && body.charAt(i) >= '0' && body.charAt(i) <= '7'; k++) {
                        v = v * 8 + body.charAt(i++) - '0';
                    }
                    out.append((char) (bytes ? v & 0xff : v));
                }
                case 'x', 'u', 'U' -> {
                    if (bytes && e != 'x') {
                        out.append('\\').append(e);
                        continue;
                    }
                    int digits = e == 'x' ? 2 : e == 'u' ? 4 : 8;
                    int v = 0;
                    int k = 0;
                    while (k < digits && i < n && Character.digit(body.charAt(i), 16) >= 0) {
                        v = v * 16 + Character.digit(body.charAt(i++), 16);
                        k++;
                    }
                    if (k < digits && bytes) {
                        throw decodeError("(value error) invalid \\x escape at position " + start, token);
                    }
                    if (k < digits) {
                        String what = e == 'x' ? "\\xXX" : e == 'u' ? "\\uXXXX" : "\\UXXXXXXXX";
                        throw unicodeError(body, start, i, "truncated " + what + " escape", token);
                    }
                    if (v > Character.MAX_CODE_POINT || v < 0) {
                        throw unicodeError(body, start, i, "illegal Unicode character", token);
                    }
                    out.appendCodePoint(v);
                }
                case 'N' -> {
                    if (bytes) {
                        out.append("\\N");
                        continue;
                    }
                    int close = i < n && body.charAt(i) == '{' ? body.indexOf('}', i) : -1;
                    if (close < 0 || close == i + 1) {
                        throw unicodeError(body, start, close < 0 ? n : close + 1, "malformed \\N character escape",
                                token);
                    }
                    String name = body.substring(i + 1, close);
                    int cp;
                    try {
                        cp = Character.codePointOf(name);
                    } catch (IllegalArgumentException unknown) {
                        throw unicodeError(body, start, close + 1, "unknown Unicode character name", token);
                    }
                    out.appendCodePoint(cp);
                    i = close + 1;
                }
                default -> out.append('\\').append(e);
            }
        }
        return out.toString();
    }

    private PySyntaxError unicodeError(String body, int start, int end, String reason, Pos token) {
        int from = body.substring(0, start).getBytes(StandardCharsets.UTF_8).length;
        int to = from + body.substring(start, end).getBytes(StandardCharsets.UTF_8).length - 1;
        return decodeError("(unicode error) 'unicodeescape' codec can't decode bytes in position " + from + "-" + to
                + ": " + reason, token);
    }

    /** The body of one f-string token, scanned as CPython 3.11's fstring_find_literal/expr. */
    private final class FString {
        private final String body;
        private final boolean raw;
        private final int startLine;
        private final int startCol;
        private final Pos pos;
        private final Pos tokenPos;
        private int i;

        FString(String body, boolean raw, int startLine, int startCol, Pos pos, Pos tokenPos) {
            this.body = body;
            this.raw = raw;
            this.startLine = startLine;
            this.startCol = startCol;
            this.pos = pos;
            this.tokenPos = tokenPos;
        }

        /** Parses literals and fields into parts until the end of the body, or a '}' when nested. */
        void parse(int level, List<Expr> parts, StringBuilder constant) {
            while (i < body.length()) {
                literal(level, constant);
                if (i >= body.length()) break;
                char c = body.charAt(i);
                if (c == '}') {
                    if (level == 0) throw error("f-string: single '}' is not allowed", errorPos);
                    return;
                }
                field(level, parts, constant);
            }
        }

        // CPython 3.11: Parser/string_parser.c fstring_find_literal()
        private void literal(int level, StringBuilder constant) {
            int start = i;
            while (i < body.length()) {
                char c = body.charAt(i++);
                if (!raw && c == '\\' && i < body.length()) {
                    c = body.charAt(i++);
                    if (c == 'N') {
                        if (i < body.length() && body.charAt(i++) == '{') {
                            while (i < body.length() && body.charAt(i++) != '}') {
                                // skip the character name
                            }
                        }
                        continue;
                    }
                }
                if (c == '{' || c == '}') {
                    if (level == 0) {
                        if (i < body.length() && body.charAt(i) == c) {
                            appendLiteral(constant, body.substring(start, i));
                            i++;
                            start = i;
                            continue;
                        }
                        if (c == '}') {
                            throw error("f-string: single '}' is not allowed", errorPos);
                        }
                    }
                    i--;
                    break;
                }
            }
            appendLiteral(constant, body.substring(start, i));
        }

        private void appendLiteral(StringBuilder constant, String text) {
            constant.append(raw ? text : decode(text, tokenPos));
        }

        // CPython 3.11: Parser/string_parser.c fstring_find_expr()
        private void field(int level, List<Expr> parts, StringBuilder constant) {
            if (level >= MAX_FSTRING_NESTING) throw error("f-string: expressions nested too deeply", errorPos);
            i++;
            int exprStart = i;
            char quote = 0;
            int quoteLen = 0;
            StringBuilder brackets = new StringBuilder();
            while (i < body.length()) {
                char c = body.charAt(i);
                if (c == '\\') throw error("f-string expression part cannot include a backslash", errorPos);
                if (quote != 0) {
                    if (c == quote) {
                        if (quoteLen == 3) {
                            if (body.startsWith(String.valueOf(quote).repeat(3), i)) {
                                i += 2;
                                quote = 0;
                            }
                        } else {
                            quote = 0;
                        }
                    }
                } else if (c == '\'' || c == '"') {
                    quote = c;
                    quoteLen = body.startsWith(String.valueOf(c).repeat(3), i) ? 3 : 1;
                    i += quoteLen - 1;
                } else if (c == '[' || c == '{' || c == '(') {
                    if (brackets.length() >= PythonLexerBase.MAX_NESTING) {
                        throw error("f-string: too many nested parenthesis", errorPos);
                    }
                    brackets.append(c);
                } else if (c == '#') {
                    throw error("f-string expression part cannot include '#'", errorPos);
                } else if (brackets.length() == 0 && "!:}=<>".indexOf(c) >= 0) {
                    char next = i + 1 < body.length() ? body.charAt(i + 1) : 0;
                    if (next == '=' && (c == '!' || c == '=' || c == '<' || c == '>')) {
                        i += 2;
                        continue;
                    }
                    if (c != '<' && c != '>') break;
                } else if (c == ']' || c == '}' || c == ')') {
                    if (brackets.length() == 0) throw error("f-string: unmatched '" + c + "'", errorPos);
                    char open = brackets.charAt(brackets.length() - 1);
                    brackets.setLength(brackets.length() - 1);
                    if (!(open == '(' && c == ')' || open == '[' && c == ']' || open == '{' && c == '}')) {
                        throw error("f-string: closing parenthesis '" + c + "' does not match opening parenthesis '"
                                + open + "'", errorPos);
                    }
                }
                i++;
            }
            if (quote != 0) throw error("f-string: unterminated string", errorPos);
            if (brackets.length() > 0) {
                throw error("f-string: unmatched '" + brackets.charAt(brackets.length() - 1) + "'", errorPos);
            }
            if (i >= body.length()) throw error("f-string: expecting '}'", errorPos);
            String exprText = body.substring(exprStart, i);
            if (exprText.isBlank()) throw error("f-string: empty expression not allowed", errorPos);
            Expr value = expression(exprStart, exprText);

            String selfDoc = null;
            if (body.charAt(i) == '=') {
                i++;
                while (i < body.length() && Character.isWhitespace(body.charAt(i))) i++;
                if (i >= body.length()) throw error("f-string: expecting '}'", errorPos);
                selfDoc = body.substring(exprStart, i);
            }
            int conversion = Expr.FormattedValue.NO_CONVERSION;
            if (body.charAt(i) == '!') {
                i++;
                if (i >= body.length()) throw error("f-string: expecting '}'", errorPos);
                conversion = body.charAt(i++);
                if (conversion != 's' && conversion != 'r' && conversion != 'a') {
                    throw error("f-string: invalid conversion character: expected 's', 'r', or 'a'", errorPos);
                }
            }
            Expr formatSpec = null;
            if (i < body.length() && body.charAt(i) == ':') {
                i++;
                if (i >= body.length()) throw error("f-string: expecting '}'", errorPos);
                List<Expr> specParts = new ArrayList<>();
                StringBuilder specConstant = new StringBuilder();
                parse(level + 1, specParts, specConstant);
                flush(specParts, specConstant, pos);
                formatSpec = new Expr.JoinedStr(specParts, pos);
            }
            if (i >= body.length() || body.charAt(i) != '}') throw error("f-string: expecting '}'", errorPos);
            i++;
            if (selfDoc != null) {
                constant.append(selfDoc);
                if (formatSpec == null && conversion == Expr.FormattedValue.NO_CONVERSION) conversion = 'r';
            }
            flush(parts, constant, pos);
            parts.add(new Expr.FormattedValue(value, conversion, formatSpec, pos));
        }

        /** Parses a replacement field's expression, located where it stands in the source. */
        private Expr expression(int at, String text) {
            int line = startLine;
            int col = startCol;
            for (int k = 0; k < at; k++) {
                if (body.charAt(k) == '\n') {
                    line++;
                    col = 0;
                } else if (!Character.isLowSurrogate(body.charAt(k))) {
                    col++;
                }
            }
            return PythonSource.fstringExpression(source, text, line, col, depth + 1);
        }
    }
}
