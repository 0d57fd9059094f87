package dev.pyvm.cli;

import dev.pyvm.ast.PySyntaxError;
import dev.pyvm.builtins.BuiltinsIO;
import dev.pyvm.bytecode.CodeObject;
import dev.pyvm.compiler.Compiler;
import dev.pyvm.memory.HeapConfig;
import dev.pyvm.memory.OutOfHeapError;
import dev.pyvm.parse.SourceDecoder;
import dev.pyvm.vm.Interpreter;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Runs a program (a file, {@code -c} code, or standard input) as {@code python3} would: its
 * output, its traceback on stderr, its exit status; then tears the interpreter down, collects
 * what is left and, with {@code -X showrefcount}, reports what is still alive.
 */
final class RunCommand {
    /** The Java stack of the interpreter's thread: deep enough for Java-to-Python re-entry at the recursion limit. */
    private static final long INTERPRETER_STACK_BYTES = 1L << 30;

    private RunCommand() {}

    static Main.Exit run(CommandLine cl, PrintStream out, PrintStream err, InputStream in) throws CommandLine.UsageError {
        return run(cl, out, err, in, null);
    }

    /** What runs after the program, before teardown (dis --adaptive lists the code then). */
    interface AfterRun {
        void accept(Session session, CodeObject code, PrintStream out);
    }

    static Main.Exit run(CommandLine cl, PrintStream out, PrintStream err, InputStream in, AfterRun after)
            throws CommandLine.UsageError {
        Options options = Options.from(cl.xoptions());
        if (cl.flags().inspect()) {
            throw new CommandLine.UsageError("pyvm: -i (inspect interactively after running the program) is not supported");
        }
        if (cl.mode() == CommandLine.Mode.STDIN && in == System.in && System.console() != null) {
            return onInterpreterStack(() -> Main.Exit.of(Repl.runInteractive(cl, options, out, err)));
        }
        if (cl.mode() == CommandLine.Mode.MODULE) {
            return onInterpreterStack(() -> guarded(out, err, cl.flags().unbuffered(),
                    buffered -> runModule(cl, options, buffered, err, in)));
        }
        String source;
        String filename;
        boolean directory = false;
        switch (cl.mode()) {
            case FILE -> {
                Path path = Path.of(cl.target()).toAbsolutePath().normalize();
                if (Files.isDirectory(path)) {
                    // CPython 3.11: a directory runs its __main__.py as the module __main__ (runpy)
                    directory = true;
                    Path main = path.resolve("__main__.py");
                    if (!Files.isRegularFile(main)) {
                        err.println("pyvm: can't find '__main__' module in '" + path + "'");
                        return Main.Exit.of(1);
                    }
                    path = main;
                }
                try {
                    source = decode(Files.readAllBytes(path), path.toString(), options, err);
                    if (source == null) return Main.Exit.of(1);
                } catch (NoSuchFileException e) {
                    err.println("pyvm: can't open file '" + path + "': [Errno 2] No such file or directory");
                    return Main.Exit.of(2);
                } catch (IOException e) {
                    err.println("pyvm: can't open file '" + path + "': " + e.getMessage());
                    return Main.Exit.of(2);
                }
                filename = path.toString();
            }
            case COMMAND -> {
                source = cl.target();
                filename = "<string>";
            }
            default -> {
                try {
                    source = decode(in.readAllBytes(), "<stdin>", options, err);
                    if (source == null) return Main.Exit.of(1);
                } catch (IOException e) {
                    err.println("pyvm: cannot read standard input: " + e.getMessage());
                    return Main.Exit.of(2);
                }
                filename = "<stdin>";
            }
        }
        if (cl.flags().skipFirstLine() && cl.mode() != CommandLine.Mode.COMMAND) {
            // -x: the first line is not Python; it stays a line, so that line numbers are the file's
            int nl = source.indexOf('\n');
            source = nl < 0 ? "" : source.substring(nl);
        }
        String finalSource = source;
        boolean asModule = directory;
        return onInterpreterStack(() -> guarded(out, err, cl.flags().unbuffered(),
                buffered -> execute(cl, options, finalSource, filename, asModule, buffered, err, in, after)));
    }

    /** The program's text, or null when it cannot be decoded: then its SyntaxError has been printed. */
    private static String decode(byte[] bytes, String filename, Options options, PrintStream err) {
        try {
            return SourceDecoder.decode(bytes, filename);
        } catch (PySyntaxError e) {
            err.print(e.format());
            if (options.showRefcount()) err.println("[0 refs, 0 blocks]");
            return null;
        }
    }

