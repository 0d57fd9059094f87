package dev.pyvm.compiler;

import dev.pyvm.bytecode.CodeObject;
import dev.pyvm.bytecode.Opcode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/**
 * Turns the code generator's instruction list into a {@link CodeObject}: removes unreachable
 * instructions, resolves labels to instruction indices, computes the maximum stack depth by a
 * flow analysis over {@link Opcode#stackEffect} (the same table the VM implements), and builds the
 * line table and the exception table.
 *
 * <p>The instruction list holds real instructions and one pseudo-instruction, SETUP, that marks
 * where a {@link Handler} starts protecting code: it occupies no slot in the output, but the flow
 * analysis takes the stack depth there as the handler's depth (less the handler's discount). Every
 * instruction carries the innermost handler that protects it (or null); when the flow analysis
 * reaches a protected instruction it follows an edge to the handler's target with the values an
 * unwinding pushes, so a handler that protects no reachable instruction is dropped as dead code.
 * Runs of instructions with the same handler become the rows of the exception table.
 */
final class Assembler {

    /** A jump target; {@link #position} is an index into the instruction list once bound. */
    static final class Label {
        int position = -1;
    }

    /**
     * An exception handler: where it continues, whether the raising instruction's index is pushed
     * (lasti), and the stack depth it restores: the depth at its SETUP less {@code discount} (the
     * values that are on the stack at SETUP but are gone by the time the protected code runs).
     */
    static final class Handler {
        final Label target;
        final boolean lasti;
        final int discount;
        int depth = -1;

        Handler(Label target, boolean lasti, int discount) {
            this.target = target;
            this.lasti = lasti;
            this.discount = discount;
        }
    }

    /** One entry of the instruction list: a real instruction (op != null) or a SETUP (setup != null). */
    static final class Instr {
        final Opcode op;
        final int arg;
        final Label target;
        final Handler setup;
        final int line;
        final Handler handler;

        Instr(Opcode op, int arg, Label target, Handler setup, int line, Handler handler) {
            this.op = op;
            this.arg = arg;
            this.target = target;
            this.setup = setup;
            this.line = line;
            this.handler = handler;
        }

        boolean isSetup() {
            return setup != null;
        }
    }

    /** Everything the assembler needs besides the instructions. */
    record Unit(List<Object> consts, List<String> names, List<String> varnames, List<String> cellvars,
            List<String> freevars, int argcount, int posonlyargcount, int kwonlyargcount, int flags, String name,
            String qualname, String filename, int firstlineno) {}

    private Assembler() {}

    static CodeObject assemble(List<Instr> code, Unit unit) {
        Peephole.optimize(code);
        int n = code.size();
        int[] depth = new int[n + 1];
        Arrays.fill(depth, -1);
        int maxDepth = 0;
        Deque<Integer> work = new ArrayDeque<>();
        if (n > 0) {
            depth[0] = 0;
            work.push(0);
        }
        while (!work.isEmpty()) {
            int i = work.pop();
            int d = depth[i];
            Instr in = code.get(i);
            if (in.isSetup()) {
                Handler h = in.setup;
                int hd = d - h.discount;
                if (h.depth >= 0 && h.depth != hd) {
                    throw new IllegalStateException("handler depth mismatch in " + unit.qualname() + ": " + h.depth + " vs " + hd);
                }
                h.depth = hd;
                maxDepth = Math.max(maxDepth, flow(depth, work, i + 1, d, unit));
                continue;
            }
            if (in.handler != null) {
                // The handler is reachable once some instruction it protects is.
                Handler h = in.handler;
                if (h.depth < 0) throw new IllegalStateException("protected code reached before its SETUP in " + unit.qualname());
                maxDepth = Math.max(maxDepth, flow(depth, work, h.target.position, h.depth + (h.lasti ? 1 : 0) + 1, unit));
            }
            // BUILD_MAP and BUILD_SET put the new container on the stack above their operands
            // while they fill it (so that a failing key leaks nothing): one slot more than
            // their operands take, which the frame must have
            if (in.op == Opcode.BUILD_MAP || in.op == Opcode.BUILD_SET) maxDepth = Math.max(maxDepth, d + 1);
            if (in.op.hasJump()) {
                int taken = d + in.op.stackEffect(in.arg, true);
                maxDepth = Math.max(maxDepth, flow(depth, work, in.target.position, taken, unit));
            }
            if (!in.op.isTerminator()) {
                int next = d + in.op.stackEffect(in.arg, false);
                maxDepth = Math.max(maxDepth, flow(depth, work, i + 1, next, unit));
            }
        }

        // Keep the reachable real instructions, but NOPs that no line event needs (CPython's
        // clean_basic_block: one on the line of the instruction before or after it goes); map
        // every list position to its output index.
        int[] outIndex = new int[n + 1];
        List<Instr> kept = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            outIndex[i] = kept.size();
            Instr in = code.get(i);
            if (depth[i] < 0 || in.isSetup()) continue;
            if (in.op == Opcode.NOP && ((!kept.isEmpty() && kept.get(kept.size() - 1).line == in.line)
                    || nextLine(code, depth, i) == in.line)) continue;
            kept.add(in);
        }
        outIndex[n] = kept.size();
        if (!kept.isEmpty() && !kept.get(kept.size() - 1).op.isTerminator()) {
            throw new IllegalStateException("code falls off the end in " + unit.qualname());
        }

