package dev.pyvm.parse;

import dev.pyvm.ast.PySyntaxError;
import java.util.function.Function;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.InputMismatchException;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.RuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/**
 * Turns the parser's first failure into the SyntaxError that CPython 3.11 reports for the same
 * input: deferred tokenizer errors, indentation errors, and the specific messages of CPython's
 * {@code invalid_*} rules for common mistakes, else "invalid syntax" at the failing token.
 */
final class SyntaxErrors {
    private final SourceText source;
    private final CommonTokenStream tokens;
    private final PythonLexer lexer;

    SyntaxErrors(SourceText source, CommonTokenStream tokens, PythonLexer lexer) {
        this.source = source;
        this.tokens = tokens;
        this.lexer = lexer;
    }

    PySyntaxError toSyntaxError(RecognitionException e) {
        Token off = e.getOffendingToken();
        if (off == null) off = tokens.get(tokens.index());
        if (off.getType() == PythonLexerBase.ERROR_MARK) return lexer.deferredError();
        PySyntaxError error = parserError(off, e);
        // CPython 3.11: Parser/pegen_errors.c _PyPegen_tokenize_full_source_to_check_for_errors()
        PySyntaxError unclosed = lexer.unclosedBracket();
        // the line CPython compares is that of the last token the parser read, at least the offending one
        if (unclosed != null && Math.max(error.lineno(), off.getLine()) > unclosed.lineno()) return unclosed;
        return error;
    }

    private PySyntaxError parserError(Token off, RecognitionException e) {
        int type = off.getType();
        if (type == PythonLexer.INDENT || type == PythonLexer.DEDENT) {
            int line = off.getLine();
            return new PySyntaxError(PySyntaxError.INDENTATION_ERROR,
                    type == PythonLexer.INDENT ? "unexpected indent" : "unexpected unindent", source.filename(), line,
                    off.getCharPositionInLine(), line, -1, source.line(line));
        }
        int index = off.getTokenIndex();
        Token prev = token(index - 1);
        Token prev2 = token(index - 2);
        if (prev != null && prev.getType() == PythonLexer.NEWLINE && prev2 != null
                && prev2.getType() == PythonLexer.COLON) {
            return expectedIndentedBlock(off, prev2);
        }
        ParserRuleContext ctx = (ParserRuleContext) e.getCtx();
        IntervalSet expected = expected(e);

        PySyntaxError specific = matchStatement(off);
        if (specific == null) specific = legacyPrint(off);
        if (specific == null) specific = expectedColon(off, ctx, expected);
        if (specific == null) specific = missingElse(off, ctx, expected);
        if (specific == null) specific = assignmentInExpression(off, ctx);
        if (specific == null) specific = missingComma(off);
        if (specific == null) specific = trailingCommaInImport(off, ctx);
        if (specific == null && ctx instanceof PythonParser.Try_stmtContext t && t.block() != null
                && t.block().getStop() != null && off.getType() != PythonLexer.EXCEPT
                && off.getType() != PythonLexer.FINALLY) {
            specific = at("expected 'except' or 'finally' block", off);
        }
        return specific != null ? specific : at("invalid syntax", off);
    }

    /**
     * A statement that starts with the soft keyword {@code match} and fails to parse as an
     * expression is a match statement, outside the subset.
     */
    private PySyntaxError matchStatement(Token off) {
        int i = off.getTokenIndex() - 1;
        while (i >= 0) {
            Token t = token(i);
            int type = t.getType();
            if (type == PythonLexer.NEWLINE || type == PythonLexer.INDENT || type == PythonLexer.DEDENT) break;
            i--;
        }
        Token first = token(i + 1);
        if (first == null || first == off || !"match".equals(first.getText())) return null;
        Token next = token(i + 2);
        if (next == null || next.getType() == PythonLexer.EOF || "=".equals(next.getText()) || ".".equals(next.getText())
                || "(".equals(next.getText()) || "[".equals(next.getText())) {
            return null;
        }
        return between("match statements are not supported by pyvm", first, first);
    }

