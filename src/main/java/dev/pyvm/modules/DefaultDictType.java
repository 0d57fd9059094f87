package dev.pyvm.modules;

import dev.pyvm.gc.GcHeader;
import dev.pyvm.memory.Heap;
import dev.pyvm.objects.DictType;
import dev.pyvm.objects.NumberOps;
import dev.pyvm.objects.ObjectSpace;
import dev.pyvm.objects.TypeSlots;

/**
 * {@code collections.defaultdict}: a dict subclass whose missing keys are made by its
 * {@code default_factory}. Its layout is a dict's and one word more, so that every dict method
 * works on it unchanged:
 * <pre>
 *   [refcnt | type | gc_next | gc_prev | USED | KEYS | FACTORY]
 * </pre>
 * FACTORY is a callable or None (0 only after {@code del d.default_factory}, read as None).
 * CPython 3.11: Modules/_collectionsmodule.c, defdict_*.
 */
final class DefaultDictType extends TypeSlots {
    static final int FACTORY = DictType.WORDS;
    static final int WORDS = FACTORY + 1;

    private final DictType dict;
    private final int factoryName;

    private DefaultDictType(ObjectSpace space) {
        super(space);
        this.dict = space.dictSlots;
        this.factoryName = space.intern("default_factory");
    }

    static DefaultDictType create(ObjectSpace space) {
        return space.addType(new DefaultDictType(space), space.dictSlots.type(), t -> t.define());
    }

    private void define() {
        int module = space.newStr("collections");
        space.setTypeAttr(type(), "__module__", module);
        heap.decref(module);
        int member = space.memberSlots.newMember(type(), factoryName, FACTORY);
        space.setTypeAttr(type(), "default_factory", member);
        heap.decref(member);
        space.installSlotWrappers(this, "__repr__ __getitem__ __init__ __or__ __ror__");
        space.defineMethod(type(), "__missing__", (self, args, start, nargs, kwnames) ->
                missing(self, Args.one(space, "defaultdict.__missing__", args, start, nargs, kwnames)));
        dev.pyvm.objects.BuiltinCode copy = (self, args, start, nargs, kwnames) -> {
            Args.none(space, "defaultdict.copy", nargs, kwnames);
            return copy(self);
        };
        // fromkeys as a classmethod, so that it makes an instance of the class it is called on
        int fromKeys = space.builtinFunctionSlots.newFunction(space.builtinFunctionSlots.define("fromkeys", 0,
                (self, args, start, nargs, kwnames) -> {
                    Args.positional(space, "fromkeys", "fromkeys", 1, 2, nargs - 1, kwnames);
                    return dict.fromKeys(args[start], args[start + 1], nargs == 3 ? args[start + 2] : space.none);
                }), 0);
        int classMethod = space.classMethodSlots.construct(space.classMethodSlots.type(), new int[] {fromKeys}, 0, 1, 0);
        heap.decref(fromKeys);
        space.setTypeAttr(type(), "fromkeys", classMethod);
        heap.decref(classMethod);
        space.defineMethod(type(), "copy", copy);
        space.defineMethod(type(), "__copy__", copy);
    }

    @Override
    public String name() {
        return "defaultdict";
    }

    @Override
    public boolean isContainer() {
        return true;
    }

    @Override
    public boolean acceptableBase() {
        return true;
    }

    private boolean check(int h) {
        int t = space.typeOf(h);
        return t == type() || space.isSubtype(t, type());
    }

    /** The default factory (borrowed): None when unset. */
    int factory(int h) {
        int f = heap.getInt(h, FACTORY);
        return f == 0 ? space.none : f;
    }

    /** An empty defaultdict of type t, its factory None. */
    private int allocate(int t) {
        int h = t == type() ? heap.newObject(WORDS * Heap.WORD, t) : allocSubtype(t, WORDS);
        heap.fillWords(h, GcHeader.GC_NEXT, WORDS - GcHeader.GC_NEXT, 0);
        heap.setInt(h, FACTORY, space.newNone());
        space.track(h);
        return h;
    }

    // CPython 3.11: defdict_missing()
    private int missing(int h, int key) {
        int factory = factory(h);
        if (factory == space.none) throw space.exceptions.raiseWithArg(space.exceptions.keyError, key);
        int value = space.call(factory);
        try {
            space.setItem(h, key, value);
        } catch (RuntimeException e) {
            heap.decref(value);
            throw e;
        }
        return value;
    }

    // CPython 3.11: defdict_copy(): type(d)(d.default_factory, d)
    private int copy(int h) {
        return space.call(space.typeOf(h), factory(h), h);
    }

    // ---- slots: dict's, with the factory ----

    @Override
    public void dealloc(int h) {
        int f = heap.getInt(h, FACTORY);
        heap.setInt(h, FACTORY, 0);
        if (f != 0) heap.decref(f);
        dict.dealloc(h);
    }

