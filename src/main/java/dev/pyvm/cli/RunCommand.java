package dev.pyvm.cli;

import dev.pyvm.ast.PySyntaxError;
import dev.pyvm.builtins.BuiltinsIO;
import dev.pyvm.builtins.BuiltinsModule;
import dev.pyvm.bytecode.CodeObject;
import dev.pyvm.compiler.Compiler;
import dev.pyvm.memory.HeapConfig;
import dev.pyvm.memory.OutOfHeapError;
import dev.pyvm.modules.BuiltinModules;
import dev.pyvm.modules.SysConfig;
import dev.pyvm.objects.ObjectSpace;
import dev.pyvm.objects.PyException;
import dev.pyvm.vm.Interpreter;
import dev.pyvm.vm.ModuleLoader;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * Runs a program (a file, {@code -c} code, or standard input) as {@code python3} would: its
 * output, its traceback on stderr, its exit status; then tears the interpreter down, collects
 * what is left and, with {@code -X showrefcount}, reports what is still alive.
 */
final class RunCommand {
    /** The Java stack of the interpreter's thread: deep enough for Java-to-Python re-entry at the recursion limit. */
    private static final long INTERPRETER_STACK_BYTES = 1L << 30;

    private RunCommand() {}

    static int run(CommandLine cl, PrintStream out, PrintStream err, InputStream in) throws CommandLine.UsageError {
        Options options = Options.from(cl.xoptions());
        String source;
        String filename;
        switch (cl.mode()) {
            case FILE -> {
                Path path = Path.of(cl.target()).toAbsolutePath().normalize();
                try {
                    source = Files.readString(path, StandardCharsets.UTF_8);
                } catch (NoSuchFileException e) {
                    err.println("pyvm: can't open file '" + path + "': [Errno 2] No such file or directory");
                    return 2;
                } catch (IOException e) {
                    err.println("pyvm: can't open file '" + path + "': " + e.getMessage());
                    return 2;
                }
                filename = path.toString();
            }
            case COMMAND -> {
                source = cl.target();
                filename = "<string>";
            }
            default -> {
                try {
                    source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                } catch (IOException e) {
                    err.println("pyvm: cannot read standard input: " + e.getMessage());
                    return 2;
                }
                filename = "<stdin>";
            }
        }
        int[] status = {0};
        String finalSource = source;
        Thread thread = new Thread(null, () -> status[0] = execute(cl, options, finalSource, filename, out, err, in),
                "pyvm", INTERPRETER_STACK_BYTES);
        thread.start();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
        return status[0];
    }

    private static int execute(CommandLine cl, Options options, String source, String filename, PrintStream rawOut,
            PrintStream err, InputStream in) {
        PrintStream out = new PrintStream(new BufferedOutputStream(rawOut, 1 << 16), false, StandardCharsets.UTF_8);
        try {
            CodeObject code;
            try {
                code = Compiler.compileSource(source, filename);
            } catch (PySyntaxError e) {
                err.print(e.format());
                // the heap was never made: nothing is alive, which -X showrefcount still says
                if (options.showRefcount()) err.println("[0 refs, 0 blocks]");
                return 1;
            }
            return runCompiled(cl, options, code, source, filename, out, err, in);
        } catch (OutOfHeapError e) {
            out.flush();
            err.println("MemoryError");
            return 1;
        } catch (StackOverflowError e) {
            out.flush();
            err.println("RecursionError: maximum recursion depth exceeded");
            return 1;
        } catch (RuntimeException | LinkageError e) {
            out.flush();
            err.println("SystemError: pyvm internal error: " + e);
            return 1;
        } finally {
            out.flush();
        }
    }

