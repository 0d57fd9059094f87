package dev.pyvm.modules.re;

import dev.pyvm.objects.ArgParser;
import dev.pyvm.objects.ObjectSpace;
import dev.pyvm.objects.PyException;
import dev.pyvm.objects.TextArgs;
import java.util.Map;

/**
 * {@code _re}: pyvm's regular-expression engine under the frozen {@code re} module (as CPython's
 * _sre under Lib/re). pyvm's own interface, called only by re's code:
 * <ul>
 * <li>{@code compile(pattern, flags, error, warn)}: {@code (program, groups, groupindex, flags)}
 *     for a str or bytes pattern; a bad one raises {@code error(msg, pattern, pos)} (or
 *     {@code error(msg)}), ValueError, OverflowError or RecursionError as CPython's parser and
 *     compiler do; CPython's parser warnings are {@code warn(message, future)} calls
 *     (FutureWarning when future, else DeprecationWarning);
 * <li>{@code match(program, string, pos, endpos, mode)}: None, or the match as a tuple
 *     {@code (lastindex, start0, end0, start1, end1, …)} (-1 for a group that did not take
 *     part); mode 0 match, 1 fullmatch, 2 search, + 4 when the match must not be empty at pos
 *     (a scanner's must_advance); pos and endpos already within the string;
 * <li>{@code scan(program, string, pos, endpos, count)}: the list of those tuples of the
 *     successive searches of findall, finditer, sub and split (CPython's loop with
 *     must_advance: an empty match just after a match is not taken at its start), at most
 *     count of them (0: all);
 * <li>{@code findall(program, string, pos, endpos)}: Pattern.findall's list;
 * <li>{@code sub(program, string, repl, count)}: {@code (new string, number of matches)} for a
 *     replacement used as it is (no backslash in it).
 * </ul>
 */
public final class ReModule {
    private ReModule() {}

