package dev.pyvm.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** CPython 3.11, the oracle of the differential tests. Its absence fails the test: never skips. */
public final class Python3 {
    private Python3() {}

    /**
     * Runs {@code source} as the file {@code test.py} (in a fresh directory, with
     * {@code -X no_debug_ranges}, as the test corpus is made) and returns stdout then stderr,
     * the directory's path removed so that tracebacks read {@code File "test.py"}.
     */
    public static String runScript(String source) {
        try {
            java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("pyvm-oracle");
            java.nio.file.Path file = dir.resolve("test.py");
            java.nio.file.Files.writeString(file, source);
            ProcessBuilder pb = new ProcessBuilder(List.of("python3", "-X", "no_debug_ranges", "test.py"));
            pb.directory(dir.toFile());
            pb.environment().put("PYTHONHASHSEED", "0");
            Process p = pb.start();
            p.getOutputStream().close();
            byte[] out = p.getInputStream().readAllBytes();
            byte[] err = p.getErrorStream().readAllBytes();
            if (!p.waitFor(60, TimeUnit.SECONDS)) fail("python3 did not finish");
            String text = new String(out, StandardCharsets.UTF_8) + new String(err, StandardCharsets.UTF_8);
            text = text.replace(dir.toRealPath().toString() + "/", "").replace(dir.toString() + "/", "");
            java.nio.file.Files.delete(file);
            java.nio.file.Files.delete(dir);
            return text;
        } catch (IOException e) {
            return fail("python3 (CPython 3.11, the oracle of this test) is not installed: " + e.getMessage()
                    + " — .ci/run installs it");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fail("interrupted");
        }
    }

    /** Runs {@code python3 -c script} with PYTHONHASHSEED=0 and returns its stdout. */
    public static String run(String script) {
        ProcessBuilder pb = new ProcessBuilder(List.of("python3", "-c", script));
        pb.environment().put("PYTHONHASHSEED", "0");
        pb.redirectErrorStream(false);
        try {
            Process p = pb.start();
            p.getOutputStream().close();
            byte[] out = p.getInputStream().readAllBytes();
            byte[] err = p.getErrorStream().readAllBytes();
            if (!p.waitFor(60, TimeUnit.SECONDS)) fail("python3 did not finish");
            if (p.exitValue() != 0) fail("python3 failed: " + new String(err, StandardCharsets.UTF_8));
            return new String(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return fail("python3 (CPython 3.11, the oracle of this test) is not installed: " + e.getMessage()
                    + " — .ci/run installs it");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fail("interrupted");
        }
    }
}
