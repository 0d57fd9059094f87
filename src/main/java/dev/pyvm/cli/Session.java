package dev.pyvm.cli;

import dev.pyvm.ast.PySyntaxError;
import dev.pyvm.builtins.BuiltinsIO;
import dev.pyvm.builtins.BuiltinsModule;
import dev.pyvm.bytecode.CodeObject;
import dev.pyvm.compiler.Compiler;
import dev.pyvm.modules.BuiltinModules;
import dev.pyvm.modules.SysConfig;
import dev.pyvm.objects.ObjectSpace;
import dev.pyvm.objects.PyException;
import dev.pyvm.parse.SourceDecoder;
import dev.pyvm.vm.CodeCompiler;
import dev.pyvm.vm.Interpreter;
import dev.pyvm.vm.ModuleLoader;
import java.io.BufferedReader;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One interpreter with its {@code __main__}: the object space, the module loader, the built-in
 * modules, {@code builtins} and the interpreter, set up as CPython's start-up does; code runs in
 * {@code __main__}'s namespace, an uncaught exception is printed as CPython prints it, and
 * {@link #close} tears everything down as CPython's finalization (a final collection, then the
 * {@code -X showrefcount} line). A program runs once in a session; the interactive prompt runs
 * each input in the same session.
 */
final class Session {
    /** How a piece of code ended; INTERRUPTED: by an uncaught KeyboardInterrupt. */
    enum Ending { RETURNED, RAISED, INTERRUPTED, EXITED }

    /**
     * The ending, and the exit status it asks for (0 when it returned, 1 for an exception, 130 for
     * an uncaught KeyboardInterrupt, SystemExit's status).
     */
    record Outcome(Ending ending, int status) {}

    /** The exit status after an uncaught KeyboardInterrupt where the process cannot end by SIGINT (CPython: 128 + SIGINT). */
    static final int EXIT_SIGINT = 130;

    final ObjectSpace space;
    final Interpreter interp;
    private final ModuleLoader loader;
    private final RunCommand.Options options;
    private final PrintStream out;
    private final PrintStream err;
    private final int builtins;
    private final int main;
    private final BuiltinModules.Teardown modules;

    /** -O's level, what the program and its modules are compiled at. */
    private final int optimize;

    /**
     * @param dir   the program's directory, the first entry of {@code sys.path} (PYTHONPATH's after
     *              it) when there is a file or a module to run
     * @param file  the program's path ({@code __main__.__file__}), or null
     * @param io    where {@code print()} writes and {@code input()} reads
     * @param stdin what {@code sys.stdin} reads
     */
    Session(CommandLine cl, RunCommand.Options options, Path dir, String file, PrintStream out, PrintStream err,
            BuiltinsIO io, BufferedReader stdin) {
        this.options = options;
        this.out = out;
        this.err = err;
        space = new ObjectSpace(options.heap());
        space.gc.setStress(options.gcStress());
        optimize = cl.flags().optimize();
        loader = new ModuleLoader(space, (text, name) -> {
            try {
                return Compiler.compileSource(text, name, optimize);
            } catch (PySyntaxError e) {
                throw syntaxError(e);
            }
        }, sysPath(file == null && cl.mode() != CommandLine.Mode.MODULE ? "" : dir.toString(), cl));
        interp = new Interpreter(space, loader);
        interp.setStderr(err);
        interp.setSpecializing(options.specialize());
        interp.setCompileThreshold(options.compileThreshold());
        interp.setCodeCompiler(new CodeCompiler() {
            @Override
            public CodeObject compile(String source, String filename, String mode, boolean annotations, int level) {
                try {
                    return Compiler.compile(source, filename, Compiler.Mode.valueOf(mode.toUpperCase(java.util.Locale.ROOT)),
                            annotations, level < 0 ? optimize : level);
                } catch (PySyntaxError e) {
                    throw syntaxError(e);
                }
            }

            @Override
            public String decode(byte[] source, String filename) {
                try {
                    return SourceDecoder.decode(source, filename);
                } catch (PySyntaxError e) {
                    throw syntaxError(e);
                }
            }
        });
        modules = BuiltinModules.registerAll(loader, new SysConfig(cl.argv(), out, err, stdin, "pyvm", cl.flags(), cl.xoptions()));
        builtins = BuiltinsModule.create(space, io, loader::liveSysModules);
        if (optimize > 0) space.moduleSlots.set(builtins, "__debug__", space.falseObject);
        interp.setBuiltins(builtins);
        BuiltinModules.installOpen(interp, loader, builtins);
        Site.addQuitters(space, builtins);
        setSteal(builtins, "__import__", loader.newImportFunction(interp));
        main = space.moduleSlots.newModule("__main__");
        // a script's __main__, as CPython's: no spec, no package (-m and a directory set them)
        for (String name : List.of("__doc__", "__package__", "__loader__", "__spec__")) {
            space.moduleSlots.set(main, name, space.none);
        }
        if (file != null) {
            setSteal(main, "__file__", space.newStr(file));
            space.moduleSlots.set(main, "__cached__", space.none);
        }
        space.dictSlots.put(loader.sysModules(), space.intern("builtins"), builtins);
        space.dictSlots.put(loader.sysModules(), space.intern("__main__"), main);
    }

