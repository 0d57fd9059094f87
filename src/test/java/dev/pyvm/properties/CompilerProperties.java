package dev.pyvm.properties;

import static dev.pyvm.properties.VmDifferentialProperties.numbered;
import static dev.pyvm.properties.VmDifferentialProperties.python3;
import static dev.pyvm.properties.VmDifferentialProperties.run;
import static dev.pyvm.properties.VmDifferentialProperties.sameOutput;
import static dev.pyvm.properties.VmDifferentialProperties.withDriver;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.pyvm.ast.Module;
import dev.pyvm.ast.PySyntaxError;
import dev.pyvm.bytecode.CodeObject;
import dev.pyvm.bytecode.Constants;
import dev.pyvm.bytecode.Disassembler;
import dev.pyvm.compiler.CodeChecks;
import dev.pyvm.compiler.Compiler;
import dev.pyvm.parse.PythonSource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;

/**
 * The compiler on generated programs: the programs of {@link ProgramGenerator#program} (every
 * statement and expression of the subset) and of {@link ProgramGenerator#constantProgram}
 * (constant expressions where the compiler folds them), compiled with constant folding and
 * without it.
 * <ul>
 *   <li>compiling a program twice gives the same listing and the same code objects;
 *   <li>the code is well formed ({@link CodeChecks}: jumps and exception-table rows land on
 *       instructions, the line table covers the code in order, the stack walk stays within
 *       maxStackDepth) and its lines are lines of the source;
 *   <li>constant folding never changes a result: a constant program prints the same compiled
 *       with folding, without, and in python3; a statement program the same with and without;
 *   <li>the maximum stack depth is never exceeded at run time: the programs run in debug mode,
 *       where the VM raises SystemError when a frame's value stack goes past it.
 * </ul>
 */
class CompilerProperties {

    /** One program of statements and one of constant expressions, with the driver that runs them. */
    static String source(long seed) {
        return withDriver(List.of(new ProgramGenerator(seed).program("prog_0", 6, 2),
                new ProgramGenerator(~seed).constantProgram("prog_1", 8)));
    }

    /** Parsed once for the several compilations of a try (parsing costs more than compiling). */
    private static Module parse(String source) {
        try {
            return PythonSource.parse(source, "test.py");
        } catch (PySyntaxError e) {
            return fail("the generator made a program that does not parse (a generator bug):\n" + e.format() + "\n"
                    + numbered(source));
        }
    }

    private static CodeObject compile(Module module, String source, boolean fold) {
        return Compiler.compile(module, "test.py", source, fold);
    }

    // --- the properties ------------------------------------------------------------------------

    @Property
    @Label("compiling a program twice gives the same listing and the same code objects, with folding and without")
    void compilingIsDeterministic(@ForAll long seed) {
        String source = source(seed);
        Module module = parse(source);
        for (boolean fold : new boolean[] {true, false}) {
            CodeObject first = compile(module, source, fold), second = compile(module, source, fold);
            assertEquals(Disassembler.disassembleRecursive(first), Disassembler.disassembleRecursive(second),
                    "listing, fold " + fold + ":\n" + numbered(source));
            assertEquals(dump(first), dump(second), "code objects, fold " + fold + ":\n" + numbered(source));
        }
    }

    @Property
    @Label("jumps, exception-table rows and line-table runs land on instructions; lines are the source's; the stack walk stays within maxStackDepth")
    void codeIsWellFormed(@ForAll long seed) {
        String source = source(seed);
        Module module = parse(source);
        int sourceLines = source.split("\n", -1).length;
        for (boolean fold : new boolean[] {true, false}) {
            CodeObject code = compile(module, source, fold);
            List<String> problems = new ArrayList<>(CodeChecks.check(code));
            lineProblems(code, sourceLines, problems);
            assertEquals(List.of(), problems, "fold " + fold + ":\n" + numbered(source));
        }
    }

    @Property
    @Label("constant folding never changes a result: constant programs print the same folded, unfolded and in python3")
    void foldingChangesNoResult(@ForAll long seed) {
        sameFoldedUnfoldedAndPython3(withDriver(List.of(new ProgramGenerator(seed).constantProgram("prog_0", 12))));
    }

    @Property
    @Label("in debug mode generated programs run within their maximum stack depth, and print the same folded and unfolded")
    void maxStackDepthIsNeverExceeded(@ForAll long seed) {
        String source = withDriver(List.of(new ProgramGenerator(seed).program("prog_0", 6, 3)));
        Module module = parse(source);
        String folded = run(source, compile(module, source, true));
        String unfolded = run(source, compile(module, source, false));
        for (String out : List.of(folded, unfolded)) {
            // the generated programs never raise SystemError: one is the stack check or an internal error
            if (out.contains("SystemError")) fail("SystemError running:\n" + numbered(source) + "\n" + out);
        }
        sameOutput("pyvm with folding", folded, "pyvm without folding", unfolded, source);
    }

