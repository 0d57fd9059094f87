package dev.pyvm.compiler;

import dev.pyvm.bytecode.Opcode;
import dev.pyvm.compiler.Assembler.Instr;
import java.util.List;

/**
 * The part of CPython 3.11's {@code optimize_basic_block} (Python/compile.c) that pyvm does, on
 * the code generator's instruction list before it is assembled: a tuple built only to be
 * unpacked again ({@code a, b = b, a}) becomes a SWAP, or nothing for one item, and SWAPs
 * followed by stores become the stores in the other order ({@code apply_static_swaps}).
 *
 * <p>Instructions are replaced in place, never removed, so that labels (indices into the list)
 * stay valid; what becomes a NOP is dropped by the assembler where no line event needs it. As in
 * CPython, nothing moves across a basic block's start (a jump or handler target), and stores are
 * reordered only within one line, so that line tracing sees the same names bound.
 */
final class Peephole {

    private Peephole() {}

    static void optimize(List<Instr> code) {
        boolean[] blockStart = blockStarts(code);
        for (int i = 0; i + 1 < code.size(); i++) {
            Instr build = code.get(i), unpack = code.get(i + 1);
            if (build.op != Opcode.BUILD_TUPLE || unpack.op != Opcode.UNPACK_SEQUENCE || build.arg != unpack.arg
                    || blockStart[i + 1] || build.handler != unpack.handler) continue;
            switch (build.arg) {
                case 1 -> {
                    code.set(i, nop(build));
                    code.set(i + 1, nop(unpack));
                }
                case 2, 3 -> {
                    code.set(i, nop(build));
                    code.set(i + 1, new Instr(Opcode.SWAP, build.arg, null, null, unpack.line, unpack.handler));
                    applyStaticSwaps(code, blockStart, i + 1);
                }
                default -> { }
            }
        }
    }

    /** CPython's apply_static_swaps: the SWAPs at and left of {@code i} become reordered stores where they can. */
    private static void applyStaticSwaps(List<Instr> code, boolean[] blockStart, int i) {
        for (; i >= 0; i--) {
            Instr swap = code.get(i);
            if (swap.op != Opcode.SWAP) {
                if (swap.op != Opcode.NOP && !swappable(swap)) return;
                if (blockStart[i]) return;
                continue;
            }
            int j = nextSwappable(code, blockStart, i, -1, swap.handler);
            if (j < 0) return;
            int k = j;
            int line = code.get(j).line;
            for (int count = swap.arg - 1; count > 0; count--) {
                k = nextSwappable(code, blockStart, k, line, swap.handler);
                if (k < 0) return;
            }
            // not when the two store to the same local, or a store between them does to either
            // (x, x = a, b must leave b in x)
            int storeJ = storesTo(code.get(j)), storeK = storesTo(code.get(k));
            if (storeJ >= 0 || storeK >= 0) {
                if (storeJ == storeK) return;
                for (int m = j + 1; m < k; m++) {
                    int store = storesTo(code.get(m));
                    if (store >= 0 && (store == storeJ || store == storeK)) return;
                }
            }
            code.set(i, nop(swap));
            Instr t = code.get(j);
            code.set(j, code.get(k));
            code.set(k, t);
            if (blockStart[i]) return;
        }
    }

    /** The next STORE_FAST or POP_TOP after i in its block (NOPs skipped), on {@code line} unless it is -1; else -1. */
    private static int nextSwappable(List<Instr> code, boolean[] blockStart, int i, int line, Assembler.Handler handler) {
        while (++i < code.size()) {
            Instr in = code.get(i);
            if (blockStart[i] || in.handler != handler || (line >= 0 && in.line != line)) return -1;
            if (in.op == Opcode.NOP) continue;
            return swappable(in) ? i : -1;
        }
        return -1;
    }

    /** The local a STORE_FAST stores to, else -1. CPython: STORES_TO. */
    private static int storesTo(Instr in) {
        return in.op == Opcode.STORE_FAST ? in.arg : -1;
    }

    private static boolean swappable(Instr in) {
        return in.op == Opcode.STORE_FAST || in.op == Opcode.POP_TOP;
    }

    private static Instr nop(Instr in) {
        return new Instr(Opcode.NOP, 0, null, null, in.line, in.handler);
    }

    /** Where a basic block starts: the targets of jumps and handlers. */
    private static boolean[] blockStarts(List<Instr> code) {
        boolean[] start = new boolean[code.size() + 1];
        for (Instr in : code) {
            if (in.target != null && in.target.position >= 0) start[in.target.position] = true;
            if (in.setup != null && in.setup.target.position >= 0) start[in.setup.target.position] = true;
        }
        return start;
    }
}