    /** A new module {@code _re}; its program type is added to the space on first use. */
    public static int create(ObjectSpace space) {
        ProgramType programs = programType(space);
        int module = space.moduleSlots.newModule("_re");
        function(space, module, "compile", (self, args, start, nargs, kwnames) -> {
            TextArgs.noKeywords(space, "compile", kwnames);
            TextArgs.checkPositional(space, "compile", nargs, 4, 4);
            return compile(space, programs, args[start], args[start + 1], args[start + 2], args[start + 3]);
        });
        function(space, module, "match", (self, args, start, nargs, kwnames) -> {
            TextArgs.noKeywords(space, "match", kwnames);
            TextArgs.checkPositional(space, "match", nargs, 5, 5);
            Program p = program(space, programs, args[start]);
            int[] s = subject(space, args[start + 1]);
            int pos = bound(ArgParser.asSsize(space, args[start + 2]), s.length);
            int endpos = bound(ArgParser.asSsize(space, args[start + 3]), s.length);
            int mode = (int) ArgParser.asSsize(space, args[start + 4]);
            Matcher m = new Matcher(p, s, endpos, space::checkInterrupt);
            boolean advance = (mode & 4) != 0;
            int kind = mode & 3;
            boolean found = run(space, () -> kind == 2 ? m.search(pos, advance) : m.match(pos, kind == 1, advance));
            return found ? result(space, p, m) : space.newNone();
        });
        function(space, module, "scan", (self, args, start, nargs, kwnames) -> {
            TextArgs.noKeywords(space, "scan", kwnames);
            TextArgs.checkPositional(space, "scan", nargs, 5, 5);
            Program p = program(space, programs, args[start]);
            int[] s = subject(space, args[start + 1]);
            int pos = bound(ArgParser.asSsize(space, args[start + 2]), s.length);
            int endpos = bound(ArgParser.asSsize(space, args[start + 3]), s.length);
            long count = ArgParser.asSsize(space, args[start + 4]);
            Matcher m = new Matcher(p, s, endpos, space::checkInterrupt);
            int list = space.listSlots.newList(0);
            try {
                boolean mustAdvance = false;
                int at = pos;
                long n = 0;
                while (count <= 0 || n < count) {
                    final int from = at;
                    final boolean advance = mustAdvance;
                    if (!run(space, () -> m.search(from, advance))) break;
                    space.listSlots.appendSteal(list, result(space, p, m));
                    n++;
                    mustAdvance = m.matchEnd == m.matchStart;
                    at = m.matchEnd;
                }
            } catch (PyException e) {
                space.heap.decref(list);
                throw e;
            }
            return list;
        });
        function(space, module, "findall", (self, args, start, nargs, kwnames) -> {
            TextArgs.noKeywords(space, "findall", kwnames);
            TextArgs.checkPositional(space, "findall", nargs, 4, 4);
            Program p = program(space, programs, args[start]);
            int string = args[start + 1];
            int[] s = subject(space, string);
            int pos = bound(ArgParser.asSsize(space, args[start + 2]), s.length);
            int endpos = bound(ArgParser.asSsize(space, args[start + 3]), s.length);
            Matcher m = new Matcher(p, s, endpos, space::checkInterrupt);
            byte[] bytes = space.strSlots.check(string) ? null : space.bytesSlots.toJava(string);
            int list = space.listSlots.newList(0);
            try {
                boolean mustAdvance = false;
                int at = pos;
                while (true) {
                    final int from = at;
                    final boolean advance = mustAdvance;
                    if (!run(space, () -> m.search(from, advance))) break;
                    int item;
                    if (p.groups == 1) {
                        item = slice(space, string, bytes, m.matchStart, m.matchEnd);
                    } else if (p.groups == 2) {
                        item = slice(space, string, bytes, m.regs[2], m.regs[3]);
                    } else {
                        item = space.newTupleOfSize(p.groups - 1);
                        for (int g = 1; g < p.groups; g++) {
                            space.tupleSlots.initItem(item, g - 1, slice(space, string, bytes, m.regs[2 * g], m.regs[2 * g + 1]));
                        }
                    }
                    space.listSlots.appendSteal(list, item);
                    mustAdvance = m.matchEnd == m.matchStart;
                    at = m.matchEnd;
                }
            } catch (PyException e) {
                space.heap.decref(list);
                throw e;
            }
            return list;
        });
        function(space, module, "sub", (self, args, start, nargs, kwnames) -> {
            TextArgs.noKeywords(space, "sub", kwnames);
            TextArgs.checkPositional(space, "sub", nargs, 4, 4);
            Program p = program(space, programs, args[start]);
            int string = args[start + 1];
            int[] s = subject(space, string);
            int[] repl = subject(space, args[start + 2]);
            long count = ArgParser.asSsize(space, args[start + 3]);
            Matcher m = new Matcher(p, s, s.length, space::checkInterrupt);
            int[] out = new int[Math.max(16, s.length)];
            int o = 0;
            boolean mustAdvance = false;
            int at = 0, last = 0;
            long n = 0;
            while (count <= 0 || n < count) {
                final int from = at;
                final boolean advance = mustAdvance;
                if (!run(space, () -> m.search(from, advance))) break;
                int need = o + (m.matchStart - last) + repl.length;
                if (need > out.length) out = java.util.Arrays.copyOf(out, Math.max(need, out.length * 2));
                System.arraycopy(s, last, out, o, m.matchStart - last);
                o += m.matchStart - last;
                System.arraycopy(repl, 0, out, o, repl.length);
                o += repl.length;
                last = m.matchEnd;
                n++;
                mustAdvance = m.matchEnd == m.matchStart;
                at = m.matchEnd;
            }
            int need = o + (s.length - last);
            if (need > out.length) out = java.util.Arrays.copyOf(out, need);
            System.arraycopy(s, last, out, o, s.length - last);
            o += s.length - last;
            int r;
            if (space.strSlots.check(string)) {
                r = space.strSlots.fromCodePoints(out, o);
            } else {
                byte[] b = new byte[o];
                for (int i = 0; i < o; i++) b[i] = (byte) out[i];
                r = space.bytesSlots.fromJava(b);
            }
            return space.newTuple(r, space.newInt(n));
        });
        return module;
    }

    /** A position within the subject (re's callers pass them so already: CPython's state_init clamps them). */
    private static int bound(long v, int length) {
        return (int) Math.max(0, Math.min(v, length));
    }

    /** string[b:e] (the empty string of its type when b is -1), a new reference. */
    private static int slice(ObjectSpace space, int string, byte[] bytes, int b, int e) {
        if (b < 0 || e < b) {
            b = 0;
            e = 0;
        }
        if (bytes == null) return space.strSlots.substring(string, b, e - b);
        return space.bytesSlots.fromJava(bytes, b, e);
    }

