package dev.pyvm.modules.io;

import dev.pyvm.objects.ArgParser;
import dev.pyvm.objects.BuiltinCode;
import dev.pyvm.objects.ObjectSpace;
import dev.pyvm.objects.PyException;
import dev.pyvm.objects.TypeSlots;
import java.util.HashMap;
import java.util.Map;
import java.util.function.IntUnaryOperator;

/**
 * What the io types share, as CPython's {@code _io._IOBase} (Modules/_io/iobase.c): {@code close},
 * {@code closed}, the context manager, iteration by {@code readline}, {@code readlines},
 * {@code writelines}, the capability queries, and read-only attributes computed from the object
 * (CPython's getsets). pyvm has no {@code io.IOBase} type: each concrete type carries these.
 */
abstract class IoObject extends TypeSlots {
    final IoTypes io;
    private final Map<String, IntUnaryOperator> getters = new HashMap<>();

    IoObject(ObjectSpace space, IoTypes io) {
        super(space);
        this.io = io;
    }

    /** Whether h is closed. */
    abstract boolean isClosed(int h);

    /** Closes h (flushing first); closing twice does nothing. */
    abstract void close(int h);

    /** The next line (a new str or bytes; empty at the end), at most limit items when limit >= 0. */
    abstract int readline(int h, long limit);

    abstract boolean readable(int h);

    abstract boolean writable(int h);

    abstract boolean seekable(int h);

    /** Writes one item of writelines' iterable; the count written is dropped. */
    abstract void writeItem(int h, int item);

    /** The message of the ValueError for an operation on a closed h. */
    String closedMessage() {
        return "I/O operation on closed file.";
    }

    void checkClosed(int h) {
        if (isClosed(h)) throw space.valueError(closedMessage());
    }

    void checkClosed(int h, String message) {
        if (isClosed(h)) throw space.valueError(message);
    }

    PyException unsupported(String message) {
        return io.unsupported(message);
    }

    void method(String name, BuiltinCode code) {
        space.defineMethod(type(), name, code);
    }

    /** A read-only attribute: {@code get(h)} gives a new reference. */
    void getter(String name, IntUnaryOperator get) {
        getters.put(name, get);
    }

    /** The methods every io type has. */
    void defineCommon(String qualname) {
        int module = space.newStr("_io");
        space.setTypeAttr(type(), "__module__", module);
        heap.decref(module);
        method("close", (self, args, start, nargs, kwnames) -> {
            ArgParser.noArgs(space, qualname + ".close", nargs, kwnames);
            close(self);
            return space.newNone();
        });
        getter("closed", h -> space.newBool(isClosed(h)));
        method("__enter__", (self, args, start, nargs, kwnames) -> {
            ArgParser.noArgs(space, qualname + ".__enter__", nargs, kwnames);
            checkClosed(self, "I/O operation on closed file.");
            heap.incref(self);
            return self;
        });
        method("__exit__", (self, args, start, nargs, kwnames) -> {
            close(self);
            return space.newNone();
        });
        method("__iter__", (self, args, start, nargs, kwnames) -> {
            ArgParser.noArgs(space, qualname + ".__iter__", nargs, kwnames);
            return iter(self);
        });
        method("__next__", (self, args, start, nargs, kwnames) -> {
            ArgParser.noArgs(space, qualname + ".__next__", nargs, kwnames);
            int line = next(self);
            if (line == 0) throw new PyException(space.exceptions.newException(space.exceptions.stopIteration, space.newTuple()));
            return line;
        });
        method("readline", (self, args, start, nargs, kwnames) -> {
            int[] a = ArgParser.clinic(space, "readline", new String[] {"size"}, 0, 1, 1, args, start, nargs, kwnames);
            return readline(self, size(a[0]));
        });
        method("readlines", (self, args, start, nargs, kwnames) -> {
            int[] a = ArgParser.clinic(space, "readlines", new String[] {"hint"}, 0, 1, 1, args, start, nargs, kwnames);
            return readlines(self, size(a[0]));
        });
        method("writelines", (self, args, start, nargs, kwnames) -> {
            int lines = ArgParser.oneArg(space, qualname + ".writelines", args, start, nargs, kwnames);
            checkClosed(self);
            int it = space.iter(lines);
            try {
                for (int item; (item = space.iterNext(it)) != 0; ) {
                    try {
                        writeItem(self, item);
                    } finally {
                        heap.decref(item);
                    }
                }
            } finally {
                heap.decref(it);
            }
            return space.newNone();
        });
        method("readable", (self, args, start, nargs, kwnames) -> {
            ArgParser.noArgs(space, qualname + ".readable", nargs, kwnames);
            return space.newBool(readable(self));
        });
        method("writable", (self, args, start, nargs, kwnames) -> {
            ArgParser.noArgs(space, qualname + ".writable", nargs, kwnames);
            return space.newBool(writable(self));
        });
        method("seekable", (self, args, start, nargs, kwnames) -> {
            ArgParser.noArgs(space, qualname + ".seekable", nargs, kwnames);
            return space.newBool(seekable(self));
        });
        method("isatty", (self, args, start, nargs, kwnames) -> {
            ArgParser.noArgs(space, qualname + ".isatty", nargs, kwnames);
            checkClosed(self, "I/O operation on closed file");
            return space.newBool(false);
        });
    }

    /** A size argument: -1 for None or absent; CPython's _Py_convert_optional_to_ssize_t. */
    long size(int h) {
        if (h == 0 || h == space.none) return -1;
        if (!ArgParser.isIndex(space, h)) {
            throw space.typeError("argument should be integer or None, not '" + space.typeName(space.typeOf(h)) + "'");
        }
        return ArgParser.asSsize(space, h);
    }

    // CPython 3.11: Modules/_io/iobase.c _io__IOBase_readlines_impl()
    int readlines(int h, long hint) {
        int list = space.listSlots.newList(0);
        try {
            long total = 0;
            for (int line; (line = next(h)) != 0; ) {
                total += space.length(line);
                space.listSlots.appendSteal(list, line);
                if (hint > 0 && total >= hint) break;
            }
        } catch (RuntimeException e) {
            heap.decref(list);
            throw e;
        }
        return list;
    }

    @Override
    public int iter(int h) {
        checkClosed(h, "I/O operation on closed file.");
        heap.incref(h);
        return h;
    }

    @Override
    public int next(int h) {
        int line = readline(h, -1);
        if (space.length(line) > 0) return line;
        heap.decref(line);
        return 0;
    }

    @Override
    public boolean isIterator() {
        return true;
    }

    @Override
    public boolean genericGetAttr(int h) {
        return false;
    }

    @Override
    public int getAttr(int h, int name) {
        IntUnaryOperator get = getters.get(space.strSlots.toJava(name));
        if (get != null) return get.applyAsInt(h);
        return super.getAttr(h, name);
    }

    @Override
    public void setAttr(int h, int name, int value) {
        if (getters.containsKey(space.strSlots.toJava(name))) {
            throw space.error(space.exceptions.attributeError, "attribute '" + space.strSlots.toJava(name)
                    + "' of '" + "_io." + name() + "' objects is not writable");
        }
        super.setAttr(h, name, value);
    }

    /** A new str of the Java string. */
    int str(String s) {
        return space.newStr(s);
    }
}
