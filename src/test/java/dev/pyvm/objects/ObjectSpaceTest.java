package dev.pyvm.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pyvm.memory.HeapConfig;
import java.math.BigInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ObjectSpaceTest {

    private final ObjectSpace space = new ObjectSpace(HeapConfig.defaults().withDebug(true));

    @AfterEach
    void nothingLeaks() {
        space.heap.clearFreeLists();
        assertEquals(0, space.liveMortalBlocks(), "blocks leaked");
        space.heap.checkInvariants();
    }

    private String reprAndDrop(int h) {
        try {
            return space.repr(h);
        } finally {
            space.heap.decref(h);
        }
    }

    private int op(int a, int b, int op) {
        try {
            return space.binaryOp(a, b, op);
        } finally {
            space.heap.decref(a);
            space.heap.decref(b);
        }
    }

    private String message(PyException e) {
        try {
            return space.typeName(space.typeOf(e.exception())) + ": " + space.str(e.exception());
        } finally {
            space.heap.decref(e.exception());
        }
    }

    @Test
    @DisplayName("types are heap objects: type(type) is type, bool's MRO is (bool, int, object)")
    void typeObjects() {
        int type = space.typeSlots.type();
        assertEquals(type, space.typeOf(type));
        assertEquals(type, space.typeOf(space.intSlots.type()));
        assertTrue(space.isSubtype(space.boolSlots.type(), space.intSlots.type()));
        assertFalse(space.isSubtype(space.intSlots.type(), space.boolSlots.type()));
        assertEquals("(<class 'bool'>, <class 'int'>, <class 'object'>)",
                space.repr(space.heap.getInt(space.boolSlots.type(), ObjectSpace.TYPE_MRO)));
        assertTrue(space.isSubtype(space.exceptions.zeroDivisionError, space.exceptions.exception));
        assertEquals("<class 'ZeroDivisionError'>", space.repr(space.exceptions.zeroDivisionError));
    }

    @Test
    @DisplayName("small ints -5..256 are shared immortal objects; others are fresh")
    void smallInts() {
        int a = space.newInt(256), b = space.newInt(256);
        assertEquals(a, b);
        assertTrue(space.heap.isImmortal(a));
        int c = space.newInt(257), d = space.newInt(257);
        assertNotEquals(c, d);
        for (int h : new int[] {a, b, c, d}) space.heap.decref(h);
    }

    @Test
    @DisplayName("int arithmetic overflows into big ints and back, with Python's floor semantics")
    void intArithmetic() {
        assertEquals("9223372036854775808", reprAndDrop(op(space.newInt(Long.MAX_VALUE), space.newInt(1), NumberOps.ADD)));
        assertEquals("-9223372036854775808", reprAndDrop(op(space.newInt(-Long.MAX_VALUE), space.newInt(1), NumberOps.SUBTRACT)));
        int big = op(space.newInt(1L << 62), space.newInt(4), NumberOps.MULTIPLY);
        assertEquals("18446744073709551616", space.repr(big));
        assertEquals("4611686018427387904", reprAndDrop(op(big, space.newInt(4), NumberOps.FLOOR_DIVIDE)));
        assertEquals("-4", reprAndDrop(op(space.newInt(7), space.newInt(-2), NumberOps.FLOOR_DIVIDE)));
        assertEquals("-1", reprAndDrop(op(space.newInt(7), space.newInt(-2), NumberOps.REMAINDER)));
        assertEquals("3.5", reprAndDrop(op(space.newInt(7), space.newInt(2), NumberOps.TRUE_DIVIDE)));
        assertEquals("1267650600228229401496703205376", reprAndDrop(op(space.newInt(2), space.newInt(100), NumberOps.POWER)));
        assertEquals("0.125", reprAndDrop(op(space.newInt(2), space.newInt(-3), NumberOps.POWER)));
        assertEquals("36893488147419103232", reprAndDrop(op(space.newInt(1), space.newInt(65), NumberOps.LSHIFT)));
        assertEquals("True", reprAndDrop(op(space.newBool(true), space.newBool(true), NumberOps.AND)));
        assertEquals("2", reprAndDrop(op(space.newBool(true), space.newBool(true), NumberOps.ADD)));
        PyException e = assertThrows(PyException.class, () -> op(space.newInt(1), space.newInt(0), NumberOps.FLOOR_DIVIDE));
        assertEquals("ZeroDivisionError: integer division or modulo by zero", message(e));
        e = assertThrows(PyException.class, () -> op(space.newInt(1), space.newStr("a"), NumberOps.ADD));
        assertEquals("TypeError: unsupported operand type(s) for +: 'int' and 'str'", message(e));
    }

    @Test
    @DisplayName("float arithmetic, mixed with ints, follows CPython's divmod and errors")
    void floatArithmetic() {
        assertEquals("0.30000000000000004", reprAndDrop(op(space.newFloat(0.1), space.newFloat(0.2), NumberOps.ADD)));
        assertEquals("-4.0", reprAndDrop(op(space.newFloat(7.5), space.newInt(-2), NumberOps.FLOOR_DIVIDE)));
        assertEquals("-0.5", reprAndDrop(op(space.newFloat(7.5), space.newInt(-2), NumberOps.REMAINDER)));
        assertEquals("1e+16", reprAndDrop(space.newFloat(1e16)));
        PyException e = assertThrows(PyException.class, () -> op(space.newFloat(1), space.newInt(0), NumberOps.TRUE_DIVIDE));
        assertEquals("ZeroDivisionError: float division by zero", message(e));
    }

    @Test
    @DisplayName("comparisons between ints, floats and big ints are exact")
    void mixedComparisons() {
        int big = space.newInt(BigInteger.TWO.pow(53).add(BigInteger.ONE));
        int f = space.newFloat(Math.pow(2, 53));
        int r = space.richCompare(big, f, Compare.GT);
        assertEquals(space.trueObject, r);
        space.heap.decref(r);
        r = space.richCompare(f, big, Compare.EQ);
        assertEquals(space.falseObject, r);
        space.heap.decref(r);
        space.heap.decref(big);
        space.heap.decref(f);
        int one = space.newInt(1), oneF = space.newFloat(1.0);
        assertTrue(space.eq(one, oneF));
        assertEquals(space.hash(one), space.hash(oneF));
        space.heap.decref(one);
        space.heap.decref(oneF);
    }

    @Test
    @DisplayName("strings: repr quoting, concatenation, indexing, comparison")
    void strings() {
        assertEquals("\"it's\"", reprAndDrop(space.newStr("it's")));
        assertEquals("'a\\nb\\t\\x00é€😀'", reprAndDrop(space.newStr("a\nb\t\0é€😀")));
        int s = op(space.newStr("ab"), space.newStr("c€"), NumberOps.ADD);
        assertEquals("ab" + "c€", space.strSlots.toJava(s));
        assertEquals(4, space.length(s));
        int idx = space.newInt(-1);
        assertEquals("'€'", reprAndDrop(space.getItem(s, idx)));
        space.heap.decref(idx);
        space.heap.decref(s);
        assertEquals("'ababab'", reprAndDrop(op(space.newStr("ab"), space.newInt(3), NumberOps.MULTIPLY)));
        int a = space.newStr("apple"), b = space.newStr("apricot");
        int lt = space.richCompare(a, b, Compare.LT);
        assertEquals(space.trueObject, lt);
        space.heap.decref(lt);
        space.heap.decref(a);
        space.heap.decref(b);
        assertEquals(space.intern("name"), space.intern("name"));
    }

    @Test
    @DisplayName("lists and tuples: repr, recursive repr, comparison, concatenation")
    void sequences() {
        int l = space.newList(space.newInt(18), space.newInt(29), space.newInt(15));
        space.listSlots.append(l, l);
        assertEquals("[18, 29, 15, [...]]", space.repr(l));
        // break the cycle by hand: there is no collector yet
        int last = space.newInt(3);
        space.listSlots.setItem(l, last, 0);
        space.heap.decref(last);
        assertEquals("[18, 29, 15]", space.repr(l));
        int t = space.newTuple(space.newInt(1));
        assertEquals("(1,)", space.repr(t));
        int t2 = space.newTuple(space.newInt(1), space.newInt(2));
        int lt = space.richCompare(t, t2, Compare.LT);
        assertEquals(space.trueObject, lt);
        space.heap.decref(lt);
        assertEquals("(1, 1, 2)", reprAndDrop(space.binaryOp(t, t2, NumberOps.ADD)));
        assertEquals("[18, 29, 15, 18, 29, 15]", reprAndDrop(space.binaryOp(l, l, NumberOps.ADD)));
        space.heap.decref(t);
        space.heap.decref(t2);
        space.heap.decref(l);
    }

    @Test
    @DisplayName("dicts keep insertion order through growth and deletion")
    void dicts() {
        int d = space.dictSlots.newDict();
        for (int i = 0; i < 1000; i++) {
            int k = space.newInt(i * 7919L), v = space.newStr("v" + i);
            space.dictSlots.put(d, k, v);
            space.heap.decref(k);
            space.heap.decref(v);
        }
        for (int i = 0; i < 1000; i += 2) {
            int k = space.newInt(i * 7919L);
            assertTrue(space.dictSlots.remove(d, k));
            space.heap.decref(k);
        }
        assertEquals(500, space.dictSlots.size(d));
        int k = space.newInt(7919);
        assertEquals("'v1'", reprAndDrop(space.getItem(d, k)));
        space.heap.decref(k);
        int[] order = {0};
        space.dictSlots.forEach(d, (key, value) -> {
            assertEquals((2L * order[0] + 1) * 7919, space.intSlots.longValue(key));
            order[0]++;
        });
        int missing = space.newStr("nope");
        PyException e = assertThrows(PyException.class, () -> space.getItem(d, missing));
        assertEquals("KeyError: 'nope'", message(e));
        space.heap.decref(missing);
        int small = space.dictSlots.newDict();
        int key = space.newStr("a");
        space.dictSlots.put(small, key, small);
        assertEquals("{'a': {...}}", space.repr(small));
        space.dictSlots.remove(small, key);
        space.heap.decref(key);
        space.heap.decref(small);
        space.heap.decref(d);
    }

    @Test
    @DisplayName("unhashable containers raise CPython's TypeError")
    void unhashable() {
        int l = space.newList();
        int d = space.dictSlots.newDict();
        PyException e = assertThrows(PyException.class, () -> space.dictSlots.put(d, l, l));
        assertEquals("TypeError: unhashable type: 'list'", message(e));
        space.heap.decref(l);
        space.heap.decref(d);
    }
}
