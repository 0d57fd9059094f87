package dev.pyvm.vm;

import dev.pyvm.objects.BuiltinCode;
import dev.pyvm.objects.ObjectSpace;
import dev.pyvm.objects.PyException;
import dev.pyvm.objects.TextArgs;
import dev.pyvm.memory.Heap;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The built-in functions that look at the calling frame or at namespaces: {@code globals()},
 * {@code locals()}, {@code vars()} and {@code dir()}, as CPython 3.11's Python/bltinmodule.c and
 * object_dir()/type_dir()/module_dir() in Objects/.
 */
final class FrameBuiltins {
    private final ObjectSpace space;
    private final Heap heap;
    private final Interpreter interp;

    private FrameBuiltins(ObjectSpace space, Interpreter interp) {
        this.space = space;
        this.heap = space.heap;
        this.interp = interp;
    }

    /** Binds the four functions in the builtins module. */
    static void install(ObjectSpace space, Interpreter interp, int builtinsModule) {
        FrameBuiltins b = new FrameBuiltins(space, interp);
        b.def(builtinsModule, "globals", (self, args, start, nargs, kwnames) -> {
            TextArgs.none(space, "globals", nargs, kwnames);
            return b.ref(b.frame().globals);
        });
        b.def(builtinsModule, "locals", (self, args, start, nargs, kwnames) -> {
            TextArgs.none(space, "locals", nargs, kwnames);
            return b.locals(b.frame());
        });
        b.def(builtinsModule, "vars", (self, args, start, nargs, kwnames) -> {
            TextArgs.noKeywords(space, "vars", kwnames);
            TextArgs.checkPositional(space, "vars", nargs, 0, 1);
            return nargs == 0 ? b.locals(b.frame()) : b.vars(args[start]);
        });
        b.def(builtinsModule, "dir", (self, args, start, nargs, kwnames) -> {
            TextArgs.noKeywords(space, "dir", kwnames);
            TextArgs.checkPositional(space, "dir", nargs, 0, 1);
            return nargs == 0 ? b.dirLocals() : b.dir(args[start]);
        });
    }

    private void def(int module, String name, BuiltinCode code) {
        int f = space.builtinFunctionSlots.newFunction(space.builtinFunctionSlots.define(name, 0, code), 0);
        space.moduleSlots.set(module, name, f);
        heap.decref(f);
    }

    private int ref(int h) {
        heap.incref(h);
        return h;
    }

    private Frame frame() {
        Frame f = interp.currentFrame();
        if (f == null) throw space.error(space.exceptions.byName().get("SystemError"), "no current frame");
        return f;
    }

    /**
     * The frame's local names and values: the namespace of a module or class body itself, or a
     * new dict of a function's locals, cells and free variables that have a value.
     */
    private int locals(Frame f) {
        if (f.locals != 0) return ref(f.locals);
        int d = space.dictSlots.newDict();
        List<String> varnames = f.code.code.varnames();
        for (int i = 0; i < f.code.nlocals; i++) {
            int v = f.mem[f.localsBase + i];
            if (v != 0) space.dictSlots.put(d, space.intern(varnames.get(i)), v);
        }
        for (int i = 0; i < f.code.ncells + f.code.nfrees; i++) {
            int cell = f.mem[f.localsBase + f.code.nlocals + i];
            int name = space.intern(f.code.code.cellName(i));
            int v = cell == 0 ? 0 : space.cellSlots.get(cell);
            if (v != 0) space.dictSlots.put(d, name, v);
            else space.dictSlots.remove(d, name);
        }
        return d;
    }

    // CPython 3.11: builtin_vars()
    private int vars(int obj) {
        try {
            return space.getAttr(obj, space.intern("__dict__"));
        } catch (PyException e) {
            if (!space.exceptions.matches(e.exception(), space.exceptions.attributeError)) throw e;
            heap.decref(e.exception());
            throw space.typeError("vars() argument must have __dict__ attribute");
        }
    }

    private int dirLocals() {
        int d = locals(frame());
        try {
            Set<String> names = new LinkedHashSet<>();
            addKeys(names, d);
            return sortedList(names);
        } finally {
            heap.decref(d);
        }
    }

    // CPython 3.11: _dir_object(): the type's __dir__ (object.__dir__ unless overridden), sorted
    private int dir(int obj) {
        int t = space.typeOf(obj);
        int custom = space.lookupType(t, space.intern("__dir__"));
        if (custom != 0) {
            int names = space.callMethod(custom, obj);
            try {
                return sortedList(strings(names));
            } finally {
                heap.decref(names);
            }
        }
        Set<String> names = new LinkedHashSet<>();
        if (space.isSubtype(t, space.typeSlots.type())) {
            addTypeAttributes(names, obj);
        } else if (t == space.moduleSlots.type()) {
            addKeys(names, space.moduleSlots.dict(obj));
        } else {
            int dict = instanceDict(obj);
            if (dict != 0) {
                addKeys(names, dict);
                heap.decref(dict);
            }
            addTypeAttributes(names, t);
        }
        return sortedList(names);
    }

    /** obj.__dict__ when it is a dict (a new reference), else 0. */
    private int instanceDict(int obj) {
        int dict;
        try {
            dict = space.getAttr(obj, space.intern("__dict__"));
        } catch (PyException e) {
            if (!space.exceptions.matches(e.exception(), space.exceptions.attributeError)) throw e;
            heap.decref(e.exception());
            return 0;
        }
        if (space.dictSlots.check(dict)) return dict;
        heap.decref(dict);
        return 0;
    }

    /** The names in the dicts of t's MRO. CPython: merge_class_dict(). */
    private void addTypeAttributes(Set<String> names, int t) {
        int mro = space.typeMro(t);
        for (int i = 0; i < space.tupleSlots.size(mro); i++) addKeys(names, space.typeDict(space.tupleSlots.item(mro, i)));
    }

    private void addKeys(Set<String> names, int dict) {
        space.dictSlots.forEach(dict, (k, v) -> {
            if (space.strSlots.check(k)) names.add(space.strSlots.toJava(k));
        });
    }

    private Set<String> strings(int iterable) {
        Set<String> names = new LinkedHashSet<>();
        int it = space.iter(iterable);
        try {
            for (int item; (item = space.iterNext(it)) != 0; ) {
                try {
                    if (!space.strSlots.check(item)) {
                        throw space.typeError("'<' not supported between instances of '"
                                + space.typeName(space.typeOf(item)) + "' and 'str'");
                    }
                    names.add(space.strSlots.toJava(item));
                } finally {
                    heap.decref(item);
                }
            }
        } finally {
            heap.decref(it);
        }
        return names;
    }

    private int sortedList(Set<String> names) {
        List<String> sorted = new ArrayList<>(names);
        sorted.sort(String::compareTo);
        int list = space.listSlots.newList(sorted.size());
        for (String n : sorted) space.listSlots.appendSteal(list, space.newStr(n));
        return list;
    }
}
