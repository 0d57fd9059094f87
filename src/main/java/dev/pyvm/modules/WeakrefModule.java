package dev.pyvm.modules;

import dev.pyvm.objects.ObjectSpace;
import dev.pyvm.objects.WeakrefType;

/**
 * {@code _weakref}: the weak-reference types and their functions, which {@code weakref} (pyvm's
 * own, in Python) builds on. CPython 3.11: Modules/_weakref.c.
 */
final class WeakrefModule {
    private WeakrefModule() {}

    static int create(ObjectSpace space) {
        WeakrefType.Types types = space.weakrefs();
        ModuleBuilder m = new ModuleBuilder(space, "_weakref");
        space.heap.incref(types.ref.type());
        m.value("ref", types.ref.type());
        space.heap.incref(types.ref.type());
        m.value("ReferenceType", types.ref.type());
        space.heap.incref(types.proxy.type());
        m.value("ProxyType", types.proxy.type());
        space.heap.incref(types.callableProxy.type());
        m.value("CallableProxyType", types.callableProxy.type());
        m.function("getweakrefcount", (self, args, start, nargs, kwnames) ->
                space.newInt(types.count(Args.one(space, "_weakref.getweakrefcount", args, start, nargs, kwnames))));
        m.function("getweakrefs", (self, args, start, nargs, kwnames) -> {
            int ob = Args.one(space, "_weakref.getweakrefs", args, start, nargs, kwnames);
            int[] refs = types.all(ob);
            for (int r : refs) space.heap.incref(r);
            return space.newList(refs);
        });
        // _weakref_proxy_impl(): positional only, 1 or 2
        m.function("proxy", (self, args, start, nargs, kwnames) -> {
            Args.noKeywords(space, "_weakref.proxy", kwnames);
            dev.pyvm.objects.ArgParser.checkPositional(space, "proxy", nargs, 1, 2);
            return types.newProxy(args[start], nargs > 1 ? args[start + 1] : 0);
        });
        // _weakref__remove_dead_weakref_impl(): del d[key] if d[key] is a dead weakref
        m.function("_remove_dead_weakref", (self, args, start, nargs, kwnames) -> {
            Args.noKeywords(space, "_remove_dead_weakref", kwnames);
            dev.pyvm.objects.ArgParser.checkPositional(space, "_remove_dead_weakref", nargs, 2, 2);
            int d = args[start], key = args[start + 1];
            if (!space.dictSlots.check(d)) throw space.typeError("_remove_dead_weakref() argument 1 must be dict, not "
                    + space.typeName(space.typeOf(d)));
            int v = space.dictSlots.get(d, key);
            if (v != 0 && types.isWeakref(v) && types.referent(v) == 0) space.dictSlots.remove(d, key);
            return space.newNone();
        });
        return m.module();
    }
}
