package dev.pyvm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * CPython's interpreter options (-O, -OO, -B, -E, -I, -P, -q, -s, -S, -b, -d, -R, -W, -X, -x, --)
 * and the PYTHON* variables that stand for them: a program that prints what they change runs
 * under python3 (the oracle) and in-process under pyvm, with the same command line and
 * environment, and must print the same; refused command lines must give CPython's message
 * (its executable's name written as pyvm's) and exit status.
 */
class InterpreterOptionsTest {

    private static final String PROGRAM = """
            "the module's docstring"
            import sys, os
            f = sys.flags
            print([(n, getattr(f, n)) for n in ("debug", "inspect", "interactive", "optimize",
                   "dont_write_bytecode", "no_user_site", "no_site", "ignore_environment", "verbose",
                   "bytes_warning", "quiet", "hash_randomization", "isolated", "dev_mode",
                   "warn_default_encoding", "safe_path", "int_max_str_digits")])
            print(len(f), type(f).__name__, f.optimize == f[3])
            print(sys.dont_write_bytecode, sys.warnoptions, sorted(sys._xoptions.items()), __debug__)
            def fn():
                "fn's docstring"
            class C:
                "C's docstring"
            print(fn.__doc__, C.__doc__, __doc__)
            try:
                assert 1 == 2, "failed"
                print("assert skipped")
            except AssertionError as e:
                print("AssertionError", e)
            if __debug__:
                print("debug branch")
            print(eval("__debug__"), eval("not __debug__"))
            exec(compile("assert 0, 'one'", "s", "exec", optimize=1))
            print("compile(optimize=1) leaves the assert out")
            try:
                exec(compile("assert 0, 'zero'", "s", "exec", optimize=0))
            except AssertionError as e:
                print("compile(optimize=0) keeps it:", e)
            here = os.path.dirname(os.path.abspath(__file__))
            print("script dir on sys.path:", here in sys.path)
            print("argv:", sys.argv[1:])
            print(sys.get_int_max_str_digits())
            """;

    @TempDir
    static Path dir;

    static Stream<Arguments> commandLines() {
        return Stream.of(
                Arguments.of("", ""),
                Arguments.of("-O", ""),
                Arguments.of("-OO", ""),
                Arguments.of("-OOBq", ""),
                Arguments.of("-O -O", ""),
                Arguments.of("-B -W ignore -Werror::DeprecationWarning -X foo=bar -Xbaz", ""),
                Arguments.of("-E -s -S -b -d -q -R", ""),
                Arguments.of("-bb -dd", ""),
                Arguments.of("-I", ""),
                Arguments.of("-P", ""),
                Arguments.of("-X int_max_str_digits=0", ""),
                Arguments.of("-X int_max_str_digits=700", ""),
                Arguments.of("--", ""),
                Arguments.of("", "PYTHONOPTIMIZE=2"),
                Arguments.of("", "PYTHONOPTIMIZE=yes"),
                Arguments.of("-O", "PYTHONOPTIMIZE=0"),
                Arguments.of("-E", "PYTHONOPTIMIZE=1"),
                Arguments.of("-I", "PYTHONDONTWRITEBYTECODE=1"),
                Arguments.of("", "PYTHONDONTWRITEBYTECODE=1"),
                Arguments.of("-W error", "PYTHONWARNINGS=ignore,default::UserWarning"),
                Arguments.of("", "PYTHONSAFEPATH=1"),
                Arguments.of("", "PYTHONINTMAXSTRDIGITS=800"),
                Arguments.of("", "PYTHONDEBUG=1 PYTHONNOUSERSITE=1"));
    }

    @ParameterizedTest(name = "[{index}] {0} {1}")
    @MethodSource("commandLines")
    void programSeesWhatCPythonsSees(String options, String env) throws Exception {
        Path program = dir.resolve("options_program.py");
        Files.writeString(program, PROGRAM);
        List<String> args = new ArrayList<>(split(options));
        args.add(program.toString());
        args.addAll(List.of("a", "-O", "--x"));
        Result python = python(args, env);
        Result pyvm = pyvm(args, env);
        assertEquals(0, python.status, python.err);
        assertEquals(python.out, pyvm.out, "stdout of " + args);
        assertEquals(python.err, pyvm.err, "stderr of " + args);
        assertEquals(python.status, pyvm.status);
    }

