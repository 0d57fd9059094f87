package dev.pyvm.cli;

import dev.pyvm.ast.Module;
import dev.pyvm.ast.PySyntaxError;
import dev.pyvm.ast.Stmt;
import dev.pyvm.builtins.BuiltinsIO;
import dev.pyvm.bytecode.CodeObject;
import dev.pyvm.compiler.Compiler;
import dev.pyvm.memory.OutOfHeapError;
import dev.pyvm.objects.PyException;
import dev.pyvm.parse.PythonSource;
import java.io.BufferedReader;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.file.Path;
import java.util.List;

/**
 * The interactive prompt, as CPython 3.11's: reads statements with {@code >>> } and {@code ... }
 * prompts, runs each complete one in {@code __main__} (expression values printed as their repr
 * and bound to {@code _}), prints tracebacks and syntax errors and goes on, until end of input,
 * {@code exit()} or {@code sys.exit()}.
 *
 * <p>Where an input ends is decided as CPython's interactive tokenizer and parser decide it (see
 * {@link #classify}); the lines come from a {@link Console}: the terminal through JLine
 * ({@link TerminalConsole}), or a script in tests.
 */
final class Repl {
    static final String PS1 = ">>> ";
    static final String PS2 = "... ";
    static final String FILENAME = "<stdin>";

    /** Where the lines come from. */
    interface Console {
        /**
         * Shows {@code prompt} and reads one line, without its line ending (a paste may bring
         * several lines at once, separated by {@code \n}); null at end of input.
         *
         * @param pending what standard output already shows on the cursor's line (output without a
         *                newline yet, or {@code input()}'s prompt), which a line editor redraws
         *                in front of the prompt
         * @throws Interrupted on Ctrl-C
         */
        String readLine(String prompt, String pending) throws Interrupted;

        /** At end of input, ends the prompt's line (as CPython does), unless the console has. */
        default void endOfInput(PrintStream err) {
            err.print("\n");
        }
    }

    /** Ctrl-C while a line was being read. */
    static final class Interrupted extends Exception {
        private static final long serialVersionUID = 1L;
    }

    /** What an input is. */
    enum Kind { MORE, COMPLETE, ERROR }

    /** An input's kind, with its code when complete (null when it has no statement) or its error when wrong. */
    record Verdict(Kind kind, CodeObject code, PySyntaxError error) {
        static final Verdict MORE = new Verdict(Kind.MORE, null, null);

        static Verdict complete(CodeObject code) {
            return new Verdict(Kind.COMPLETE, code, null);
        }

        static Verdict error(PySyntaxError e) {
            return new Verdict(Kind.ERROR, null, e);
        }
    }

    private final Session session;
    private final Console console;
    private final PrintStream out;
    private final PrintStream err;
    private final LineTail tail;
    private StringBuilder buffer;

    /**
     * @param tail what stdout shows on its last line, or null if unknown (then nothing is redrawn)
     */
    Repl(Session session, Console console, PrintStream out, PrintStream err, LineTail tail) {
        this.session = session;
        this.console = console;
        this.out = out;
        this.err = err;
        this.tail = tail;
    }

