package dev.pyvm.fuzz;

import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;

/**
 * Memory-stress programs: random object graphs with cycles through lists, dicts, instances,
 * closures, generators, bound methods and weakrefs; {@code __del__} that resurrects, raises,
 * allocates or collects; {@code gc.set_threshold(1)}; mutation of a container while it is iterated
 * or sorted; exceptions from {@code __eq__}, {@code __hash__}, {@code __repr__}, {@code __iter__},
 * {@code __len__}. Each snippet is top-level code that imports what it uses and names what it
 * makes with its own suffix, so that snippets combine.
 */
final class StressGenerator {
    private StressGenerator() {}

    /** A snippet: from a suffix (to keep names apart) and a random source, its code. */
    private static final List<BiFunction<String, Random, String>> SNIPPETS = List.of(
            // a graph of lists and dicts with cycles, then dropped
            (s, r) -> {
                int n = 2 + r.nextInt(8);
                StringBuilder b = new StringBuilder("nodes" + s + " = [[] if i % 2 else {} for i in range(" + n + ")]\n");
                for (int i = 0; i < n + r.nextInt(2 * n); i++) {
                    int x = r.nextInt(n), y = r.nextInt(n);
                    b.append("n" + s + " = nodes" + s + "[" + x + "]\n");
                    b.append("if isinstance(n" + s + ", list): n" + s + ".append(nodes" + s + "[" + y + "])\n");
                    b.append("else: n" + s + "[" + i + "] = nodes" + s + "[" + y + "]\n");
                }
                b.append("del n" + s + "\n");
                if (r.nextBoolean()) b.append("nodes" + s + ".append(nodes" + s + ")\n");
                b.append("del nodes" + s + "\n");
                if (r.nextBoolean()) b.append("import gc\nprint(gc.collect() >= 0)\n");
                return b.toString();
            },
            // instances in a cycle whose __del__ resurrects, raises, allocates or collects
            (s, r) -> {
                String body = switch (r.nextInt(5)) {
                    case 0 -> "        D" + s + ".saved.append(self)";
                    case 1 -> "        raise ValueError('from __del__')";
                    case 2 -> "        self.junk = [[i] * 3 for i in range(50)]";
                    case 3 -> "        import gc\n        gc.collect()";
                    default -> "        global keep" + s + "\n        keep" + s + " = self";
                };
                int n = 1 + r.nextInt(4);
                return "import gc\nclass D" + s + ":\n    saved = []\n    def __del__(self):\n" + body + "\n"
                        + "objs" + s + " = [D" + s + "() for _ in range(" + n + ")]\n"
                        + "for i" + s + ", o" + s + " in enumerate(objs" + s + "):\n"
                        + "    o" + s + ".next = objs" + s + "[(i" + s + " + 1) % " + n + "]\n"
                        + "    o" + s + ".me = o" + s + "\n"
                        + "del o" + s + ", objs" + s + "\n"
                        + (r.nextBoolean() ? "gc.collect()\n" : "")
                        + "D" + s + ".saved.clear()\n";
            },
            // closures in a cycle with their cells
            (s, r) -> "def mk" + s + "():\n    x = []\n    def f():\n        return x, f\n    x.append(f)\n    return f\n"
                    + "fs" + s + " = [mk" + s + "() for _ in range(" + (1 + r.nextInt(20)) + ")]\n"
                    + (r.nextBoolean() ? "fs" + s + ".append(fs" + s + ")\n" : "") + "del fs" + s + "\n",
            // generators: suspended in try/finally, holding themselves, closed, thrown into
            (s, r) -> "def gen" + s + "():\n    try:\n        me = yield 1\n        yield me\n        yield [me]\n"
                    + "    finally:\n        print('finally')\n"
                    + "g" + s + " = gen" + s + "()\nnext(g" + s + ")\n"
                    + (r.nextBoolean() ? "g" + s + ".send(g" + s + ")\n" : "")
                    + switch (r.nextInt(4)) {
                        case 0 -> "g" + s + ".close()\n";
                        case 1 -> "try:\n    g" + s + ".throw(KeyError('k'))\nexcept KeyError as e:\n    print(repr(e))\n";
                        case 2 -> "print(list(g" + s + "))\n";
                        default -> "";
                    } + "del g" + s + "\n",
            // bound methods stored on their own instance
            (s, r) -> "class B" + s + ":\n    def m(self):\n        return self\n"
                    + "b" + s + " = B" + s + "()\nb" + s + ".bm = b" + s + ".m\nb" + s + ".l = [b" + s + ".m, {1: b" + s + ".m}]\n"
                    + "print(b" + s + ".bm() is b" + s + ")\ndel b" + s + "\n",
            // weakrefs with callbacks on objects in cycles
            // (under "else:" of a try of the import: pyvm has no weakref module yet, and the rest of
            // the program should still run)
            (s, r) -> "import gc\ntry:\n    import weakref\nexcept ImportError:\n    pass\nelse:\n" + (""
                    + "class W" + s + ":\n    pass\n"
                    + "w" + s + " = W" + s + "()\nw" + s + ".me = w" + s + "\n"
                    + "r" + s + " = weakref.ref(w" + s + ", lambda ref: print('callback', ref() is None))\n"
                    + (r.nextBoolean() ? "w" + s + ".r = r" + s + "\n" : "")
                    + "del w" + s + "\ngc.collect()\nprint(r" + s + "() is None)\ndel r" + s + "\n").indent(4),
            // collections at every allocation for a while
            (s, r) -> "import gc\nold" + s + " = gc.get_threshold()\ngc.set_threshold(1)\n"
                    + "t" + s + " = [[i, {i: [i]}] for i in range(" + (10 + r.nextInt(200)) + ")]\n"
                    + "t" + s + ".append(t" + s + ")\ndel t" + s + "\ngc.set_threshold(*old" + s + ")\n",
            // a container changed while it is iterated
            (s, r) -> switch (r.nextInt(4)) {
                case 0 -> "l" + s + " = [1, 2, 3]\nfor x" + s + " in l" + s + ":\n    if len(l" + s + ") < 30:\n        l" + s
                        + ".append([x" + s + "])\n    else:\n        del l" + s + "[0]\nprint(len(l" + s + "))\n";
                case 1 -> "d" + s + " = {1: 1}\ntry:\n    for k" + s + " in d" + s + ":\n        d" + s + "[k" + s
                        + " + 1] = [k" + s + "]\nexcept RuntimeError as e:\n    print(e)\n";
                case 2 -> "st" + s + " = {1, 2}\ntry:\n    for k" + s + " in st" + s + ":\n        st" + s + ".add(k" + s
                        + " + 10)\nexcept RuntimeError as e:\n    print(e)\n";
                default -> "l" + s + " = [3, 1, 2]\nit" + s + " = iter(l" + s + ")\nl" + s + ".clear()\nl" + s
                        + ".extend([[1]] * 5)\nprint(list(it" + s + "))\n";
            },
            // a list changed while it is sorted
            (s, r) -> "L" + s + " = []\nclass K" + s + ":\n    def __init__(self, v):\n        self.v = v\n"
                    + "    def __lt__(self, o):\n        " + (r.nextBoolean() ? "L" + s + ".append(K" + s + "(0))" : "L" + s + ".clear()")
                    + "\n        return self.v < o.v\n"
                    + "L" + s + ".extend(K" + s + "(i % 7) for i in range(" + (2 + r.nextInt(30)) + "))\n"
                    + "try:\n    L" + s + ".sort(" + (r.nextBoolean() ? "reverse=True" : "") + ")\nexcept ValueError as e:\n    print(e)\n"
                    + "L" + s + ".clear()\n",
            // exceptions from __eq__, __hash__, __repr__, __iter__, __len__, __lt__
            (s, r) -> {
                String dunder = List.of("__eq__(self, o)", "__hash__(self)", "__repr__(self)", "__iter__(self)",
                        "__len__(self)", "__lt__(self, o)", "__bool__(self)", "__index__(self)").get(r.nextInt(8));
                String exc = List.of("ValueError('v')", "KeyError(self)", "StopIteration", "MemoryError",
                        "RecursionError", "SystemExit(0)", "KeyboardInterrupt").get(r.nextInt(5));
                String use = List.of("{X: 1, X: 2}", "X in [1, X, 2]", "[X, X].index(X)", "repr([X, (X,)])",
                        "list(X)", "len(X)", "sorted([X, X, X])", "{X, X}", "bool(X)", "[0, 1][X]", "str({1: X})",
                        "max([X, X])", "dict.fromkeys([X, X])", "[X] == [X]", "X == X").get(r.nextInt(15));
                return "class X" + s + ":\n    def " + dunder + ":\n        raise " + exc + "\n    def __hash__(self):\n"
                        + "        return 1\n" + (dunder.startsWith("__hash__") ? "" : "")
                        + "try:\n    print(" + use.replace("X", "X" + s + "()") + ")\n"
                        + "except Exception as e:\n    print(type(e).__name__)\n";
            },
            // a long chain: deallocation must not recurse on the Java stack
            (s, r) -> {
                String step = List.of("[x" + s + "]", "(x" + s + ",)", "{1: x" + s + "}", "[0, x" + s + "]")
                        .get(r.nextInt(4));
                // with a repr too: beyond the recursion limit it raises RecursionError, as CPython
                // (it used to run in quadratic time without a recursion check: issue 12)
                int depth = 1000 + r.nextInt(200_000);
                boolean repr = r.nextBoolean();
                if (repr && r.nextBoolean()) depth = 10 + depth % 800;
                return "x" + s + " = None\nfor i" + s + " in range(" + depth + "):\n    x" + s + " = "
                        + step + "\n" + (repr ? "try:\n    print(len(repr(x" + s + ")) > 0)\n"
                        + "except RecursionError as e:\n    print(e)\n" : "") + "del x" + s + "\n";
            },
            // an exception kept with its traceback and frames: a cycle through the frame
            (s, r) -> "def boom" + s + "(n):\n    if n:\n        return boom" + s + "(n - 1)\n    1 / 0\n"
                    + "try:\n    boom" + s + "(" + r.nextInt(50) + ")\nexcept ZeroDivisionError as e:\n    err" + s + " = e\n"
                    + "    err" + s + ".self = err" + s + "\ndel err" + s + "\n",
            // gc queries on live objects
            (s, r) -> "import gc\nq" + s + " = [[1], {2: 3}]\nq" + s + ".append(q" + s + ")\n"
                    + "print(len(gc.get_referrers(q" + s + ")) >= 1, len(gc.get_referents(q" + s + ")))\n"
                    + "print(gc.is_tracked(q" + s + "), gc.is_tracked(1))\n"
                    + (r.nextBoolean() ? "objs" + s + " = gc.get_objects()\ndel objs" + s + "\n" : "")
                    + "del q" + s + "\ngc.collect()\n",
            // callbacks that allocate while the collector runs
            (s, r) -> "import gc\nlog" + s + " = []\ndef cb" + s + "(phase, info):\n    log" + s + ".append([phase, dict(info)])\n"
                    + "gc.callbacks.append(cb" + s + ")\nc" + s + " = []\nc" + s + ".append(c" + s + ")\ndel c" + s
                    + "\ngc.collect()\ngc.callbacks.remove(cb" + s + ")\nprint(len(log" + s + ") >= 2)\ndel log" + s + "\n",
            // classes in cycles: a class that refers to its instances, a metaclass
            (s, r) -> "class M" + s + "(type):\n    pass\nclass C" + s + "(metaclass=M" + s + "):\n    pass\n"
                    + "C" + s + ".inst = C" + s + "()\nC" + s + ".inst.cls = C" + s + "\n"
                    + "class Sub" + s + "(C" + s + "):\n    def __init__(self):\n        self.m = self.__init__\n"
                    + "Sub" + s + "()\ndel C" + s + ", Sub" + s + ", M" + s + "\n",
            // a container changed by the __eq__ that a lookup, remove, index or count calls
            (s, r) -> {
                String target = List.of("d" + s + " = {}\n", "l" + s + " = []\n").get(r.nextInt(2));
                String body = target.startsWith("d") ? "d" + s + ".clear()" : "l" + s + ".clear()";
                String use = target.startsWith("d")
                        ? List.of("d" + s + "[E" + s + "(1)]", "E" + s + "(1) in d" + s, "d" + s + ".get(E" + s + "(1))",
                                "d" + s + ".pop(E" + s + "(1), None)", "d" + s + ".setdefault(E" + s + "(1), [1])").get(r.nextInt(5))
                        : List.of("l" + s + ".remove(E" + s + "(1))", "l" + s + ".index(E" + s + "(1))", "l" + s + ".count(E" + s + "(1))",
                                "E" + s + "(1) in l" + s, "l" + s + " == [E" + s + "(1)] * 3", "sorted(l" + s + ", key=lambda e: l" + s + ".clear() or 1)").get(r.nextInt(6));
                String fill = target.startsWith("d") ? "for i in range(8):\n    d" + s + "[E" + s + "(i % 2)] = [i]\n"
                        : "l" + s + ".extend(E" + s + "(i % 2) for i in range(8))\n";
                return target + "class E" + s + ":\n    def __init__(self, v):\n        self.v = [v]\n"
                        + "    def __hash__(self):\n        return 1\n"
                        + "    def __eq__(self, o):\n        " + body + "\n        return " + (r.nextBoolean() ? "True" : "NotImplemented") + "\n"
                        + fill + "try:\n    print(" + use + ")\nexcept Exception as e:\n    print(type(e).__name__)\n";
            },
            // dunders that return what they must not
            (s, r) -> {
                String dunder = List.of("__len__(self): return -1", "__len__(self): return 2**70", "__index__(self): return 1.5",
                        "__hash__(self): return 2**100", "__iter__(self): return 5", "__repr__(self): return 1",
                        "__str__(self): return None", "__bool__(self): return 2", "__next__(self): raise StopIteration\n    def __iter__(self): return self",
                        "__eq__(self, o): return [self]", "__lt__(self, o): return self", "__getitem__(self, i): return i if i < 3 else self.missing").get(r.nextInt(12));
                String use = List.of("len(Y)", "[1, 2][Y]", "hash(Y)", "list(Y)", "repr(Y)", "str(Y)", "bool(Y)", "sorted([Y, Y])",
                        "Y == Y", "{Y: 1}", "[Y] * Y", "'%s' % Y", "f'{Y}'", "max(Y, Y)", "tuple(Y)", "dict.fromkeys(Y)").get(r.nextInt(16));
                return "class Y" + s + ":\n    def " + dunder + "\ntry:\n    print(" + use.replace("Y", "Y" + s + "()") + ")\n"
                        + "except Exception as e:\n    print(type(e).__name__)\n";
            },
            // a low recursion limit, and recursion through repr, eq, iteration and __del__
            (s, r) -> {
                String rec = List.of("l = []\n    l.append(l)\n    x = [l]\n    for i in range(3000):\n        x = [x]\n    print(len(repr(x)))",
                        "def f(n):\n        return f(n + 1) + [n]\n    f(0)",
                        "class R:\n        def __repr__(self):\n            return repr([self])\n    repr(R())",
                        "class Q:\n        def __eq__(self, o):\n            return [self] == [o]\n    Q() == Q()",
                        "def g():\n        yield from g()\n    list(g())",
                        "class D:\n        def __del__(self):\n            self.l = [self] * 3\n            repr(self.l)\n    for i in range(100):\n        D()").get(r.nextInt(6));
                return "import sys\nold" + s + " = sys.getrecursionlimit()\nsys.setrecursionlimit(" + (50 + r.nextInt(200))
                        + ")\ntry:\n    " + rec + "\nexcept RecursionError as e:\n    print('RecursionError')\n"
                        + "finally:\n    sys.setrecursionlimit(old" + s + ")\n";
            });