        int m = kept.size();
        int[] instructions = new int[m];
        List<Integer> lineStarts = new ArrayList<>();
        List<CodeObject.ExceptionEntry> table = new ArrayList<>();
        int runStart = -1;
        Handler runHandler = null;
        for (int k = 0; k < m; k++) {
            Instr in = kept.get(k);
            Opcode op = in.op;
            int arg = in.arg;
            if (op.hasJump()) {
                arg = outIndex[in.target.position];
                if (op == Opcode.JUMP_FORWARD || op == Opcode.JUMP_BACKWARD) {
                    op = arg <= k ? Opcode.JUMP_BACKWARD : Opcode.JUMP_FORWARD;
                }
            }
            instructions[k] = Opcode.encode(op, arg);
            if (lineStarts.isEmpty() || lineStarts.get(lineStarts.size() - 1) != in.line) {
                lineStarts.add(k);
                lineStarts.add(in.line);
            }
            if (in.handler != runHandler) {
                if (runHandler != null) table.add(entry(runStart, k, runHandler, outIndex));
                runHandler = in.handler;
                runStart = k;
            }
        }
        if (runHandler != null) table.add(entry(runStart, m, runHandler, outIndex));

        int[] lines = lineStarts.stream().mapToInt(Integer::intValue).toArray();
        return new CodeObject(instructions, unit.consts(), unit.names(), unit.varnames(), unit.cellvars(),
                unit.freevars(), unit.argcount(), unit.posonlyargcount(), unit.kwonlyargcount(), unit.flags(),
                unit.name(), unit.qualname(), unit.filename(), unit.firstlineno(), lines, table, maxDepth);
    }

    /** The line of the next reachable real instruction after i, or -1. */
    private static int nextLine(List<Instr> code, int[] depth, int i) {
        for (int k = i + 1; k < code.size(); k++) {
            Instr in = code.get(k);
            if (depth[k] >= 0 && !in.isSetup()) return in.line;
        }
        return -1;
    }

    private static CodeObject.ExceptionEntry entry(int start, int end, Handler h, int[] outIndex) {
        if (h.depth < 0) throw new IllegalStateException("handler protecting reachable code was never set up");
        return new CodeObject.ExceptionEntry(start, end, outIndex[h.target.position], h.depth, h.lasti);
    }

    /** Records depth {@code d} on entry to {@code target}; returns {@code d} for the maximum. */
    private static int flow(int[] depth, Deque<Integer> work, int target, int d, Unit unit) {
        if (target < 0) throw new IllegalStateException("unbound label in " + unit.qualname());
        if (d < 0) throw new IllegalStateException("stack underflow in " + unit.qualname() + " at " + target);
        if (target >= depth.length - 1) {
            throw new IllegalStateException("code falls off the end in " + unit.qualname());
        }
        if (depth[target] < 0) {
            depth[target] = d;
            work.push(target);
        } else if (depth[target] != d) {
            throw new IllegalStateException("inconsistent stack depth in " + unit.qualname() + " at " + target
                    + ": " + depth[target] + " vs " + d);
        }
        return d;
    }
}
