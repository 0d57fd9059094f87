package dev.pyvm.modules;

import static dev.pyvm.modules.PyvmRunner.run;
import static dev.pyvm.modules.PyvmRunner.same;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** {@code sys} against python3, and pyvm's own sizes and heap statistics. */
class SysModuleTest {

    @Test
    @DisplayName("argv, constants, modules, encodings as CPython")
    void constants() {
        same("""
                import sys
                print(sys.argv, sys.maxsize, sys.byteorder, sys.platform, sys.maxunicode)
                print(sys.version_info[0], sys.version_info[1], sys.version_info[3], sys.hexversion >= 0x030B0000)
                print(sys.getdefaultencoding(), sys.getfilesystemencoding())
                print('sys' in sys.modules, sys.modules['sys'] is sys)
                import math
                print(sys.modules['math'] is math, sys, sys.exit, sys.getrefcount)
                print(sys.path[0] == '' or sys.path[0] != '')
                """);
        assertEquals("['prog.py', 'a', '-x']\n", run("import sys\nprint(sys.argv)\n", List.of("prog.py", "a", "-x")));
    }

    @Test
    @DisplayName("getrefcount counts the argument's reference on the caller's stack, as CPython")
    void getrefcount() {
        same("""
                import sys
                a = []
                print(sys.getrefcount(a))
                b = a
                print(sys.getrefcount(a))
                l = [a, a, a]
                print(sys.getrefcount(a))
                del l
                del b
                print(sys.getrefcount(a))
                t = (a,)
                d = {'k': a}
                print(sys.getrefcount(a), sys.getrefcount([]), sys.getrefcount(t))
                """);
    }

    @Test
    @DisplayName("exit raises SystemExit with CPython's args")
    void exit() {
        same("""
                import sys
                def attempt(*args):
                    try:
                        sys.exit(*args)
                    except SystemExit as e:
                        print(e.args)
                    except TypeError as e:
                        print("TypeError", e)
                attempt()
                attempt(None)
                attempt(3)
                attempt("message")
                attempt((1, 2))
                attempt(())
                attempt([1])
                attempt(1, 2)
                """);
    }

    @Test
    @DisplayName("the recursion limit: get, set, enforced, and its errors")
    void recursionLimit() {
        same("""
                import sys
                print(sys.getrecursionlimit())
                sys.setrecursionlimit(60)
                print(sys.getrecursionlimit())
                def down(n):
                    return down(n + 1)
                try:
                    down(0)
                except RecursionError as e:
                    print("RecursionError", e)
                def attempt(v):
                    try:
                        sys.setrecursionlimit(v)
                    except ValueError as e:
                        print("ValueError", e)
                    except TypeError as e:
                        print("TypeError", e)
                    except OverflowError as e:
                        print("OverflowError", e)
                attempt(0)
                attempt(-5)
                attempt(1.5)
                attempt('a')
                attempt(2**40)
                sys.setrecursionlimit(1000)
                print(sys.getrecursionlimit())
                """);
    }

    @Test
    @DisplayName("intern, exc_info, exception, stdout and stderr")
    void functions() {
        same("""
                import sys
                s = sys.intern("pyvm")
                print(s, s is sys.intern("pyvm"), sys.intern("a" + "b") is sys.intern("ab"))
                def attempt(f, *args):
                    try:
                        print(f(*args))
                    except TypeError as e:
                        print("TypeError", e)
                attempt(sys.intern, 1)
                attempt(sys.intern)
                attempt(sys.exc_info, 1)
                attempt(sys.getrefcount)
                attempt(sys.getsizeof)
                print(sys.exc_info(), sys.exception())
                try:
                    1 / 0
                except ZeroDivisionError as e:
                    t, v, tb = sys.exc_info()
                    print(t, v, v is e, tb is e.__traceback__, sys.exception() is e)
                    try:
                        {}['k']
                    except KeyError:
                        print(sys.exc_info()[0], sys.exc_info()[1])
                    print(sys.exc_info()[0])
                print(sys.exc_info())
                print(sys.stdout.write("written\\n"), sys.stdout.write(""), sys.stdout.write("h\\u00e9llo \\u4e16\\n"))
                print(sys.stdout.flush(), sys.stderr.write("to stderr\\n"))
                attempt(sys.stdout.write, 5)
                print(sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__)
                """);
    }

    @Test
    @DisplayName("getsizeof reports pyvm's blocks: the object's and those it owns")
    void getsizeof() {
        String out = run("""
                import sys
                print(sys.getsizeof(1), sys.getsizeof(1.5), sys.getsizeof(2**64), sys.getsizeof(2**1000))
                print(sys.getsizeof(''), sys.getsizeof('abc'), sys.getsizeof('a' * 0 + 'x'), sys.getsizeof(None))
                print(sys.getsizeof(()), sys.getsizeof((1, 2)), sys.getsizeof([]), sys.getsizeof([1, 2, 3]))
                print(sys.getsizeof({}), sys.getsizeof({'a': 1}), sys.getsizeof(sys.getsizeof, 0))
                """);
        // int: one 16-byte block inline; 2**64 is two digits after the 5-word header (28 bytes, 32);
        // 2**1000 has 32 digits: 148 bytes, a 160-byte block
        // str: 6 header words then the characters; '' is 28 bytes (a 32-byte block), 'abc' 27
        // tuple: 5 header words and the items; list: 7 words (32 bytes) and its item block: the
        // literal [1, 2, 3] is built by LIST_EXTEND, which over-allocates to 8 items as CPython's
        // list_resize does (32 bytes)
        // dict: 6 words (32 bytes); with one key, a keys table of 3 words, 8 indices, 5 entries
        String[] lines = out.split("\n");
        assertEquals("16 16 32 160", lines[0]);
        assertEquals("32 32 32 16", lines[1]);
        assertEquals("32 32 32 64", lines[2]);
        String[] dict = lines[3].split(" ");
        assertEquals("32", dict[0]);
        assertTrue(Integer.parseInt(dict[1]) > 32, lines[3]);
        assertEquals("32", dict[2]);
    }

    @Test
    @DisplayName("_debugmallocstats prints the heap's statistics on stderr, in CPython's layout")
    void debugMallocStats() {
        String out = run("""
                import sys
                print("before")
                sys._debugmallocstats()
                """);
        assertTrue(out.startsWith("before\nSmall block threshold = 512, in 32 size classes.\n"), out);
        assertTrue(out.contains("# arenas allocated current"), out);
        assertTrue(out.contains("free PyFloatObject"), out);
    }

    @Test
    @DisplayName("stdin reads lines from the configured input")
    void stdin() {
        assertEquals("first line\n\nsecond\n\n\n", run("""
                import sys
                print(sys.stdin.readline())
                print(sys.stdin.readline())
                print(sys.stdin.readline())
                """));
    }
}
