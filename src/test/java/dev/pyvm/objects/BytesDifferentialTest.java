package dev.pyvm.objects;

import dev.pyvm.memory.HeapConfig;
import dev.pyvm.objects.TextTesting.Case;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * bytes compared with CPython 3.11 on generated cases: methods called with random receivers and
 * arguments (errors included), the codecs under every error handler on random text and random
 * bytes, int.to_bytes and int.from_bytes, and bytes % args. Each outcome (repr of the result, or
 * the exception's type and message) must be python3's.
 */
class BytesDifferentialTest {
    private final ObjectSpace space = new ObjectSpace(HeapConfig.defaults().withDebug(true));
    private final TextTesting t = new TextTesting(space);
    private final Random random = new Random(20261203);

    @AfterEach
    void nothingLeaks() {
        t.assertNothingLeaks();
    }

    @Test
    @DisplayName("a bytes block is its 5-word header and its data packed four to a word; b'' is shared")
    void layout() {
        int empty = space.bytesSlots.fromJava(new byte[0]);
        org.junit.jupiter.api.Assertions.assertTrue(space.heap.isImmortal(empty));
        space.heap.decref(empty);
        for (int n = 1; n < 600; n++) {
            byte[] data = new byte[n];
            random.nextBytes(data);
            int h = space.bytesSlots.fromJava(data);
            try {
                long expected = ((long) BytesType.DATA * dev.pyvm.memory.Heap.WORD + n + 15) / 16 * 16;
                org.junit.jupiter.api.Assertions.assertEquals(expected, space.bytesSlots.sizeof(h), "size of " + n + " bytes");
                org.junit.jupiter.api.Assertions.assertArrayEquals(data, space.bytesSlots.toJava(h));
                org.junit.jupiter.api.Assertions.assertEquals(data[n - 1] & 0xff, space.bytesSlots.byteAt(h, n - 1));
            } finally {
                space.heap.decref(h);
            }
        }
    }

    private <T> T pick(T[] options) {
        return options[random.nextInt(options.length)];
    }

    /** Random bytes over an alphabet that makes matches, whitespace, case and non-ASCII likely. */
    private byte[] randomBytes(int max) {
        String alphabet = "abAB \t\n\r,0-+\u00e9\u00ff\u0000";
        byte[] b = new byte[random.nextInt(max + 1)];
        for (int i = 0; i < b.length; i++) b[i] = (byte) alphabet.charAt(random.nextInt(alphabet.length()));
        return b;
    }

    private Object randomArg() {
        return switch (random.nextInt(9)) {
            case 0, 1, 2, 3 -> randomBytes(3);
            case 4 -> (long) random.nextInt(12) - 4;
            case 5 -> (long) pick(new Integer[] {97, 65, 32, 255, 256, -1, 0});
            case 6 -> null;
            case 7 -> pick(new String[] {"a", "", "ab", ":"});
            default -> new Object[] {randomBytes(2), randomBytes(1)};
        };
    }

    private Case method(byte[] self, String name, Object[] args) {
        return new Case(TextTesting.methodCall(self, name, args), () -> t.callMethod(self, name, args));
    }

    @Test
    @DisplayName("bytes methods match CPython for 4,000 random receivers and arguments")
    void methods() {
        String[] names = {"find", "rfind", "index", "rindex", "count", "startswith", "endswith", "split", "rsplit",
            "splitlines", "strip", "lstrip", "rstrip", "partition", "rpartition", "replace", "center", "ljust", "rjust",
            "zfill", "expandtabs", "removeprefix", "removesuffix", "join", "upper", "lower", "swapcase", "title",
            "capitalize", "isalnum", "isalpha", "isascii", "isdigit", "islower", "isspace", "istitle", "isupper", "hex",
            "translate", "decode", "__getitem__", "__contains__", "__add__", "__mod__", "__lt__", "__eq__"};
        List<Case> cases = new ArrayList<>();
        for (int i = 0; i < 4000; i++) {
            String name = pick(names);
            Object[] args = new Object[random.nextInt(4)];
            for (int k = 0; k < args.length; k++) args[k] = randomArg();
            if (name.equals("join") && args.length == 1 && random.nextBoolean()) {
                args[0] = List.of(randomBytes(2), randomBytes(2), randomBytes(1));
            }
            cases.add(method(randomBytes(8), name, args));
        }
        t.compare(cases);
    }

    private String randomText() {
        int[] points = {'a', 'Z', ' ', 0xe9, 0xff, 0x100, 0x20ac, 0x1f600, 0xd800, 0xdcff, 0xdc80, 0xdfff, 0, 0x7f, 0x80};
        StringBuilder b = new StringBuilder();
        for (int n = random.nextInt(6); n > 0; n--) b.appendCodePoint(points[random.nextInt(points.length)]);
        return b.toString();
    }

    private static final String[] CODECS = {"utf-8", "ascii", "latin-1", "utf-16", "utf-16-le", "utf-16-be", "utf-32",
        "utf-32-be", "UTF8", "iso8859-1"};
    private static final String[] HANDLERS = {"strict", "ignore", "replace", "backslashreplace", "surrogateescape",
        "surrogatepass", "xmlcharrefreplace", "namereplace"};

    @Test
    @DisplayName("str.encode and bytes.decode match CPython for every codec and handler on random input")
    void codecs() {
        List<Case> cases = new ArrayList<>();
        for (int i = 0; i < 2500; i++) {
            String codec = pick(CODECS), handler = pick(HANDLERS);
            String text = randomText();
            // the str side as a Handle: lone surrogates cannot pass through a Java String literal safely
            int[] points = text.codePoints().toArray();
            StringBuilder lit = new StringBuilder("''.join(map(chr, [");
            for (int c : points) lit.append(c).append(',');
            lit.append("]))");
            cases.add(new Case(lit + ".encode(" + TextTesting.lit(codec) + ", " + TextTesting.lit(handler) + ")", () -> {
                int s = space.newStr(text);
                try {
                    return Codecs.encode(space, s, codec, handler);
                } finally {
                    space.heap.decref(s);
                }
            }));
            byte[] raw = new byte[random.nextInt(7)];
            for (int k = 0; k < raw.length; k++) {
                raw[k] = (byte) (int) pick(new Integer[] {0x61, 0x00, 0xc3, 0xa9, 0xe2, 0x82, 0xac, 0xed, 0xa0, 0x80, 0xf0, 0x9f,
                    0xff, 0xfe, 0xd8, 0xdc, 0xf4, 0x90, 0xc0});
            }
            cases.add(new Case("ascii(" + TextTesting.lit(raw) + ".decode(" + TextTesting.lit(codec) + ", "
                    + TextTesting.lit(handler) + "))", () -> {
                int s = Codecs.decode(space, raw, codec, handler);
                try {
                    return space.newStr(PercentFormat.ascii(space.repr(s)));
                } finally {
                    space.heap.decref(s);
                }
            }));
        }
        t.compare(cases);
    }

    @Test
    @DisplayName("int.to_bytes and int.from_bytes match CPython for random ints, lengths, orders and signs")
    void intBytes() {
        List<Case> cases = new ArrayList<>();
        for (int i = 0; i < 1500; i++) {
            long v = switch (random.nextInt(3)) {
                case 0 -> random.nextInt(600) - 300;
                case 1 -> random.nextLong() >> random.nextInt(64);
                default -> pick(new Long[] {0L, 127L, 128L, 255L, 256L, -128L, -129L, 65535L, -32768L, Long.MIN_VALUE});
            };
            long length = random.nextInt(11) - 1;
            String order = pick(new String[] {"big", "little"});
            boolean signed = random.nextBoolean();
            cases.add(new Case("(" + v + ").to_bytes(" + length + ", '" + order + "', signed=" + (signed ? "True" : "False")
                    + ")", () -> t.callMethod(v, "to_bytes", new Object[] {length, order}, "signed", signed)));
            byte[] raw = randomBytes(9);
            cases.add(new Case("int.from_bytes(" + TextTesting.lit(raw) + ", '" + order + "', signed="
                    + (signed ? "True" : "False") + ")", () -> t.callMethod(0L, "from_bytes", new Object[] {raw, order},
                    "signed", signed)));
        }
        t.compare(cases);
    }

    @Test
    @DisplayName("bytes % args matches CPython for random conversions, flags and arguments")
    void percent() {
        List<Case> cases = new ArrayList<>();
        String[] types = {"d", "i", "x", "X", "o", "e", "f", "g", "s", "b", "r", "a", "c", "u", "%", "y"};
        Object[] values = {42L, -7L, 3.25, "é", new byte[] {'h', 'i'}, new byte[] {'z'}, 65L, 300L, null, true};
        for (int i = 0; i < 1500; i++) {
            StringBuilder f = new StringBuilder("%");
            if (random.nextInt(3) == 0) f.append(pick(new String[] {"-", "+", " ", "#", "0", "-0"}));
            if (random.nextBoolean()) f.append(random.nextInt(12));
            if (random.nextInt(3) == 0) f.append('.').append(random.nextInt(6));
            f.append(pick(types));
            byte[] fmt = ("<" + f + ">").getBytes(StandardCharsets.ISO_8859_1);
            Object arg = pick(values);
            cases.add(new Case(TextTesting.lit(fmt) + " % " + TextTesting.lit(new Object[] {arg}), () -> {
                int a = t.toPy(fmt), b = t.toPy(new Object[] {arg});
                try {
                    return space.binaryOp(a, b, NumberOps.REMAINDER);
                } finally {
                    space.heap.decref(a);
                    space.heap.decref(b);
                }
            }));
        }
        t.compare(cases);
    }
}
