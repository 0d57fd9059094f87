package dev.pyvm.vm;

import dev.pyvm.bytecode.CodeObject;
import dev.pyvm.memory.Heap;
import dev.pyvm.objects.ArgParser;
import dev.pyvm.objects.ObjectSpace;
import dev.pyvm.objects.PyException;
import dev.pyvm.objects.StrType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The import system, as CPython 3.11's for source modules: the built-in modules by name, pyvm's
 * modules written in Python (in the jar, CPython's frozen modules), then modules and packages (directories with an {@code __init__.py}) found along {@code sys.path} (a
 * real list, read at each import) or a package's {@code __path__}; absolute and relative names;
 * each module executed once and kept in {@code sys.modules}, bound as an attribute of its parent
 * package. CPython 3.11: Python/import.c PyImport_ImportModuleLevelObject() and
 * Lib/importlib/_bootstrap.py, whose function names the methods here keep.
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

    /** What {@code -m NAME} runs: the module's full name and its source file. */
    public record MainModule(String name, Path file) {}

    /** {@code -m NAME} names nothing that can run: the message CPython's runpy prints after the program's name. */
    public static final class NoMainModule extends RuntimeException {
        NoMainModule(String message) {
            super(message);
        }
    }

    private final ObjectSpace space;
    private final Heap heap;
    private final Map<String, BuiltinModule> builtins = new HashMap<>();
    /** pyvm's modules written in Python: their code, compiled when pyvm was built, by name (CPython: the frozen modules). */
    private final Map<String, Supplier<CodeObject>> frozen = new HashMap<>();
    private final SourceCompiler compiler;
    private final int sysModules;
    /** The list {@code sys.path} starts as; imports read {@code sys.path} itself once sys exists. */
    private final int sysPath;
    /** The {@code .py} modules whose code is running (CPython: {@code __spec__._initializing}). */
    private final Set<Integer> initializing = new HashSet<>();
    private ModuleSpecType specs;
    /** Set once sys.modules is dropped: a finalizer that runs later cannot import. */
    private boolean released;

    /** A loader whose {@code sys.path} is {@code path}. */
    public ModuleLoader(ObjectSpace space, SourceCompiler compiler, List<String> path) {
        this.space = space;
        this.heap = space.heap;
        this.compiler = compiler;
        this.sysModules = space.dictSlots.newDict();
        this.sysPath = space.listSlots.newList(path.size());
        for (String entry : path) space.listSlots.appendSteal(sysPath, space.newStr(entry));
    }

    /** A loader whose {@code sys.path} is the one directory {@code searchDir}. */
    public ModuleLoader(ObjectSpace space, SourceCompiler compiler, Path searchDir) {
        this(space, compiler, List.of(searchDir.toString()));
    }

    public void registerBuiltin(String name, BuiltinModule factory) {
        builtins.put(name, factory);
    }

    /** Registers a module of pyvm's written in Python, whose code {@code code} gives when it is first imported. */
    public void registerFrozen(String name, Supplier<CodeObject> code) {
        frozen.put(name, code);
    }

    /**
     * Registers a package of pyvm's written in Python ({@code collections}): the code of its
     * {@code __init__}; its submodules are registered by their dotted names with {@link #registerFrozen}.
     */
    public void registerFrozenPackage(String name, Supplier<CodeObject> code) {
        frozen.put(name, code);
        frozenPackages.add(name);
    }

    /** The frozen modules that are packages (their __path__ is empty: submodules are frozen too). */
    private final java.util.Set<String> frozenPackages = new java.util.HashSet<>();

    /** {@code sys.modules} (borrowed). */
    public int sysModules() {
        return sysModules;
    }

    /** {@code sys.modules} (borrowed), or 0 once the teardown has dropped it. */
    public int liveSysModules() {
        return released ? 0 : sysModules;
    }

    /** The list {@code sys.path} is made with (borrowed). */
    public int sysPath() {
        return sysPath;
    }

    /** Drops {@code sys.modules} and the path, so that a final collection frees the modules. */
    public void release() {
        released = true;
        heap.decref(sysModules);
        heap.decref(sysPath);
    }

    // ---- IMPORT_NAME and __import__ ----

    // CPython 3.11: Python/import.c PyImport_ImportModuleLevelObject()
    /**
     * {@code __import__(name, globals, None, fromlist, level)}: what IMPORT_NAME pushes, the top
     * package for {@code import a.b}, the module itself with a fromlist; a new reference.
     * {@code name} is a str; {@code fromlist} may be 0 or None; {@code globals} (0 when not given) is read for a relative import.
     */
    public int importName(Interpreter interp, int name, int fromlist, int level, int globals) {
        if (released) {
            // a finalizer run by the teardown's last collections (CPython 3.11: importlib's
            // message once sys.meta_path is gone)
            throw space.error(space.exceptions.importError, "sys.meta_path is None, Python is likely shutting down");
        }
        boolean hasFromlist = fromlist != 0 && fromlist != space.none && space.isTrue(fromlist);
        if (level == 0 && !hasFromlist) {
            // the common case first: `import m` of a module already loaded
            int cached = space.dictSlots.get(sysModules, name);
            if (cached != 0 && cached != space.none && space.strSlots.toJava(name).indexOf('.') < 0) {
                heap.incref(cached);
                return cached;
            }
        }
        String n = space.strSlots.toJava(name);
        String absName;
        if (level > 0) {
            absName = resolveName(n, globals, level);
        } else {
            if (n.isEmpty()) throw space.valueError("Empty module name");
            absName = n;
        }
        int module = findAndLoad(interp, absName);
        if (hasFromlist) {
            try {
                if (isPackage(module)) handleFromlist(interp, module, fromlist, false);
            } catch (PyException e) {
                heap.decref(module);
                throw e;
            }
            return module;
        }
        int dot = n.indexOf('.');
        if (dot < 0 || (level > 0 && n.isEmpty())) return module;
        heap.decref(module);
        if (level == 0) return findAndLoad(interp, n.substring(0, dot));
        // from a relative `import .a.b` by __import__: the module `.a` names
        String front = absName.substring(0, absName.length() - (n.length() - dot));
        int top = space.dictSlots.get(sysModules, front);
        if (top == 0) throw space.error(space.exceptions.keyError, StrType.repr(front) + " not in sys.modules as expected");
        heap.incref(top);
        return top;
    }

    // CPython 3.11: Python/import.c resolve_name()
    /** The absolute name of a relative import of {@code name} {@code level} packages up from the importer's. */
    private String resolveName(String name, int globals, int level) {
        if (globals == 0 || !space.dictSlots.check(globals)) throw space.typeError("globals must be a dict");
        int packageObj = space.dictSlots.get(globals, "__package__");
        int spec = space.dictSlots.get(globals, "__spec__");
        String pkg;
        if (packageObj != 0 && packageObj != space.none) {
            if (!space.strSlots.check(packageObj)) throw space.typeError("package must be a string");
            pkg = space.strSlots.toJava(packageObj);
        } else if (spec != 0 && spec != space.none) {
            int parent = space.getAttr(spec, space.intern("parent"));
            try {
                if (!space.strSlots.check(parent)) throw space.typeError("__spec__.parent must be a string");
                pkg = space.strSlots.toJava(parent);
            } finally {
                heap.decref(parent);
            }
        } else {
            int modName = space.dictSlots.get(globals, "__name__");
            if (modName == 0) throw space.error(space.exceptions.keyError, "'__name__' not in globals");
            if (!space.strSlots.check(modName)) throw space.typeError("__name__ must be a string");
            pkg = space.strSlots.toJava(modName);
            if (space.dictSlots.get(globals, "__path__") == 0) pkg = pkg.substring(0, Math.max(0, pkg.lastIndexOf('.')));
        }
        if (pkg.isEmpty()) {
            throw space.error(space.exceptions.importError, "attempted relative import with no known parent package");
        }
        String base = pkg;
        for (int i = 1; i < level; i++) {
            int dot = base.lastIndexOf('.');
            if (dot < 0) throw space.error(space.exceptions.importError, "attempted relative import beyond top-level package");
            base = base.substring(0, dot);
        }
        return name.isEmpty() ? base : base + "." + name;
    }

    // CPython 3.11: Lib/importlib/_bootstrap.py _find_and_load()
    /** The module {@code name} (absolute), from sys.modules or loaded now; a new reference. */
    private int findAndLoad(Interpreter interp, String name) {
        int cached = space.dictSlots.get(sysModules, name);
        if (cached == space.none) {
            throw space.exceptions.raiseImportError(space.exceptions.moduleNotFoundError,
                    "import of " + name + " halted; None in sys.modules", name, null);
        }
        if (cached != 0) {
            heap.incref(cached);
            return cached;
        }
        return findAndLoadUnlocked(interp, name);
    }

    // CPython 3.11: Lib/importlib/_bootstrap.py _find_and_load_unlocked()
    private int findAndLoadUnlocked(Interpreter interp, String name) {
        int dot = name.lastIndexOf('.');
        String parent = dot < 0 ? null : name.substring(0, dot);
        String child = name.substring(dot + 1);
        int path = 0;
        if (parent != null) {
            if (space.dictSlots.get(sysModules, parent) == 0) heap.decref(findAndLoad(interp, parent));
            int loaded = space.dictSlots.get(sysModules, name);
            if (loaded != 0) {
                heap.incref(loaded);
                return loaded;
            }
            path = attrOrZero(parentModule(parent), "__path__");
            if (path == 0) {
                throw space.exceptions.raiseImportError(space.exceptions.moduleNotFoundError,
                        "No module named " + StrType.repr(name) + "; " + StrType.repr(parent) + " is not a package",
                        name, null);
            }
        }
        int module;
        try {
            BuiltinModule factory = parent == null ? builtins.get(name) : null;
            Supplier<CodeObject> frozenCode = parent == null || frozenPackages.contains(parent) ? frozen.get(name) : null;
            if (factory != null) {
                module = loadBuiltin(interp, name, factory);
            } else if (frozenCode != null) {
                module = loadFrozen(interp, name, frozenCode.get());
            } else {
                PathFinder.Found found = PathFinder.find(child, entries(path != 0 ? path : currentSysPath()));
                if (found == null) {
                    throw space.exceptions.raiseImportError(space.exceptions.moduleNotFoundError,
                            "No module named " + StrType.repr(name), name, null);
                }
                module = loadSource(interp, name, found);
            }
        } finally {
            heap.xdecref(path);
        }
        if (parent != null) {
            int parentModule = space.dictSlots.get(sysModules, parent);
            if (parentModule != 0) {
                try {
                    space.setAttr(parentModule, space.intern(child), module);
                } catch (PyException e) {
                    heap.decref(module);
                    throw e;
                }
            }
        }
        return module;
    }

    /** sys.modules[parent] (borrowed), the parent package just imported. */
    private int parentModule(String parent) {
        int m = space.dictSlots.get(sysModules, parent);
        if (m == 0) throw space.error(space.exceptions.keyError, StrType.repr(parent));
        return m;
    }

    /** {@code sys.path} as the program has it now (borrowed): sys's attribute once sys is imported. */
    private int currentSysPath() {
        int sys = space.dictSlots.get(sysModules, "sys");
        if (sys != 0 && space.typeOf(sys) == space.moduleSlots.type()) {
            int p = space.dictSlots.get(space.moduleSlots.dict(sys), "path");
            if (p != 0) return p;
        }
        return sysPath;
    }

    /** The str entries of a search path (any iterable; CPython's PathFinder skips other items). */
    private List<String> entries(int path) {
        List<String> out = new ArrayList<>();
        int it = space.iter(path);
        try {
            for (int item; (item = space.iterNext(it)) != 0; ) {
                if (space.strSlots.check(item)) out.add(space.strSlots.toJava(item));
                heap.decref(item);
            }
        } finally {
            heap.decref(it);
        }
        return out;
    }

    private int loadBuiltin(Interpreter interp, String name, BuiltinModule factory) {
        int module = factory.create(interp);
        int origin = space.newStr(ModuleSpecType.BUILT_IN);
        setSteal(module, "__spec__", specs().newSpec(name, origin, 0));
        heap.decref(origin);
        setSteal(module, "__package__", space.newStr(""));
        space.dictSlots.put(sysModules, space.intern(name), module);
        return module;
    }

    private int loadSource(Interpreter interp, String name, PathFinder.Found found) {
        Path file = found.file();
        CodeObject code = file == null ? null : compile(file, name);
        int locations = 0;
        if (found.isPackage()) {
            locations = space.listSlots.newList(found.locations().size());
            for (Path dir : found.locations()) space.listSlots.appendSteal(locations, space.newStr(dir.toString()));
        }
        int origin = file == null ? space.newNone() : space.newStr(file.toString());
        int module = newModule(name, origin, locations, true);
        if (code == null) return module; // a namespace package: nothing to run
        return execModule(interp, name, module, code);
    }

    /** A module of pyvm's written in Python, its code in the jar: no file, its origin {@code 'frozen'}. */
    private int loadFrozen(Interpreter interp, String name, CodeObject code) {
        int locations = frozenPackages.contains(name) ? space.listSlots.newList(0) : 0;
        int module = newModule(name, space.newStr("frozen"), locations, false);
        return execModule(interp, name, module, code);
    }

    // CPython 3.11: Lib/importlib/_bootstrap.py module_from_spec() and _init_module_attrs()
    /**
     * A new module with the attributes of its spec, put in sys.modules (which holds the reference
     * returned); origin (stolen) is the file, {@code 'frozen'} or None, and is the module's
     * {@code __file__} when {@code hasFile}; locations (stolen, 0 for a module) its {@code __path__}.
     */
    private int newModule(String name, int origin, int locations, boolean hasFile) {
        int module = space.moduleSlots.newModule(name);
        setSteal(module, "__doc__", space.newNone());
        setSteal(module, "__package__", space.newStr(locations != 0 ? name
                : name.substring(0, Math.max(0, name.lastIndexOf('.')))));
        setSteal(module, "__loader__", space.newNone());
        setSteal(module, "__spec__", specs().newSpec(name, origin, locations));
        if (locations != 0) setSteal(module, "__path__", locations); // the spec's list too, as CPython's
        if (hasFile) {
            space.moduleSlots.set(module, "__file__", origin);
            setSteal(module, "__cached__", space.newNone());
        }
        heap.decref(origin);
        space.dictSlots.put(sysModules, space.intern(name), module);
        return module;
    }

    // CPython 3.11: Lib/importlib/_bootstrap.py _load_unlocked()
    /** Runs a new module's code (module: the reference newModule returned); what sys.modules then holds for it. */
    private int execModule(Interpreter interp, String name, int module, CodeObject code) {
        int key = space.intern(name);
        int codeObject = space.codeSlots.fromCode(code);
        initializing.add(module);
        try {
            heap.decref(interp.runCode(codeObject, space.moduleSlots.dict(module)));
        } catch (PyException e) {
            if (space.dictSlots.get(sysModules, key) != 0) space.dictSlots.remove(sysModules, key);
            heap.decref(module);
            throw e;
        } finally {
            initializing.remove(module);
            heap.decref(codeObject);
        }
        heap.decref(module);
        // the module may have replaced itself in sys.modules; what is there goes to the end
        int result = space.dictSlots.get(sysModules, key);
        if (result == 0) throw space.error(space.exceptions.keyError, StrType.repr(name));
        heap.incref(result);
        space.dictSlots.remove(sysModules, key);
        space.dictSlots.put(sysModules, key, result);
        return result;
    }

    /** The code of module {@code name}'s source file; its SyntaxError, or an ImportError when it cannot be read. */
    public CodeObject compile(Path file, String name) {
        byte[] source;
        try {
            source = Files.readAllBytes(file);
        } catch (IOException e) {
            throw space.exceptions.raiseImportError(space.exceptions.importError,
                    "cannot read " + file + ": " + e.getMessage(), name, file.toString());
        }
        return compiler.compile(source, file.toString());
    }

    /** Binds {@code name} in module h to value, stealing the reference. */
    private void setSteal(int h, String name, int value) {
        space.moduleSlots.set(h, name, value);
        heap.decref(value);
    }

    private ModuleSpecType specs() {
        if (specs == null) specs = ModuleSpecType.create(space);
        return specs;
    }

    /** A new {@code __spec__} for module {@code name} from {@code file}, not a package. */
    public int newSpec(String name, String file) {
        int f = space.newStr(file);
        try {
            return specs().newSpec(name, f, 0);
        } finally {
            heap.decref(f);
        }
    }

    // CPython 3.11: Lib/importlib/_bootstrap.py _handle_fromlist()
    /** Imports the submodules a package's fromlist names that are not its attributes yet. */
    private void handleFromlist(Interpreter interp, int module, int fromlist, boolean recursive) {
        int it = space.iter(fromlist);
        try {
            for (int x; (x = space.iterNext(it)) != 0; ) {
                try {
                    fromlistItem(interp, module, x, recursive);
                } finally {
                    heap.decref(x);
                }
            }
        } finally {
            heap.decref(it);
        }
    }

    private void fromlistItem(Interpreter interp, int module, int x, boolean recursive) {
        if (!space.strSlots.check(x)) {
            String where = recursive ? moduleName(module) + ".__all__" : "``from list''";
            throw space.typeError("Item in " + where + " must be str, not " + space.typeName(space.typeOf(x)));
        }
        String item = space.strSlots.toJava(x);
        if (item.equals("*")) {
            if (recursive) return;
            int all = attrOrZero(module, "__all__");
            if (all == 0) return;
            try {
                handleFromlist(interp, module, all, true);
            } finally {
                heap.decref(all);
            }
            return;
        }
        if (hasAttr(module, item)) return;
        String fromName = moduleName(module) + "." + item;
        try {
            heap.decref(findAndLoad(interp, fromName));
        } catch (PyException e) {
            // a submodule that is not there is no error: the name may be bound later, or IMPORT_FROM says so
            if (space.exceptions.matches(e.exception(), space.exceptions.moduleNotFoundError)
                    && fromName.equals(importErrorName(e.exception()))
                    && space.dictSlots.get(sysModules, fromName) != space.none) {
                heap.decref(e.exception());
                return;
            }
            throw e;
        }
    }

    /** The {@code name} attribute of an ImportError, as a Java string or null. */
    private String importErrorName(int exc) {
        int n = attrOrZero(exc, "name");
        try {
            return strOrNull(n);
        } finally {
            heap.xdecref(n);
        }
    }

    /** {@code module.__name__} as text. */
    private String moduleName(int module) {
        int n = space.getAttr(module, space.intern("__name__"));
        try {
            return space.str(n);
        } finally {
            heap.decref(n);
        }
    }

    // ---- IMPORT_FROM ----

    // CPython 3.11: Python/ceval.c import_from()
    /**
     * IMPORT_FROM: {@code module.name}, else the submodule {@code module.__name__ + '.' + name}
     * from sys.modules, else an ImportError naming the module and its file; a new reference.
     */
    public int importFrom(int module, int name) {
        int v = attrOrZero(module, name);
        if (v != 0) return v;
        // CPython 3.11 import_from(): the name by getattr (anything in sys.modules may be there),
        // the file only of a module
        int nameObj = attrOrZero(module, space.intern("__name__"));
        String moduleName = strOrNull(nameObj);
        heap.xdecref(nameObj);
        if (moduleName != null) {
            int sub = space.dictSlots.get(sysModules, moduleName + "." + space.strSlots.toJava(name));
            if (sub != 0) {
                heap.incref(sub);
                return sub;
            }
        }
        String file = null;
        if (space.typeOf(module) == space.moduleSlots.type()) {
            file = strOrNull(space.dictSlots.get(space.moduleSlots.dict(module), "__file__"));
        }
        String what = "cannot import name " + StrType.repr(space.strSlots.toJava(name)) + " from ";
        String from = StrType.repr(moduleName == null ? "<unknown module name>" : moduleName);
        String message = file == null ? what + from + " (unknown location)"
                : initializing.contains(module)
                ? what + "partially initialized module " + from + " (most likely due to a circular import) (" + file + ")"
                : what + from + " (" + file + ")";
        throw space.exceptions.raiseImportError(space.exceptions.importError, message, moduleName, file);
    }

    // ---- the builtin __import__ ----

    // CPython 3.11: Python/bltinmodule.c builtin___import__()
    /** A new {@code __import__} built-in function that imports with this loader in {@code interp}. */
    public int newImportFunction(Interpreter interp) {
        String[] names = {"name", "globals", "locals", "fromlist", "level"};
        int index = space.builtinFunctionSlots.define("__import__", 0, (self, args, start, nargs, kwnames) -> {
            int[] a = ArgParser.clinic(space, "__import__", names, 1, 0, 5, args, start, nargs, kwnames);
            if (!space.strSlots.check(a[0])) throw space.typeError("module name must be a string");
            int level = a[4] == 0 ? 0 : cInt(a[4]);
            if (level < 0) throw space.valueError("level must be >= 0");
            return importName(interp, a[0], a[3], level, a[1]);
        });
        return space.builtinFunctionSlots.newFunction(index, 0);
    }

    /** An int argument as a C int (CPython's "i" format). */
    private int cInt(int h) {
        int i = ArgParser.asIndex(space, h);
        try {
            java.math.BigInteger v = space.intSlots.bigValue(i);
            if (v.bitLength() > 31) throw space.error(space.exceptions.overflowError, "Python int too large to convert to C int");
            return v.intValue();
        } finally {
            heap.decref(i);
        }
    }

    // ---- -m ----

    // CPython 3.11: Lib/runpy.py _get_module_details()
    /**
     * The module {@code -m name} runs, its parent packages imported first; a package runs its
     * {@code __main__} submodule. NoMainModule when there is none.
     */
    public MainModule findMain(Interpreter interp, String name) {
        if (name.startsWith(".")) throw new NoMainModule("Relative module names not supported");
        int dot = name.lastIndexOf('.');
        if (dot >= 0) {
            String pkgName = name.substring(0, dot);
            try {
                heap.decref(findAndLoad(interp, pkgName));
            } catch (PyException e) {
                String failed = space.exceptions.matches(e.exception(), space.exceptions.importError)
                        ? importErrorName(e.exception()) : null;
                if (failed == null || (!failed.equals(pkgName) && !pkgName.startsWith(failed + "."))) throw e;
                heap.decref(e.exception());
            }
        }
        PathFinder.Found found;
        try {
            found = findSpec(interp, name);
        } catch (PyException e) {
            int exc = e.exception();
            if (!space.exceptions.matches(exc, space.exceptions.importError)
                    && !space.exceptions.matches(exc, space.exceptions.attributeError)
                    && !space.exceptions.matches(exc, space.exceptions.typeError)
                    && !space.exceptions.matches(exc, space.exceptions.valueError)) {
                throw e;
            }
            String msg = "Error while finding module specification for " + StrType.repr(name) + " ("
                    + space.typeName(space.typeOf(exc)) + ": " + space.str(exc) + ")";
            heap.decref(exc);
            if (name.endsWith(".py")) {
                msg += ". Try using '" + name.substring(0, name.length() - 3) + "' instead of '" + name
                        + "' as the module name.";
            }
            throw new NoMainModule(msg);
        }
        if (found == null) {
            if (dot < 0 && builtins.containsKey(name)) throw new NoMainModule("No code object available for " + name);
            if (dot < 0 && frozen.containsKey(name)) throw new NoMainModule("pyvm cannot run its own module " + name + " with -m");
            throw new NoMainModule("No module named " + name);
        }
        if (!found.isPackage()) return new MainModule(name, found.file());
        // a package, namespace or not, runs its __main__
        if (name.equals("__main__") || name.endsWith(".__main__")) {
            throw new NoMainModule("Cannot use package as __main__ module");
        }
        try {
            return findMain(interp, name + ".__main__");
        } catch (NoMainModule e) {
            if (space.dictSlots.get(sysModules, name) == 0) throw e;
            throw new NoMainModule(e.getMessage() + "; " + StrType.repr(name) + " is a package and cannot be directly executed");
        }
    }

    // CPython 3.11: Lib/importlib/util.py find_spec(), for what -m runs
    private PathFinder.Found findSpec(Interpreter interp, String name) {
        int module = space.dictSlots.get(sysModules, name);
        if (module != 0) {
            int spec = attrOrZero(module, "__spec__");
            heap.xdecref(spec);
            if (spec == space.none) throw space.valueError(name + ".__spec__ is None");
        }
        int dot = name.lastIndexOf('.');
        if (dot < 0) {
            return builtins.containsKey(name) || frozen.containsKey(name) ? null : PathFinder.find(name, entries(currentSysPath()));
        }
        String parent = name.substring(0, dot);
        int parentModule = findAndLoad(interp, parent);
        int path;
        try {
            path = attrOrZero(parentModule, "__path__");
        } finally {
            heap.decref(parentModule);
        }
        if (path == 0) {
            throw space.exceptions.raiseImportError(space.exceptions.moduleNotFoundError, "__path__ attribute not found on "
                    + StrType.repr(parent) + " while trying to find " + StrType.repr(name), name, null);
        }
        try {
            return PathFinder.find(name.substring(dot + 1), entries(path));
        } finally {
            heap.decref(path);
        }
    }

    // ---- attributes ----

    /** Whether h has a {@code __path__}: a module's namespace is read directly (no AttributeError to make). */
    private boolean isPackage(int h) {
        if (space.typeOf(h) == space.moduleSlots.type()) return space.dictSlots.get(space.moduleSlots.dict(h), "__path__") != 0;
        return hasAttr(h, "__path__");
    }

    private boolean hasAttr(int h, String name) {
        int v = attrOrZero(h, name);
        heap.xdecref(v);
        return v != 0;
    }

    private int attrOrZero(int h, String name) {
        return attrOrZero(h, space.intern(name));
    }

    /** {@code getattr(h, name)} as a new reference, or 0 for an AttributeError. */
    private int attrOrZero(int h, int name) {
        return space.lookupAttr(h, name);
    }

    /** The Java text of a str value, or null for 0 or another type. */
    private String strOrNull(int value) {
        return value != 0 && space.strSlots.check(value) ? space.strSlots.toJava(value) : null;
    }
}
