package dev.pyvm.cli;

import java.io.PrintStream;

/** Runs a program: a file, {@code -c} code, or standard input. */
final class RunCommand {
    private RunCommand() {}

    static int run(CommandLine cl, PrintStream out, PrintStream err) throws CommandLine.UsageError {
        err.println("pyvm: the VM is not built yet");
        return 1;
    }
}
