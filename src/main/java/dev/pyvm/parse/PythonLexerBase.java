package dev.pyvm.parse;

import dev.pyvm.ast.PySyntaxError;
import java.util.ArrayDeque;
import java.util.Deque;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.Lexer;
import org.antlr.v4.runtime.Token;

/**
 * The part of CPython's tokenizer that a lexer grammar cannot express: logical lines
 * (NEWLINE only at the end of a non-blank line outside brackets), INDENT and DEDENT from an
 * indentation stack (tabs to multiples of 8, checked against tabs of width 1 for TabError),
 * bracket matching, and the tokenizer's own errors.
 *
 * <p>Errors come in two kinds, as in CPython 3.11. Most are thrown at once (an unterminated
 * string, an invalid number, a mismatched bracket): CPython reports those wherever they are in
 * the file. Indentation errors, a stray backslash and end of input inside brackets are
 * <em>deferred</em>: the token stream stops with an {@link #ERROR_MARK} token, and the parser
 * reports the error only if it gets that far ({@link #deferredError()}).
 */
public abstract class PythonLexerBase extends Lexer {
    /** Brackets nest at most this deep (CPython 3.11: Parser/tokenizer.h MAXLEVEL). */
    public static final int MAX_NESTING = 200;
    /** Indentation nests at most this deep (CPython 3.11: Parser/tokenizer.h MAXINDENT). */
    public static final int MAX_INDENT = 100;
    /** Tab stops for indentation (CPython 3.11: TABSIZE). */
    public static final int TAB_SIZE = 8;
    /** The token type that ends the stream at a deferred tokenizer error. */
    public static final int ERROR_MARK = -2;

    private final Deque<Token> pending = new ArrayDeque<>();
    private final int[] indents = new int[MAX_INDENT + 1];
    private final int[] altIndents = new int[MAX_INDENT + 1];
    private int indentDepth;

    private final char[] brackets = new char[MAX_NESTING + 1];
    private final int[] bracketLines = new int[MAX_NESTING + 1];
    private final int[] bracketCols = new int[MAX_NESTING + 1];
    private int bracketDepth;

    private boolean atLineStart = true;
    private int lineStartIndex;
    private boolean finished;
    private Token lastToken;

    private SourceText source;
    private PySyntaxError deferredError;
    private PySyntaxError unclosedBracket;

    protected PythonLexerBase(CharStream input) {
        super(input);
    }

    /** The source being read, for the text of error lines. */
    void setSource(SourceText source) {
        this.source = source;
    }

    /** The deferred tokenizer error that the {@link #ERROR_MARK} token stands for, or null. */
    PySyntaxError deferredError() {
        return deferredError;
    }

    /**
     * "'(' was never closed" for the innermost bracket still open where reading stopped, or
     * null; CPython reports it after a parser error on a later line than the bracket.
     */
    PySyntaxError unclosedBracket() {
        return unclosedBracket;
    }

    @Override
    public Token nextToken() {
        while (pending.isEmpty()) {
            if (finished) {
                return lastToken;
            }
            readRawToken();
        }
        lastToken = pending.poll();
        return lastToken;
    }

    private void readRawToken() {
        Token t = super.nextToken();
        int type = t.getType();
        if (type == Token.EOF) {
            atEndOfInput(t);
            return;
        }
        if (type == PythonLexer.NEWLINE) {
            if (bracketDepth == 0 && !atLineStart) {
                pending.add(newToken(PythonLexer.NEWLINE, "\n", t.getLine(), t.getCharPositionInLine(),
                        t.getStartIndex(), t.getStartIndex() - 1));
                atLineStart = true;
            }
            if (atLineStart) {
                lineStartIndex = t.getStopIndex() + 1;
            }
            return;
        }
        if (atLineStart && bracketDepth == 0) {
            atLineStart = false;
            if (!indent(t)) return;
        }
        switch (type) {
            case PythonLexer.LPAR, PythonLexer.LSQB, PythonLexer.LBRACE -> openBracket(t);
            case PythonLexer.RPAR, PythonLexer.RSQB, PythonLexer.RBRACE -> closeBracket(t);
            case PythonLexer.UNTERMINATED_STRING -> throw unterminated(t, "unterminated string literal");
            case PythonLexer.UNTERMINATED_TRIPLE_STRING ->
                    throw unterminated(t, "unterminated triple-quoted string literal");
            case PythonLexer.NUMBER -> checkNumber(t);
            case PythonLexer.ERRORTOKEN -> checkCharacter(t);
            case PythonLexer.BACKSLASH -> {
                if (_input.LA(1) == CharStream.EOF) {
                    // CPython 3.11: tokenizer E_EOF after a line continuation
                    defer(new PySyntaxError(PySyntaxError.SYNTAX_ERROR, "unexpected EOF while parsing",
                            source.filename(), t.getLine(), t.getCharPositionInLine() + 2, t.getLine(), -1,
                            source.line(t.getLine())), t);
                    return;
                }
                // CPython 3.11: tokenizer_error() E_LINECONT, located one past the backslash
                defer(new PySyntaxError(PySyntaxError.SYNTAX_ERROR,
                        "unexpected character after line continuation character", source.filename(),
                        t.getLine(), t.getCharPositionInLine() + 2, t.getLine(), 0, source.line(t.getLine())), t);
                return;
            }
            default -> { }
        }
        pending.add(t);
    }