    private IntervalSet expected(RecognitionException e) {
        try {
            return e.getExpectedTokens();
        } catch (RuntimeException noState) {
            return new IntervalSet();
        }
    }

    private Token token(int index) {
        return index >= 0 && index < tokens.size() ? tokens.get(index) : null;
    }

    // ---- locations

    /** An error located on one token, as CPython's RAISE_SYNTAX_ERROR on the last token read. */
    private PySyntaxError at(String msg, Token t) {
        return between(msg, t, t);
    }

    /** An error spanning from the start of {@code first} to the end of {@code last}. */
    private PySyntaxError between(String msg, Token first, Token last) {
        if (first.getType() == Token.EOF) return atEndOfInput(msg, PySyntaxError.SYNTAX_ERROR);
        int line = first.getLine();
        int offset = first.getCharPositionInLine() + 1;
        int endLine = last.getLine();
        int endOffset;
        if (last.getType() == PythonLexer.NEWLINE || last.getType() == Token.EOF
                || last.getType() == PythonLexer.INDENT || last.getType() == PythonLexer.DEDENT) {
            endOffset = last.getCharPositionInLine() + 1;
        } else {
            String text = last.getText();
            int nl = text.lastIndexOf('\n');
            if (nl >= 0) {
                endLine += (int) text.chars().filter(c -> c == '\n').count();
                endOffset = text.codePointCount(nl + 1, text.length()) + 1;
            } else {
                endOffset = last.getCharPositionInLine() + text.codePointCount(0, text.length()) + 1;
            }
        }
        return new PySyntaxError(PySyntaxError.SYNTAX_ERROR, msg, source.filename(), line, offset, endLine, endOffset,
                source.line(line));
    }

    /**
     * CPython locates errors at the end marker on the last line, at offset 0 when reading a
     * file (so no caret is shown), with no end.
     */
    private PySyntaxError atEndOfInput(String msg, String type) {
        int line = source.lineCount();
        return new PySyntaxError(type, msg, source.filename(), line, 0, line, -1, source.line(line));
    }

    // ---- CPython's specific messages

    // CPython 3.11: Grammar/python.gram invalid_*_stmt: NEWLINE !INDENT
    private PySyntaxError expectedIndentedBlock(Token off, Token colon) {
        Token first = colon;
        for (int i = colon.getTokenIndex() - 1; i >= 0; i--) {
            int t = tokens.get(i).getType();
            if (t == PythonLexer.NEWLINE || t == PythonLexer.INDENT || t == PythonLexer.DEDENT) break;
            first = tokens.get(i);
        }
        if (first.getType() == PythonLexer.ASYNC) first = token(first.getTokenIndex() + 1);
        String what = switch (first.getType()) {
            case PythonLexer.IF -> "'if' statement";
            case PythonLexer.ELIF -> "'elif' statement";
            case PythonLexer.ELSE -> "'else' statement";
            case PythonLexer.WHILE -> "'while' statement";
            case PythonLexer.FOR -> "'for' statement";
            case PythonLexer.WITH -> "'with' statement";
            case PythonLexer.TRY -> "'try' statement";
            case PythonLexer.EXCEPT -> "'except' statement";
            case PythonLexer.FINALLY -> "'finally' statement";
            case PythonLexer.DEF -> "function definition";
            case PythonLexer.CLASS -> "class definition";
            default -> first.getText().equals("match") ? "'match' statement" : null;
        };
        if (what == null) return at("invalid syntax", off);
        String msg = "expected an indented block after " + what + " on line " + first.getLine();
        if (off.getType() == Token.EOF || off.getType() == PythonLexer.DEDENT && isAtEnd(off)) {
            return atEndOfInput(msg, PySyntaxError.INDENTATION_ERROR);
        }
        PySyntaxError e = at(msg, off);
        return new PySyntaxError(PySyntaxError.INDENTATION_ERROR, msg, e.filename(), e.lineno(), e.offset(),
                e.endLineno(), e.endOffset(), e.text());
    }

