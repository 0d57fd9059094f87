package dev.pyvm.objects;

import java.util.List;
import java.util.Locale;

/**
 * The methods of {@code str}: CPython 3.11's Objects/unicodeobject.c and Objects/stringlib.
 * Strings are worked on as arrays of code points, so indices are Python's.
 */
public final class StrMethods {
    private final ObjectSpace space;

    private StrMethods(ObjectSpace space) {
        this.space = space;
    }

    /** A method body with self's text already decoded. */
    @FunctionalInterface
    private interface Body {
        int call(int self, int[] s, int[] args, int start, int nargs, int kwnames);
    }

    private void def(String name, Body body) {
        space.defineMethod(space.strSlots.type(), name, (self, args, start, nargs, kwnames) ->
                body.call(self, codePoints(self), args, start, nargs, kwnames));
    }

    private int[] codePoints(int h) {
        return space.strSlots.codePoints(h);
    }

    private int str(int[] s, int from, int to) {
        if (from >= to) return space.newStr("");
        return space.newStr(new String(s, from, to - from));
    }

    private int str(int[] s) {
        return str(s, 0, s.length);
    }

    /** self unchanged: the same object when it is an exact str, else a copy (CPython: unicode_result_unchanged). */
    private int unchanged(int self) {
        return space.strSlots.str(self);
    }

    private void noKw(String name, int kwnames) {
        TextArgs.noKeywords(space, "str." + name, kwnames);
    }

    private void noArgs(String name, int nargs, int kwnames) {
        TextArgs.none(space, "str." + name, nargs, kwnames);
    }

    private int[] strArg(int h, String message) {
        if (!space.strSlots.check(h)) throw space.typeError(message + space.typeName(space.typeOf(h)));
        return codePoints(h);
    }

    // CPython 3.11: Objects/unicodeobject.c unicode_translate() / charmaptranslate_lookup()
    private int translate(int[] s, int table) {
        StringBuilder out = new StringBuilder(s.length);
        for (int c : s) {
            int key = space.newInt(c);
            int v;
            try {
                v = space.getItem(table, key);
            } catch (PyException e) {
                if (!space.exceptions.matches(e.exception(), space.exceptions.byName().get("LookupError"))) throw e;
                space.heap.decref(e.exception());
                out.appendCodePoint(c);
                continue;
            } finally {
                space.heap.decref(key);
            }
            try {
                if (v == space.none) continue;
                if (space.intSlots.check(v)) {
                    long cp = space.intSlots.isSmall(v) ? space.intSlots.longValue(v) : -1;
                    if (cp < 0 || cp > 0x10FFFF) throw space.valueError("character mapping must be in range(0x110000)");
                    out.appendCodePoint((int) cp);
                } else if (space.strSlots.check(v)) {
                    out.append(space.strSlots.toJava(v));
                } else {
                    throw space.typeError("character mapping must return integer, None or str");
                }
            } finally {
                space.heap.decref(v);
            }
        }
        return space.newStr(out.toString());
    }

    // CPython 3.11: Objects/unicodeobject.c unicode_maketrans_impl()
    private int maketrans(int[] args, int start, int nargs) {
        int x = args[start];
        int table = space.dictSlots.newDict();
        try {
            if (nargs == 1) {
                if (!space.dictSlots.check(x)) {
                    throw space.typeError("if you give only one argument to maketrans it must be a dict");
                }
                space.dictSlots.forEach(x, (k, v) -> {
                    if (space.strSlots.check(k)) {
                        if (space.strSlots.length(k) != 1) {
                            throw space.valueError("string keys in translate table must be of length 1");
                        }
                        int key = space.newInt(space.strSlots.codePointAt(k, 0));
                        space.dictSlots.put(table, key, v);
                        space.heap.decref(key);
                    } else if (space.intSlots.check(k)) {
                        space.dictSlots.put(table, k, v);
                    } else {
                        throw space.typeError("keys in translate table must be strings or integers");
                    }
                });
                return table;
            }
            int[] from = strArg(x, "maketrans() argument 1 must be str, not ");
            int[] to = strArg(args[start + 1], "maketrans() argument 2 must be str, not ");
            if (from.length != to.length) throw space.valueError("the first two maketrans arguments must have equal length");
            for (int i = 0; i < from.length; i++) putCode(table, from[i], space.newInt(to[i]));
            if (nargs == 3) {
                for (int c : strArg(args[start + 2], "maketrans() argument 3 must be str, not ")) {
                    space.heap.incref(space.none);
                    putCode(table, c, space.none);
                }
            }
            return table;
        } catch (RuntimeException e) {
            space.heap.decref(table);
            throw e;
        }
    }

