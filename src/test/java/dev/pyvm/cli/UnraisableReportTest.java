package dev.pyvm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pyvm.testing.Python3;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * "Exception ignored in: …" as CPython 3.11's unraisable hook prints it: the exception's own
 * traceback without its context chain, and for an exception with no traceback one row for the
 * frame running when it was reported. Compared with python3, addresses masked (they are why
 * these are not corpus programs).
 */
class UnraisableReportTest {

    @ParameterizedTest
    @ValueSource(strings = {
        // a __del__ failing inside an except block: its context is not printed
        """
        class D:
            def __del__(self):
                raise ValueError('in del')
        def f():
            try:
                raise KeyError('outer')
            except KeyError:
                d = D()
                del d
        f()
        print('end')
        """,
        // a generator ignoring GeneratorExit, finalized by the collector: no traceback of its own
        """
        import gc
        def gen():
            try:
                yield 1
            except GeneratorExit:
                yield 2
        class Holder:
            pass
        h = Holder()
        g = gen()
        next(g)
        h.g = g
        h.self = h
        del g, h
        gc.collect()
        print('end')
        """,
        // the same dropped by del inside a function
        """
        def gen():
            try:
                yield 1
            except GeneratorExit:
                yield 2
        def run():
            g = gen()
            next(g)
            del g
            return 'ran'
        print(run())
        """,
    })
    void asCPython(String source) throws Exception {
        Path dir = Files.createTempDirectory("unraisable");
        Path p = dir.resolve("test.py");
        Files.writeString(p, source);
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        Main.run(new String[] {p.toString()}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        String pyvm = out.toString(StandardCharsets.UTF_8)
                + err.toString(StandardCharsets.UTF_8).replace(dir.toString() + "/", "");
        assertEquals(masked(Python3.runScript(source)), masked(pyvm));
    }

    private static String masked(String s) {
        return s.replaceAll("0x[0-9a-f]+", "0x…");
    }
}
