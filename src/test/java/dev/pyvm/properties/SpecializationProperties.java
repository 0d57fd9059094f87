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
 * The specializing interpreter changes nothing a program can see: generated programs
 * ({@link ProgramGenerator}) print the same with specialization on as with {@code -X nospecialize},
 * on the debug heap, torn down without a leak. Each program runs three times in one file, so that
 * its instructions specialize in the first run and run specialized (or deoptimize) in the others.
 */
class SpecializationProperties {

    @Provide
    Arbitrary<List<Long>> programs() {
        return Arbitraries.longs().list().ofMinSize(1).ofMaxSize(6);
    }

    @Property
    @Label("generated programs print the same specialized as unspecialized")
    void specializedSameAsGeneric(@ForAll("programs") List<Long> seeds) {
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
        check(source.toString());
    }

    static void check(String source) {
        CodeObject compiled = Compiler.compileSource(source, "test.py");
        String generic = run(source, compiled, false);
        String specialized = run(source, compiled, true);
        VmDifferentialProperties.sameOutput("-X nospecialize", generic, "specialized", specialized, source);
    }

    private static String run(String source, CodeObject compiled, boolean specialize) {
        try (PyvmSession s = new PyvmSession(HeapConfig.defaults().withDebug(true), specialize)) {
            return s.exec(source, compiled);
        }
    }
}
