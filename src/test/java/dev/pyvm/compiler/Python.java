package dev.pyvm.compiler;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Runs python3, the oracle. Missing python3 is a failure, never a skip. */
final class Python {
    private Python() {}

    /** Runs {@code python3 args...}, returns stdout; throws with stderr if it fails. */
    static String run(List<String> args) {
        return run(args, null);
    }

    static String run(List<String> args, String stdin) {
        List<String> cmd = new ArrayList<>();
        cmd.add("python3");
        cmd.addAll(args);
        try {
            Process p = new ProcessBuilder(cmd).start();
            if (stdin != null) p.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
            p.getOutputStream().close();
            byte[] out = p.getInputStream().readAllBytes();
            byte[] err = p.getErrorStream().readAllBytes();
            int rc = p.waitFor();
            if (rc != 0) {
                throw new IllegalStateException("python3 failed (" + rc + "): " + new String(err, StandardCharsets.UTF_8));
            }
            return new String(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("python3 is required for this test and could not be run: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