    private void atEndOfInput(Token eof) {
        if (bracketDepth > 0) {
            unclosedBracket = neverClosed();
            defer(unclosedBracket, eof);
            return;
        }
        if (!atLineStart) {
            pending.add(newToken(PythonLexer.NEWLINE, "", eof.getLine(), eof.getCharPositionInLine(),
                    eof.getStartIndex(), eof.getStartIndex() - 1));
        }
        while (indentDepth > 0) {
            indentDepth--;
            pending.add(newToken(PythonLexer.DEDENT, "", eof.getLine(), eof.getCharPositionInLine(),
                    eof.getStartIndex(), eof.getStartIndex() - 1));
        }
        pending.add(eof);
        finished = true;
    }

    /**
     * Compares the indentation of the line that {@code first} starts with the stack and queues
     * INDENT or DEDENTs. Returns false if it found a deferred error.
     */
    // CPython 3.11: Parser/tokenizer.c tok_get(), "Get indentation level"
    private boolean indent(Token first) {
        int col = 0;
        int altcol = 0;
        String prefix = _input.getText(org.antlr.v4.runtime.misc.Interval.of(lineStartIndex,
                first.getStartIndex() - 1));
        for (int i = 0; i < prefix.length(); i++) {
            char c = prefix.charAt(i);
            if (c == ' ') {
                col++;
                altcol++;
            } else if (c == '\t') {
                col = (col / TAB_SIZE + 1) * TAB_SIZE;
                altcol++;
            } else if (c == '\f') {
                col = 0;
                altcol = 0;
            } else {
                break;
            }
        }
        int line = first.getLine();
        int pos = first.getCharPositionInLine();
        if (col == indents[indentDepth]) {
            if (altcol != altIndents[indentDepth]) return tabError(first);
        } else if (col > indents[indentDepth]) {
            if (indentDepth + 1 >= MAX_INDENT) {
                defer(new PySyntaxError(PySyntaxError.INDENTATION_ERROR, "too many levels of indentation",
                        source.filename(), line, 1, line, 0, source.line(line)), first);
                return false;
            }
            if (altcol <= altIndents[indentDepth]) return tabError(first);
            indentDepth++;
            indents[indentDepth] = col;
            altIndents[indentDepth] = altcol;
            pending.add(newToken(PythonLexer.INDENT, "", line, pos, first.getStartIndex(),
                    first.getStartIndex() - 1));
        } else {
            while (indentDepth > 0 && col < indents[indentDepth]) {
                indentDepth--;
                pending.add(newToken(PythonLexer.DEDENT, "", line, pos, first.getStartIndex(),
                        first.getStartIndex() - 1));
            }
            if (col != indents[indentDepth]) {
                String text = source.line(line);
                int offset = text == null ? 0 : text.codePointCount(0, text.length());
                pending.clear();
                defer(new PySyntaxError(PySyntaxError.INDENTATION_ERROR,
                        "unindent does not match any outer indentation level", source.filename(), line, offset,
                        line, -1, text), first);
                return false;
            }
            if (altcol != altIndents[indentDepth]) return tabError(first);
        }
        return true;
    }

    private boolean tabError(Token first) {
        int line = first.getLine();
        pending.clear();
        defer(new PySyntaxError(PySyntaxError.TAB_ERROR, "inconsistent use of tabs and spaces in indentation",
                source.filename(), line, 1, line, 0, source.line(line)), first);
        return false;
    }

    private void openBracket(Token t) {
        if (bracketDepth >= MAX_NESTING) {
            throw tokenizerError("too many nested parentheses", t, t.getCharPositionInLine() + 1);
        }
        brackets[bracketDepth] = t.getText().charAt(0);
        bracketLines[bracketDepth] = t.getLine();
        bracketCols[bracketDepth] = t.getCharPositionInLine();
        bracketDepth++;
    }

