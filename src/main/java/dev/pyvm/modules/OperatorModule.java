package dev.pyvm.modules;

import dev.pyvm.memory.Heap;
import dev.pyvm.objects.BuiltinCode;
import dev.pyvm.objects.Compare;
import dev.pyvm.objects.HeapType;
import dev.pyvm.objects.NumberOps;
import dev.pyvm.objects.ObjectSpace;
import dev.pyvm.objects.PyException;
import dev.pyvm.objects.TypeSlots;

/**
 * {@code operator}: CPython 3.11's Modules/_operator.c and the dunder aliases of Lib/operator.py.
 * Each function is the generic operation the interpreter's instructions use (BINARY_OP,
 * COMPARE_OP, BINARY_SUBSCR, …), so user classes' special methods and the error messages are
 * exactly those of the operators.
 */
final class OperatorModule {
    private final ObjectSpace space;
    private final Heap heap;
    private final ModuleBuilder m;

    private OperatorModule(ObjectSpace space) {
        this.space = space;
        this.heap = space.heap;
        this.m = new ModuleBuilder(space, "operator");
    }

    static int create(ObjectSpace space, TypeSlots... types) {
        OperatorModule o = new OperatorModule(space);
        o.define();
        for (TypeSlots t : types) {
            space.heap.incref(t.type());
            o.m.value(t.name(), t.type());
        }
        return o.m.module();
    }

    /** A function of two arguments (CPython's Argument Clinic, positional only). */
    private interface Binary {
        int apply(int a, int b);
    }

    private void unary(String name, java.util.function.IntUnaryOperator body, String... aliases) {
        BuiltinCode code = (self, args, start, nargs, kwnames) ->
                body.applyAsInt(Args.one(space, "_operator." + name, args, start, nargs, kwnames));
        define(name, code, aliases);
    }

    private void binary(String name, Binary body, String... aliases) {
        BuiltinCode code = (self, args, start, nargs, kwnames) -> {
            Args.positional(space, "_operator." + name, name, 2, 2, nargs, kwnames);
            return body.apply(args[start], args[start + 1]);
        };
        define(name, code, aliases);
    }

    /** Defines the function {@code name}, the same object also bound to each alias ({@code __add__}). */
    private void define(String name, BuiltinCode code, String... aliases) {
        m.function(name, code);
        for (String alias : aliases) m.alias(alias, name);
    }

    private void define() {
        unary("truth", x -> space.newBool(space.isTrue(x)));
        unary("not_", x -> space.newBool(!space.isTrue(x)), "__not__");
        unary("index", x -> Args.index(space, x), "__index__");
        unary("neg", x -> space.unaryOp(x, NumberOps.NEG), "__neg__");
        unary("pos", x -> space.unaryOp(x, NumberOps.POS), "__pos__");
        unary("abs", x -> space.unaryOp(x, NumberOps.ABS), "__abs__");
        unary("inv", x -> space.unaryOp(x, NumberOps.INVERT), "__inv__");
        unary("invert", x -> space.unaryOp(x, NumberOps.INVERT), "__invert__");

        binaryOp("add", NumberOps.ADD);
        binaryOp("sub", NumberOps.SUBTRACT);
        binaryOp("mul", NumberOps.MULTIPLY);
        binaryOp("matmul", NumberOps.MATRIX_MULTIPLY);
        binaryOp("floordiv", NumberOps.FLOOR_DIVIDE);
        binaryOp("truediv", NumberOps.TRUE_DIVIDE);
        binaryOp("mod", NumberOps.REMAINDER);
        binaryOp("lshift", NumberOps.LSHIFT);
        binaryOp("rshift", NumberOps.RSHIFT);
        binaryOp("and_", NumberOps.AND);
        binaryOp("or_", NumberOps.OR);
        binaryOp("xor", NumberOps.XOR);
        binaryOp("pow", NumberOps.POWER);

        binary("lt", (a, b) -> space.richCompare(a, b, Compare.LT), "__lt__");
        binary("le", (a, b) -> space.richCompare(a, b, Compare.LE), "__le__");
        binary("eq", (a, b) -> space.richCompare(a, b, Compare.EQ), "__eq__");
        binary("ne", (a, b) -> space.richCompare(a, b, Compare.NE), "__ne__");
        binary("gt", (a, b) -> space.richCompare(a, b, Compare.GT), "__gt__");
        binary("ge", (a, b) -> space.richCompare(a, b, Compare.GE), "__ge__");
        binary("is_", (a, b) -> space.newBool(a == b));
        binary("is_not", (a, b) -> space.newBool(a != b));

        binary("concat", (a, b) -> concat(a, b, false), "__concat__");
        binary("iconcat", (a, b) -> concat(a, b, true), "__iconcat__");
        binary("contains", (a, b) -> space.newBool(space.contains(a, b)), "__contains__");
        binary("countOf", (a, b) -> space.newInt(search(a, b, true)));
        binary("indexOf", (a, b) -> space.newInt(search(a, b, false)));
        binary("getitem", space::getItem, "__getitem__");
        binary("delitem", (a, b) -> {
            space.setItem(a, b, 0);
            return space.newNone();
        }, "__delitem__");
        define("setitem", (self, args, start, nargs, kwnames) -> {
            Args.positional(space, "_operator.setitem", "setitem", 3, 3, nargs, kwnames);
            space.setItem(args[start], args[start + 1], args[start + 2]);
            return space.newNone();
        }, "__setitem__");
        define("length_hint", (self, args, start, nargs, kwnames) -> {
            Args.positional(space, "_operator.length_hint", "length_hint", 1, 2, nargs, kwnames);
            long dflt = 0;
            if (nargs == 2) {
                int d = args[start + 1];
                if (!space.intSlots.check(d)) {
                    throw space.typeError("'" + space.typeName(space.typeOf(d))
                            + "' object cannot be interpreted as an integer");
                }
                dflt = ssize(d);
            }
            return space.newInt(space.lengthHint(args[start], dflt));
        });
        define("call", (self, args, start, nargs, kwnames) -> {
            int npos = nargs - Args.keywords(space, kwnames);
            if (npos < 1) throw space.typeError("call expected at least 1 argument, got " + npos);
            return space.call(args[start], args, start + 1, nargs - 1, kwnames);
        }, "__call__");
    }

