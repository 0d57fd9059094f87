package dev.pyvm.objects;

import java.util.List;

import dev.pyvm.gc.GcHeader;
import dev.pyvm.memory.Heap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The built-in exception types, CPython 3.11's hierarchy, and their instances:
 * <pre>
 *   [refcnt | type | gc_next | gc_prev | ARGS | TRACEBACK | CONTEXT | CAUSE | SUPPRESS_CONTEXT | MSG
 *    | NAME | PATH | FILENAME | LINENO | OFFSET | TEXT | END_LINENO | END_OFFSET | PRINT_FILE_AND_LINE]
 * </pre>
 * MSG is ImportError's and SyntaxError's {@code msg}; NAME and PATH are ImportError's other
 * members, FILENAME to PRINT_FILE_AND_LINE SyntaxError's (0 in other exceptions, and read as
 * None): one layout for every exception keeps subclasses simple. UnicodeEncodeError's and
 * UnicodeDecodeError's encoding, object, start, end and reason share SyntaxError's words (an
 * exception is never both): FILENAME, TEXT, LINENO, END_LINENO, MSG. OSError's errno, strerror,
 * filename and filename2 share them too: LINENO, MSG, FILENAME, TEXT.
 */
public final class Exceptions {
    static final int ARGS = GcHeader.CONTAINER_HEADER_WORDS;
    static final int TRACEBACK = ARGS + 1;
    static final int CONTEXT = ARGS + 2;
    static final int CAUSE = ARGS + 3;
    static final int SUPPRESS_CONTEXT = ARGS + 4;
    static final int MSG = ARGS + 5;
    static final int NAME = ARGS + 6;
    static final int PATH = ARGS + 7;
    static final int FILENAME = ARGS + 8;
    static final int LINENO = ARGS + 9;
    static final int OFFSET = ARGS + 10;
    static final int TEXT = ARGS + 11;
    static final int END_LINENO = ARGS + 12;
    static final int END_OFFSET = ARGS + 13;
    static final int PRINT_FILE_AND_LINE = ARGS + 14;
    static final int WORDS = ARGS + 15;
    static final int ENCODING = FILENAME;
    static final int OBJECT = TEXT;
    static final int START = LINENO;
    static final int END = END_LINENO;
    static final int REASON = MSG;
    static final int ERRNO = LINENO;
    static final int STRERROR = MSG;
    static final int FILENAME2 = TEXT;
    /**
     * The words holding references, in the order of CPython's ImportError_traverse or
     * SyntaxError_traverse (an exception has one kind's or none), then BaseException_traverse.
     */
    private static final int[] REFERENCES = {MSG, NAME, PATH, FILENAME, LINENO, OFFSET, END_LINENO, END_OFFSET, TEXT,
        PRINT_FILE_AND_LINE, ARGS, TRACEBACK, CAUSE, CONTEXT};

    private final ObjectSpace space;
    private final Heap heap;
    private final Map<String, Integer> byName = new LinkedHashMap<>();

    public final int baseException;
    public final int exception;
    public final int typeError;
    public final int valueError;
    public final int zeroDivisionError;
    public final int overflowError;
    public final int indexError;
    public final int keyError;
    public final int memoryError;
    public final int recursionError;
    public final int stopIteration;
    public final int attributeError;
    public final int nameError;
    public final int systemError;
    public final int importError;
    public final int moduleNotFoundError;
    public final int syntaxError;
    public final int unicodeEncodeError;
    public final int unicodeDecodeError;
    public final int osError;
    /** CPython 3.11: Objects/exceptions.c _PyExc_InitState's errnomap: the OSError subclass of an errno. */
    private final Map<Integer, Integer> errnoMap = new java.util.HashMap<>();

