package dev.pyvm.cli;

import java.io.PrintStream;

/** {@code ./pyvm -m dis [prog.py | -c code]}: prints the listing of a program's code objects. */
final class DisCommand {
    private DisCommand() {}

    static int run(CommandLine cl, PrintStream out, PrintStream err) {
        err.println("pyvm: -m dis: the compiler is not built yet");
        return 1;
    }
}