    static void sameFoldedUnfoldedAndPython3(String source) {
        Module module = parse(source);
        String folded = run(source, compile(module, source, true));
        String unfolded = run(source, compile(module, source, false));
        sameOutput("pyvm with folding", folded, "pyvm without folding", unfolded, source);
        sameOutput("python3", python3(source), "pyvm", folded, source);
    }

    // --- checks --------------------------------------------------------------------------------

    /** Every line of the line tables of code and its nested code is a line of the source. */
    private static void lineProblems(CodeObject code, int sourceLines, List<String> out) {
        int[] lines = code.lineStarts();
        for (int k = 1; k < lines.length; k += 2) {
            if (lines[k] < 1 || lines[k] > sourceLines) {
                out.add(code.qualname() + ": line " + lines[k] + " outside the source's 1.." + sourceLines);
            }
        }
        for (CodeObject nested : code.nestedCode()) lineProblems(nested, sourceLines, out);
    }

    /** Every field of a code object and of its nested ones, constants with their Java types. */
    static String dump(CodeObject code) {
        StringBuilder sb = new StringBuilder();
        sb.append(code.qualname()).append(" (").append(code.name()).append(", ").append(code.filename()).append(':')
                .append(code.firstlineno()).append(")\n");
        sb.append("  instructions ").append(Arrays.toString(code.instructions())).append('\n');
        sb.append("  args ").append(code.argcount()).append('/').append(code.posonlyargcount()).append('/')
                .append(code.kwonlyargcount()).append(" flags ").append(code.flags()).append(" maxStackDepth ")
                .append(code.maxStackDepth()).append('\n');
        sb.append("  names ").append(code.names()).append(" varnames ").append(code.varnames()).append(" cellvars ")
                .append(code.cellvars()).append(" freevars ").append(code.freevars()).append('\n');
        sb.append("  lines ").append(Arrays.toString(code.lineStarts())).append(" exceptions ")
                .append(code.exceptionTable()).append('\n');
        sb.append("  consts");
        for (Object c : code.consts()) {
            sb.append(' ').append(c instanceof CodeObject co ? "<code " + co.qualname() + ">"
                    : c.getClass().getSimpleName() + ":" + Constants.repr(c));
        }
        sb.append('\n');
        for (CodeObject nested : code.nestedCode()) sb.append(dump(nested));
        return sb.toString();
    }

    // --- regressions found by the properties ---------------------------------------------------

    @Example
    @Label("a repetition count beyond a Py_ssize_t is not folded, even for an empty sequence (was folded to '' and ())")
    void repeatCountBeyondSsizeIsNotFolded() {
        // found comparing folded and unfolded runs of a constant program: ((1 * 'a') * (-2**64)) was ''
        // folded, OverflowError unfolded and in python3
        sameFoldedUnfoldedAndPython3(withDriver(List.of("""
                def prog_0():
                    for f in [lambda: '' * 1267650600228229401496703205376, lambda: () * 18446744073709551616,
                              lambda: 'a' * -(2**64), lambda: (1,) * -9223372036854775809,
                              lambda: -9223372036854775808 * 'ab', lambda: () * 9223372036854775807]:
                        try:
                            print(repr(f()))
                        except OverflowError as e:
                            print('!', e)
                """)));
    }

    @Example
    @Label("-2**63 fits a Py_ssize_t: counts, indexes and widths take it (was OverflowError)")
    void minimumSsize() {
        // found comparing folded and unfolded runs of a constant program: (-9223372036854775808 * ())
        // was () folded, OverflowError unfolded
        sameFoldedUnfoldedAndPython3(withDriver(List.of("""
                def prog_0():
                    m = -2**63
                    for f in [lambda: m * (), lambda: 'ab' * m, lambda: [1] * m, lambda: 'ab'[m], lambda: (1,)[m],
                              lambda: [1].pop(m), lambda: '%*d|' % (m, 1), lambda: 'ab'.zfill(m),
                              lambda: 'a b'.split(None, m), lambda: 'aaa'.replace('a', 'b', m),
                              lambda: 'a\\tb'.expandtabs(m), lambda: 'a\\nb'.splitlines(2**40),
                              lambda: 'a\\tb'.expandtabs(True)]:
                        try:
                            print(repr(f()))
                        except (IndexError, OverflowError) as e:
                            print('!', type(e).__name__, e)
                    l = [1, 2]
                    l *= m
                    l.insert(m, 5)
                    print(l)
                """)));
    }
}
