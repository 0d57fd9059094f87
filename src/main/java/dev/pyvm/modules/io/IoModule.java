package dev.pyvm.modules.io;

import dev.pyvm.memory.Heap;
import dev.pyvm.objects.ArgParser;
import dev.pyvm.objects.BuiltinCode;
import dev.pyvm.objects.ObjectSpace;

/**
 * {@code io}: {@code open()}, the file types and {@code UnsupportedOperation}. CPython 3.11:
 * Modules/_io/_iomodule.c (pyvm has no separate {@code _io}; the types say {@code _io} as their
 * module, as CPython's).
 */
public final class IoModule {
    /** CPython: DEFAULT_BUFFER_SIZE. */
    static final int DEFAULT_BUFFER_SIZE = 8192;

    private final ObjectSpace space;
    private final Heap heap;
    private final IoTypes io;

    private IoModule(ObjectSpace space, IoTypes io) {
        this.space = space;
        this.heap = space.heap;
        this.io = io;
    }

    /** A new module object {@code io}. */
    public static int create(ObjectSpace space, IoTypes io) {
        return new IoModule(space, io).make();
    }

    private int make() {
        int module = space.moduleSlots.newModule("io");
        function(module, "open", this::open);
        for (IoObject t : new IoObject[] {io.fileIO, io.reader, io.writer, io.random, io.text, io.stringIO, io.bytesIO}) {
            space.moduleSlots.set(module, t.name(), t.type());
        }
        int bases = space.newTuple(ref(space.exceptions.osError), ref(space.exceptions.valueError));
        int ns = space.dictSlots.newDict();
        int name = space.newStr("io");
        space.dictSlots.put(ns, space.intern("__module__"), name);
        heap.decref(name);
        int unsupported;
        try {
            unsupported = space.newClass("UnsupportedOperation", bases, ns);
        } finally {
            heap.decref(bases);
            heap.decref(ns);
        }
        value(module, "UnsupportedOperation", unsupported);
        io.unsupportedOperation = unsupported;
        value(module, "DEFAULT_BUFFER_SIZE", space.newInt(DEFAULT_BUFFER_SIZE));
        value(module, "SEEK_SET", space.newInt(0));
        value(module, "SEEK_CUR", space.newInt(1));
        value(module, "SEEK_END", space.newInt(2));
        return module;
    }

    private int ref(int h) {
        heap.incref(h);
        return h;
    }

    private void value(int module, String name, int v) {
        space.moduleSlots.set(module, name, v);
        heap.decref(v);
    }

    private void function(int module, String name, BuiltinCode code) {
        int f = space.builtinFunctionSlots.newFunction(space.builtinFunctionSlots.define(name, 0, code), module);
        space.moduleSlots.set(module, name, f);
        heap.decref(f);
    }

    private static final String[] OPEN_PARAMETERS = {"file", "mode", "buffering", "encoding", "errors", "newline",
        "closefd", "opener"};

    // CPython 3.11: Modules/_io/_iomodule.c _io_open_impl()
    private int open(int self, int[] args, int start, int nargs, int kwnames) {
        int[] a = ArgParser.clinic(space, "open", OPEN_PARAMETERS, 1, 0, 8, args, start, nargs, kwnames);
        int file = a[0];
        String mode = a[1] == 0 ? "r" : strArg(a[1], "mode", false);
        long buffering = a[2] == 0 ? -1 : ArgParser.asSsize(space, a[2]);
        for (int i = 3; i <= 5; i++) {
            if (a[i] != 0) strArg(a[i], OPEN_PARAMETERS[i], true);
        }
        boolean closefd = a[6] == 0 || space.isTrue(a[6]);
        if (a[7] != 0 && a[7] != space.none) throw notImplemented("pyvm does not support open()'s opener");
        if (space.intSlots.check(file)) {
            throw notImplemented("pyvm does not support opening a file descriptor (open(" + space.repr(file) + "))");
        }
        if (!space.strSlots.check(file) && !space.bytesSlots.check(file)) {
            throw space.typeError("expected str, bytes or os.PathLike object, not " + space.typeName(space.typeOf(file)));
        }
        String seen = "";
        for (char c : mode.toCharArray()) {
            if ("rwxabt+".indexOf(c) < 0 || seen.indexOf(c) >= 0) throw space.valueError("invalid mode: '" + mode + "'");
            seen += c;
        }
        boolean creating = seen.indexOf('x') >= 0, reading = seen.indexOf('r') >= 0, writing = seen.indexOf('w') >= 0;
        boolean appending = seen.indexOf('a') >= 0, updating = seen.indexOf('+') >= 0;
        boolean text = seen.indexOf('t') >= 0, binary = seen.indexOf('b') >= 0;
        if (text && binary) throw space.valueError("can't have text and binary mode at once");
        int kinds = (creating ? 1 : 0) + (reading ? 1 : 0) + (writing ? 1 : 0) + (appending ? 1 : 0);
        if (kinds > 1) throw space.valueError("must have exactly one of create/read/write/append mode");
        if (binary && given(a[3])) throw space.valueError("binary mode doesn't take an encoding argument");
        if (binary && given(a[4])) throw space.valueError("binary mode doesn't take an errors argument");
        if (binary && given(a[5])) throw space.valueError("binary mode doesn't take a newline argument");
        // none of them is left to FileIO, which says so in its words
        if (kinds == 0) throw space.valueError("Must have exactly one of create/read/write/append mode and at most one plus");
        if (!closefd) throw space.valueError("Cannot use closefd=False with file name");

        int flags = creating ? FileIOType.CREATED | FileIOType.WRITABLE
                : reading ? FileIOType.READABLE
                : writing ? FileIOType.WRITABLE | FileIOType.TRUNCATE
                : FileIOType.APPENDING | FileIOType.WRITABLE;
        if (updating) flags |= FileIOType.READABLE | FileIOType.WRITABLE;
        int raw = io.fileIO.open(file, flags);
        if (buffering == 0) {
            if (binary) return raw;
            heap.decref(raw);
            throw space.valueError("can't have unbuffered text I/O");
        }
        BufferedType kind = updating ? io.random : creating || writing || appending ? io.writer : io.reader;
        int buffer = kind.wrap(raw);
        if (binary) return buffer;
        int m = space.newStr(mode);
        try {
            return io.text.wrap(buffer, a[3], a[4], a[5], m, buffering == 1);
        } finally {
            heap.decref(m);
        }
    }

    private boolean given(int h) {
        return h != 0 && h != space.none;
    }

    private String strArg(int h, String name, boolean noneAllowed) {
        if (noneAllowed && h == space.none) return null;
        if (!space.strSlots.check(h)) {
            throw space.typeError("open() argument '" + name + "' must be str" + (noneAllowed ? " or None" : "")
                    + ", not " + space.typeName(space.typeOf(h)));
        }
        return space.strSlots.toJava(h);
    }

    private RuntimeException notImplemented(String message) {
        return space.error(space.exceptions.byName().get("NotImplementedError"), message);
    }
}