    private static int runCompiled(CommandLine cl, Options options, CodeObject code, String source, String filename,
            PrintStream out, PrintStream err, InputStream in) {
        ObjectSpace space = new ObjectSpace(options.heap());
        space.gc.setStress(options.gcStress());
        Path dir = cl.mode() == CommandLine.Mode.FILE ? Path.of(filename).getParent() : Path.of("").toAbsolutePath();
        ModuleLoader loader = new ModuleLoader(space, (text, name) -> {
            try {
                return Compiler.compileSource(text, name);
            } catch (PySyntaxError e) {
                throw space.error(space.exceptions.byName().get(e.type()), e.msg() + " (" + e.filename() + ", line "
                        + e.lineno() + ")");
            }
        }, dir);
        Interpreter interp = new Interpreter(space, loader);
        interp.setStderr(err);
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        BuiltinModules.registerAll(loader, new SysConfig(cl.argv(), out, err, reader, "pyvm", List.of(dir.toString())));
        int builtins = BuiltinsModule.create(space, BuiltinsIO.of(out, reader));
        interp.setBuiltins(builtins);
        interp.tracebacks().addSource(filename, source);
        int main = space.moduleSlots.newModule("__main__");
        if (cl.mode() == CommandLine.Mode.FILE) {
            int file = space.newStr(filename);
            space.moduleSlots.set(main, "__file__", file);
            space.heap.decref(file);
        }
        space.dictSlots.put(loader.sysModules(), space.intern("__main__"), main);
        int codeObject = space.codeSlots.fromCode(code);
        int status = 0;
        try {
            space.heap.decref(interp.runCode(codeObject, space.moduleSlots.dict(main)));
        } catch (PyException e) {
            status = uncaught(space, interp, e.exception(), out, err);
        }
        space.heap.decref(codeObject);
        out.flush();
        // teardown, as CPython's finalization. Py_FinalizeEx first collects while __main__ is
        // still alive (PyGC_Collect, with gc.callbacks, if the collector is enabled): it frees
        // nothing of the program's, but its move_unreachable reorders the collector's list, the
        // order in which the finalizers of the later collections run. Then drop the roots and
        // collect what they held (the space forgets gc.callbacks first: CPython's last
        // collections call none). The interpreter keeps the builtins until after that
        // collection (CPython clears interp->builtins last): finalizers still call print.
        if (space.gc.isEnabled()) space.gc.collectWithCallback(2);
        out.flush();
        space.heap.decref(main);
        space.heap.decref(builtins);
        loader.release();
        space.release();
        space.gc.collectWithCallback(2);
        interp.release();
        space.gc.collectWithCallback(2);
        space.heap.clearFreeLists();
        out.flush();
        if (options.showRefcount()) {
            err.println("[" + space.liveMortalRefs() + " refs, " + space.liveMortalBlocks() + " blocks]");
        }
        return status;
    }

    /** Prints an uncaught exception as CPython does and returns the exit status; SystemExit sets it. */
    private static int uncaught(ObjectSpace space, Interpreter interp, int exc, PrintStream out, PrintStream err) {
        try {
            out.flush();
            if (space.exceptions.matches(exc, space.exceptions.byName().get("SystemExit"))) {
                return systemExit(space, exc, err);
            }
            err.print(interp.tracebacks().format(exc));
            err.flush();
            return 1;
        } finally {
            space.heap.decref(exc);
        }
    }

    // CPython 3.11: Python/pythonrun.c handle_system_exit()
    private static int systemExit(ObjectSpace space, int exc, PrintStream err) {
        int args = space.exceptions.args(exc);
        int code = space.tupleSlots.size(args) == 0 ? space.none
                : space.tupleSlots.size(args) == 1 ? space.tupleSlots.item(args, 0) : args;
        if (code == space.none) return 0;
        if (space.intSlots.check(code)) {
            return space.intSlots.isSmall(code) ? (int) space.intSlots.longValue(code) : -1;
        }
        err.println(space.str(code));
        return 1;
    }

    /** The {@code -X} options pyvm understands. */
    record Options(HeapConfig heap, boolean showRefcount, boolean gcStress) {
        static Options from(java.util.Map<String, String> x) throws CommandLine.UsageError {
            HeapConfig heap = HeapConfig.defaults();
            try {
                if (x.containsKey("arena")) heap = heap.withArenaSize(size(x, "arena"));
                if (x.containsKey("pool")) heap = heap.withPoolSize(size(x, "pool"));
                if (x.containsKey("maxheap")) heap = heap.withMaxHeap(CommandLine.parseSize("maxheap", x.get("maxheap")));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.UsageError("pyvm: " + e.getMessage());
            }
            if (x.containsKey("debugheap")) heap = heap.withDebug(true);
            return new Options(heap, x.containsKey("showrefcount"), x.containsKey("gcstress"));
        }

        private static int size(java.util.Map<String, String> x, String option) throws CommandLine.UsageError {
            long n = CommandLine.parseSize(option, x.get(option));
            if (n > Integer.MAX_VALUE) throw new CommandLine.UsageError("pyvm: -X " + option + ": " + x.get(option) + " is too large");
            return (int) n;
        }
    }
}
