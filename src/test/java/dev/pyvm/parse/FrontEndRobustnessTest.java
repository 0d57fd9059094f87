package dev.pyvm.parse;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.pyvm.ast.Module;
import dev.pyvm.ast.PySyntaxError;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever the input, the front end gives a Module or a PySyntaxError, never anything else. */
class FrontEndRobustnessTest {

    private static final List<String> VOCABULARY = List.of("False", "None", "True", "and", "as", "assert", "async",
            "await", "break", "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from",
            "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try",
            "while", "with", "yield", "match", "case", "print", "x", "y", "f", "é", "0", "1", "0x1f", "1.5e3", "1_0",
            "07", "1j", "'s'", "\"s\"", "'''t'''", "f'{x}'", "f'{x=}'", "f'{'", "rb'x'", "'", "\"\"\"", "(", ")", "[",
            "]", "{", "}", ".", "...", ",", ":", ":=", ";", "->", "=", "==", "!=", "<", ">", "<=", ">=", "+", "-", "*",
            "**", "/", "//", "%", "@", "&", "|", "^", "~", "<<", ">>", "+=", "**=", "\\", "#c", "$", "\n", "\n    ",
            "\n\t", " ", "\0", "\r");

    @Property
    void randomTextGivesModuleOrSyntaxError(@ForAll("randomText") String source) {
        check(source);
    }

    @Property
    void tokenSoupGivesModuleOrSyntaxError(@ForAll("tokenSoup") String source) {
        check(source);
    }

    @Property
    void mutatedProgramGivesModuleOrSyntaxError(@ForAll("mutatedProgram") String source) {
        check(source);
    }

    /** Parses; a PySyntaxError must also format, and anything else fails the property. */
    private static void check(String source) {
        try {
            Module m = PythonSource.parse(source, "prog.py");
            assertNotNull(m);
        } catch (PySyntaxError e) {
            assertNotNull(e.format());
        }
    }

    @Provide
    Arbitrary<String> randomText() {
        return Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(80),
                Arbitraries.strings().withChars(" \t\n()[]{}:=+-*'\"\\#fx1.,").ofMaxLength(80));
    }

    @Provide
    Arbitrary<String> tokenSoup() {
        return Arbitraries.of(VOCABULARY).list().ofMaxSize(40).map(l -> String.join(" ", l));
    }

    @Provide
    Arbitrary<String> mutatedProgram() {
        Arbitrary<String> programs = Arbitraries.of(samplePrograms());
        Arbitrary<Mutation> mutations = Combinators.combine(Arbitraries.integers().between(0, 2),
                Arbitraries.integers().greaterOrEqual(0), Arbitraries.integers().greaterOrEqual(0),
                Arbitraries.of(VOCABULARY)).as(Mutation::new);
        return Combinators.combine(programs, mutations.list().ofMinSize(1).ofMaxSize(4)).as((p, ms) -> {
            String s = p;
            for (Mutation m : ms) s = m.apply(s);
            return s;
        });
    }

    /** Deletes a character, inserts a vocabulary token, or swaps two characters. */
    record Mutation(int kind, int at, int other, String token) {
        String apply(String s) {
            if (s.isEmpty()) return token;
            int i = at % s.length();
            int j = other % s.length();
            return switch (kind) {
                case 0 -> s.substring(0, i) + s.substring(i + 1);
                case 1 -> s.substring(0, i) + token + s.substring(i);
                default -> {
                    char[] c = s.toCharArray();
                    char t = c[i];
                    c[i] = c[j];
                    c[j] = t;
                    yield new String(c);
                }
            };
        }
    }

    private static List<String> samplePrograms() {
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/syntax/valid"))) {
            return files.filter(p -> p.toString().endsWith(".py")).sorted().map(p -> {
                try {
                    return Files.readString(p, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