    Exceptions(ObjectSpace space) {
        this.space = space;
        this.heap = space.heap;
        baseException = define("BaseException", 0);
        define("SystemExit", baseException);
        define("KeyboardInterrupt", baseException);
        define("GeneratorExit", baseException);
        exception = define("Exception", baseException);
        stopIteration = define("StopIteration", exception);
        define("StopAsyncIteration", exception);
        int arithmetic = define("ArithmeticError", exception);
        define("FloatingPointError", arithmetic);
        overflowError = define("OverflowError", arithmetic);
        zeroDivisionError = define("ZeroDivisionError", arithmetic);
        define("AssertionError", exception);
        attributeError = define("AttributeError", exception);
        define("BufferError", exception);
        define("EOFError", exception);
        importError = define("ImportError", exception);
        moduleNotFoundError = define("ModuleNotFoundError", importError);
        int lookup = define("LookupError", exception);
        indexError = define("IndexError", lookup);
        keyError = define("KeyError", lookup);
        memoryError = define("MemoryError", exception);
        nameError = define("NameError", exception);
        define("UnboundLocalError", nameError);
        osError = define("OSError", exception);
        byName.put("EnvironmentError", osError);
        byName.put("IOError", osError);
        int connection = define("ConnectionError", osError);
        // CPython 3.11: Objects/exceptions.c, the OSError subclasses with the errno values (Linux) that map to them
        osSubclass("BlockingIOError", osError, 11, 115, 114);
        osSubclass("ChildProcessError", osError, 10);
        osSubclass("BrokenPipeError", connection, 32, 108);
        osSubclass("ConnectionAbortedError", connection, 103);
        osSubclass("ConnectionRefusedError", connection, 111);
        osSubclass("ConnectionResetError", connection, 104);
        osSubclass("FileExistsError", osError, 17);
        osSubclass("FileNotFoundError", osError, 2);
        osSubclass("InterruptedError", osError, 4);
        osSubclass("IsADirectoryError", osError, 21);
        osSubclass("NotADirectoryError", osError, 20);
        osSubclass("PermissionError", osError, 13, 1);
        osSubclass("ProcessLookupError", osError, 3);
        osSubclass("TimeoutError", osError, 110);
        define("ReferenceError", exception);
        int runtime = define("RuntimeError", exception);
        define("NotImplementedError", runtime);
        recursionError = define("RecursionError", runtime);
        syntaxError = define("SyntaxError", exception);
        int indentation = define("IndentationError", syntaxError);
        define("TabError", indentation);
        systemError = define("SystemError", exception);
        typeError = define("TypeError", exception);
        valueError = define("ValueError", exception);
        int unicode = define("UnicodeError", valueError);
        unicodeDecodeError = define("UnicodeDecodeError", unicode);
        unicodeEncodeError = define("UnicodeEncodeError", unicode);
        int warning = define("Warning", exception);
        for (String name : List.of("DeprecationWarning", "PendingDeprecationWarning", "RuntimeWarning", "SyntaxWarning",
                "UserWarning", "FutureWarning", "ImportWarning", "UnicodeWarning", "BytesWarning", "ResourceWarning",
                "EncodingWarning")) {
            define(name, warning);
        }
    }

    private int define(String name, int base) {
        ExceptionType slots = space.register(new ExceptionType(space, name));
        space.finishType(slots, base == 0 ? space.objectSlots.type() : base);
        byName.put(name, slots.type());
        return slots.type();
    }

    private void osSubclass(String name, int base, int... errnos) {
        int t = define(name, base);
        for (int e : errnos) errnoMap.put(e, t);
    }

    /** The OSError subclass CPython raises for errno e ({@code OSError} itself when none maps to it). */
    public int osErrorType(int errno) {
        return errnoMap.getOrDefault(errno, osError);
    }

    /**
     * A PyException carrying {@code OSError(errno, strerror, filename)} of the subclass errno maps
     * to (filename 0: none; borrowed), as CPython's PyErr_SetFromErrnoWithFilenameObject.
     */
    public PyException raiseOSError(int errno, String strerror, int filename) {
        int type = osErrorType(errno);
        int[] args = {space.newInt(errno), space.newStr(strerror), filename};
        int exc = newException(type, space.newTuple());
        try {
            osInit(exc, args, 0, filename == 0 ? 2 : 3, 0);
        } finally {
            heap.decref(args[0]);
            heap.decref(args[1]);
        }
        return new PyException(exc);
    }

    // CPython 3.11: Objects/exceptions.c oserror_parse_args() and oserror_init()
    /** {@code OSError.__init__}: with 2 to 5 arguments, errno, strerror, filename, winerror, filename2. */
    void osInit(int exc, int[] args, int start, int nargs, int kwnames) {
        baseInit(exc, args, start, nargs, kwnames);
        if (nargs < 2 || nargs > 5) return;
        int[] words = {ERRNO, STRERROR, FILENAME, -1, FILENAME2};
        for (int i = 0; i < nargs; i++) {
            if (words[i] < 0 || args[start + i] == space.none && i >= 2) continue;
            heap.incref(args[start + i]);
            replace(exc, words[i], args[start + i]);
        }
        // with a filename, args is only (errno, strerror)
        if (nargs >= 3 && args[start + 2] != space.none) replace(exc, ARGS, newArgs(args, start, 2));
    }

