package dev.pyvm.modules;

import dev.pyvm.memory.Heap;
import dev.pyvm.memory.MallocStats;
import dev.pyvm.objects.ArgParser;
import dev.pyvm.objects.FloatType;
import dev.pyvm.objects.IntType;
import dev.pyvm.objects.ObjectSpace;
import dev.pyvm.objects.PyException;
import dev.pyvm.objects.StructSeqType;
import dev.pyvm.vm.Interpreter;
import java.util.List;
import java.util.Locale;

/**
 * {@code sys}: the interpreter as the program sees it. CPython 3.11: Python/sysmodule.c.
 *
 * <p>{@code sys.getsizeof(x)} reports pyvm's true sizes, not CPython's: the bytes of x's block in
 * pyvm's heap (its size class, or a large block's size; the header and GC links included) plus
 * the blocks x alone owns, such as a list's item array or a dict's keys table
 * ({@link dev.pyvm.objects.TypeSlots#sizeof}). {@code sys.getrefcount(x)} is the heap's count,
 * the argument's own reference on the caller's stack included, as CPython's.
 */
final class SysModule {
    /** CPython 3.11.7's PY_VERSION_HEX. */
    static final int HEXVERSION = 0x030B07F0;
    static final String VERSION = "3.11.7";

    private SysModule() {}

