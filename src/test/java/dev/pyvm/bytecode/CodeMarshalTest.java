package dev.pyvm.bytecode;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pyvm.ast.PySyntaxError;
import dev.pyvm.compiler.Compiler;
import dev.pyvm.compiler.Freezer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** pyvm's marshal format gives back the code object it was given; the jar's frozen modules are their sources'. */
class CodeMarshalTest {

    /** Every field of two code objects, and of their nested code objects, is the same. */
    private static void assertSameCode(CodeObject a, CodeObject b, String where) {
        String at = where + " " + a.qualname();
        assertArrayEquals(a.instructions(), b.instructions(), at + ": instructions");
        assertEquals(a.names(), b.names(), at);
        assertEquals(a.varnames(), b.varnames(), at);
        assertEquals(a.cellvars(), b.cellvars(), at);
        assertEquals(a.freevars(), b.freevars(), at);
        assertEquals(List.of(a.argcount(), a.posonlyargcount(), a.kwonlyargcount(), a.flags(), a.firstlineno(), a.maxStackDepth()),
                List.of(b.argcount(), b.posonlyargcount(), b.kwonlyargcount(), b.flags(), b.firstlineno(), b.maxStackDepth()), at);
        assertEquals(List.of(a.name(), a.qualname(), a.filename()), List.of(b.name(), b.qualname(), b.filename()), at);
        assertArrayEquals(a.lineStarts(), b.lineStarts(), at + ": line table");
        assertEquals(a.exceptionTable(), b.exceptionTable(), at + ": exception table");
        assertEquals(a.consts().size(), b.consts().size(), at + ": constants");
        for (int i = 0; i < a.consts().size(); i++) {
            Object x = a.consts().get(i), y = b.consts().get(i);
            if (x instanceof CodeObject cx) {
                assertTrue(y instanceof CodeObject, at + ": constant " + i);
                assertSameCode(cx, (CodeObject) y, where);
            } else {
                assertTrue(Constants.sameConstant(x, y), at + ": constant " + i + " " + x + " became " + y);
                if (x instanceof Double d) assertEquals(Double.doubleToRawLongBits(d), Double.doubleToRawLongBits((Double) y));
            }
        }
        assertEquals(Disassembler.disassembleRecursive(a), Disassembler.disassembleRecursive(b), at + ": listing");
    }

    @Test
    @DisplayName("every program of the corpus compiles to code that survives dump and load unchanged")
    void corpusRoundTrips() throws IOException {
        List<Path> programs;
        try (Stream<Path> files = Files.walk(Path.of("testprograms"))) {
            programs = files.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        }
        int compiled = 0;
        for (Path program : programs) {
            CodeObject code;
            try {
                code = Compiler.compileSource(Files.readAllBytes(program), program.toString());
            } catch (PySyntaxError e) {
                continue; // the programs that test syntax errors
            }
            assertSameCode(code, CodeMarshal.load(CodeMarshal.dump(code)), program.toString());
            compiled++;
        }
        assertTrue(compiled > 300, "only " + compiled + " programs compiled");
    }

    @Test
    @DisplayName("constants of every kind keep their exact values: -0.0, NaN bits, big ints, lone surrogates, bytes, nested tuples")
    void constantsRoundTrip() {
        CodeObject code = Compiler.compileSource(String.join("\n",
                "a = (-0.0, float('nan'), 1e308 * 10, 2 ** 200, -2 ** 63, 2 ** 63 - 1, '\\ud800x', b'\\x00\\xff', (1, (2.5, None, ...)), True)",
                "def f(x, /, y=3, *a, k, **kw):",
                "    def g(): return x",
                "    try:",
                "        return g() + y",
                "    finally:",
                "        pass", ""), "<test>");
        CodeObject back = CodeMarshal.load(CodeMarshal.dump(code));
        assertSameCode(code, back, "constants");
    }

    @Test
    @DisplayName("bytes that are not marshal data, truncated or trailing ones are refused")
    void badDataIsRefused() {
        byte[] good = CodeMarshal.dump(Compiler.compileSource("x = 1\n", "<test>"));
        assertThrows(IllegalArgumentException.class, () -> CodeMarshal.load(new byte[] {1, 2, 3, 4, 5, 6, 7, 8}));
        assertThrows(IllegalArgumentException.class, () -> CodeMarshal.load(Arrays.copyOf(good, good.length - 3)));
        assertThrows(IllegalArgumentException.class, () -> CodeMarshal.load(Arrays.copyOf(good, good.length + 1)));
        byte[] otherOpcodes = good.clone();
        otherOpcodes[4] ^= 1;
        assertThrows(IllegalArgumentException.class, () -> CodeMarshal.load(otherOpcodes));
    }

    @Test
    @DisplayName("each frozen module in the build is the code its source compiles to now")
    void frozenModulesAreCurrent() throws IOException {
        Path sources = Path.of("src/main/resources/dev/pyvm/modules");
        List<Path> modules;
        try (Stream<Path> files = Files.walk(sources)) {
            modules = files.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        }
        assertTrue(!modules.isEmpty());
        for (Path source : modules) {
            String relative = sources.relativize(source).toString();
            String resource = "/dev/pyvm/modules/" + relative.substring(0, relative.length() - 3) + ".pyvmc";
            byte[] frozen;
            try (InputStream in = CodeMarshalTest.class.getResourceAsStream(resource)) {
                assertNotNull(in, resource + " is not in the build");
                frozen = in.readAllBytes();
            }
            String name = Freezer.moduleName(sources.relativize(source));
            CodeObject now = Compiler.compileSource(Files.readAllBytes(source), "<frozen " + name + ">");
            assertSameCode(now, CodeMarshal.load(frozen), resource);
        }
    }
}
