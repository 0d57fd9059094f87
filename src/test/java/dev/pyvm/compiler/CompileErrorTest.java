package dev.pyvm.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.pyvm.ast.PySyntaxError;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A catalogue of programs that parse but do not compile ({@code compile_errors.txt}): pyvm's
 * SyntaxError must have CPython's message, line and column, as python3 reports them.
 */
class CompileErrorTest {

    record Case(String program, String expected) {
        @Override
        public String toString() {
            return program.strip().replace("\n", " ⏎ ");
        }
    }

    static List<Case> cases() throws IOException {
        String text;
        try (InputStream in = CompileErrorTest.class.getResourceAsStream("compile_errors.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Path dir = Files.createTempDirectory("errors");
        Path file = dir.resolve("compile_errors.txt");
        Files.writeString(file, text);
        Path script = dir.resolve("compile_errors.py");
        try (InputStream in = CompileErrorTest.class.getResourceAsStream("compile_errors.py")) {
            Files.write(script, in.readAllBytes());
        }
        String[] programs = text.split("#---\n", -1);
        String[] expected = Python.run(List.of(script.toString(), file.toString())).split("\n");
        List<Case> out = new ArrayList<>();
        for (int i = 0; i < programs.length; i++) out.add(new Case(programs[i], expected[i]));
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    @DisplayName("the compiler refuses the program with CPython's SyntaxError message and location")
    void sameErrorAsCPython(Case c) {
        if (c.expected().equals("PARSE") || c.expected().equals("OK")) {
            fail("catalogue entry is not a compile error in CPython (" + c.expected() + "): " + c.program());
        }
        try {
            Compiler.compile(PyAst.parse(c.program()), "prog.py", c.program());
            fail("compiled without error; CPython says " + c.expected());
        } catch (PySyntaxError e) {
            assertEquals(c.expected(), e.msg() + "|" + e.lineno() + "|" + e.offset());
        }
    }
}
