package dev.pyvm.vm;

import dev.pyvm.bytecode.CodeObject;
import dev.pyvm.memory.Heap;
import dev.pyvm.objects.ArgParser;
import dev.pyvm.objects.BuiltinCode;
import dev.pyvm.objects.ObjectSpace;
import dev.pyvm.objects.PyException;

/**
 * The built-ins that compile and run source text: {@code compile}, {@code exec} and
 * {@code eval}. They read the calling frame (its globals and locals, its future flags), so they
 * live beside the interpreter. CPython 3.11: Python/bltinmodule.c builtin_compile_impl,
 * builtin_exec_impl, builtin_eval_impl.
 */
final class CodeBuiltins {
    // CPython 3.11: Include/cpython/compile.h
    private static final int PYCF_MASK = 0x20000 | 0x40000 | 0x80000 | 0x100000 | 0x200000 | 0x400000 | 0x800000
            | CodeObject.CO_FUTURE_ANNOTATIONS;
    private static final int PYCF_MASK_OBSOLETE = CodeObject.CO_NESTED;
    private static final int PYCF_DONT_IMPLY_DEDENT = 0x0200;
    private static final int PYCF_ONLY_AST = 0x0400;
    private static final int PYCF_TYPE_COMMENTS = 0x1000;
    private static final int PYCF_ALLOW_TOP_LEVEL_AWAIT = 0x2000;
    private static final int PYCF_ALLOW_INCOMPLETE_INPUT = 0x4000;
    private static final int PYCF_COMPILE_MASK = PYCF_ONLY_AST | PYCF_ALLOW_TOP_LEVEL_AWAIT | PYCF_TYPE_COMMENTS
            | PYCF_DONT_IMPLY_DEDENT | PYCF_ALLOW_INCOMPLETE_INPUT;

    private final Interpreter interp;
    private final ObjectSpace space;
    private final Heap heap;
    private CodeCompiler compiler;

    CodeBuiltins(Interpreter interp, ObjectSpace space) {
        this.interp = interp;
        this.space = space;
        this.heap = space.heap;
    }

    void setCompiler(CodeCompiler compiler) {
        this.compiler = compiler;
    }

    /** Adds compile, exec and eval to the builtins module. */
    void define(int builtinsModule) {
        String[] names = {"compile", "exec", "eval"};
        BuiltinCode[] codes = {this::compile, this::exec, this::eval};
        for (int i = 0; i < names.length; i++) {
            int f = space.builtinFunctionSlots.newFunction(space.builtinFunctionSlots.define(names[i], 0, codes[i]),
                    builtinsModule);
            space.moduleSlots.set(builtinsModule, names[i], f);
            heap.decref(f);
        }
    }

    private static final String[] COMPILE_PARAMETERS = {
        "source", "filename", "mode", "flags", "dont_inherit", "optimize", "_feature_version"};

    private int compile(int self, int[] args, int start, int nargs, int kwnames) {
        int[] a = ArgParser.clinic(space, "compile", COMPILE_PARAMETERS, 3, 0, 6, args, start, nargs, kwnames);
        String filename = filename(a[1]);
        if (!space.strSlots.check(a[2])) {
            throw space.typeError("compile() argument 'mode' must be str, not " + space.typeName(space.typeOf(a[2])));
        }
        String mode = space.strSlots.toJava(a[2]);
        long flags = a[3] == 0 ? 0 : intArgument(a[3]);
        boolean dontInherit = a[4] != 0 && intArgument(a[4]) != 0;
        long optimize = a[5] == 0 ? -1 : intArgument(a[5]);
        if (a[6] != 0) intArgument(a[6]);
        if ((flags & ~(PYCF_MASK | PYCF_MASK_OBSOLETE | PYCF_COMPILE_MASK)) != 0) {
            throw space.error(space.exceptions.valueError, "compile(): unrecognised flags");
        }
        if (optimize < -1 || optimize > 2) throw space.error(space.exceptions.valueError, "compile(): invalid optimize value");
        if (!mode.equals("exec") && !mode.equals("eval") && !mode.equals("single")) {
            throw space.error(space.exceptions.valueError, (flags & PYCF_ONLY_AST) != 0
                    ? "compile() mode must be 'exec', 'eval', 'single' or 'func_type'"
                    : "compile() mode must be 'exec', 'eval' or 'single'");
        }
        if ((flags & PYCF_ONLY_AST) != 0) throw notSupported("compile() with ast.PyCF_ONLY_AST (pyvm has no ast module)");
        if ((flags & PYCF_TYPE_COMMENTS) != 0) throw notSupported("compile() with ast.PyCF_TYPE_COMMENTS");
        if ((flags & PYCF_ALLOW_TOP_LEVEL_AWAIT) != 0) throw notSupported("compile() with ast.PyCF_ALLOW_TOP_LEVEL_AWAIT");
        if (space.typeOf(a[0]) == space.codeSlots.type()) {
            throw space.typeError("compile() arg 1 must be a string, bytes or AST object");
        }
        String source = sourceText(a[0], "compile() arg 1 must be a string, bytes or AST object");
        boolean annotations = (flags & CodeObject.CO_FUTURE_ANNOTATIONS) != 0 || !dontInherit && callerAnnotations();
        return space.codeSlots.fromCode(compiler().compile(source, filename, mode, annotations, (int) optimize));
    }

