package dev.pyvm.builtins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pyvm.memory.HeapConfig;
import dev.pyvm.objects.ObjectSpace;
import dev.pyvm.objects.TextTesting;
import dev.pyvm.objects.TextTesting.Handle;
import dev.pyvm.testing.Lines;
import dev.pyvm.testing.Python3;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The builtins module driven from Java, its print and input over in-memory streams, and its functions against python3. */
class BuiltinsModuleTest {
    private final ObjectSpace space = new ObjectSpace(HeapConfig.defaults().withDebug(true));
    private final TextTesting t = new TextTesting(space);
    private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    private final int module = BuiltinsModule.create(space, BuiltinsIO.of(
            new PrintStream(stdout, true, StandardCharsets.UTF_8), new BufferedReader(new StringReader("first line\nsecond\n"))));

    @AfterEach
    void nothingLeaks() {
        space.heap.decref(module);
        space.heap.clearFreeLists();
        assertEquals(0, space.liveMortalBlocks(), "blocks leaked");
        space.heap.checkInvariants();
    }

    private Handle builtin(String name) {
        int h = space.moduleSlots.dict(module);
        int v = space.dictSlots.get(h, name);
        assertTrue(v != 0, name + " is missing from builtins");
        return new Handle(v, name);
    }

    private String out() {
        return stdout.toString(StandardCharsets.UTF_8);
    }

    private String call(String name, Object[] args, Object... kw) {
        return t.outcome(() -> t.call(builtin(name).h(), args, kw));
    }

    @Test
    @DisplayName("print writes str of each argument with sep and end; print's errors are CPython's")
    void print() {
        assertEquals("None", call("print", new Object[] {1L, "a", 2.5, null, List.of("x")}));
        assertEquals("None", call("print", new Object[] {1L, 2L}, "sep", "-", "end", "!\n"));
        assertEquals("None", call("print", new Object[] {}));
        assertEquals("None", call("print", new Object[] {"x"}, "sep", null, "end", null, "flush", true));
        assertEquals("1 a 2.5 None ['x']\n1-2!\n\nx\n", out());
        assertEquals("TypeError: 'x' is an invalid keyword argument for print()", call("print", new Object[] {}, "x", 1L));
        assertEquals("TypeError: sep must be None or a string, not int", call("print", new Object[] {}, "sep", 1L));
        assertEquals("TypeError: end must be None or a string, not int", call("print", new Object[] {}, "end", 1L));
        assertEquals("AttributeError: 'int' object has no attribute 'write'", call("print", new Object[] {}, "file", 1L));
    }

    @Test
    @DisplayName("input writes its prompt, reads a line without its newline, and raises EOFError at the end")
    void input() {
        assertEquals("'first line'", call("input", new Object[] {"? "}));
        assertEquals("'second'", call("input", new Object[] {}));
        assertEquals("EOFError: EOF when reading a line", call("input", new Object[] {}));
        assertEquals("TypeError: input expected at most 1 argument, got 2", call("input", new Object[] {"a", "b"}));
        assertEquals("? ", out());
    }

    @Test
    @DisplayName("the module holds the types, the exceptions and the constants by name")
    void contents() {
        for (String name : new String[] {"object", "type", "int", "bool", "float", "str", "tuple", "list", "dict", "range",
                "slice", "set", "frozenset", "enumerate", "zip", "map", "filter", "reversed", "ValueError",
                "StopIteration", "BaseException", "None", "True", "False", "Ellipsis", "NotImplemented", "len"}) {
            builtin(name);
        }
        assertEquals("<built-in function len>", space.repr(builtin("len").h()));
        assertEquals("<class 'enumerate'>", space.repr(builtin("enumerate").h()));
        assertEquals("'builtins'", space.repr(space.dictSlots.get(space.moduleSlots.dict(module), "__name__")));
    }

    /** The result of a call turned into a list (for the iterators) when asked. */
    private record Case(String python, IntSupplier pyvm) {}

    private Case c(String name, Object... args) {
        return kw(name, args);
    }

    private Case kw(String name, Object[] args, Object... kw) {
        StringBuilder p = new StringBuilder(name).append('(');
        for (Object a : args) p.append(TextTesting.lit(a)).append(", ");
        for (int k = 0; k < kw.length; k += 2) p.append(kw[k]).append('=').append(TextTesting.lit(kw[k + 1])).append(", ");
        return new Case(p.append(')').toString(), () -> t.call(builtin(name).h(), args, kw));
    }

    /** {@code list(name(args))}: for the iterator-returning builtins. */
    private Case listed(String name, Object[] args, Object... kw) {
        Case inner = kw(name, args, kw);
        return new Case("list(" + inner.python() + ")", () -> {
            int r = inner.pyvm().getAsInt();
            try {
                return t.call(space.listSlots.type(), new Object[] {new Handle(r, "?")});
            } finally {
                space.heap.decref(r);
            }
        });
    }

