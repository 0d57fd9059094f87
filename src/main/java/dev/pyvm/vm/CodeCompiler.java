package dev.pyvm.vm;

import dev.pyvm.bytecode.CodeObject;

/**
 * What {@code compile()}, {@code exec()} and {@code eval()} compile source text with: the
 * compiler, which this package does not depend on (the command line supplies it).
 */
public interface CodeCompiler {
    /**
     * Source text to the code object of {@code mode} ({@code "exec"}, {@code "eval"} or
     * {@code "single"}), with PEP 563 annotations when {@code annotations}, at -O level
     * {@code optimize} (-1: the interpreter's own); a bad source raises SyntaxError (a
     * {@link dev.pyvm.objects.PyException}).
     */
    CodeObject compile(String source, String filename, String mode, boolean annotations, int optimize);

    /** Source bytes as the tokenizer reads them: UTF-8, or the encoding a PEP 263 comment declares. */
    String decode(byte[] source, String filename);
}
