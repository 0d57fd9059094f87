package dev.pyvm.vm;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * HotSpot does not compile a method of more than 8,000 bytes of bytecode (HugeMethodLimit): the
 * interpreter loop would then run interpreted, many times slower. This reads the class files of
 * the VM's hot classes and checks every method's code length, and the shape of the interpreter
 * loop that on-stack replacement needs (see the comment above Interpreter.run).
 */
class MethodSizeTest {
    /** HotSpot's HugeMethodLimit. */
    private static final int HUGE_METHOD_LIMIT = 8000;

    @Test
    void interpreterMethodsStayCompilable() throws IOException {
        Map<String, Integer> sizes = codeLengths(Interpreter.class);
        assertTrue(sizes.containsKey("run"), "no run method found in " + sizes.keySet());
        sizes.forEach((method, length) -> assertTrue(length < HUGE_METHOD_LIMIT,
                "Interpreter." + method + " has " + length + " bytes of bytecode, HotSpot compiles none above "
                        + HUGE_METHOD_LIMIT));
    }

    @Test
    void interpreterLoopHasTwoLoopHeadsAndNoConditionalBranchBack() throws IOException {
        byte[] code = codes(Interpreter.class).get("run");
        java.util.Set<Integer> loopHeads = new java.util.TreeSet<>();
        java.util.List<String> conditionalBack = new java.util.ArrayList<>();
        for (int pc = 0; pc < code.length; pc += length(code, pc)) {
            int op = code[pc] & 0xFF;
            int target = switch (op) {
                case 0xc8 -> pc + readInt(code, pc + 1);                          // goto_w
                case 0xa7 -> pc + (short) ((code[pc + 1] << 8) | (code[pc + 2] & 0xFF)); // goto
                default -> isConditional(op) ? pc + (short) ((code[pc + 1] << 8) | (code[pc + 2] & 0xFF)) : pc;
            };
            if (target < pc) {
                loopHeads.add(target);
                if (isConditional(op)) conditionalBack.add("at " + pc + " to " + target);
            }
        }
        assertTrue(conditionalBack.isEmpty(), "run has conditional branches back to a loop head (an 'unreached'"
                + " trap in an OSR compilation when never profiled): " + conditionalBack);
        assertTrue(loopHeads.size() <= 2, "run has loops besides the frames and dispatch loops (each one more"
                + " entry for on-stack replacement): heads at " + loopHeads);
    }

    private static boolean isConditional(int op) {
        return (op >= 0x99 && op <= 0xa6) || op == 0xc6 || op == 0xc7;
    }

    /** The length of the instruction at pc (JVMS §6.5). */
    private static int length(byte[] code, int pc) {
        int op = code[pc] & 0xFF;
        if (op == 0xaa || op == 0xab) { // tableswitch, lookupswitch: padded to 4, then their tables
            int p = (pc + 4) & ~3;
            if (op == 0xaa) return p + 12 + 4 * (readInt(code, p + 8) - readInt(code, p + 4) + 1) - pc;
            return p + 8 + 8 * readInt(code, p + 4) - pc;
        }
        if (op == 0xc4) return (code[pc + 1] & 0xFF) == 0x84 ? 6 : 4; // wide
        if (op == 0x10 || op == 0x12 || (op >= 0x15 && op <= 0x19) || (op >= 0x36 && op <= 0x3a) || op == 0xa9
                || op == 0xbc) return 2;
        if (op == 0xb9 || op == 0xba || op == 0xc8 || op == 0xc9) return 5;
        if (op == 0xc5) return 4;
        if (op == 0x11 || op == 0x13 || op == 0x14 || op == 0x84 || (op >= 0x99 && op <= 0xa8) || (op >= 0xb2 && op <= 0xb8)
                || op == 0xbb || op == 0xbd || op == 0xc0 || op == 0xc1 || op == 0xc6 || op == 0xc7) return 3;
        return 1;
    }

    private static int readInt(byte[] b, int i) {
        return (b[i] & 0xFF) << 24 | (b[i + 1] & 0xFF) << 16 | (b[i + 2] & 0xFF) << 8 | (b[i + 3] & 0xFF);
    }

    /** The largest code length of each method name of a class, read from its class file (JVMS §4). */
    static Map<String, Integer> codeLengths(Class<?> c) throws IOException {
        Map<String, Integer> sizes = new HashMap<>();
        codes(c).forEach((name, code) -> sizes.put(name, code.length));
        return sizes;
    }

    /** The longest code of each method name of a class, read from its class file (JVMS §4). */
    static Map<String, byte[]> codes(Class<?> c) throws IOException {
        try (InputStream raw = c.getResourceAsStream(c.getSimpleName() + ".class");
                DataInputStream in = new DataInputStream(raw)) {
            if (in.readInt() != 0xCAFEBABE) throw new IOException("not a class file");
            in.readUnsignedShort();
            in.readUnsignedShort();
            int count = in.readUnsignedShort();
            String[] utf8 = new String[count];
            for (int i = 1; i < count; i++) {
                int tag = in.readUnsignedByte();
                switch (tag) {
                    case 1 -> utf8[i] = in.readUTF();
                    case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipNBytes(4);
                    case 5, 6 -> {
                        in.skipNBytes(8);
                        i++; // a long or double takes two entries
                    }
                    case 7, 8, 16, 19, 20 -> in.skipNBytes(2);
                    case 15 -> in.skipNBytes(3);
                    default -> throw new IOException("constant pool tag " + tag);
                }
            }
            in.skipNBytes(6); // access flags, this class, super class
            in.skipNBytes(2L * in.readUnsignedShort()); // interfaces
            skipMembers(in); // fields
            Map<String, byte[]> codes = new HashMap<>();
            int methods = in.readUnsignedShort();
            for (int m = 0; m < methods; m++) {
                in.skipNBytes(2);
                String name = utf8[in.readUnsignedShort()];
                in.skipNBytes(2);
                int attributes = in.readUnsignedShort();
                for (int a = 0; a < attributes; a++) {
                    String attribute = utf8[in.readUnsignedShort()];
                    int length = in.readInt();
                    if (attribute.equals("Code")) {
                        in.skipNBytes(4); // max_stack, max_locals
                        byte[] code = new byte[in.readInt()];
                        in.readFully(code);
                        in.skipNBytes(length - 8 - code.length);
                        codes.merge(name, code, (x, y) -> x.length >= y.length ? x : y);
                    } else {
                        in.skipNBytes(length);
                    }
                }
            }
            return codes;
        }
    }

    private static void skipMembers(DataInputStream in) throws IOException {
        int members = in.readUnsignedShort();
        for (int i = 0; i < members; i++) {
            in.skipNBytes(6);
            int attributes = in.readUnsignedShort();
            for (int a = 0; a < attributes; a++) {
                in.skipNBytes(2);
                in.skipNBytes(in.readInt());
            }
        }
    }
}
