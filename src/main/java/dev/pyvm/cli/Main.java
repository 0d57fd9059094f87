package dev.pyvm.cli;

import java.io.PrintStream;

/** {@code ./pyvm}: parses the command line and hands it to the part of pyvm that runs it. */
public final class Main {

    public static final String VERSION = "pyvm 0.1.0 (Python 3.11 subset)";

    private Main() {}

    /** How pyvm ends: with an exit status, or by SIGINT (after an uncaught KeyboardInterrupt, as CPython). */
    record Exit(int status, boolean bySigint) {
        static Exit of(int status) {
            return new Exit(status, false);
        }
    }

    public static void main(String[] args) {
        Exit exit = execute(args, System.getenv(), System.out, System.err);
        if (exit.bySigint()) Sigint.exitBySignal();
        // pyvm has closed its files and registers no shutdown hook: halt, after flushing, spares
        // System.exit's shutdown sequence (on JDK 21+ it sets up System.Logger to log the exit,
        // ~10 ms of a 0.2 s start-up)
        System.out.flush();
        System.err.flush();
        Runtime.getRuntime().halt(exit.status());
    }

    /** Runs pyvm as {@code ./pyvm args...} would and returns the exit status. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, System.getenv(), out, err);
    }

    /** {@link #run(String[], PrintStream, PrintStream)} in environment {@code env} ({@code PYTHONPATH}). */
    public static int run(String[] args, java.util.Map<String, String> env, PrintStream out, PrintStream err) {
        return execute(args, env, out, err).status();
    }

    private static Exit execute(String[] args, java.util.Map<String, String> env, PrintStream out, PrintStream err) {
        CommandLine cl;
        try {
            cl = CommandLine.parse(args, env);
        } catch (CommandLine.UsageError e) {
            err.println(e.getMessage());
            return Exit.of(e.status());
        }
        try {
            return switch (cl.mode()) {
                case HELP -> {
                    out.print(CommandLine.HELP);
                    yield Exit.of(0);
                }
                case VERSION -> {
                    // -VV: CPython adds its build; pyvm the JVM it runs on
                    out.println(cl.target() == null ? VERSION : VERSION + " [Java " + Runtime.version() + ", "
                            + System.getProperty("java.vm.vendor", "?") + "]");
                    yield Exit.of(0);
                }
                case MODULE -> {
                    // dis is pyvm's own command; any other name is a module of the program's
                    if (cl.target().equals("dis")) yield Exit.of(DisCommand.run(cl, out, err));
                    yield RunCommand.run(cl, out, err, System.in);
                }
                case FILE, COMMAND, STDIN -> RunCommand.run(cl, out, err, System.in);
            };
        } catch (CommandLine.UsageError e) {
            err.println(e.getMessage());
            return Exit.of(e.status());
        }
    }
}
