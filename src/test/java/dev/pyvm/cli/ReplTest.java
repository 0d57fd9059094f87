package dev.pyvm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pyvm.builtins.BuiltinsIO;
import dev.pyvm.testing.Python3;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The interactive prompt against CPython 3.11: where inputs end (against {@code codeop} and
 * against CPython's own interactive mode), and whole sessions (against {@code python3 -q -i} fed
 * the same lines, which writes its prompts to stderr as the scripted console here does).
 */
class ReplTest {

    /** Inputs as the prompt accumulates them: the lines so far joined by \n (a trailing \n is an empty line). */
    private static final List<String> INPUTS = List.of(
            "x = 1", "x =", "x = )", "1 +", "lambda:", "print(1)", "x = 1; y = 2", "# a comment", "x  # comment",
            "if x:", "if x:\n", "if x:\n  y", "if x:\n  y\n", "if x:\n  y\n  ", "if 1: print(1)", "if 1: print(1)\n",
            "if x:\n  pass\nelse:", "if x:\n  pass\nelse:\n  pass", "if x:\n  pass\nelse:\n  pass\n",
            "if x:\n  pass\n  else:", "if x:\ny", "if x:\n  pass\n    y", "if x:\n  pass\nelif",
            "if x:\n  pass\nx = 1", "if x:\n  # c", "if x:\n  # c\n",
            "for i in x:", "for i in x:\n    if i:", "for i in x:\n    if i:\n        pass", "while x:\n  break\n",
            "def f():", "def f():\n  return 1", "def f():\n  return 1\n", "def f(", "def f(a,\n", "def f(a,\n\n",
            "def f():\n  x = 1\n y = 2", "class A:", "class A:\n  def m(self):\n    return 1",
            "class A:\n  def m(self):\n    return 1\n", "@d", "@d\n", "@d\ndef f(): pass", "@d\ndef f(): pass\n",
            "try:", "try:\n  pass", "try:\n  pass\n", "try:\n  pass\nexcept:", "try:\n  pass\nexcept:\n  pass\n",
            "try:\n  pass\nfinally:\n  pass\n", "with x as y:", "with x as y:\n  pass\n",
            "(1,", "(1,\n", "(1,\n\n", "(1,\n2)", "[1,\n 2]", "{1:", "{1: 2,\n 3: 4}", "f(1,\n  2", "x = \\",
            "x = 1\\", "x = 1\\\n", "x = 1\\\nabc", "x = 1  # c \\", "x = '\\", "x = '#' + \\", "x = 1\\\n+ 2", "\"\"\"abc", "\"\"\"abc\n", "\"\"\"abc\ndef\"\"\"", "'abc",
            "x = '''a\nb", "f'{x}'", "x = [i for i in\n range(3)]", "if (x and\n    y):", "if (x and\n    y):\n  pass\n",
            "del x", "return 1", "break", "global x", "import sys", "1 if x else", "x[1:", "x.");

    @Test
    void completeIncompleteAndWrongAsCodeopSays() {
        // codeop.compile_command stands for the interactive mode where a line is not empty; after an
        // empty line the interactive mode compiles what it has (codeop waits on, see the test below)
        List<String> expected = lines(Python3.run("""
                import codeop, warnings
                warnings.simplefilter("ignore")
                for s in %s:
                    try:
                        r = codeop.compile_command(s)
                        print("MORE" if r is None else "COMPLETE")
                    except SyntaxError as e:
                        print("ERROR")
                """.formatted(pyList(INPUTS))));
        List<String> mismatches = new ArrayList<>();
        for (int i = 0; i < INPUTS.size(); i++) {
            String input = INPUTS.get(i);
            if (input.contains("\n") && input.substring(input.lastIndexOf('\n') + 1).isBlank()
                    && expected.get(i).equals("MORE")) {
                continue;
            }
            String got = Repl.classify(input).kind().name();
            if (!got.equals(expected.get(i))) {
                mismatches.add(repr(input) + ": codeop " + expected.get(i) + ", pyvm " + got);
            }
        }
        assertEquals(List.of(), mismatches);
    }

    @Test
    void completeIncompleteAndWrongAsCPythonsInteractiveModeSays() {
        // each input fed to `python3 -q -i` line by line; the prompt printed after its last line says
        // whether it wants more, and a SyntaxError printed before it that the input was wrong
        List<String> expected = lines(Python3.run("""
                import subprocess, re
                for s in %s:
                    lines = s.split("\\n")
                    p = subprocess.run(["python3", "-q", "-i", "-c",
                                        "import sys; sys.ps1 = '\\\\x01'; sys.ps2 = '\\\\x02'"],
                                       input="\\n".join(lines) + "\\n", capture_output=True, text=True)
                    parts = re.split("([\\x01\\x02])", p.stderr)
                    # parts: text, prompt, text, prompt, ...: the prompt after line k is parts[2k+3]
                    n = len(lines)
                    after = parts[2 * n + 1]
                    between = parts[2 * n]
                    m = re.search(r'line (\\d+)\\n(?:.*\\n)*?(\\w+Error): (.*)\\n', between)
                    if m:
                        print("ERROR %%s: %%s (line %%s)" %% (m.group(2), m.group(3), m.group(1)))
                    else:
                        print("MORE" if after == "\\x02" else "COMPLETE")
                """.formatted(pyList(INPUTS))));
        List<String> mismatches = new ArrayList<>();
        for (int i = 0; i < INPUTS.size(); i++) {
            Repl.Verdict v = Repl.classify(INPUTS.get(i));
            String got = v.kind() != Repl.Kind.ERROR ? v.kind().name()
                    : "ERROR " + v.error().type() + ": " + v.error().msg() + " (line " + v.error().lineno() + ")";
            if (!got.equals(expected.get(i))) {
                mismatches.add(repr(INPUTS.get(i)) + ": python3 -i " + expected.get(i) + ", pyvm " + got);
            }
        }
        assertEquals(List.of(), mismatches);
    }