    // CPython 3.11: Parser/tokenizer.c tok_get(), "Check for closing parenthesis"
    private void closeBracket(Token t) {
        char close = t.getText().charAt(0);
        int end = t.getCharPositionInLine() + 1;
        if (bracketDepth == 0) {
            throw tokenizerError("unmatched '" + close + "'", t, end);
        }
        bracketDepth--;
        char open = brackets[bracketDepth];
        if (!(open == '(' && close == ')' || open == '[' && close == ']' || open == '{' && close == '}')) {
            String msg = "closing parenthesis '" + close + "' does not match opening parenthesis '" + open + "'";
            if (bracketLines[bracketDepth] != t.getLine()) {
                msg += " on line " + bracketLines[bracketDepth];
            }
            throw tokenizerError(msg, t, end);
        }
    }

    private PySyntaxError neverClosed() {
        int i = bracketDepth - 1;
        int line = bracketLines[i];
        return new PySyntaxError(PySyntaxError.SYNTAX_ERROR, "'" + brackets[i] + "' was never closed",
                source.filename(), line, bracketCols[i] + 1, line, 0, source.line(line));
    }

    private PySyntaxError unterminated(Token t, String what) {
        int detected = t.getLine() + (int) t.getText().chars().filter(c -> c == '\n').count();
        if (t.getType() == PythonLexer.UNTERMINATED_TRIPLE_STRING && source.endsWithNewline()) {
            detected--;
        }
        return tokenizerError(what + " (detected at line " + detected + ")", t, t.getCharPositionInLine() + 1);
    }

    /**
     * An error the tokenizer raises at once, located on {@code t}'s line at the 1-based
     * {@code offset}; the text is the line without its newline, as CPython's tokenizer gives.
     */
    // CPython 3.11: Parser/tokenizer.c _syntaxerror_range()
    private PySyntaxError tokenizerError(String msg, Token t, int offset) {
        return tokenizerError(msg, t.getLine(), offset, offset);
    }

    private PySyntaxError tokenizerError(String msg, int line, int offset, int endOffset) {
        String text = source.line(line);
        if (text != null && text.endsWith("\n")) {
            text = text.substring(0, text.length() - 1);
        }
        return new PySyntaxError(PySyntaxError.SYNTAX_ERROR, msg, source.filename(), line, offset, line, endOffset,
                text);
    }

    // CPython 3.11: Parser/tokenizer.c tok_get(), non-ASCII characters that are not identifiers
    private void checkCharacter(Token t) {
        int c = t.getText().codePointAt(0);
        if (c < 128 && c >= 32 || c == '\t' || c == '\f') return;
        int offset = t.getCharPositionInLine() + 1;
        String hex = String.format("U+%04X", c);
        if (c >= 128 && isPrintable(c)) {
            throw tokenizerError("invalid character '" + new String(Character.toChars(c)) + "' (" + hex + ")", t,
                    offset);
        }
        throw tokenizerError("invalid non-printable character " + hex, t, offset);
    }

    private static boolean isPrintable(int c) {
        int t = Character.getType(c);
        return t != Character.CONTROL && t != Character.FORMAT && t != Character.SURROGATE
                && t != Character.PRIVATE_USE && t != Character.UNASSIGNED && t != Character.LINE_SEPARATOR
                && t != Character.PARAGRAPH_SEPARATOR && t != Character.SPACE_SEPARATOR;
    }

    private void checkNumber(Token t) {
        new NumberScan(t).run();
    }

    /** A port of CPython's number scanning, run only for its errors. */
    // CPython 3.11: Parser/tokenizer.c tok_get() numbers, tok_decimal_tail(), verify_end_of_number()
    private final class NumberScan {
        private final Token token;
        private int i;

        NumberScan(Token token) {
            this.token = token;
            this.i = token.getStartIndex();
        }

        private int peek() {
            return source.codePointAt(i);
        }

        private int next() {
            int c = peek();
            i++;
            return c;
        }

        private void backup() {
            i--;
        }

        /** The error, with the cursor after the last character read. */
        private PySyntaxError error(String msg) {
            int col = token.getCharPositionInLine() + (i - token.getStartIndex());
            return tokenizerError(msg, token.getLine(), col, col);
        }

