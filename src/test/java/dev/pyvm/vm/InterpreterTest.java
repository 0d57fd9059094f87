package dev.pyvm.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pyvm.compiler.Compiler;
import dev.pyvm.memory.HeapConfig;
import dev.pyvm.objects.ObjectSpace;
import dev.pyvm.objects.PyException;
import dev.pyvm.testing.Python3;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The loop on small programs, with a print of its own (the builtins module is tested apart). */
class InterpreterTest {

    /** Runs source; returns what it printed, or its traceback; checks that nothing leaked. */
    static String run(String source) {
        ObjectSpace space = new ObjectSpace(HeapConfig.defaults().withDebug(true));
        ModuleLoader loader = new ModuleLoader(space, Compiler::compileSource, Path.of("."));
        Interpreter interp = new Interpreter(space, loader);
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        java.io.PrintStream stream = new java.io.PrintStream(bytes, true, java.nio.charset.StandardCharsets.UTF_8);
        int builtins = dev.pyvm.builtins.BuiltinsModule.create(space, dev.pyvm.builtins.BuiltinsIO.of(stream,
                new java.io.BufferedReader(new java.io.StringReader(""))));
        interp.setBuiltins(builtins);
        int main = space.moduleSlots.newModule("__main__");
        int code = space.codeSlots.fromCode(Compiler.compileSource(source, "test.py"));
        TracebackPrinter printer = new TracebackPrinter(space);
        printer.addSource("test.py", source);
        StringBuilder out = new StringBuilder();
        try {
            space.heap.decref(interp.runCode(code, space.moduleSlots.dict(main)));
        } catch (PyException e) {
            stream.flush();
            out.append(bytes.toString(java.nio.charset.StandardCharsets.UTF_8));
            bytes.reset();
            out.append(printer.format(e.exception()));
            space.heap.decref(e.exception());
        }
        stream.flush();
        out.append(bytes.toString(java.nio.charset.StandardCharsets.UTF_8));
        space.heap.decref(code);
        // teardown as at exit: drop the roots, then the final collection frees the cycles
        // (functions and their globals, classes)
        space.heap.decref(main);
        space.heap.decref(builtins);
        loader.release();
        space.release();
        space.gc.collectWithCallback(2); // finalizers may still call print: builtins go last
        interp.release();
        space.gc.collectWithCallback(2);
        space.gc.checkInvariants();
        space.heap.clearFreeLists();
        assertEquals(0, space.liveMortalBlocks(), "blocks leaked");
        space.heap.checkInvariants();
        return out.toString();
    }

    /** Runs source in pyvm and in python3 (as the file test.py): the same output and traceback. */
    static void same(String source) {
        assertEquals(Python3.runScript(source), run(source));
    }

    @Test
    @DisplayName("arithmetic, names, conditionals and while loops")
    void basics() {
        same("""
                i = 0
                total = 0
                while i <= 10:
                    total += i
                    i = i + 1
                print(total, 7 / 2, total > 50 and not total > 60)
                """);
    }

    @Test
    @DisplayName("functions: recursion, defaults, keywords, *args, **kwargs, closures, nonlocal")
    void functions() {
        same("""
                def fib(n):
                    if n < 2:
                        return n
                    return fib(n - 1) + fib(n - 2)
                print(fib(30))
                def f(a, b=2, *rest, **kw):
                    return a + b + 1, rest, kw
                x, rest, kw = f(1, 4, 3, 4, z=5)
                print(x, rest, kw)
                def counter():
                    n = 0
                    def inc():
                        nonlocal n
                        n += 1
                        return n
                    return inc
                c = counter()
                c(); c()
                print(c())
                """);
    }

    @Test
    @DisplayName("exceptions: try/except/else/finally, raise from, uncaught traceback")
    void exceptions() {
        same("""
                try:
                    1 // 0
                except ZeroDivisionError as e:
                    print("caught", e)
                else:
                    print("no")
                finally:
                    print("finally")
                try:
                    {}['k']
                except (TypeError, KeyError) as e:
                    print(type(e).__name__ if False else "KeyError", e)
                """);
        same("""
                def f():
                    return undefined_name
                def g():
                    return f() + 1
                g()
                """);
        same("""
                def down(n):
                    return down(n + 1)
                down(0)
                """);
        same("""
                try:
                    raise KeyError("k") from ValueError("v")
                finally:
                    print("cleanup")
                """);
    }

    @Test
    @DisplayName("classes: inheritance, super(), properties, class and static methods, dunders, __del__")
    void classes() {
        same("""
                class Animal:
                    count = 0
                    def __init__(self, name):
                        self.name = name
                        Animal.count += 1
                    def speak(self):
                        return self.name + " makes a sound"
                    def __repr__(self):
                        return "Animal(" + repr(self.name) + ")"
                class Dog(Animal):
                    def __init__(self, name, breed):
                        super().__init__(name)
                        self.breed = breed
                    def speak(self):
                        return super().speak() + ": woof"
                    @property
                    def title(self):
                        return self.name + " the " + self.breed
                    @title.setter
                    def title(self, value):
                        self.name = value
                    @staticmethod
                    def kind():
                        return "canine"
                    @classmethod
                    def make(cls, name):
                        return cls(name, "mutt")
                d = Dog.make("Rex")
                print(d.speak(), d.title, Dog.kind(), Animal.count, d)
                d.title = "Max"
                print(d.title, isinstance(d, Animal), type(d).__name__, Dog.__mro__)
                class Vec:
                    def __init__(self, x, y):
                        self.x, self.y = x, y
                    def __add__(self, other):
                        return Vec(self.x + other.x, self.y + other.y)
                    def __eq__(self, other):
                        return self.x == other.x and self.y == other.y
                    def __len__(self):
                        return 2
                    def __getitem__(self, i):
                        return self.y if i else self.x
                    def __repr__(self):
                        return f"Vec({self.x}, {self.y})"
                v = Vec(1, 2) + Vec(3, 4)
                print(v, v == Vec(4, 6), v != Vec(4, 6), v[1], bool(v))
                class Noisy:
                    def __init__(self, n):
                        self.n = n
                    def __del__(self):
                        print("bye", self.n)
                a = Noisy(1)
                a = Noisy(2)
                print("rebound")
                del a
                class MyError(Exception):
                    def __init__(self, code):
                        super().__init__("failed with", code)
                        self.code = code
                try:
                    raise MyError(42)
                except Exception as e:
                    print(type(e).__name__, e.code, e.args, e)
                class Base:
                    pass
                class Left(Base):
                    pass
                class Right(Base):
                    pass
                class Both(Left, Right):
                    pass
                print(Both.__mro__)
                """);
    }

    @Test
    @DisplayName("argument errors carry CPython's messages")
    void argumentErrors() {
        same("""
                def f(a, b):
                    pass
                def attempt(call):
                    try:
                        call()
                    except TypeError as e:
                        print(e)
                attempt(lambda: f())
                attempt(lambda: f(1, 2, 3))
                attempt(lambda: f(1, 2, c=3))
                attempt(lambda: f(1, a=2))
                """);
    }
}
