package dev.pyvm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./pyvm -m MODULE}, a directory with {@code __main__.py}, and {@code PYTHONPATH}, run in
 * process: the program's packages live in a temporary directory that PYTHONPATH names (the
 * current directory, sys.path[0] of -m, is the project's). Expected texts are what python3 3.11
 * printed for the same files, with the temporary directory written as DIR.
 */
class ModuleRunTest {

    @TempDir
    Path dir;

    @BeforeEach
    void writePackages() throws Exception {
        write("pkg/__init__.py", "print('init', __name__, __package__)\nVALUE = 7\n");
        write("pkg/__main__.py", """
                import sys
                from . import VALUE
                from .tool import twice
                print('main', __name__, __package__, __spec__.name, __spec__.parent, twice(VALUE))
                print(sys.argv)
                """);
        write("pkg/tool.py", """
                import sys
                def twice(x):
                    return 2 * x
                if __name__ == '__main__':
                    print('tool as main', __package__, __spec__.name, sys.argv[1:], twice(4))
                    print(sys.path[1])
                """);
        write("pkg/boom.py", "def f():\n    raise ValueError('boom')\nf()\n");
        write("nomain/__init__.py", "");
        write("app/__main__.py", "import sys\nprint('app', __name__, __spec__.name, repr(__package__), sys.argv)\n");
        write("prog.py", "import sys\nimport pkg.tool\nprint(pkg.tool.twice(21), sys.path[1])\n");
    }

    private void write(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    /** stdout, stderr (DIR for the temporary directory, the showrefcount line checked and dropped), status. */
    private String[] run(String... args) {
        String[] full = new String[args.length + 2];
        full[0] = "-X";
        full[1] = "showrefcount";
        System.arraycopy(args, 0, full, 2, args.length);
        String[] r = runPlain(full);
        String e = r[1];
        String refs = "[0 refs, 0 blocks]\n";
        assertTrue(e.endsWith(refs), "a block leaked or no showrefcount line: " + e);
        return new String[] {r[0], e.substring(0, e.length() - refs.length()), r[2]};
    }

    /** stdout, stderr (DIR for the temporary directory) and status of {@code ./pyvm args}, PYTHONPATH the directory. */
    private String[] runPlain(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int rc = Main.run(args, Map.of("PYTHONPATH", dir.toString()), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new String[] {out.toString(StandardCharsets.UTF_8).replace(dir.toString(), "DIR"),
                err.toString(StandardCharsets.UTF_8).replace(dir.toString(), "DIR"), "" + rc};
    }

    @Test
    @DisplayName("-m PACKAGE runs its __main__ with relative imports; sys.argv[0] is the file's full path")
    void runsPackageMain() {
        String[] r = run("-m", "pkg", "a", "b");
        assertEquals("init pkg pkg\nmain __main__ pkg pkg.__main__ pkg 14\n['DIR/pkg/__main__.py', 'a', 'b']\n", r[0]);
        assertEquals("", r[1]);
        assertEquals("0", r[2]);
    }

    @Test
    @DisplayName("-m PACKAGE.MODULE imports the package first and runs the module as __main__")
    void runsSubmodule() {
        String[] r = run("-m", "pkg.tool", "x");
        assertEquals("init pkg pkg\ntool as main pkg pkg.tool ['x'] 8\nDIR\n", r[0]);
        assertEquals("0", r[2]);
    }

    @Test
    @DisplayName("-m errors: no such module, a package without __main__, a relative name; status 1")
    void moduleErrors() {
        String[] r = run("-m", "nosuch");
        assertEquals("pyvm: No module named nosuch\n", r[1]);
        assertEquals("1", r[2]);
        r = run("-m", "nomain");
        assertEquals("pyvm: No module named nomain.__main__; 'nomain' is a package and cannot be directly executed\n", r[1]);
        assertEquals("1", r[2]);
        r = run("-m", ".pkg");
        assertEquals("pyvm: Relative module names not supported\n", r[1]);
        r = run("-m", "pkg.tool.x");
        assertEquals("init pkg pkg\n", r[0]);
        assertEquals("pyvm: Error while finding module specification for 'pkg.tool.x' (ModuleNotFoundError: "
                + "__path__ attribute not found on 'pkg.tool' while trying to find 'pkg.tool.x')\n", r[1]);
        assertEquals("1", r[2]);
    }

    @Test
    @DisplayName("an uncaught exception in the -m module prints its traceback, status 1")
    void uncaughtInModule() {
        // CPython's traceback starts with two frames of its runpy ("<frozen runpy>", line 198, in
        // _run_module_as_main; line 88, in _run_code), which pyvm, running no Python runpy, has not
        String[] r = run("-m", "pkg.boom");
        assertEquals("init pkg pkg\n", r[0]);
        assertEquals("""
                Traceback (most recent call last):
                  File "DIR/pkg/boom.py", line 3, in <module>
                    f()
                  File "DIR/pkg/boom.py", line 2, in f
                    raise ValueError('boom')
                ValueError: boom
                """, r[1]);
        assertEquals("1", r[2]);
    }

    @Test
    @DisplayName("a directory with __main__.py runs it as __main__; sys.argv[0] stays as given")
    void runsDirectory() {
        String[] r = run(dir.resolve("app").toString(), "z");
        assertEquals("app __main__ __main__ '' ['DIR/app', 'z']\n", r[0]);
        assertEquals("0", r[2]);
        r = runPlain(dir.resolve("nomain").toString()); // refused before a heap is made
        assertEquals("pyvm: can't find '__main__' module in 'DIR/nomain'\n", r[1]);
        assertEquals("1", r[2]);
    }

    @Test
    @DisplayName("PYTHONPATH's directories follow the script's in sys.path, and a script imports from them")
    void pythonPath() throws Exception {
        Path other = Files.createDirectories(dir.resolve("elsewhere"));
        Files.writeString(other.resolve("prog.py"), Files.readString(dir.resolve("prog.py")));
        String[] r = run(other.resolve("prog.py").toString());
        assertEquals("init pkg pkg\n42 DIR\n", r[0]);
        assertEquals("0", r[2]);
    }

    @Test
    @DisplayName("-m dis is still pyvm's listing command")
    void disStillLists() {
        String[] r = runPlain("-m", "dis", dir.resolve("prog.py").toString());
        assertTrue(r[0].contains("IMPORT_NAME"), r[0]);
    }
}
