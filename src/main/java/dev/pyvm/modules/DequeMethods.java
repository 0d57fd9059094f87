package dev.pyvm.modules;

import dev.pyvm.memory.Heap;
import dev.pyvm.objects.ArgParser;
import dev.pyvm.objects.BuiltinCode;
import dev.pyvm.objects.ObjectSpace;

/** The methods of {@code collections.deque}, with CPython 3.11's argument errors (Modules/_collectionsmodule.c). */
final class DequeMethods {
    private final ObjectSpace space;
    private final Heap heap;
    private final DequeType dq;

    DequeMethods(ObjectSpace space, DequeType dq) {
        this.space = space;
        this.heap = space.heap;
        this.dq = dq;
    }

    private void method(String name, BuiltinCode code) {
        space.defineMethod(dq.type(), name, code);
    }

    void define() {
        int module = space.newStr("collections");
        space.setTypeAttr(dq.type(), "__module__", module);
        heap.decref(module);
        space.setTypeAttr(dq.type(), "__hash__", space.none);
        // deque[int]: the built-in containers' classmethod, which makes a types.GenericAlias
        int classGetItem = space.dictSlots.get(space.typeDict(space.listSlots.type()), "__class_getitem__");
        space.setTypeAttr(dq.type(), "__class_getitem__", classGetItem);
        space.installSlotWrappers(dq, "__repr__ __getitem__ __setitem__ __delitem__ __add__ __mul__ __rmul__ "
                + "__iadd__ __imul__ __init__ __len__ __contains__ __iter__ __bool__ __lt__ __le__ __eq__ __ne__ __gt__ __ge__");
        method("append", (self, args, start, nargs, kwnames) -> {
            int item = Args.one(space, "deque.append", args, start, nargs, kwnames);
            heap.incref(item);
            dq.appendSteal(self, item);
            return space.newNone();
        });
        method("appendleft", (self, args, start, nargs, kwnames) -> {
            int item = Args.one(space, "deque.appendleft", args, start, nargs, kwnames);
            heap.incref(item);
            dq.appendLeftSteal(self, item);
            return space.newNone();
        });
        method("pop", (self, args, start, nargs, kwnames) -> {
            Args.none(space, "deque.pop", nargs, kwnames);
            if (dq.size(self) == 0) throw space.error(space.exceptions.indexError, "pop from an empty deque");
            return dq.pop(self);
        });
        method("popleft", (self, args, start, nargs, kwnames) -> {
            Args.none(space, "deque.popleft", nargs, kwnames);
            if (dq.size(self) == 0) throw space.error(space.exceptions.indexError, "pop from an empty deque");
            return dq.popLeft(self);
        });
        method("extend", (self, args, start, nargs, kwnames) -> {
            dq.extend(self, Args.one(space, "deque.extend", args, start, nargs, kwnames), false);
            return space.newNone();
        });
        method("extendleft", (self, args, start, nargs, kwnames) -> {
            dq.extend(self, Args.one(space, "deque.extendleft", args, start, nargs, kwnames), true);
            return space.newNone();
        });
        method("rotate", (self, args, start, nargs, kwnames) -> {
            Args.positional(space, "deque.rotate", "deque.rotate", 0, 1, nargs, kwnames);
            long n = 1;
            if (nargs == 1) n = ArgParser.asSsize(space, args[start]);
            dq.rotate(self, n);
            return space.newNone();
        });
        method("clear", (self, args, start, nargs, kwnames) -> {
            Args.none(space, "deque.clear", nargs, kwnames);
            dq.clear(self);
            return space.newNone();
        });
        method("reverse", (self, args, start, nargs, kwnames) -> {
            Args.none(space, "deque.reverse", nargs, kwnames);
            dq.reverse(self);
            return space.newNone();
        });
        BuiltinCode copy = (self, args, start, nargs, kwnames) -> {
            Args.none(space, "deque.copy", nargs, kwnames);
            return dq.copy(self);
        };
        method("copy", copy);
        method("__copy__", copy);
        method("count", (self, args, start, nargs, kwnames) -> {
            int value = Args.one(space, "deque.count", args, start, nargs, kwnames);
            int count = 0;
            for (int i = 0, state = dq.state(self); i < dq.size(self); i++) {
                int item = dq.item(self, i);
                heap.incref(item);
                boolean equal;
                try {
                    equal = item == value || space.eq(item, value);
                } finally {
                    heap.decref(item);
                }
                if (state != dq.state(self)) throw dq.mutatedDuringIteration();
                if (equal) count++;
            }
            return space.newInt(count);
        });
        method("index", (self, args, start, nargs, kwnames) -> {
            Args.noKeywords(space, "index", kwnames);
            if (nargs < 1) throw space.typeError("index() takes at least 1 argument (" + nargs + " given)");
            if (nargs > 3) throw space.typeError("index() takes at most 3 arguments (" + nargs + " given)");
            int n = dq.size(self);
            long lo = nargs > 1 ? sliceIndex(args[start + 1]) : 0;
            long hi = nargs > 2 ? sliceIndex(args[start + 2]) : n;
            // CPython 3.11: deque_index_impl(): negative bounds count from the end, then clipped
            if (lo < 0) lo = Math.max(0, lo + n);
            if (hi < 0) hi = Math.max(0, hi + n);
            if (hi > n) hi = n;
            if (lo > hi) lo = hi;
            int i = dq.find(self, args[start], (int) lo, (int) hi);
            if (i < 0) throw space.valueError(space.repr(args[start]) + " is not in deque");
            return space.newInt(i);
        });
        method("insert", (self, args, start, nargs, kwnames) -> {
            Args.noKeywords(space, "insert", kwnames);
            if (nargs != 2) throw space.typeError("insert() takes exactly 2 arguments (" + nargs + " given)");
            long index = ArgParser.asSsize(space, args[start]);
            int n = dq.size(self);
            if (dq.maxlen(self) >= 0 && n >= dq.maxlen(self)) {
                throw space.error(space.exceptions.indexError, "deque already at its maximum size");
            }
            if (index < 0) index = Math.max(0, index + n);
            if (index > n) index = n;
            heap.incref(args[start + 1]);
            dq.insertSteal(self, (int) index, args[start + 1]);
            return space.newNone();
        });
        method("remove", (self, args, start, nargs, kwnames) -> {
            int value = Args.one(space, "deque.remove", args, start, nargs, kwnames);
            // CPython 3.11: deque_remove() raises IndexError when a comparison changes the deque
            int i = dq.find(self, value, 0, dq.size(self), space.exceptions.indexError);
            if (i < 0) throw space.valueError(space.repr(value) + " is not in deque");
            heap.decref(dq.removeAt(self, i));
            return space.newNone();
        });
        method("__reversed__", (self, args, start, nargs, kwnames) -> {
            Args.none(space, "deque.__reversed__", nargs, kwnames);
            return dq.reverseIterator.newIterator(self);
        });
        method("__sizeof__", (self, args, start, nargs, kwnames) -> {
            Args.none(space, "deque.__sizeof__", nargs, kwnames);
            return space.newInt(dq.sizeof(self));
        });
    }

    /** A bound of index(): CPython's _PyEval_SliceIndexNotNone, clipped to a long. */
    private long sliceIndex(int h) {
        if (!ArgParser.isIndex(space, h)) {
            throw space.typeError("slice indices must be integers or have an __index__ method");
        }
        int i = ArgParser.asIndex(space, h);
        try {
            if (space.intSlots.fitsLong(i)) return space.intSlots.longValue(i);
            return space.intSlots.bigValue(i).signum() < 0 ? Integer.MIN_VALUE : Integer.MAX_VALUE;
        } finally {
            heap.decref(i);
        }
    }
}
