package dev.pyvm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.pyvm.builtins.BuiltinsIO;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * SIGINT against CPython 3.11: each program prints "ready" and then runs until interrupted; it is
 * run under python3 and under pyvm, sent SIGINT once "ready" is out, and both must print the
 * same, show the same traceback and end the same way (an uncaught KeyboardInterrupt ends the
 * process by SIGINT). The interactive prompt goes on
 * after an interrupted statement, as {@code python3 -i} does.
 */
class KeyboardInterruptTest {
    private static final Pattern SHOWREFCOUNT = Pattern.compile("\\[(-?\\d+) refs, (-?\\d+) blocks\\]\\n$");
    /**
     * Runs a command as its child, with SIGINT's default action (an ignored SIGINT would be
     * inherited otherwise), and then writes the child's return code as Python gives it: -2 for a
     * process killed by SIGINT, which {@link Process#exitValue} would not tell from exit(130).
     */
    private static final List<String> RUNNER = List.of("python3", "-c", """
            import signal, subprocess, sys
            rc = subprocess.call(sys.argv[1:], preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
            sys.stderr.write("[returncode %d]\\n" % rc)
            """);
    private static final Pattern RETURNCODE = Pattern.compile("\\[returncode (-?\\d+)\\]\\n$");

    private static final Map<String, String> PROGRAMS = Map.of(
            "uncaught in a loop, finally runs", """
                    import sys
                    def spin():
                        n = 0
                        while True:
                            n += 1
                    try:
                        print("ready")
                        sys.stdout.flush()
                        spin()
                    finally:
                        print("finally runs")
                    """,
            "caught, then the program goes on", """
                    import sys
                    n = 0
                    try:
                        print("ready")
                        sys.stdout.flush()
                        for i in iter(int, 1):
                            n += 1
                    except KeyboardInterrupt as e:
                        print("caught", type(e).__name__, repr(e), e.args, n > 0)
                    finally:
                        print("finally runs")
                    print("after")
                    """,
            "calls without a loop", """
                    import sys
                    def down(n):
                        if n:
                            down(n - 1)
                            down(n - 1)
                    print("ready")
                    sys.stdout.flush()
                    try:
                        down(60)
                    except KeyboardInterrupt:
                        print("caught")
                    """,
            "in time.sleep", """
                    import sys, time
                    print("ready")
                    sys.stdout.flush()
                    time.sleep(600)
                    """);

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"uncaught in a loop, finally runs", "caught, then the program goes on",
        "calls without a loop", "in time.sleep"})
    void sigintAsPython3(String name) throws Exception {
        Path dir = Files.createTempDirectory("pyvm-sigint");
        Path program = dir.resolve("test.py");
        Files.writeString(program, PROGRAMS.get(name));
        try {
            Ending python = interrupted(dir, "python3", List.of("python3", "-X", "no_debug_ranges", "test.py"), "");
            Ending pyvm = interrupted(dir, "pyvm", List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), "dev.pyvm.cli.Main", "-X", "showrefcount",
                    "test.py"), "");
            Matcher m = SHOWREFCOUNT.matcher(pyvm.stderr);
            assertTrue(m.find(), "no [refs, blocks] line at exit: " + pyvm.stderr);
            assertEquals("0", m.group(2), "blocks alive after the final collection");
            assertEquals(python.stdout, pyvm.stdout, "stdout");
            assertEquals(python.stderr, pyvm.stderr.substring(0, m.start()), "stderr");
            assertEquals(python.status, pyvm.status, "exit status");
        } finally {
            Files.delete(program);
            Files.delete(dir);
        }
    }

    @Test
    @Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aStatementInterruptedAtThePromptAsPython3Interactive() throws Exception {
        String session = "n = 0\nif 1:\n    print('ready', flush=True)\n    while True:\n        n += 1\n\nprint('after', n > 0)\n";
        Path dir = Files.createTempDirectory("pyvm-sigint");
        Ending python;
        try {
            python = interrupted(dir, "python3 -i", List.of("python3", "-q", "-i"), session);
        } finally {
            Files.delete(dir);
        }

        ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
        ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(outBytes, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);
        BufferedReader stdin = new BufferedReader(new StringReader(""));
        Session s = new Session(CommandLine.parse(new String[0]), RunCommand.Options.from(Map.of()),
                Path.of("").toAbsolutePath(), null, out, err, BuiltinsIO.of(out, stdin), stdin);
        Deque<String> lines = new ArrayDeque<>(List.of(session.split("\n", -1)));
        lines.removeLast();
        Repl.Console console = (prompt, pending) -> {
            err.print(prompt);
            return lines.poll();
        };
        // the "Ctrl-C": once the statement has printed "ready", as the signal is sent above
        CompletableFuture<Void> ctrlC = CompletableFuture.runAsync(() -> {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (!outBytes.toString(StandardCharsets.UTF_8).contains("ready") && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            s.interp.interrupt();
        });
        int status = new Repl(s, console, out, err, null).loop();
        ctrlC.get(30, TimeUnit.SECONDS);
        s.close();
        assertEquals(python.stdout, outBytes.toString(StandardCharsets.UTF_8), "stdout");
        assertEquals(python.stderr, errBytes.toString(StandardCharsets.UTF_8), "stderr (prompts and traceback)");
        assertEquals(python.status, status, "exit status");
    }

    /** What a process printed and how it ended. */
    private record Ending(String stdout, String stderr, int status) {}

    /**
     * Runs {@code command} ({@code name} in messages) in dir with {@code input} on its stdin, sends
     * it SIGINT once it has printed "ready", and collects its output (the directory taken out of paths).
     */
    private static Ending interrupted(Path dir, String name, List<String> command, String input)
            throws IOException, InterruptedException {
        List<String> full = new ArrayList<>(RUNNER);
        full.addAll(command);
        Process p = new ProcessBuilder(full).directory(dir.toFile()).start();
        try {
            p.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
            p.getOutputStream().close();
            ByteArrayOutputStream stdout = new ByteArrayOutputStream();
            CompletableFuture<Void> out = CompletableFuture.runAsync(() -> copy(p.getInputStream(), stdout));
            CompletableFuture<String> stderr = CompletableFuture.supplyAsync(() -> readAll(p.getErrorStream()));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!stdout.toString(StandardCharsets.UTF_8).contains("ready\n")) {
                if (!p.isAlive() || System.nanoTime() > deadline) {
                    fail(name + " did not get ready: " + stdout.toString(StandardCharsets.UTF_8));
                }
                Thread.sleep(10);
            }
            Thread.sleep(300); // well into what it runs
            long pid = p.toHandle().children().findFirst().orElseThrow().pid();
            new ProcessBuilder("/bin/sh", "-c", "kill -INT " + pid).start().waitFor();
            if (!p.waitFor(30, TimeUnit.SECONDS)) fail(name + " did not end after SIGINT");
            out.join();
            String where = dir.toString() + "/";
            String err = stderr.join().replace(where, "");
            Matcher rc = RETURNCODE.matcher(err);
            if (!rc.find()) fail("no return code from " + name + ": " + err);
            return new Ending(stdout.toString(StandardCharsets.UTF_8).replace(where, ""), err.substring(0, rc.start()),
                    Integer.parseInt(rc.group(1)));
        } finally {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
        }
    }

    private static void copy(InputStream in, ByteArrayOutputStream to) {
        try {
            in.transferTo(to);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String readAll(InputStream in) {
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
