package dev.pyvm.modules;

import dev.pyvm.bytecode.CodeMarshal;
import dev.pyvm.bytecode.CodeObject;
import dev.pyvm.memory.Heap;
import dev.pyvm.modules.io.IoModule;
import dev.pyvm.modules.io.IoTypes;
import dev.pyvm.objects.ObjectSpace;
import dev.pyvm.vm.ModuleLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The built-in modules {@code sys}, {@code gc}, {@code math}, {@code time}, {@code random},
 * {@code itertools}, {@code operator}, {@code _functools}, {@code _collections}, {@code _json}, {@code _re}, {@code os}, {@code posixpath},
 * {@code io}, {@code _weakref} and {@code atexit}: each made by its factory when
 * it is first imported; and those written in Python ({@code __future__}, {@code functools}, {@code abc}, {@code enum},
 * {@code weakref}, {@code _weakrefset}, the packages {@code collections} and {@code json}), whose code the build compiled into the jar. The types they
 * define ({@code sys.stdout}'s, {@code random.Random}, {@code collections.deque}, io's) are added
 * to the space once, on first need.
 */
public final class BuiltinModules {
    private final ObjectSpace space;
    private TextStreamType streams;
    private RandomType random;
    private DequeType deque;
    private DefaultDictType defaultdict;
    private IoTypes io;
    private dev.pyvm.modules.itertools.ItertoolsModule itertools;
    private ItemGetterType itemGetter;
    private AttrGetterType attrGetter;
    private MethodCallerType methodCaller;
    private PartialType partial;
    private KeyWrapperType keyWrapper;
    private AtexitModule atexit;

    private BuiltinModules(ObjectSpace space) {
        this.space = space;
    }

    /** What the interpreter's teardown asks of the built-in modules. */
    public interface Teardown {
        /** Closes the files still open (their objects were never freed). */
        void closeFiles();

        /** Runs the functions {@code atexit} registered, last first, and forgets them (CPython: _PyAtExit_Call). */
        void runExitFuncs();
    }

    /** Registers the factories of the built-in modules with {@code loader}. */
    public static Teardown registerAll(ModuleLoader loader, SysConfig config) {
        // a loader serves one space, which the factories learn from the interpreter they are given
        BuiltinModules[] types = new BuiltinModules[1];
        java.util.function.Function<ObjectSpace, BuiltinModules> of = space -> {
            if (types[0] == null || types[0].space != space) types[0] = new BuiltinModules(space);
            return types[0];
        };
        loader.registerBuiltin("sys", interp -> SysModule.create(interp, config, of.apply(interp.space).streams()));
        loader.registerBuiltin("math", interp -> MathModule.create(interp.space));
        loader.registerBuiltin("time", interp -> TimeModule.create(interp));
        loader.registerBuiltin("gc", interp -> GcModule.create(interp.space, config));
        loader.registerBuiltin("random", interp -> RandomModule.create(interp.space, of.apply(interp.space).random()));
        loader.registerBuiltin("operator", interp -> {
            BuiltinModules b = of.apply(interp.space);
            return OperatorModule.create(interp.space, b.itemGetter(), b.attrGetter(), b.methodCaller());
        });
        loader.registerBuiltin("_functools", interp -> {
            BuiltinModules b = of.apply(interp.space);
            return FunctoolsModule.create(interp.space, b.partial(), b.keyWrapper());
        });
        loader.registerBuiltin("itertools", interp -> of.apply(interp.space).itertools().create());
        loader.registerBuiltin("_collections", interp -> {
            BuiltinModules space = of.apply(interp.space);
            return CollectionsModule.create(interp.space, space.deque(), space.defaultdict());
        });
        loader.registerBuiltin("_json", interp -> JsonModule.create(interp.space));
        loader.registerBuiltin("_re", interp -> dev.pyvm.modules.re.ReModule.create(interp.space));
        loader.registerBuiltin("os", OsModule::create);
        loader.registerBuiltin("posixpath", interp -> PosixPathModule.create(interp.space));
        loader.registerBuiltin("io", interp -> IoModule.create(interp.space, of.apply(interp.space).io()));
        for (String name : FROZEN) loader.registerFrozen(name, () -> frozenCode(name.replace('.', '/')));
        for (String name : FROZEN_PACKAGES) loader.registerFrozenPackage(name, () -> frozenCode(name + "/__init__"));
        loader.registerBuiltin("_weakref", interp -> WeakrefModule.create(interp.space));
        loader.registerBuiltin("atexit", interp -> of.apply(interp.space).atexit().create());
        return new Teardown() {
            @Override
            public void closeFiles() {
                if (types[0] != null && types[0].io != null) types[0].io.closeAll();
            }

            @Override
            public void runExitFuncs() {
                if (types[0] != null && types[0].atexit != null) types[0].atexit.runAll();
            }
        };
    }