    /** Runs {@code job} on a thread with the interpreter's deep stack and returns how it ended. */
    private static Main.Exit onInterpreterStack(java.util.function.Supplier<Main.Exit> job) {
        Main.Exit[] exit = {Main.Exit.of(0)};
        Thread thread = new Thread(null, () -> exit[0] = job.get(), "pyvm", INTERPRETER_STACK_BYTES);
        thread.start();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Main.Exit.of(1);
        }
        return exit[0];
    }

    /**
     * Runs {@code job} with stdout buffered (written through at each write with -u), turning what
     * escapes from pyvm itself (heap exhaustion, a Java stack overflow, an internal error) into
     * CPython-like reports and status 1.
     */
    private static Main.Exit guarded(PrintStream rawOut, PrintStream err, boolean unbuffered,
            java.util.function.Function<PrintStream, Main.Exit> job) {
        PrintStream out = unbuffered ? new PrintStream(rawOut, true, StandardCharsets.UTF_8)
                : new PrintStream(new BufferedOutputStream(rawOut, 1 << 16), false, StandardCharsets.UTF_8);
        try {
            return job.apply(out);
        } catch (OutOfHeapError e) {
            out.flush();
            err.println("MemoryError");
            return Main.Exit.of(1);
        } catch (StackOverflowError e) {
            out.flush();
            err.println("RecursionError: maximum recursion depth exceeded");
            return Main.Exit.of(1);
        } catch (RuntimeException | LinkageError e) {
            out.flush();
            err.println("SystemError: pyvm internal error: " + e);
            return Main.Exit.of(1);
        } finally {
            out.flush();
        }
    }

    private static Main.Exit execute(CommandLine cl, Options options, String source, String filename, boolean asModule,
            PrintStream out, PrintStream err, InputStream in, AfterRun after) {
        CodeObject code;
        try {
            code = Compiler.compileSource(source, filename, cl.flags().optimize());
        } catch (PySyntaxError e) {
            err.print(e.format());
            // the heap was never made: nothing is alive, which -X showrefcount still says
            if (options.showRefcount()) err.println("[0 refs, 0 blocks]");
            return Main.Exit.of(1);
        }
        boolean file = cl.mode() == CommandLine.Mode.FILE;
        Path dir = file ? Path.of(filename).getParent() : Path.of("").toAbsolutePath();
        Session session = newSession(cl, options, dir, file ? filename : null, out, err, in);
        if (file) session.addSource(filename, source); // CPython shows no line of -c or stdin code
        if (asModule) session.setMainSpec("__main__", filename);
        Session.Outcome outcome = runSession(session, s -> s.run(code));
        if (after != null) after.accept(session, code, out);
        session.close();
        return exit(outcome);
    }

    /** {@code -m NAME}: sys.path starts with the current directory, as CPython's. */
    private static Main.Exit runModule(CommandLine cl, Options options, PrintStream out, PrintStream err, InputStream in) {
        Session session = newSession(cl, options, Path.of("").toAbsolutePath(), null, out, err, in);
        Session.Outcome outcome = runSession(session, s -> s.runModule(cl.target()));
        session.close();
        return exit(outcome);
    }

    private static Session newSession(CommandLine cl, Options options, Path dir, String file, PrintStream out,
            PrintStream err, InputStream in) {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        return new Session(cl, options, dir, file, out, err, BuiltinsIO.of(out, reader), reader);
    }

    /** Runs {@code body} in the session with SIGINT raising KeyboardInterrupt in it. */
    private static Session.Outcome runSession(Session session,
            java.util.function.Function<Session, Session.Outcome> body) {
        Sigint.Route sigint = Sigint.routeTo(session.interp);
        try {
            return body.apply(session);
        } finally {
            sigint.close();
        }
    }

    private static Main.Exit exit(Session.Outcome outcome) {
        return new Main.Exit(outcome.status(), outcome.ending() == Session.Ending.INTERRUPTED);
    }

    /** The {@code -X} options pyvm understands. */
    record Options(HeapConfig heap, boolean showRefcount, boolean gcStress, boolean specialize, int compileThreshold) {
        static Options from(java.util.Map<String, String> x) throws CommandLine.UsageError {
            HeapConfig heap = HeapConfig.defaults();
            try {
                if (x.containsKey("arena")) heap = heap.withArenaSize(size(x, "arena"));
                if (x.containsKey("pool")) heap = heap.withPoolSize(size(x, "pool"));
                if (x.containsKey("maxheap")) heap = heap.withMaxHeap(CommandLine.parseSize("maxheap", x.get("maxheap")));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.UsageError("pyvm: " + e.getMessage());
            }
            if (x.containsKey("debugheap")) heap = heap.withDebug(true);
            if (x.containsKey("showrefcount")) heap = heap.withRefCounting(true);
            return new Options(heap, x.containsKey("showrefcount"), x.containsKey("gcstress"), !x.containsKey("nospecialize"),
                    compileThreshold(x.get("jit")));
        }

        /** {@code -X jit=off} (never compile), {@code -X jit=N} (after N entries and loops), or the default. */
        private static int compileThreshold(String value) throws CommandLine.UsageError {
            if (value == null) return Interpreter.DEFAULT_COMPILE_THRESHOLD;
            if (value.equals("off")) return -1;
            try {
                int n = Integer.parseInt(value);
                if (n >= 0) return n;
            } catch (NumberFormatException e) {
                // below
            }
            throw new CommandLine.UsageError("pyvm: -X jit: expected off or a count, not '" + value + "'");
        }

        private static int size(java.util.Map<String, String> x, String option) throws CommandLine.UsageError {
            long n = CommandLine.parseSize(option, x.get(option));
            if (n > Integer.MAX_VALUE) throw new CommandLine.UsageError("pyvm: -X " + option + ": " + x.get(option) + " is too large");
            return (int) n;
        }
    }
}
