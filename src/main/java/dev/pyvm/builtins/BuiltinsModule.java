package dev.pyvm.builtins;

import dev.pyvm.memory.Heap;
import dev.pyvm.objects.ArgParser;
import dev.pyvm.objects.BuiltinCode;
import dev.pyvm.objects.BuiltinIterators;
import dev.pyvm.objects.Formatter;
import dev.pyvm.objects.NumberMethods;
import dev.pyvm.objects.NumberOps;
import dev.pyvm.objects.ObjectSpace;
import dev.pyvm.objects.PercentFormat;
import dev.pyvm.objects.PyException;
import dev.pyvm.objects.TextArgs;
import dev.pyvm.objects.TypeSlots;
import java.math.BigInteger;
import java.util.Map;

/**
 * The {@code builtins} module: the built-in types by name, the exception types, the constants and
 * the built-in functions, as CPython 3.11's Python/bltinmodule.c.
 *
 * <p>{@link #create} builds it once per {@link ObjectSpace} (it registers the iterator types
 * {@code enumerate}, {@code zip}, {@code map}, {@code filter}, {@code reversed} and
 * {@code callable_iterator}, which are reachable afterwards as the module's attributes).
 * {@code print()} without {@code file=} and {@code input()} go to the given {@link BuiltinsIO};
 * {@code print(file=f)} calls {@code f.write}. Functions that call back into Python ({@code map},
 * {@code filter}, {@code key=} of min/max/sorted, user {@code __format__}, …) do it through
 * {@link ObjectSpace#call}, so through the VM's caller.
 */
public final class BuiltinsModule {
    private final ObjectSpace space;
    private final Heap heap;
    private final BuiltinsIO io;
    private final BuiltinIterators iterators;
    private final int module;

    private BuiltinsModule(ObjectSpace space, BuiltinsIO io) {
        this.space = space;
        this.heap = space.heap;
        this.io = io;
        this.iterators = space.iterators;
        this.module = space.moduleSlots.newModule("builtins");
        sysKey = space.intern("sys");
        stdoutKey = space.intern("stdout");
        origStdoutKey = space.intern("__stdout__");
        installValues();
        installFunctions();
    }

    /** A new module object named "builtins" (a new reference); call once per space. */
    public static int create(ObjectSpace space, BuiltinsIO io) {
        return create(space, io, null);
    }

    /**
     * {@link #create(ObjectSpace, BuiltinsIO)}, where print() writes to {@code sys.stdout} as the
     * program has it: {@code sysModules} gives sys.modules (borrowed; 0 once it is gone), in which
     * sys is looked up at each call; print goes straight to io while sys.stdout is sys.__stdout__.
     */
    public static int create(ObjectSpace space, BuiltinsIO io, java.util.function.IntSupplier sysModules) {
        BuiltinsModule b = new BuiltinsModule(space, io);
        b.sysModules = sysModules;
        return b.module;
    }

    private java.util.function.IntSupplier sysModules;
    private final int sysKey, stdoutKey, origStdoutKey;

    /**
     * Where print() without a file writes: 0 for io (sys.stdout is still sys.__stdout__, or sys is
     * not imported), -1 when sys.stdout is None (print does nothing), else the object (borrowed).
     */
    private int stdoutFile() {
        int modules = sysModules == null ? 0 : sysModules.getAsInt();
        if (modules == 0) return 0; // the teardown dropped sys.modules: finalizers print to the real stdout
        int sys = space.dictSlots.get(modules, sysKey);
        if (sys == 0 || space.typeOf(sys) != space.moduleSlots.type()) return 0;
        int dict = space.moduleSlots.dict(sys);
        int stdout = space.dictSlots.get(dict, stdoutKey);
        if (stdout == 0) throw space.error(space.exceptions.byName().get("RuntimeError"), "lost sys.stdout");
        if (stdout == space.none) return -1;
        return stdout == space.dictSlots.get(dict, origStdoutKey) ? 0 : stdout;
    }

    private void set(String name, int value) {
        space.moduleSlots.set(module, name, value);
    }