    // CPython 3.11: Objects/exceptions.c OSError_str()
    int osErrorStr(int exc) {
        int errno = heap.getInt(exc, ERRNO), strerror = heap.getInt(exc, STRERROR);
        int filename = heap.getInt(exc, FILENAME), filename2 = heap.getInt(exc, FILENAME2);
        if (filename != 0) {
            String head = "[Errno " + space.str(errno == 0 ? space.none : errno) + "] "
                    + space.str(strerror == 0 ? space.none : strerror) + ": " + space.repr(filename);
            return space.newStr(filename2 != 0 ? head + " -> " + space.repr(filename2) : head);
        }
        if (errno != 0 && strerror != 0) return space.newStr("[Errno " + space.str(errno) + "] " + space.str(strerror));
        return baseStr(exc);
    }

    // CPython 3.11: Objects/exceptions.c OSError_new(): OSError(errno, strerror, ...) makes the errno's subclass
    int osSubtype(int t, int[] args, int start, int nargs, int kwnames) {
        int positional = nargs - (kwnames == 0 ? 0 : space.tupleSlots.size(kwnames));
        if (t != osError || positional < 2 || positional > 5) return t;
        int e = args[start];
        if (!space.intSlots.check(e) || !space.intSlots.fitsLong(e)) return t;
        long v = space.intSlots.longValue(e);
        return v == (int) v ? osErrorType((int) v) : t;
    }

    /** The built-in exception types by name, in definition order (for the builtins module). */
    public Map<String, Integer> byName() {
        return byName;
    }

    /**
     * A new instance of exception type {@code type} (a built-in one) with the given (stolen) args
     * tuple; an ImportError's msg is its one argument, as ImportError_init sets it.
     */
    public int newException(int type, int args) {
        int h = heap.newObject(WORDS * Heap.WORD, type);
        heap.setInt(h, GcHeader.GC_NEXT, 0);
        heap.setInt(h, GcHeader.GC_PREV, 0);
        heap.setInt(h, ARGS, args);
        heap.fillWords(h, TRACEBACK, WORDS - TRACEBACK, 0);
        if ((type == importError || type == moduleNotFoundError) && space.tupleSlots.size(args) == 1) {
            int msg = space.tupleSlots.item(args, 0);
            heap.incref(msg);
            heap.setInt(h, MSG, msg);
        }
        space.track(h);
        return h;
    }

    // CPython 3.11: Objects/exceptions.c BaseException_init()
    /** {@code BaseException.__init__}: args become the positional arguments; no keywords. */
    public void baseInit(int exc, int[] args, int start, int nargs, int kwnames) {
        if (kwnames != 0 && space.tupleSlots.size(kwnames) > 0) {
            throw space.typeError(space.typeName(space.typeOf(exc)) + "() takes no keyword arguments");
        }
        replace(exc, ARGS, newArgs(args, start, nargs));
    }

    // CPython 3.11: Objects/exceptions.c ImportError_init()
    /** {@code ImportError.__init__}: args and msg from the positional arguments, name and path from the keywords. */
    public void importInit(int exc, int[] args, int start, int nargs, int kwnames) {
        int nkw = kwnames == 0 ? 0 : space.tupleSlots.size(kwnames);
        int positional = nargs - nkw;
        int name = 0, path = 0;
        for (int i = 0; i < nkw; i++) {
            String key = space.strSlots.toJava(space.tupleSlots.item(kwnames, i));
            switch (key) {
                case "name" -> name = args[start + positional + i];
                case "path" -> path = args[start + positional + i];
                default -> throw space.typeError("'" + key + "' is an invalid keyword argument for ImportError()");
            }
        }
        replace(exc, ARGS, newArgs(args, start, positional));
        int msg = positional == 1 ? args[start] : 0;
        for (int v : new int[] {msg, name, path}) {
            if (v != 0) heap.incref(v);
        }
        replace(exc, MSG, msg);
        replace(exc, NAME, name);
        replace(exc, PATH, path);
    }

