package dev.pyvm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Arrows point one way: each package imports only the packages its package-info allows. */
class ArchitectureTest {

    /** package → the pyvm packages it may import (besides itself). */
    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("ast", Set.of()),
            Map.entry("bytecode", Set.of()),
            Map.entry("memory", Set.of()),
            Map.entry("parse", Set.of("ast")),
            Map.entry("compiler", Set.of("ast", "parse", "bytecode")),
            Map.entry("gc", Set.of("memory")),
            Map.entry("objects", Set.of("memory", "gc", "bytecode")),
            Map.entry("vm", Set.of("bytecode", "objects", "gc", "memory")),
            Map.entry("builtins", Set.of("vm", "objects", "gc", "memory", "bytecode")),
            Map.entry("modules", Set.of("vm", "objects", "gc", "memory", "bytecode", "builtins")),
            Map.entry("cli", Set.of("parse", "ast", "compiler", "bytecode", "memory", "gc", "objects", "vm",
                    "builtins", "modules")));

    private static final Pattern IMPORT =
            Pattern.compile("^import\\s+(?:static\\s+)?dev\\.pyvm\\.(\\w+)", Pattern.MULTILINE);
    private static final Pattern ANTLR = Pattern.compile("^import\\s+(?:static\\s+)?org\\.antlr\\.", Pattern.MULTILINE);
    private static final Pattern ASM = Pattern.compile("^import\\s+(?:static\\s+)?org\\.objectweb\\.asm\\.", Pattern.MULTILINE);

    @Test
    @DisplayName("each package imports only what its package-info allows, only parse imports ANTLR, only vm ASM")
    void importsPointOneWay() throws IOException {
        Path root = Path.of("src/main/java/dev/pyvm");
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Path rel = root.relativize(file);
                if (rel.getNameCount() < 2) continue;
                String pkg = rel.getName(0).toString();
                String text = Files.readString(file);
                Set<String> allowed = ALLOWED.get(pkg);
                if (allowed == null) {
                    violations.add(rel + ": package " + pkg + " has no entry in ArchitectureTest.ALLOWED");
                    continue;
                }
                Matcher m = IMPORT.matcher(text);
                while (m.find()) {
                    String target = m.group(1);
                    if (!target.equals(pkg) && !allowed.contains(target)) {
                        violations.add(rel + " imports dev.pyvm." + target);
                    }
                }
                if (!pkg.equals("parse") && ANTLR.matcher(text).find()) {
                    violations.add(rel + " imports ANTLR");
                }
                if (!pkg.equals("vm") && ASM.matcher(text).find()) {
                    violations.add(rel + " imports ASM");
                }
            }
        }
        assertEquals(List.of(), violations);
    }
}
