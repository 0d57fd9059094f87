package dev.pyvm.bytecode;

import java.util.List;

/**
 * A compiled code object: the compile-time, immutable form of a module, class body, function,
 * lambda or comprehension. Holds only Java values; the VM builds its heap objects from it.
 *
 * <h2>Instructions</h2>
 * {@link #instructions()} is an {@code int[]} of packed instructions ({@link Opcode#encode}).
 * Positions everywhere (jump arguments, line table, exception table) are instruction indices.
 *
 * <h2>Variables</h2>
 * {@code varnames}: the fast locals, parameters first (positional, then keyword-only, then
 * {@code *args}, then {@code **kwargs}). {@code cellvars}: the variables of this scope that inner
 * scopes capture; a parameter that is captured is in both lists ({@link #cellToLocal} says where
 * the argument is, {@link Opcode#MAKE_CELL} copies it). {@code freevars}: the captured variables of
 * enclosing scopes, filled by {@link Opcode#COPY_FREE_VARS} from the function's closure, in the
 * order of the closure tuple. The argument of cell opcodes indexes cellvars followed by freevars.
 *
 * <h2>Line table</h2>
 * Compact run-length form: {@code lineStarts[2k]} is the first instruction index of a run,
 * {@code lineStarts[2k + 1]} its source line; the runs cover every instruction, in order.
 *
 * <h2>Exception table</h2>
 * As CPython 3.11's zero-cost exception handling. Each {@link ExceptionEntry} covers instructions
 * {@code start <= i < end}; entries are sorted by {@code start} and never overlap, so the handler
 * of the instruction that raised is the one entry containing it (none: the exception leaves the
 * frame). On an exception the VM pops the value stack down to {@code depth} items, pushes the
 * raising instruction's index (as a Python int) if {@code lasti}, pushes the exception, and
 * continues at {@code target}.
 *
 * <h2>Stack</h2>
 * {@link #maxStackDepth()} bounds the value stack on every path, exception handlers included; it
 * is computed by the assembler from {@link Opcode#stackEffect}.
 */
public final class CodeObject {

    // CPython 3.11's co_flags values.
    public static final int CO_OPTIMIZED = 0x0001;
    public static final int CO_NEWLOCALS = 0x0002;
    public static final int CO_VARARGS = 0x0004;
    public static final int CO_VARKEYWORDS = 0x0008;
    public static final int CO_NESTED = 0x0010;
    public static final int CO_GENERATOR = 0x0020;
    /** {@code from __future__ import annotations} was in effect (PEP 563); compile() and exec() inherit it. */
    public static final int CO_FUTURE_ANNOTATIONS = 0x1000000;

    /** One row of the exception table, see the class comment. */
    public record ExceptionEntry(int start, int end, int target, int depth, boolean lasti) {
        public ExceptionEntry {
            if (start < 0 || end <= start || target < 0 || depth < 0) {
                throw new IllegalArgumentException("bad exception entry " + start + " " + end + " " + target + " " + depth);
            }
        }
    }

    private final int[] instructions;
    private final List<Object> consts;
    private final List<String> names;
    private final List<String> varnames;
    private final List<String> cellvars;
    private final List<String> freevars;
    private final int argcount;
    private final int posonlyargcount;
    private final int kwonlyargcount;
    private final int flags;
    private final String name;
    private final String qualname;
    private final String filename;
    private final int firstlineno;
    private final int[] lineStarts;
    private final List<ExceptionEntry> exceptionTable;
    private final int maxStackDepth;
    private final int[] cellToLocal;