    private void installValues() {
        set("None", space.none);
        set("True", space.trueObject);
        set("False", space.falseObject);
        set("Ellipsis", space.ellipsis);
        int notImplemented = space.notImplemented();
        set("NotImplemented", notImplemented);
        heap.decref(notImplemented);
        set("__debug__", space.trueObject);
        for (TypeSlots t : new TypeSlots[] {space.objectSlots, space.typeSlots, space.intSlots, space.boolSlots,
                space.floatSlots, space.strSlots, space.bytesSlots, space.tupleSlots, space.listSlots, space.dictSlots,
                space.sequences.range, space.sequences.slice, space.sequences.set, space.sequences.frozenset,
                iterators.enumerate, iterators.zip, iterators.map, iterators.filter, iterators.reversed,
                space.superSlots, space.propertySlots, space.staticMethodSlots, space.classMethodSlots}) {
            set(space.typeName(t.type()), t.type());
        }
        for (Map.Entry<String, Integer> e : space.exceptions.byName().entrySet()) set(e.getKey(), e.getValue());
    }

    /** Binds a built-in function; it has no {@code __self__}, so the module and it make no cycle. */
    private void def(String name, BuiltinCode code) {
        int index = space.builtinFunctionSlots.define(name, 0, code);
        int f = space.builtinFunctionSlots.newFunction(index, 0);
        set(name, f);
        heap.decref(f);
    }

    /** A METH_O built-in: {@code body(arg)}. */
    private void def1(String name, java.util.function.IntUnaryOperator body) {
        def(name, (self, args, start, nargs, kwnames) -> body.applyAsInt(TextArgs.one(space, name, args, start, nargs, kwnames)));
    }

    private int npos(int nargs, int kwnames) {
        return nargs - TextArgs.keywords(space, kwnames);
    }

    private String typeName(int h) {
        return space.typeName(space.typeOf(h));
    }