    /**
     * pyvm's modules written in Python: {@code NAME.py} beside this class in the sources (a dotted
     * name is a submodule of a frozen package: {@code PACKAGE/SUB.py}), frozen by the build
     * ({@link dev.pyvm.compiler.Freezer}) to {@code NAME.pyvmc} in the jar.
     */
    private static final List<String> FROZEN = List.of("__future__", "functools", "abc", "enum", "_collections_abc", "collections.abc",
            "json.decoder", "json.encoder", "json.scanner", "dataclasses", "contextlib", "typing", "linecache",
            "traceback", "warnings", "heapq", "bisect", "keyword", "copy", "types", "string", "textwrap", "pprint", "numbers", "fractions", "statistics", "csv", "getopt", "re", "weakref", "_weakrefset");
    /** pyvm's packages written in Python: {@code NAME/__init__.py} beside this class. */
    private static final List<String> FROZEN_PACKAGES = List.of("collections", "json");

    /** The frozen code by resource name: read once per JVM, as code objects are immutable. */
    private static final Map<String, CodeObject> FROZEN_CODE = new ConcurrentHashMap<>();

    private static CodeObject frozenCode(String resource) {
        return FROZEN_CODE.computeIfAbsent(resource, r -> {
            try (java.io.InputStream in = BuiltinModules.class.getResourceAsStream(r + ".pyvmc")) {
                if (in == null) throw new IllegalStateException("pyvm's module " + r + " is missing from the jar (not frozen by the build)");
                return CodeMarshal.load(in.readAllBytes());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    private AtexitModule atexit() {
        if (atexit == null) atexit = new AtexitModule(space);
        return atexit;
    }

    private TextStreamType streams() {
        if (streams == null) streams = TextStreamType.create(space);
        return streams;
    }

    private DequeType deque() {
        if (deque == null) deque = DequeType.create(space);
        return deque;
    }

    private DefaultDictType defaultdict() {
        if (defaultdict == null) defaultdict = DefaultDictType.create(space);
        return defaultdict;
    }

    private IoTypes io() {
        if (io == null) io = new IoTypes(space);
        return io;
    }

    /**
     * Binds {@code open} in the builtins module: CPython's builtins.open is io.open; pyvm's imports
     * {@code io} when first called (so that a program that opens nothing makes no io objects) and
     * calls its open.
     */
    public static void installOpen(dev.pyvm.vm.Interpreter interp, ModuleLoader loader, int builtins) {
        ObjectSpace space = interp.space;
        int index = space.builtinFunctionSlots.define("open", 0, (self, args, start, nargs, kwnames) -> {
            int io = loader.importName(interp, space.intern("io"), 0, 0, 0);
            int open;
            try {
                open = space.getAttr(io, space.intern("open"));
            } finally {
                space.heap.decref(io);
            }
            try {
                return space.call(open, args, start, nargs, kwnames);
            } finally {
                space.heap.decref(open);
            }
        });
        int f = space.builtinFunctionSlots.newFunction(index, 0);
        space.moduleSlots.set(builtins, "open", f);
        space.heap.decref(f);
    }

    private dev.pyvm.modules.itertools.ItertoolsModule itertools() {
        if (itertools == null) itertools = dev.pyvm.modules.itertools.ItertoolsModule.types(space);
        return itertools;
    }

    private RandomType random() {
        if (random == null) random = RandomType.create(space);
        return random;
    }

    private ItemGetterType itemGetter() {
        if (itemGetter == null) itemGetter = ItemGetterType.create(space);
        return itemGetter;
    }

    private AttrGetterType attrGetter() {
        if (attrGetter == null) attrGetter = AttrGetterType.create(space);
        return attrGetter;
    }

    private MethodCallerType methodCaller() {
        if (methodCaller == null) methodCaller = MethodCallerType.create(space);
        return methodCaller;
    }

    private PartialType partial() {
        if (partial == null) partial = PartialType.create(space);
        return partial;
    }

    private KeyWrapperType keyWrapper() {
        if (keyWrapper == null) keyWrapper = KeyWrapperType.create(space);
        return keyWrapper;
    }

    /**
     * Breaks the cycles that every module is part of (its functions hold it as {@code __self__};
     * {@code sys.modules} holds {@code sys}): clears the namespace of each module in
     * {@code sys.modules}, as CPython's finalize_modules does at exit, so that releasing the
     * loader frees them without a collection.
     */
    public static void clearModules(ObjectSpace space, ModuleLoader loader) {
        Heap heap = space.heap;
        int modules = loader.sysModules();
        List<Integer> held = new ArrayList<>();
        space.dictSlots.forEach(modules, (key, value) -> {
            heap.incref(value);
            held.add(value);
        });
        for (int module : held) {
            if (space.typeOf(module) == space.moduleSlots.type()) space.dictSlots.clear(space.moduleSlots.dict(module));
        }
        for (int module : held) heap.decref(module);
    }
}
