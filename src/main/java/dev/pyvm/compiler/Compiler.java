package dev.pyvm.compiler;

import dev.pyvm.ast.Module;
import dev.pyvm.ast.Pos;
import dev.pyvm.ast.PySyntaxError;
import dev.pyvm.bytecode.CodeObject;
import dev.pyvm.parse.PythonSource;
import dev.pyvm.parse.SourceDecoder;

/**
 * The compiler's entry points: an AST (or source text) to the module's {@link CodeObject}, whose
 * constants hold the code objects of the functions, classes, lambdas and comprehensions inside it.
 * Errors are {@link PySyntaxError}s with CPython 3.11's messages and locations.
 */
public final class Compiler {
    private Compiler() {}

    /** Compiles a parsed module; without the source, errors carry no source line. */
    public static CodeObject compile(Module module, String filename) {
        return CodeGenerator.compileModule(module, filename, null, false, true);
    }

    /** Compiles a parsed module; {@code source} supplies the text shown in error messages. */
    public static CodeObject compile(Module module, String filename, String source) {
        return CodeGenerator.compileModule(module, filename, source, false, true);
    }

    /**
     * {@link #compile(Module, String, String)}, with constant folding or without it ({@code fold}
     * false: only literals are constants, every operator runs at run time), which must give the
     * same results.
     */
    public static CodeObject compile(Module module, String filename, String source, boolean fold) {
        return CodeGenerator.compileModule(module, filename, source, false, fold);
    }

    /** Parses and compiles a file's text, as {@code compile(source, filename, "exec")}. */
    public static CodeObject compileSource(String source, String filename) {
        return compileSource(source, filename, true);
    }

    /** Decodes a file's bytes as CPython's tokenizer does (UTF-8 or the PEP 263 declaration), then compiles. */
    public static CodeObject compileSource(byte[] source, String filename) {
        return compileSource(SourceDecoder.decode(source, filename), filename, true);
    }

    /** {@link #compileSource(String, String)}, with constant folding or without it. */
    public static CodeObject compileSource(String source, String filename, boolean fold) {
        return compile(PythonSource.parse(source, filename), filename, source, fold);
    }

    /** {@link #compileSource(byte[], String)} at -O level {@code optimize}. */
    public static CodeObject compileSource(byte[] source, String filename, int optimize) {
        return compileSource(SourceDecoder.decode(source, filename), filename, optimize);
    }

    /** {@link #compileSource(String, String)} at -O level {@code optimize} (0: asserts are kept). */
    public static CodeObject compileSource(String source, String filename, int optimize) {
        return CodeGenerator.compileModule(PythonSource.parse(source, filename), filename, source, false, true, false,
                optimize);
    }

    /**
     * Compiles one interactive input, as {@code compile(source, filename, "single")}: the value of
     * each top-level expression statement is printed (PRINT_EXPR) instead of discarded.
     */
    public static CodeObject compileInteractive(Module module, String filename, String source) {
        return compileInteractive(module, filename, source, 0);
    }

    /** {@link #compileInteractive(Module, String, String)} at -O level {@code optimize}. */
    public static CodeObject compileInteractive(Module module, String filename, String source, int optimize) {
        return CodeGenerator.compileModule(module, filename, source, true, true, false, optimize);
    }

    /** The mode of the built-in {@code compile()}. */
    public enum Mode { EXEC, EVAL, SINGLE }

    /**
     * The built-in {@code compile(source, filename, mode)}: source text to the {@code <module>}
     * code object of that mode; {@code annotations} is PEP 563 inherited from the caller or asked
     * for by the flags; {@code optimize} is -O's level.
     */
    public static CodeObject compile(String source, String filename, Mode mode, boolean annotations, int optimize) {
        // CPython's tokenizer ends the text of a statement with a newline (seen in a SyntaxError's text)
        if (mode != Mode.EVAL && !source.endsWith("\n")) source = source + "\n";
        switch (mode) {
            case EVAL:
                return CodeGenerator.compileExpression(PythonSource.parseExpression(source, filename), filename, source,
                        annotations, optimize);
            case SINGLE: {
                Module m = PythonSource.parse(source, filename);
                if (m.body().size() > 1) {
                    // at the end of the first statement, as CPython's tokenizer sees the rest
                    Pos p = m.body().get(0).pos();
                    throw PySyntaxError.at("multiple statements found while compiling a single statement", filename,
                            new Pos(p.endLineno(), p.endColOffset(), p.endLineno(), p.endColOffset()), source);
                }
                return CodeGenerator.compileModule(m, filename, source, true, true, annotations, optimize);
            }
            default:
                return CodeGenerator.compileModule(PythonSource.parse(source, filename), filename, source, false, true,
                        annotations, optimize);
        }
    }
}
