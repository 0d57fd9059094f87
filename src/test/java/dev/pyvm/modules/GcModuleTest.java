package dev.pyvm.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pyvm.builtins.BuiltinsIO;
import dev.pyvm.builtins.BuiltinsModule;
import dev.pyvm.compiler.Compiler;
import dev.pyvm.memory.HeapConfig;
import dev.pyvm.objects.ObjectSpace;
import dev.pyvm.objects.PyException;
import dev.pyvm.testing.Python3;
import dev.pyvm.vm.Interpreter;
import dev.pyvm.vm.ModuleLoader;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** {@code gc}: CPython 3.11's API, errors and callbacks, end to end against python3. */
class GcModuleTest {

    /**
     * Runs source as the command line does (real builtins, the built-in modules, teardown with a
     * final collection); returns stdout then stderr; checks that nothing leaked.
     */
    static String run(String source) {
        ObjectSpace space = new ObjectSpace(HeapConfig.defaults().withDebug(true));
        ModuleLoader loader = new ModuleLoader(space, Compiler::compileSource, Path.of("."));
        ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
        ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(outBytes, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);
        Interpreter interp = new Interpreter(space, loader);
        interp.setStderr(err);
        BufferedReader in = new BufferedReader(new StringReader(""));
        BuiltinModules.registerAll(loader, new SysConfig(List.of("test.py"), out, err, in, "pyvm"));
        int builtins = BuiltinsModule.create(space, BuiltinsIO.of(out, in));
        interp.setBuiltins(builtins);
        interp.tracebacks().addSource("test.py", source);
        int main = space.moduleSlots.newModule("__main__");
        space.dictSlots.put(loader.sysModules(), space.intern("__main__"), main);
        int code = space.codeSlots.fromCode(Compiler.compileSource(source, "test.py"));
        try {
            space.heap.decref(interp.runCode(code, space.moduleSlots.dict(main)));
        } catch (PyException e) {
            err.print(interp.tracebacks().format(e.exception()));
            space.heap.decref(e.exception());
        }
        space.heap.decref(code);
        space.heap.decref(main);
        space.heap.decref(builtins);
        interp.release();
        loader.release();
        space.release();
        space.gc.collectWithCallback(2);
        space.gc.checkInvariants();
        space.heap.clearFreeLists();
        assertEquals(0, space.liveMortalBlocks(), "blocks leaked");
        space.heap.checkInvariants();
        return outBytes.toString(StandardCharsets.UTF_8) + errBytes.toString(StandardCharsets.UTF_8);
    }

    /**
     * Runs source as {@code ./pyvm -X showrefcount -c source} (with the command line's shutdown);
     * returns stdout then stderr; checks that no block was left.
     */
    static String runCommand(String source) {
        ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
        ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        dev.pyvm.cli.Main.run(new String[] {"-X", "showrefcount", "-c", source},
                new PrintStream(outBytes, true, StandardCharsets.UTF_8), new PrintStream(errBytes, true, StandardCharsets.UTF_8));
        String err = errBytes.toString(StandardCharsets.UTF_8);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\[-?\\d+ refs, (-?\\d+) blocks\\]\\n$").matcher(err);
        assertTrue(m.find(), err);
        assertEquals("0", m.group(1), "blocks left at exit");
        return outBytes.toString(StandardCharsets.UTF_8) + err.substring(0, m.start());
    }

    /** pyvm and python3 print the same, addresses aside. */
    static void same(String source) {
        assertEquals(noAddresses(Python3.runScript(source)), noAddresses(run(source)));
    }

    private static String noAddresses(String s) {
        return s.replaceAll(" at 0x[0-9a-f]+", " at 0x?");
    }

    private static final String ATTEMPT = """
            import gc
            def t(f, *a, **k):
                try:
                    print(repr(f(*a, **k)))
                except Exception as e:
                    print(type(e).__name__ + ":", e)
            """;

    @Test
    @DisplayName("collect, thresholds and debug flags: CPython's argument errors")
    void collectAndThresholdErrors() {
        same(ATTEMPT + """
                t(gc.collect, 3)
                t(gc.collect, -1)
                t(gc.collect, 1.5)
                t(gc.collect, "x")
                t(gc.collect, 1, 2)
                t(gc.collect, x=1)
                t(gc.collect, generation=0)
                t(gc.collect, 0, generation=0)
                t(gc.collect, 2**40)
                t(gc.collect, True)
                t(gc.set_threshold)
                t(gc.set_threshold, 1, 2, 3, 4)
                t(gc.set_threshold, 1, x=2)
                t(gc.set_threshold, 1.5)
                t(gc.set_threshold, "a")
                t(gc.set_threshold, 2**40)
                t(gc.set_threshold, -2**40)
                t(gc.set_threshold, 2**70)
                t(gc.set_threshold, 5, "x")
                print(gc.get_threshold())
                gc.set_threshold(-3, 0, 0)
                print(gc.get_threshold())
                gc.set_threshold(700, 10, 10)
                t(gc.set_debug)
                t(gc.set_debug, 1, 2)
                t(gc.set_debug, 1.0)
                t(gc.set_debug, flags=1)
                t(gc.set_debug, True)
                print(gc.get_debug())
                gc.set_debug(0)
                """);
    }