    int optimize() {
        return optimize;
    }

    /**
     * {@code sys.path}: {@code first} (the script's directory; the current one for -m; {@code ''},
     * the current directory as it is at each import, for -c, stdin and the prompt, as CPython),
     * then the directories of PYTHONPATH.
     */
    private static List<String> sysPath(String first, CommandLine cl) {
        List<String> path = new ArrayList<>();
        if (!cl.flags().safePath()) path.add(first); // -P, -I: not even the script's directory
        path.addAll(cl.pythonPath());
        return path;
    }

    /** Binds {@code name} in module h to value, stealing the reference. */
    private void setSteal(int h, String name, int value) {
        space.moduleSlots.set(h, name, value);
        space.heap.decref(value);
    }

    /**
     * Makes {@code __main__} the module {@code name} found at {@code file}, as CPython's runpy does
     * for {@code -m} and a directory: its {@code __spec__}, {@code __package__} and {@code __file__}.
     */
    void setMainSpec(String name, String file) {
        setSteal(main, "__spec__", loader.newSpec(name, file));
        setSteal(main, "__package__", space.newStr(name.substring(0, Math.max(0, name.lastIndexOf('.')))));
        setSteal(main, "__file__", space.newStr(file));
    }

    /**
     * {@code -m name}: finds the module (importing its parent packages; a package's
     * {@code __main__}), sets {@code sys.argv[0]} to its file and runs it as {@code __main__}.
     * When there is none, says so as CPython does ({@code pyvm: No module named x}) with status 1.
     */
    Outcome runModule(String name) {
        ModuleLoader.MainModule found;
        CodeObject code;
        try {
            // CPython's sys exists before runpy searches; its argv[0] is '-m' until the module is found
            int sys = loader.importName(interp, space.intern("sys"), 0, 0, 0);
            try {
                found = loader.findMain(interp, name);
                String file = found.file().toString();
                int argv = space.dictSlots.get(space.moduleSlots.dict(sys), "argv");
                if (argv != 0 && space.listSlots.check(argv) && space.listSlots.size(argv) > 0) {
                    int f = space.newStr(file), zero = space.newInt(0);
                    try {
                        space.setItem(argv, zero, f);
                    } finally {
                        space.heap.decref(f);
                        space.heap.decref(zero);
                    }
                }
                setMainSpec(found.name(), file);
                code = loader.compile(found.file(), found.name());
            } finally {
                space.heap.decref(sys);
            }
        } catch (ModuleLoader.NoMainModule e) {
            out.flush();
            err.println("pyvm: " + e.getMessage());
            err.flush();
            return new Outcome(Ending.RAISED, 1);
        } catch (PyException e) {
            return uncaught(e.exception());
        }
        return run(code);
    }

