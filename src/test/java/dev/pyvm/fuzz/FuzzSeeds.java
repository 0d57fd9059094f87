package dev.pyvm.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The seeds: every program of {@code testprograms/} (not the benchmarks, not the helper modules). */
final class FuzzSeeds {
    static final Path ROOT = Path.of("testprograms");

    /** A seed program: its path under testprograms/ and its text. */
    record Seed(String name, String text) {}

    private static List<Seed> seeds;

    private FuzzSeeds() {}

    static synchronized List<Seed> all() {
        if (seeds == null) {
            try (Stream<Path> files = Files.walk(ROOT)) {
                seeds = files.filter(p -> p.toString().endsWith(".py"))
                        .filter(p -> !ROOT.relativize(p).startsWith("bench"))
                        .filter(p -> !p.getFileName().toString().startsWith("mod_"))
                        .sorted()
                        .map(p -> new Seed(ROOT.relativize(p).toString(), read(p)))
                        .toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return seeds;
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
