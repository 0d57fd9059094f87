package dev.pyvm.cli;

import dev.pyvm.ast.PySyntaxError;
import dev.pyvm.builtins.BuiltinsIO;
import dev.pyvm.bytecode.CodeObject;
import dev.pyvm.compiler.Compiler;
import dev.pyvm.memory.HeapConfig;
import dev.pyvm.memory.OutOfHeapError;
import dev.pyvm.parse.SourceDecoder;
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
        if (cl.mode() == CommandLine.Mode.STDIN && in == System.in && System.console() != null) {
            return onInterpreterStack(() -> Main.Exit.of(Repl.runInteractive(cl, options, out, err)));
        }
        String source;
        String filename;
        switch (cl.mode()) {
            case FILE -> {
                Path path = Path.of(cl.target()).toAbsolutePath().normalize();
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
        String finalSource = source;
        return onInterpreterStack(() -> execute(cl, options, finalSource, filename, out, err, in, after));
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

    private static Main.Exit execute(CommandLine cl, Options options, String source, String filename, PrintStream rawOut,
            PrintStream err, InputStream in, AfterRun after) {
        PrintStream out = new PrintStream(new BufferedOutputStream(rawOut, 1 << 16), false, StandardCharsets.UTF_8);
        try {
            CodeObject code;
            try {
                code = Compiler.compileSource(source, filename);
            } catch (PySyntaxError e) {
                err.print(e.format());
                // the heap was never made: nothing is alive, which -X showrefcount still says
                if (options.showRefcount()) err.println("[0 refs, 0 blocks]");
                return Main.Exit.of(1);
            }
            return runCompiled(cl, options, code, source, filename, out, err, in, after);
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

    private static Main.Exit runCompiled(CommandLine cl, Options options, CodeObject code, String source, String filename,
            PrintStream out, PrintStream err, InputStream in, AfterRun after) {
        boolean file = cl.mode() == CommandLine.Mode.FILE;
        Path dir = file ? Path.of(filename).getParent() : Path.of("").toAbsolutePath();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        Session session = new Session(cl, options, dir, file ? filename : null, out, err, BuiltinsIO.of(out, reader),
                reader);
        session.addSource(filename, source);
        Session.Outcome outcome;
        Sigint.Route sigint = Sigint.routeTo(session.interp);
        try {
            outcome = session.run(code);
        } finally {
            sigint.close();
        }
        if (after != null) after.accept(session, code, out);
        session.close();
        return new Main.Exit(outcome.status(), outcome.ending() == Session.Ending.INTERRUPTED);
    }

    /** The {@code -X} options pyvm understands. */
    record Options(HeapConfig heap, boolean showRefcount, boolean gcStress, boolean specialize) {
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
            return new Options(heap, x.containsKey("showrefcount"), x.containsKey("gcstress"), !x.containsKey("nospecialize"));
        }

        private static int size(java.util.Map<String, String> x, String option) throws CommandLine.UsageError {
            long n = CommandLine.parseSize(option, x.get(option));
            if (n > Integer.MAX_VALUE) throw new CommandLine.UsageError("pyvm: -X " + option + ": " + x.get(option) + " is too large");
            return (int) n;
        }
    }
}