    static int create(Interpreter interp, SysConfig config, TextStreamType streams) {
        ObjectSpace space = interp.space;
        Heap heap = space.heap;
        ModuleBuilder m = new ModuleBuilder(space, "sys");

        m.function("exit", (self, args, start, nargs, kwnames) -> {
            Args.positional(space, "sys.exit", "exit", 0, 1, nargs, kwnames);
            throw systemExit(space, nargs == 0 ? 0 : args[start]);
        });
        m.function("getrefcount", (self, args, start, nargs, kwnames) ->
                space.newInt(heap.refcount(Args.one(space, "sys.getrefcount", args, start, nargs, kwnames))));
        m.function("getsizeof", (self, args, start, nargs, kwnames) -> {
            int[] a = ArgParser.clinic(space, "getsizeof", new String[] {"object", "default"}, 1, 0, 2,
                    args, start, nargs, kwnames);
            return space.newInt(space.slotsOf(a[0]).sizeof(a[0]));
        });
        // CPython 3.11: Python/sysmodule.c sys__getframe_impl()
        m.function("_getframe", (self, args, start, nargs, kwnames) -> {
            if (kwnames != 0 && space.tupleSlots.size(kwnames) > 0) {
                throw space.typeError("sys._getframe() takes no keyword arguments");
            }
            if (nargs > 1) throw space.typeError("_getframe expected at most 1 argument, got " + nargs);
            long depth = nargs == 0 ? 0 : ArgParser.asSsize(space, args[start]);
            return interp.frameObject(depth);
        });
        m.function("getrecursionlimit", (self, args, start, nargs, kwnames) -> {
            Args.none(space, "sys.getrecursionlimit", nargs, kwnames);
            return space.newInt(interp.recursionLimit());
        });
        m.function("setrecursionlimit", (self, args, start, nargs, kwnames) -> {
            int arg = Args.one(space, "sys.setrecursionlimit", args, start, nargs, kwnames);
            if (space.floatSlots.check(arg)) throw space.typeError("'float' object cannot be interpreted as an integer");
            java.math.BigInteger limit = Args.bigIndex(space, arg);
            if (limit.bitLength() > 31) {
                throw space.error(space.exceptions.overflowError, "Python int too large to convert to C int");
            }
            if (limit.signum() <= 0) throw space.valueError("recursion limit must be greater or equal than 1");
            interp.setRecursionLimit(limit.intValue());
            return space.newNone();
        });
        // CPython 3.11: Python/sysmodule.c sys_set_int_max_str_digits_impl()
        m.function("get_int_max_str_digits", (self, args, start, nargs, kwnames) -> {
            Args.none(space, "sys.get_int_max_str_digits", nargs, kwnames);
            return space.newInt(space.intSlots.maxStrDigits());
        });
        m.function("set_int_max_str_digits", (self, args, start, nargs, kwnames) -> {
            int[] a = dev.pyvm.objects.ArgParser.clinic(space, "set_int_max_str_digits", new String[] {"maxdigits"}, 1, 0, 1, args, start, nargs, kwnames);
            java.math.BigInteger digits = Args.bigIndex(space, a[0]);
            if (digits.signum() != 0 && (digits.compareTo(java.math.BigInteger.valueOf(640)) < 0 || digits.bitLength() > 31)) {
                throw space.valueError("maxdigits must be 0 or larger than 640");
            }
            space.intSlots.setMaxStrDigits(digits.intValue());
            return space.newNone();
        });
        m.function("intern", (self, args, start, nargs, kwnames) -> {
            int s = Args.one(space, "sys.intern", args, start, nargs, kwnames);
            if (space.typeOf(s) != space.strSlots.type()) {
                if (space.strSlots.check(s)) throw space.typeError("can't intern " + space.typeName(space.typeOf(s)));
                throw space.typeError("intern() argument must be str, not " + space.typeName(space.typeOf(s)));
            }
            int interned = space.intern(space.strSlots.toJava(s));
            heap.incref(interned);
            return interned;
        });
        m.function("_debugmallocstats", (self, args, start, nargs, kwnames) -> {
            Args.none(space, "sys._debugmallocstats", nargs, kwnames);
            config.stdout().flush();
            config.stderr().print(MallocStats.format(heap.stats()));
            config.stderr().flush();
            return space.newNone();
        });
        m.function("exc_info", (self, args, start, nargs, kwnames) -> {
            Args.none(space, "sys.exc_info", nargs, kwnames);
            int exc = interp.handledException();
            if (exc == 0) return space.newTuple(space.newNone(), space.newNone(), space.newNone());
            int type = space.typeOf(exc);
            int tb = space.exceptions.traceback(exc);
            heap.incref(type);
            heap.incref(exc);
            if (tb != 0) heap.incref(tb);
            return space.newTuple(type, exc, tb != 0 ? tb : space.newNone());
        });
        m.function("exception", (self, args, start, nargs, kwnames) -> {
            Args.none(space, "sys.exception", nargs, kwnames);
            int exc = interp.handledException();
            if (exc == 0) return space.newNone();
            heap.incref(exc);
            return exc;
        });
        m.function("getdefaultencoding", (self, args, start, nargs, kwnames) -> {
            Args.none(space, "sys.getdefaultencoding", nargs, kwnames);
            return space.newStr("utf-8");
        });
        m.function("getfilesystemencoding", (self, args, start, nargs, kwnames) -> {
            Args.none(space, "sys.getfilesystemencoding", nargs, kwnames);
            return space.newStr("utf-8");
        });

        m.value("argv", strList(space, config.argv()));
        m.value("orig_argv", strList(space, config.argv()));
        int path = interp.modules().sysPath();
        heap.incref(path);
        m.value("path", path);
        int modules = interp.modules().sysModules();
        heap.incref(modules);
        m.value("modules", modules);
        m.value("version", space.newStr(VERSION + " (pyvm) [Java " + Runtime.version().feature() + "]"));
        m.value("version_info", StructSeqType.create(space, "sys.version_info", false,
                "major", "minor", "micro", "releaselevel", "serial").newInstance(
                space.newInt(HEXVERSION >>> 24), space.newInt(HEXVERSION >>> 16 & 0xff),
                space.newInt(HEXVERSION >>> 8 & 0xff), space.newStr("final"), space.newInt(HEXVERSION & 0xf)));
        // CPython's is a types.SimpleNamespace; pyvm's a struct sequence with the same attributes
        m.value("implementation", StructSeqType.create(space, "sys.implementation", false,
                "name", "cache_tag", "version", "hexversion").newInstance(
                space.newStr("pyvm"), space.newNone(), versionInfo(space, m), space.newInt(HEXVERSION)));
        // CPython 3.11: Objects/floatobject.c PyFloat_GetInfo(), the IEEE 754 double's figures
        m.value("float_info", StructSeqType.create(space, "sys.float_info", true,
                "max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon",
                "radix", "rounds").newInstance(
                space.newFloat(Double.MAX_VALUE), space.newInt(Double.MAX_EXPONENT + 1), space.newInt(308),
                space.newFloat(Double.MIN_NORMAL), space.newInt(Double.MIN_EXPONENT + 1), space.newInt(-307),
                space.newInt(15), space.newInt(53), space.newFloat(Math.ulp(1.0)), space.newInt(2), space.newInt(1)));
        // pyvm's big ints are 32-bit digits (IntType); the str conversion limits are CPython's
        m.value("int_info", StructSeqType.create(space, "sys.int_info", true,
                "bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold").newInstance(
                space.newInt(32), space.newInt(4), space.newInt(IntType.DEFAULT_MAX_STR_DIGITS), space.newInt(640)));
        // CPython 3.11: Python/sysmodule.c get_hash_info(); imag is CPython's though pyvm has no complex
        m.value("hash_info", StructSeqType.create(space, "sys.hash_info", true,
                "width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff").newInstance(
                space.newInt(64), space.newInt(IntType.HASH_MODULUS), space.newInt(FloatType.HASH_INF), space.newInt(0),
                space.newInt(1000003), space.newStr("siphash13"), space.newInt(64), space.newInt(128), space.newInt(0)));
        SysFlags f = config.flags();
        m.value("flags", StructSeqType.create(space, "sys.flags", true, SysFlags.FIELDS).newInstance(
                space.newInt(f.debug()), space.newInt(f.inspect() ? 1 : 0), space.newInt(f.inspect() ? 1 : 0),
                space.newInt(f.optimize()), space.newInt(f.dontWriteBytecode() ? 1 : 0),
                space.newInt(f.noUserSite() ? 1 : 0), space.newInt(f.noSite() ? 1 : 0),
                space.newInt(f.ignoreEnvironment() ? 1 : 0), space.newInt(f.verbose()), space.newInt(f.bytesWarning()),
                space.newInt(f.quiet() ? 1 : 0), space.newInt(1), space.newInt(f.isolated() ? 1 : 0),
                space.newBool(f.devMode()), space.newInt(f.utf8Mode() ? 1 : 0), space.newInt(0),
                space.newBool(f.safePath()), space.newInt(f.intMaxStrDigits())));
        m.value("dont_write_bytecode", space.newBool(f.dontWriteBytecode()));
        m.value("warnoptions", strList(space, f.warnOptions()));
        int xoptions = space.dictSlots.newDict();
        for (var e : config.xoptions().entrySet()) {
            int k = space.newStr(e.getKey());
            int v = e.getValue().equals("true") ? space.newBool(true) : space.newStr(e.getValue());
            space.dictSlots.put(xoptions, k, v);
            heap.decref(k);
            heap.decref(v);
        }
        m.value("_xoptions", xoptions);
        if (f.intMaxStrDigits() >= 0) space.intSlots.setMaxStrDigits(f.intMaxStrDigits());
        m.value("hexversion", space.newInt(HEXVERSION));
        m.value("maxsize", space.newInt(Long.MAX_VALUE));
        m.value("maxunicode", space.newInt(Character.MAX_CODE_POINT));
        m.value("byteorder", space.newStr("little"));
        m.value("platform", space.newStr(platform()));
        m.value("executable", space.newStr(config.executable()));
        m.value("copyright", space.newStr("Copyright (c) 2001-2023 Python Software Foundation.\nAll Rights Reserved."));
        int stdin = streams.newStream("<stdin>", null, config.stdin());
        int stdout = streams.newStream("<stdout>", config.stdout(), null);
        int stderr = streams.newStream("<stderr>", config.stderr(), null);
        for (String prefix : List.of("", "__")) {
            String suffix = prefix;
            heap.incref(stdin);
            m.value(prefix + "stdin" + suffix, stdin);
            heap.incref(stdout);
            m.value(prefix + "stdout" + suffix, stdout);
            heap.incref(stderr);
            m.value(prefix + "stderr" + suffix, stderr);
        }
        heap.decref(stdin);
        heap.decref(stdout);
        heap.decref(stderr);
        return m.module();
    }

