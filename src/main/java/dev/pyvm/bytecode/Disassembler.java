package dev.pyvm.bytecode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Listings of code objects in CPython 3.11's {@code dis} layout (Lib/dis.py
 * {@code Instruction._disassemble}, {@code _disassemble_bytes}, {@code _disassemble_recursive}):
 * source line on the first instruction of each line, {@code >>} on jump and handler targets,
 * offset right-aligned in 4, opcode name left-aligned in 20, argument right-aligned in 5, then the
 * argument's meaning in parentheses; a blank line before each new source line; the exception
 * table; then each nested code object, recursively. Offsets are pyvm's instruction indices.
 */
public final class Disassembler {
    private Disassembler() {}

    private static final int OPNAME_WIDTH = 20;
    private static final int OPARG_WIDTH = 5;
    private static final List<String> MAKE_FUNCTION_FLAGS = List.of("defaults", "kwdefaults", "annotations", "closure");
    private static final List<String> FORMAT_CONVERTERS = List.of("", "str", "repr", "ascii");

    /** The listing of {@code code} and, recursively, of the code objects among its constants. */
    public static String disassembleRecursive(CodeObject code) {
        return disassembleRecursive(code, c -> null);
    }

    /**
     * The listing with the instructions as {@code running} gives them for each code object (the
     * specialized ones, as CPython 3.11's {@code dis.dis(adaptive=True)}), or as compiled where it
     * gives null.
     */
    public static String disassembleRecursive(CodeObject code, Function<CodeObject, int[]> running) {
        StringBuilder sb = new StringBuilder();
        recurse(code, running, sb);
        return sb.toString();
    }

    private static void recurse(CodeObject code, Function<CodeObject, int[]> running, StringBuilder sb) {
        disassemble(code, running.apply(code), sb);
        for (CodeObject nested : code.nestedCode()) {
            sb.append('\n');
            sb.append("Disassembly of ").append(nested).append(":\n");
            recurse(nested, running, sb);
        }
    }

    /** The listing of one code object (no nested ones). */
    public static String disassemble(CodeObject code) {
        StringBuilder sb = new StringBuilder();
        disassemble(code, null, sb);
        return sb.toString();
    }

    private static void disassemble(CodeObject code, int[] running, StringBuilder sb) {
        int[] instructions = running != null ? running : code.instructions();
        int n = code.length();
        Set<Integer> labels = new HashSet<>();
        for (int i = 0; i < n; i++) {
            if (Opcode.of(instructions[i]).hasJump()) labels.add(Opcode.arg(instructions[i]));
        }
        for (CodeObject.ExceptionEntry e : code.exceptionTable()) labels.add(e.target());

        int[] starts = code.lineStarts();
        int maxLine = 0;
        for (int k = 1; k < starts.length; k += 2) maxLine = Math.max(maxLine, starts[k]);
        int linenoWidth = maxLine >= 1000 ? Integer.toString(maxLine).length() : 3;
        int maxOffset = n - 1;
        int offsetWidth = maxOffset >= 10000 ? Integer.toString(maxOffset).length() : 4;

        int prevLine = Integer.MIN_VALUE;
        for (int i = 0; i < n; i++) {
            int line = code.lineOf(i);
            boolean startsLine = line != prevLine;
            prevLine = line;
            if (startsLine && i > 0) sb.append('\n');
            List<String> fields = new ArrayList<>();
            fields.add(startsLine ? pad(Integer.toString(line), linenoWidth, true) : " ".repeat(linenoWidth));
            fields.add("   ");
            fields.add(labels.contains(i) ? ">>" : "  ");
            fields.add(pad(Integer.toString(i), offsetWidth, true));
            Opcode op = Opcode.of(instructions[i]);
            fields.add(pad(op.name(), OPNAME_WIDTH, false));
            if (op.operand() != Opcode.Operand.NONE) {
                int arg = Opcode.arg(instructions[i]);
                fields.add(pad(Integer.toString(arg), OPARG_WIDTH, true));
                String meaning = argRepr(code, op, arg);
                if (!meaning.isEmpty()) fields.add("(" + meaning + ")");
            }
            sb.append(String.join(" ", fields).stripTrailing()).append('\n');
        }
        if (!code.exceptionTable().isEmpty()) {
            sb.append("ExceptionTable:\n");
            for (CodeObject.ExceptionEntry e : code.exceptionTable()) {
                sb.append("  ").append(e.start()).append(" to ").append(e.end() - 1).append(" -> ")
                        .append(e.target()).append(" [").append(e.depth()).append(']')
                        .append(e.lasti() ? " lasti" : "").append('\n');
            }
        }
    }

    /** The meaning of an argument, as the text between the parentheses of a listing line. */
    public static String argRepr(CodeObject code, Opcode op, int arg) {
        return switch (op.operand()) {
            case NONE, COUNT -> "";
            case CONST -> Constants.repr(code.consts().get(arg));
            case NAME -> code.names().get(arg);
            case LOCAL -> code.varnames().get(arg);
            case CELL -> code.cellName(arg);
            case JUMP -> "to " + arg;
            case COMPARE_OP -> Opcode.COMPARE_OPS.get(arg);
            case BINARY_OP -> BinaryOps.symbol(arg);
            case FORMAT -> {
                String s = FORMAT_CONVERTERS.get(arg & Opcode.FVC_MASK);
                if ((arg & Opcode.FVS_HAVE_SPEC) != 0) s = s.isEmpty() ? "with format" : s + ", with format";
                yield s;
            }
            case MAKE_FUNCTION -> {
                List<String> parts = new ArrayList<>();
                for (int b = 0; b < MAKE_FUNCTION_FLAGS.size(); b++) {
                    if ((arg & (1 << b)) != 0) parts.add(MAKE_FUNCTION_FLAGS.get(b));
                }
                yield String.join(", ", parts);
            }
        };
    }

    private static String pad(String s, int width, boolean right) {
        if (s.length() >= width) return s;
        String fill = " ".repeat(width - s.length());
        return right ? fill + s : s + fill;
    }
}
