package dev.pyvm.modules.re;

import dev.pyvm.objects.StrType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a pattern into {@link Node}s, as CPython 3.11's Lib/re/_parser.py does, with its error
 * messages and positions ({@link Error}). A bytes pattern is read as its latin-1 text.
 */
final class Parser {
    static final long MAXREPEAT = 4294967295L;
    static final int MAXGROUPS = 1073741823;
    static final long MAXWIDTH = Long.MAX_VALUE / 4;

    static final int FLAG_TEMPLATE = 1, FLAG_IGNORECASE = 2, FLAG_LOCALE = 4, FLAG_MULTILINE = 8, FLAG_DOTALL = 16,
            FLAG_UNICODE = 32, FLAG_VERBOSE = 64, FLAG_DEBUG = 128, FLAG_ASCII = 256;
    static final int TYPE_FLAGS = FLAG_ASCII | FLAG_LOCALE | FLAG_UNICODE;
    static final int GLOBAL_FLAGS = FLAG_DEBUG | FLAG_TEMPLATE;

    /** A bad pattern: kind ERROR is re.error(msg, pattern, pos) (pos -1: none), else ValueError or OverflowError. */
    static final class Error extends RuntimeException {
        static final int ERROR = 0, VALUE = 1, OVERFLOW = 2, RECURSION = 3;
        final int kind;
        final String msg;
        final int pos;

        Error(int kind, String msg, int pos) {
            super(msg, null, false, false);
            this.kind = kind;
            this.msg = msg;
            this.pos = pos;
        }
    }

    /** What a parse gives: the items, the flags, the groups (group 0 included), the names. */
    record Result(List<Node> items, int flags, int groups, Map<String, Integer> groupdict) {}

    // ---- the tokenizer ----
    /** A token: a code point, or ESC | c for a backslash and c; NONE at the end. */
    private static final int ESC = 1 << 24, NONE = -1;

    private final boolean istext;
    private final int[] s;
    private int index;
    private int next;

    // ---- the state ----
    private int flags;
    private final Map<String, Integer> groupdict = new LinkedHashMap<>();
    private final List<long[]> groupwidths = new ArrayList<>();
    private int lookbehindgroups = -1;
    private final Map<Integer, Integer> grouprefpos = new LinkedHashMap<>();

    /** Where the parser's warnings go: FutureWarning (future) or DeprecationWarning, as CPython's parser warns. */
    interface Warn {
        void warn(String message, boolean future);
    }

    private final Warn warn;

    private Parser(int[] s, boolean istext, Warn warn) {
        this.s = s;
        this.istext = istext;
        this.warn = warn;
        groupwidths.add(null);
        advance();
    }

    static Result parse(int[] pattern, boolean istext, int flags, Warn warn) {
        Parser p = new Parser(pattern, istext, warn);
        p.flags = flags;
        List<Node> items = p.parseSub((flags & FLAG_VERBOSE) != 0, 0);
        p.flags = fixFlags(istext, p.flags);
        if (p.next != NONE) throw p.error("unbalanced parenthesis", 0);
        for (Map.Entry<Integer, Integer> e : p.grouprefpos.entrySet()) {
            if (e.getKey() >= p.groups()) throw new Error(Error.ERROR, "invalid group reference " + e.getKey(), e.getValue());
        }
        return new Result(items, p.flags, p.groups(), p.groupdict);
    }

    static int fixFlags(boolean istext, int flags) {
        if (istext) {
            if ((flags & FLAG_LOCALE) != 0) throw new Error(Error.VALUE, "cannot use LOCALE flag with a str pattern", -1);
            if ((flags & FLAG_ASCII) == 0) flags |= FLAG_UNICODE;
            else if ((flags & FLAG_UNICODE) != 0) throw new Error(Error.VALUE, "ASCII and UNICODE flags are incompatible", -1);
        } else {
            if ((flags & FLAG_UNICODE) != 0) throw new Error(Error.VALUE, "cannot use UNICODE flag with a bytes pattern", -1);
            if ((flags & FLAG_LOCALE) != 0 && (flags & FLAG_ASCII) != 0) {
                throw new Error(Error.VALUE, "ASCII and LOCALE flags are incompatible", -1);
            }
        }
        return flags;
    }