    private static final String[] EXEC_PARAMETERS = {"source", "globals", "locals", "closure"};

    private int exec(int self, int[] args, int start, int nargs, int kwnames) {
        int[] a = ArgParser.clinic(space, "exec", EXEC_PARAMETERS, 1, 3, 3, args, start, nargs, kwnames);
        int closure = a[3] == space.none ? 0 : a[3];
        boolean isCode = space.typeOf(a[0]) == space.codeSlots.type();
        if (closure != 0 && !isCode) throw space.typeError("closure can only be used when source is a code object");
        Namespaces ns = namespaces(a[1], a[2], "exec");
        try {
            int code;
            if (isCode) {
                int nfrees = space.codeSlots.info(a[0]).nfrees;
                if (closure != 0) throw notSupported("exec() with a closure");
                if (nfrees > 0) throw space.typeError("code object requires a closure of exactly length " + nfrees);
                heap.incref(a[0]);
                code = a[0];
            } else {
                String source = sourceText(a[0], "exec() arg 1 must be a string, bytes or code object");
                code = space.codeSlots.fromCode(compiler().compile(source, "<string>", "exec", callerAnnotations(), -1));
            }
            int result;
            try {
                result = interp.runCode(code, ns.globals, ns.locals);
            } finally {
                heap.decref(code);
            }
            heap.decref(result);
            return space.newNone();
        } finally {
            ns.release();
        }
    }

    private int eval(int self, int[] args, int start, int nargs, int kwnames) {
        if (kwnames != 0 && space.tupleSlots.size(kwnames) > 0) throw space.typeError("eval() takes no keyword arguments");
        if (nargs < 1) throw space.typeError("eval expected at least 1 argument, got " + nargs);
        if (nargs > 3) throw space.typeError("eval expected at most 3 arguments, got " + nargs);
        int source = args[start];
        int globals = nargs > 1 ? args[start + 1] : space.none;
        int locals = nargs > 2 ? args[start + 2] : space.none;
        if (locals != space.none && !isMapping(locals)) throw space.typeError("locals must be a mapping");
        if (globals != space.none && !space.isDict(globals)) {
            throw space.typeError(isMapping(globals) ? "globals must be a real dict; try eval(expr, {}, mapping)"
                    : "globals must be a dict");
        }
        Namespaces ns = namespaces(globals, locals, "eval");
        try {
            int code;
            if (space.typeOf(source) == space.codeSlots.type()) {
                if (space.codeSlots.info(source).nfrees > 0) {
                    throw space.typeError("code object passed to eval() may not contain free variables");
                }
                heap.incref(source);
                code = source;
            } else {
                String text = sourceText(source, "eval() arg 1 must be a string, bytes or code object");
                int skip = 0;
                while (skip < text.length() && (text.charAt(skip) == ' ' || text.charAt(skip) == '\t')) skip++;
                code = space.codeSlots.fromCode(
                        compiler().compile(text.substring(skip), "<string>", "eval", callerAnnotations(), -1));
            }
            try {
                return interp.runCode(code, ns.globals, ns.locals);
            } finally {
                heap.decref(code);
            }
        } finally {
            ns.release();
        }
    }

