package dev.pyvm.vm;

import static dev.pyvm.bytecode.Opcode.BINARY_OP;
import static dev.pyvm.bytecode.Opcode.BUILD_TUPLE;
import static dev.pyvm.bytecode.Opcode.LOAD_CONST;
import static dev.pyvm.bytecode.Opcode.RETURN_VALUE;
import static dev.pyvm.bytecode.Opcode.encode;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pyvm.builtins.BuiltinsIO;
import dev.pyvm.builtins.BuiltinsModule;
import dev.pyvm.bytecode.BinaryOps;
import dev.pyvm.bytecode.CodeObject;
import dev.pyvm.compiler.Compiler;
import dev.pyvm.memory.HeapConfig;
import dev.pyvm.objects.ObjectSpace;
import dev.pyvm.objects.PyException;
import java.io.BufferedReader;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The debug-mode check that a frame's value stack never goes deeper than its code's
 * maxStackDepth, on hand-built code objects whose maxStackDepth is too small.
 */
class StackCheckTest {

    /** Module code from instructions, with maxStackDepth {@code maxStack}. */
    private static CodeObject module(int maxStack, List<Object> consts, int... instructions) {
        return new CodeObject(instructions, consts, List.of(), List.of(), List.of(), List.of(), 0, 0, 0, 0,
                "<module>", "<module>", "test.py", 1, new int[] {0, 1}, List.of(), maxStack);
    }

    /** Runs code in a fresh interpreter; returns repr of its result or "Type: message" of its exception. */
    private static String run(CodeObject co, boolean debug) {
        ObjectSpace space = new ObjectSpace(HeapConfig.defaults().withDebug(debug));
        ModuleLoader loader = new ModuleLoader(space, Compiler::compileSource, Path.of("."));
        Interpreter interp = new Interpreter(space, loader);
        int builtins = BuiltinsModule.create(space, BuiltinsIO.of(System.out, new BufferedReader(new StringReader(""))));
        interp.setBuiltins(builtins);
        int main = space.moduleSlots.newModule("__main__");
        int code = space.codeSlots.fromCode(co);
        String result;
        try {
            int r = interp.runCode(code, space.moduleSlots.dict(main));
            result = space.repr(r);
            space.heap.decref(r);
        } catch (PyException e) {
            int exc = e.exception();
            int context = space.exceptions.context(exc);
            result = space.typeOf(exc) == space.exceptions.systemError
                    ? "SystemError: " + space.str(exc) + (context == 0 ? "" : " (context: " + space.repr(context) + ")")
                    : "not a SystemError: " + space.repr(exc);
            space.heap.decref(exc);
        }
        space.heap.decref(code);
        space.heap.decref(main);
        space.heap.decref(builtins);
        loader.release();
        interp.release();
        space.release();
        space.gc.collectWithCallback(2);
        space.heap.clearFreeLists();
        assertEquals(0, space.liveMortalBlocks(), "blocks leaked");
        space.heap.checkInvariants();
        return result;
    }

    private static final int[] TWO_DEEP = {encode(LOAD_CONST, 0), encode(LOAD_CONST, 0), encode(BUILD_TUPLE, 2),
        encode(RETURN_VALUE, 0)};

    @Test
    @DisplayName("debug mode: a frame that pushes past maxStackDepth raises SystemError naming its code and the depth")
    void overflowRaises() {
        CodeObject co = module(1, List.of(7L), TWO_DEEP);
        assertEquals("SystemError: value stack overflow in " + co + ": depth 2, maximum stack depth 1", run(co, true));
    }

    @Test
    @DisplayName("debug mode: code within its maxStackDepth runs")
    void withinDepthRuns() {
        assertEquals("(7, 7)", run(module(2, List.of(7L), TWO_DEEP), true));
    }

    @Test
    @DisplayName("debug mode: a frame left by an exception after an overflow raises SystemError, the exception its context")
    void overflowThenException() {
        // 1 | 1 | 'a' -> 1 | TypeError: three deep with maxStackDepth 1
        CodeObject co = module(1, List.of(1L, "a"), encode(LOAD_CONST, 0), encode(LOAD_CONST, 0), encode(LOAD_CONST, 1),
                encode(BINARY_OP, BinaryOps.NB_ADD), encode(RETURN_VALUE, 0));
        assertEquals("SystemError: value stack overflow in " + co + ": depth 3, maximum stack depth 1 (context: "
                + "TypeError(\"unsupported operand type(s) for +: 'int' and 'str'\"))", run(co, true));
    }

    @Test
    @DisplayName("debug mode: an overflow past the whole guard is reported as a lower bound")
    void overflowPastGuard() {
        int n = 1 + Frame.GUARD_WORDS;
        int[] code = new int[n + 2];
        for (int i = 0; i < n; i++) code[i] = encode(LOAD_CONST, 0);
        code[n] = encode(BUILD_TUPLE, n);
        code[n + 1] = encode(RETURN_VALUE, 0);
        // 17 values: the one slot and every word of the guard
        CodeObject co = module(1, List.of(7L), code);
        assertEquals("SystemError: value stack overflow in " + co + ": depth at least 17, maximum stack depth 1",
                run(co, true));
    }

    @Test
    @DisplayName("without debug mode nothing is checked (here the push lands in the slack of the frame's block)")
    void offWithoutDebug() {
        assertEquals("(7, 7)", run(module(1, List.of(7L), TWO_DEEP), false));
    }
}