    /**
     * Snippets of bugs the fuzzer found (issue 12, finding 1: exception classes whose __new__
     * returns something else, raised, raised from and thrown into generators; non-modules in
     * sys.modules imported from), fixed since and kept among the others.
     */
    private static final List<BiFunction<String, Random, String>> FIXED_BUG_SNIPPETS = List.of(
            // exception classes whose __new__ returns something else, raised, thrown into generators
            (s, r) -> {
                String ret = List.of("ValueError('other')", "42", "None", "object.__new__(cls)", "[cls]", "KeyError").get(r.nextInt(6));
                String use = List.of("raise X" + s, "raise X" + s + "()", "g" + s + ".throw(X" + s + ")",
                        "raise ValueError from X" + s, "g" + s + ".throw(X" + s + "())").get(r.nextInt(5));
                return "class X" + s + "(Exception):\n    def __new__(cls, *a):\n        return " + ret + "\n"
                        + "def gen" + s + "():\n    yield 1\n    yield 2\ng" + s + " = gen" + s + "()\nnext(g" + s + ")\n"
                        + "try:\n    " + use + "\nexcept BaseException as e:\n    print(type(e).__name__)\ndel g" + s + "\n";
            },
            // modules replaced in sys.modules, imported from
            (s, r) -> {
                String value = List.of("type('M', (), {'a': 1, '__all__': ['a']})", "type('M', (), {'a': 1})()",
                        "{'a': 1}", "[1, 2]", "None", "42").get(r.nextInt(6));
                String imp = List.of("from fake" + s + " import *", "from fake" + s + " import a", "import fake" + s).get(r.nextInt(3));
                return "import sys\nsys.modules['fake" + s + "'] = " + value + "\ntry:\n    " + imp + "\n"
                        + "except BaseException as e:\n    print(type(e).__name__)\ndel sys.modules['fake" + s + "']\n";
            });

    /** A snippet of {@link #SNIPPETS}, chosen and made by {@code r}. */
    static String snippet(Random r) {
        List<BiFunction<String, Random, String>> all = new java.util.ArrayList<>(SNIPPETS);
        all.addAll(FIXED_BUG_SNIPPETS);
        return all.get(r.nextInt(all.size())).apply("_" + r.nextInt(1000), r);
    }

    /** A whole program: a few snippets, sometimes under collections at every allocation. */
    static String program(long seed) {
        Random r = new Random(seed);
        StringBuilder b = new StringBuilder();
        if (r.nextInt(4) == 0) b.append("import gc\ngc.set_threshold(").append(1 + r.nextInt(5)).append(")\n");
        int n = 2 + r.nextInt(5);
        for (int i = 0; i < n; i++) b.append(snippet(r));
        return b.toString();
    }
}