    // CPython 3.11: Objects/exceptions.c SyntaxError_init()
    /**
     * {@code SyntaxError.__init__}: args from the positional arguments; msg the first; with two,
     * the second is {@code (filename, lineno, offset, text[, end_lineno, end_offset])}.
     */
    public void syntaxInit(int exc, int[] args, int start, int nargs, int kwnames) {
        baseInit(exc, args, start, nargs, kwnames);
        if (nargs >= 1) {
            heap.incref(args[start]);
            replace(exc, MSG, args[start]);
        }
        if (nargs != 2) return;
        int info = space.tupleSlots.check(args[start + 1]) ? args[start + 1] : 0;
        if (info != 0) {
            heap.incref(info);
        } else {
            info = space.tupleSlots.fromIterable(args[start + 1]);
        }
        try {
            int n = space.tupleSlots.size(info);
            if (n < 4) throw space.typeError("function takes at least 4 arguments (" + n + " given)");
            if (n > 6) throw space.typeError("function takes at most 6 arguments (" + n + " given)");
            int[] words = {FILENAME, LINENO, OFFSET, TEXT, END_LINENO, END_OFFSET};
            for (int i = 0; i < words.length; i++) {
                int v = i < n ? space.tupleSlots.item(info, i) : 0;
                if (v != 0) heap.incref(v);
                replace(exc, words[i], v);
            }
            if (n == 5) throw space.typeError("end_offset must be provided when end_lineno is provided");
        } finally {
            heap.decref(info);
        }
    }

    /**
     * A PyException carrying {@code type(msg, (filename, lineno, offset, text, end_lineno,
     * end_offset))} for a SyntaxError type, as CPython's parser raises it; a null text is None.
     */
    public PyException raiseSyntaxError(int type, String msg, String filename, int lineno, int offset, String text,
            int endLineno, int endOffset) {
        if (filename == null) {
            // no location (source that cannot be decoded): args is (msg,), as CPython's PyErr_Format gives
            int exc = newException(type, space.newTuple());
            int[] args = {space.newStr(msg)};
            try {
                syntaxInit(exc, args, 0, 1, 0);
            } finally {
                heap.decref(args[0]);
            }
            return new PyException(exc);
        }
        int location = space.newTuple(space.newStr(filename), space.newInt(lineno), space.newInt(offset),
                text == null ? space.newNone() : space.newStr(text), space.newInt(endLineno), space.newInt(endOffset));
        int exc = newException(type, space.newTuple());
        int[] args = {space.newStr(msg), location};
        try {
            syntaxInit(exc, args, 0, 2, 0);
        } finally {
            heap.decref(args[0]);
            heap.decref(args[1]);
        }
        return new PyException(exc);
    }

    /**
     * A PyException carrying {@code type(encoding, object, start, end, reason)} for
     * UnicodeEncodeError (object a str) or UnicodeDecodeError (object a bytes, borrowed).
     */
    public PyException raiseUnicodeError(int type, String encoding, int object, int start, int end, String reason) {
        int exc = newException(type, space.newTuple());
        heap.incref(object);
        int[] args = {space.newStr(encoding), object, space.newInt(start), space.newInt(end), space.newStr(reason)};
        try {
            unicodeInit(exc, args, 0, args.length, 0);
        } finally {
            for (int a : args) heap.decref(a);
        }
        return new PyException(exc);
    }

    // CPython 3.11: Objects/exceptions.c UnicodeEncodeError_init(), UnicodeDecodeError_init()
    /** {@code __init__(encoding, object, start, end, reason)} of UnicodeEncodeError and UnicodeDecodeError. */
    public void unicodeInit(int exc, int[] args, int start, int nargs, int kwnames) {
        baseInit(exc, args, start, nargs, kwnames);
        if (nargs != 5) throw space.typeError("function takes exactly 5 arguments (" + nargs + " given)");
        boolean decode = space.isSubtype(space.typeOf(exc), unicodeDecodeError);
        String[] kinds = {"str", decode ? "bytes" : "str", "int", "int", "str"};
        for (int i = 0; i < 5; i++) {
            int a = args[start + i];
            boolean ok = switch (kinds[i]) {
                case "str" -> space.strSlots.check(a);
                case "bytes" -> space.slotsOf(a).buffer(a) != null;
                default -> ArgParser.isIndex(space, a);
            };
            if (!ok) {
                throw space.typeError("argument " + (i + 1) + " must be " + (kinds[i].equals("bytes") ? "bytes-like object"
                        : kinds[i]) + ", not " + space.typeName(space.typeOf(a)));
            }
        }
        int object = args[start + 1];
        if (decode && !space.bytesSlots.check(object)) {
            object = space.bytesSlots.fromJava(space.slotsOf(object).buffer(object));
        } else {
            heap.incref(object);
        }
        int[] words = {ENCODING, OBJECT, START, END, REASON};
        for (int i = 0; i < 5; i++) {
            int v = i == 1 ? object : i == 2 || i == 3 ? ArgParser.asIndex(space, args[start + i]) : args[start + i];
            if (i != 1 && i != 2 && i != 3) heap.incref(v);
            replace(exc, words[i], v);
        }
    }

