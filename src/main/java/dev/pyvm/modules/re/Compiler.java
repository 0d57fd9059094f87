package dev.pyvm.modules.re;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Turns parsed {@link Node}s into a {@link Program} (CPython: Lib/re/_compiler.py). */
final class Compiler {
    private int[] code = new int[64];
    private int n;
    private final List<CharSet> sets = new ArrayList<>();
    private int loops;
    private final boolean istext;

    private Compiler(boolean istext) {
        this.istext = istext;
    }

    /** Compiles a pattern: str when istext, else bytes (read as latin-1). */
    static Program compile(int[] pattern, boolean istext, int flags, Parser.Warn warn) {
        Parser.Result r = Parser.parse(pattern, istext, flags, warn);
        Compiler c = new Compiler(istext);
        c.sequence(r.items(), r.flags());
        c.emit(Program.MATCH);
        return new Program(Arrays.copyOf(c.code, c.n), c.sets.toArray(new CharSet[0]), r.groups(), c.loops, r.flags(),
                r.groupdict());
    }

    private void emit(int... words) {
        if (n + words.length > code.length) code = Arrays.copyOf(code, Math.max(code.length * 2, n + words.length));
        for (int w : words) code[n++] = w;
    }

    private static int combine(int flags, int add, int del) {
        if ((add & Parser.TYPE_FLAGS) != 0) flags &= ~Parser.TYPE_FLAGS;
        return (flags | add) & ~del;
    }

    private boolean unicode(int flags) {
        return istext && (flags & Parser.FLAG_ASCII) == 0;
    }

    private int ic(int flags) {
        if ((flags & Parser.FLAG_IGNORECASE) == 0) return CharSet.IC_NONE;
        return unicode(flags) ? CharSet.IC_UNICODE : CharSet.IC_ASCII;
    }

    private void sequence(List<Node> items, int flags) {
        for (Node node : items) node(node, flags);
    }

    /** The (op, arg) of a single-character test, or null when node is not one. */
    private int[] single(Node node, int flags) {
        int ic = ic(flags);
        if (node instanceof Node.Literal l) {
            if (ic == CharSet.IC_NONE || !cased(l.c(), ic)) return new int[] {Program.CHAR, l.c()};
            return new int[] {ic == CharSet.IC_UNICODE ? Program.CHAR_IU : Program.CHAR_IA, l.c()};
        }
        if (node instanceof Node.NotLiteral l) {
            if (ic == CharSet.IC_NONE || !cased(l.c(), ic)) return new int[] {Program.NOT_CHAR, l.c()};
            return new int[] {ic == CharSet.IC_UNICODE ? Program.NOT_CHAR_IU : Program.NOT_CHAR_IA, l.c()};
        }
        if (node instanceof Node.Any) return new int[] {(flags & Parser.FLAG_DOTALL) != 0 ? Program.ANY_ALL : Program.ANY, 0};
        if (node instanceof Node.In in) {
            sets.add(new CharSet(in.negate(), in.items(), ic, unicode(flags)));
            return new int[] {Program.SET, sets.size() - 1};
        }
        return null;
    }

    private static boolean cased(int c, int ic) {
        // a non-ASCII character is taken as cased: Java has no simple upper case for some that CPython's
        // tables give one (ß: the S of its full upper case), and folding an uncased one changes nothing
        return CharSet.lower(c, ic) != c || CharSet.upper(c, ic) != c || (ic == CharSet.IC_UNICODE && c >= 128);
    }

