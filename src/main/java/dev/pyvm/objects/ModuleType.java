package dev.pyvm.objects;

import dev.pyvm.gc.GcHeader;
import dev.pyvm.memory.Heap;

/**
 * {@code module}: a namespace. {@code [refcnt | type | gc_next | gc_prev | DICT]}; its name is
 * {@code __name__} in the dict, as in CPython.
 */
public final class ModuleType extends TypeSlots {
    static final int DICT = GcHeader.CONTAINER_HEADER_WORDS;
    /** The head of the module's weak references (not a reference it owns). */
    static final int WEAKLIST = DICT + 1;
    static final int WORDS = WEAKLIST + 1;

    ModuleType(ObjectSpace space) {
        super(space);
    }

    @Override
    public String name() {
        return "module";
    }

    @Override
    public boolean isContainer() {
        return true;
    }

    /** A new module named {@code name}, with an empty namespace but its {@code __name__}. */
    public int newModule(String name) {
        int h = heap.newObject(WORDS * Heap.WORD, type);
        heap.setInt(h, GcHeader.GC_NEXT, 0);
        heap.setInt(h, GcHeader.GC_PREV, 0);
        int dict = space.dictSlots.newDict();
        heap.setInt(h, DICT, dict);
        heap.setInt(h, WEAKLIST, 0);
        int value = space.newStr(name);
        space.dictSlots.put(dict, space.intern("__name__"), value);
        heap.decref(value);
        space.track(h);
        return h;
    }

    /**
     * {@code module(name, doc=None)} ({@code types.ModuleType}): a new module whose namespace has
     * {@code __name__}, {@code __doc__}, {@code __package__}, {@code __loader__} and
     * {@code __spec__}. CPython 3.11: Objects/moduleobject.c module___init___impl().
     */
    @Override
    public int construct(int t, int[] args, int start, int nargs, int kwnames) {
        if (t != type) throw space.typeError("cannot create '" + space.typeName(t) + "' instances");
        int[] a = ArgParser.clinic(space, "module", new String[] {"name", "doc"}, 1, 0, 2, args, start, nargs,
                kwnames);
        if (!space.strSlots.check(a[0])) {
            throw space.typeError("module() argument 'name' must be str, not " + space.typeName(space.typeOf(a[0])));
        }
        int h = newModule(space.strSlots.toJava(a[0]));
        int dict = dict(h);
        space.dictSlots.put(dict, space.intern("__name__"), a[0]);
        space.dictSlots.put(dict, space.intern("__doc__"), a[1] != 0 ? a[1] : space.none);
        space.dictSlots.put(dict, space.intern("__package__"), space.none);
        space.dictSlots.put(dict, space.intern("__loader__"), space.none);
        space.dictSlots.put(dict, space.intern("__spec__"), space.none);
        return h;
    }

    /** The module's namespace (borrowed). */
    public int dict(int h) {
        return heap.getInt(h, DICT);
    }

    /** Binds {@code name} in the module to {@code value} (a new reference is taken). */
    public void set(int h, String name, int value) {
        space.dictSlots.put(dict(h), space.intern(name), value);
    }

    @Override
    public boolean genericGetAttr(int h) {
        return false;
    }

    @Override
    public int getAttr(int h, int name) {
        int v = space.dictSlots.get(dict(h), name);
        if (v != 0) {
            heap.incref(v);
            return v;
        }
        if (space.lookupType(type, name) != 0) return super.getAttr(h, name);
        if (name == space.ids.__dict__) {
            heap.incref(dict(h));
            return dict(h);
        }
        int hook = space.dictSlots.get(dict(h), "__getattr__");
        if (hook != 0) {
            // PEP 562: a module's __getattr__ answers for the names its dict does not have
            heap.incref(hook);
            try {
                return space.call(hook, name);
            } finally {
                heap.decref(hook);
            }
        }
        int modName = space.dictSlots.get(dict(h), "__name__");
        throw space.error(space.exceptions.attributeError, "module '"
                + (modName != 0 ? space.str(modName) : "?") + "' has no attribute '" + space.strSlots.toJava(name) + "'");
    }

    @Override
    public void setAttr(int h, int name, int value) {
        if (name == space.ids.__dict__) throw space.error(space.exceptions.attributeError, "readonly attribute");
        if (value != 0) {
            space.dictSlots.put(dict(h), name, value);
        } else if (!space.dictSlots.remove(dict(h), name)) {
            throw space.attributeError(h, name);
        }
    }

    @Override
    public int weaklistWord(int h) {
        return WEAKLIST;
    }

    @Override
    public void dealloc(int h) {
        if (heap.getInt(h, WEAKLIST) != 0) space.clearWeakrefs(h, WEAKLIST);
        heap.decref(heap.getInt(h, DICT));
        heap.free(h);
    }

    @Override
    public void traverse(int h, java.util.function.IntConsumer visit) {
        visit.accept(heap.getInt(h, DICT));
    }

    @Override
    public int repr(int h) {
        int name = space.dictSlots.get(dict(h), "__name__");
        String n = name != 0 && space.strSlots.check(name) ? space.strSlots.toJava(name) : "?";
        // CPython 3.11: Lib/importlib/_bootstrap.py _module_repr(): a module from a file says which
        int file = space.dictSlots.get(dict(h), "__file__");
        if (file != 0 && space.strSlots.check(file)) {
            return space.newStr("<module '" + n + "' from '" + space.strSlots.toJava(file) + "'>");
        }
        // else the spec's origin, such as built-in or frozen
        int spec = space.dictSlots.get(dict(h), "__spec__");
        if (spec != 0 && spec != space.none) {
            int origin = space.getAttr(spec, space.intern("origin"));
            try {
                if (space.strSlots.check(origin)) {
                    return space.newStr("<module '" + n + "' (" + space.strSlots.toJava(origin) + ")>");
                }
            } finally {
                heap.decref(origin);
            }
        }
        return space.newStr("<module '" + n + "'" + (n.equals("builtins") ? " (built-in)" : "") + ">");
    }
}