    /**
     * {@code SystemExit(status)} as CPython's sys.exit raises it (PyErr_SetObject): no argument
     * or None gives no args, a tuple gives its items as the args, anything else is the one arg.
     */
    static PyException systemExit(ObjectSpace space, int status) {
        int type = space.exceptions.byName().get("SystemExit");
        int args;
        if (status == 0 || status == space.none) {
            args = space.newTuple();
        } else if (space.typeOf(status) == space.tupleSlots.type()) {
            space.heap.incref(status);
            args = status;
        } else {
            space.heap.incref(status);
            args = space.newTuple(status);
        }
        return new PyException(space.exceptions.newException(type, args));
    }

    private static int strList(ObjectSpace space, List<String> items) {
        int list = space.listSlots.newList(items.size());
        for (String s : items) space.listSlots.appendSteal(list, space.newStr(s));
        return list;
    }

    /** {@code sys.platform} of the host, CPython's names. */
    static String platform() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.startsWith("linux")) return "linux";
        if (os.startsWith("mac") || os.startsWith("darwin")) return "darwin";
        if (os.startsWith("windows")) return "win32";
        return os.replaceAll("[^a-z0-9]", "");
    }

    /** A new reference to the module's sys.version_info. */
    private static int versionInfo(ObjectSpace space, ModuleBuilder m) {
        int v = space.dictSlots.get(space.moduleSlots.dict(m.module()), "version_info");
        space.heap.incref(v);
        return v;
    }
}
