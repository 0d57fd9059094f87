package dev.pyvm.modules.re;

import java.util.Arrays;

/**
 * Runs a {@link Program} on a subject by backtracking, as CPython's _sre does (Modules/sre_lib.h),
 * on an explicit stack of fixed-size entries, never the Java stack:
 * <pre>
 *   BRANCH  pc pos       an alternative to resume
 *   RESTORE reg old      a register's value to put back when backtracking past it (the trail)
 *   SINGLE  pc start n   a greedy (SINGLE_G) or lazy (SINGLE_L) repeat of one character, at n
 *   LAZY    pc pos       a lazy general repeat that may still take one more turn
 *   BARRIER pc pos prev  the start of a lookaround's or atomic group's body (prev: the enclosing barrier)
 * </pre>
 * A register is trailed once per choice point (a stamp counts the choice points pushed and
 * popped). The subject is code points (or bytes) up to {@code end} (CPython's endpos); the
 * string's beginning is index 0 whatever the start.
 */
final class Matcher {
    private static final int E_BRANCH = 1, E_RESTORE = 2, E_SINGLE_G = 3, E_SINGLE_L = 4, E_LAZY = 5, E_BARRIER = 6;
    /** The stack's limit in ints: beyond it the match fails with MemoryError. */
    private static final int STACK_LIMIT = 1 << 28;

    /** Raised when the backtracking stack would exceed its limit. */
    static final class StackLimit extends RuntimeException {
        StackLimit() {
            super("re: backtracking stack exhausted", null, false, false);
        }
    }

    private final Program prog;
    private final int[] code;
    private final int[] s;
    private final int end;
    final int[] regs;
    private final int[] stamps;
    private int[] stack = new int[256];
    private int sp;
    private int stamp;
    private final int lastIndexReg;
    /** The end of the last match. */
    int matchEnd;
    int matchStart;

    /** Runs every {@link #CHECK_EVERY} instructions: raises KeyboardInterrupt when one is pending. */
    private final Runnable interruptCheck;
    private static final int CHECK_EVERY = 1 << 20;
    private int budget = CHECK_EVERY;

    Matcher(Program prog, int[] subject, int end, Runnable interruptCheck) {
        this.interruptCheck = interruptCheck;
        this.prog = prog;
        this.code = prog.code;
        this.s = subject;
        this.end = end;
        this.regs = new int[prog.registers()];
        this.stamps = new int[regs.length];
        this.lastIndexReg = 2 * prog.groups;
    }

    /** CPython's lastindex: the group last closed, or -1. */
    int lastIndex() {
        return regs[lastIndexReg];
    }

    /** A match at start (matchAll: to the end; mustAdvance: not empty). */
    boolean match(int start, boolean matchAll, boolean mustAdvance) {
        return run(start, matchAll, mustAdvance);
    }

    /** The first match at or after start. */
    boolean search(int start, boolean mustAdvance) {
        if (start > end) return false;
        int first = code[0];
        boolean anchored = first == Program.AT && (code[1] == Node.AT_BEGINNING_STRING
                || (code[1] & ~Program.ASCII_AT) == Node.AT_BEGINNING || (code[1] & ~Program.ASCII_AT) == Node.AT_BEGINNING_STRING);
        for (int p = start; p <= end; p++) {
            if (first == Program.CHAR) {
                int c = code[1];
                while (p < end && s[p] != c) p++;
                if (p >= end) return false;
            }
            if (run(p, false, mustAdvance && p == start)) return true;
            if (anchored) return false;
        }
        return false;
    }

    private void push(int type, int a, int b, int c) {
        if (sp + 4 > stack.length) grow();
        int[] st = stack;
        st[sp] = type;
        st[sp + 1] = a;
        st[sp + 2] = b;
        st[sp + 3] = c;
        sp += 4;
    }

    private void grow() {
        if (stack.length >= STACK_LIMIT) throw new StackLimit();
        try {
            stack = Arrays.copyOf(stack, stack.length * 2);
        } catch (OutOfMemoryError e) {
            throw new StackLimit();
        }
    }

    private void choice(int type, int a, int b, int c) {
        push(type, a, b, c);
        stamp++;
    }

    private void set(int reg, int value) {
        if (stamps[reg] != stamp) {
            push(E_RESTORE, reg, regs[reg], 0);
            stamps[reg] = stamp;
        }
        regs[reg] = value;
    }

    private boolean test(int op, int arg, int c) {
        return switch (op) {
            case Program.CHAR -> c == arg;
            case Program.NOT_CHAR -> c != arg;
            case Program.CHAR_IU -> CharSet.equalIgnoringCase(c, arg, CharSet.IC_UNICODE);
            case Program.NOT_CHAR_IU -> !CharSet.equalIgnoringCase(c, arg, CharSet.IC_UNICODE);
            case Program.CHAR_IA -> CharSet.equalIgnoringCase(c, arg, CharSet.IC_ASCII);
            case Program.NOT_CHAR_IA -> !CharSet.equalIgnoringCase(c, arg, CharSet.IC_ASCII);
            case Program.ANY -> c != '\n';
            case Program.ANY_ALL -> true;
            default -> prog.sets[arg].test(c);
        };
    }

