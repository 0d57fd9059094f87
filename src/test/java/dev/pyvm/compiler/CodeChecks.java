package dev.pyvm.compiler;

import dev.pyvm.bytecode.CodeObject;
import dev.pyvm.bytecode.Opcode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/**
 * Structural invariants of a compiled code object, checked independently of the assembler: jumps
 * land on instructions, operands index their tables, the line table covers every instruction in
 * runs of distinct lines, none before the code's first line, exception-table rows are ordered and
 * lie inside the code, and a walk of the declared stack effects (exception edges included) never
 * goes below zero nor above maxStackDepth, and reaches every instruction.
 */
public final class CodeChecks {
    private CodeChecks() {}

    /** The violations found in {@code code} and its nested code objects (empty if none). */
    public static List<String> check(CodeObject code) {
        List<String> problems = new ArrayList<>();
        checkOne(code, problems);
        for (CodeObject nested : code.nestedCode()) problems.addAll(check(nested));
        return problems;
    }

    private static void checkOne(CodeObject code, List<String> out) {
        String where = code.qualname() + ": ";
        int n = code.length();
        if (n == 0) {
            out.add(where + "no instructions");
            return;
        }
        int cells = code.cellvars().size() + code.freevars().size();
        for (int i = 0; i < n; i++) {
            Opcode op = code.opcode(i);
            int arg = code.arg(i);
            boolean ok = switch (op.operand()) {
                case NONE -> arg == 0;
                case CONST -> arg < code.consts().size();
                case NAME -> arg < code.names().size();
                case LOCAL -> arg < code.varnames().size();
                case CELL -> arg < cells;
                case JUMP -> arg < n;
                case COMPARE_OP -> arg < Opcode.COMPARE_OPS.size();
                case BINARY_OP -> arg < 26;
                default -> true;
            };
            if (!ok) out.add(where + "bad argument " + arg + " for " + op + " at " + i);
        }
        int[] lines = code.lineStarts();
        if (lines.length < 2 || lines[0] != 0) out.add(where + "line table does not start at instruction 0");
        for (int k = 2; k < lines.length; k += 2) {
            if (lines[k] <= lines[k - 2] || lines[k] >= n) out.add(where + "line table run out of order at " + lines[k]);
            if (lines[k + 1] == lines[k - 1]) out.add(where + "line table runs at " + lines[k - 2] + " and " + lines[k] + " have one line");
        }
        for (int k = 1; k < lines.length; k += 2) {
            if (lines[k] < code.firstlineno()) out.add(where + "line " + lines[k] + " before the first line " + code.firstlineno());
        }
        List<CodeObject.ExceptionEntry> table = code.exceptionTable();
        int prevEnd = 0;
        for (CodeObject.ExceptionEntry e : table) {
            if (e.start() < prevEnd || e.end() > n || e.target() >= n || e.depth() > code.maxStackDepth()) {
                out.add(where + "bad exception entry " + e);
            }
            prevEnd = e.end();
        }
        // Walk the stack effects.
        int[] depth = new int[n];
        Arrays.fill(depth, -1);
        Deque<Integer> work = new ArrayDeque<>();
        depth[0] = 0;
        work.push(0);
        while (!work.isEmpty()) {
            int i = work.pop();
            int d = depth[i];
            Opcode op = code.opcode(i);
            int arg = code.arg(i);
            List<int[]> succ = new ArrayList<>();
            if (op.hasJump()) succ.add(new int[] {arg, d + op.stackEffect(arg, true)});
            if (!op.isTerminator() && i + 1 < n) succ.add(new int[] {i + 1, d + op.stackEffect(arg, false)});
            if (!op.isTerminator() && i + 1 >= n) out.add(where + "falls off the end");
            CodeObject.ExceptionEntry h = code.handlerFor(i);
            if (h != null) {
                if (h.depth() > d + Math.max(0, -op.stackEffect(arg, false)) + 64) out.add(where + "handler depth");
                succ.add(new int[] {h.target(), h.depth() + (h.lasti() ? 1 : 0) + 1});
            }
            for (int[] s : succ) {
                if (s[1] < 0 || s[1] > code.maxStackDepth()) {
                    out.add(where + "stack depth " + s[1] + " out of [0, " + code.maxStackDepth() + "] at " + s[0]);
                    continue;
                }
                if (depth[s[0]] < 0) {
                    depth[s[0]] = s[1];
                    work.push(s[0]);
                } else if (depth[s[0]] != s[1]) {
                    out.add(where + "inconsistent depth at " + s[0] + ": " + depth[s[0]] + " vs " + s[1]);
                }
            }
            if (h != null && h.depth() > d) out.add(where + "handler depth " + h.depth() + " above stack " + d + " at " + i);
        }
        for (int i = 0; i < n; i++) {
            if (depth[i] < 0) out.add(where + "unreachable instruction " + i + " " + code.opcode(i));
        }
    }
}
