package dev.pyvm.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pyvm.ast.Module;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Differential: pyvm's scope classification against CPython's own {@code symtable} module. */
class SymtableTest {

    static final List<String> SNIPPETS = List.of(
            "x = 1\ndef f():\n    return x\n",
            "def f(a):\n    def g():\n        return a\n    return g\n",
            "def f():\n    x = 1\n    class C:\n        x = 2\n        def m(self):\n            return x\n    return C\n",
            "def f():\n    x = 1\n    class C:\n        y = x\n    return C\n",
            "class C:\n    def m(self):\n        return super().m()\n",
            "class C:\n    def m(self):\n        return __class__\n",
            "def f():\n    global g\n    g = 1\n    def h():\n        return g\n",
            "g = 0\ndef f():\n    global g\n    g += 1\n",
            "def f():\n    a = 1\n    def g():\n        nonlocal a\n        a = 2\n        def h():\n            return a\n    return g\n",
            "def f(xs):\n    return [x for x in xs if x], {k: xs for k in xs}, (y for y in xs), {z for z in xs}\n",
            "def f(n):\n    return [[i * j for j in range(n)] for i in range(n)]\n",
            "def f():\n    y = 1\n    return (lambda x: x + y)(2)\n",
            "def f():\n    try:\n        pass\n    except E as e:\n        return e\n",
            "def f():\n    import os.path\n    from sys import argv as a\n    return os, a\n",
            "def f(a, *b, c=1, **d):\n    return lambda: (a, b, c, d)\n",
            "class A:\n    __p = 1\n    def m(self, __q):\n        return self.__p, __q\n",
            "def f():\n    x = 1\n    def g():\n        x = 2\n        def h():\n            return x\n        return h\n    return g\n",
            "def f():\n    def g():\n        return z\n    z = 1\n    return g\n",
            "def f():\n    class C:\n        nonlocal_ = 1\n        def m(self):\n            return C\n    return C\n",
            "for i in range(3):\n    pass\nwith open(f) as h:\n    del i\n",
            "def gen():\n    yield 1\n    x = yield\n    yield from x\n",
            "def f():\n    x: int = 1\n    y: str\n    return x\n",
            "def f(a=lambda: b, *, k=[c for c in d]):\n    pass\n",
            "@dec\ndef f():\n    pass\n@dec(1)\nclass C:\n    pass\n");

    static List<String> cases() throws IOException {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < SNIPPETS.size(); i++) out.add("snippet " + i);
        try (Stream<Path> files = Files.list(DisGoldenTest.DIR)) {
            files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".py")).sorted().forEach(out::add);
        }
        return out;
    }

    private static String source(String name) throws IOException {
        if (name.startsWith("snippet ")) return SNIPPETS.get(Integer.parseInt(name.substring(8)));
        return Files.readString(DisGoldenTest.DIR.resolve(name));
    }

    /** The same format as symtable_dump.py prints. */
    static String dump(Symtable.Block b, int depth) {
        StringBuilder sb = new StringBuilder("  ".repeat(depth));
        String type = switch (b.type()) {
            case MODULE -> "module";
            case FUNCTION -> "function";
            case CLASS -> "class";
        };
        String name = b.type() == Symtable.BlockType.MODULE ? "top" : b.name().replace("<", "").replace(">", "");
        sb.append(type).append(' ').append(name).append(' ').append(b.lineno()).append(':');
        TreeMap<String, String> syms = new TreeMap<>();
        for (String s : b.symbolNames()) syms.put(s, b.scope(s).name());
        syms.forEach((k, v) -> sb.append(' ').append(k).append('=').append(v));
        sb.append('\n');
        for (Symtable.Block c : b.children()) sb.append(dump(c, depth + 1));
        return sb.toString();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    @DisplayName("every name has the scope CPython's symtable gives it")
    void scopesMatchCPython(String name) throws IOException {
        String src = source(name);
        Path dir = Files.createTempDirectory("symtable");
        Path script = dir.resolve("symtable_dump.py");
        try (InputStream in = SymtableTest.class.getResourceAsStream("symtable_dump.py")) {
            Files.write(script, in.readAllBytes());
        }
        Path file = dir.resolve("prog.py");
        Files.writeString(file, src);
        String expected = Python.run(List.of(script.toString(), file.toString()));
        Module m = PyAst.parse(src);
        assertEquals(expected, dump(Symtable.build(m, "prog.py", src).top(), 0), src);
    }
}
