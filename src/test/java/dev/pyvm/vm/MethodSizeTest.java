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
 * the VM's hot classes and checks every method's code length.
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

    /** The largest code length of each method name of a class, read from its class file (JVMS §4). */
    static Map<String, Integer> codeLengths(Class<?> c) throws IOException {
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
            Map<String, Integer> sizes = new HashMap<>();
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
                        int code = in.readInt();
                        in.skipNBytes(length - 8);
                        sizes.merge(name, code, Math::max);
                    } else {
                        in.skipNBytes(length);
                    }
                }
            }
            return sizes;
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
