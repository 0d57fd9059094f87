package dev.pyvm.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pyvm.memory.HeapConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** {@code str % dict}: the mapping keys of printf-style formatting (outcomes as python3 3.11 prints them). */
class PercentMappingTest {
    private final ObjectSpace space = new ObjectSpace(HeapConfig.defaults().withDebug(true));
    private final TextTesting t = new TextTesting(space);

    @AfterEach
    void nothingLeaks() {
        space.heap.clearFreeLists();
        assertEquals(0, space.liveMortalBlocks(), "blocks leaked");
        space.heap.checkInvariants();
    }

    private String percent(String format) {
        int d = space.dictSlots.newDict();
        int x = space.newStr("x"), ten = space.newInt(10), ab = space.newStr("a(b)"), s = space.newStr("str");
        space.dictSlots.put(d, x, ten);
        space.dictSlots.put(d, ab, s);
        for (int h : new int[] {x, ten, ab, s}) space.heap.decref(h);
        int f = space.newStr(format);
        try {
            return t.outcome(() -> space.binaryOp(f, d, NumberOps.REMAINDER));
        } finally {
            space.heap.decref(f);
            space.heap.decref(d);
        }
    }

    @Test
    @DisplayName("%(key)s looks keys up, parentheses nest, and a mapping consumes no positional arguments")
    void mappingKeys() {
        assertEquals("'10 a 000a'", percent("%(x)d %(x)x %(x)04x"));
        assertEquals("'str'", percent("%(a(b))s"));
        assertEquals("\"{'x': 10, 'a(b)': 'str'} 10\"", percent("%s %(x)s"));
        assertEquals("TypeError: not enough arguments for format string", percent("%(x)s %s"));
        assertEquals("KeyError: 'y'", percent("%(y)s"));
        assertEquals("ValueError: incomplete format key", percent("%(x"));
        assertEquals("ValueError: incomplete format", percent("%(x)"));
        assertEquals("'no conversions'", percent("no conversions"));
        assertEquals("'    10|10   |'", percent("%(x)6d|%(x)-5d|"));
    }
}