    /**
     * Runs {@code ./pyvm} on a terminal: banner, prompt loop, teardown; returns the exit status.
     */
    static int runInteractive(CommandLine cl, RunCommand.Options options, PrintStream rawOut, PrintStream err) {
        try (TerminalConsole console = TerminalConsole.open()) {
            LineTail tail = new LineTail(rawOut);
            PrintStream out = new PrintStream(new java.io.BufferedOutputStream(tail, 1 << 16), false,
                    java.nio.charset.StandardCharsets.UTF_8);
            Repl[] self = new Repl[1];
            BuiltinsIO io = new BuiltinsIO() {
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
                    return self[0].readInput();
                }
            };
            BufferedReader stdin = new BufferedReader(new Reader() {
                @Override
                public int read(char[] cbuf, int off, int len) {
                    return self[0].readStdin(cbuf, off, len);
                }

                @Override
                public void close() {}
            });
            Session session = new Session(cl, options, Path.of("").toAbsolutePath(), null, out, err, io, stdin);
            Repl repl = new Repl(session, console, out, err, tail);
            self[0] = repl;
            console.onInterrupt(session.interp);
            if (!cl.flags().quiet()) {
                err.println(Main.VERSION + " on " + System.getProperty("os.name", "?").toLowerCase(java.util.Locale.ROOT));
                err.println("Type \"exit()\" or Ctrl-D (i.e. EOF) to exit.");
            }
            int status = repl.loop();
            session.close();
            return status;
        }
    }

    /** The prompt loop: returns the exit status (0 at end of input, or what SystemExit asks). */
    int loop() {
        buffer = null;
        while (true) {
            out.flush();
            err.flush();
            session.interp.clearInterrupt(); // a Ctrl-C that came after the code it was meant for ended
            String line;
            try {
                line = readLine(buffer == null ? PS1 : PS2);
            } catch (Interrupted e) {
                err.print("KeyboardInterrupt\n"); // the line editor has ended the line
                buffer = null;
                continue;
            }
            if (line == null) {
                console.endOfInput(err);
                err.flush();
                if (buffer == null) return 0;
                // CPython: end of input ends the pending statement too
                Integer status = finish(null, true);
                if (status != null) return status;
                continue;
            }
            for (String l : line.split("\n", -1)) {
                Integer status = feed(l);
                if (status != null) return status;
            }
        }
    }

    /** Takes one line; returns an exit status when the session is to end, else null. */
    Integer feed(String line) {
        if (buffer == null) {
            if (line.isBlank()) return null;
            buffer = new StringBuilder(line);
        } else {
            buffer.append('\n').append(line);
        }
        Verdict v = classify(buffer.toString(), session.optimize());
        if (v.kind() == Kind.MORE) return null;
        return finish(v, false);
    }

    /** Reports the error, or runs the complete input; empties the buffer. */
    private Integer finish(Verdict v, boolean atEof) {
        String source = buffer.append('\n').toString(); // each line with its newline, as the tokenizer reads them
        buffer = null;
        if (atEof) {
            try {
                v = compile(PythonSource.parse(source, FILENAME), source, session.optimize());
            } catch (PySyntaxError e) {
                v = Verdict.error(e);
            }
        }
        if (v.kind() == Kind.ERROR) {
            out.flush();
            err.print(v.error().format());
            err.flush();
            return null;
        }
        CodeObject code = v.code();
        if (code == null) return null;
        try {
            Session.Outcome outcome = session.run(code);
            return outcome.ending() == Session.Ending.EXITED ? outcome.status() : null;
        } catch (OutOfHeapError e) {
            out.flush();
            err.println("MemoryError");
        } catch (StackOverflowError e) {
            out.flush();
            err.println("RecursionError: maximum recursion depth exceeded");
        } catch (RuntimeException | LinkageError e) {
            out.flush();
            err.println("SystemError: pyvm internal error: " + e);
        }
        return null;
    }

    /** Reads a line at {@code prompt}, after what stdout's last line shows; the line then ends (Enter). */
    private String readLine(String prompt) throws Interrupted {
        try {
            return console.readLine(prompt, tail == null ? "" : tail.text());
        } finally {
            if (tail != null) tail.clear();
        }
    }

    /** {@code input()}: a line read at the prompt input() printed; KeyboardInterrupt on Ctrl-C. */
    String readInput() {
        out.flush();
        try {
            return readLine("");
        } catch (Interrupted e) {
            int type = session.space.exceptions.byName().get("KeyboardInterrupt");
            throw new PyException(session.space.exceptions.newException(type, session.space.newTuple()));
        }
    }

    private String stdinLine;
    private int stdinPos;

    /** {@code sys.stdin}: lines read from the terminal, each with its newline; -1 at end of input. */
    int readStdin(char[] cbuf, int off, int len) {
        if (stdinLine == null || stdinPos >= stdinLine.length()) {
            String line = readInput();
            if (line == null) return -1;
            stdinLine = line + "\n";
            stdinPos = 0;
        }
        int n = Math.min(len, stdinLine.length() - stdinPos);
        stdinLine.getChars(stdinPos, stdinPos + n, cbuf, off);
        stdinPos += n;
        return n;
    }

    // ---- where an input ends ----

    /**
     * Whether {@code source} (the lines typed so far, joined by {@code \n}; a trailing
     * {@code \n} is an empty last line) is a complete input, needs more lines, or is wrong — as
     * CPython 3.11's interactive mode decides, which reads tokens line by line and fails as soon
     * as a token cannot continue the statement:
     * <ul>
     * <li>an open bracket, a triple-quoted string or a backslash at the end always want more;
     * <li>otherwise an empty line ends the statement: it is compiled, errors and all;
     * <li>a syntax error wants more if it is about the end of the input: when one more line
     *     (more indented than the last, so that it cannot be an indentation error) changes the
     *     error, the error was the input ending, not a wrong token;
     * <li>a compound statement wants more until an empty line; a simple one is complete;
     * <li>a second statement on a later line is an error ("single" mode takes one statement).
     * </ul>
     */
    static Verdict classify(String source) {
        return classify(source, 0);
    }

    /** {@link #classify(String)}, compiling at -O level {@code optimize}. */
    static Verdict classify(String source, int optimize) {
        int nl = source.lastIndexOf('\n');
        String last = source.substring(nl + 1);
        boolean endsBlank = nl >= 0 && last.isEmpty(); // a line of spaces does not end a block
        if (continued(last)) return Verdict.MORE;
        Module module;
        try {
            module = PythonSource.parse(source + "\n", FILENAME);
        } catch (PySyntaxError e) {
            if (endsAtEof(e)) return Verdict.MORE;
            if (endsBlank) return Verdict.error(atEmptyLine(e));
            String indent = last.substring(0, last.length() - last.stripLeading().length());
            try {
                PythonSource.parse(source + "\n" + indent + " pass\n", FILENAME);
                return Verdict.MORE;
            } catch (PySyntaxError probe) {
                boolean same = probe.type().equals(e.type()) && probe.msg().equals(e.msg())
                        && probe.lineno() == e.lineno();
                return same ? Verdict.error(e) : Verdict.MORE;
            }
        }
        List<Stmt> body = module.body();
        if (body.isEmpty()) return Verdict.complete(null);
        Stmt first = body.get(0);
        boolean compound = isCompound(first);
        // (a compound statement cannot have a second one on its line: no ';' after a block)
        if (body.size() > 1 && (compound || body.get(1).pos().lineno() > first.pos().endLineno())) {
            var at = body.get(1).pos();
            String text = PySyntaxError.lineOf(source + "\n", at.lineno());
            return Verdict.error(compound
                    ? new PySyntaxError(PySyntaxError.SYNTAX_ERROR, "invalid syntax", FILENAME, at.lineno(),
                            at.colOffset() + 1, at.lineno(), at.colOffset() + 1 + tokenLength(text, at.colOffset()),
                            text)
                    : new PySyntaxError(PySyntaxError.SYNTAX_ERROR,
                            "multiple statements found while compiling a single statement", FILENAME,
                            first.pos().lineno(), first.pos().colOffset() + 1, first.pos().lineno(),
                            first.pos().colOffset() + 1, PySyntaxError.lineOf(source + "\n", first.pos().lineno())));
        }
        if (compound && !endsBlank) return Verdict.MORE;
        return compile(module, source + "\n", optimize);
    }

    /** Compiles a complete input in interactive mode (expression values printed); the compiler's errors too. */
    private static Verdict compile(Module module, String source, int optimize) {
        try {
            return Verdict.complete(Compiler.compileInteractive(module, FILENAME, source, optimize));
        } catch (PySyntaxError e) {
            return Verdict.error(e);
        }
    }

    /**
     * An error on the empty line that ended the input: CPython's interactive tokenizer puts it at
     * column 1 of that line (a caret under nothing), where reading a file gives no column.
     */
    private static PySyntaxError atEmptyLine(PySyntaxError e) {
        if (e.offset() >= 1 || !"\n".equals(e.text())) return e;
        return new PySyntaxError(e.type(), e.msg(), e.filename(), e.lineno(), 1, e.endLineno(), 2, e.text());
    }

    /** The tokenizer's errors at the end of the input: it is inside brackets, a string or a continued line. */
    private static boolean endsAtEof(PySyntaxError e) {
        String m = e.msg();
        return m.endsWith("was never closed") || m.startsWith("unterminated triple-quoted string literal")
                || m.equals("unexpected EOF while parsing");
    }

    /** Whether a line ends with a backslash that continues it (not one in a comment). */
    private static boolean continued(String line) {
        if (!line.endsWith("\\")) return false;
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == '\\') i++;
                else if (c == quote) quote = 0;
            } else if (c == '#') {
                return false;
            } else if (c == '\'' || c == '"') {
                quote = c;
            }
        }
        return true;
    }

    private static boolean isCompound(Stmt s) {
        return s instanceof Stmt.If || s instanceof Stmt.For || s instanceof Stmt.While || s instanceof Stmt.Try
                || s instanceof Stmt.With || s instanceof Stmt.FunctionDef || s instanceof Stmt.ClassDef;
    }

    /** The length of the name (or else the one character) at {@code col} of {@code text}. */
    private static int tokenLength(String text, int col) {
        if (text == null || col >= text.length()) return 1;
        int i = col;
        while (i < text.length() && Character.isJavaIdentifierPart(text.charAt(i))) i++;
        return Math.max(1, i - col);
    }
}