    static Stream<Arguments> refused() {
        return Stream.of(
                Arguments.of("-Z", ""),
                Arguments.of("-OZ", ""),
                Arguments.of("-W", ""),
                Arguments.of("-c", ""),
                Arguments.of("--foo", ""),
                Arguments.of("-X int_max_str_digits=5 -c pass", ""),
                Arguments.of("-c pass", "PYTHONINTMAXSTRDIGITS=12"));
    }

    @ParameterizedTest(name = "[{index}] {0} {1}")
    @MethodSource("refused")
    void refusedAsCPythonRefuses(String options, String env) throws Exception {
        List<String> args = split(options);
        Result python = python(args, env);
        Result pyvm = pyvm(args, env);
        assertTrue(python.status != 0);
        assertEquals(python.err, pyvm.err);
        assertEquals(python.status, pyvm.status);
    }

    @Test
    void skipFirstLineKeepsLineNumbers() throws Exception {
        Path program = dir.resolve("dos_header.py");
        Files.writeString(program, "@echo off & pyvm -x %0 & goto :eof\nimport sys\nprint(sys._getframe().f_lineno)\n");
        List<String> args = List.of("-x", program.toString());
        Result python = python(args, "");
        Result pyvm = pyvm(args, "");
        assertEquals("3\n", python.out);
        assertEquals(python.out, pyvm.out);
        assertEquals(0, pyvm.status, pyvm.err);
    }

    /** -u: stdout is written through at each write, so it interleaves with stderr as written. */
    @Test
    void unbufferedStdoutKeepsItsOrderWithStderr() {
        String code = "import sys\nprint('one')\nprint('two', file=sys.stderr)\nprint('three')\n";
        assertEquals("one\ntwo\nthree\n", interleaved("-u", "-c", code));
        assertEquals("two\none\nthree\n", interleaved("-c", code));
        assertEquals("two\none\nthree\n", interleaved(new String[] {"-c", code}, Map.of("PYTHONUNBUFFERED", "")));
        assertEquals("one\ntwo\nthree\n", interleaved(new String[] {"-c", code}, Map.of("PYTHONUNBUFFERED", "1")));
    }

    @Test
    void inspectIsRefusedByName() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(new String[] {"-i", "-c", "pass"}, Map.of(), new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(2, status);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("-i (inspect interactively"), err.toString());
    }

    @Test
    void verboseVersionNamesTheJvm() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = Main.run(new String[] {"-VV"}, Map.of(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream()));
        assertEquals(0, status);
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.startsWith(Main.VERSION + " [Java " + Runtime.version()), text);
    }

    private static String interleaved(String... args) {
        return interleaved(args, Map.of());
    }

    private static String interleaved(String[] args, Map<String, String> env) {
        ByteArrayOutputStream both = new ByteArrayOutputStream();
        PrintStream stream = new PrintStream(both, true, StandardCharsets.UTF_8);
        assertEquals(0, Main.run(args, env, stream, stream));
        return both.toString(StandardCharsets.UTF_8);
    }

    private record Result(String out, String err, int status) {}

    private static List<String> split(String options) {
        return options.isBlank() ? new ArrayList<>() : new ArrayList<>(List.of(options.trim().split(" +")));
    }

    /** The environment of both runs: this process's without PYTHON* variables, plus {@code env} ("K=V K=V"). */
    private static Map<String, String> environment(String env) {
        Map<String, String> e = new HashMap<>();
        System.getenv().forEach((k, v) -> {
            if (!k.startsWith("PYTHON")) e.put(k, v);
        });
        for (String kv : split(env)) e.put(kv.substring(0, kv.indexOf('=')), kv.substring(kv.indexOf('=') + 1));
        return e;
    }

    private static Result python(List<String> args, String env) throws Exception {
        List<String> command = new ArrayList<>();
        command.add("python3");
        command.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        pb.environment().clear();
        pb.environment().putAll(environment(env));
        Process p = pb.start();
        p.getOutputStream().close();
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        // CPython's usage line names its executable, and its hint says `python -h'
        String errText = new String(err, StandardCharsets.UTF_8)
                .replaceAll("usage: \\S+ ", "usage: pyvm ").replace("`python -h'", "`pyvm -h'");
        return new Result(new String(out, StandardCharsets.UTF_8), errText, p.exitValue());
    }

    private static Result pyvm(List<String> args, String env) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(args.toArray(String[]::new), environment(env), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), status);
    }
}
