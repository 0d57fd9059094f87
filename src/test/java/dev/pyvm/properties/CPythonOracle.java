package dev.pyvm.properties;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * CPython 3.11 as a server for the properties: one {@code python3} process (PYTHONHASHSEED=0)
 * that reads programs from its stdin and answers each with what it printed. Starting python3
 * costs about 0.3 s on a small machine, running a generated program a few milliseconds: a process
 * per try would make 200 tries take over a minute, the server takes seconds.
 *
 * <p>Each program is compiled as the file {@code test.py} and executed in a fresh
 * {@code __main__} namespace with stdout captured; an exception that escapes it is answered as
 * {@code Traceback (most recent call last):} and its last line, so that a generator bug (a
 * program CPython does not run to its end) shows. The programs the properties generate catch
 * their own exceptions and print them. A missing python3 fails the test (never skips), as
 * {@link dev.pyvm.testing.Python3} does.
 */
final class CPythonOracle {
    private CPythonOracle() {}

    private static final String SERVER = """
            import sys, io, contextlib, traceback, gc
            inp = sys.stdin.buffer
            out = sys.stdout.buffer
            while True:
                header = inp.readline()
                if not header:
                    break
                src = inp.read(int(header)).decode('utf-8')
                buf = io.StringIO()
                with contextlib.redirect_stdout(buf):
                    try:
                        exec(compile(src, 'test.py', 'exec'), {'__name__': '__main__'})
                    except BaseException as e:
                        print('Traceback (most recent call last):')
                        print(''.join(traceback.format_exception_only(type(e), e)), end='')
                    gc.collect()
                data = buf.getvalue().encode('utf-8')
                out.write(b'%d\\n' % len(data))
                out.write(data)
                out.flush()
            """;

    private static Process process;
    private static OutputStream toPython;
    private static InputStream fromPython;
    private static final ExecutorService READER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "cpython-oracle");
        t.setDaemon(true);
        return t;
    });

    /** What python3 prints running {@code source}. */
    static synchronized String run(String source) {
        try {
            if (process == null || !process.isAlive()) start();
            byte[] bytes = source.getBytes(StandardCharsets.UTF_8);
            toPython.write((bytes.length + "\n").getBytes(StandardCharsets.US_ASCII));
            toPython.write(bytes);
            toPython.flush();
            Future<String> answer = READER.submit(CPythonOracle::readAnswer);
            try {
                return answer.get(60, TimeUnit.SECONDS);
            } catch (java.util.concurrent.TimeoutException e) {
                process.destroyForcibly();
                process = null;
                return fail("python3 did not answer within 60 s:\n" + source);
            } catch (java.util.concurrent.ExecutionException e) {
                process = null;
                return fail("python3 oracle failed: " + e.getCause(), e.getCause());
            }
        } catch (IOException e) {
            return fail("python3 (CPython 3.11, the oracle of this test) is not available: " + e.getMessage()
                    + " — .ci/run installs it");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fail("interrupted");
        }
    }

    private static void start() throws IOException {
        ProcessBuilder pb = new ProcessBuilder(List.of("python3", "-X", "no_debug_ranges", "-c", SERVER));
        pb.environment().put("PYTHONHASHSEED", "0");
        pb.environment().put("PYTHONIOENCODING", "utf-8");
        pb.redirectError(ProcessBuilder.Redirect.INHERIT);
        process = pb.start();
        toPython = process.getOutputStream();
        fromPython = new BufferedInputStream(process.getInputStream());
        Process p = process;
        Runtime.getRuntime().addShutdownHook(new Thread(p::destroy));
    }

    private static String readAnswer() throws IOException {
        StringBuilder header = new StringBuilder();
        for (int c = fromPython.read(); c != '\n'; c = fromPython.read()) {
            if (c < 0) throw new IOException("python3 oracle exited");
            header.append((char) c);
        }
        byte[] data = fromPython.readNBytes(Integer.parseInt(header.toString().trim()));
        return new String(data, StandardCharsets.UTF_8);
    }
}
