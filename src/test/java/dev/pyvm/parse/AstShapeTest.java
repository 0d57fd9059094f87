package dev.pyvm.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pyvm.ast.AstDump;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Differential test: for each sample program in src/test/resources/syntax/valid, pyvm's tree,
 * dumped as {@code ast.dump} does, equals what {@code python3} (CPython 3.11) prints. Fails if
 * python3 is missing.
 */
class AstShapeTest {
    static final Path DIR = Path.of("src/test/resources/syntax/valid");

    static Stream<String> samples() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            List<String> names = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".py")).sorted()
                    .toList();
            return names.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void treeMatchesCPython(String name) throws Exception {
        Path file = DIR.resolve(name);
        String source = Files.readString(file, StandardCharsets.UTF_8);
        assertEquals(cpythonDump(file), AstDump.dump(PythonSource.parse(source, name)));
    }

    static String cpythonDump(Path file) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("python3", "-c",
                "import ast, sys; print(ast.dump(ast.parse(open(sys.argv[1], encoding='utf-8').read())))",
                file.toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new AssertionError("python3 failed on " + file + ":\n" + out);
        }
        return out;
    }
}
