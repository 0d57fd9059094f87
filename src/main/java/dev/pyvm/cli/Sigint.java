package dev.pyvm.cli;

import dev.pyvm.vm.Interpreter;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * SIGINT (Ctrl-C, {@code kill -INT}) as CPython 3.11 takes it. While a program runs, the signal
 * makes the interpreter raise KeyboardInterrupt at its next check (CPython installs
 * {@code signal.default_int_handler}; a SIGINT ignored when the process started stays ignored,
 * which the JVM does by itself). A program that ends by an uncaught KeyboardInterrupt ends the
 * process by SIGINT, after the teardown (Modules/main.c exit_sigint()), so that its parent sees it
 * killed by the signal. The JDK's {@code sun.misc.Signal} (module jdk.unsupported) routes it;
 * JLine's wrapper of it is not used here, as it sets up java.util.logging (a tenth of start-up).
 */
final class Sigint {
    private static final String INT = "INT";

    /** A routing of SIGINT; closing it puts the previous handler back. */
    interface Route extends AutoCloseable {
        @Override
        void close();
    }

    private Sigint() {}

    /** Sends SIGINT to {@code interp} as an interrupt until the returned route is closed. */
    static Route routeTo(Interpreter interp) {
        Signal sigint = new Signal(INT);
        SignalHandler previous;
        try {
            previous = Signal.handle(sigint, s -> interp.interrupt());
        } catch (IllegalArgumentException e) {
            return () -> {}; // the JVM keeps SIGINT (-Xrs)
        }
        return () -> Signal.handle(sigint, previous);
    }

    /**
     * Ends the process by SIGINT, as CPython after an uncaught KeyboardInterrupt; returns only
     * where that is not possible (the caller then exits with {@link Session#EXIT_SIGINT}). The JDK
     * raises only signals it handles, so a shell's {@code kill} sends it.
     */
    static void exitBySignal() {
        System.out.flush();
        System.err.flush();
        try {
            Signal.handle(new Signal(INT), SignalHandler.SIG_DFL);
        } catch (IllegalArgumentException e) {
            // the JVM keeps SIGINT: the exit status says it instead
        }
        try {
            new ProcessBuilder("/bin/sh", "-c", "kill -INT " + ProcessHandle.current().pid())
                    .redirectErrorStream(true).start().waitFor();
            Thread.sleep(1000); // the signal is on its way
        } catch (java.io.IOException e) {
            // no shell: the exit status says it instead
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