    // CPython 3.11: Python/bltinmodule.c builtin_methods
    private void installFunctions() {
        def("print", this::print);
        def("input", this::input);
        def1("len", x -> space.newInt(space.length(x)));
        def1("repr", x -> space.countedCall(() -> space.reprObject(x)));
        def1("ascii", x -> space.newStr(PercentFormat.ascii(space.repr(x))));
        def1("abs", x -> space.unaryOp(x, NumberOps.ABS));
        def1("hash", x -> space.newInt(space.hash(x)));
        def1("id", x -> space.newInt(heap.address(x)));
        def1("callable", x -> space.newBool(isCallable(x)));
        def1("any", x -> space.newBool(anyAll(x, true)));
        def1("all", x -> space.newBool(anyAll(x, false)));
        def1("hex", x -> space.newStr(toBase(x, 16, "0x")));
        def1("oct", x -> space.newStr(toBase(x, 8, "0o")));
        def1("bin", x -> space.newStr(toBase(x, 2, "0b")));
        def1("chr", this::chr);
        def1("ord", this::ord);
        def("min", (self, args, start, nargs, kwnames) -> minMax(args, start, nargs, kwnames, "min"));
        def("max", (self, args, start, nargs, kwnames) -> minMax(args, start, nargs, kwnames, "max"));
        def("sum", this::sum);
        def("isinstance", (self, args, start, nargs, kwnames) -> {
            TextArgs.noKeywords(space, "isinstance", kwnames);
            TextArgs.checkPositional(space, "isinstance", nargs, 2, 2);
            return space.newBool(isInstance(args[start], args[start + 1]));
        });
        def("issubclass", (self, args, start, nargs, kwnames) -> {
            TextArgs.noKeywords(space, "issubclass", kwnames);
            TextArgs.checkPositional(space, "issubclass", nargs, 2, 2);
            return space.newBool(isSubclass(args[start], args[start + 1]));
        });
        def("round", (self, args, start, nargs, kwnames) -> {
            int[] a = TextArgs.parse(space, "round", args, start, nargs, kwnames, new String[] {"number", "ndigits"}, 0, 1, 2);
            return NumberMethods.round(space, a[0], a[1]);
        });
        def("divmod", (self, args, start, nargs, kwnames) -> {
            TextArgs.noKeywords(space, "divmod", kwnames);
            TextArgs.checkPositional(space, "divmod", nargs, 2, 2);
            return NumberMethods.divmod(space, args[start], args[start + 1]);
        });
        def("pow", (self, args, start, nargs, kwnames) -> {
            int[] a = TextArgs.parse(space, "pow", args, start, nargs, kwnames, new String[] {"base", "exp", "mod"}, 0, 2, 3);
            return NumberMethods.pow(space, a[0], a[1], a[2]);
        });
        def("format", (self, args, start, nargs, kwnames) -> {
            TextArgs.noKeywords(space, "format", kwnames);
            TextArgs.checkPositional(space, "format", nargs, 1, 2);
            if (nargs == 1) return Formatter.format(space, args[start], "");
            int spec = args[start + 1];
            if (!space.strSlots.check(spec)) throw space.typeError("format() argument 2 must be str, not " + typeName(spec));
            return Formatter.format(space, args[start], spec);
        });
        def("iter", (self, args, start, nargs, kwnames) -> {
            TextArgs.noKeywords(space, "iter", kwnames);
            TextArgs.checkPositional(space, "iter", nargs, 1, 2);
            if (nargs == 1) return space.iter(args[start]);
            if (!isCallable(args[start])) throw space.typeError("iter(v, w): v must be callable");
            return iterators.callIterator.newIterator(args[start], args[start + 1]);
        });
        def("next", (self, args, start, nargs, kwnames) -> {
            TextArgs.noKeywords(space, "next", kwnames);
            TextArgs.checkPositional(space, "next", nargs, 1, 2);
            int it = args[start];
            if (!space.slotsOf(it).isIterator()) throw space.typeError("'" + typeName(it) + "' object is not an iterator");
            if (nargs == 2) {
                // CPython's builtin_next: with a default, a StopIteration raised by tp_iternext
                // (a generator's return value) is cleared, as the plain end of iteration is
                int item;
                try {
                    item = space.iterNextRaw(it);
                } catch (PyException e) {
                    if (!space.exceptions.matches(e.exception(), space.exceptions.stopIteration)) throw e;
                    heap.decref(e.exception());
                    item = 0;
                }
                if (item != 0) return item;
                heap.incref(args[start + 1]);
                return args[start + 1];
            }
            int item = space.iterNextRaw(it);
            if (item != 0) return item;
            throw new PyException(space.exceptions.newException(space.exceptions.stopIteration, space.newTuple()));
        });
        def("getattr", (self, args, start, nargs, kwnames) -> {
            TextArgs.noKeywords(space, "getattr", kwnames);
            TextArgs.checkPositional(space, "getattr", nargs, 2, 3);
            int name = attributeName(args[start + 1]);
            if (nargs == 2) return space.getAttr(args[start], name);
            int v = space.lookupAttr(args[start], name);
            if (v != 0) return v;
            heap.incref(args[start + 2]);
            return args[start + 2];
        });
        def("hasattr", (self, args, start, nargs, kwnames) -> {
            TextArgs.noKeywords(space, "hasattr", kwnames);
            TextArgs.checkPositional(space, "hasattr", nargs, 2, 2);
            int name = attributeName(args[start + 1]);
            int v = space.lookupAttr(args[start], name);
            heap.xdecref(v);
            return space.newBool(v != 0);
        });
        def("setattr", (self, args, start, nargs, kwnames) -> {
            TextArgs.noKeywords(space, "setattr", kwnames);
            TextArgs.checkPositional(space, "setattr", nargs, 3, 3);
            int name = space.intern(space.strSlots.toJava(attributeName(args[start + 1])));
            space.setAttr(args[start], name, args[start + 2]);
            return space.newNone();
        });
        def("delattr", (self, args, start, nargs, kwnames) -> {
            TextArgs.noKeywords(space, "delattr", kwnames);
            TextArgs.checkPositional(space, "delattr", nargs, 2, 2);
            int name = space.intern(space.strSlots.toJava(attributeName(args[start + 1])));
            space.setAttr(args[start], name, 0);
            return space.newNone();
        });
        def("sorted", this::sorted);
    }

    private int attributeName(int name) {
        if (!space.strSlots.check(name)) throw space.typeError("attribute name must be string, not '" + typeName(name) + "'");
        return name;
    }