    /** table[c] = value, stealing the reference to value. */
    private void putCode(int table, int c, int value) {
        int key = space.newInt(c);
        space.dictSlots.put(table, key, value);
        space.heap.decref(key);
        space.heap.decref(value);
    }

    static void install(ObjectSpace space) {
        new StrMethods(space).install();
    }

    private void install() {
        def("translate", (self, s, args, start, nargs, kwnames) -> {
            noKw("translate", kwnames);
            return translate(s, TextArgs.one(space, "str.translate", args, start, nargs, 0));
        });
        // a static method: a plain function in the type's dict, bound to nothing
        int maketrans = space.builtinFunctionSlots.newFunction(space.builtinFunctionSlots.define("maketrans", 0,
                (self, args, start, nargs, kwnames) -> {
                    noKw("maketrans", kwnames);
                    TextArgs.checkPositional(space, "maketrans", nargs, 1, 3);
                    return maketrans(args, start, nargs);
                }), 0);
        space.setTypeAttr(space.strSlots.type(), "maketrans", maketrans);
        space.heap.decref(maketrans);
        def("join", (self, s, args, start, nargs, kwnames) -> {
            noKw("join", kwnames);
            int iterable = TextArgs.one(space, "str.join", args, start, nargs, 0);
            return join(self, iterable);
        });
        def("split", (self, s, args, start, nargs, kwnames) -> split(self, s, args, start, nargs, kwnames, false));
        def("rsplit", (self, s, args, start, nargs, kwnames) -> split(self, s, args, start, nargs, kwnames, true));
        def("splitlines", (self, s, args, start, nargs, kwnames) -> {
            int[] a = TextArgs.parse(space, "splitlines", args, start, nargs, kwnames, new String[] {"keepends"}, 0, 0, 1);
            boolean keepends = a[0] != 0 && TextArgs.cInt(space, a[0]) != 0;
            return splitlines(self, s, keepends);
        });
        for (int which = 0; which < 3; which++) {
            String name = new String[] {"strip", "lstrip", "rstrip"}[which];
            boolean left = which != 2, right = which != 1;
            def(name, (self, s, args, start, nargs, kwnames) -> {
                noKw(name, kwnames);
                TextArgs.checkPositional(space, name, nargs, 0, 1);
                int chars = nargs == 1 ? args[start] : space.none;
                return strip(self, s, chars, left, right, name);
            });
        }
        def("startswith", (self, s, args, start, nargs, kwnames) -> tailMatch(self, s, args, start, nargs, kwnames,
                "startswith", false));
        def("endswith", (self, s, args, start, nargs, kwnames) -> tailMatch(self, s, args, start, nargs, kwnames,
                "endswith", true));
        for (String name : new String[] {"find", "rfind", "index", "rindex", "count"}) {
            def(name, (self, s, args, start, nargs, kwnames) -> search(s, args, start, nargs, kwnames, name));
        }
        def("replace", (self, s, args, start, nargs, kwnames) -> {
            noKw("replace", kwnames);
            TextArgs.checkPositional(space, "replace", nargs, 2, 3);
            int[] old = strArg(args[start], "replace() argument 1 must be str, not ");
            int[] rep = strArg(args[start + 1], "replace() argument 2 must be str, not ");
            long count = nargs == 3 ? TextArgs.index(space, args[start + 2]) : -1;
            return replace(self, s, old, rep, count);
        });
        caseMethod("upper", t -> t.toUpperCase(Locale.ROOT));
        caseMethod("lower", t -> t.toLowerCase(Locale.ROOT));
        caseMethod("casefold", t -> t.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT));
        caseMethod("capitalize", StrMethods::capitalize);
        caseMethod("title", StrMethods::title);
        caseMethod("swapcase", StrMethods::swapcase);
        for (int which = 0; which < 3; which++) {
            String name = new String[] {"center", "ljust", "rjust"}[which];
            int kind = which;
            def(name, (self, s, args, start, nargs, kwnames) -> {
                noKw(name, kwnames);
                TextArgs.checkPositional(space, name, nargs, 1, 2);
                long width = TextArgs.index(space, args[start]);
                int fill = nargs == 2 ? fillChar(args[start + 1]) : ' ';
                if (s.length >= width) return unchanged(self);
                long left = Stringlib.padLeft(kind, width, s.length);
                checkSize(width);
                return str(Stringlib.pad(s, left, width - s.length - left, fill));
            });
        }
        def("zfill", (self, s, args, start, nargs, kwnames) -> {
            noKw("zfill", kwnames);
            long width = TextArgs.index(space, TextArgs.one(space, "str.zfill", args, start, nargs, 0));
            if (s.length >= width) return unchanged(self);
            checkSize(width);
            return str(Stringlib.zfill(s, (int) width));
        });
        predicate("isdigit", StrMethods::isDigit, false);
        predicate("isdecimal", c -> Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER, false);
        predicate("isnumeric", StrMethods::isNumeric, false);
        predicate("isalpha", Character::isLetter, false);
        predicate("isalnum", c -> Character.isLetter(c) || isNumeric(c), false);
        predicate("isspace", StrMethods::isSpace, false);
        predicate("isprintable", StrType::isPrintable, true);
        predicate("isascii", c -> c < 0x80, true);
        def("isupper", (self, s, args, start, nargs, kwnames) -> {
            noArgs("isupper", nargs, kwnames);
            boolean cased = false;
            for (int c : s) {
                if (Character.isLowerCase(c) || Character.isTitleCase(c)) return space.newBool(false);
                if (Character.isUpperCase(c)) cased = true;
            }
            return space.newBool(cased);
        });
        def("islower", (self, s, args, start, nargs, kwnames) -> {
            noArgs("islower", nargs, kwnames);
            boolean cased = false;
            for (int c : s) {
                if (Character.isUpperCase(c) || Character.isTitleCase(c)) return space.newBool(false);
                if (Character.isLowerCase(c)) cased = true;
            }
            return space.newBool(cased);
        });
        def("istitle", (self, s, args, start, nargs, kwnames) -> {
            noArgs("istitle", nargs, kwnames);
            boolean cased = false, previousCased = false;
            for (int c : s) {
                if (Character.isUpperCase(c) || Character.isTitleCase(c)) {
                    if (previousCased) return space.newBool(false);
                    previousCased = cased = true;
                } else if (Character.isLowerCase(c)) {
                    if (!previousCased) return space.newBool(false);
                    previousCased = cased = true;
                } else {
                    previousCased = false;
                }
            }
            return space.newBool(cased);
        });
        def("isidentifier", (self, s, args, start, nargs, kwnames) -> {
            noArgs("isidentifier", nargs, kwnames);
            return space.newBool(isIdentifier(s));
        });
        def("partition", (self, s, args, start, nargs, kwnames) -> {
            noKw("partition", kwnames);
            return partition(self, s, TextArgs.one(space, "str.partition", args, start, nargs, 0), false);
        });
        def("rpartition", (self, s, args, start, nargs, kwnames) -> {
            noKw("rpartition", kwnames);
            return partition(self, s, TextArgs.one(space, "str.rpartition", args, start, nargs, 0), true);
        });
        def("expandtabs", (self, s, args, start, nargs, kwnames) -> {
            int[] a = TextArgs.parse(space, "expandtabs", args, start, nargs, kwnames, new String[] {"tabsize"}, 0, 0, 1);
            long tabsize = a[0] == 0 ? 8 : TextArgs.cInt(space, a[0]);
            return expandtabs(s, tabsize);
        });
        def("removeprefix", (self, s, args, start, nargs, kwnames) -> {
            noKw("removeprefix", kwnames);
            int[] p = strArg(TextArgs.one(space, "str.removeprefix", args, start, nargs, 0),
                    "removeprefix() argument must be str, not ");
            if (p.length > 0 && Stringlib.startsAt(s, p, 0)) return str(s, p.length, s.length);
            return unchanged(self);
        });
        def("removesuffix", (self, s, args, start, nargs, kwnames) -> {
            noKw("removesuffix", kwnames);
            int[] p = strArg(TextArgs.one(space, "str.removesuffix", args, start, nargs, 0),
                    "removesuffix() argument must be str, not ");
            if (p.length > 0 && p.length <= s.length && Stringlib.startsAt(s, p, s.length - p.length)) {
                return str(s, 0, s.length - p.length);
            }
            return unchanged(self);
        });
        def("encode", (self, s, args, start, nargs, kwnames) -> {
            int[] a = TextArgs.parse(space, "encode", args, start, nargs, kwnames, new String[] {"encoding", "errors"},
                    0, 0, 2);
            return Codecs.encode(space, self, TextArgs.str(space, a[0], "encode", "encoding", "utf-8"),
                    TextArgs.str(space, a[1], "encode", "errors", "strict"));
        });
        space.defineMethod(space.strSlots.type(), "format", (self, args, start, nargs, kwnames) ->
                StrFormat.format(space, self, args, start, nargs, kwnames));
        space.defineMethod(space.strSlots.type(), "format_map", (self, args, start, nargs, kwnames) -> {
            noKw("format_map", kwnames);
            return StrFormat.formatMap(space, self, TextArgs.one(space, "str.format_map", args, start, nargs, 0));
        });
    }

    private void caseMethod(String name, java.util.function.UnaryOperator<String> map) {
        def(name, (self, s, args, start, nargs, kwnames) -> {
            noArgs(name, nargs, kwnames);
            return space.newStr(map.apply(new String(s, 0, s.length)));
        });
    }

    private void predicate(String name, java.util.function.IntPredicate test, boolean emptyIsTrue) {
        def(name, (self, s, args, start, nargs, kwnames) -> {
            noArgs(name, nargs, kwnames);
            if (s.length == 0) return space.newBool(emptyIsTrue);
            for (int c : s) if (!test.test(c)) return space.newBool(false);
            return space.newBool(true);
        });
    }

    private void checkSize(long n) {
        if (n > Integer.MAX_VALUE / 4) throw space.error(space.exceptions.memoryError, "");
    }

    private int fillChar(int h) {
        if (!space.strSlots.check(h)) {
            throw space.typeError("The fill character must be a unicode character, not " + space.typeName(space.typeOf(h)));
        }
        if (space.strSlots.length(h) != 1) throw space.typeError("The fill character must be exactly one character long");
        return space.strSlots.codePointAt(h, 0);
    }

    // ---- character classes ----

    /** CPython: Py_UNICODE_ISSPACE (the whitespace of str.split and str.isspace). */
    public static boolean isSpace(int c) {
        if (c < 128) return c == ' ' || (c >= 0x09 && c <= 0x0d) || (c >= 0x1c && c <= 0x1f);
        return c == 0x85 || c == 0xa0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200a) || c == 0x2028 || c == 0x2029
                || c == 0x202f || c == 0x205f || c == 0x3000;
    }

    /** CPython: Py_UNICODE_ISLINEBREAK. */
    static boolean isLineBreak(int c) {
        return c == '\n' || c == '\r' || c == 0x0b || c == 0x0c || c == 0x1c || c == 0x1d || c == 0x1e || c == 0x85
                || c == 0x2028 || c == 0x2029;
    }

    private static boolean isDigit(int c) {
        int t = Character.getType(c);
        if (t == Character.DECIMAL_DIGIT_NUMBER) return true;
        if (t != Character.OTHER_NUMBER) return false;
        int v = Character.getNumericValue(c);
        return v >= 0 && v <= 9;
    }

    private static boolean isNumeric(int c) {
        int t = Character.getType(c);
        return t == Character.DECIMAL_DIGIT_NUMBER || t == Character.LETTER_NUMBER || t == Character.OTHER_NUMBER
                || (Character.isIdeographic(c) && Character.getNumericValue(c) >= 0);
    }

    private static boolean isCased(int c) {
        return Character.isUpperCase(c) || Character.isLowerCase(c) || Character.isTitleCase(c);
    }

    static boolean isIdentifier(int[] s) {
        if (s.length == 0) return false;
        if (s[0] != '_' && !Character.isUnicodeIdentifierStart(s[0])) return false;
        for (int i = 1; i < s.length; i++) {
            int c = s[i];
            if (!Character.isUnicodeIdentifierPart(c) || Character.isIdentifierIgnorable(c)) return false;
        }
        return true;
    }

    private static String titleOf(int c) {
        int t = Character.toTitleCase(c);
        if (t != Character.toUpperCase(c)) return new String(Character.toChars(t));
        String upper = new String(Character.toChars(c)).toUpperCase(Locale.ROOT);
        // SpecialCasing.txt: the title case of sharp s and of the Latin and Armenian ligatures is
        // their upper case's first letter followed by the rest in lower case (ß -> Ss, ﬁ -> Fi)
        if (c == 0xdf || c == 0x587 || (c >= 0xfb00 && c <= 0xfb06) || (c >= 0xfb13 && c <= 0xfb17)) {
            int n = Character.charCount(upper.codePointAt(0));
            return upper.substring(0, n) + upper.substring(n).toLowerCase(Locale.ROOT);
        }
        return upper;
    }

    // CPython 3.11: Objects/unicodeobject.c do_capitalize()
    private static String capitalize(String s) {
        if (s.isEmpty()) return s;
        int first = s.codePointAt(0);
        return titleOf(first) + s.substring(Character.charCount(first)).toLowerCase(Locale.ROOT);
    }

    // CPython 3.11: Objects/unicodeobject.c do_title()
    private static String title(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean previousCased = false;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            String one = new String(Character.toChars(c));
            b.append(previousCased ? one.toLowerCase(Locale.ROOT) : titleOf(c));
            previousCased = isCased(c);
        }
        return b.toString();
    }

    // CPython 3.11: Objects/unicodeobject.c do_swapcase()
    private static String swapcase(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            int n = Character.charCount(c);
            if (c == 0x3a3) {
                // CPython: handle_capital_sigma(): final after a cased letter and before none
                boolean before = i > 0 && isCased(s.codePointBefore(i));
                boolean after = i + n < s.length() && isCased(s.codePointAt(i + n));
                b.append(before && !after ? '\u03c2' : '\u03c3');
            } else if (Character.isUpperCase(c)) {
                b.append(new String(Character.toChars(c)).toLowerCase(Locale.ROOT));
            } else if (Character.isLowerCase(c)) {
                b.append(new String(Character.toChars(c)).toUpperCase(Locale.ROOT));
            } else {
                b.appendCodePoint(c);
            }
            i += n;
        }
        return b.toString();
    }

    // ---- searching ----

    // CPython 3.11: Objects/unicodeobject.c unicode_find_impl() … unicode_count_impl() (any_find_slice)
    private int search(int[] s, int[] args, int start, int nargs, int kwnames, String name) {
        noKw(name, kwnames);
        TextArgs.checkCount(space, name, nargs, 1, 3);
        int[] sub = strArg(args[start], "must be str, not ");
        long[] se = Stringlib.adjust(nargs > 1 ? TextArgs.sliceIndex(space, args[start + 1]) : null,
                nargs > 2 ? TextArgs.sliceIndex(space, args[start + 2]) : null, s.length);
        if (name.equals("count")) return space.newInt(Stringlib.count(s, sub, se[0], se[1]));
        long found = Stringlib.find(s, sub, se[0], se[1], name.startsWith("r"));
        if (found < 0 && name.contains("index")) throw space.valueError("substring not found");
        return space.newInt(found);
    }

    // CPython 3.11: Objects/unicodeobject.c unicode_startswith() and tailmatch()
    private int tailMatch(int self, int[] s, int[] args, int start, int nargs, int kwnames, String name, boolean end) {
        noKw(name, kwnames);
        TextArgs.checkCount(space, name, nargs, 1, 3);
        Long from = nargs > 1 ? TextArgs.sliceIndex(space, args[start + 1]) : null;
        Long to = nargs > 2 ? TextArgs.sliceIndex(space, args[start + 2]) : null;
        int x = args[start];
        if (space.tupleSlots.check(x)) {
            int n = space.tupleSlots.size(x);
            for (int i = 0; i < n; i++) {
                int item = space.tupleSlots.item(x, i);
                if (!space.strSlots.check(item)) {
                    throw space.typeError("tuple for " + name + " must only contain str, not "
                            + space.typeName(space.typeOf(item)));
                }
                if (Stringlib.tailMatch(s, codePoints(item), from, to, end)) return space.newBool(true);
            }
            return space.newBool(false);
        }
        if (!space.strSlots.check(x)) {
            throw space.typeError(name + " first arg must be str or a tuple of str, not " + space.typeName(space.typeOf(x)));
        }
        return space.newBool(Stringlib.tailMatch(s, codePoints(x), from, to, end));
    }

    // ---- splitting and joining ----

    // CPython 3.11: Objects/unicodeobject.c PyUnicode_Join()
    private int join(int self, int iterable) {
        int[] items = Iterables.toArray(space, iterable, "can only join an iterable");
        try {
            if (items.length == 1 && space.typeOf(items[0]) == space.strSlots.type()) {
                space.heap.incref(items[0]);
                return items[0];
            }
            // CPython 3.11: _PyUnicode_JoinArray() checks the items and sums their lengths first: a
            // result that can never fit is refused before anything is built
            long total = items.length == 0 ? 0 : (long) (items.length - 1) * space.strSlots.length(self);
            for (int i = 0; i < items.length; i++) {
                if (!space.strSlots.check(items[i])) {
                    throw space.typeError("sequence item " + i + ": expected str instance, "
                            + space.typeName(space.typeOf(items[i])) + " found");
                }
                total += space.strSlots.length(items[i]);
            }
            if (total > Integer.MAX_VALUE) throw space.error(space.exceptions.memoryError, "");
            space.heap.checkRequest(total);
            return space.strSlots.join(self, items, (int) total);
        } finally {
            Iterables.release(space, items, items.length);
        }
    }

    private int list(List<int[]> bounds, int self, int[] s) {
        int l = space.listSlots.newList(bounds.size());
        for (int[] b : bounds) {
            boolean whole = b[0] == 0 && b[1] == s.length && space.typeOf(self) == space.strSlots.type();
            space.listSlots.appendSteal(l, whole ? unchanged(self) : str(s, b[0], b[1]));
        }
        return l;
    }

    // CPython 3.11: Objects/stringlib/split.h split_whitespace(), split(), rsplit_whitespace(), rsplit()
    private int split(int self, int[] s, int[] args, int start, int nargs, int kwnames, boolean reverse) {
        String name = reverse ? "rsplit" : "split";
        int[] a = TextArgs.parse(space, name, args, start, nargs, kwnames, new String[] {"sep", "maxsplit"}, 0, 0, 2);
        long maxsplit = a[1] == 0 ? -1 : TextArgs.index(space, a[1]);
        long maxcount = maxsplit < 0 ? Long.MAX_VALUE : maxsplit;
        if (a[0] == 0 || a[0] == space.none) {
            return list(Stringlib.splitWhitespace(s, maxcount, reverse, StrMethods::isSpace), self, s);
        }
        int[] sep = strArg(a[0], "must be str or None, not ");
        if (sep.length == 0) throw space.valueError("empty separator");
        return list(Stringlib.split(s, sep, maxcount, reverse), self, s);
    }

    // CPython 3.11: Objects/stringlib/split.h splitlines()
    private int splitlines(int self, int[] s, boolean keepends) {
        return list(Stringlib.splitlines(s, keepends, StrMethods::isLineBreak), self, s);
    }

    // CPython 3.11: Objects/unicodeobject.c do_strip()
    private int strip(int self, int[] s, int chars, boolean left, boolean right, String name) {
        int[] ij;
        if (chars == space.none) {
            ij = Stringlib.strip(s, StrMethods::isSpace, left, right);
        } else {
            if (!space.strSlots.check(chars)) throw space.typeError(name + " arg must be None or str");
            int[] set = codePoints(chars);
            ij = Stringlib.strip(s, c -> Stringlib.contains(set, c), left, right);
        }
        if (ij[0] == 0 && ij[1] == s.length) return unchanged(self);
        return str(s, ij[0], ij[1]);
    }

    // CPython 3.11: Objects/unicodeobject.c replace()
    private int replace(int self, int[] s, int[] old, int[] rep, long count) {
        int[] r = Stringlib.replace(s, old, rep, count, n -> {
            if (n > Integer.MAX_VALUE) throw space.error(space.exceptions.memoryError, "");
            space.heap.checkRequest(n);
        });
        return r == null ? unchanged(self) : str(r);
    }

    // CPython 3.11: Objects/unicodeobject.c PyUnicode_Partition() / PyUnicode_RPartition()
    private int partition(int self, int[] s, int sepObj, boolean reverse) {
        int[] sep = strArg(sepObj, "must be str, not ");
        if (sep.length == 0) throw space.valueError("empty separator");
        int pos = reverse ? Stringlib.lastIndexOf(s, sep, 0, s.length) : Stringlib.indexOf(s, sep, 0, s.length);
        if (pos < 0) {
            return reverse ? space.newTuple(space.newStr(""), space.newStr(""), unchanged(self))
                    : space.newTuple(unchanged(self), space.newStr(""), space.newStr(""));
        }
        space.heap.incref(sepObj);
        int sepStr = space.typeOf(sepObj) == space.strSlots.type() ? sepObj : copyOf(sepObj);
        return space.newTuple(str(s, 0, pos), sepStr, str(s, pos + sep.length, s.length));
    }

    private int copyOf(int strSubclassInstance) {
        int r = space.strSlots.str(strSubclassInstance);
        space.heap.decref(strSubclassInstance);
        return r;
    }

    // CPython 3.11: Objects/unicodeobject.c unicode_expandtabs_impl()
    private int expandtabs(int[] s, long tabsize) {
        return str(Stringlib.expandtabs(s, tabsize, this::checkSize));
    }
}
