package dev.pyvm.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pyvm.ast.PySyntaxError;
import dev.pyvm.builtins.BuiltinsIO;
import dev.pyvm.builtins.BuiltinsModule;
import dev.pyvm.bytecode.CodeObject;
import dev.pyvm.compiler.Compiler;
import dev.pyvm.memory.HeapConfig;
import dev.pyvm.modules.BuiltinModules;
import dev.pyvm.modules.SysConfig;
import dev.pyvm.objects.ObjectSpace;
import dev.pyvm.objects.PyException;
import dev.pyvm.vm.Interpreter;
import dev.pyvm.vm.ModuleLoader;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * One pyvm interpreter in-process, as the command line sets it up (builtins, the built-in modules,
 * a {@code __main__} module), always in debug mode (the debug heap; frames' value stacks checked
 * against their maximum depth). Several pieces of source can run one after the other in the same
 * {@code __main__} namespace ({@link #exec}); the collector can be driven from Java between them
 * ({@link #collect}); {@link #close} tears down as at exit, runs the final collection and requires
 * that no block is left.
 */
final class PyvmSession implements AutoCloseable {
    final ObjectSpace space;
    private final ModuleLoader loader;
    private final Interpreter interp;
    private final int builtins;
    private final int main;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    private int chunk;
    private boolean closed;

    PyvmSession() {
        this(HeapConfig.defaults().withDebug(true));
    }

    PyvmSession(HeapConfig config) {
        this(config, true);
    }

    /** A session whose interpreter specializes instructions or not (-X nospecialize). */
    PyvmSession(HeapConfig config, boolean specialize) {
        this(config, specialize, Interpreter.DEFAULT_COMPILE_THRESHOLD);
    }

    /** A session that compiles code objects after {@code compileThreshold} entries and loops (-X jit=N; -1: off). */
    PyvmSession(HeapConfig config, boolean specialize, int compileThreshold) {
        space = new ObjectSpace(config);
        loader = new ModuleLoader(space, Compiler::compileSource, Path.of("."));
        interp = new Interpreter(space, loader);
        interp.setSpecializing(specialize);
        interp.setCompileThreshold(compileThreshold);
        interp.setStderr(out);
        BufferedReader stdin = new BufferedReader(new StringReader(""));
        BuiltinModules.registerAll(loader, new SysConfig(List.of("test.py"), out, out, stdin, "pyvm"));
        builtins = BuiltinsModule.create(space, BuiltinsIO.of(out, stdin));
        interp.setBuiltins(builtins);
        main = space.moduleSlots.newModule("__main__");
        space.dictSlots.put(loader.sysModules(), space.intern("__main__"), main);
    }

    /**
     * Runs {@code source} (as the file test.py) in the {@code __main__} namespace; returns what it
     * printed since the last call, then the traceback of an uncaught exception, as python3 prints
     * stdout then stderr.
     */
    String exec(String source) {
        CodeObject compiled;
        try {
            compiled = Compiler.compileSource(source, filename(chunk));
        } catch (PySyntaxError e) {
            chunk++;
            return takeOutput() + e.format();
        }
        return exec(source, compiled);
    }

    /** {@link #exec(String)} of source compiled beforehand (as the file test.py for the first piece). */
    String exec(String source, CodeObject compiled) {
        String filename = filename(chunk++);
        interp.tracebacks().addSource(filename, source);
        int code = space.codeSlots.fromCode(compiled);
        String traceback = "";
        try {
            space.heap.decref(interp.runCode(code, space.moduleSlots.dict(main)));
        } catch (PyException e) {
            out.flush();
            String before = takeOutput();
            traceback = before + interp.tracebacks().format(e.exception());
            space.heap.decref(e.exception());
        } finally {
            space.heap.decref(code);
        }
        return traceback.isEmpty() ? takeOutput() : traceback + takeOutput();
    }

    /** The file name the {@code chunk}th piece of source runs as: test.py, test2.py, … */
    private static String filename(int chunk) {
        return chunk == 0 ? "test.py" : "test" + (chunk + 1) + ".py";
    }

    /** A full collection driven from Java (gc.collect() without the gc module); returns what finalizers printed. */
    String collect() {
        space.gc.collectWithCallback(2);
        space.gc.checkInvariants();
        space.heap.checkInvariants();
        return takeOutput();
    }

    long liveBlocks() {
        space.heap.clearFreeLists();
        return space.liveMortalBlocks();
    }

    String takeOutput() {
        out.flush();
        String s = bytes.toString(StandardCharsets.UTF_8);
        bytes.reset();
        return s;
    }

    /** Tears down as at exit; returns what finalizers printed then; requires an empty heap. */
    @Override
    public void close() {
        String ignored = teardown();
        assert ignored != null;
    }

    String teardown() {
        if (closed) return "";
        closed = true;
        space.heap.decref(main);
        interp.release();
        space.heap.decref(builtins);
        loader.release();
        space.release();
        space.gc.collectWithCallback(2);
        space.gc.checkInvariants();
        space.heap.clearFreeLists();
        String printed = takeOutput();
        assertEquals(0, space.liveMortalBlocks(), "blocks leaked after teardown and the final collection");
        space.heap.checkInvariants();
        return printed;
    }

    /** Runs one program in a fresh interpreter, tears it down, and returns its output (see {@link #exec}). */
    static String run(String source) {
        try (PyvmSession s = new PyvmSession()) {
            return s.exec(source);
        }
    }

    /** {@link #run(String)} of source compiled beforehand as test.py. */
    static String run(String source, CodeObject compiled) {
        try (PyvmSession s = new PyvmSession()) {
            return s.exec(source, compiled);
        }
    }
}