    // CPython 3.11: Python/bltinmodule.c builtin_print_impl()
    private int print(int self, int[] args, int start, int nargs, int kwnames) {
        int npos = npos(nargs, kwnames);
        String[] names = {"sep", "end", "file", "flush"};
        int[] kw = new int[4];
        int nkw = TextArgs.keywords(space, kwnames);
        for (int k = 0; k < nkw; k++) {
            String name = space.strSlots.toJava(space.tupleSlots.item(kwnames, k));
            int i = java.util.Arrays.asList(names).indexOf(name);
            if (i < 0) throw space.typeError("'" + name + "' is an invalid keyword argument for print()");
            kw[i] = args[start + npos + k];
        }
        int file = kw[2] == space.none ? 0 : kw[2];
        if (file == 0) {
            file = stdoutFile();
            if (file == -1) return space.newNone();
        }
        String sep = separator(kw[0], "sep", " "), end = separator(kw[1], "end", "\n");
        for (int i = 0; i < npos; i++) {
            if (i > 0) write(file, sep);
            write(file, space.str(args[start + i]));
        }
        write(file, end);
        if (kw[3] != 0 && space.isTrue(kw[3])) {
            if (file == 0) {
                io.flush();
            } else {
                int flush = space.getAttr(file, space.intern("flush"));
                try {
                    heap.decref(space.call(flush));
                } finally {
                    heap.decref(flush);
                }
            }
        }
        return space.newNone();
    }

    private String separator(int h, String what, String dflt) {
        if (h == 0 || h == space.none) return dflt;
        if (!space.strSlots.check(h)) throw space.typeError(what + " must be None or a string, not " + typeName(h));
        return space.strSlots.toJava(h);
    }

    /** Writes text to io, or by {@code file.write(text)}. CPython: PyFile_WriteString. */
    private void write(int file, String text) {
        if (file == 0) {
            io.write(text);
            return;
        }
        int write = space.getAttr(file, space.intern("write"));
        int s = space.newStr(text);
        try {
            heap.decref(space.call(write, s));
        } finally {
            heap.decref(s);
            heap.decref(write);
        }
    }

    // CPython 3.11: Python/bltinmodule.c builtin_input_impl(), the non-interactive path
    private int input(int self, int[] args, int start, int nargs, int kwnames) {
        TextArgs.noKeywords(space, "input", kwnames);
        TextArgs.checkPositional(space, "input", nargs, 0, 1);
        io.flush();
        if (nargs == 1) {
            io.write(space.str(args[start]));
            io.flush();
        }
        String line = io.readLine();
        if (line == null) throw space.error(space.exceptions.byName().get("EOFError"), "EOF when reading a line");
        return space.newStr(line);
    }

    /** Whether calling h can work: a type, a built-in function, or any type whose slots fill call. */
    // CPython 3.11: Objects/object.c PyCallable_Check()
    private boolean isCallable(int h) {
        return space.isSubtype(space.typeOf(h), space.typeSlots.type()) || space.slotsOf(h).isCallable(h);
    }

    private boolean anyAll(int iterable, boolean any) {
        int it = space.iter(iterable);
        try {
            for (int item; (item = space.iterNext(it)) != 0; ) {
                boolean truth;
                try {
                    truth = space.isTrue(item);
                } finally {
                    heap.decref(item);
                }
                if (truth == any) return any;
            }
            return !any;
        } finally {
            heap.decref(it);
        }
    }

    /** CPython: PyNumber_ToBase for bin, oct and hex. */
    private String toBase(int x, int base, String prefix) {
        int i = ArgParser.asIndex(space, x);
        BigInteger v = space.intSlots.bigValue(i);
        heap.decref(i);
        return (v.signum() < 0 ? "-" : "") + prefix + v.abs().toString(base);
    }

    // CPython 3.11: Python/bltinmodule.c builtin_chr_impl()
    private int chr(int x) {
        int i = ArgParser.asIndex(space, x);
        BigInteger v = space.intSlots.bigValue(i);
        heap.decref(i);
        if (v.bitLength() > 31) {
            throw space.error(space.exceptions.overflowError, "Python int too large to convert to C int");
        }
        int c = v.intValue();
        if (c < 0 || c > 0x10ffff) throw space.valueError("chr() arg not in range(0x110000)");
        return space.strSlots.ofCodePoint(c);
    }

