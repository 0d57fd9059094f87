package dev.pyvm.cli;

import dev.pyvm.ast.PySyntaxError;
import dev.pyvm.bytecode.CodeObject;
import dev.pyvm.bytecode.Disassembler;
import dev.pyvm.compiler.Compiler;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code ./pyvm -m dis [-h] [-c cmd | infile]}: prints the listing of a program's code objects,
 * as CPython 3.11's {@code python3 -m dis [-h] [infile]} does (Lib/dis.py {@code _test}): the file
 * given, or standard input when there is none or it is {@code -}. {@code -c cmd} is pyvm's
 * addition, compiling {@code cmd} as {@code <string>}. Usage errors print argparse's messages and
 * exit 2; a SyntaxError prints CPython's report and exits 1.
 */
final class DisCommand {
    private DisCommand() {}

    private static final String PROG = "dis.py";
    private static final String USAGE = "usage: " + PROG + " [-h] [-c cmd] [infile]";

    static int run(CommandLine cl, PrintStream out, PrintStream err) throws CommandLine.UsageError {
        List<String> args = cl.argv().subList(1, cl.argv().size());
        if (!args.isEmpty() && args.get(0).equals("--adaptive")) return runAdaptive(cl, args.subList(1, args.size()), out, err);
        return run(args, System.in, out, err);
    }

    /**
     * {@code -m dis --adaptive prog.py [arg ...]}: runs the program (with its arguments and the -X
     * options given), then lists its code objects with the instructions as the specializing
     * interpreter left them, as CPython 3.11's {@code dis.dis(code, adaptive=True)}.
     */
    private static int runAdaptive(CommandLine cl, List<String> args, PrintStream out, PrintStream err)
            throws CommandLine.UsageError {
        if (args.isEmpty() || args.get(0).startsWith("-")) {
            return usageError(err, "--adaptive: expected a program file to run");
        }
        CommandLine program = new CommandLine(CommandLine.Mode.FILE, args.get(0), List.copyOf(args), cl.xoptions(),
                cl.environment(), cl.flags());
        Main.Exit exit = RunCommand.run(program, out, err, System.in, (session, code, listing) ->
                listing.print(Disassembler.disassembleRecursive(code, session.space.codeSlots::runningInstructions)));
        return exit.status();
    }

    /** Runs with the arguments after {@code -m dis}; {@code stdin} is read when there is no file. */
    static int run(List<String> args, InputStream stdin, PrintStream out, PrintStream err) {
        String infile = null;
        String command = null;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("-h") || a.equals("--help")) {
                out.println(USAGE);
                out.println();
                out.println("positional arguments:");
                out.println("  infile");
                out.println();
                out.println("options:");
                out.println("  -h, --help  show this help message and exit");
                out.println("  -c cmd      disassemble cmd instead of a file (pyvm)");
                out.println("  --adaptive infile [arg ...]");
                out.println("              run infile, then list the specialized instructions (pyvm)");
                return 0;
            }
            if (a.equals("-c")) {
                if (i + 1 >= args.size()) return usageError(err, "argument -c: expected one argument");
                command = args.get(++i);
            } else if (a.startsWith("-c") && a.length() > 2) {
                command = a.substring(2);
            } else if (a.startsWith("-") && !a.equals("-")) {
                return usageError(err, "unrecognized arguments: " + String.join(" ", args.subList(i, args.size())));
            } else if (infile == null && command == null) {
                infile = a;
            } else {
                return usageError(err, "unrecognized arguments: " + String.join(" ", args.subList(i, args.size())));
            }
        }
        if (command != null && infile != null) {
            return usageError(err, "unrecognized arguments: " + infile);
        }
        String source;
        String filename;
        try {
            if (command != null) {
                source = command;
                filename = "<string>";
            } else if (infile == null || infile.equals("-")) {
                source = new String(stdin.readAllBytes(), StandardCharsets.UTF_8);
                filename = "<stdin>";
            } else {
                source = readFile(infile);
                filename = infile;
            }
        } catch (CannotOpen e) {
            return usageError(err, "argument infile: can't open '" + infile + "': " + e.getMessage());
        } catch (IOException e) {
            return usageError(err, "argument infile: can't open '" + infile + "': " + e.getMessage());
        }
        CodeObject code;
        try {
            code = Compiler.compileSource(source, filename);
        } catch (PySyntaxError e) {
            err.print(e.format());
            return 1;
        } catch (RuntimeException e) {
            // A bug in pyvm, never a Java stack trace for the user.
            err.println("SystemError: pyvm's compiler failed on " + filename + ": " + e);
            return 1;
        }
        out.print(Disassembler.disassembleRecursive(code));
        out.flush();
        return 0;
    }

    /** An OSError as CPython words it: {@code [Errno 2] No such file or directory: 'x.py'}. */
    private static final class CannotOpen extends Exception {
        private static final long serialVersionUID = 1L;

        CannotOpen(String message) {
            super(message);
        }
    }

    private static String readFile(String name) throws CannotOpen, IOException {
        Path p = Path.of(name);
        if (Files.isDirectory(p)) throw new CannotOpen("[Errno 21] Is a directory: '" + name + "'");
        try {
            return new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new CannotOpen("[Errno 2] No such file or directory: '" + name + "'");
        } catch (AccessDeniedException e) {
            throw new CannotOpen("[Errno 13] Permission denied: '" + name + "'");
        }
    }

    private static int usageError(PrintStream err, String message) {
        err.println(USAGE);
        err.println(PROG + ": error: " + message);
        return 2;
    }
}
