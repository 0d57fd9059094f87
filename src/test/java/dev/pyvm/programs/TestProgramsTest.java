package dev.pyvm.programs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every program of {@code testprograms/} through pyvm, as testprograms/README.md says:
 * in its own directory, with its {@code .args} and {@code .in}, and compares stdout, the
 * normalised stderr and the exit status with what CPython 3.11 gave ({@code .out}, {@code .err},
 * {@code .status}, made by {@code testprograms/regen}). Each run uses {@code -X showrefcount},
 * and a program passes only if no block is left alive after the final collection. The first run
 * compiles every code object at its first entry ({@code -X jit=0}: the baseline compiler's code
 * runs all it can); the second, below, leaves them to the interpreter until they are hot.
 *
 * <p>{@code testprograms/known-failures.txt} lists the programs pyvm does not pass yet; each of
 * them must still fail (a listed program that passes fails the test, so the list only shrinks).
 * Every other program runs a second time under {@code -X gcstress} (a collection of generation 0
 * at every tracked allocation), where it must behave the same: the collector must never free
 * what is still reachable, nor keep what is not. {@code testprograms/gcstress-exempt.txt} names,
 * with reasons, the programs that print what the collector itself did, which stress changes.
 */
class TestProgramsTest {
    private static final Path ROOT = Path.of("testprograms");
    private static final Path KNOWN_FAILURES = ROOT.resolve("known-failures.txt");
    private static final Path STRESS_EXEMPT = ROOT.resolve("gcstress-exempt.txt");
    private static final Pattern SHOWREFCOUNT = Pattern.compile("\\[(-?\\d+) refs, (-?\\d+) blocks\\]\\n?$");
    private static final long TIMEOUT_SECONDS = 60;

    @TestFactory
    Stream<DynamicTest> everyProgram() throws IOException {
        Set<String> known = knownFailures();
        List<Path> programs;
        try (Stream<Path> files = Files.walk(ROOT)) {
            programs = files.filter(p -> p.toString().endsWith(".py"))
                    .filter(p -> !ROOT.relativize(p).startsWith("bench"))
                    .filter(p -> !p.getFileName().toString().startsWith("mod_"))
                    .filter(p -> !isInHelperPackage(ROOT.relativize(p)))
                    .sorted().toList();
        }
        for (String k : known) {
            if (!Files.exists(ROOT.resolve(k))) fail("known-failures.txt names " + k + ", which does not exist");
        }
        Stream<DynamicTest> plain = programs.stream().map(p -> {
            String name = ROOT.relativize(p).toString();
            return DynamicTest.dynamicTest(name, () -> {
                String problem = check(p, "-X", "jit=0");
                if (known.contains(name)) {
                    assertTrue(problem != null, name + " passes now: take it off testprograms/known-failures.txt");
                } else if (problem != null) {
                    fail(problem);
                }
            });
        });
        List<String> exempt = listed(STRESS_EXEMPT).stream().toList();
        Stream<DynamicTest> stressed = programs.stream()
                .filter(p -> !known.contains(ROOT.relativize(p).toString()))
                .filter(p -> exempt.stream().noneMatch(e -> ROOT.relativize(p).toString().startsWith(e)))
                .map(p -> DynamicTest.dynamicTest("gcstress " + ROOT.relativize(p), () -> {
                    String problem = check(p, "-X", "gcstress");
                    if (problem != null) fail(problem);
                }));
        return Stream.concat(plain, stressed);
    }

    /** Whether a file is part of a helper package of the programs: a directory named {@code pkg_*}. */
    private static boolean isInHelperPackage(Path rel) {
        for (int i = 0; i < rel.getNameCount() - 1; i++) {
            if (rel.getName(i).toString().startsWith("pkg_")) return true;
        }
        return false;
    }

    private static Set<String> knownFailures() throws IOException {
        return listed(KNOWN_FAILURES);
    }