    // CPython 3.11: Objects/exceptions.c UnicodeEncodeError_str(), UnicodeDecodeError_str()
    /** {@code str()} of a UnicodeEncodeError or UnicodeDecodeError: a new str. */
    int unicodeErrorStr(int exc) {
        int object = heap.getInt(exc, OBJECT);
        if (object == 0) return space.newStr("");
        String encoding = space.str(heap.getInt(exc, ENCODING));
        String reason = space.str(heap.getInt(exc, REASON));
        long start = index(heap.getInt(exc, START)), end = index(heap.getInt(exc, END));
        boolean decode = space.isSubtype(space.typeOf(exc), unicodeDecodeError);
        long length = space.length(object);
        start = Math.max(0, Math.min(start, Math.max(length - 1, 0)));
        end = Math.max(start + 1, Math.min(end, length));
        if (start < length && end == start + 1) {
            if (decode) {
                int b = space.bytesSlots.byteAt(object, (int) start);
                return space.newStr(String.format("'%s' codec can't decode byte 0x%02x in position %d: %s", encoding, b,
                        start, reason));
            }
            int c = space.strSlots.codePointAt(object, (int) start);
            String shown = c <= 0xff ? String.format("\\x%02x", c) : c <= 0xffff ? String.format("\\u%04x", c)
                    : String.format("\\U%08x", c);
            return space.newStr(String.format("'%s' codec can't encode character '%s' in position %d: %s", encoding,
                    shown, start, reason));
        }
        return space.newStr(String.format("'%s' codec can't %s in position %d-%d: %s", encoding,
                decode ? "decode bytes" : "encode characters", start, end - 1, reason));
    }

    private long index(int h) {
        return h != 0 && space.intSlots.check(h) && space.intSlots.fitsLong(h) ? space.intSlots.longValue(h) : 0;
    }

    // CPython 3.11: BaseException_init(), ImportError_init(), SyntaxError_init()
    /** {@code __init__} of exc's built-in exception type. */
    void init(int exc, int[] args, int start, int nargs, int kwnames) {
        int t = space.typeOf(exc);
        if (space.isSubtype(t, importError)) {
            importInit(exc, args, start, nargs, kwnames);
        } else if (space.isSubtype(t, syntaxError)) {
            syntaxInit(exc, args, start, nargs, kwnames);
        } else if (space.isSubtype(t, unicodeEncodeError) || space.isSubtype(t, unicodeDecodeError)) {
            unicodeInit(exc, args, start, nargs, kwnames);
        } else if (space.isSubtype(t, osError)) {
            osInit(exc, args, start, nargs, kwnames);
        } else {
            baseInit(exc, args, start, nargs, kwnames);
        }
    }

    private int newArgs(int[] args, int start, int n) {
        int tuple = space.newTupleOfSize(n);
        for (int i = 0; i < n; i++) {
            heap.incref(args[start + i]);
            space.tupleSlots.initItem(tuple, i, args[start + i]);
        }
        return tuple;
    }

    /**
     * A PyException carrying {@code type(message, name=name, path=path)} for an ImportError type;
     * a null name or path is None.
     */
    public PyException raiseImportError(int type, String message, String name, String path) {
        int exc = newException(type, space.newTuple(space.newStr(message)));
        if (name != null) heap.setInt(exc, NAME, space.newStr(name));
        if (path != null) heap.setInt(exc, PATH, space.newStr(path));
        return new PyException(exc);
    }

    /** A PyException carrying {@code type(message)}. */
    public PyException raise(int type, String message) {
        int args = message.isEmpty() && type == memoryError ? space.newTuple() : space.newTuple(space.newStr(message));
        return new PyException(newException(type, args));
    }

    /** A PyException carrying {@code type(arg)}, with a new reference to arg. */
    public PyException raiseWithArg(int type, int arg) {
        heap.incref(arg);
        return new PyException(newException(type, space.newTuple(arg)));
    }

