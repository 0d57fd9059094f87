package dev.pyvm.vm;

import dev.pyvm.bytecode.CodeObject;
import dev.pyvm.memory.Heap;
import dev.pyvm.objects.ObjectSpace;
import dev.pyvm.objects.PyException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code import}: the built-in modules by name, and {@code .py} modules found beside the main
 * program, each executed once and kept in {@code sys.modules}.
 */
public final class ModuleLoader {
    /** Makes a built-in module: a new reference. */
    @FunctionalInterface
    public interface BuiltinModule {
        int create(Interpreter interp);
    }

    /** Compiles a module's source; a syntax error is thrown as a Python SyntaxError. */
    @FunctionalInterface
    public interface SourceCompiler {
        CodeObject compile(String source, String filename);
    }

    private final ObjectSpace space;
    private final Heap heap;
    private final Map<String, BuiltinModule> builtins = new HashMap<>();
    private final SourceCompiler compiler;
    private final Path searchDir;
    private final int sysModules;

    public ModuleLoader(ObjectSpace space, SourceCompiler compiler, Path searchDir) {
        this.space = space;
        this.heap = space.heap;
        this.compiler = compiler;
        this.searchDir = searchDir;
        this.sysModules = space.dictSlots.newDict();
    }

    public void registerBuiltin(String name, BuiltinModule factory) {
        builtins.put(name, factory);
    }

    /** {@code sys.modules} (borrowed). */
    public int sysModules() {
        return sysModules;
    }

    /** Drops {@code sys.modules}, so that a final collection frees the modules. */
    public void release() {
        heap.decref(sysModules);
    }

    /** IMPORT_NAME: the module {@code name} (an interned str), imported once; a new reference. */
    public int importName(Interpreter interp, int name, int fromlist, int level, int globals) {
        String n = space.strSlots.toJava(name);
        if (level > 0) {
            throw space.error(space.exceptions.byName().get("ImportError"),
                    "attempted relative import with no known parent package");
        }
        int cached = space.dictSlots.get(sysModules, name);
        if (cached != 0) {
            heap.incref(cached);
            return cached;
        }
        BuiltinModule factory = builtins.get(n);
        if (factory != null) {
            int module = factory.create(interp);
            space.dictSlots.put(sysModules, name, module);
            return module;
        }
        Path file = n.contains(".") ? null : searchDir.resolve(n + ".py");
        if (file == null || !Files.isRegularFile(file)) {
            throw space.error(space.exceptions.byName().get("ModuleNotFoundError"), "No module named '" + n + "'");
        }
        String source;
        try {
            source = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw space.error(space.exceptions.byName().get("ImportError"), "cannot read " + file + ": " + e.getMessage());
        }
        CodeObject code = compiler.compile(source, file.toString());
        int module = space.moduleSlots.newModule(n);
        int fileStr = space.newStr(file.toString());
        space.moduleSlots.set(module, "__file__", fileStr);
        heap.decref(fileStr);
        space.dictSlots.put(sysModules, name, module);
        int codeObject = space.codeSlots.fromCode(code);
        try {
            heap.decref(interp.runCode(codeObject, space.moduleSlots.dict(module)));
        } catch (PyException e) {
            space.dictSlots.remove(sysModules, name);
            heap.decref(module);
            throw e;
        } finally {
            heap.decref(codeObject);
        }
        return module;
    }
}
