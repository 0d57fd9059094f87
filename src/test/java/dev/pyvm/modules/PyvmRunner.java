package dev.pyvm.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pyvm.compiler.Compiler;
import dev.pyvm.memory.HeapConfig;
import dev.pyvm.objects.ObjectSpace;
import dev.pyvm.objects.PyException;
import dev.pyvm.testing.Python3;
import dev.pyvm.vm.Interpreter;
import dev.pyvm.vm.ModuleLoader;
import dev.pyvm.vm.TracebackPrinter;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * Runs a program with the built-in modules registered and a stand-in {@code print} (the builtins
 * module is another package's): returns its stdout then its stderr (the traceback of an uncaught
 * exception last), as {@link Python3#runScript} does, and checks that no block leaked.
 */
final class PyvmRunner {
    private PyvmRunner() {}

    static String run(String source) {
        return run(source, List.of("test.py"));
    }

    static String run(String source, List<String> argv) {
        ObjectSpace space = new ObjectSpace(HeapConfig.defaults().withDebug(true));
        ModuleLoader loader = new ModuleLoader(space, Compiler::compileSource, Path.of("."));
        ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
        ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(outBytes, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);
        BuiltinModules.registerAll(loader, new SysConfig(argv, out, err,
                new BufferedReader(new StringReader("first line\nsecond\n")), "/usr/bin/pyvm"));
        Interpreter interp = new Interpreter(space, loader);
        int builtins = space.moduleSlots.newModule("builtins");
        int print = space.builtinFunctionSlots.newFunction(space.builtinFunctionSlots.define("print", 0,
                (self, args, start, nargs, kwnames) -> {
                    StringBuilder line = new StringBuilder();
                    for (int i = 0; i < nargs; i++) line.append(i > 0 ? " " : "").append(space.str(args[start + i]));
                    out.println(line);
                    return space.newNone();
                }), builtins);
        space.moduleSlots.set(builtins, "print", print);
        space.heap.decref(print);
        space.exceptions.byName().forEach((name, type) -> space.moduleSlots.set(builtins, name, type));
        interp.setBuiltins(builtins);
        int main = space.moduleSlots.newModule("__main__");
        int code = space.codeSlots.fromCode(Compiler.compileSource(source, "test.py"));
        TracebackPrinter printer = new TracebackPrinter(space);
        printer.addSource("test.py", source);
        try {
            space.heap.decref(interp.runCode(code, space.moduleSlots.dict(main)));
        } catch (PyException e) {
            err.print(printer.format(e.exception()));
            space.heap.decref(e.exception());
        }
        space.heap.decref(code);
        // teardown: namespaces hold cycles (functions and globals, modules and their functions,
        // sys and sys.modules) that only the collector could free; break them by hand
        space.dictSlots.clear(space.moduleSlots.dict(main));
        space.heap.decref(main);
        interp.release();
        space.dictSlots.clear(space.moduleSlots.dict(builtins));
        space.heap.decref(builtins);
        BuiltinModules.clearModules(space, loader);
        loader.release();
        space.heap.clearFreeLists();
        assertEquals(0, space.liveMortalBlocks(), "blocks leaked");
        space.heap.checkInvariants();
        return outBytes.toString(StandardCharsets.UTF_8) + errBytes.toString(StandardCharsets.UTF_8);
    }

    /** The program's output from pyvm and from python3 are the same. */
    static void same(String source) {
        assertEquals(Python3.runScript(source), run(source));
    }
}
