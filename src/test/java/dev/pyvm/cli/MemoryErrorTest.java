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

    @Test
    void repetitionFailingMidwayLeavesNothing() throws Exception {
        // [0] * n filled by appends shrank its new storage and grew it again; a growth refused
        // midway dropped the new list without freeing it (2 blocks)
        for (int n : new int[] {30, 50, 100}) {
            String[] r = run("x = []\ntry:\n    while True:\n        y = [0] * " + n + "\n        x.append(y)\n"
                    + "except MemoryError:\n    print('caught')\ndel x, y\n");
            assertEquals("caught\n", r[0]);
            assertTrue(r[1].endsWith("[0 refs, 0 blocks]\n"), n + ": " + r[1]);
        }
    }

    @Test
    void hugeIntFromTextLeavesNothing() throws Exception {
        String[] r = run("import sys\nbig = '9' * 100000\ntry:\n    int(big)\nexcept ValueError as e:\n    print('limit')\n"
                + "sys.set_int_max_str_digits(0)\nx = []\ntry:\n    while True:\n        x.append([0] * 50)\n"
                + "except MemoryError:\n    pass\nfor i in range(50):\n    try:\n        v = int(big)\n        del v\n"
                + "    except MemoryError:\n        pass\n    x.append([0] * 50)\nprint(len(str(int(big[:3000]))))\n");
        assertTrue(r[0].startsWith("limit\n"), r[0]);
        assertTrue(r[1].endsWith("[0 refs, 0 blocks]\n"), r[1]);
    }
}