    /** The entries of a list file: one a line, '#' starts a comment. */
    private static Set<String> listed(Path file) throws IOException {
        if (!Files.exists(file)) return Set.of();
        return Files.readAllLines(file).stream().map(l -> l.replaceFirst("#.*", "").strip())
                .filter(l -> !l.isEmpty()).collect(Collectors.toSet());
    }

    /** Runs one program; null when it behaves as CPython did and leaks nothing, else what differs. */
    static String check(Path program, String... options) throws IOException, InterruptedException {
        Path dir = program.toAbsolutePath().getParent();
        String base = program.getFileName().toString().replaceFirst("\\.py$", "");
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xss16m", "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), "dev.pyvm.cli.Main",
                "-X", "showrefcount"));
        command.addAll(List.of(options));
        command.add(base + ".py");
        Path args = dir.resolve(base + ".args");
        if (Files.exists(args)) command.addAll(Files.readAllLines(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        Path in = dir.resolve(base + ".in");
        pb.redirectInput(Files.exists(in) ? ProcessBuilder.Redirect.from(in.toFile()) : ProcessBuilder.Redirect.from(devNull()));
        Path stdoutFile = Files.createTempFile("pyvm-out", ".txt");
        Path stderrFile = Files.createTempFile("pyvm-err", ".txt");
        try {
            pb.redirectOutput(stdoutFile.toFile()).redirectError(stderrFile.toFile());
            Process p = pb.start();
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return "timed out after " + TIMEOUT_SECONDS + " s";
            }
            String out = Files.readString(stdoutFile, StandardCharsets.UTF_8);
            String err = Files.readString(stderrFile, StandardCharsets.UTF_8);
            Matcher m = SHOWREFCOUNT.matcher(err);
            if (!m.find()) return "no [refs, blocks] line at exit; stderr:\n" + err;
            long blocks = Long.parseLong(m.group(2));
            err = err.substring(0, m.start());
            String expectedOut = Files.readString(dir.resolve(base + ".out"), StandardCharsets.UTF_8);
            Path errFile = dir.resolve(base + ".err");
            String expectedErr = Files.exists(errFile) ? Files.readString(errFile, StandardCharsets.UTF_8) : "";
            Path statusFile = dir.resolve(base + ".status");
            int expectedStatus = Files.exists(statusFile) ? Integer.parseInt(Files.readString(statusFile).strip())
                    : Files.exists(errFile) ? 1 : 0;
            StringBuilder problems = new StringBuilder();
            if (!expectedOut.equals(out)) problems.append(diff("stdout", expectedOut, out));
            String normalisedErr = normalise(err, dir);
            if (!expectedErr.equals(normalisedErr)) problems.append(diff("stderr", expectedErr, normalisedErr));
            if (p.exitValue() != expectedStatus) {
                problems.append("exit status ").append(p.exitValue()).append(", expected ").append(expectedStatus).append('\n');
            }
            if (blocks != 0) problems.append(blocks).append(" blocks still alive after the final collection\n");
            return problems.length() == 0 ? null : problems.toString();
        } finally {
            Files.deleteIfExists(stdoutFile);
            Files.deleteIfExists(stderrFile);
        }
    }

    /** The normalisation of testprograms/README.md: no directory in paths, no caret lines. */
    static String normalise(String stderr, Path dir) {
        String s = stderr.replace(dir.toString() + "/", "");
        return s.lines().filter(l -> !l.isBlank() ? !l.matches("[ ^~]+") : true)
                .map(l -> l + "\n").collect(Collectors.joining());
    }

    private static String diff(String what, String expected, String actual) {
        List<String> e = expected.lines().toList(), a = actual.lines().toList();
        for (int i = 0; i < Math.max(e.size(), a.size()); i++) {
            String x = i < e.size() ? e.get(i) : "<end>", y = i < a.size() ? a.get(i) : "<end>";
            if (!x.equals(y)) {
                return what + " differs at line " + (i + 1) + ":\n  expected: " + x + "\n  actual:   " + y + "\n";
            }
        }
        return what + " differs in line endings\n";
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static java.io.File devNull() {
        return new java.io.File("/dev/null");
    }
}
