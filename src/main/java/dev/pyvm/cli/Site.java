package dev.pyvm.cli;

import dev.pyvm.objects.ObjectSpace;
import dev.pyvm.objects.PyException;

/** What CPython's {@code site} module adds at start-up that pyvm has: {@code exit} and {@code quit}. */
final class Site {
    private Site() {}

    /**
     * Binds {@code builtins.exit} and {@code builtins.quit}: {@code exit(code=None)} raises
     * {@code SystemExit(code)}, as {@code _sitebuiltins.Quitter.__call__}. They are built-in
     * functions here, so their repr is not the Quitter's "Use exit() or Ctrl-D (i.e. EOF) to exit".
     */
    static void addQuitters(ObjectSpace space, int builtins) { // builtins: the module
        for (String name : new String[] {"exit", "quit"}) {
            int f = space.builtinFunctionSlots.newFunction(space.builtinFunctionSlots.define(name, 0,
                    (self, args, start, nargs, kwnames) -> {
                        if (kwnames != 0) throw space.typeError(name + "() takes no keyword arguments");
                        if (nargs > 1) {
                            throw space.typeError(name + "() takes from 0 to 1 positional arguments but " + nargs
                                    + " were given");
                        }
                        int type = space.exceptions.byName().get("SystemExit");
                        int excArgs;
                        if (nargs == 0) {
                            excArgs = space.newTuple();
                        } else {
                            space.heap.incref(args[start]);
                            excArgs = space.newTuple(args[start]);
                        }
                        throw new PyException(space.exceptions.newException(type, excArgs));
                    }), 0);
            space.moduleSlots.set(builtins, name, f);
            space.heap.decref(f);
        }
    }
}
