package dev.pyvm.objects;

/**
 * The types that come with iteration and slicing: {@code range}, {@code slice}, the iterators of
 * the built-in containers, the dict views, {@code set}, {@code frozenset}; and the methods of
 * list, tuple, dict, set, frozenset, range and slice. Built once per {@link ObjectSpace}.
 *
 * <p>From Java: {@link ObjectSpace#iter} and {@link ObjectSpace#iterNext} walk anything (0 from
 * iterNext when exhausted; never StopIteration); {@link SliceType#indices} takes a slice apart;
 * {@code set.newSet(set.type(), iterable)} and {@link SetType#add} build sets.
 */
public final class SequenceTypes {
    private final ObjectSpace space;

    public final SliceType slice;
    public final RangeType range;
    public final RangeIteratorType rangeIterator;
    public final LongRangeIteratorType longRangeIterator;
    public final SeqIteratorType listIterator;
    public final SeqIteratorType listReverseIterator;
    public final SeqIteratorType tupleIterator;
    public final SeqIteratorType strAsciiIterator;
    public final SeqIteratorType strIterator;
    public final SeqIteratorType bytesIterator;
    public final DictViewType dictKeys;
    public final DictViewType dictValues;
    public final DictViewType dictItems;
    public final DictIteratorType dictKeyIterator;
    public final DictIteratorType dictValueIterator;
    public final DictIteratorType dictItemIterator;
    public final DictIteratorType dictReverseKeyIterator;
    public final DictIteratorType dictReverseValueIterator;
    public final DictIteratorType dictReverseItemIterator;
    /** The slots of {@code set} and of {@code frozenset}: one class, two type objects. */
    public final SetType set;
    public final SetType frozenset;
    public final SetIteratorType setIterator;

    private final int runtimeError;

    SequenceTypes(ObjectSpace space) {
        this.space = space;
        slice = add(new SliceType(space));
        range = add(new RangeType(space));
        rangeIterator = add(new RangeIteratorType(space));
        longRangeIterator = add(new LongRangeIteratorType(space));
        listIterator = add(new SeqIteratorType(space, SeqIteratorType.Kind.LIST));
        listReverseIterator = add(new SeqIteratorType(space, SeqIteratorType.Kind.LIST_REVERSE));
        tupleIterator = add(new SeqIteratorType(space, SeqIteratorType.Kind.TUPLE));
        strAsciiIterator = add(new SeqIteratorType(space, SeqIteratorType.Kind.STR_ASCII));
        strIterator = add(new SeqIteratorType(space, SeqIteratorType.Kind.STR));
        bytesIterator = add(new SeqIteratorType(space, SeqIteratorType.Kind.BYTES));
        dictKeys = add(new DictViewType(space, DictViewType.Kind.KEYS));
        dictValues = add(new DictViewType(space, DictViewType.Kind.VALUES));
        dictItems = add(new DictViewType(space, DictViewType.Kind.ITEMS));
        dictKeyIterator = add(new DictIteratorType(space, DictIteratorType.Kind.KEYS));
        dictValueIterator = add(new DictIteratorType(space, DictIteratorType.Kind.VALUES));
        dictItemIterator = add(new DictIteratorType(space, DictIteratorType.Kind.ITEMS));
        dictReverseKeyIterator = add(new DictIteratorType(space, DictIteratorType.Kind.REVERSE_KEYS));
        dictReverseValueIterator = add(new DictIteratorType(space, DictIteratorType.Kind.REVERSE_VALUES));
        dictReverseItemIterator = add(new DictIteratorType(space, DictIteratorType.Kind.REVERSE_ITEMS));
        set = add(new SetType(space, false));
        frozenset = add(new SetType(space, true));
        setIterator = add(new SetIteratorType(space));
        runtimeError = space.exceptions.byName().get("RuntimeError");

        installList();
        installTuple();
        installDict();
        installSets();
        installRangeAndSlice();
        installLengthHints();
    }

    // CPython 3.11: the iterators' __length_hint__ (rangeiter_len, listiter_len, dictiter_len, ...)
    private void installLengthHints() {
        for (TypeSlots it : new TypeSlots[] {rangeIterator, listIterator, listReverseIterator, tupleIterator,
                strAsciiIterator, strIterator, bytesIterator, dictKeyIterator, dictValueIterator, dictItemIterator,
                dictReverseKeyIterator, dictReverseValueIterator, dictReverseItemIterator, setIterator}) {
            String qualName = it.name() + ".__length_hint__";
            method(it, "__length_hint__", (self, args, start, nargs, kw) -> {
                ArgParser.noArgs(space, qualName, nargs, kw);
                return space.newInt(space.lengthHint(self, 0));
            });
        }
        method(longRangeIterator, "__length_hint__", (self, args, start, nargs, kw) -> {
            ArgParser.noArgs(space, "longrange_iterator.__length_hint__", nargs, kw);
            return longRangeIterator.remainingObject(self);
        });
    }