    // CPython 3.11: Python/bltinmodule.c builtin_ord()
    private int ord(int c) {
        byte[] b = space.strSlots.check(c) ? null : space.slotsOf(c).buffer(c);
        if (b != null) {
            if (b.length != 1) throw space.typeError("ord() expected a character, but string of length " + b.length + " found");
            return space.newInt(b[0] & 0xff);
        }
        if (!space.strSlots.check(c)) {
            throw space.typeError("ord() expected string of length 1, but " + typeName(c) + " found");
        }
        long n = space.strSlots.length(c);
        if (n != 1) throw space.typeError("ord() expected a character, but string of length " + n + " found");
        return space.newInt(space.strSlots.codePointAt(c, 0));
    }

    // CPython 3.11: Python/bltinmodule.c min_max()
    private int minMax(int[] args, int start, int nargs, int kwnames, String name) {
        int npos = npos(nargs, kwnames);
        int nkw = nargs - npos;
        TextArgs.checkPositional(space, name, npos, 1, Integer.MAX_VALUE);
        if (nkw > 2) throw space.typeError(name + "() takes at most 2 keyword arguments (" + nkw + " given)");
        int key = 0, dflt = 0;
        for (int k = 0; k < nkw; k++) {
            String kw = space.strSlots.toJava(space.tupleSlots.item(kwnames, k));
            if (kw.equals("key")) key = args[start + npos + k];
            else if (kw.equals("default")) dflt = args[start + npos + k];
            else throw space.typeError("'" + kw + "' is an invalid keyword argument for " + name + "()");
        }
        boolean positional = npos > 1;
        if (positional && dflt != 0) {
            throw space.typeError("Cannot specify a default for " + name + "() with multiple positional arguments");
        }
        if (key == space.none) key = 0;
        int op = name.equals("min") ? dev.pyvm.objects.Compare.LT : dev.pyvm.objects.Compare.GT;
        int[] items = positional ? java.util.Arrays.copyOfRange(args, start, start + npos) : null;
        int it = positional ? 0 : space.iter(args[start]);
        int bestItem = 0, bestValue = 0;
        try {
            for (int i = 0; ; i++) {
                int item;
                if (positional) {
                    if (i == npos) break;
                    item = items[i];
                    heap.incref(item);
                } else {
                    item = space.iterNext(it);
                    if (item == 0) break;
                }
                int value;
                try {
                    value = key == 0 ? incref(item) : space.call(key, item);
                } catch (RuntimeException e) {
                    heap.decref(item);
                    throw e;
                }
                if (bestValue == 0) {
                    bestItem = item;
                    bestValue = value;
                    continue;
                }
                boolean better;
                try {
                    int r = space.richCompare(value, bestValue, op);
                    try {
                        better = space.isTrue(r);
                    } finally {
                        heap.decref(r);
                    }
                } catch (RuntimeException e) {
                    heap.decref(item);
                    heap.decref(value);
                    throw e;
                }
                if (better) {
                    heap.decref(bestItem);
                    heap.decref(bestValue);
                    bestItem = item;
                    bestValue = value;
                } else {
                    heap.decref(item);
                    heap.decref(value);
                }
            }
        } catch (RuntimeException e) {
            if (bestItem != 0) {
                heap.decref(bestItem);
                heap.decref(bestValue);
            }
            throw e;
        } finally {
            if (it != 0) heap.decref(it);
        }
        if (bestValue == 0) {
            if (dflt != 0) return incref(dflt);
            throw space.valueError(name + "() arg is an empty sequence");
        }
        heap.decref(bestValue);
        return bestItem;
    }

    private int incref(int h) {
        heap.incref(h);
        return h;
    }

    // CPython 3.11: Python/bltinmodule.c builtin_sum_impl()
    private int sum(int self, int[] args, int start, int nargs, int kwnames) {
        int[] a = TextArgs.parse(space, "sum", args, start, nargs, kwnames, new String[] {"iterable", "start"}, 1, 1, 2);
        int result = a[1] == 0 ? space.newInt(0) : incref(a[1]);
        if (space.strSlots.check(result)) {
            heap.decref(result);
            throw space.typeError("sum() can't sum strings [use ''.join(seq) instead]");
        }
        if (space.bytesSlots.check(result)) {
            heap.decref(result);
            throw space.typeError("sum() can't sum bytes [use b''.join(seq) instead]");
        }
        int it;
        try {
            it = space.iter(a[0]);
        } catch (RuntimeException e) {
            heap.decref(result);
            throw e;
        }
        try {
            for (int item; (item = space.iterNext(it)) != 0; ) {
                int r;
                try {
                    r = space.binaryOp(result, item, NumberOps.ADD);
                } finally {
                    heap.decref(item);
                }
                heap.decref(result);
                result = r;
            }
        } catch (RuntimeException e) {
            heap.decref(result);
            throw e;
        } finally {
            heap.decref(it);
        }
        return result;
    }

