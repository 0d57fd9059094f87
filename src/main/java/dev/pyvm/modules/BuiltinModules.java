package dev.pyvm.modules;

import dev.pyvm.memory.Heap;
import dev.pyvm.objects.ObjectSpace;
import dev.pyvm.vm.ModuleLoader;
import java.util.ArrayList;
import java.util.List;

/**
 * The built-in modules {@code sys}, {@code gc}, {@code math}, {@code time}, {@code random},
 * {@code operator} and {@code _functools}: each made by its factory when it is first imported; and
 * those written in Python ({@code __future__}, {@code functools}), compiled
 * from their source in the jar when first imported. The types they define ({@code sys.stdout}'s,
 * {@code random.Random}) are added to the space once, on first need.
 */
public final class BuiltinModules {
    private final ObjectSpace space;
    private TextStreamType streams;
    private RandomType random;
    private ItemGetterType itemGetter;
    private AttrGetterType attrGetter;
    private MethodCallerType methodCaller;
    private PartialType partial;
    private KeyWrapperType keyWrapper;

    private BuiltinModules(ObjectSpace space) {
        this.space = space;
    }

    /** Registers the factories of the built-in modules with {@code loader}. */
    public static void registerAll(ModuleLoader loader, SysConfig config) {
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
        for (String name : FROZEN) loader.registerFrozen(name, () -> frozenSource(name));
    }

    /** pyvm's modules written in Python: {@code NAME.py} beside this class in the jar. */
    private static final List<String> FROZEN = List.of("__future__", "functools");

    private static byte[] frozenSource(String name) {
        try (java.io.InputStream in = BuiltinModules.class.getResourceAsStream(name + ".py")) {
            if (in == null) throw new IllegalStateException("pyvm's module " + name + " is missing from the jar");
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private TextStreamType streams() {
        if (streams == null) streams = TextStreamType.create(space);
        return streams;
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