    /** The globals and locals exec() or eval() runs in, owned; the caller's when not given. */
    private final class Namespaces {
        final int globals;
        final int locals;

        Namespaces(int globals, int locals) {
            this.globals = globals;
            this.locals = locals;
        }

        void release() {
            heap.decref(globals);
            heap.decref(locals);
        }
    }

    // CPython 3.11: builtin_exec_impl / builtin_eval_impl choosing the namespaces
    private Namespaces namespaces(int globals, int locals, String fname) {
        if (globals == 0) globals = space.none;
        if (locals == 0) locals = space.none;
        if (fname.equals("exec")) {
            if (globals != space.none && !space.isDict(globals)) {
                throw space.typeError("exec() globals must be a dict, not " + space.typeName(space.typeOf(globals)));
            }
            if (locals != space.none && !isMapping(locals)) {
                throw space.typeError("locals must be a mapping or None, not " + space.typeName(space.typeOf(locals)));
            }
        }
        int g, l;
        if (globals == space.none) {
            Frame caller = interp.currentFrame();
            if (caller == null) throw space.error(space.exceptions.systemError, "globals and locals cannot be NULL");
            g = caller.globals;
            heap.incref(g);
            l = locals != space.none ? newRef(locals) : interp.frameLocals(caller);
        } else {
            g = newRef(globals);
            l = newRef(locals != space.none ? locals : globals);
        }
        if (space.dictSlots.get(g, "__builtins__") == 0) {
            space.dictSlots.put(g, space.intern("__builtins__"), interp.builtins());
        }
        return new Namespaces(g, l);
    }

    private int newRef(int h) {
        heap.incref(h);
        return h;
    }

    /** PyMapping_Check: the type can be subscripted. */
    private boolean isMapping(int h) {
        return space.isDict(h) || space.lookupType(space.typeOf(h), space.intern("__getitem__")) != 0;
    }

    /** Whether the calling frame's code was compiled with {@code from __future__ import annotations}. */
    private boolean callerAnnotations() {
        Frame caller = interp.currentFrame();
        return caller != null && (caller.code.code.flags() & CodeObject.CO_FUTURE_ANNOTATIONS) != 0;
    }

    /** The text of a str or bytes source; a null character is a SyntaxError, as in CPython. */
    private String sourceText(int source, String typeMessage) {
        String text;
        if (space.strSlots.check(source)) {
            text = space.strSlots.toJava(source);
        } else if (space.bytesSlots.check(source)) {
            text = compiler().decode(space.bytesSlots.toJava(source), "<string>");
        } else {
            throw space.typeError(typeMessage);
        }
        if (text.indexOf('\0') >= 0) {
            throw space.exceptions.raiseSyntaxError(space.exceptions.syntaxError, "source code string cannot contain null bytes",
                    null, 0, 0, null, 0, 0);
        }
        return text;
    }

    private String filename(int h) {
        if (space.strSlots.check(h)) return space.strSlots.toJava(h);
        if (space.bytesSlots.check(h)) return new String(space.bytesSlots.toJava(h), java.nio.charset.StandardCharsets.UTF_8);
        int fspath = space.lookupType(space.typeOf(h), space.intern("__fspath__"));
        if (fspath != 0) {
            int path = space.callMethod(fspath, h);
            try {
                if (space.strSlots.check(path)) return space.strSlots.toJava(path);
            } finally {
                heap.decref(path);
            }
        }
        throw space.typeError("expected str, bytes or os.PathLike object, not " + space.typeName(space.typeOf(h)));
    }

    private long intArgument(int h) {
        int i = ArgParser.asIndex(space, h);
        try {
            return space.intSlots.longValue(i);
        } finally {
            heap.decref(i);
        }
    }

    private CodeCompiler compiler() {
        if (compiler == null) throw space.error(space.exceptions.systemError, "pyvm: no compiler for compile(), exec() and eval()");
        return compiler;
    }

    private PyException notSupported(String what) {
        return space.error(space.exceptions.byName().get("NotImplementedError"), what + " is not supported by pyvm");
    }
}
