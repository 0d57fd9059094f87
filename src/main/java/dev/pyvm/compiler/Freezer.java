package dev.pyvm.compiler;

import dev.pyvm.ast.PySyntaxError;
import dev.pyvm.bytecode.CodeMarshal;
import dev.pyvm.bytecode.CodeObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The build step that freezes pyvm's modules written in Python (CPython: Programs/_freeze_module):
 * every {@code .py} file under a directory is compiled, with {@code <frozen NAME>} as its file
 * name, and its code object written beside it as {@code NAME.pyvmc} ({@link CodeMarshal}), which
 * the jar ships and an import loads without parsing. {@code a/__init__.py} is the package
 * {@code a}, {@code a/b.py} its submodule {@code a.b}.
 *
 * <p>Run by Maven (in its own JVM, so it throws rather than exits) after the classes are compiled:
 * {@code Freezer DIR}. A syntax error fails the build with CPython's message.
 */
public final class Freezer {
    private Freezer() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 1) throw new IllegalArgumentException("usage: Freezer DIRECTORY");
        Path root = Path.of(args[0]);
        List<Path> sources;
        try (Stream<Path> files = Files.walk(root)) {
            sources = files.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        }
        for (Path source : sources) {
            String name = moduleName(root.relativize(source));
            CodeObject code;
            try {
                code = Compiler.compileSource(Files.readAllBytes(source), "<frozen " + name + ">");
            } catch (PySyntaxError e) {
                throw new IllegalStateException("pyvm cannot freeze " + source + ": " + e.getMessage(), e);
            }
            String file = source.getFileName().toString();
            Files.write(source.resolveSibling(file.substring(0, file.length() - ".py".length()) + ".pyvmc"),
                    CodeMarshal.dump(code));
        }
    }

    /** {@code a/b.py} is {@code a.b}; {@code a/__init__.py} is {@code a}. */
    public static String moduleName(Path relative) {
        String dotted = relative.toString().replace(relative.getFileSystem().getSeparator(), ".");
        dotted = dotted.substring(0, dotted.length() - ".py".length());
        return dotted.endsWith(".__init__") ? dotted.substring(0, dotted.length() - ".__init__".length()) : dotted;
    }
}