    /** {@code a OP b} and its in-place form {@code iOP} ({@code a OP= b}), with their dunder aliases. */
    private void binaryOp(String name, int op) {
        String stem = name.endsWith("_") ? name.substring(0, name.length() - 1) : name;
        binary(name, (a, b) -> space.binaryOp(a, b, op), "__" + stem + "__");
        binary("i" + stem, (a, b) -> space.inplaceOp(a, b, op), "__i" + stem + "__");
    }

    private long ssize(int h) {
        if (!space.intSlots.isSmall(h)) {
            throw space.error(space.exceptions.overflowError, "Python int too large to convert to C ssize_t");
        }
        return space.intSlots.longValue(h);
    }

    // CPython 3.11: Objects/abstract.c PySequence_Check(): a sq_item that is not a dict's
    private boolean isSequence(int h) {
        int t = space.typeOf(h);
        if (space.isSubtype(t, space.dictSlots.type())) return false;
        if (space.isSubtype(t, space.strSlots.type()) || space.isSubtype(t, space.bytesSlots.type())
                || space.isSubtype(t, space.listSlots.type()) || space.isSubtype(t, space.tupleSlots.type())
                || t == space.sequences.range.type()) {
            return true;
        }
        return space.slotsOfType(t) instanceof HeapType && space.lookupType(t, space.intern("__getitem__")) != 0;
    }

    // CPython 3.11: Modules/_operator.c _operator_concat_impl() and PySequence_Concat() /
    // PySequence_InPlaceConcat(): the sq_concat of str, bytes, list and tuple (a list's in-place
    // one takes any iterable), else + when both are sequences
    private int concat(int a, int b, boolean inplace) {
        if (!isSequence(a)) throw cannotConcatenate(a);
        int ta = space.typeOf(a), tb = space.typeOf(b);
        String family = null;
        int familyType = 0;
        for (int t : new int[] {space.strSlots.type(), space.listSlots.type(), space.tupleSlots.type()}) {
            if (space.isSubtype(ta, t)) {
                family = space.typeName(t);
                familyType = t;
            }
        }
        boolean listInPlace = inplace && familyType == space.listSlots.type();
        if (family != null && !listInPlace && !space.isSubtype(tb, familyType)) {
            throw space.typeError("can only concatenate " + family + " (not \"" + space.typeName(tb) + "\") to " + family);
        }
        if (space.isSubtype(ta, space.bytesSlots.type()) && space.slotsOf(b).buffer(b) == null) {
            throw space.typeError("can't concat " + space.typeName(tb) + " to " + space.typeName(ta));
        }
        if (family != null || space.isSubtype(ta, space.bytesSlots.type())) {
            return inplace ? space.inplaceOp(a, b, NumberOps.ADD) : space.binaryOp(a, b, NumberOps.ADD);
        }
        if (!isSequence(b)) throw cannotConcatenate(a);
        int r = inplace ? space.slotsOf(a).inplaceOp(a, b, NumberOps.ADD) : 0;
        if (r != 0 && !space.isNotImplemented(r)) return r;
        if (r != 0) heap.decref(r);
        r = addSlots(a, b);
        if (!space.isNotImplemented(r)) return r;
        heap.decref(r);
        throw cannotConcatenate(a);
    }

    /** {@code a + b} by the number slots, NotImplemented when neither applies. CPython 3.11: binary_op1(). */
    private int addSlots(int a, int b) {
        int ta = space.typeOf(a), tb = space.typeOf(b);
        boolean other = ta != tb;
        if (other && space.isSubtype(tb, ta)) {
            int r = space.slotsOf(b).binaryOp(a, b, NumberOps.ADD);
            if (!space.isNotImplemented(r)) return r;
            heap.decref(r);
            other = false;
        }
        int r = space.slotsOf(a).binaryOp(a, b, NumberOps.ADD);
        if (!other || !space.isNotImplemented(r)) return r;
        heap.decref(r);
        return space.slotsOf(b).binaryOp(a, b, NumberOps.ADD);
    }

    private PyException cannotConcatenate(int a) {
        return space.typeError("'" + space.typeName(space.typeOf(a)) + "' object can't be concatenated");
    }

    /**
     * How many items of {@code seq} equal {@code obj} (count), or the index of the first (else
     * ValueError). CPython 3.11: Objects/abstract.c _PySequence_IterSearch().
     */
    private long search(int seq, int obj, boolean count) {
        int it;
        try {
            it = space.iter(seq);
        } catch (PyException e) {
            if (!space.exceptions.matches(e.exception(), space.exceptions.typeError)) throw e;
            heap.decref(e.exception());
            throw space.typeError("argument of type '" + space.typeName(space.typeOf(seq)) + "' is not iterable");
        }
        try {
            long n = 0;
            for (int item; (item = space.iterNext(it)) != 0; ) {
                boolean found;
                try {
                    found = space.eq(item, obj);
                } finally {
                    heap.decref(item);
                }
                if (found && !count) return n;
                if (found || !count) n++;
            }
            if (!count) throw space.valueError("sequence.index(x): x not in sequence");
            return n;
        } finally {
            heap.decref(it);
        }
    }
}