    private boolean isAtEnd(Token t) {
        for (int i = t.getTokenIndex(); i < tokens.size(); i++) {
            int type = tokens.get(i).getType();
            if (type == Token.EOF) return true;
            if (type != PythonLexer.DEDENT) return false;
        }
        return true;
    }

    // CPython 3.11: Grammar/python.gram invalid_legacy_expression
    private PySyntaxError legacyPrint(Token off) {
        Token prev = token(off.getTokenIndex() - 1);
        if (prev == null || prev.getType() != PythonLexer.NAME) return null;
        String name = prev.getText();
        if (!name.equals("print") && !name.equals("exec")) return null;
        if (off.getType() == PythonLexer.LPAR) return null;
        Token end = endOf(off.getTokenIndex(), PythonParser::star_expressions);
        if (end == null) return null;
        return between("Missing parentheses in call to '" + name + "'. Did you mean " + name + "(...)?", prev, end);
    }

    // CPython 3.11: Grammar/python.gram invalid_*_stmt (expected ':') and the forced token &&':'
    private PySyntaxError expectedColon(Token off, ParserRuleContext ctx, IntervalSet expected) {
        if (!expected.contains(PythonLexer.COLON) || ctx == null) return null;
        if (ctx instanceof PythonParser.Function_defContext f) {
            if (f.LPAR() == null) return null;
            return at("expected ':'", off);
        }
        if (ctx instanceof PythonParser.Try_stmtContext || ctx instanceof PythonParser.Finally_blockContext
                || ctx instanceof PythonParser.Else_blockContext) {
            return at("expected ':'", off);
        }
        boolean header = ctx instanceof PythonParser.If_stmtContext || ctx instanceof PythonParser.Elif_stmtContext
                || ctx instanceof PythonParser.While_stmtContext || ctx instanceof PythonParser.For_stmtContext
                || ctx instanceof PythonParser.With_stmtContext || ctx instanceof PythonParser.Class_defContext
                || ctx instanceof PythonParser.Except_blockContext;
        if (header && off.getType() == PythonLexer.NEWLINE) return at("expected ':'", off);
        return null;
    }

    // CPython 3.11: Grammar/python.gram invalid_expression, "expected 'else' after 'if' expression"
    private PySyntaxError missingElse(Token off, ParserRuleContext ctx, IntervalSet expected) {
        if (!(ctx instanceof PythonParser.ExpressionContext) || !expected.contains(PythonLexer.ELSE)) return null;
        if (off.getType() == PythonLexer.COLON) return null;
        return between("expected 'else' after 'if' expression", ctx.getStart(), token(off.getTokenIndex() - 1));
    }

    // CPython 3.11: Grammar/python.gram invalid_kwarg, invalid_named_expression
    private PySyntaxError assignmentInExpression(Token off, ParserRuleContext ctx) {
        if (off.getType() != PythonLexer.EQUAL) return null;
        int depth = 0;
        int i = off.getTokenIndex() - 1;
        for (; i >= 0; i--) {
            int t = tokens.get(i).getType();
            if (t == PythonLexer.RPAR || t == PythonLexer.RSQB || t == PythonLexer.RBRACE) {
                depth++;
            } else if (t == PythonLexer.LPAR || t == PythonLexer.LSQB || t == PythonLexer.LBRACE) {
                if (depth == 0) break;
                depth--;
            } else if (depth == 0 && (t == PythonLexer.COMMA || t == PythonLexer.NEWLINE)) {
                break;
            }
        }
        Token open = token(i);
        int opening = i;
        while (open != null && open.getType() == PythonLexer.COMMA) {
            opening = enclosingBracket(opening);
            open = token(opening);
        }
        Token before = open == null ? null : token(open.getTokenIndex() - 1);
        if (open != null && open.getType() == PythonLexer.LPAR && before != null && endsExpression(before)) {
            return between("expression cannot contain assignment, perhaps you meant \"==\"?", token(i + 1), off);
        }
        Token prev = token(off.getTokenIndex() - 1);
        Token prev2 = token(off.getTokenIndex() - 2);
        if (prev == null || prev.getType() != PythonLexer.NAME || prev2 == null) return null;
        switch (prev2.getType()) {
            case PythonLexer.IF, PythonLexer.ELIF, PythonLexer.WHILE, PythonLexer.LPAR, PythonLexer.LSQB,
                    PythonLexer.LBRACE, PythonLexer.COMMA, PythonLexer.AT -> { }
            default -> {
                return null;
            }
        }
        Token end = endOf(off.getTokenIndex() + 1, PythonParser::bitwise_or);
        if (end == null) return null;
        Token after = token(end.getTokenIndex() + 1);
        if (after != null && (after.getType() == PythonLexer.EQUAL || after.getType() == PythonLexer.COLONEQUAL)) {
            return null;
        }
        return between("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", prev, end);
    }

