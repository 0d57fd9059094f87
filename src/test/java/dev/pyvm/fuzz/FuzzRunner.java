package dev.pyvm.fuzz;

import dev.pyvm.cli.Main;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import sun.misc.Signal;

/**
 * Runs one program in-process through {@link Main#run} as {@code ./pyvm -X debugheap -X
 * showrefcount -X maxheap=32m prog.py} would, within a budget, and says what, if anything, is wrong
 * with how it ended.
 *
 * <p>The budget: pyvm has no instruction budget, so a watchdog waits {@link #BUDGET_MILLIS} and then
 * does what SIGINT does. While a program runs, pyvm's run command routes SIGINT to the running
 * interpreter (cli/Sigint: the interpreter raises KeyboardInterrupt at its next check, as
 * KeyboardInterruptTest shows against CPython). An OS signal cannot be relied on in a test JVM (a
 * JVM started with SIGINT ignored, as under a background job or some CI runners, never handles
 * it), so the watchdog calls the SIGINT handler that is registered at that moment itself, found
 * in the JDK's table of signal handlers ({@link #deliverInterrupt}). A program that still has not
 * ended {@link #GRACE_MILLIS} after the interrupt is a finding ("does not end"); its interpreter
 * thread is then stopped so that the next run can go on.
 */