    @Test
    @DisplayName("the other functions: argument counts, get_objects' generation, the constants")
    void otherErrors() {
        same(ATTEMPT + """
                for f in (gc.enable, gc.disable, gc.isenabled, gc.get_count, gc.get_threshold, gc.get_stats,
                          gc.get_debug, gc.freeze, gc.unfreeze, gc.get_freeze_count):
                    t(f, 1)
                    t(f, x=1)
                t(gc.is_tracked)
                t(gc.is_tracked, 1, 2)
                t(gc.is_finalized)
                t(gc.is_finalized, [], x=1)
                t(gc.get_objects, 3)
                t(gc.get_objects, -2)
                t(gc.get_objects, "a")
                t(gc.get_objects, 1.0)
                t(gc.get_objects, generation="a")
                t(gc.get_objects, x=1)
                t(gc.get_objects, 0, 1)
                t(gc.get_objects, 2**70)
                print(type(gc.get_objects(-1)), type(gc.get_objects(None)), type(gc.get_objects(generation=2)))
                t(gc.get_referrers, x=1)
                t(gc.get_referents, x=1)
                t(gc.get_referents)
                t(gc.get_referrers)
                print(gc.collect, gc.get_referents, gc.DEBUG_LEAK, gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE,
                      gc.DEBUG_UNCOLLECTABLE, gc.DEBUG_SAVEALL)
                print([list(s) for s in gc.get_stats()])
                print(gc.garbage is gc.garbage, type(gc.callbacks), gc.__name__)
                print(gc.is_finalized([]), gc.is_finalized(1), gc.get_referents(1, "s", None, int))
                """);
    }

    @Test
    @DisplayName("get_objects and get_referrers find the program's containers, never the result list")
    void objectsAndReferrers() {
        same("""
                import gc
                gc.collect()
                class K:
                    pass
                k = K()
                a = [k]
                b = {"k": k}
                c = (k, 1)
                def has(xs, o):
                    return len([x for x in xs if x is o]) > 0
                r = gc.get_referrers(k)
                print(has(r, a), has(r, b), has(r, c), has(r, r))
                r2 = gc.get_referrers(a, b)
                print(has(r2, gc.get_referrers), has(r2, r2))
                objs = gc.get_objects()
                print(has(objs, a), has(objs, objs), has(objs, k), has(objs, K))
                print(has(gc.get_objects(0), a), has(gc.get_objects(2), a))
                gc.collect()
                print(has(gc.get_objects(0), a), has(gc.get_objects(2), a))
                print(gc.get_referents(a, c, b) == [k, 1, k, k])
                """);
    }

    @Test
    @DisplayName("callbacks: a shared info dict, errors reported and ignored, collect() inside does nothing")
    void callbacks() {
        same("""
                import gc
                gc.collect()
                def show(phase, info):
                    print(phase, info, gc.collect())
                    info["seen"] = True
                def after(phase, info):
                    print(" after:", sorted(info))
                def bad(phase, info):
                    raise KeyError(phase)
                gc.callbacks.extend([show, bad, after])
                l = []
                l.append(l)
                del l
                print("collected", gc.collect(1))
                gc.callbacks.remove(bad)
                def remover(phase, info):
                    print(" remover", phase)
                    gc.callbacks.remove(remover)
                gc.callbacks.insert(0, remover)
                gc.collect(0)
                gc.callbacks.clear()
                print(gc.collect())
                """);
    }

    @Test
    @DisplayName("at exit, callbacks run once more, in a collection made before the teardown, if gc is enabled")
    void callbacksAtExit() {
        // CPython's Py_FinalizeEx: PyGC_Collect() while the program's objects are still alive
        // (the garbage cycle is collected then), none in the collections of the teardown
        assertEquals("""
                end
                callback start 2 0
                del garbage
                callback stop 2 1
                """, runCommand("""
                import gc
                class Fin:
                    def __del__(self):
                        print("del", self.name)
                def cb(phase, info):
                    print("callback", phase, info["generation"], info["collected"])
                gc.callbacks.append(cb)
                def garbage():
                    f = Fin()
                    f.name = "garbage"
                    f.me = f
                garbage()
                print("end")
                """));
        assertEquals("end\n", runCommand("""
                import gc
                def cb(phase, info):
                    print("callback", phase)
                gc.callbacks.append(cb)
                gc.disable()
                print("end")
                """));
    }

    @Test
    @DisplayName("garbage and callbacks are the same lists after the module is imported again")
    void reimport() {
        same("""
                import gc, sys
                g, c = gc.garbage, gc.callbacks
                del sys.modules["gc"]
                import gc as gc2
                print(gc2 is gc, gc2.garbage is g, gc2.callbacks is c)
                """);
    }

    @Test
    @DisplayName("DEBUG_STATS and DEBUG_COLLECTABLE print CPython's lines on stderr")
    void debugStats() {
        String out = run("""
                import gc
                gc.collect()
                gc.set_debug(gc.DEBUG_STATS | gc.DEBUG_COLLECTABLE)
                l = []
                l.append(l)
                del l
                print(gc.collect(1))
                gc.set_debug(0)
                print("quiet", gc.collect())
                """);
        String[] lines = out.split("\n");
        assertEquals("1", lines[0], out);
        assertEquals("quiet 0", lines[1], out);
        assertEquals("gc: collecting generation 1...", lines[2], out);
        assertTrue(lines[3].matches("gc: objects in each generation: \\d+ \\d+ \\d+"), out);
        assertTrue(lines[4].matches("gc: objects in permanent generation: 0"), out);
        assertTrue(lines[5].matches("gc: collectable <list 0x[0-9a-f]+>"), out);
        assertTrue(lines[6].matches("gc: done, 1 unreachable, 0 uncollectable, \\d+\\.\\d{4}s elapsed"), out);
        assertEquals(7, lines.length, out);
    }
}
