package dev.pyvm.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pyvm.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** {@code ./pyvm -m dis}: arguments, errors and exit status as {@code python3 -m dis}. */
class DisCommandTest {

    private record Result(int status, String out, String err) {}

    private static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int status = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** python3 -m dis ARGS: exit status and the last line of stderr. */
    private static Result python(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("python3", "-m", "dis"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(p.waitFor(), out, err);
    }

    private static String lastLines(String s, int n) {
        String[] lines = s.split("\n");
        return String.join("\n", List.of(lines).subList(Math.max(0, lines.length - n), lines.length));
    }

    @Test
    @DisplayName("a file is listed, code objects of the functions after the module's")
    void listsAFile() throws IOException {
        Path dir = Files.createTempDirectory("dis");
        Path file = dir.resolve("prog.py");
        Files.writeString(file, "def f(x):\n    return x + 1\n");
        Result r = run("-m", "dis", file.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("Disassembly of <code object f at 0x"), r.out());
        assertTrue(r.out().contains("BINARY_OP                0 (+)"), r.out());
    }

    @Test
    @DisplayName("-c code is listed as <string>")
    void listsCommand() {
        Result r = run("-m", "dis", "-c", "x = 1");
        assertEquals(0, r.status());
        assertEquals("""
                  1           0 LOAD_CONST               0 (1)
                              1 STORE_NAME               0 (x)
                              2 LOAD_CONST               1 (None)
                              3 RETURN_VALUE
                """, r.out());
    }

    @Test
    @DisplayName("a missing file is refused with CPython's message and exit status 2")
    void missingFile() throws Exception {
        Result ours = run("-m", "dis", "no_such_file.py");
        Result cpython = python("no_such_file.py");
        assertEquals(cpython.status(), ours.status());
        assertEquals(lastLines(cpython.err(), 1), lastLines(ours.err(), 1));
    }

    @Test
    @DisplayName("extra arguments are refused as argparse does, exit status 2")
    void extraArguments() throws Exception {
        Result ours = run("-m", "dis", "a.py", "b.py");
        Result cpython = python("a.py", "b.py");
        assertEquals(2, ours.status());
        assertEquals(cpython.status(), ours.status());
        assertEquals("dis.py: error: unrecognized arguments: b.py", lastLines(ours.err(), 1));
    }

    @Test
    @DisplayName("a syntax error prints CPython's report and exits 1")
    void syntaxError() throws Exception {
        Path dir = Files.createTempDirectory("dis");
        Path file = dir.resolve("bad.py");
        Files.writeString(file, "def f():\n    return 1\nbreak\n");
        Result ours = run("-m", "dis", file.toString());
        Result cpython = python(file.toString());
        assertEquals(1, ours.status());
        assertEquals(cpython.status(), ours.status());
        assertEquals(lastLines(cpython.err(), 4), lastLines(ours.err(), 4));
    }
    @Test
    @DisplayName("--adaptive runs the program, then lists the instructions as the specializing interpreter left them")
    void adaptiveListing() throws IOException {
        Path dir = Files.createTempDirectory("dis");
        Path file = dir.resolve("prog.py");
        Files.writeString(file, """
                class P:
                    def __init__(self, x):
                        self.x = x
                def f(ps):
                    t = 0
                    for p in ps:
                        t = t + p.x
                    return t
                print(f([P(i) for i in range(50)]))
                """);
        Result r = run("-m", "dis", "--adaptive", file.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().startsWith("1225\n"), r.out());
        assertTrue(r.out().contains("LOAD_ATTR_INSTANCE_VALUE     0 (x)"), r.out());
        assertTrue(r.out().contains("BINARY_OP_ADD_INT        0 (+)"), r.out());
        assertTrue(r.out().contains("FOR_ITER_LIST"), r.out());

        Result plain = run("-X", "nospecialize", "-m", "dis", "--adaptive", file.toString());
        assertEquals(0, plain.status(), plain.err());
        assertTrue(plain.out().contains("LOAD_ATTR                0 (x)"), plain.out());
        assertTrue(!plain.out().contains("_INT"), plain.out());

        Result compiled = run("-m", "dis", file.toString());
        assertTrue(!compiled.out().contains("LOAD_ATTR_INSTANCE_VALUE"), compiled.out());
    }
}