    /** The index of the unmatched opening bracket before token {@code index}, or -1. */
    private int enclosingBracket(int index) {
        int depth = 0;
        for (int i = index - 1; i >= 0; i--) {
            int t = tokens.get(i).getType();
            if (t == PythonLexer.RPAR || t == PythonLexer.RSQB || t == PythonLexer.RBRACE) {
                depth++;
            } else if (t == PythonLexer.LPAR || t == PythonLexer.LSQB || t == PythonLexer.LBRACE) {
                if (depth == 0) return i;
                depth--;
            }
        }
        return -1;
    }

    private static <C> C ancestor(RuleContext ctx, Class<C> type) {
        for (RuleContext c = ctx; c != null; c = c.parent) {
            if (type.isInstance(c)) return type.cast(c);
        }
        return null;
    }

    // CPython 3.11: Grammar/python.gram invalid_expression: disjunction expression_without_invalid
    private PySyntaxError missingComma(Token off) {
        if (!insideBrackets(off) || !startsExpression(off)) return null;
        Token prev = token(off.getTokenIndex() - 1);
        if (prev == null || !endsExpression(prev)) return null;
        Token end = endOf(off.getTokenIndex(), PythonParser::expression);
        if (end == null) return null;
        int start = startOfDisjunction(off.getTokenIndex() - 1);
        if (start < 0) return null;
        Token first = tokens.get(start);
        Token second = token(start + 1);
        if (first.getType() == PythonLexer.NAME && second != null && second.getType() == PythonLexer.STRING) return null;
        return between("invalid syntax. Perhaps you forgot a comma?", first, end);
    }

    private boolean insideBrackets(Token t) {
        int depth = 0;
        for (int i = 0; i < t.getTokenIndex(); i++) {
            switch (tokens.get(i).getType()) {
                case PythonLexer.LPAR, PythonLexer.LSQB, PythonLexer.LBRACE -> depth++;
                case PythonLexer.RPAR, PythonLexer.RSQB, PythonLexer.RBRACE -> depth--;
                default -> { }
            }
        }
        return depth > 0;
    }

    private static boolean startsExpression(Token t) {
        return switch (t.getType()) {
            case PythonLexer.NAME, PythonLexer.NUMBER, PythonLexer.STRING, PythonLexer.LPAR, PythonLexer.LSQB,
                    PythonLexer.LBRACE, PythonLexer.TRUE, PythonLexer.FALSE, PythonLexer.NONE, PythonLexer.ELLIPSIS,
                    PythonLexer.MINUS, PythonLexer.PLUS, PythonLexer.TILDE, PythonLexer.NOT, PythonLexer.LAMBDA,
                    PythonLexer.AWAIT -> true;
            default -> false;
        };
    }

    private static boolean endsExpression(Token t) {
        return switch (t.getType()) {
            case PythonLexer.NAME, PythonLexer.NUMBER, PythonLexer.STRING, PythonLexer.RPAR, PythonLexer.RSQB,
                    PythonLexer.RBRACE, PythonLexer.TRUE, PythonLexer.FALSE, PythonLexer.NONE,
                    PythonLexer.ELLIPSIS -> true;
            default -> false;
        };
    }