    private boolean at(int kind, int pos) {
        boolean ascii = (kind & Program.ASCII_AT) != 0;
        boolean multiline = (kind & Program.MULTILINE_AT) != 0;
        switch (kind & 7) {
            case Node.AT_BEGINNING:
                return pos == 0 || (multiline && pos <= end && s[pos - 1] == '\n');
            case Node.AT_BEGINNING_STRING:
                return pos == 0;
            case Node.AT_END:
                if (multiline) return pos == end || (pos < end && s[pos] == '\n');
                return pos == end || (pos + 1 == end && s[pos] == '\n');
            case Node.AT_END_STRING:
                return pos == end;
            default: {
                if (end == 0) return false;
                boolean that = pos > 0 && pos - 1 < end && CharSet.isWord(s[pos - 1], !ascii);
                boolean self = pos < end && CharSet.isWord(s[pos], !ascii);
                return (kind & 7) == Node.AT_BOUNDARY ? self != that : self == that;
            }
        }
    }

    private boolean run(int start, boolean matchAll, boolean mustAdvance) {
        Arrays.fill(regs, -1);
        Arrays.fill(stamps, -1);
        sp = 0;
        stamp++;
        int barrier = -1;
        int pos = start;
        int pc = 0;
        final int[] code = this.code;
        final int[] s = this.s;
        final int end = this.end;
        main:
        while (true) {
            if (--budget == 0) {
                budget = CHECK_EVERY;
                interruptCheck.run();
            }
            int op = code[pc];
            boolean ok;
            switch (op) {
                case Program.CHAR:
                    ok = pos < end && s[pos] == code[pc + 1];
                    if (ok) {
                        pos++;
                        pc += 2;
                        continue main;
                    }
                    break;
                case Program.NOT_CHAR, Program.CHAR_IU, Program.NOT_CHAR_IU, Program.CHAR_IA, Program.NOT_CHAR_IA,
                        Program.ANY, Program.ANY_ALL, Program.SET:
                    ok = pos < end && test(op, code[pc + 1], s[pos]);
                    if (ok) {
                        pos++;
                        pc += 2;
                        continue main;
                    }
                    break;
                case Program.MATCH:
                    if ((matchAll && pos != end) || (mustAdvance && pos == start)) break;
                    matchStart = start;
                    matchEnd = pos;
                    return true;
                case Program.AT:
                    if (at(code[pc + 1], pos)) {
                        pc += 2;
                        continue main;
                    }
                    break;
                case Program.JMP:
                    pc = code[pc + 1];
                    continue main;
                case Program.SPLIT:
                    choice(E_BRANCH, code[pc + 2], pos, 0);
                    pc = code[pc + 1];
                    continue main;
                case Program.MARK: {
                    int m = code[pc + 1];
                    set(m, pos);
                    if ((m & 1) != 0) set(lastIndexReg, m >> 1);
                    pc += 2;
                    continue main;
                }
                case Program.GROUPREF: {
                    int g = code[pc + 1];
                    int b = regs[2 * g], e = regs[2 * g + 1];
                    if (b < 0 || e < 0 || b > e) break;
                    int len = e - b;
                    if (pos + len > end) break;
                    int ic = code[pc + 2];
                    ok = true;
                    for (int i = 0; i < len; i++) {
                        int x = s[b + i], y = s[pos + i];
                        if (x != y && (ic == CharSet.IC_NONE || CharSet.lower(x, ic) != CharSet.lower(y, ic))) {
                            ok = false;
                            break;
                        }
                    }
                    if (!ok) break;
                    pos += len;
                    pc += 3;
                    continue main;
                }
                case Program.GREXISTS: {
                    int g = code[pc + 1];
                    int b = regs[2 * g], e = regs[2 * g + 1];
                    pc = b >= 0 && e >= 0 && b <= e ? pc + 3 : code[pc + 2];
                    continue main;
                }
                case Program.LOOK: {
                    int kind = code[pc + 1];
                    int from = pos;
                    if (kind >= Program.LOOK_BEHIND) {
                        from = pos - code[pc + 2];
                        if (from < 0 || pos > end) {
                            if (kind == Program.LOOK_BEHIND_NOT) {
                                pc = code[pc + 3];
                                continue main;
                            }
                            break;
                        }
                    }
                    choice(E_BARRIER, pc, pos, barrier);
                    barrier = sp - 4;
                    pos = from;
                    pc += 4;
                    continue main;
                }
                case Program.ATOMIC:
                    choice(E_BARRIER, pc, pos, barrier);
                    barrier = sp - 4;
                    pc += 2;
                    continue main;
                case Program.SUCCEED: {
                    int b = barrier;
                    int[] st = stack;
                    int ipc = st[b + 1], origPos = st[b + 2];
                    barrier = st[b + 3];
                    stamp++;
                    if (code[ipc] == Program.LOOK && (code[ipc + 1] & 1) != 0) {
                        // a negative assertion whose body matched: undo the body, and fail
                        while (sp > b + 4) {
                            sp -= 4;
                            if (st[sp] == E_RESTORE) regs[st[sp + 1]] = st[sp + 2];
                        }
                        sp = b;
                        break;
                    }
                    // keep the body's trail, drop its choices
                    int w = b;
                    for (int i = b + 4; i < sp; i += 4) {
                        if (st[i] == E_RESTORE) {
                            if (w != i) System.arraycopy(st, i, st, w, 4);
                            w += 4;
                        }
                    }
                    sp = w;
                    if (code[ipc] == Program.LOOK) {
                        pos = origPos;
                        pc = code[ipc + 3];
                    } else {
                        pc = code[ipc + 1];
                    }
                    continue main;
                }
                case Program.RSINGLE: {
                    int kind = code[pc + 1], min = code[pc + 2], max = code[pc + 3], top = code[pc + 4], arg = code[pc + 5];
                    int limit = kind == 1 ? min : max;
                    int avail = end - pos;
                    if (limit > avail) limit = Math.max(avail, 0);
                    int k = 0;
                    while (k < limit && test(top, arg, s[pos + k])) k++;
                    if (k < min) break;
                    if (kind == 0) {
                        if (k > min) choice(E_SINGLE_G, pc, pos, k);
                    } else if (kind == 1) {
                        if (min < max) choice(E_SINGLE_L, pc, pos, k);
                    }
                    pos += k;
                    pc += 6;
                    continue main;
                }
                case Program.RINIT: {
                    int r = lastIndexReg + 1 + 2 * code[pc + 1];
                    set(r, 0);
                    set(r + 1, -1);
                    pc = code[pc + 2];
                    continue main;
                }
                case Program.RTAIL: {
                    int r = lastIndexReg + 1 + 2 * code[pc + 1];
                    int count = regs[r], min = code[pc + 2], max = code[pc + 3], kind = code[pc + 4];
                    if (count < min) {
                        set(r, count + 1);
                        pc = code[pc + 5];
                        continue main;
                    }
                    if (kind == 0) {
                        if (count < max && pos != regs[r + 1]) {
                            choice(E_BRANCH, pc + 6, pos, 0);
                            set(r, count + 1);
                            set(r + 1, pos);
                            pc = code[pc + 5];
                        } else {
                            pc += 6;
                        }
                    } else {
                        choice(E_LAZY, pc, pos, 0);
                        pc += 6;
                    }
                    continue main;
                }
                default:
                    throw new IllegalStateException("re: bad instruction " + op + " at " + pc);
            }
            // ---- failure: backtrack ----
            int[] st = stack;
            while (true) {
                if (sp == 0) return false;
                sp -= 4;
                int type = st[sp];
                if (type == E_RESTORE) {
                    regs[st[sp + 1]] = st[sp + 2];
                    continue;
                }
                stamp++;
                if (type == E_BRANCH) {
                    pc = st[sp + 1];
                    pos = st[sp + 2];
                    continue main;
                }
                if (type == E_SINGLE_G) {
                    int rpc = st[sp + 1], from = st[sp + 2], k = st[sp + 3] - 1;
                    int min = code[rpc + 2];
                    int next = rpc + 6;
                    if (code[next] == Program.CHAR) {
                        int c = code[next + 1];
                        while (k >= min && (from + k >= end || s[from + k] != c)) k--;
                        if (k < min) continue;
                    }
                    if (k > min) {
                        st[sp + 3] = k;
                        sp += 4;
                    }
                    pos = from + k;
                    pc = next;
                    continue main;
                }
                if (type == E_SINGLE_L) {
                    int rpc = st[sp + 1], from = st[sp + 2], k = st[sp + 3];
                    int max = code[rpc + 3];
                    if (k < max && from + k < end && test(code[rpc + 4], code[rpc + 5], s[from + k])) {
                        k++;
                        if (k < max) {
                            st[sp + 3] = k;
                            sp += 4;
                        }
                        pos = from + k;
                        pc = rpc + 6;
                        continue main;
                    }
                    continue;
                }
                if (type == E_LAZY) {
                    int rpc = st[sp + 1];
                    pos = st[sp + 2];
                    int r = lastIndexReg + 1 + 2 * code[rpc + 1];
                    int count = regs[r], max = code[rpc + 3];
                    if (count >= max || pos == regs[r + 1]) continue;
                    set(r, count + 1);
                    set(r + 1, pos);
                    pc = code[rpc + 5];
                    continue main;
                }
                // E_BARRIER: the body of a lookaround or atomic group failed
                int ipc = st[sp + 1];
                barrier = st[sp + 3];
                if (code[ipc] == Program.LOOK && (code[ipc + 1] & 1) != 0) {
                    pos = st[sp + 2];
                    pc = code[ipc + 3];
                    continue main;
                }
            }
        }
    }
}