final class FuzzRunner {
    static final long BUDGET_MILLIS = Long.getLong("fuzz.budget", 1500);
    static final long GRACE_MILLIS = Long.getLong("fuzz.grace", 5000);
    static final String MAXHEAP = "32m";
    /** Exit status of a program ended by an uncaught KeyboardInterrupt (cli/Session.EXIT_SIGINT). */
    static final int EXIT_SIGINT = 130;
    private static final Pattern SHOWREFCOUNT = Pattern.compile("\\[(-?\\d+) refs, (-?\\d+) blocks\\]\\n?$");
    private static final Signal INT = new Signal("INT");
    private static Path dir;
    private static final ExecutorService RUNNER = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "fuzz-runner");
        t.setDaemon(true);
        return t;
    });

    private FuzzRunner() {}

    /** How one run ended. */
    record Result(String source, String stdout, String stderr, int status, Throwable thrown, boolean interrupted,
            boolean hung, long millis) {}

    private static synchronized Path dir() {
        if (dir == null) {
            try {
                dir = Files.createTempDirectory("pyvm-fuzz");
                dir.toFile().deleteOnExit();
                // the helper modules the test programs import live beside them
                try (Stream<Path> files = Files.walk(FuzzSeeds.ROOT)) {
                    for (Path p : files.filter(p -> p.getFileName().toString().matches("mod_.*\\.py")).toList()) {
                        Path to = dir.resolve(p.getFileName());
                        if (!Files.exists(to)) Files.copy(p, to);
                        to.toFile().deleteOnExit();
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return dir;
    }

    /** Runs {@code source}; -X gcstress too when {@code gcstress}. */
    static synchronized Result run(String source, boolean gcstress) {
        Path d = dir();
        Path program = d.resolve("fuzz.py");
        try {
            Files.writeString(program, source, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> args = new ArrayList<>(List.of("-X", "debugheap", "-X", "showrefcount", "-X", "maxheap=" + MAXHEAP));
        if (gcstress) args.addAll(List.of("-X", "gcstress"));
        args.add(program.toString());
        CappedStream out = new CappedStream(), err = new CappedStream();
        PrintStream pout = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream perr = new PrintStream(err, true, StandardCharsets.UTF_8);
        InputStream stdin = System.in;
        Throwable[] thrown = {null};
        long start = System.nanoTime();
        boolean interrupted = false, hung = false;
        int status = -1;
        System.setIn(new ByteArrayInputStream("first line\nsecond\n".getBytes(StandardCharsets.UTF_8)));
        try {
            Future<Integer> f = RUNNER.submit(() -> {
                try {
                    return Main.run(args.toArray(String[]::new), pout, perr);
                } catch (Throwable t) {
                    thrown[0] = t;
                    return -1;
                }
            });
            try {
                try {
                    status = f.get(BUDGET_MILLIS, TimeUnit.MILLISECONDS);
                } catch (TimeoutException e) {
                    interrupted = true;
                    deliverInterrupt();
                    try {
                        status = f.get(GRACE_MILLIS, TimeUnit.MILLISECONDS);
                    } catch (TimeoutException e2) {
                        hung = true;
                        stopInterpreterThreads();
                        try {
                            status = f.get(GRACE_MILLIS, TimeUnit.MILLISECONDS);
                        } catch (TimeoutException e3) {
                            f.cancel(true);
                        }
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } catch (ExecutionException e) {
                thrown[0] = e.getCause();
            }
        } finally {
            System.setIn(stdin);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new Result(source, out.text(), err.text(), status, thrown[0], interrupted, hung, millis);
    }

    /**
     * Calls the SIGINT handler registered now (pyvm's, while a program runs): the JDK keeps the
     * handlers in {@code jdk.internal.misc.Signal.handlers}, read here through {@code
     * sun.misc.Unsafe} as java.base does not open that package; each handler registered through
     * {@code sun.misc.Signal} (as JLine's Signals, which pyvm uses, does) is a {@code
     * sun.misc.Signal$InternalMiscHandler} around the {@code sun.misc.SignalHandler}, which is
     * called. False when there is none.
     */
    static boolean deliverInterrupt() {
        try {
            Class<?> unsafeClass = Class.forName("sun.misc.Unsafe");
            java.lang.reflect.Field theUnsafe = unsafeClass.getDeclaredField("theUnsafe");
            theUnsafe.setAccessible(true);
            Object unsafe = theUnsafe.get(null);
            java.lang.reflect.Field handlers = Class.forName("jdk.internal.misc.Signal").getDeclaredField("handlers");
            Object base = unsafeClass.getMethod("staticFieldBase", java.lang.reflect.Field.class).invoke(unsafe, handlers);
            long offset = (long) unsafeClass.getMethod("staticFieldOffset", java.lang.reflect.Field.class).invoke(unsafe, handlers);
            java.util.Map<?, ?> table = (java.util.Map<?, ?>) unsafeClass.getMethod("getObject", Object.class, long.class)
                    .invoke(unsafe, base, offset);
            synchronized (table) {
                for (java.util.Map.Entry<?, ?> e : table.entrySet()) {
                    if (!e.getKey().toString().equals("SIGINT")) continue;
                    Object h = e.getValue();
                    java.lang.reflect.Field inner = h.getClass().getDeclaredField("handler");
                    inner.setAccessible(true);
                    ((sun.misc.SignalHandler) inner.get(h)).handle(INT);
                    return true;
                }
            }
            return false;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }

    @SuppressWarnings({"deprecation", "removal"})
    private static void stopInterpreterThreads() {
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().equals("pyvm")) t.stop();
        }
    }

    /**
     * What is wrong with how a run ended, as a short kind (the same kind for the same bug, so that a
     * reduction keeps to it) and a detail; null when nothing is.
     */
    record Problem(String kind, String detail) {
        @Override
        public String toString() {
            return kind + (detail.isEmpty() ? "" : ": " + detail);
        }
    }

    static Problem problem(Result r) {
        if (r.thrown() != null) {
            return new Problem("Java exception escaped from Main.run: " + r.thrown().getClass().getName(),
                    stackTrace(r.thrown()));
        }
        if (r.hung()) {
            return new Problem("does not end", "still running " + GRACE_MILLIS + " ms after KeyboardInterrupt was requested");
        }
        // a SystemError can be caught and printed by the program: look at both streams
        String err = r.stderr();
        String both = r.stdout() + "\n" + err;
        Matcher internal = Pattern.compile("pyvm internal error: ([\\w.$]+)").matcher(both);
        if (internal.find()) return new Problem("SystemError: pyvm internal error: " + internal.group(1), tail(err));
        Matcher corrupt = Pattern.compile("(\\w*HeapCorruption\\w*)").matcher(both);
        if (corrupt.find()) return new Problem(corrupt.group(1), tail(err));
        if (err.contains("\tat dev.pyvm") || err.contains("Exception in thread") || err.contains("\tat java.")) {
            return new Problem("Java stack trace on stderr", tail(err));
        }
        boolean mayExit = r.source().contains("exit") || r.source().contains("SystemExit");
        if (!(r.status() == 0 || r.status() == 1 || (r.interrupted() && r.status() == EXIT_SIGINT) || mayExit)) {
            return new Problem("exit status " + r.status(), tail(err));
        }
        Matcher m = SHOWREFCOUNT.matcher(err);
        if (!m.find()) return new Problem("no [refs, blocks] line at exit", tail(err));
        if (!m.group(2).equals("0")) return new Problem("blocks alive after teardown", m.group());
        if (!r.interrupted() && r.millis() > BUDGET_MILLIS + GRACE_MILLIS) {
            return new Problem("over budget", r.millis() + " ms");
        }
        return null;
    }

    private static String tail(String s) {
        List<String> lines = s.lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 12), lines.size()));
    }

    private static String stackTrace(Throwable t) {
        java.io.StringWriter w = new java.io.StringWriter();
        t.printStackTrace(new java.io.PrintWriter(w));
        List<String> lines = w.toString().lines().toList();
        return String.join("\n", lines.subList(0, Math.min(20, lines.size())));
    }

    /** Keeps the first and the last 64 KiB of what is written (a mutant may print without end). */
    static final class CappedStream extends OutputStream {
        private static final int CAP = 1 << 16;
        private final byte[] head = new byte[CAP];
        private final byte[] ring = new byte[CAP];
        private int headLength;
        private long ringCount;

        @Override
        public synchronized void write(int b) {
            if (headLength < CAP) {
                head[headLength++] = (byte) b;
            } else {
                ring[(int) (ringCount++ % CAP)] = (byte) b;
            }
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) {
            for (int i = 0; i < len; i++) write(b[off + i]);
        }

        synchronized String text() {
            StringBuilder s = new StringBuilder(new String(head, 0, headLength, StandardCharsets.UTF_8));
            if (ringCount > 0) {
                byte[] tail;
                if (ringCount <= CAP) {
                    tail = java.util.Arrays.copyOf(ring, (int) ringCount);
                } else {
                    tail = new byte[CAP];
                    int at = (int) (ringCount % CAP);
                    System.arraycopy(ring, at, tail, 0, CAP - at);
                    System.arraycopy(ring, 0, tail, CAP - at, at);
                }
                if (ringCount > CAP) s.append("\n[... ").append(ringCount - CAP).append(" bytes left out ...]\n");
                s.append(new String(tail, StandardCharsets.UTF_8));
            }
            return s.toString();
        }
    }
}