        void run() {
            int c = next();
            if (c == '.') {
                c = next();
                fraction(c);
                return;
            }
            if (c == '0') {
                c = next();
                if (c == 'x' || c == 'X') {
                    radix("hexadecimal", 16);
                } else if (c == 'o' || c == 'O') {
                    radix("octal", 8);
                } else if (c == 'b' || c == 'B') {
                    radix("binary", 2);
                } else {
                    boolean nonzero = false;
                    while (true) {
                        if (c == '_') {
                            c = next();
                            if (!isDigit(c)) {
                                backup();
                                throw error("invalid decimal literal");
                            }
                        }
                        if (c != '0') break;
                        c = next();
                    }
                    int zerosEnd = i - 1;
                    if (isDigit(c)) {
                        nonzero = true;
                        c = decimalTail();
                    }
                    if (c == '.') {
                        fraction(next());
                    } else if (c == 'e' || c == 'E') {
                        exponent(c);
                    } else if (c == 'j' || c == 'J') {
                        verifyEnd(next(), "imaginary");
                    } else if (nonzero) {
                        int start = token.getCharPositionInLine();
                        int end = start + (zerosEnd - token.getStartIndex());
                        throw tokenizerError("leading zeros in decimal integer literals are not permitted; "
                                + "use an 0o prefix for octal integers", token.getLine(), start + 1, end + 1);
                    } else {
                        verifyEnd(c, "decimal");
                    }
                }
            } else {
                c = decimalTail();
                if (c == '.') {
                    c = next();
                    fraction(c);
                } else if (c == 'e' || c == 'E') {
                    exponent(c);
                } else if (c == 'j' || c == 'J') {
                    verifyEnd(next(), "imaginary");
                } else {
                    verifyEnd(c, "decimal");
                }
            }
        }

        private void radix(String kind, int radix) {
            int c = next();
            do {
                if (c == '_') c = next();
                if (!isRadixDigit(c, radix)) {
                    if (radix != 16 && isDigit(c)) {
                        throw error("invalid digit '" + (char) c + "' in " + kind + " literal");
                    }
                    backup();
                    throw error("invalid " + kind + " literal");
                }
                do {
                    c = next();
                } while (isRadixDigit(c, radix));
            } while (c == '_');
            if (radix != 16 && isDigit(c)) {
                throw error("invalid digit '" + (char) c + "' in " + kind + " literal");
            }
            verifyEnd(c, kind);
        }

        private void fraction(int c) {
            if (isDigit(c)) {
                c = decimalTail();
            }
            if (c == 'e' || c == 'E') {
                exponent(c);
            } else if (c == 'j' || c == 'J') {
                verifyEnd(next(), "imaginary");
            } else {
                verifyEnd(c, "decimal");
            }
        }

        private void exponent(int e) {
            int c = next();
            if (c == '+' || c == '-') {
                c = next();
                if (!isDigit(c)) {
                    backup();
                    throw error("invalid decimal literal");
                }
            } else if (!isDigit(c)) {
                backup();
                verifyEnd(e, "decimal");
                return;
            }
            c = decimalTail();
            if (c == 'j' || c == 'J') {
                verifyEnd(next(), "imaginary");
            } else {
                verifyEnd(c, "decimal");
            }
        }

        private int decimalTail() {
            int c;
            while (true) {
                do {
                    c = next();
                } while (isDigit(c));
                if (c != '_') break;
                c = next();
                if (!isDigit(c)) {
                    backup();
                    throw error("invalid decimal literal");
                }
            }
            return c;
        }

        /** {@code c} was just read; a number may be followed by some keywords but no other name. */
        private void verifyEnd(int c, String kind) {
            boolean keyword = switch (c) {
                case 'a' -> lookahead("nd");
                case 'e' -> lookahead("lse");
                case 'f' -> lookahead("or");
                case 'i' -> peek() == 'f' || peek() == 'n' || peek() == 's';
                case 'o' -> lookahead("r");
                case 'n' -> lookahead("ot");
                default -> false;
            };
            if (keyword) return;
            if (isPotentialIdentifierChar(c)) {
                backup();
                throw error("invalid " + kind + " literal");
            }
        }

        private boolean lookahead(String rest) {
            for (int k = 0; k < rest.length(); k++) {
                if (source.codePointAt(i + k) != rest.charAt(k)) return false;
            }
            return true;
        }
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isRadixDigit(int c, int radix) {
        return radix == 16 ? isDigit(c) || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F' : c >= '0' && c < '0' + radix;
    }

    private static boolean isPotentialIdentifierChar(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c >= 128;
    }

    private void defer(PySyntaxError error, Token at) {
        deferredError = error;
        if (unclosedBracket == null && bracketDepth > 0) {
            unclosedBracket = neverClosed();
        }
        pending.add(newToken(ERROR_MARK, "", at.getLine(), at.getCharPositionInLine(), at.getStartIndex(),
                at.getStartIndex() - 1));
        pending.add(newToken(Token.EOF, "<EOF>", at.getLine(), at.getCharPositionInLine(), at.getStartIndex(),
                at.getStartIndex() - 1));
        finished = true;
    }

    private Token newToken(int type, String text, int line, int col, int start, int stop) {
        return _factory.create(_tokenFactorySourcePair, type, text, Token.DEFAULT_CHANNEL, start, stop, line, col);
    }
}