    private void advance() {
        int i = index;
        if (i >= s.length) {
            next = NONE;
            return;
        }
        int c = s[i];
        if (c == '\\') {
            i++;
            if (i >= s.length) throw new Error(Error.ERROR, "bad escape (end of pattern)", s.length - 1);
            c = ESC | s[i];
        }
        index = i + 1;
        next = c;
    }

    private static int len(int token) {
        return token == NONE ? 0 : (token & ESC) != 0 ? 2 : 1;
    }

    private boolean match(int c) {
        if (c == next) {
            advance();
            return true;
        }
        return false;
    }

    private int get() {
        int t = next;
        advance();
        return t;
    }

    private int tell() {
        return index - len(next);
    }

    private void seek(int i) {
        index = i;
        advance();
    }

    private static String text(int token) {
        if (token == NONE) return "";
        StringBuilder b = new StringBuilder();
        if ((token & ESC) != 0) b.append('\\');
        b.appendCodePoint(token & ~ESC);
        return b.toString();
    }

    private String getwhile(int n, String charset) {
        StringBuilder r = new StringBuilder();
        for (int k = 0; k < n; k++) {
            int c = next;
            if (c == NONE || (c & ESC) != 0 || charset.indexOf(c) < 0) break;
            r.appendCodePoint(c);
            advance();
        }
        return r.toString();
    }

    private String getuntil(int terminator, String name) {
        StringBuilder r = new StringBuilder();
        int n = 0;
        while (true) {
            int c = next;
            advance();
            if (c == NONE) {
                if (n == 0) throw error("missing " + name, 0);
                throw error("missing " + (char) terminator + ", unterminated name", n);
            }
            if (c == terminator) {
                if (n == 0) throw error("missing " + name, 1);
                break;
            }
            r.append(text(c));
            n += len(c);
        }
        return r.toString();
    }

    private Error error(String msg, int offset) {
        if (!istext) msg = asciiBackslash(msg);
        return new Error(Error.ERROR, msg, tell() - offset);
    }

    private static String asciiBackslash(String msg) {
        StringBuilder b = new StringBuilder();
        msg.codePoints().forEach(c -> {
            if (c < 128) b.append((char) c);
            else if (c < 256) b.append(String.format("\\x%02x", c));
            else if (c < 0x10000) b.append(String.format("\\u%04x", c));
            else b.append(String.format("\\U%08x", c));
        });
        return b.toString();
    }

    private static String repr(String s) {
        return StrType.repr(s);
    }

    static boolean isIdentifier(String name) {
        if (name.isEmpty()) return false;
        int[] cps = name.codePoints().toArray();
        if (!(cps[0] == '_' || Character.isUnicodeIdentifierStart(cps[0]))) return false;
        for (int i = 1; i < cps.length; i++) {
            int c = cps[i];
            if (!(c == '_' || Character.isUnicodeIdentifierPart(c)) || Character.isIdentifierIgnorable(c)) return false;
        }
        return true;
    }

    private void checkgroupname(String name, int offset) {
        int n = name.codePointCount(0, name.length());
        if (!isIdentifier(name)) throw error("bad character in group name " + repr(name), n + offset);
        if (!istext && !name.chars().allMatch(c -> c < 128)) {
            warn.warn("bad character in group name " + asciiBackslash(repr(name)) + " at position " + (tell() - n - offset), false);
        }
    }

    private int groups() {
        return groupwidths.size();
    }

    private int opengroup(String name, int offset) {
        int gid = groups();
        groupwidths.add(null);
        if (groups() > MAXGROUPS) throw error("too many groups", offset);
        if (name != null) {
            Integer ogid = groupdict.get(name);
            if (ogid != null) {
                throw error("redefinition of group name " + repr(name) + " as group " + gid + "; was group " + ogid, offset);
            }
            groupdict.put(name, gid);
        }
        return gid;
    }

