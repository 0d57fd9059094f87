package dev.pyvm.modules;

import dev.pyvm.objects.ObjectSpace;

/**
 * {@code random}: the class {@code Random}, and the module's functions as methods bound to a
 * hidden instance seeded from the system's entropy, as Lib/random.py's {@code _inst}.
 */
final class RandomModule {
    private RandomModule() {}

    static int create(ObjectSpace space, RandomType rt) {
        ModuleBuilder m = new ModuleBuilder(space, "random");
        space.heap.incref(rt.type());
        m.value("Random", rt.type());
        int inst = rt.allocate(rt.type());
        new RandomMethods(space, rt).seed(inst, 0, 2);
        for (String name : rt.methodNames()) m.value(name, rt.boundMethod(name, inst));
        space.heap.decref(inst);
        return m.module();
    }
}
