package dev.pyvm.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.pyvm.compiler.Compiler;
import dev.pyvm.memory.HeapConfig;
import dev.pyvm.objects.CodeType;
import dev.pyvm.objects.FunctionType;
import dev.pyvm.objects.ObjectSpace;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** What the baseline compiler makes of a code object, or declines to. */
class BaselineCompilerTest {
    private final ObjectSpace space = new ObjectSpace(HeapConfig.defaults());

    /** The code object of the module's first function. */
    private CodeType.Info function(String source) {
        int module = space.codeSlots.fromCode(Compiler.compileSource(source, "test.py"));
        for (int c : space.codeSlots.info(module).consts) {
            if (space.typeOf(c) == space.codeSlots.type()) return space.codeSlots.info(c);
        }
        throw new AssertionError("no function in " + source);
    }

    @Test
    void codeHotSpotWouldNotCompileStaysWithTheInterpreter() {
        assertNotNull(BaselineCompiler.compile(function("def f(x):\n    x = x + 1\n    return x\n")));
        // some 150 instructions: more than HotSpot's HugeMethodLimit of JVM code, far less than 64 KiB
        String body = "    x = x * 3 + 1\n".repeat(40);
        assertNull(BaselineCompiler.compile(function("def g(x):\n" + body + "    return x\n")));
    }

    @Test
    void aSiteThatSeesSeveralKindsIsCompiledOnceMore() {
        // get's attribute load and its call of value() meet instances of two classes in turn: each
        // miss deoptimizes them, and compiled code that specialized them again would leave and be
        // compiled anew until it gave up (Interpreter.RECOMPILES)
        String source = """
                class A:
                    def __init__(self): self.v = 1
                    def value(self): return self.v
                class B:
                    def __init__(self): self.w = 0; self.v = 2
                    def value(self): return self.v
                def get(o):
                    return o.v + o.value()
                def main():
                    things = [A(), B()] * 50
                    total = 0
                    for i in range(400):
                        for t in things[i % 7:]:
                            total += get(t)
                    return total
                main()
                """;
        Interpreter interp = new Interpreter(space, new ModuleLoader(space, Compiler::compileSource, Path.of(".")));
        interp.setCompileThreshold(50);
        interp.setBuiltins(dev.pyvm.builtins.BuiltinsModule.create(space, dev.pyvm.builtins.BuiltinsIO.of(System.out,
                new java.io.BufferedReader(new java.io.StringReader("")))));
        int main = space.moduleSlots.newModule("__main__");
        int globals = space.moduleSlots.dict(main);
        space.heap.decref(interp.runCode(space.codeSlots.fromCode(Compiler.compileSource(source, "test.py")), globals));
        int get = space.dictSlots.get(globals, "get");
        CodeType.Info code = space.codeSlots.info(space.heap.getInt(get, FunctionType.CODE));
        assertNotNull(code.jit, "get was not compiled");
        assertEquals(1, code.compilations, "get was compiled again and again");
    }
}