    private boolean checkgroup(int gid) {
        return gid < groups() && groupwidths.get(gid) != null;
    }

    private void checklookbehindgroup(int gid) {
        if (lookbehindgroups >= 0) {
            if (!checkgroup(gid)) throw error("cannot refer to an open group", 0);
            if (gid >= lookbehindgroups) throw error("cannot refer to group defined in the same lookbehind subpattern", 0);
        }
    }

    private static boolean isDigit(int t) {
        return t >= '0' && t <= '9';
    }

    private static boolean isOct(int t) {
        return t >= '0' && t <= '7';
    }

    private static boolean isAsciiLetter(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static final String HEX = "0123456789abcdefABCDEF", OCT = "01234567";

    // ---- escapes ----
    /** A code for an escape: a Node (Literal, In, At or GroupRef). */
    private Node classEscape(int token) {
        int c = token & ~ESC;
        Node code = simpleEscape(c);
        if (code != null) return code;
        code = category(c);
        if (code instanceof Node.In) return code;
        String escape = text(token);
        if (c == 'x') {
            escape += getwhile(2, HEX);
            if (escape.length() != 4) throw error("incomplete escape " + escape, escape.length());
            return new Node.Literal(Integer.parseInt(escape.substring(2), 16));
        } else if (c == 'u' && istext) {
            escape += getwhile(4, HEX);
            if (escape.length() != 6) throw error("incomplete escape " + escape, escape.length());
            return new Node.Literal(Integer.parseInt(escape.substring(2), 16));
        } else if (c == 'U' && istext) {
            escape += getwhile(8, HEX);
            if (escape.length() != 10) throw error("incomplete escape " + escape, escape.length());
            long v = Long.parseLong(escape.substring(2), 16);
            if (v > 0x10FFFF) throw error("bad escape " + escape, escape.length());
            return new Node.Literal((int) v);
        } else if (c == 'N' && istext) {
            return namedEscape();
        } else if (isOct(c)) {
            escape += getwhile(2, OCT);
            int v = Integer.parseInt(escape.substring(1), 8);
            if (v > 0377) throw error("octal escape value " + escape + " outside of range 0-0o377", escape.length());
            return new Node.Literal(v);
        } else if (isDigit(c)) {
            throw error("bad escape " + escape, escape.length());
        }
        if (escape.codePointCount(0, escape.length()) == 2) {
            if (isAsciiLetter(c)) throw error("bad escape " + escape, 2);
            return new Node.Literal(c);
        }
        throw error("bad escape " + escape, escape.length());
    }

    private Node namedEscape() {
        if (!match('{')) throw error("missing {", 0);
        String name = getuntil('}', "character name");
        try {
            return new Node.Literal(Character.codePointOf(name));
        } catch (IllegalArgumentException e) {
            throw error("undefined character name " + repr(name), name.codePointCount(0, name.length()) + 4);
        }
    }

    private static Node simpleEscape(int c) {
        return switch (c) {
            case 'a' -> new Node.Literal(7);
            case 'b' -> new Node.Literal(8);
            case 'f' -> new Node.Literal(12);
            case 'n' -> new Node.Literal(10);
            case 'r' -> new Node.Literal(13);
            case 't' -> new Node.Literal(9);
            case 'v' -> new Node.Literal(11);
            case '\\' -> new Node.Literal('\\');
            default -> null;
        };
    }

    private static Node category(int c) {
        return switch (c) {
            case 'A' -> new Node.At(Node.AT_BEGINNING_STRING);
            case 'b' -> new Node.At(Node.AT_BOUNDARY);
            case 'B' -> new Node.At(Node.AT_NON_BOUNDARY);
            case 'Z' -> new Node.At(Node.AT_END_STRING);
            case 'd' -> cat(Node.CATEGORY_DIGIT);
            case 'D' -> cat(Node.CATEGORY_NOT_DIGIT);
            case 's' -> cat(Node.CATEGORY_SPACE);
            case 'S' -> cat(Node.CATEGORY_NOT_SPACE);
            case 'w' -> cat(Node.CATEGORY_WORD);
            case 'W' -> cat(Node.CATEGORY_NOT_WORD);
            default -> null;
        };
    }

    private static Node cat(int category) {
        return new Node.In(false, List.of(Node.SetItem.category(category)));
    }

    private Node escape(int token) {
        int c = token & ~ESC;
        Node code = category(c);
        if (code != null) return code;
        code = simpleEscape(c);
        if (code != null) return code;
        String escape = text(token);
        if (c == 'x') {
            escape += getwhile(2, HEX);
            if (escape.length() != 4) throw error("incomplete escape " + escape, escape.length());
            return new Node.Literal(Integer.parseInt(escape.substring(2), 16));
        } else if (c == 'u' && istext) {
            escape += getwhile(4, HEX);
            if (escape.length() != 6) throw error("incomplete escape " + escape, escape.length());
            return new Node.Literal(Integer.parseInt(escape.substring(2), 16));
        } else if (c == 'U' && istext) {
            escape += getwhile(8, HEX);
            if (escape.length() != 10) throw error("incomplete escape " + escape, escape.length());
            long v = Long.parseLong(escape.substring(2), 16);
            if (v > 0x10FFFF) throw error("bad escape " + escape, escape.length());
            return new Node.Literal((int) v);
        } else if (c == 'N' && istext) {
            return namedEscape();
        } else if (c == '0') {
            escape += getwhile(2, OCT);
            return new Node.Literal(Integer.parseInt(escape.substring(1), 8));
        } else if (isDigit(c)) {
            if (isDigit(next)) {
                escape += (char) get();
                if (isOct(escape.charAt(1)) && isOct(escape.charAt(2)) && isOct(next)) {
                    escape += (char) get();
                    int v = Integer.parseInt(escape.substring(1), 8);
                    if (v > 0377) throw error("octal escape value " + escape + " outside of range 0-0o377", escape.length());
                    return new Node.Literal(v);
                }
            }
            int group = Integer.parseInt(escape.substring(1));
            if (group < groups()) {
                if (!checkgroup(group)) throw error("cannot refer to an open group", escape.length());
                checklookbehindgroup(group);
                return new Node.GroupRef(group);
            }
            throw error("invalid group reference " + group, escape.length() - 1);
        }
        if (escape.codePointCount(0, escape.length()) == 2) {
            if (isAsciiLetter(c)) throw error("bad escape " + escape, 2);
            return new Node.Literal(c);
        }
        throw error("bad escape " + escape, escape.length());
    }

    // ---- the grammar ----
    /**
     * The deepest nesting of groups: CPython's recursive parser reaches its recursion limit
     * (1,000 frames, two a group) beyond 495.
     */
    private static final int MAX_NESTED = 2 * 496;

    private List<Node> parseSub(boolean verbose, int nested) {
        if (nested >= MAX_NESTED) throw new Error(Error.RECURSION, "maximum recursion depth exceeded", -1);
        List<List<Node>> items = new ArrayList<>();
        while (true) {
            items.add(parse(verbose, nested + 1, nested == 0 && items.isEmpty()));
            if (!match('|')) break;
            if (nested == 0) verbose = (flags & FLAG_VERBOSE) != 0;
        }
        if (items.size() == 1) return items.get(0);
        // a branch of single characters and sets is a set (as CPython's parser makes it)
        List<Node.SetItem> set = new ArrayList<>();
        boolean allSets = true;
        for (List<Node> item : items) {
            if (item.size() != 1) {
                allSets = false;
                break;
            }
            Node n = item.get(0);
            if (n instanceof Node.Literal l) set.add(Node.SetItem.literal(l.c()));
            else if (n instanceof Node.In in && !in.negate()) set.addAll(in.items());
            else {
                allSets = false;
                break;
            }
        }
        List<Node> r = new ArrayList<>();
        if (allSets) r.add(new Node.In(false, set));
        else r.add(new Node.Branch(items));
        return r;
    }

    private static final String SPECIAL_CHARS = ".\\[{()*+?^$|";

    private List<Node> parse(boolean verbose, int nested, boolean first) {
        List<Node> subpattern = new ArrayList<>();
        while (true) {
            int t = next;
            if (t == NONE) break;
            if (t == '|' || t == ')') break;
            get();
            if (verbose) {
                if (t == ' ' || t == '\t' || t == '\n' || t == '\r' || t == 0x0b || t == 0x0c) continue;
                if (t == '#') {
                    while (true) {
                        t = get();
                        if (t == NONE || t == '\n') break;
                    }
                    continue;
                }
            }
            if ((t & ESC) != 0) {
                subpattern.add(escape(t));
            } else if (SPECIAL_CHARS.indexOf(t) < 0 || t > 0xffff) {
                subpattern.add(new Node.Literal(t));
            } else if (t == '[') {
                parseSet(subpattern);
            } else if (t == '*' || t == '+' || t == '?' || t == '{') {
                int here = tell();
                long min, max;
                if (t == '?') {
                    min = 0;
                    max = 1;
                } else if (t == '*') {
                    min = 0;
                    max = MAXREPEAT;
                } else if (t == '+') {
                    min = 1;
                    max = MAXREPEAT;
                } else {
                    if (next == '}') {
                        subpattern.add(new Node.Literal(t));
                        continue;
                    }
                    min = 0;
                    max = MAXREPEAT;
                    StringBuilder lo = new StringBuilder(), hi = new StringBuilder();
                    while (isDigit(next)) lo.append((char) get());
                    if (match(',')) {
                        while (isDigit(next)) hi.append((char) get());
                    } else {
                        hi.append(lo);
                    }
                    if (!match('}')) {
                        subpattern.add(new Node.Literal(t));
                        seek(here);
                        continue;
                    }
                    if (lo.length() > 0) {
                        min = bigRepeat(lo.toString());
                    }
                    if (hi.length() > 0) {
                        max = bigRepeat(hi.toString());
                        if (max < min) throw error("min repeat greater than max repeat", tell() - here);
                    }
                }
                Node item = subpattern.isEmpty() ? null : subpattern.get(subpattern.size() - 1);
                if (item == null || item instanceof Node.At) throw error("nothing to repeat", tell() - here + 1);
                if (item instanceof Node.Repeat) throw error("multiple repeat", tell() - here + 1);
                List<Node> body;
                if (item instanceof Node.Group g && g.group() < 0 && g.addFlags() == 0 && g.delFlags() == 0) body = g.body();
                else body = List.of(item);
                int kind = match('?') ? 1 : match('+') ? 2 : 0;
                subpattern.set(subpattern.size() - 1, new Node.Repeat(kind, min, max, body));
            } else if (t == '.') {
                subpattern.add(new Node.Any());
            } else if (t == '(') {
                if (parseGroup(subpattern, verbose, nested, first)) verbose = (flags & FLAG_VERBOSE) != 0;
            } else if (t == '^') {
                subpattern.add(new Node.At(Node.AT_BEGINNING));
            } else if (t == '$') {
                subpattern.add(new Node.At(Node.AT_END));
            }
        }
        // unpack non-capturing groups
        List<Node> r = new ArrayList<>(subpattern.size());
        for (Node n : subpattern) {
            if (n instanceof Node.Group g && g.group() < 0 && g.addFlags() == 0 && g.delFlags() == 0) r.addAll(g.body());
            else r.add(n);
        }
        return r;
    }

    private static long bigRepeat(String digits) {
        if (digits.length() > 10 || Long.parseLong(digits) >= MAXREPEAT) {
            throw new Error(Error.OVERFLOW, "the repetition number is too large", -1);
        }
        return Long.parseLong(digits);
    }

    private void parseSet(List<Node> subpattern) {
        int here = tell() - 1;
        List<Node.SetItem> set = new ArrayList<>();
        if (next == '[') warn.warn("Possible nested set at position " + tell(), true);
        boolean negate = match('^');
        while (true) {
            int t = get();
            if (t == NONE) throw error("unterminated character set", tell() - here);
            Node code1;
            if (t == ']' && !set.isEmpty()) break;
            else if ((t & ESC) != 0) code1 = classEscape(t);
            else {
                if (!set.isEmpty() && (t == '-' || t == '&' || t == '~' || t == '|') && next == t) {
                    String what = t == '-' ? "difference" : t == '&' ? "intersection" : t == '~' ? "symmetric difference" : "union";
                    warn.warn("Possible set " + what + " at position " + (tell() - 1), true);
                }
                code1 = new Node.Literal(t);
            }
            if (match('-')) {
                int that = get();
                if (that == NONE) throw error("unterminated character set", tell() - here);
                if (that == ']') {
                    set.add(setItem(code1));
                    set.add(Node.SetItem.literal('-'));
                    break;
                }
                if (that == '-') warn.warn("Possible set difference at position " + (tell() - 2), true);
                Node code2 = (that & ESC) != 0 ? classEscape(that) : new Node.Literal(that);
                if (!(code1 instanceof Node.Literal l1) || !(code2 instanceof Node.Literal l2) || l2.c() < l1.c()) {
                    String msg = "bad character range " + text(t) + "-" + text(that);
                    throw error(msg, len(t) + 1 + len(that));
                }
                set.add(new Node.SetItem(l1.c(), l2.c(), -1));
            } else {
                set.add(setItem(code1));
            }
        }
        List<Node.SetItem> uniq = new ArrayList<>(new java.util.LinkedHashSet<>(set));
        if (uniq.size() == 1 && uniq.get(0).category() < 0 && uniq.get(0).lo() == uniq.get(0).hi()) {
            int c = uniq.get(0).lo();
            subpattern.add(negate ? new Node.NotLiteral(c) : new Node.Literal(c));
        } else {
            subpattern.add(new Node.In(negate, uniq));
        }
    }

    private static Node.SetItem setItem(Node code) {
        if (code instanceof Node.Literal l) return Node.SetItem.literal(l.c());
        return ((Node.In) code).items().get(0);
    }

    /** Parses what follows a '('; true when it set global flags. */
    private boolean parseGroup(List<Node> subpattern, boolean verbose, int nested, boolean first) {
        int start = tell() - 1;
        boolean capture = true, atomic = false;
        String name = null;
        int addFlags = 0, delFlags = 0;
        if (match('?')) {
            int c = get();
            if (c == NONE) throw error("unexpected end of pattern", 0);
            if (c == 'P') {
                if (match('<')) {
                    name = getuntil('>', "group name");
                    checkgroupname(name, 1);
                } else if (match('=')) {
                    name = getuntil(')', "group name");
                    checkgroupname(name, 1);
                    Integer gid = groupdict.get(name);
                    int nlen = name.codePointCount(0, name.length());
                    if (gid == null) throw error("unknown group name " + repr(name), nlen + 1);
                    if (!checkgroup(gid)) throw error("cannot refer to an open group", nlen + 1);
                    checklookbehindgroup(gid);
                    subpattern.add(new Node.GroupRef(gid));
                    return false;
                } else {
                    int ch = get();
                    if (ch == NONE) throw error("unexpected end of pattern", 0);
                    throw error("unknown extension ?P" + text(ch), len(ch) + 2);
                }
            } else if (c == ':') {
                capture = false;
            } else if (c == '#') {
                while (true) {
                    if (next == NONE) throw error("missing ), unterminated comment", tell() - start);
                    if (get() == ')') break;
                }
                return false;
            } else if (c == '=' || c == '!' || c == '<') {
                int dir = 1;
                int saved = lookbehindgroups;
                if (c == '<') {
                    c = get();
                    if (c == NONE) throw error("unexpected end of pattern", 0);
                    if (c != '=' && c != '!') throw error("unknown extension ?<" + text(c), len(c) + 2);
                    dir = -1;
                    if (saved < 0) lookbehindgroups = groups();
                }
                List<Node> p = parseSub(verbose, nested + 1);
                if (dir < 0 && saved < 0) lookbehindgroups = -1;
                if (!match(')')) throw error("missing ), unterminated subpattern", tell() - start);
                long[] w = width(p);
                subpattern.add(new Node.Assert(dir, c == '!', p, w[0], w[1]));
                return false;
            } else if (c == '(') {
                String condname = getuntil(')', "group name");
                int clen = condname.codePointCount(0, condname.length());
                int condgroup;
                if (isIdentifier(condname)) {
                    Integer g = groupdict.get(condname);
                    if (g == null) throw error("unknown group name " + repr(condname), clen + 1);
                    condgroup = g;
                } else {
                    long v;
                    try {
                        if (!condname.chars().allMatch(ch -> ch >= '0' && ch <= '9')) throw new NumberFormatException();
                        v = condname.length() > 12 ? Long.MAX_VALUE : Long.parseLong(condname);
                    } catch (NumberFormatException e) {
                        throw error("bad character in group name " + repr(condname), clen + 1);
                    }
                    if (v == 0) throw error("bad group number", clen + 1);
                    if (v >= MAXGROUPS) throw error("invalid group reference " + v, clen + 1);
                    condgroup = (int) v;
                    grouprefpos.putIfAbsent(condgroup, tell() - clen - 1);
                }
                checklookbehindgroup(condgroup);
                List<Node> yes = parse(verbose, nested + 1, false);
                List<Node> no = null;
                if (match('|')) {
                    no = parse(verbose, nested + 1, false);
                    if (next == '|') throw error("conditional backref with more than two branches", 0);
                }
                if (!match(')')) throw error("missing ), unterminated subpattern", tell() - start);
                subpattern.add(new Node.GroupRefExists(condgroup, yes, no));
                return false;
            } else if (c == '>') {
                capture = false;
                atomic = true;
            } else if (flagOf(c) != 0 || c == '-') {
                int[] f = parseFlags(c);
                if (f == null) {
                    if (!first || !subpattern.isEmpty()) throw error("global flags not at the start of the expression", tell() - start);
                    return true;
                }
                addFlags = f[0];
                delFlags = f[1];
                capture = false;
            } else {
                throw error("unknown extension ?" + text(c), len(c) + 1);
            }
        }
        int group = -1;
        if (capture) group = opengroup(name, name == null ? 0 : name.codePointCount(0, name.length()) + 1);
        boolean subVerbose = (verbose || (addFlags & FLAG_VERBOSE) != 0) && (delFlags & FLAG_VERBOSE) == 0;
        List<Node> p = parseSub(subVerbose, nested + 1);
        if (!match(')')) throw error("missing ), unterminated subpattern", tell() - start);
        if (group >= 0) groupwidths.set(group, width(p));
        if (atomic) subpattern.add(new Node.Atomic(p));
        else subpattern.add(new Node.Group(group, addFlags, delFlags, p));
        return false;
    }

    private static int flagOf(int c) {
        return switch (c) {
            case 'i' -> FLAG_IGNORECASE;
            case 'L' -> FLAG_LOCALE;
            case 'm' -> FLAG_MULTILINE;
            case 's' -> FLAG_DOTALL;
            case 'x' -> FLAG_VERBOSE;
            case 'a' -> FLAG_ASCII;
            case 't' -> FLAG_TEMPLATE;
            case 'u' -> FLAG_UNICODE;
            default -> 0;
        };
    }

    /** CPython's _parse_flags: null for global flags (set in the state), else {add, del}. */
    private int[] parseFlags(int c) {
        int add = 0, del = 0;
        if (c != '-') {
            while (true) {
                int flag = flagOf(c);
                if (istext) {
                    if (c == 'L') throw error("bad inline flags: cannot use 'L' flag with a str pattern", 0);
                } else if (c == 'u') {
                    throw error("bad inline flags: cannot use 'u' flag with a bytes pattern", 0);
                }
                add |= flag;
                if ((flag & TYPE_FLAGS) != 0 && (add & TYPE_FLAGS) != flag) {
                    throw error("bad inline flags: flags 'a', 'u' and 'L' are incompatible", 0);
                }
                c = get();
                if (c == NONE) throw error("missing -, : or )", 0);
                if (c == ')' || c == '-' || c == ':') break;
                if (flagOf(c) == 0) throw error(isAlpha(c) ? "unknown flag" : "missing -, : or )", len(c));
            }
        }
        if (c == ')') {
            flags |= add;
            return null;
        }
        if ((add & GLOBAL_FLAGS) != 0) throw error("bad inline flags: cannot turn on global flag", 1);
        if (c == '-') {
            c = get();
            if (c == NONE) throw error("missing flag", 0);
            if (flagOf(c) == 0) throw error(isAlpha(c) ? "unknown flag" : "missing flag", len(c));
            while (true) {
                int flag = flagOf(c);
                if ((flag & TYPE_FLAGS) != 0) throw error("bad inline flags: cannot turn off flags 'a', 'u' and 'L'", 0);
                del |= flag;
                c = get();
                if (c == NONE) throw error("missing :", 0);
                if (c == ':') break;
                if (flagOf(c) == 0) throw error(isAlpha(c) ? "unknown flag" : "missing :", len(c));
            }
        }
        if ((del & GLOBAL_FLAGS) != 0) throw error("bad inline flags: cannot turn off global flag", 1);
        if ((add & del) != 0) throw error("bad inline flags: flag turned on and off", 1);
        return new int[] {add, del};
    }

    private static boolean isAlpha(int token) {
        return (token & ESC) == 0 && token != NONE && Character.isLetter(token);
    }

    // ---- widths (CPython: SubPattern.getwidth) ----
    long[] width(List<Node> items) {
        long lo = 0, hi = 0;
        for (Node n : items) {
            long i, j;
            if (n instanceof Node.Branch b) {
                i = MAXWIDTH;
                j = 0;
                for (List<Node> alt : b.alternatives()) {
                    long[] w = width(alt);
                    i = Math.min(i, w[0]);
                    j = Math.max(j, w[1]);
                }
            } else if (n instanceof Node.Atomic a) {
                long[] w = width(a.body());
                i = w[0];
                j = w[1];
            } else if (n instanceof Node.Group g) {
                long[] w = width(g.body());
                i = w[0];
                j = w[1];
            } else if (n instanceof Node.Repeat r) {
                long[] w = width(r.item());
                i = sat(w[0] * Math.min(r.min(), MAXWIDTH / Math.max(1, w[0])));
                j = r.max() == MAXREPEAT && w[1] != 0 ? MAXWIDTH : sat(w[1] * Math.min(r.max(), MAXWIDTH / Math.max(1, w[1])));
            } else if (n instanceof Node.Literal || n instanceof Node.NotLiteral || n instanceof Node.Any || n instanceof Node.In) {
                i = 1;
                j = 1;
            } else if (n instanceof Node.GroupRef g) {
                long[] w = groupwidths.get(g.group());
                i = w[0];
                j = w[1];
            } else if (n instanceof Node.GroupRefExists g) {
                long[] w = width(g.yes());
                i = w[0];
                j = w[1];
                if (g.no() != null) {
                    long[] v = width(g.no());
                    i = Math.min(i, v[0]);
                    j = Math.max(j, v[1]);
                } else {
                    i = 0;
                }
            } else {
                i = 0;
                j = 0;
            }
            lo = sat(lo + i);
            hi = sat(hi + j);
        }
        return new long[] {lo, hi};
    }

    private static long sat(long v) {
        return v < 0 || v > MAXWIDTH ? MAXWIDTH : v;
    }
}
