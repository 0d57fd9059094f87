package dev.pyvm.properties;

import dev.pyvm.bytecode.CodeObject;
import dev.pyvm.compiler.Compiler;
import dev.pyvm.memory.HeapConfig;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The baseline compiler changes nothing a program can see: generated programs
 * ({@link ProgramGenerator}) print the same, and leave no block behind, when every code object is
 * compiled at its first entry ({@code -X jit=0}, its instructions still generic), after a few
 * ({@code -X jit=3}, specialized by then, so that guards fail and compiled code is made again), and
 * never ({@code -X jit=off}), specialized or not, on the debug heap.
 */
class CompiledCodeProperties {

    @Provide
    Arbitrary<List<Long>> programs() {
        return Arbitraries.longs().list().ofMinSize(1).ofMaxSize(6);
    }

    @Property
    @Label("generated programs print the same compiled as interpreted")
    void compiledSameAsInterpreted(@ForAll("programs") List<Long> seeds) {
        List<String> programs = new ArrayList<>();
        for (int k = 0; k < seeds.size(); k++) {
            programs.add(new ProgramGenerator(seeds.get(k)).program("prog_" + k, 6, 2));
        }
        StringBuilder source = new StringBuilder(VmDifferentialProperties.withDriver(programs));
        for (int round = 1; round < 3; round++) {
            for (int k = 0; k < programs.size(); k++) {
                source.append("run_program('prog_").append(k).append("', prog_").append(k).append(")\n");
            }
        }
        String text = source.toString();
        CodeObject compiled = Compiler.compileSource(text, "test.py");
        String interpreted = run(text, compiled, true, -1);
        VmDifferentialProperties.sameOutput("-X jit=off", interpreted, "-X jit=0", run(text, compiled, true, 0), text);
        VmDifferentialProperties.sameOutput("-X jit=off", interpreted, "-X jit=3", run(text, compiled, true, 3), text);
        VmDifferentialProperties.sameOutput("-X jit=off", interpreted, "-X nospecialize -X jit=0", run(text, compiled, false, 0), text);
    }

    private static String run(String source, CodeObject compiled, boolean specialize, int threshold) {
        try (PyvmSession s = new PyvmSession(HeapConfig.defaults().withDebug(true), specialize, threshold)) {
            return s.exec(source, compiled);
        }
    }
}