    /** Whether exception object {@code exc} is an instance of {@code type}. */
    public boolean matches(int exc, int type) {
        return space.isSubtype(space.typeOf(exc), type);
    }

    /** {@code __traceback__} (borrowed), 0 when none. */
    public int traceback(int exc) {
        return heap.getInt(exc, TRACEBACK);
    }

    /** Sets {@code __traceback__}, stealing tb (0 clears it). */
    public void setTraceback(int exc, int tb) {
        replace(exc, TRACEBACK, tb);
    }

    /** {@code __context__} (borrowed), 0 when none. */
    public int context(int exc) {
        return heap.getInt(exc, CONTEXT);
    }

    /** Sets {@code __context__}, stealing ctx. */
    public void setContext(int exc, int ctx) {
        replace(exc, CONTEXT, ctx);
    }

    /** {@code __cause__} (borrowed), 0 when none. */
    public int cause(int exc) {
        return heap.getInt(exc, CAUSE);
    }

    /** Sets {@code __cause__}, stealing cause, and {@code __suppress_context__ = True} as {@code raise … from} does. */
    public void setCause(int exc, int cause) {
        replace(exc, CAUSE, cause);
        heap.setInt(exc, SUPPRESS_CONTEXT, 1);
    }

    public boolean suppressContext(int exc) {
        return heap.getInt(exc, SUPPRESS_CONTEXT) != 0;
    }

    private void replace(int exc, int word, int value) {
        int old = heap.getInt(exc, word);
        heap.setInt(exc, word, value);
        if (old != 0) heap.decref(old);
    }

    /** The args tuple (borrowed). */
    public int args(int exc) {
        return heap.getInt(exc, ARGS);
    }

    /** {@code str(exc)}: the {@code __str__} of exc's built-in type; a new str. */
    int str(int exc) {
        int t = space.typeOf(exc);
        if (space.isSubtype(t, keyError)) return keyErrorStr(exc);
        if (space.isSubtype(t, importError)) return importErrorStr(exc);
        if (space.isSubtype(t, syntaxError)) return syntaxErrorStr(exc);
        if (space.isSubtype(t, unicodeEncodeError) || space.isSubtype(t, unicodeDecodeError)) return unicodeErrorStr(exc);
        if (space.isSubtype(t, osError)) return osErrorStr(exc);
        return baseStr(exc);
    }

    // CPython 3.11: Objects/exceptions.c BaseException_str()
    /** {@code BaseException.__str__}: a new str. */
    int baseStr(int exc) {
        int args = heap.getInt(exc, ARGS);
        int n = space.tupleSlots.size(args);
        if (n == 0) return space.newStr("");
        if (n == 1) {
            int arg = space.tupleSlots.item(args, 0);
            return space.slotsOf(arg).str(arg);
        }
        return space.slotsOf(args).repr(args);
    }

    // CPython 3.11: Objects/exceptions.c KeyError_str(): the key's repr
    /** {@code KeyError.__str__}: a new str. */
    int keyErrorStr(int exc) {
        int args = heap.getInt(exc, ARGS);
        if (space.tupleSlots.size(args) != 1) return baseStr(exc);
        int key = space.tupleSlots.item(args, 0);
        return space.slotsOf(key).repr(key);
    }

    // CPython 3.11: Objects/exceptions.c ImportError_str(): msg when it is a str
    /** {@code ImportError.__str__}: a new str. */
    int importErrorStr(int exc) {
        int msg = heap.getInt(exc, MSG);
        if (msg == 0 || space.typeOf(msg) != space.strSlots.type()) return baseStr(exc);
        heap.incref(msg);
        return msg;
    }

    // CPython 3.11: Objects/exceptions.c SyntaxError_str(): msg, then the file's base name and
    // the line number where they are a str and an int
    /** {@code SyntaxError.__str__}: a new str. */
    int syntaxErrorStr(int exc) {
        int filename = heap.getInt(exc, FILENAME);
        int lineno = heap.getInt(exc, LINENO);
        int msg = heap.getInt(exc, MSG);
        String where = "";
        if (filename != 0 && space.strSlots.check(filename)) {
            String f = space.strSlots.toJava(filename);
            where = f.substring(f.lastIndexOf('/') + 1);
        }
        if (lineno != 0 && space.typeOf(lineno) == space.intSlots.type()) { // an int, not a bool
            // PyLong_AsLongAndOverflow(): -1 when it does not fit a C long
            long v = space.intSlots.fitsLong(lineno) ? space.intSlots.longValue(lineno) : -1;
            where += (where.isEmpty() ? "" : ", ") + "line " + v;
        }
        String m = space.str(msg == 0 ? space.none : msg);
        return space.newStr(where.isEmpty() ? m : m + " (" + where + ")");
    }