    /**
     * The index of the first token of the disjunction that ends at {@code last}: walks back over
     * balanced brackets and operators to a separator, then checks by parsing.
     */
    private int startOfDisjunction(int last) {
        int depth = 0;
        int i = last;
        for (; i >= 0; i--) {
            int t = tokens.get(i).getType();
            if (t == PythonLexer.RPAR || t == PythonLexer.RSQB || t == PythonLexer.RBRACE) {
                depth++;
            } else if (t == PythonLexer.LPAR || t == PythonLexer.LSQB || t == PythonLexer.LBRACE) {
                if (depth == 0) break;
                depth--;
            } else if (depth == 0 && isSeparator(t)) {
                break;
            }
        }
        int start = i + 1;
        Token end = endOf(start, PythonParser::disjunction);
        return end != null && end.getTokenIndex() == last ? start : -1;
    }

    private static boolean isSeparator(int t) {
        return switch (t) {
            case PythonLexer.COMMA, PythonLexer.COLON, PythonLexer.EQUAL, PythonLexer.SEMI, PythonLexer.NEWLINE,
                    PythonLexer.INDENT, PythonLexer.DEDENT, PythonLexer.IF, PythonLexer.ELSE, PythonLexer.FOR,
                    PythonLexer.LAMBDA, PythonLexer.YIELD, PythonLexer.RETURN, PythonLexer.COLONEQUAL,
                    PythonLexer.DOUBLESTAR, PythonLexer.STAR, PythonLexer.FROM, PythonLexer.ASSERT, PythonLexer.DEL,
                    PythonLexer.RAISE, PythonLexer.WHILE, PythonLexer.ELIF, PythonLexer.WITH, PythonLexer.AS,
                    PythonLexer.IMPORT, PythonLexer.RARROW, PythonLexer.AT -> true;
            default -> t >= PythonLexer.PLUSEQUAL && t <= PythonLexer.ATEQUAL
                    || t == PythonLexer.DOUBLESTAREQUAL || t == PythonLexer.DOUBLESLASHEQUAL
                    || t == PythonLexer.LEFTSHIFTEQUAL || t == PythonLexer.RIGHTSHIFTEQUAL;
        };
    }

    // CPython 3.11: Grammar/python.gram invalid_import_from_targets
    private PySyntaxError trailingCommaInImport(Token off, ParserRuleContext ctx) {
        Token next = token(off.getTokenIndex() + 1);
        if (off.getType() != PythonLexer.COMMA || next == null || next.getType() != PythonLexer.NEWLINE) return null;
        int i = off.getTokenIndex() - 1;
        boolean sawImport = false;
        for (; i >= 0; i--) {
            int t = tokens.get(i).getType();
            if (t == PythonLexer.NEWLINE || t == PythonLexer.INDENT || t == PythonLexer.DEDENT
                    || t == PythonLexer.SEMI || t == PythonLexer.LPAR) {
                break;
            }
            sawImport |= t == PythonLexer.IMPORT;
        }
        Token first = token(i + 1);
        if (!sawImport || first == null || first.getType() != PythonLexer.FROM) return null;
        return at("trailing comma not allowed without surrounding parentheses", next);
    }

    /**
     * The last token of {@code rule} parsed from token {@code start}, or null if it does not
     * parse there; used to find the ranges CPython reports.
     */
    private Token endOf(int start, Function<PythonParser, ParserRuleContext> rule) {
        if (start < 0 || start >= tokens.size()) return null;
        int save = tokens.index();
        try {
            tokens.seek(start);
            PythonParser parser = new PythonParser(tokens);
            parser.removeErrorListeners();
            parser.setErrorHandler(new BailErrorStrategy());
            ParserRuleContext ctx = rule.apply(parser);
            Token stop = ctx.getStop();
            return stop != null && stop.getTokenIndex() >= start ? stop : null;
        } catch (ParseCancellationException | InputMismatchException failed) {
            return null;
        } finally {
            tokens.seek(save);
        }
    }
}
