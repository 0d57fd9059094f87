package dev.pyvm.modules.re;

import java.util.Map;

/**
 * A compiled pattern: the instructions {@link Matcher} runs, its sets, and what the pattern
 * object shows (groups, names, flags). Instructions are ints, each an opcode and its operands:
 * <pre>
 *   single-character tests (op, arg): CHAR c, NOT_CHAR c, CHAR_IU c, NOT_CHAR_IU c (Unicode case
 *     folding), CHAR_IA c, NOT_CHAR_IA c (ASCII), ANY, ANY_ALL (DOTALL), SET index
 *   MATCH                           the end: success (subject to fullmatch / must-advance)
 *   AT kind                         an assertion of position; kind | MULTILINE_AT | ASCII_AT
 *   JMP target; SPLIT first second  try first, then second
 *   MARK n                          regs[n] = position (n = 2 * group, + 1 for its end)
 *   GROUPREF g mode                 the text of group g again (mode a CharSet IC_ mode)
 *   GREXISTS g no                   on to the next instruction if group g matched, else to no
 *   LOOK kind width after           an assertion (kind LOOK_*), its body, SUCCEED, then after
 *   ATOMIC after                    an atomic group: its body, SUCCEED, then after
 *   RSINGLE kind min max op arg     a repeat of one single-character test (kind 0 greedy, 1 lazy, 2 possessive)
 *   RINIT r tail; body; RTAIL r min max kind body   a repeat of anything else (kind 0 greedy, 1 lazy)
 * </pre>
 * A repeat's max of {@link #INFINITE} is no limit.
 */
final class Program {
    static final int CHAR = 1, NOT_CHAR = 2, CHAR_IU = 3, NOT_CHAR_IU = 4, CHAR_IA = 5, NOT_CHAR_IA = 6, ANY = 7,
            ANY_ALL = 8, SET = 9;
    static final int MATCH = 20, AT = 21, JMP = 22, SPLIT = 23, MARK = 24, GROUPREF = 25, GREXISTS = 26, LOOK = 27,
            ATOMIC = 28, SUCCEED = 29, RSINGLE = 30, RINIT = 31, RTAIL = 32;
    static final int MULTILINE_AT = 8, ASCII_AT = 16;
    static final int LOOK_AHEAD = 0, LOOK_AHEAD_NOT = 1, LOOK_BEHIND = 2, LOOK_BEHIND_NOT = 3;
    static final int INFINITE = Integer.MAX_VALUE;

    final int[] code;
    final CharSet[] sets;
    /** Groups, group 0 included. */
    final int groups;
    /** Repeats that need a counter: each has two registers after the marks and lastindex. */
    final int loops;
    final int flags;
    final Map<String, Integer> groupindex;

    Program(int[] code, CharSet[] sets, int groups, int loops, int flags, Map<String, Integer> groupindex) {
        this.code = code;
        this.sets = sets;
        this.groups = groups;
        this.loops = loops;
        this.flags = flags;
        this.groupindex = groupindex;
    }

    /** The registers: 2 marks per group, lastindex, 2 per loop. */
    int registers() {
        return 2 * groups + 1 + 2 * loops;
    }
}
