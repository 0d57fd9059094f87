package dev.pyvm.modules.itertools;

import dev.pyvm.objects.ArgParser;
import dev.pyvm.objects.ObjectSpace;
import dev.pyvm.objects.TextArgs;
import dev.pyvm.objects.TypeSlots;

/**
 * {@code itertools}, as CPython 3.11's Modules/itertoolsmodule.c: its types (added to the space
 * once, when the module is first made) and the function {@code tee}.
 */
public final class ItertoolsModule {
    private final ObjectSpace space;
    private final TeeType tee;
    private final TypeSlots[] types;

    private ItertoolsModule(ObjectSpace space) {
        this.space = space;
        GrouperType grouper = add(new GrouperType(space));
        TeeDataObjectType teeData = add(new TeeDataObjectType(space));
        tee = add(new TeeType(space, teeData));
        types = new TypeSlots[] {
            add(new AccumulateType(space)), add(new ChainType(space)), add(new CombinationsType(space)),
            add(new CombinationsWithReplacementType(space)), add(new CompressType(space)), add(new CountType(space)),
            add(new CycleType(space)), add(new DropwhileType(space)), add(new FilterfalseType(space)),
            add(new GroupbyType(space, grouper)), add(new IsliceType(space)), add(new PairwiseType(space)),
            add(new PermutationsType(space)), add(new ProductType(space)), add(new RepeatType(space)),
            add(new StarmapType(space)), add(new TakewhileType(space)), add(new ZipLongestType(space)),
            grouper, tee, teeData,
        };
    }

    /** The types of itertools in {@code space}: made once per space, on the first import. */
    public static ItertoolsModule types(ObjectSpace space) {
        return new ItertoolsModule(space);
    }

    private <T extends ItertoolsIterator> T add(T slots) {
        return space.addType(slots, ItertoolsIterator::define);
    }

    /** A new module {@code itertools}. */
    public int create() {
        int module = space.moduleSlots.newModule("itertools");
        for (TypeSlots t : types) {
            space.heap.incref(t.type());
            space.moduleSlots.set(module, t.name(), t.type());
            space.heap.decref(t.type());
        }
        int f = space.builtinFunctionSlots.newFunction(space.builtinFunctionSlots.define("tee", 0, this::tee), module);
        space.moduleSlots.set(module, "tee", f);
        space.heap.decref(f);
        return module;
    }

    // CPython 3.11: Modules/itertoolsmodule.c itertools_tee_impl()
    private int tee(int self, int[] args, int start, int nargs, int kwnames) {
        TextArgs.noKeywords(space, "itertools.tee", kwnames);
        TextArgs.checkPositional(space, "tee", nargs, 1, 2);
        long n = nargs == 2 ? ArgParser.asSsize(space, args[start + 1]) : 2;
        if (n < 0) throw space.valueError("n must be >= 0");
        if (n == 0) return space.newTuple();
        space.heap.checkRequest(n * dev.pyvm.memory.Heap.WORD); // MemoryError for a tuple that can never fit
        int result = space.newTupleOfSize((int) n);
        int filled = 0;
        try {
            int it = space.iter(args[start]);
            int copyable;
            int copy = space.lookupType(space.typeOf(it), space.intern("__copy__"));
            if (copy != 0) {
                copyable = it; // a tee given is the first of the result itself, as in CPython
            } else {
                try {
                    copyable = tee.fromIterable(it);
                } finally {
                    space.heap.decref(it);
                }
            }
            space.tupleSlots.initItem(result, filled++, copyable);
            if (tee.isTee(copyable)) {
                while (filled < n) space.tupleSlots.initItem(result, filled++, tee.copy(copyable));
            } else {
                int method = space.getAttr(copyable, space.intern("__copy__"));
                try {
                    while (filled < n) space.tupleSlots.initItem(result, filled++, space.call(method));
                } finally {
                    space.heap.decref(method);
                }
            }
            return result;
        } catch (RuntimeException e) {
            while (filled < n) space.tupleSlots.initItem(result, filled++, space.newNone());
            space.heap.decref(result);
            throw e;
        }
    }
}
