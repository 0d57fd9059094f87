package dev.pyvm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** MemoryError under -X maxheap=8m: raised where the allocation failed, printed, nothing leaked. */
class MemoryErrorTest {

    @TempDir
    Path dir;

    private String[] run(String source) throws Exception {
        Path p = dir.resolve("m.py");
        Files.writeString(p, source);
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int rc = Main.run(new String[] {"-X", "maxheap=8m", "-X", "showrefcount", "-X", "debugheap", p.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new String[] {out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), "" + rc};
    }

    @Test
    void hugeRepetitionCaughtLeavesNothing() throws Exception {
        String[] r = run("try:\n    x = [0] * 10**9\nexcept MemoryError:\n    print('caught')\n");
        assertEquals("caught\n", r[0]);
        assertTrue(r[1].endsWith("[0 refs, 0 blocks]\n"), r[1]);
    }

    @Test
    void appendUntilFullCaughtLeavesNothing() throws Exception {
        String[] r = run("x = []\ntry:\n    while True:\n        x.append([0, 1] * 500)\nexcept MemoryError:\n    print('caught')\ndel x\n");
        assertEquals("caught\n", r[0]);
        assertTrue(r[1].endsWith("[0 refs, 0 blocks]\n"), r[1]);
    }

    @Test
    void smallBlocksExhaustHeapWithTraceback() throws Exception {
        String[] r = run("x = []\nwhile True:\n    x.append([0] * 5)\n");
        assertEquals("1", r[2]);
        assertTrue(r[1].startsWith("Traceback (most recent call last):\n"), r[1]);
        assertTrue(r[1].endsWith("MemoryError\n[0 refs, 0 blocks]\n"), r[1]);
    }
}