    /** A session's lines: values, `_`, definitions, tracebacks, syntax errors, output without newline. */
    private static final String SESSION = """
            1 + 1
            _
            _ * 10
            None
            x = [1, 2,
                 3]
            x
            'a' + "b"
            def f(n):
                if n > 2:
                    return n * f(n - 1)
                return n

            f(5)
            def g():
                return 1 / 0

            g()
            x = = 1
            if x:

            undefined_name
            for i in range(3):
                print(i, end=' ')

            print()
            class A:
                def __repr__(self):
                    return 'A()'

            A()
            [A(), A()]
            try:
                g()
            except ZeroDivisionError as e:
                print('caught', e)

            (1,

             2)
            d = {'k': 1}
            d['k'], d
            if True: print('one line')

            x = 1\\
            + 2
            x
            while False:
                pass
            else:
                'else value'

            raise ValueError('boom')
            'still here'
            """;

    @Test
    void aSessionPrintsWhatPython3InteractivePrints() {
        String[] py = python3Interactive(SESSION);
        String[] ours = pyvm(SESSION);
        assertEquals(py[0], ours[0], "stdout");
        assertEquals(py[1], ours[1], "stderr (prompts and tracebacks)");
        assertEquals(py[2], ours[2], "exit status");
    }

    @Test
    void exitStatusesAsPython3() {
        for (String session : List.of("x = 1\n", "import sys\nsys.exit(3)\n'not reached'\n", "exit()\n",
                "quit(5)\n", "import sys\nsys.exit('message')\n", "if 1:\n  print('pending at EOF')\n",
                "raise SystemExit(7)\n", "1/0\n")) {
            String[] py = python3Interactive(session);
            String[] ours = pyvm(session);
            assertEquals(py[0] + py[1] + "status " + py[2], ours[0] + ours[1] + "status " + ours[2], session);
        }
    }

    @Test
    void ctrlCDiscardsTheLineAndTheSessionGoesOn() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Deque<Object> script = new ArrayDeque<>(List.of("if 1:", new Repl.Interrupted(), "40 + 2"));
        int status = run(script, out, err);
        assertEquals(0, status);
        assertEquals("42\n", out.toString(StandardCharsets.UTF_8));
        assertEquals(">>> ... KeyboardInterrupt\n>>> >>> \n", err.toString(StandardCharsets.UTF_8));
    }

    // ---- helpers ----

    /** Runs the lines through a Repl whose console prints its prompts on stderr: stdout, stderr, status. */
    private static String[] pyvm(String session) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Deque<Object> script = new ArrayDeque<>(List.of(session.split("\n", -1)));
        if (session.endsWith("\n")) script.removeLast();
        int status = run(script, out, err);
        return new String[] {out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8),
            String.valueOf(status)};
    }

    /** Lines (String) and Ctrl-C presses (Repl.Interrupted) in the order they come. */
    private static int run(Deque<Object> script, ByteArrayOutputStream outBytes, ByteArrayOutputStream errBytes) {
        PrintStream out = new PrintStream(outBytes, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);
        try {
            CommandLine cl = CommandLine.parse(new String[0]);
            RunCommand.Options options = RunCommand.Options.from(Map.of());
            BufferedReader stdin = new BufferedReader(new StringReader(""));
            Session session = new Session(cl, options, Path.of("").toAbsolutePath(), null, out, err,
                    BuiltinsIO.of(out, stdin), stdin);
            Repl.Console console = (prompt, pending) -> {
                err.print(prompt);
                Object next = script.poll();
                if (next instanceof Repl.Interrupted e) throw e;
                return (String) next;
            };
            int status = new Repl(session, console, out, err, null).loop();
            session.close();
            return status;
        } catch (CommandLine.UsageError e) {
            throw new AssertionError(e);
        }
    }

    /** {@code python3 -q -i} fed the lines: stdout, stderr, exit status. */
    private static String[] python3Interactive(String session) {
        String result = Python3.run("""
                import subprocess, sys
                p = subprocess.run(["python3", "-q", "-i"], input=%s, capture_output=True, text=True)
                sys.stdout.write(repr(p.stdout) + "\\n" + repr(p.stderr) + "\\n" + str(p.returncode) + "\\n")
                """.formatted(pyLiteral(session)));
        List<String> parts = lines(result);
        return new String[] {unrepr(parts.get(0)), unrepr(parts.get(1)), parts.get(2)};
    }

    private static String unrepr(String pyRepr) {
        return Python3.run("import sys, ast; sys.stdout.write(ast.literal_eval(" + pyLiteral(pyRepr) + "))");
    }

    private static List<String> lines(String text) {
        return List.of(text.split("\n"));
    }

    private static String pyList(List<String> items) {
        StringBuilder b = new StringBuilder("[");
        for (String s : items) b.append(pyLiteral(s)).append(", ");
        return b.append("]").toString();
    }

    /** A Python string literal for ASCII text. */
    private static String pyLiteral(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '\\' -> b.append("\\\\");
                case '"' -> b.append("\\\"");
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20 || c > 0x7e) b.append(String.format("\\u%04x", (int) c));
                    else b.append(c);
                }
            }
        }
        return b.append('"').toString();
    }

    private static String repr(String s) {
        return pyLiteral(s);
    }
}
