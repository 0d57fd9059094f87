package dev.pyvm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A finalizer that imports while the teardown's last collections run, after sys.modules is gone
 * (the fuzzer's finding): it gets CPython's ImportError, reported as ignored, and the heap stays
 * whole (it read the freed sys.modules before).
 */
class TeardownImportTest {

    @Test
    @DisplayName("an import in a __del__ run at teardown raises ImportError, no heap corruption, no block left")
    void importInFinalizerAtTeardown() throws Exception {
        Path p = Files.createTempDirectory("teardown").resolve("prog.py");
        Files.writeString(p, """
                class D:
                    def __del__(self):
                        import gc
                        from math import sqrt
                objs = [D() for _ in range(3)]
                """);
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int rc = Main.run(new String[] {"-X", "debugheap", "-X", "gcstress", "-X", "showrefcount", p.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        String e = err.toString(StandardCharsets.UTF_8);
        assertEquals(0, rc, e);
        assertFalse(e.contains("SystemError") || e.contains("HeapCorruption"), e);
        assertTrue(e.contains("ImportError: sys.meta_path is None, Python is likely shutting down"), e);
        assertTrue(e.strip().endsWith("[0 refs, 0 blocks]"), e);
    }
}