    private boolean isType(int h) {
        return space.isSubtype(space.typeOf(h), space.typeSlots.type());
    }

    // CPython 3.11: Objects/abstract.c PyObject_IsInstance() and object_isinstance()
    private boolean isInstance(int obj, int cls) {
        if (space.typeOf(obj) == cls) return true;
        if (isType(cls)) {
            int checker = space.typeOf(cls) == space.typeSlots.type() ? 0 : overriddenCheck(cls, "__instancecheck__");
            return checker != 0 ? callCheck(checker, cls, obj) : space.isInstance(obj, cls);
        }
        if (space.unionSlots.check(cls)) return space.unionSlots.anyMember(cls, obj, this::isInstance);
        if (space.genericAliasSlots.check(cls)) throw space.typeError("isinstance() argument 2 cannot be a parameterized generic");
        if (space.tupleSlots.check(cls)) {
            int n = space.tupleSlots.size(cls);
            for (int i = 0; i < n; i++) if (isInstance(obj, space.tupleSlots.item(cls, i))) return true;
            return false;
        }
        int checker = overriddenCheck(cls, "__instancecheck__");
        if (checker != 0) return callCheck(checker, cls, obj);
        throw space.typeError("isinstance() arg 2 must be a type, a tuple of types, or a union");
    }

    /**
     * The {@code __instancecheck__} or {@code __subclasscheck__} of cls's class (a metaclass's,
     * as ABCMeta's) when it is not type's own, else 0 (borrowed).
     */
    private int overriddenCheck(int cls, String name) {
        int key = space.intern(name);
        int checker = space.lookupType(space.typeOf(cls), key);
        return checker == space.dictSlots.get(space.typeDict(space.typeSlots.type()), key) ? 0 : checker;
    }

    private boolean callCheck(int checker, int cls, int arg) {
        int r = space.callMethod(checker, cls, arg);
        try {
            return space.isTrue(r);
        } finally {
            heap.decref(r);
        }
    }

    // CPython 3.11: Objects/abstract.c object_issubclass()
    private boolean isSubclass(int derived, int cls) {
        if (space.tupleSlots.check(cls)) {
            int n = space.tupleSlots.size(cls);
            for (int i = 0; i < n; i++) if (isSubclass(derived, space.tupleSlots.item(cls, i))) return true;
            return false;
        }
        if (space.unionSlots.check(cls)) return space.unionSlots.anyMember(cls, derived, this::isSubclass);
        if (space.genericAliasSlots.check(cls)) throw space.typeError("issubclass() argument 2 cannot be a parameterized generic");
        if (space.typeOf(cls) != space.typeSlots.type()) {
            int checker = overriddenCheck(cls, "__subclasscheck__");
            if (checker != 0) return callCheck(checker, cls, derived);
        }
        if (!isType(derived)) throw space.typeError("issubclass() arg 1 must be a class");
        if (!isType(cls)) throw space.typeError("issubclass() arg 2 must be a class, a tuple of classes, or a union");
        return space.isSubtype(derived, cls);
    }

    // CPython 3.11: Python/bltinmodule.c builtin_sorted()
    private int sorted(int self, int[] args, int start, int nargs, int kwnames) {
        int npos = npos(nargs, kwnames);
        TextArgs.checkPositional(space, "sorted", npos, 1, 1);
        int listType = space.listSlots.type();
        int list = space.listSlots.construct(listType, args, start, 1, 0);
        try {
            int sort = space.getAttr(list, space.intern("sort"));
            try {
                heap.decref(space.builtinFunctionSlots.call(sort, args, start + npos, nargs - npos, kwnames));
            } finally {
                heap.decref(sort);
            }
        } catch (RuntimeException e) {
            heap.decref(list);
            throw e;
        }
        return list;
    }
}
