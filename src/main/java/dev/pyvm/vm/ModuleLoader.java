package dev.pyvm.vm;

import dev.pyvm.bytecode.CodeObject;
import dev.pyvm.memory.Heap;
import dev.pyvm.objects.ObjectSpace;
import dev.pyvm.objects.PyException;
import dev.pyvm.objects.StrType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

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

    /** Decodes and compiles a module's source file; a syntax error is thrown as a Python SyntaxError. */
    @FunctionalInterface
    public interface SourceCompiler {
        CodeObject compile(byte[] source, String filename);
    }

    private final ObjectSpace space;
    private final Heap heap;
    private final Map<String, BuiltinModule> builtins = new HashMap<>();
    private final SourceCompiler compiler;
    private final Path searchDir;
    private final int sysModules;
    /** The {@code .py} modules whose code is running (CPython: {@code __spec__._initializing}). */
    private final Set<Integer> initializing = new HashSet<>();

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

    /** Set once sys.modules is dropped: a finalizer that runs later cannot import. */
    private boolean released;

    /** Drops {@code sys.modules}, so that a final collection frees the modules. */
    public void release() {
        released = true;
        heap.decref(sysModules);
    }

    /** IMPORT_NAME: the module {@code name} (an interned str), imported once; a new reference. */
    public int importName(Interpreter interp, int name, int fromlist, int level, int globals) {
        if (level > 0) {
            throw space.error(space.exceptions.importError, "attempted relative import with no known parent package");
        }
        if (released) {
            // a finalizer run by the teardown's last collections (CPython 3.11: importlib's
            // message once sys.meta_path is gone)
            throw space.error(space.exceptions.importError, "sys.meta_path is None, Python is likely shutting down");
        }
        int cached = space.dictSlots.get(sysModules, name);
        if (cached == space.none) {
            // CPython 3.11: importlib._bootstrap._find_and_load
            String n = space.strSlots.toJava(name);
            throw space.exceptions.raiseImportError(space.exceptions.moduleNotFoundError,
                    "import of " + n + " halted; None in sys.modules", n, null);
        }
        if (cached != 0) {
            heap.incref(cached);
            return cached;
        }
        String n = space.strSlots.toJava(name);
        int dot = n.indexOf('.');
        if (dot >= 0) {
            // CPython 3.11: importlib._bootstrap._find_and_load_unlocked(): the parent first, and
            // no module here is a package
            String parent = n.substring(0, dot);
            heap.decref(importName(interp, space.intern(parent), fromlist, level, globals));
            int next = n.indexOf('.', dot + 1);
            String child = next < 0 ? n : n.substring(0, next);
            throw space.exceptions.raiseImportError(space.exceptions.moduleNotFoundError,
                    "No module named '" + child + "'; '" + parent + "' is not a package", child, null);
        }
        BuiltinModule factory = builtins.get(n);
        if (factory != null) {
            int module = factory.create(interp);
            space.dictSlots.put(sysModules, name, module);
            return module;
        }
        Path file = searchDir.resolve(n + ".py");
        if (!Files.isRegularFile(file)) {
            throw space.exceptions.raiseImportError(space.exceptions.moduleNotFoundError, "No module named '" + n + "'",
                    n, null);
        }
        byte[] source;
        try {
            source = Files.readAllBytes(file);
        } catch (IOException e) {
            throw space.exceptions.raiseImportError(space.exceptions.importError,
                    "cannot read " + file + ": " + e.getMessage(), n, file.toString());
        }
        CodeObject code = compiler.compile(source, file.toString());
        int module = space.moduleSlots.newModule(n);
        int fileStr = space.newStr(file.toString());
        space.moduleSlots.set(module, "__file__", fileStr);
        heap.decref(fileStr);
        space.dictSlots.put(sysModules, name, module);
        int codeObject = space.codeSlots.fromCode(code);
        initializing.add(module);
        try {
            heap.decref(interp.runCode(codeObject, space.moduleSlots.dict(module)));
        } catch (PyException e) {
            space.dictSlots.remove(sysModules, name);
            heap.decref(module);
            throw e;
        } finally {
            initializing.remove(module);
            heap.decref(codeObject);
        }
        return module;
    }

    // CPython 3.11: Python/ceval.c import_from()
    /** IMPORT_FROM: {@code module.name}, or an ImportError naming the module and its file; a new reference. */
    public int importFrom(int module, int name) {
        try {
            return space.getAttr(module, name);
        } catch (PyException e) {
            if (!space.exceptions.matches(e.exception(), space.exceptions.attributeError)) throw e;
            heap.decref(e.exception());
        }
        // CPython 3.11 import_from(): the name by getattr (anything in sys.modules may be there),
        // the file only of a module
        String moduleName = null, file = null;
        if (space.typeOf(module) == space.moduleSlots.type()) {
            int dict = space.moduleSlots.dict(module);
            moduleName = strOrNull(space.dictSlots.get(dict, "__name__"));
            file = strOrNull(space.dictSlots.get(dict, "__file__"));
        } else {
            try {
                int n = space.getAttr(module, space.intern("__name__"));
                moduleName = strOrNull(n);
                heap.decref(n);
            } catch (PyException e) {
                if (!space.exceptions.matches(e.exception(), space.exceptions.attributeError)) throw e;
                heap.decref(e.exception());
            }
        }
        String what = "cannot import name " + StrType.repr(space.strSlots.toJava(name)) + " from ";
        String from = StrType.repr(moduleName == null ? "<unknown module name>" : moduleName);
        String message = file == null ? what + from + " (unknown location)"
                : initializing.contains(module)
                ? what + "partially initialized module " + from + " (most likely due to a circular import) (" + file + ")"
                : what + from + " (" + file + ")";
        throw space.exceptions.raiseImportError(space.exceptions.importError, message, moduleName, file);
    }

    /** The Java text of a str value, or null for 0 or another type. */
    private String strOrNull(int value) {
        return value != 0 && space.strSlots.check(value) ? space.strSlots.toJava(value) : null;
    }
}