    /** BaseException.__repr__: a new str. */
    int baseRepr(int exc) {
        int args = heap.getInt(exc, ARGS);
        String name = space.typeName(space.typeOf(exc));
        if (space.tupleSlots.size(args) == 1) {
            return space.newStr(name + "(" + space.repr(space.tupleSlots.item(args, 0)) + ")");
        }
        return space.newStr(name + space.repr(args));
    }

    /** The Java behaviour shared by every exception type; one instance per type. */
    static final class ExceptionType extends TypeSlots {
        private final String name;

        ExceptionType(ObjectSpace space, String name) {
            super(space);
            this.name = name;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public boolean isContainer() {
            return true;
        }

        @Override
        public void dealloc(int h) {
            releaseFields(h);
            heap.free(h);
        }

        /** Releases the exception fields (of an instance of a subclass too, whose block the subclass frees). */
        void releaseFields(int h) {
            for (int w : REFERENCES) {
                int ref = heap.getInt(h, w);
                heap.setInt(h, w, 0);
                heap.xdecref(ref);
            }
        }

        @Override
        public void clear(int h) {
            releaseFields(h);
        }

        @Override
        public void traverse(int h, java.util.function.IntConsumer visit) {
            for (int w : REFERENCES) {
                int ref = heap.getInt(h, w);
                if (ref != 0) visit.accept(ref);
            }
        }

        // CPython 3.11: Objects/exceptions.c BaseException_new(), then BaseException_init() or ImportError_init()
        @Override
        public int construct(int t, int[] args, int start, int nargs, int kwnames) {
            t = space.exceptions.osSubtype(t, args, start, nargs, kwnames);
            int exc = space.exceptions.newException(t, space.newTuple());
            try {
                space.exceptions.init(exc, args, start, nargs, kwnames);
            } catch (RuntimeException e) {
                heap.decref(exc);
                throw e;
            }
            return exc;
        }

        @Override
        public boolean genericGetAttr(int h) {
            return false;
        }

        @Override
        public int getAttr(int h, int name) {
            String n = space.strSlots.toJava(name);
            int word = switch (n) {
                case "args" -> ARGS;
                case "__traceback__" -> TRACEBACK;
                case "__context__" -> CONTEXT;
                case "__cause__" -> CAUSE;
                default -> memberWord(h, n);
            };
            if (word >= 0) {
                int v = heap.getInt(h, word);
                if (v == 0) return space.newNone();
                heap.incref(v);
                return v;
            }
            if (n.equals("__suppress_context__")) return space.newBool(heap.getInt(h, SUPPRESS_CONTEXT) != 0);
            if (n.equals("value") && space.isSubtype(space.typeOf(h), space.exceptions.stopIteration)) {
                int args = heap.getInt(h, ARGS);
                int v = space.tupleSlots.size(args) > 0 ? space.tupleSlots.item(args, 0) : space.none;
                heap.incref(v);
                return v;
            }
            if (n.equals("code") && space.isSubtype(space.typeOf(h), space.exceptions.byName().get("SystemExit"))) {
                // CPython 3.11: Objects/exceptions.c SystemExit_init(): None, the one argument, or args
                int args = heap.getInt(h, ARGS);
                int size = space.tupleSlots.size(args);
                int code = size == 0 ? space.none : size == 1 ? space.tupleSlots.item(args, 0) : args;
                heap.incref(code);
                return code;
            }
            return super.getAttr(h, name);
        }

        /**
         * The word of member {@code name} of h's type: ImportError's msg, name, path; SyntaxError's
         * msg, filename, lineno, offset, text, end_lineno, end_offset, print_file_and_line; else -1.
         */
        private int memberWord(int h, String name) {
            int t = space.typeOf(h);
            if (space.isSubtype(t, space.exceptions.importError)) {
                return switch (name) {
                    case "msg" -> MSG;
                    case "name" -> NAME;
                    case "path" -> PATH;
                    default -> -1;
                };
            }
            if (space.isSubtype(t, space.exceptions.syntaxError)) {
                return switch (name) {
                    case "msg" -> MSG;
                    case "filename" -> FILENAME;
                    case "lineno" -> LINENO;
                    case "offset" -> OFFSET;
                    case "text" -> TEXT;
                    case "end_lineno" -> END_LINENO;
                    case "end_offset" -> END_OFFSET;
                    case "print_file_and_line" -> PRINT_FILE_AND_LINE;
                    default -> -1;
                };
            }
            if (space.isSubtype(t, space.exceptions.osError)) {
                return switch (name) {
                    case "errno" -> ERRNO;
                    case "strerror" -> STRERROR;
                    case "filename" -> FILENAME;
                    case "filename2" -> FILENAME2;
                    default -> -1;
                };
            }
            if (space.isSubtype(t, space.exceptions.unicodeEncodeError)
                    || space.isSubtype(t, space.exceptions.unicodeDecodeError)) {
                return switch (name) {
                    case "encoding" -> ENCODING;
                    case "object" -> OBJECT;
                    case "start" -> START;
                    case "end" -> END;
                    case "reason" -> REASON;
                    default -> -1;
                };
            }
            return -1;
        }

        @Override
        public boolean acceptableBase() {
            return true;
        }

        // CPython 3.11: BaseException_new(): the positional arguments become args
        @Override
        public int newSubtype(int t, int[] args, int start, int nargs, int kwnames) {
            int positional = nargs - (kwnames == 0 ? 0 : space.tupleSlots.size(kwnames));
            int tuple = space.exceptions.newArgs(args, start, positional);
            if (!(space.slotsOfType(t) instanceof HeapType ht)) return space.exceptions.newException(t, tuple);
            int h = ht.newInstance(t);
            space.exceptions.replace(h, ARGS, tuple);
            return h;
        }

        @Override
        public void init(int h, int[] args, int start, int nargs, int kwnames) {
            space.exceptions.init(h, args, start, nargs, kwnames);
        }

        // CPython 3.11: Objects/exceptions.c BaseException_getset: args, __traceback__, __context__,
        // __cause__ (which sets __suppress_context__) and __suppress_context__ can be assigned
        // and ImportError's and SyntaxError's members (CPython: T_OBJECT members; deleting one makes it None)
        @Override
        public void setAttr(int h, int name, int value) {
            String n = space.strSlots.toJava(name);
            int word = memberWord(h, n);
            if (word >= 0) {
                if (value != 0) heap.incref(value);
                space.exceptions.replace(h, word, value);
                return;
            }
            if (value == 0) {
                switch (n) {
                    case "args", "__traceback__", "__context__", "__cause__", "__suppress_context__" ->
                            throw space.typeError(n + " may not be deleted");
                    default -> super.setAttr(h, name, value);
                }
                return;
            }
            switch (n) {
                case "args" -> {
                    int tuple = space.tupleSlots.check(value) ? value : space.tupleSlots.fromIterable(value);
                    if (tuple == value) heap.incref(value);
                    space.exceptions.replace(h, ARGS, tuple);
                }
                case "__traceback__" -> {
                    if (value != space.none && space.typeOf(value) != space.tracebackSlots.type()) {
                        throw space.typeError("__traceback__ must be a traceback or None");
                    }
                    space.exceptions.replace(h, TRACEBACK, value == space.none ? 0 : ref(value));
                }
                case "__context__", "__cause__" -> {
                    if (value != space.none && !space.isSubtype(space.typeOf(value), space.exceptions.baseException)) {
                        throw space.typeError("exception " + (n.equals("__cause__") ? "cause" : "context")
                                + " must be None or derive from BaseException");
                    }
                    space.exceptions.replace(h, n.equals("__cause__") ? CAUSE : CONTEXT, value == space.none ? 0 : ref(value));
                    if (n.equals("__cause__")) heap.setInt(h, SUPPRESS_CONTEXT, 1);
                }
                case "__suppress_context__" -> heap.setInt(h, SUPPRESS_CONTEXT, space.isTrue(value) ? 1 : 0);
                default -> super.setAttr(h, name, value);
            }
        }

        private int ref(int h) {
            heap.incref(h);
            return h;
        }


        // CPython 3.11: Objects/exceptions.c BaseException_str (KeyError_str for KeyError)
        @Override
        public int str(int h) {
            return space.exceptions.str(h);
        }

        @Override
        public int repr(int h) {
            return space.exceptions.baseRepr(h);
        }
    }
}