    // CPython 3.11: defdict_traverse(): the factory, then the dict's
    @Override
    public void traverse(int h, java.util.function.IntConsumer visit) {
        int f = heap.getInt(h, FACTORY);
        if (f != 0) visit.accept(f);
        dict.traverse(h, visit);
    }

    @Override
    public void clear(int h) {
        int f = heap.getInt(h, FACTORY);
        if (f != 0) {
            heap.setInt(h, FACTORY, 0);
            heap.decref(f);
        }
        dict.clear(h);
    }

    @Override
    public long length(int h) {
        return dict.length(h);
    }

    @Override
    public boolean isTrue(int h) {
        return dict.isTrue(h);
    }

    @Override
    public long hash(int h) {
        throw space.typeError("unhashable type: 'collections.defaultdict'");
    }

    // CPython 3.11: dict_subscript(), which calls __missing__ for a key not there
    @Override
    public int getItem(int h, int key) {
        int v = dict.get(h, key);
        if (v != 0) {
            heap.incref(v);
            return v;
        }
        int m = space.lookupType(space.typeOf(h), space.ids.__missing__);
        return space.callMethod(m, h, key);
    }

    @Override
    public void setItem(int h, int key, int value) {
        dict.setItem(h, key, value);
    }

    @Override
    public boolean contains(int h, int key) {
        return dict.contains(h, key);
    }

    @Override
    public int iter(int h) {
        return dict.iter(h);
    }

    @Override
    public int repr(int h) {
        return reprByBuilder(h);
    }

    // CPython 3.11: defdict_repr(): NAME(factory repr, dict repr)
    @Override
    public void reprTo(int h, StringBuilder b) {
        StringBuilder base = new StringBuilder();
        dict.reprTo(h, base);
        b.append(space.typeName(space.typeOf(h))).append('(');
        int f = factory(h);
        if (f == space.none) {
            b.append("None");
        } else if (!space.reprEnter(f)) {
            b.append("...");
        } else {
            try {
                space.reprTo(f, b);
            } finally {
                space.reprLeave(f);
            }
        }
        b.append(", ").append(base).append(')');
    }

    @Override
    public int richCompare(int a, int b, int op) {
        return dict.richCompare(a, b, op);
    }

    // CPython 3.11: defdict_or(): a defaultdict of the defaultdict operand's type and factory
    @Override
    public int binaryOp(int a, int b, int op) {
        if (op != NumberOps.OR) return space.notImplemented();
        int self = check(a) ? a : b, other = self == a ? b : a;
        if (!space.dictSlots.check(other)) return space.notImplemented();
        int r = space.call(space.typeOf(self), factory(self), a);
        try {
            dict.updateArg(r, b);
        } catch (RuntimeException e) {
            heap.decref(r);
            throw e;
        }
        return r;
    }

    @Override
    public int inplaceOp(int a, int b, int op) {
        return dict.inplaceOp(a, b, op);
    }

    @Override
    public int construct(int t, int[] args, int start, int nargs, int kwnames) {
        int h = allocate(t);
        try {
            init(h, args, start, nargs, kwnames);
        } catch (RuntimeException e) {
            heap.decref(h);
            throw e;
        }
        return h;
    }

    @Override
    public int newSubtype(int t, int[] args, int start, int nargs, int kwnames) {
        return allocate(t);
    }

    // CPython 3.11: defdict_init(): the first positional argument is the factory, the rest dict's
    @Override
    public void init(int h, int[] args, int start, int nargs, int kwnames) {
        int nkw = kwnames == 0 ? 0 : space.tupleSlots.size(kwnames);
        int npos = nargs - nkw;
        int factory = space.none;
        if (npos > 0) {
            factory = args[start];
            boolean callable = space.isSubtype(space.typeOf(factory), space.typeSlots.type())
                    || space.slotsOf(factory).isCallable(factory);
            if (factory != space.none && !callable) {
                throw space.typeError("first argument must be callable or None");
            }
            start++;
            nargs--;
        }
        heap.incref(factory);
        int old = heap.getInt(h, FACTORY);
        heap.setInt(h, FACTORY, factory);
        if (old != 0) heap.decref(old);
        dict.updateCommon(h, args, start, nargs, kwnames, "dict");
    }

    @Override
    public int getAttr(int h, int name) {
        if (name == factoryName) {
            int f = factory(h);
            heap.incref(f);
            return f;
        }
        return super.getAttr(h, name);
    }

    @Override
    public void setAttr(int h, int name, int value) {
        if (name != factoryName && !space.strSlots.toJava(name).equals("default_factory")) {
            super.setAttr(h, name, value);
            return;
        }
        if (value != 0) heap.incref(value);
        int old = heap.getInt(h, FACTORY);
        heap.setInt(h, FACTORY, value);
        if (old != 0) heap.decref(old);
    }

    @Override
    public long sizeof(int h) {
        return dict.sizeof(h);
    }
}
