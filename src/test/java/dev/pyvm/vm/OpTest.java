package dev.pyvm.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pyvm.bytecode.Opcode;
import java.lang.reflect.Field;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class OpTest {
    @Test
    @DisplayName("the interpreter's opcode constants are the Opcode enum's ordinals, one for one")
    void constantsMatchTheEnum() throws ReflectiveOperationException {
        Field[] fields = Op.class.getDeclaredFields();
        assertEquals(Opcode.values().length, fields.length);
        for (Opcode op : Opcode.values()) {
            assertEquals(op.ordinal(), Op.class.getDeclaredField(op.name()).getInt(null), op.name());
        }
    }
}
