package dev.pyvm.bytecode;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Constant reprs in listings against python3's {@code repr}. */
class ConstantsTest {

    /** Runs python3 with {@code script}, feeding {@code input}; missing python3 fails the test. */
    private static String python(String script, String input) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("python3", "-c", script).start();
        p.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), err);
        return out;
    }

    @Test
    @DisplayName("float repr is CPython's for random and tricky doubles")
    void floatReprMatchesPython() throws Exception {
        Random r = new Random(42);
        List<Double> values = new ArrayList<>(List.of(0.0, -0.0, 1.0, 0.1, 0.2 + 0.1, 1e16, 1e15, 123456789012345678.0,
                1e-4, 1e-5, 0.00012345, 1.5e300, 5e-324, Double.MAX_VALUE, Double.MIN_NORMAL, 2.0 / 3, 1e22, 1e23,
                Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN, 9007199254740993.0, 100.0, 2.5e-7));
        for (int i = 0; i < 2000; i++) values.add(Double.longBitsToDouble(r.nextLong()));
        for (int i = 0; i < 500; i++) values.add(r.nextDouble() * Math.pow(10, r.nextInt(40) - 20));
        StringBuilder in = new StringBuilder();
        StringBuilder expected = new StringBuilder();
        for (double d : values) {
            in.append(Long.toHexString(Double.doubleToRawLongBits(d))).append('\n');
            expected.append(Constants.floatRepr(d)).append('\n');
        }
        String out = python("import sys, struct\n"
                + "for line in sys.stdin:\n"
                + "    print(repr(struct.unpack('>d', int(line, 16).to_bytes(8, 'big'))[0]))\n", in.toString());
        assertEquals(out, expected.toString());
    }

    @Test
    @DisplayName("str, bytes and tuple reprs are CPython's")
    void otherReprsMatchPython() throws Exception {
        List<Object> values = List.of("plain", "it's", "say \"hi\"", "both ' and \"", "tab\tnl\ncr\r\\", "\u0000\u007f\u0080",
                "é ñ \u2603 \u00a0 \u200b \ud83d\ude00 \ud800", "", new Constants.Bytes(new byte[] {0, 'a', '\'', (byte) 0xff}),
                new ConstTuple(List.of(1L, "a", Constants.Singleton.NONE)), new ConstTuple(List.of(2.5)),
                ConstTuple.EMPTY, Constants.Singleton.ELLIPSIS, Boolean.TRUE,
                new java.math.BigInteger("123456789012345678901234567890"));
        StringBuilder expected = new StringBuilder();
        StringBuilder in = new StringBuilder();
        for (Object v : values) {
            String repr = Constants.repr(v);
            expected.append(repr).append('\n');
            in.append(repr.codePoints().mapToObj(c -> String.format("%06x", c)).reduce("", String::concat)).append('\n');
        }
        // python3 evaluates each repr (sent as hex code points) and prints its repr again
        String out = python("import sys\n"
                + "for line in sys.stdin:\n"
                + "    h = line.strip()\n"
                + "    src = ''.join(chr(int(h[i:i+6], 16)) for i in range(0, len(h), 6))\n"
                + "    sys.stdout.buffer.write((repr(eval(src)) + '\\n').encode('utf-8', 'surrogatepass'))\n",
                in.toString());
        assertEquals(out, expected.toString());
    }
}