    /** Makes {@code source}'s lines those that tracebacks show for {@code filename}. */
    void addSource(String filename, String source) {
        interp.tracebacks().addSource(filename, source);
    }

    /** Runs code in {@code __main__}; an uncaught exception other than SystemExit has its traceback printed. */
    Outcome run(CodeObject code) {
        int codeObject = space.codeSlots.fromCode(code);
        try {
            space.heap.decref(interp.runCode(codeObject, space.moduleSlots.dict(main)));
            return new Outcome(Ending.RETURNED, 0);
        } catch (PyException e) {
            return uncaught(e.exception());
        } finally {
            space.heap.decref(codeObject);
            out.flush();
        }
    }

    /**
     * Teardown, as CPython's finalization. Py_FinalizeEx first collects while __main__ is still
     * alive (PyGC_Collect, with gc.callbacks, if the collector is enabled): it frees nothing of the
     * program's, but its move_unreachable reorders the collector's list, the order in which the
     * finalizers of the later collections run. Then the roots go and what they held is collected
     * (the space forgets gc.callbacks first: CPython's last collections call none). The
     * interpreter keeps the builtins until after that collection (CPython clears
     * interp->builtins last): finalizers still call print. Reports what is left.
     */
    void close() {
        out.flush();
        modules.runExitFuncs(); // CPython: _PyAtExit_Call, while the interpreter is whole
        out.flush();
        if (space.gc.isEnabled()) space.gc.collectWithCallback(2);
        out.flush();
        // the teardown collections collect all: what gc.freeze() set aside comes back, and nothing
        // is saved to gc.garbage any more (DEBUG_SAVEALL), whose own items go with space.release()
        // (CPython 3.11's finalization clears gc.garbage too)
        space.gc.setDebug(0);
        space.gc.unfreeze();
        space.heap.decref(main);
        space.heap.decref(builtins);
        loader.release();
        space.release();
        space.gc.collectWithCallback(2);
        interp.release();
        space.gc.collectWithCallback(2);
        space.heap.clearFreeLists();
        modules.closeFiles();
        out.flush();
        if (options.showRefcount()) {
            err.println("[" + space.liveMortalRefs() + " refs, " + space.liveMortalBlocks() + " blocks]");
        }
    }

    /** Prints an uncaught exception as CPython does; SystemExit sets the status instead. */
    private Outcome uncaught(int exc) {
        try {
            out.flush();
            if (space.exceptions.matches(exc, space.exceptions.byName().get("SystemExit"))) {
                return new Outcome(Ending.EXITED, systemExit(exc));
            }
            err.print(interp.tracebacks().format(exc));
            err.flush();
            // CPython 3.11: Python/pythonrun.c run_eval_code_obj() notes an exact KeyboardInterrupt
            if (space.typeOf(exc) == space.exceptions.byName().get("KeyboardInterrupt")) {
                return new Outcome(Ending.INTERRUPTED, EXIT_SIGINT);
            }
            return new Outcome(Ending.RAISED, 1);
        } finally {
            space.heap.decref(exc);
        }
    }

    // CPython 3.11: Python/pythonrun.c handle_system_exit()
    private int systemExit(int exc) {
        int args = space.exceptions.args(exc);
        int code = space.tupleSlots.size(args) == 0 ? space.none
                : space.tupleSlots.size(args) == 1 ? space.tupleSlots.item(args, 0) : args;
        if (code == space.none) return 0;
        if (space.intSlots.check(code)) {
            return space.intSlots.isSmall(code) ? (int) space.intSlots.longValue(code) : -1;
        }
        err.println(space.str(code));
        err.flush();
        return 1;
    }

    /** A compile error as the SyntaxError (or IndentationError, TabError) raised in Python. */
    private PyException syntaxError(PySyntaxError e) {
        return space.exceptions.raiseSyntaxError(space.exceptions.byName().get(e.type()), e.msg(), e.filename(),
                e.lineno(), e.offset(), e.text(), e.endLineno(), e.endOffset());
    }
}