    private void node(Node node, int flags) {
        int[] t = single(node, flags);
        if (t != null) {
            emit(t[0], t[1]);
        } else if (node instanceof Node.At at) {
            int kind = at.kind();
            if ((flags & Parser.FLAG_MULTILINE) != 0) kind |= Program.MULTILINE_AT;
            if (!unicode(flags)) kind |= Program.ASCII_AT;
            emit(Program.AT, kind);
        } else if (node instanceof Node.Branch b) {
            List<Integer> jumps = new ArrayList<>();
            List<List<Node>> alts = b.alternatives();
            for (int i = 0; i < alts.size(); i++) {
                int split = -1;
                if (i < alts.size() - 1) {
                    split = n;
                    emit(Program.SPLIT, n + 3, 0);
                }
                sequence(alts.get(i), flags);
                if (i < alts.size() - 1) {
                    jumps.add(n);
                    emit(Program.JMP, 0);
                    code[split + 2] = n;
                }
            }
            for (int j : jumps) code[j + 1] = n;
        } else if (node instanceof Node.Group g) {
            int f = combine(flags, g.addFlags(), g.delFlags());
            if (g.group() >= 0) emit(Program.MARK, 2 * g.group());
            sequence(g.body(), f);
            if (g.group() >= 0) emit(Program.MARK, 2 * g.group() + 1);
        } else if (node instanceof Node.Repeat r) {
            repeat(r, flags);
        } else if (node instanceof Node.GroupRef g) {
            emit(Program.GROUPREF, g.group(), ic(flags));
        } else if (node instanceof Node.GroupRefExists g) {
            int at = n;
            emit(Program.GREXISTS, g.group(), 0);
            sequence(g.yes(), flags);
            if (g.no() != null) {
                int jmp = n;
                emit(Program.JMP, 0);
                code[at + 2] = n;
                sequence(g.no(), flags);
                code[jmp + 1] = n;
            } else {
                code[at + 2] = n;
            }
        } else if (node instanceof Node.Assert a) {
            int kind;
            long width = 0;
            if (a.dir() < 0) {
                if (a.minWidth() != a.maxWidth()) throw new Parser.Error(Parser.Error.ERROR, "look-behind requires fixed-width pattern", -1);
                if (a.minWidth() > Integer.MAX_VALUE) throw new Parser.Error(Parser.Error.ERROR, "looks too much behind", -1);
                width = a.minWidth();
                kind = a.negate() ? Program.LOOK_BEHIND_NOT : Program.LOOK_BEHIND;
            } else {
                kind = a.negate() ? Program.LOOK_AHEAD_NOT : Program.LOOK_AHEAD;
            }
            int at = n;
            emit(Program.LOOK, kind, (int) width, 0);
            sequence(a.body(), flags);
            emit(Program.SUCCEED);
            code[at + 3] = n;
        } else if (node instanceof Node.Atomic a) {
            int at = n;
            emit(Program.ATOMIC, 0);
            sequence(a.body(), flags);
            emit(Program.SUCCEED);
            code[at + 1] = n;
        } else {
            throw new IllegalStateException("re: unknown node " + node);
        }
    }

    private void repeat(Node.Repeat r, int flags) {
        if ((flags & Parser.FLAG_TEMPLATE) != 0) {
            String op = r.kind() == 0 ? "MAX_REPEAT" : r.kind() == 1 ? "MIN_REPEAT" : "POSSESSIVE_REPEAT";
            throw new Parser.Error(Parser.Error.ERROR, "internal: unsupported template operator " + op, -1);
        }
        int min = (int) Math.min(r.min(), Program.INFINITE - 1);
        int max = r.max() >= Parser.MAXREPEAT ? Program.INFINITE : (int) Math.min(r.max(), Program.INFINITE - 1);
        List<Node> item = r.item();
        if (item.size() == 1) {
            int[] t = single(item.get(0), flags);
            if (t != null) {
                emit(Program.RSINGLE, r.kind(), min, max, t[0], t[1]);
                return;
            }
        }
        if (r.kind() == 2) {
            int at = n;
            emit(Program.ATOMIC, 0);
            general(item, flags, 0, min, max);
            emit(Program.SUCCEED);
            code[at + 1] = n;
        } else {
            general(item, flags, r.kind(), min, max);
        }
    }

    private void general(List<Node> item, int flags, int kind, int min, int max) {
        if (max == 0) return;
        if (min == 1 && max == 1) {
            sequence(item, flags);
            return;
        }
        if (min == 0 && max == 1) {
            int split = n;
            emit(Program.SPLIT, 0, 0);
            int body = n;
            sequence(item, flags);
            if (kind == 0) {
                code[split + 1] = body;
                code[split + 2] = n;
            } else {
                code[split + 1] = n;
                code[split + 2] = body;
            }
            return;
        }
        int r = loops++;
        int init = n;
        emit(Program.RINIT, r, 0);
        int body = n;
        sequence(item, flags);
        code[init + 2] = n;
        emit(Program.RTAIL, r, min, max, kind, body);
    }
}
