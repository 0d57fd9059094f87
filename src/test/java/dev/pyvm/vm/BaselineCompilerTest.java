package dev.pyvm.vm;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.pyvm.compiler.Compiler;
import dev.pyvm.memory.HeapConfig;
import dev.pyvm.objects.CodeType;
import dev.pyvm.objects.ObjectSpace;
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
}
