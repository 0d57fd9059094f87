package dev.pyvm.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pyvm.bytecode.CodeObject;
import dev.pyvm.bytecode.Disassembler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden listings: each {@code src/test/resources/dis/NAME.py} compiles to exactly the listing in
 * {@code NAME.dis}. The expected files are written by {@code src/test/resources/dis/regen.sh}
 * ({@code ./pyvm -m dis}), never by hand. Each program is compiled twice: from pyvm's parser, and
 * from CPython's own {@code ast} of it, so that a difference points at the parser or the compiler.
 */
class DisGoldenTest {

    static final Path DIR = Path.of("src/test/resources/dis");

    static List<String> programs() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".py")).sorted()
                    .map(n -> n.substring(0, n.length() - 3)).toList();
        }
    }

    private static String golden(String name) throws IOException {
        Path golden = DIR.resolve(name + ".dis");
        assertTrue(Files.exists(golden), "missing " + golden + ": run src/test/resources/dis/regen.sh");
        return Files.readString(golden);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("programs")
    @DisplayName("the listing of each sample program matches its golden file")
    void listingMatchesGolden(String name) throws IOException {
        String source = Files.readString(DIR.resolve(name + ".py"));
        CodeObject code = Compiler.compileSource(source, name + ".py");
        assertEquals(golden(name), Disassembler.disassembleRecursive(code));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("programs")
    @DisplayName("compiling CPython's AST of each sample program gives the same listing")
    void cpythonAstGivesTheSameListing(String name) throws IOException {
        String source = Files.readString(DIR.resolve(name + ".py"));
        CodeObject code = Compiler.compile(PyAst.parse(source), name + ".py", source);
        assertEquals(golden(name), Disassembler.disassembleRecursive(code));
    }
}