    @Test
    @DisplayName("the built-in functions match CPython on a catalogue of calls, errors included")
    void functions() {
        Handle len = builtin("len"), str = builtin("str"), abs = builtin("abs"), pow = builtin("pow");
        int range5 = t.call(space.sequences.range.type(), new Object[] {5L});
        List<Case> cases = new ArrayList<>(List.of(
                c("len", List.of(1L, 2L)), c("len", "héllo"), c("len"), c("len", 1L, 2L), kw("len", new Object[] {}, "x", 1L),
                c("len", 5L), c("repr", "a'b"), c("repr"), c("ascii", "aé\ud83d\ude00\u1234\u007f"), c("ascii", 1L, 2L),
                c("abs", -5L), c("abs", -2.5), c("abs", "a"), c("abs"), c("abs", true), c("abs", BigInteger.TEN.pow(20).negate()),
                c("hash", 1.0), c("hash", "abc"), c("hash", List.of()), c("hash", new Object[] {1L, "a"}), c("hash"),
                c("callable", len), c("callable", 1L), c("callable", str), c("callable"),
                c("any", List.of(0L, "", 2L)), c("any", List.of()), c("all", List.of(1L, "a")), c("all", List.of(1L, 0L)),
                c("all", 1L), c("any"),
                c("hex", 255L), c("hex", -255L), c("oct", 8L), c("bin", 5L), c("bin", -5L), c("hex", "a"), c("bin", 1.0),
                c("oct"), c("hex", true), c("hex", BigInteger.TWO.pow(100)),
                c("chr", 65L), c("chr", 0x1F600L), c("chr", -1L), c("chr", 0x110000L), c("chr", "a"), c("chr", 1L, 2L),
                c("chr", BigInteger.TWO.pow(70)),
                c("ord", "A"), c("ord", "\ud83d\ude00"), c("ord", 1L), c("ord", "ab"), c("ord", ""),
                c("min", List.of(3L, 1L, 2L)), c("max", List.of(3L, 1L, 2L)), c("min", 3L, 1L, 2L), c("max", "b", "a"),
                c("min"), c("max", List.of()), c("min", 1L), kw("max", new Object[] {1L}, "key", 1L, "x", 1L),
                kw("min", new Object[] {List.of()}, "default", 1L, "key", null, "x", 3L),
                kw("max", new Object[] {List.of()}, "default", 1L, "z", 2L), kw("min", new Object[] {1L, 2L}, "default", 3L),
                kw("max", new Object[] {List.of()}, "default", "d"), kw("max", new Object[] {List.of("aa", "b", "ccc", "dd")}, "key", len),
                kw("min", new Object[] {List.of("aa", "b", "c")}, "key", len), c("max", List.of(1L, 2.5, 2L)),
                c("min", List.of(1L, "a")), c("max", 1L, 1.0), kw("min", new Object[] {List.of(-3L, 2L)}, "key", abs),
                c("sum", List.of(1L, 2L, 3L)), c("sum", List.of(0.1, 0.2, 0.3)), c("sum", List.of(1L, 2.5)), c("sum"),
                c("sum", 1L, 2L, 3L), kw("sum", new Object[] {List.of()}, "start", 1L, "x", 2L), c("sum", List.of(), ""),
                c("sum", List.of("a")), c("sum", List.of(List.of(1L)), List.of()), kw("sum", new Object[] {List.of(1L)}, "start", 10L),
                c("sum", List.of(1L), List.of()),
                c("isinstance", 1L, new Handle(space.intSlots.type(), "int")), c("isinstance", true, new Handle(space.intSlots.type(), "int")),
                c("isinstance", 1L), c("isinstance", 1L, 1L), c("isinstance", 1L, new Object[] {str, new Handle(space.intSlots.type(), "int")}),
                c("isinstance", 1L, new Object[] {new Handle(space.intSlots.type(), "int"), 1L}), c("isinstance", "a", new Object[] {}),
                c("issubclass", new Handle(space.boolSlots.type(), "bool"), new Handle(space.intSlots.type(), "int")),
                c("issubclass", 1L, new Handle(space.intSlots.type(), "int")), c("issubclass", new Handle(space.intSlots.type(), "int"), 1L),
                c("issubclass", new Handle(space.intSlots.type(), "int"), new Object[] {str, builtin("object")}),
                c("round", 2.675, 2L), c("round"), c("round", 1L, 2L, 3L), kw("round", new Object[] {}, "x", 1L),
                kw("round", new Object[] {}, "number", 2.5), kw("round", new Object[] {1.25}, "ndigits", 1L), c("round", "a"),
                c("divmod", 7L, -2L), c("divmod", 7.5, 2L), c("divmod", 1L), c("divmod", 1L, 0L), c("divmod", 1.0, 0L),
                c("divmod", "a", 1L), kw("divmod", new Object[] {1L, 2L}, "x", 1L),
                c("pow", 2L, 10L), c("pow", 2L, -1L), c("pow", 2L, -1L, 7L), c("pow", 1L), c("pow", 1.0, 2L, 3L),
                kw("pow", new Object[] {}, "base", 2L, "exp", 3L, "mod", 5L), c("pow", 2L, 0.5),
                c("format", 1234.5, ",.1f"), c("format", 1L, 2L), c("format"), c("format", "x"), c("format", List.of(), "x"),
                c("format", List.of(), ""), c("format", 3L, "^5"), kw("format", new Object[] {1L}, "format_spec", ""),
                c("iter"), c("iter", 1L), c("iter", 1L, 2L), c("next"), c("next", 1L), c("next", 1L, 2L, 3L),
                c("getattr", 1L), c("getattr", 1L, 2L), c("getattr", 1L, "x"), c("getattr", 1L, "x", "dflt"),
                c("getattr", 1L, "real"), c("hasattr", 1L, "real"), c("hasattr", 1L, "x"),
                c("hasattr", 1L), c("setattr", 1L, 2L), c("setattr", 1L, "x", 1L), c("delattr", 1L, "x"),
                c("sorted", List.of(3L, 1L, 2L)), c("sorted", "bca"), kw("sorted", new Object[] {List.of(1L, 3L, 2L)}, "reverse", true),
                kw("sorted", new Object[] {List.of("bb", "a", "ccc")}, "key", len), c("sorted"), c("sorted", List.of(), 1L),
                kw("sorted", new Object[] {List.of()}, "x", 1L), c("sorted", List.of(1L, "a")),
                listed("reversed", new Object[] {List.of(1L, 2L, 3L)}), listed("reversed", new Object[] {"abc"}),
                listed("reversed", new Object[] {new Object[] {1L, 2L}}), c("reversed"), c("reversed", 1L),
                listed("reversed", new Object[] {new Handle(range5, "range(5)")}),
                listed("enumerate", new Object[] {"abc"}), listed("enumerate", new Object[] {List.of("a", "b")}, "start", 5L),
                listed("enumerate", new Object[] {"ab", Long.MAX_VALUE}), c("enumerate"), c("enumerate", List.of(), 1L, 2L),
                kw("enumerate", new Object[] {}, "x", 1L), c("enumerate", 1L), c("enumerate", List.of(), "a"),
                listed("zip", new Object[] {"abc", List.of(1L, 2L)}), listed("zip", new Object[] {}),
                listed("zip", new Object[] {"ab"}), kw("zip", new Object[] {}, "x", 1L), c("zip", 1L),
                listed("zip", new Object[] {"ab", "cd"}, "strict", true), listed("zip", new Object[] {"ab", "c"}, "strict", true),
                listed("zip", new Object[] {"a", "cd"}, "strict", true), listed("zip", new Object[] {"ab", "ab", "a"}, "strict", true),
                listed("zip", new Object[] {"ab", "ab", "abc"}, "strict", true),
                listed("map", new Object[] {str, List.of(1L, 2L)}), listed("map", new Object[] {pow, List.of(2L, 3L), List.of(5L, 2L, 9L)}),
                c("map"), c("map", len), kw("map", new Object[] {len, "a"}, "x", 1L), listed("map", new Object[] {len, List.of(1L)}),
                listed("filter", new Object[] {null, List.of(0L, 1L, "", "a")}), listed("filter", new Object[] {len, List.of("", "a")}),
                c("filter", len), c("filter"), c("filter", null, 1L), listed("filter", new Object[] {builtin("bool"), List.of(0L, 2L)})));
        cases.add(c("max", List.of(2L, 2.0)));
        cases.add(c("min", List.of(2L, 2.0)));
        StringBuilder script = new StringBuilder(TextTesting.PY_OUTCOME);
        for (Case c : cases) script.append("print(outcome(lambda: ").append(c.python()).append("))\n");
        List<String> expected = Python3.run(script.toString()).lines().toList();
        List<String> expectedLabelled = new ArrayList<>(), actual = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            expectedLabelled.add(cases.get(i).python() + " -> " + expected.get(i));
            actual.add(cases.get(i).python() + " -> " + t.outcome(cases.get(i).pyvm()));
        }
        space.heap.decref(range5);
        Lines.assertLinesEqual(expectedLabelled, actual);
    }

    @Test
    @DisplayName("iter(callable, sentinel) calls until the sentinel; next() with and without a default")
    void callIterator() {
        int x = space.newStr("x");
        int readline = space.getAttr(x, space.intern("upper"));
        space.heap.decref(x);
        // "x".upper() returns the sentinel "X" at once: the iterator is exhausted at its first call
        int it = t.call(builtin("iter").h(), new Object[] {new Handle(readline, "?"), "X"});
        assertEquals("StopIteration: ", t.outcome(() -> t.call(builtin("next").h(), new Object[] {new Handle(it, "?")})));
        assertEquals("'done'", t.outcome(() -> t.call(builtin("next").h(), new Object[] {new Handle(it, "?"), "done"})));
        space.heap.decref(it);
        space.heap.decref(readline);
        assertEquals("TypeError: iter(v, w): v must be callable", call("iter", new Object[] {1L, 2L}));
        assertEquals(Arrays.asList("TypeError: 'int' object is not an iterator"), List.of(call("next", new Object[] {1L})));
    }
}