    private <T extends TypeSlots> T add(T slots) {
        space.register(slots);
        space.finishType(slots, space.objectSlots.type());
        return slots;
    }

    int runtimeError() {
        return runtimeError;
    }

    /** {@code iter(s)} for a str: CPython 3.11's str_ascii_iterator for ASCII text, else str_iterator. */
    int strIterator(int s) {
        boolean ascii = (space.heap.getInt(s, StrType.STATE) & StrType.ASCII) != 0;
        return (ascii ? strAsciiIterator : strIterator).newIterator(s, 0);
    }

    /** {@code s[slice]} for a str. CPython 3.11: Objects/unicodeobject.c unicode_subscript(). */
    int strSlice(int s, int key) {
        StrType str = space.strSlots;
        int len = (int) str.length(s);
        SliceType.Indices ix = slice.indices(key, len);
        int n = (int) ix.length();
        if (n <= 0) return space.newStr("");
        if (ix.start() == 0 && ix.step() == 1 && n == len && space.typeOf(s) == str.type()) {
            space.heap.incref(s);
            return s;
        }
        if (ix.step() == 1) return str.substring(s, (int) ix.start(), n);
        if (n == 1) return str.ofCodePoint(str.codePointAt(s, (int) ix.start()));
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) b.appendCodePoint(str.codePointAt(s, (int) (ix.start() + i * ix.step())));
        return space.newStr(b.toString());
    }

    private void method(TypeSlots owner, String name, BuiltinCode code) {
        space.defineMethod(owner.type(), name, code);
    }

    private int none() {
        return space.newNone();
    }

    /** The positional arguments as an array (for the methods taking several iterables). */
    private int[] varargs(String qualName, int[] args, int start, int nargs, int kwnames) {
        ArgParser.noKeywords(space, qualName, kwnames);
        return java.util.Arrays.copyOfRange(args, start, start + nargs);
    }

    // CPython 3.11: Objects/listobject.c list_methods
    private void installList() {
        ListType list = space.listSlots;
        method(list, "append", (self, args, start, nargs, kw) -> {
            list.append(self, ArgParser.oneArg(space, "list.append", args, start, nargs, kw));
            return none();
        });
        method(list, "extend", (self, args, start, nargs, kw) -> {
            list.extend(self, ArgParser.oneArg(space, "list.extend", args, start, nargs, kw));
            return none();
        });
        method(list, "insert", (self, args, start, nargs, kw) -> {
            ArgParser.positional(space, "list.insert", "insert", nargs, kw, 2, 2);
            list.insert(self, ArgParser.asSsize(space, args[start]), args[start + 1]);
            return none();
        });
        method(list, "pop", (self, args, start, nargs, kw) -> {
            ArgParser.positional(space, "list.pop", "pop", nargs, kw, 0, 1);
            return list.pop(self, nargs == 0 ? -1 : ArgParser.asSsize(space, args[start]));
        });
        method(list, "remove", (self, args, start, nargs, kw) -> {
            list.remove(self, ArgParser.oneArg(space, "list.remove", args, start, nargs, kw));
            return none();
        });
        method(list, "index", (self, args, start, nargs, kw) -> {
            ArgParser.positional(space, "list.index", "index", nargs, kw, 1, 3);
            long from = nargs > 1 ? ArgParser.sliceIndexNotNone(space, args[start + 1]) : 0;
            long to = nargs > 2 ? ArgParser.sliceIndexNotNone(space, args[start + 2]) : Long.MAX_VALUE;
            return list.index(self, args[start], from, to);
        });
        method(list, "count", (self, args, start, nargs, kw) ->
                list.count(self, ArgParser.oneArg(space, "list.count", args, start, nargs, kw)));
        method(list, "clear", (self, args, start, nargs, kw) -> {
            ArgParser.noArgs(space, "list.clear", nargs, kw);
            list.clear(self);
            return none();
        });
        method(list, "copy", (self, args, start, nargs, kw) -> {
            ArgParser.noArgs(space, "list.copy", nargs, kw);
            return list.slice(self, 0, list.size(self));
        });
        method(list, "reverse", (self, args, start, nargs, kw) -> {
            ArgParser.noArgs(space, "list.reverse", nargs, kw);
            list.reverse(self);
            return none();
        });
        method(list, "sort", (self, args, start, nargs, kw) -> {
            int[] v = ArgParser.keywordOnly(space, "sort", args, start, nargs, kw, "key", "reverse");
            boolean reverse = false;
            if (v[1] != 0) {
                int r = ArgParser.asIndex(space, v[1]);
                try {
                    reverse = space.isTrue(r);
                } finally {
                    space.heap.decref(r);
                }
            }
            list.sort(self, v[0], reverse);
            return none();
        });
        method(list, "__reversed__", (self, args, start, nargs, kw) -> {
            ArgParser.noArgs(space, "list.__reversed__", nargs, kw);
            return list.reversed(self);
        });
    }

    // CPython 3.11: Objects/tupleobject.c tuple_methods
    private void installTuple() {
        TupleType tuple = space.tupleSlots;
        method(tuple, "index", (self, args, start, nargs, kw) -> {
            ArgParser.positional(space, "tuple.index", "index", nargs, kw, 1, 3);
            long from = nargs > 1 ? ArgParser.sliceIndexNotNone(space, args[start + 1]) : 0;
            long to = nargs > 2 ? ArgParser.sliceIndexNotNone(space, args[start + 2]) : Long.MAX_VALUE;
            return tuple.index(self, args[start], from, to);
        });
        method(tuple, "count", (self, args, start, nargs, kw) ->
                tuple.count(self, ArgParser.oneArg(space, "tuple.count", args, start, nargs, kw)));
    }

    // CPython 3.11: Objects/dictobject.c mapp_methods and the views' methods
    private void installDict() {
        DictType dict = space.dictSlots;
        method(dict, "get", (self, args, start, nargs, kw) -> {
            ArgParser.positional(space, "dict.get", "get", nargs, kw, 1, 2);
            int v = dict.get(self, args[start]);
            if (v == 0) v = nargs == 2 ? args[start + 1] : space.none;
            space.heap.incref(v);
            return v;
        });
        method(dict, "keys", (self, args, start, nargs, kw) -> {
            ArgParser.noArgs(space, "dict.keys", nargs, kw);
            return dictKeys.newView(self);
        });
        method(dict, "values", (self, args, start, nargs, kw) -> {
            ArgParser.noArgs(space, "dict.values", nargs, kw);
            return dictValues.newView(self);
        });
        method(dict, "items", (self, args, start, nargs, kw) -> {
            ArgParser.noArgs(space, "dict.items", nargs, kw);
            return dictItems.newView(self);
        });
        method(dict, "pop", (self, args, start, nargs, kw) -> {
            ArgParser.positional(space, "dict.pop", "pop", nargs, kw, 1, 2);
            return dict.pop(self, args[start], nargs == 2 ? args[start + 1] : 0);
        });
        method(dict, "popitem", (self, args, start, nargs, kw) -> {
            ArgParser.noArgs(space, "dict.popitem", nargs, kw);
            return dict.popItem(self);
        });
        method(dict, "setdefault", (self, args, start, nargs, kw) -> {
            ArgParser.positional(space, "dict.setdefault", "setdefault", nargs, kw, 1, 2);
            return dict.setDefault(self, args[start], nargs == 2 ? args[start + 1] : space.none);
        });
        method(dict, "update", (self, args, start, nargs, kw) -> {
            dict.updateCommon(self, args, start, nargs, kw, "update");
            return none();
        });
        method(dict, "clear", (self, args, start, nargs, kw) -> {
            ArgParser.noArgs(space, "dict.clear", nargs, kw);
            dict.clear(self);
            return none();
        });
        method(dict, "copy", (self, args, start, nargs, kw) -> {
            ArgParser.noArgs(space, "dict.copy", nargs, kw);
            return dict.copy(self);
        });
        method(dict, "__reversed__", (self, args, start, nargs, kw) -> {
            ArgParser.noArgs(space, "dict.__reversed__", nargs, kw);
            return dictReverseKeyIterator.newIterator(self);
        });
        // a class method: the function is bound to the dict type itself, which it receives as self
        int fromKeys = space.builtinFunctionSlots.define("fromkeys", 0, (cls, args, start, nargs, kw) -> {
            ArgParser.positional(space, "dict.fromkeys", "fromkeys", nargs, kw, 1, 2);
            return dict.fromKeys(cls, args[start], nargs == 2 ? args[start + 1] : space.none);
        });
        int f = space.builtinFunctionSlots.newFunction(fromKeys, dict.type());
        space.setTypeAttr(dict.type(), "fromkeys", f);
        space.heap.decref(f);

        for (DictViewType view : new DictViewType[] {dictKeys, dictValues, dictItems}) {
            method(view, "__reversed__", (self, args, start, nargs, kw) -> {
                ArgParser.noArgs(space, view.name() + ".__reversed__", nargs, kw);
                return view.reversed(self);
            });
        }
        for (DictViewType view : new DictViewType[] {dictKeys, dictItems}) {
            method(view, "isdisjoint", (self, args, start, nargs, kw) ->
                    view.isDisjoint(self, ArgParser.oneArg(space, view.name() + ".isdisjoint", args, start, nargs, kw)));
        }
    }

    // CPython 3.11: Objects/setobject.c set_methods and frozenset_methods
    private void installSets() {
        for (SetType s : new SetType[] {set, frozenset}) {
            String n = s.name();
            method(s, "copy", (self, args, start, nargs, kw) -> {
                ArgParser.noArgs(space, n + ".copy", nargs, kw);
                return s.copy(self);
            });
            method(s, "union", (self, args, start, nargs, kw) ->
                    s.union(self, varargs(n + ".union", args, start, nargs, kw)));
            method(s, "intersection", (self, args, start, nargs, kw) ->
                    s.intersectionMulti(self, varargs(n + ".intersection", args, start, nargs, kw)));
            method(s, "difference", (self, args, start, nargs, kw) ->
                    s.differenceMulti(self, varargs(n + ".difference", args, start, nargs, kw)));
            method(s, "symmetric_difference", (self, args, start, nargs, kw) -> s.symmetricDifference(self,
                    ArgParser.oneArg(space, n + ".symmetric_difference", args, start, nargs, kw)));
            method(s, "isdisjoint", (self, args, start, nargs, kw) -> space.newBool(s.isDisjoint(self,
                    ArgParser.oneArg(space, n + ".isdisjoint", args, start, nargs, kw))));
            method(s, "issubset", (self, args, start, nargs, kw) -> space.newBool(s.isSubset(self,
                    ArgParser.oneArg(space, n + ".issubset", args, start, nargs, kw))));
            method(s, "issuperset", (self, args, start, nargs, kw) -> space.newBool(s.isSuperset(self,
                    ArgParser.oneArg(space, n + ".issuperset", args, start, nargs, kw))));
            method(s, "__contains__", (self, args, start, nargs, kw) -> space.newBool(s.contains(self,
                    ArgParser.oneArg(space, n + ".__contains__", args, start, nargs, kw))));
        }
        method(set, "add", (self, args, start, nargs, kw) -> {
            set.add(self, ArgParser.oneArg(space, "set.add", args, start, nargs, kw));
            return none();
        });
        method(set, "discard", (self, args, start, nargs, kw) -> {
            set.discard(self, ArgParser.oneArg(space, "set.discard", args, start, nargs, kw));
            return none();
        });
        method(set, "remove", (self, args, start, nargs, kw) -> {
            set.remove(self, ArgParser.oneArg(space, "set.remove", args, start, nargs, kw));
            return none();
        });
        method(set, "pop", (self, args, start, nargs, kw) -> {
            ArgParser.noArgs(space, "set.pop", nargs, kw);
            return set.pop(self);
        });
        method(set, "clear", (self, args, start, nargs, kw) -> {
            ArgParser.noArgs(space, "set.clear", nargs, kw);
            set.clear(self);
            return none();
        });
        method(set, "update", (self, args, start, nargs, kw) -> {
            for (int other : varargs("set.update", args, start, nargs, kw)) set.updateInternal(self, other);
            return none();
        });
        method(set, "intersection_update", (self, args, start, nargs, kw) -> {
            set.intersectionUpdate(self, varargs("set.intersection_update", args, start, nargs, kw));
            return none();
        });
        method(set, "difference_update", (self, args, start, nargs, kw) -> {
            set.differenceUpdate(self, varargs("set.difference_update", args, start, nargs, kw));
            return none();
        });
        method(set, "symmetric_difference_update", (self, args, start, nargs, kw) -> {
            set.symmetricDifferenceUpdate(self,
                    ArgParser.oneArg(space, "set.symmetric_difference_update", args, start, nargs, kw));
            return none();
        });
    }

    // CPython 3.11: Objects/rangeobject.c range_methods, Objects/sliceobject.c slice_methods
    private void installRangeAndSlice() {
        method(range, "count", (self, args, start, nargs, kw) ->
                range.count(self, ArgParser.oneArg(space, "range.count", args, start, nargs, kw)));
        method(range, "index", (self, args, start, nargs, kw) ->
                range.index(self, ArgParser.oneArg(space, "range.index", args, start, nargs, kw)));
        method(range, "__reversed__", (self, args, start, nargs, kw) -> {
            ArgParser.noArgs(space, "range.__reversed__", nargs, kw);
            return range.reversed(self);
        });
        method(slice, "indices", (self, args, start, nargs, kw) ->
                slice.indicesMethod(self, ArgParser.oneArg(space, "slice.indices", args, start, nargs, kw)));
    }
}
