package dev.pyvm.bytecode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The instruction set table and the packed encoding. */
class OpcodeTest {

    @Property
    @Label("encode then decode gives back the opcode and the argument")
    void encodingRoundTrips(@ForAll Opcode op, @ForAll @IntRange(min = 0, max = Opcode.MAX_ARG) int arg) {
        int word = Opcode.encode(op, arg);
        assertEquals(op, Opcode.of(word));
        assertEquals(arg, Opcode.arg(word));
    }

    @Test
    @DisplayName("the opcodes fit the 8-bit field and each has one line of documentation")
    void tableIsComplete() {
        assertTrue(Opcode.values().length <= 256);
        for (Opcode op : Opcode.values()) {
            assertFalse(op.doc().isBlank(), op.name());
            assertFalse(op.doc().contains("\n"), op.name());
        }
    }

    @Test
    @DisplayName("stack effects agree with CPython's for the opcodes whose meaning is the same")
    void stackEffectsMatchCPython() {
        // CPython 3.11 dis.stack_effect(opcode, arg, jump=...) for shared opcodes; pyvm's CALL is
        // CPython's PRECALL (-arg) and CALL (-1) in one instruction
        assertEquals(1, Opcode.LOAD_CONST.stackEffect(0, false));
        assertEquals(-1, Opcode.BINARY_OP.stackEffect(0, false));
        assertEquals(-3, Opcode.STORE_SUBSCR.stackEffect(0, false));
        assertEquals(-2, Opcode.BUILD_TUPLE.stackEffect(3, false));
        assertEquals(-5, Opcode.BUILD_MAP.stackEffect(3, false));
        assertEquals(2, Opcode.UNPACK_SEQUENCE.stackEffect(3, false));
        assertEquals(2, Opcode.UNPACK_EX.stackEffect(1 | 1 << 8, false));
        assertEquals(-3, Opcode.CALL.stackEffect(2, false));
        assertEquals(-3, Opcode.CALL_FUNCTION_EX.stackEffect(1, false));
        assertEquals(-2, Opcode.MAKE_FUNCTION.stackEffect(0x09, false));
        assertEquals(1, Opcode.FOR_ITER.stackEffect(0, false));
        assertEquals(-1, Opcode.FOR_ITER.stackEffect(0, true));
        assertEquals(0, Opcode.JUMP_IF_TRUE_OR_POP.stackEffect(0, true));
        assertEquals(-1, Opcode.JUMP_IF_TRUE_OR_POP.stackEffect(0, false));
        assertEquals(-1, Opcode.FORMAT_VALUE.stackEffect(4, false));
        assertEquals(-2, Opcode.RAISE_VARARGS.stackEffect(2, false));
        assertEquals(1, Opcode.BEFORE_WITH.stackEffect(0, false));
        assertEquals(1, Opcode.PUSH_EXC_INFO.stackEffect(0, false));
        assertEquals(List.of("<", "<=", "==", "!=", ">", ">="), Opcode.COMPARE_OPS);
    }

    @Test
    @DisplayName("a hand-built code object is listed in CPython's dis layout")
    void disassemblesHandBuiltCode() {
        int[] code = {
            Opcode.encode(Opcode.LOAD_CONST, 0),
            Opcode.encode(Opcode.POP_JUMP_IF_FALSE, 4),
            Opcode.encode(Opcode.LOAD_NAME, 0),
            Opcode.encode(Opcode.RETURN_VALUE, 0),
            Opcode.encode(Opcode.PUSH_EXC_INFO, 0),
            Opcode.encode(Opcode.BINARY_OP, 13),
            Opcode.encode(Opcode.RERAISE, 0),
        };
        CodeObject co = new CodeObject(code, List.of(2.5), List.of("x"), List.of(), List.of(), List.of(), 0, 0, 0, 0,
                "<module>", "<module>", "t.py", 1, new int[] {0, 1, 2, 3}, 
                List.of(new CodeObject.ExceptionEntry(2, 4, 4, 0, true)), 2);
        assertEquals("""
                  1           0 LOAD_CONST               0 (2.5)
                              1 POP_JUMP_IF_FALSE        4 (to 4)

                  3           2 LOAD_NAME                0 (x)
                              3 RETURN_VALUE
                        >>    4 PUSH_EXC_INFO
                              5 BINARY_OP               13 (+=)
                              6 RERAISE                  0
                ExceptionTable:
                  2 to 3 -> 4 [0] lasti
                """, Disassembler.disassemble(co));
        assertEquals(3, co.lineOf(6));
        assertEquals(1, co.lineOf(1));
        assertEquals(4, co.handlerFor(3).target());
        assertEquals(null, co.handlerFor(4));
    }
}
