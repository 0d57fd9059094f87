package dev.pyvm.parse;

import dev.pyvm.ast.Expr;
import dev.pyvm.ast.Module;
import dev.pyvm.ast.PySyntaxError;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/** The front end's entry points: Python source text to an immutable AST. */
public final class PythonSource {
    /**
     * Parsing runs on a thread with this much stack, so that deeply nested input (up to the
     * tokenizer's nesting limits) never depends on the caller's stack size.
     */
    private static final long PARSER_STACK_BYTES = 256L << 20;

    private PythonSource() {}

    /**
     * Parses a whole file ({@code file_input}).
     *
     * @param filename used in error messages only
     * @throws PySyntaxError with CPython 3.11's type, message and location
     */
    public static Module parse(String source, String filename) {
        return onParserStack(filename, () -> {
            SourceText text = SourceText.of(source, filename);
            Parsed<PythonParser.File_inputContext> p = run(text, text.text(), PythonParser::file_input);
            return new AstBuilder(text, p.tokens()).module(p.tree());
        });
    }

    /** Parses a single expression ({@code eval_input}), as {@code compile(source, filename, "eval")}. */
    public static Expr parseExpression(String source, String filename) {
        return onParserStack(filename, () -> {
            SourceText text = SourceText.of(source, filename);
            Parsed<PythonParser.Eval_inputContext> p = run(text, text.text(), PythonParser::eval_input);
            return new AstBuilder(text, p.tokens()).evalInput(p.tree());
        });
    }

    /**
     * Parses the expression of an f-string replacement field, which starts at {@code line} and
     * {@code col} of the enclosing source; errors are reported as CPython's "f-string: ..." ones.
     */
    static Expr fstringExpression(SourceText source, String expr, int line, int col, int depth) {
        Parsed<PythonParser.Eval_inputContext> p;
        try {
            p = run(source, "(" + expr + ")", PythonParser::eval_input);
        } catch (PySyntaxError e) {
            throw new PySyntaxError(e.type(), e.msg().startsWith("f-string") ? e.msg() : "f-string: " + e.msg(),
                    e.filename(), line + e.lineno() - 1, e.lineno() == 1 ? e.offset() + col - 1 : e.offset(),
                    line + e.endLineno() - 1, e.endLineno() == 1 ? e.endOffset() + col - 1 : e.endOffset(),
                    source.line(line));
        }
        return new AstBuilder(source, p.tokens(), line - 1, col - 1, depth).evalInput(p.tree());
    }

    record Parsed<T extends ParserRuleContext>(T tree, CommonTokenStream tokens) {}

    /**
     * Tokenizes all of {@code code} (tokenizer errors are thrown here, as CPython reports them
     * wherever they are), then parses it with SLL prediction, and again with full LL only if
     * that fails; a failure then becomes CPython's SyntaxError.
     */
    private static <T extends ParserRuleContext> Parsed<T> run(SourceText source, String code,
            Function<PythonParser, T> rule) {
        SourceText text = code.equals(source.text()) ? source : SourceText.of(code, source.filename());
        PythonLexer lexer = new PythonLexer(CharStreams.fromString(text.text(), source.filename()));
        lexer.removeErrorListeners();
        lexer.setSource(text);
        CommonTokenStream tokens = new CommonTokenStream(lexer);
        tokens.fill();
        PythonParser parser = new PythonParser(tokens);
        parser.removeErrorListeners();
        parser.setErrorHandler(new BailErrorStrategy());
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        try {
            return new Parsed<>(rule.apply(parser), tokens);
        } catch (ParseCancellationException sllFailed) {
            tokens.seek(0);
            parser.reset();
            parser.getInterpreter().setPredictionMode(PredictionMode.LL);
            try {
                return new Parsed<>(rule.apply(parser), tokens);
            } catch (ParseCancellationException failed) {
                throw new SyntaxErrors(text, tokens, lexer).toSyntaxError((RecognitionException) failed.getCause());
            }
        }
    }

    private interface ParseJob<T> {
        T run();
    }

    private static <T> T onParserStack(String filename, ParseJob<T> job) {
        AtomicReference<Object> result = new AtomicReference<>();
        Thread thread = new Thread(null, () -> {
            try {
                result.set(job.run());
            } catch (PySyntaxError e) {
                result.set(e);
            } catch (StackOverflowError e) {
                result.set(new PySyntaxError(PySyntaxError.SYNTAX_ERROR, "too complex", filename, 1, 0, 1, 0, null));
            } catch (RuntimeException | Error e) {
                result.set(e);
            }
        }, "pyvm-parser", PARSER_STACK_BYTES);
        thread.start();
        boolean interrupted = false;
        while (true) {
            try {
                thread.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
        Object r = result.get();
        if (r instanceof RuntimeException e) throw e;
        if (r instanceof Error e) throw e;
        @SuppressWarnings("unchecked")
        T t = (T) r;
        return t;
    }
}
