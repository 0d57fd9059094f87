package dev.pyvm.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

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
 * (this test with {@code -Dpyvm.regen=true}), never by hand; the program is parsed by CPython's
 * {@code ast} so that the listing depends on the compiler alone.
 */
class DisGoldenTest {

    static final Path DIR = Path.of("src/test/resources/dis");

    static List<String> programs() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".py")).sorted()
                    .map(n -> n.substring(0, n.length() - 3)).toList();
        }
    }

    static String listing(String name) throws IOException {
        String source = Files.readString(DIR.resolve(name + ".py"));
        CodeObject code = Compiler.compile(PyAst.parse(source), name + ".py", source);
        return Disassembler.disassembleRecursive(code);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("programs")
    @DisplayName("the listing of each sample program matches its golden file")
    void listingMatchesGolden(String name) throws IOException {
        String actual = listing(name);
        Path golden = DIR.resolve(name + ".dis");
        if (Boolean.getBoolean("pyvm.regen")) {
            Files.writeString(golden, actual);
            return;
        }
        assertFalse(!Files.exists(golden), "missing " + golden + ": run src/test/resources/dis/regen.sh");
        assertEquals(Files.readString(golden), actual);
    }
}