    private static ProgramType programType(ObjectSpace space) {
        ProgramType t = TYPES.get(space);
        if (t == null) {
            t = ProgramType.create(space);
            TYPES.put(space, t);
        }
        return t;
    }

    private static final Map<ObjectSpace, ProgramType> TYPES = java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    private static void function(ObjectSpace space, int module, String name, dev.pyvm.objects.BuiltinCode code) {
        int f = space.builtinFunctionSlots.newFunction(space.builtinFunctionSlots.define(name, 0, code), module);
        space.moduleSlots.set(module, name, f);
        space.heap.decref(f);
    }

    private interface Run {
        boolean run();
    }

    private static boolean run(ObjectSpace space, Run r) {
        try {
            return r.run();
        } catch (Matcher.StackLimit e) {
            throw space.error(space.exceptions.memoryError, "regular expression backtracking stack exhausted");
        }
    }

    private static Program program(ObjectSpace space, ProgramType programs, int h) {
        if (!programs.check(h)) throw space.typeError("expected a compiled pattern");
        return programs.program(h);
    }

    private static int[] subject(ObjectSpace space, int h) {
        if (space.strSlots.check(h)) return space.strSlots.codePointsShared(h);
        if (space.bytesSlots.check(h)) {
            byte[] b = space.bytesSlots.toJava(h);
            int[] r = new int[b.length];
            for (int i = 0; i < b.length; i++) r[i] = b[i] & 0xff;
            return r;
        }
        throw space.typeError("expected string or bytes-like object, got '" + space.typeName(space.typeOf(h)) + "'");
    }

    private static int result(ObjectSpace space, Program p, Matcher m) {
        int g = p.groups;
        int t = space.newTupleOfSize(1 + 2 * g);
        space.tupleSlots.initItem(t, 0, space.newInt(m.lastIndex()));
        space.tupleSlots.initItem(t, 1, space.newInt(m.matchStart));
        space.tupleSlots.initItem(t, 2, space.newInt(m.matchEnd));
        for (int i = 1; i < g; i++) {
            int b = m.regs[2 * i], e = m.regs[2 * i + 1];
            if (b < 0 || e < 0 || b > e) {
                b = -1;
                e = -1;
            }
            space.tupleSlots.initItem(t, 2 * i + 1, space.newInt(b));
            space.tupleSlots.initItem(t, 2 * i + 2, space.newInt(e));
        }
        return t;
    }

    private static int compile(ObjectSpace space, ProgramType programs, int pattern, int flagsObj, int error, int warn) {
        boolean istext = space.strSlots.check(pattern);
        int[] cps;
        if (istext) {
            cps = space.strSlots.codePoints(pattern);
        } else if (space.bytesSlots.check(pattern)) {
            cps = subject(space, pattern);
        } else {
            throw space.typeError("first argument must be string or compiled pattern");
        }
        int flags = (int) ArgParser.asSsize(space, flagsObj);
        Program p;
        try {
            p = Compiler.compile(cps, istext, flags, (message, future) -> {
                int m = space.newStr(message);
                int f = space.newBool(future);
                try {
                    space.heap.decref(space.call(warn, m, f));
                } finally {
                    space.heap.decref(m);
                    space.heap.decref(f);
                }
            });
        } catch (Parser.Error e) {
            if (e.kind == Parser.Error.VALUE) throw space.valueError(e.msg);
            if (e.kind == Parser.Error.OVERFLOW) throw space.error(space.exceptions.overflowError, e.msg);
            if (e.kind == Parser.Error.RECURSION) throw space.error(space.exceptions.recursionError, e.msg);
            int msg = space.newStr(e.msg);
            try {
                if (e.pos < 0) throw new PyException(space.call(error, msg));
                int pos = space.newInt(e.pos);
                try {
                    throw new PyException(space.call(error, msg, pattern, pos));
                } finally {
                    space.heap.decref(pos);
                }
            } finally {
                space.heap.decref(msg);
            }
        }
        int prog = programs.newProgram(p);
        int groupindex = space.dictSlots.newDict();
        for (Map.Entry<String, Integer> e : p.groupindex.entrySet()) {
            int k = space.newStr(e.getKey());
            int v = space.newInt(e.getValue());
            space.dictSlots.setItem(groupindex, k, v);
            space.heap.decref(k);
            space.heap.decref(v);
        }
        return space.newTuple(prog, space.newInt(p.groups - 1), groupindex, space.newInt(p.flags));
    }
}
