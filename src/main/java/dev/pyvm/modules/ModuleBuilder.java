package dev.pyvm.modules;

import dev.pyvm.objects.BuiltinCode;
import dev.pyvm.objects.ObjectSpace;

/**
 * A built-in module being made: a heap module whose functions are built-in function objects with
 * the module as {@code __self__} (as CPython's {@code m_self}), and its values.
 */
final class ModuleBuilder {
    private final ObjectSpace space;
    private final int module;

    ModuleBuilder(ObjectSpace space, String name) {
        this.space = space;
        this.module = space.moduleSlots.newModule(name);
    }

    /** Defines {@code name} as a built-in function of the module. */
    void function(String name, BuiltinCode code) {
        int f = space.builtinFunctionSlots.newFunction(space.builtinFunctionSlots.define(name, 0, code), module);
        space.moduleSlots.set(module, name, f);
        space.heap.decref(f);
    }

    /** Binds {@code alias} to the module's value {@code name} too (the same object, as {@code operator.__add__}). */
    void alias(String alias, String name) {
        int v = space.dictSlots.get(space.moduleSlots.dict(module), name);
        space.heap.incref(v);
        value(alias, v);
    }

    /** Binds {@code name} to {@code value}, stealing the reference. */
    void value(String name, int value) {
        space.moduleSlots.set(module, name, value);
        space.heap.decref(value);
    }

    /** The module (borrowed until returned by the factory). */
    int module() {
        return module;
    }
}