    public CodeObject(int[] instructions, List<Object> consts, List<String> names, List<String> varnames,
            List<String> cellvars, List<String> freevars, int argcount, int posonlyargcount, int kwonlyargcount,
            int flags, String name, String qualname, String filename, int firstlineno, int[] lineStarts,
            List<ExceptionEntry> exceptionTable, int maxStackDepth) {
        this.instructions = instructions.clone();
        this.consts = List.copyOf(consts);
        this.names = List.copyOf(names);
        this.varnames = List.copyOf(varnames);
        this.cellvars = List.copyOf(cellvars);
        this.freevars = List.copyOf(freevars);
        this.argcount = argcount;
        this.posonlyargcount = posonlyargcount;
        this.kwonlyargcount = kwonlyargcount;
        this.flags = flags;
        this.name = name;
        this.qualname = qualname;
        this.filename = filename;
        this.firstlineno = firstlineno;
        this.lineStarts = lineStarts.clone();
        this.exceptionTable = List.copyOf(exceptionTable);
        this.maxStackDepth = maxStackDepth;
        this.cellToLocal = new int[cellvars.size()];
        for (int i = 0; i < cellToLocal.length; i++) {
            cellToLocal[i] = varnames.indexOf(cellvars.get(i));
        }
    }

    /** The packed instructions. Shared for speed: callers must not modify the array. */
    public int[] instructions() {
        return instructions;
    }

    public int length() {
        return instructions.length;
    }

    public Opcode opcode(int index) {
        return Opcode.of(instructions[index]);
    }

    public int arg(int index) {
        return Opcode.arg(instructions[index]);
    }

    /** The constants: see {@link Constants} for their Java types. */
    public List<Object> consts() {
        return consts;
    }

    /** Names used by global, attribute, import and name (module/class body) instructions. */
    public List<String> names() {
        return names;
    }

    public List<String> varnames() {
        return varnames;
    }

    public List<String> cellvars() {
        return cellvars;
    }

    public List<String> freevars() {
        return freevars;
    }

    /** The name of cell slot {@code i} (cellvars, then freevars). */
    public String cellName(int i) {
        return i < cellvars.size() ? cellvars.get(i) : freevars.get(i - cellvars.size());
    }

    /** For cell {@code i}: the index in varnames of the parameter it captures, or -1. */
    public int cellToLocal(int i) {
        return cellToLocal[i];
    }

    /** The number of positional parameters (positional-only included). */
    public int argcount() {
        return argcount;
    }

    public int posonlyargcount() {
        return posonlyargcount;
    }

    public int kwonlyargcount() {
        return kwonlyargcount;
    }

    public int flags() {
        return flags;
    }

    public boolean isGenerator() {
        return (flags & CO_GENERATOR) != 0;
    }

    public String name() {
        return name;
    }

    public String qualname() {
        return qualname;
    }

    public String filename() {
        return filename;
    }

    public int firstlineno() {
        return firstlineno;
    }

    /** The run-length line table, see the class comment. */
    public int[] lineStarts() {
        return lineStarts.clone();
    }

    /** The source line of instruction {@code index}. */
    public int lineOf(int index) {
        int lo = 0, hi = lineStarts.length / 2 - 1, found = 0;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (lineStarts[2 * mid] <= index) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return lineStarts.length == 0 ? firstlineno : lineStarts[2 * found + 1];
    }

    public List<ExceptionEntry> exceptionTable() {
        return exceptionTable;
    }

    /** The handler for an exception raised at instruction {@code index}, or null. */
    public ExceptionEntry handlerFor(int index) {
        for (ExceptionEntry e : exceptionTable) {
            if (e.start() <= index && index < e.end()) return e;
            if (e.start() > index) break;
        }
        return null;
    }

    public int maxStackDepth() {
        return maxStackDepth;
    }

    /** The code objects among the constants, in constant order. */
    public List<CodeObject> nestedCode() {
        return consts.stream().filter(c -> c instanceof CodeObject).map(c -> (CodeObject) c).toList();
    }

    /**
     * A stable identifier for listings in place of CPython's memory address: derived from the
     * file, qualified name and first line, so a listing is the same on every run.
     */
    public String hexId() {
        long h = 1125899906842597L;
        for (char ch : (filename + "\0" + qualname + "\0" + firstlineno).toCharArray()) h = 31 * h + ch;
        return String.format("0x7f%010x", h & 0xFFFFFFFFFFL);
    }

    /** {@code <code object NAME at 0x…, file "FILE", line N>}, as CPython's repr. */
    @Override
    public String toString() {
        return "<code object " + name + " at " + hexId() + ", file \"" + filename + "\", line " + firstlineno + ">";
    }

    @Override
    public boolean equals(Object o) {
        return this == o;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}
