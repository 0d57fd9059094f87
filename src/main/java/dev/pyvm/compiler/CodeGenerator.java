package dev.pyvm.compiler;

import static dev.pyvm.bytecode.Opcode.*;

import dev.pyvm.ast.Alias;
import dev.pyvm.ast.Arg;
import dev.pyvm.ast.Arguments;
import dev.pyvm.ast.BinOpKind;
import dev.pyvm.ast.BoolOpKind;
import dev.pyvm.ast.CmpOpKind;
import dev.pyvm.ast.Comprehension;
import dev.pyvm.ast.ExceptHandler;
import dev.pyvm.ast.Expr;
import dev.pyvm.ast.ExprContext;
import dev.pyvm.ast.Keyword;
import dev.pyvm.ast.Module;
import dev.pyvm.ast.Pos;
import dev.pyvm.ast.PySyntaxError;
import dev.pyvm.ast.Stmt;
import dev.pyvm.ast.UnaryOpKind;
import dev.pyvm.bytecode.BinaryOps;
import dev.pyvm.bytecode.CodeObject;
import dev.pyvm.bytecode.ConstFrozenset;
import dev.pyvm.bytecode.ConstTuple;
import dev.pyvm.bytecode.Constants;
import dev.pyvm.bytecode.Opcode;
import dev.pyvm.compiler.Assembler.Handler;
import dev.pyvm.compiler.Assembler.Instr;
import dev.pyvm.compiler.Assembler.Label;
import dev.pyvm.compiler.Symtable.Block;
import dev.pyvm.compiler.Symtable.BlockType;
import dev.pyvm.compiler.Symtable.Scope;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The code generator: walks the AST of one module and emits pyvm instructions, one
 * {@link Unit} per code object, following CPython 3.11's {@code Python/compile.c} construct by
 * construct (the {@code compiler_*} functions named in the comments). Exception handling is
 * zero-cost: {@link #setup} starts a handler's protected range and {@link #popHandler} ends it;
 * break, continue and return unwind the enclosing blocks ({@link FBlock}) as CPython's
 * {@code compiler_unwind_fblock} does, inlining finally bodies.
 */
final class CodeGenerator {

    /** CPython's CO_MAXBLOCKS: how deeply loops, try and with statements may nest. */
    static final int MAX_BLOCKS = 20;
    /** CPython's STACK_USE_GUIDELINE: displays and calls bigger than this are built piecewise. */
    static final int STACK_USE_GUIDELINE = 30;

    private enum ScopeType { MODULE, CLASS, FUNCTION, LAMBDA, COMPREHENSION }

    private enum FBlockType { WHILE_LOOP, FOR_LOOP, TRY_EXCEPT, FINALLY_TRY, FINALLY_END, WITH, HANDLER_CLEANUP,
        EXCEPTION_HANDLER, POP_VALUE }

    /** A block that break/continue/return must unwind; datum: finally body, with statement or handler name. */
    private record FBlock(FBlockType type, Label start, Label exit, Object datum) {}

    /** The state of one code object being generated (CPython's {@code compiler_unit}). */
    private static final class Unit {
        final Block block;
        final ScopeType scopeType;
        final String name;
        final String qualname;
        final int firstlineno;
        final String privateName;
        final List<Instr> code = new ArrayList<>();
        final List<Object> consts = new ArrayList<>();
        final Map<ConstKey, Integer> constIndex = new HashMap<>();
        final Map<String, Integer> names = new LinkedHashMap<>();
        final Map<String, Integer> varnames = new LinkedHashMap<>();
        final List<String> cellvars = new ArrayList<>();
        final List<String> freevars = new ArrayList<>();
        final List<FBlock> fblocks = new ArrayList<>();
        final List<Handler> handlers = new ArrayList<>();
        int argcount;
        int posonlyargcount;
        int kwonlyargcount;
        int line;

        Unit(Block block, ScopeType scopeType, String name, String qualname, int firstlineno, String privateName) {
            this.block = block;
            this.scopeType = scopeType;
            this.name = name;
            this.qualname = qualname;
            this.firstlineno = firstlineno;
            this.privateName = privateName;
            this.line = firstlineno;
        }
    }

    /** Constants are shared by value and type ({@code 1}, {@code 1.0} and {@code True} stay apart). */
    private record ConstKey(Object value) {
        @Override
        public boolean equals(Object o) {
            return o instanceof ConstKey k && Constants.sameConstant(value, k.value);
        }

        @Override
        public int hashCode() {
            return Constants.constantHash(value);
        }
    }

    private final Symtable symtable;
    private final String filename;
    private final String source;
    private final boolean interactive;
    private final boolean fold;
    private final FutureFeatures future;
    /** -O's level: 1 leaves asserts out and makes {@code __debug__} False, 2 also docstrings. */
    private final int optimize;
    private final List<Unit> stack = new ArrayList<>();
    private Unit u;

    private CodeGenerator(Symtable symtable, String filename, String source, boolean interactive, boolean fold,
            FutureFeatures future, int optimize) {
        this.symtable = symtable;
        this.optimize = optimize;
        this.filename = filename;
        this.source = source;
        this.interactive = interactive;
        this.fold = fold;
        this.future = future;
    }

    /**
     * Compiles a module; {@code interactive} prints the value of expression statements
     * (PRINT_EXPR); without {@code fold}, only literals are constants ({@link ConstantFolder}).
     */
    static CodeObject compileModule(Module module, String filename, String source, boolean interactive, boolean fold) {
        return compileModule(module, filename, source, interactive, fold, false, 0);
    }

    /**
     * {@link #compileModule(Module, String, String, boolean, boolean)}, with PEP 563 annotations
     * inherited when {@code annotations}, at -O level {@code optimize}.
     */
    static CodeObject compileModule(Module module, String filename, String source, boolean interactive, boolean fold,
            boolean annotations, int optimize) {
        FutureFeatures future = FutureFeatures.of(module, filename, source).or(annotations);
        Symtable st = Symtable.build(module, filename, source);
        return new CodeGenerator(st, filename, source, interactive, fold, future, optimize).module(module);
    }

    /**
     * Compiles an expression as {@code compile(source, filename, "eval")}: a {@code <module>} code
     * object that returns the expression's value.
     */
    static CodeObject compileExpression(Expr expr, String filename, String source, boolean annotations, int optimize) {
        Module module = new Module(List.of(new Stmt.ExprStmt(expr, expr.pos())));
        Symtable st = Symtable.build(module, filename, source);
        CodeGenerator g = new CodeGenerator(st, filename, source, false, true, new FutureFeatures(annotations, 0), optimize);
        g.enterUnit(st.blockFor(module), ScopeType.MODULE, "<module>", 1, null);
        g.u.line = expr.pos().lineno();
        g.visitExpr(expr);
        g.emit(RETURN_VALUE);
        return g.exitUnit();
    }

    private CodeObject module(Module m) {
        enterUnit(symtable.blockFor(m), ScopeType.MODULE, "<module>", 1, null);
        if (!m.body().isEmpty()) u.line = m.body().get(0).pos().lineno();
        body(m.body(), true);
        loadConst(Constants.Singleton.NONE);
        emit(RETURN_VALUE);
        return exitUnit();
    }

    // --- units ------------------------------------------------------------------------------

    private void enterUnit(Block block, ScopeType type, String name, int firstlineno, String privateName) {
        String qualname = qualname(block, type, name);
        Unit unit = new Unit(block, type, name, qualname, firstlineno, privateName);
        for (String p : block.parameters()) unit.varnames.put(p, unit.varnames.size());
        if (block.needsClassClosure()) {
            unit.cellvars.add("__class__");
        } else {
            for (String s : block.symbolNames()) {
                if (block.scope(s) == Scope.CELL) unit.cellvars.add(s);
            }
        }
        for (String s : block.symbolNames()) {
            if (block.scope(s) == Scope.FREE || (block.flags(s) & Symtable.DEF_FREE_CLASS) != 0) unit.freevars.add(s);
        }
        unit.cellvars.sort(null);
        unit.freevars.sort(null);
        if (u != null) stack.add(u);
        u = unit;
        for (int i = 0; i < unit.cellvars.size(); i++) emit(MAKE_CELL, i);
        if (!unit.freevars.isEmpty()) emit(COPY_FREE_VARS, unit.freevars.size());
        if (block.isGenerator()) {
            emit(RETURN_GENERATOR);
            emit(POP_TOP);
        }
    }

    /** CPython's {@code compiler_set_qualname}. */
    private String qualname(Block block, ScopeType type, String name) {
        if (u == null) return name;
        Unit parent = u;
        if (type == ScopeType.FUNCTION || type == ScopeType.CLASS) {
            String mangled = Symtable.mangle(parent.privateName, name);
            if (parent.block.scope(mangled) == Scope.GLOBAL_EXPLICIT) return name;
        }
        if (parent.scopeType == ScopeType.MODULE) return name;
        String base = parent.qualname;
        if (parent.scopeType == ScopeType.FUNCTION || parent.scopeType == ScopeType.LAMBDA
                || parent.scopeType == ScopeType.COMPREHENSION) {
            base += ".<locals>";
        }
        return base + "." + name;
    }

    private CodeObject exitUnit() {
        Unit unit = u;
        Block b = unit.block;
        int flags = 0;
        if (b.type() == BlockType.FUNCTION) {
            flags |= CodeObject.CO_NEWLOCALS | CodeObject.CO_OPTIMIZED;
            if (b.isNested()) flags |= CodeObject.CO_NESTED;
            if (b.isGenerator()) flags |= CodeObject.CO_GENERATOR;
            if (b.varargs) flags |= CodeObject.CO_VARARGS;
            if (b.varkeywords) flags |= CodeObject.CO_VARKEYWORDS;
        }
        if (future.annotations()) flags |= CodeObject.CO_FUTURE_ANNOTATIONS;
        Assembler.Unit meta = new Assembler.Unit(unit.consts, List.copyOf(unit.names.keySet()),
                List.copyOf(unit.varnames.keySet()), unit.cellvars, unit.freevars, unit.argcount,
                unit.posonlyargcount, unit.kwonlyargcount, flags, unit.name, unit.qualname, filename,
                unit.firstlineno);
        CodeObject co = Assembler.assemble(unit.code, meta);
        u = stack.isEmpty() ? null : stack.remove(stack.size() - 1);
        return co;
    }

    // --- emitting ---------------------------------------------------------------------------

    private Handler currentHandler() {
        return u.handlers.isEmpty() ? null : u.handlers.get(u.handlers.size() - 1);
    }

    private void emit(Opcode op) {
        emit(op, 0);
    }

    private void emit(Opcode op, int arg) {
        if (arg > Opcode.MAX_ARG) throw error("too many values in one instruction", null);
        u.code.add(new Instr(op, arg, null, null, u.line, currentHandler()));
    }

    private void emitJump(Opcode op, Label target) {
        u.code.add(new Instr(op, 0, target, null, u.line, currentHandler()));
    }

    private void jump(Label target) {
        emitJump(JUMP_FORWARD, target);
    }

    private void bind(Label label) {
        label.position = u.code.size();
    }

    /** Starts a handler's protected range (CPython's SETUP_FINALLY / SETUP_CLEANUP / SETUP_WITH). */
    private void setup(Handler h) {
        u.code.add(new Instr(null, 0, null, h, u.line, currentHandler()));
        u.handlers.add(h);
    }

    /** Ends the innermost handler's protected range (CPython's POP_BLOCK). */
    private Handler popHandler() {
        return u.handlers.remove(u.handlers.size() - 1);
    }

    private List<Handler> saveHandlers() {
        return new ArrayList<>(u.handlers);
    }

    private void restoreHandlers(List<Handler> saved) {
        u.handlers.clear();
        u.handlers.addAll(saved);
    }

    private int addConst(Object value) {
        if (value instanceof CodeObject) {
            u.consts.add(value);
            return u.consts.size() - 1;
        }
        return u.constIndex.computeIfAbsent(new ConstKey(value), k -> {
            u.consts.add(value);
            return u.consts.size() - 1;
        });
    }

    private void loadConst(Object value) {
        emit(LOAD_CONST, addConst(value));
    }

    private int nameIndex(String name) {
        return u.names.computeIfAbsent(name, k -> u.names.size());
    }

    /** An instruction whose argument is a (mangled) name: attributes, imports, globals, class bodies. */
    private void emitName(Opcode op, String name) {
        emit(op, nameIndex(Symtable.mangle(u.privateName, name)));
    }

    private PySyntaxError error(String msg, Pos pos) {
        if (pos == null) pos = new Pos(u.line, 0, u.line, 0);
        return PySyntaxError.at(msg, filename, pos, source);
    }

    /** The constant value of {@code e} ({@link ConstantFolder#fold}, or only a literal when not folding), or null. */
    private Object constant(Expr e) {
        return fold ? ConstantFolder.fold(e, optimize == 0) : ConstantFolder.literal(e, optimize == 0);
    }

    /** A tuple constant of {@code elts} (see {@link #constant}), or null. */
    private ConstTuple constantTuple(List<Expr> elts) {
        return fold ? ConstantFolder.foldTuple(elts, optimize == 0) : ConstantFolder.literalTuple(elts, optimize == 0);
    }

    private static final Object NO_DOCSTRING = new Object();

    /** The docstring of a body (a leading string-constant expression statement) or NO_DOCSTRING; none under -OO. */
    private Object docstring(List<Stmt> body) {
        if (optimize < 2 && !body.isEmpty() && body.get(0) instanceof Stmt.ExprStmt e && e.value() instanceof Expr.Constant c
                && c.value() instanceof String s) {
            return s;
        }
        return NO_DOCSTRING;
    }

    // --- names ------------------------------------------------------------------------------

    /** CPython's {@code compiler_nameop}. */
    private void nameOp(String name, ExprContext ctx, Pos pos) {
        if (ctx != ExprContext.LOAD && name.equals("__debug__")) {
            throw error(ctx == ExprContext.STORE ? "cannot assign to __debug__" : "cannot delete __debug__", pos);
        }
        String mangled = Symtable.mangle(u.privateName, name);
        Scope scope = u.block.scope(mangled);
        boolean function = u.block.type() == BlockType.FUNCTION;
        switch (scope) {
            case FREE, CELL -> {
                int idx = scope == Scope.CELL ? u.cellvars.indexOf(mangled)
                        : u.cellvars.size() + u.freevars.indexOf(mangled);
                Opcode op = switch (ctx) {
                    case LOAD -> u.block.type() == BlockType.CLASS ? LOAD_CLASSDEREF : LOAD_DEREF;
                    case STORE -> STORE_DEREF;
                    case DEL -> DELETE_DEREF;
                };
                emit(op, idx);
            }
            case LOCAL -> {
                if (function) {
                    int idx = u.varnames.computeIfAbsent(mangled, k -> u.varnames.size());
                    emit(ctx == ExprContext.LOAD ? LOAD_FAST : ctx == ExprContext.STORE ? STORE_FAST : DELETE_FAST, idx);
                } else {
                    emitNameOp(mangled, ctx);
                }
            }
            case GLOBAL_IMPLICIT -> {
                if (function) emitGlobalOp(mangled, ctx);
                else emitNameOp(mangled, ctx);
            }
            case GLOBAL_EXPLICIT -> emitGlobalOp(mangled, ctx);
            default -> emitNameOp(mangled, ctx);
        }
    }

    private void emitNameOp(String mangled, ExprContext ctx) {
        emit(ctx == ExprContext.LOAD ? LOAD_NAME : ctx == ExprContext.STORE ? STORE_NAME : DELETE_NAME, nameIndex(mangled));
    }

    private void emitGlobalOp(String mangled, ExprContext ctx) {
        emit(ctx == ExprContext.LOAD ? LOAD_GLOBAL : ctx == ExprContext.STORE ? STORE_GLOBAL : DELETE_GLOBAL,
                nameIndex(mangled));
    }

    // --- statements -------------------------------------------------------------------------

    /** CPython's {@code compiler_body}: docstring, annotations set-up, statements. */
    private void body(List<Stmt> stmts, boolean moduleOrClass) {
        if (moduleOrClass && findAnnotations(stmts)) emit(SETUP_ANNOTATIONS);
        int start = 0;
        Object doc = docstring(stmts);
        if (moduleOrClass && doc != NO_DOCSTRING && !interactive) {
            u.line = stmts.get(0).pos().lineno();
            loadConst(doc);
            nameOp("__doc__", ExprContext.STORE, stmts.get(0).pos());
            start = 1;
        }
        for (int i = start; i < stmts.size(); i++) visitStmt(stmts.get(i));
    }

    /** CPython's {@code find_ann}: does a body (not counting nested defs and classes) annotate names? */
    private static boolean findAnnotations(List<Stmt> stmts) {
        for (Stmt s : stmts) {
            if (s instanceof Stmt.AnnAssign) return true;
            if (s instanceof Stmt.For f && (findAnnotations(f.body()) || findAnnotations(f.orelse()))) return true;
            if (s instanceof Stmt.While w && (findAnnotations(w.body()) || findAnnotations(w.orelse()))) return true;
            if (s instanceof Stmt.If i && (findAnnotations(i.body()) || findAnnotations(i.orelse()))) return true;
            if (s instanceof Stmt.With w && findAnnotations(w.body())) return true;
            if (s instanceof Stmt.Try t) {
                if (findAnnotations(t.body()) || findAnnotations(t.orelse()) || findAnnotations(t.finalbody())) return true;
                for (ExceptHandler h : t.handlers()) if (findAnnotations(h.body())) return true;
            }
        }
        return false;
    }

    private void visitStmts(List<Stmt> stmts) {
        for (Stmt s : stmts) visitStmt(s);
    }

    private void visitStmt(Stmt s) {
        u.line = s.pos().lineno();
        if (s instanceof Stmt.FunctionDef f) {
            functionDef(f);
        } else if (s instanceof Stmt.ClassDef c) {
            classDef(c);
        } else if (s instanceof Stmt.Return r) {
            returnStmt(r);
        } else if (s instanceof Stmt.Delete d) {
            for (Expr t : d.targets()) visitExpr(t);
        } else if (s instanceof Stmt.Assign a) {
            visitExpr(a.value());
            for (int i = 0; i < a.targets().size(); i++) {
                if (i < a.targets().size() - 1) emit(COPY, 1);
                visitExpr(a.targets().get(i));
            }
        } else if (s instanceof Stmt.AugAssign a) {
            augAssign(a);
        } else if (s instanceof Stmt.AnnAssign a) {
            annAssign(a);
        } else if (s instanceof Stmt.For f) {
            forStmt(f);
        } else if (s instanceof Stmt.While w) {
            whileStmt(w);
        } else if (s instanceof Stmt.If i) {
            ifStmt(i);
        } else if (s instanceof Stmt.With w) {
            withStmt(w, 0);
        } else if (s instanceof Stmt.Raise r) {
            int n = 0;
            if (r.exc() != null) {
                visitExpr(r.exc());
                n++;
                if (r.cause() != null) {
                    visitExpr(r.cause());
                    n++;
                }
            }
            u.line = s.pos().lineno();
            emit(RAISE_VARARGS, n);
        } else if (s instanceof Stmt.Try t) {
            if (!t.finalbody().isEmpty()) tryFinally(t);
            else tryExcept(t);
        } else if (s instanceof Stmt.Assert a) {
            assertStmt(a);
        } else if (s instanceof Stmt.Import i) {
            importStmt(i);
        } else if (s instanceof Stmt.ImportFrom i) {
            importFrom(i);
        } else if (s instanceof Stmt.Global || s instanceof Stmt.Nonlocal || s instanceof Stmt.Pass) {
            // no code
        } else if (s instanceof Stmt.ExprStmt e) {
            exprStmt(e);
        } else if (s instanceof Stmt.Break b) {
            breakStmt(b);
        } else if (s instanceof Stmt.Continue c) {
            continueStmt(c);
        } else {
            throw error("unsupported statement: " + s.getClass().getSimpleName(), s.pos());
        }
    }

    private void exprStmt(Stmt.ExprStmt e) {
        if (interactive && u.scopeType == ScopeType.MODULE) {
            visitExpr(e.value());
            emit(PRINT_EXPR);
            return;
        }
        if (e.value() instanceof Expr.Constant) return; // a constant statement has no effect
        visitExpr(e.value());
        emit(POP_TOP);
    }

    /** CPython's {@code compiler_function}. */
    private void functionDef(Stmt.FunctionDef f) {
        for (Expr d : f.decoratorList()) visitExpr(d);
        int firstlineno = f.decoratorList().isEmpty() ? f.pos().lineno() : f.decoratorList().get(0).pos().lineno();
        u.line = f.pos().lineno();
        int flags = defaultArguments(f.args());
        if (annotations(f.args(), f.returns())) flags |= MF_ANNOTATIONS;
        Block block = symtable.blockFor(f);
        enterUnit(block, ScopeType.FUNCTION, f.name(), firstlineno, u.privateName);
        Object doc = docstring(f.body());
        addConst(doc == NO_DOCSTRING ? Constants.Singleton.NONE : doc);
        setArgCounts(f.args());
        u.line = f.pos().lineno();
        List<Stmt> stmts = doc == NO_DOCSTRING ? f.body() : f.body().subList(1, f.body().size());
        visitStmts(stmts);
        loadConst(Constants.Singleton.NONE);
        emit(RETURN_VALUE);
        CodeObject co = exitUnit();
        u.line = f.pos().lineno();
        makeClosure(co, flags);
        for (int i = 0; i < f.decoratorList().size(); i++) emit(CALL, 0);
        nameOp(f.name(), ExprContext.STORE, f.pos());
    }

    private void setArgCounts(Arguments a) {
        u.argcount = a.posonlyargs().size() + a.args().size();
        u.posonlyargcount = a.posonlyargs().size();
        u.kwonlyargcount = a.kwonlyargs().size();
    }

    /** CPython's {@code compiler_default_arguments}: pushes defaults and kwdefaults, returns the flags. */
    private int defaultArguments(Arguments a) {
        int flags = 0;
        if (!a.defaults().isEmpty()) {
            ConstTuple folded = constantTuple(a.defaults());
            if (folded != null) {
                loadConst(folded);
            } else {
                for (Expr d : a.defaults()) visitExpr(d);
                emit(BUILD_TUPLE, a.defaults().size());
            }
            flags |= MF_DEFAULTS;
        }
        int n = 0;
        for (int i = 0; i < a.kwonlyargs().size(); i++) {
            Expr d = i < a.kwDefaults().size() ? a.kwDefaults().get(i) : null;
            if (d == null) continue;
            loadConst(Symtable.mangle(u.privateName, a.kwonlyargs().get(i).arg()));
            visitExpr(d);
            n++;
        }
        if (n > 0) {
            emit(BUILD_MAP, n);
            flags |= MF_KWDEFAULTS;
        }
        return flags;
    }

    /** CPython's {@code compiler_visit_annotations}: pushes a tuple of name/annotation pairs if any. */
    private boolean annotations(Arguments a, Expr returns) {
        int n = 0;
        n += argAnnotations(a.args());
        n += argAnnotations(a.posonlyargs());
        if (a.vararg() != null) n += argAnnotations(List.of(a.vararg()));
        n += argAnnotations(a.kwonlyargs());
        if (a.kwarg() != null) n += argAnnotations(List.of(a.kwarg()));
        if (returns != null) {
            loadConst("return");
            annotation(returns);
            n++;
        }
        if (n == 0) return false;
        emit(BUILD_TUPLE, 2 * n);
        return true;
    }

    private int argAnnotations(List<Arg> args) {
        int n = 0;
        for (Arg arg : args) {
            if (arg.annotation() == null) continue;
            loadConst(Symtable.mangle(u.privateName, arg.arg()));
            annotation(arg.annotation());
            n++;
        }
        return n;
    }

    /** Pushes an annotation's value: under {@code from __future__ import annotations} its source text (PEP 563). */
    private void annotation(Expr e) {
        if (future.annotations()) loadConst(Unparser.annotation(e));
        else visitExpr(e);
    }

    /** CPython's {@code compiler_make_closure}: pushes the closure tuple if needed, then MAKE_FUNCTION. */
    private void makeClosure(CodeObject co, int flags) {
        if (!co.freevars().isEmpty()) {
            for (String name : co.freevars()) {
                boolean cell = (u.scopeType == ScopeType.CLASS && name.equals("__class__"))
                        || u.block.scope(name) == Scope.CELL;
                int idx = cell ? u.cellvars.indexOf(name) : u.cellvars.size() + u.freevars.indexOf(name);
                if (idx < 0 || (!cell && u.freevars.indexOf(name) < 0)) {
                    throw new IllegalStateException("no cell for free variable " + name + " of " + co.qualname());
                }
                emit(LOAD_CLOSURE, idx);
            }
            emit(BUILD_TUPLE, co.freevars().size());
            flags |= MF_CLOSURE;
        }
        loadConst(co);
        emit(MAKE_FUNCTION, flags);
    }

    /** CPython's {@code compiler_class}. */
    private void classDef(Stmt.ClassDef c) {
        for (Expr d : c.decoratorList()) visitExpr(d);
        int firstlineno = c.decoratorList().isEmpty() ? c.pos().lineno() : c.decoratorList().get(0).pos().lineno();
        Block block = symtable.blockFor(c);
        enterUnit(block, ScopeType.CLASS, c.name(), firstlineno, c.name());
        u.line = c.pos().lineno();
        nameOp("__name__", ExprContext.LOAD, c.pos());
        nameOp("__module__", ExprContext.STORE, c.pos());
        loadConst(u.qualname);
        nameOp("__qualname__", ExprContext.STORE, c.pos());
        body(c.body(), true);
        if (block.needsClassClosure()) {
            emit(LOAD_CLOSURE, u.cellvars.indexOf("__class__"));
            emit(COPY, 1);
            emitNameOp("__classcell__", ExprContext.STORE);
        } else {
            loadConst(Constants.Singleton.NONE);
        }
        emit(RETURN_VALUE);
        CodeObject co = exitUnit();
        u.line = c.pos().lineno();
        emit(PUSH_NULL);
        emit(LOAD_BUILD_CLASS);
        makeClosure(co, 0);
        loadConst(c.name());
        callHelper(2, c.bases(), c.keywords());
        for (int i = 0; i < c.decoratorList().size(); i++) emit(CALL, 0);
        nameOp(c.name(), ExprContext.STORE, c.pos());
    }

    /** CPython's {@code compiler_return}. */
    private void returnStmt(Stmt.Return r) {
        if (u.block.type() != BlockType.FUNCTION) throw error("'return' outside function", r.pos());
        Object constant = r.value() == null ? Constants.Singleton.NONE : constant(r.value());
        boolean preserveTos = constant == null;
        if (preserveTos) visitExpr(r.value());
        List<Handler> saved = saveHandlers();
        unwindFblockStack(preserveTos, false);
        u.line = r.pos().lineno();
        if (!preserveTos) loadConst(constant);
        emit(RETURN_VALUE);
        restoreHandlers(saved);
    }

    private void breakStmt(Stmt.Break b) {
        List<Handler> saved = saveHandlers();
        FBlock loop = unwindFblockStack(false, true);
        if (loop == null) throw error("'break' outside loop", b.pos());
        unwindFblock(loop, false);
        u.line = b.pos().lineno();
        jump(loop.exit());
        restoreHandlers(saved);
    }

    private void continueStmt(Stmt.Continue c) {
        List<Handler> saved = saveHandlers();
        FBlock loop = unwindFblockStack(false, true);
        if (loop == null) throw error("'continue' not properly in loop", c.pos());
        u.line = c.pos().lineno();
        jump(loop.start());
        restoreHandlers(saved);
    }

    private void pushFblock(FBlockType type, Label start, Label exit, Object datum, Pos pos) {
        if (u.fblocks.size() >= MAX_BLOCKS) throw error("too many statically nested blocks", pos);
        u.fblocks.add(new FBlock(type, start, exit, datum));
    }

    private void popFblock() {
        u.fblocks.remove(u.fblocks.size() - 1);
    }

    /** CPython's {@code compiler_unwind_fblock}: the code that leaves one block early. */
    private void unwindFblock(FBlock f, boolean preserveTos) {
        switch (f.type()) {
            case WHILE_LOOP, EXCEPTION_HANDLER -> { }
            case FOR_LOOP, POP_VALUE -> {
                if (preserveTos) emit(SWAP, 2);
                emit(POP_TOP);
            }
            case TRY_EXCEPT -> popHandler();
            case FINALLY_TRY -> {
                popHandler();
                if (preserveTos) pushFblock(FBlockType.POP_VALUE, null, null, null, null);
                int line = u.line;
                @SuppressWarnings("unchecked")
                List<Stmt> finalbody = (List<Stmt>) f.datum();
                visitStmts(finalbody);
                u.line = line;
                if (preserveTos) popFblock();
            }
            case FINALLY_END -> {
                if (preserveTos) emit(SWAP, 2);
                emit(POP_TOP);
                if (preserveTos) emit(SWAP, 2);
                popHandler();
                emit(POP_EXCEPT);
            }
            case WITH -> {
                popHandler();
                if (preserveTos) emit(SWAP, 2);
                callExitWithNones();
                emit(POP_TOP);
            }
            case HANDLER_CLEANUP -> {
                if (f.datum() != null) popHandler();
                if (preserveTos) emit(SWAP, 2);
                popHandler();
                emit(POP_EXCEPT);
                if (f.datum() != null) {
                    loadConst(Constants.Singleton.NONE);
                    nameOp((String) f.datum(), ExprContext.STORE, null);
                    nameOp((String) f.datum(), ExprContext.DEL, null);
                }
            }
        }
    }

    /**
     * CPython's {@code compiler_unwind_fblock_stack}: unwinds blocks from the innermost out, up to
     * the innermost loop if {@code stopAtLoop} (returned, not unwound), or all of them.
     */
    private FBlock unwindFblockStack(boolean preserveTos, boolean stopAtLoop) {
        if (u.fblocks.isEmpty()) return null;
        FBlock top = u.fblocks.get(u.fblocks.size() - 1);
        if (stopAtLoop && (top.type() == FBlockType.WHILE_LOOP || top.type() == FBlockType.FOR_LOOP)) return top;
        popFblock();
        unwindFblock(top, preserveTos);
        FBlock loop = unwindFblockStack(preserveTos, stopAtLoop);
        u.fblocks.add(top);
        return loop;
    }

    private void callExitWithNones() {
        loadConst(Constants.Singleton.NONE);
        loadConst(Constants.Singleton.NONE);
        loadConst(Constants.Singleton.NONE);
        emit(CALL, 2);
    }

    /** CPython's {@code compiler_augassign}. */
    private void augAssign(Stmt.AugAssign a) {
        Expr t = a.target();
        if (t instanceof Expr.Attribute at) {
            visitExpr(at.value());
            emit(COPY, 1);
            emitName(LOAD_ATTR, at.attr());
        } else if (t instanceof Expr.Subscript sub) {
            visitExpr(sub.value());
            visitExpr(sub.slice());
            emit(COPY, 2);
            emit(COPY, 2);
            emit(BINARY_SUBSCR);
        } else if (t instanceof Expr.Name n) {
            nameOp(n.id(), ExprContext.LOAD, n.pos());
        } else {
            throw error("illegal expression for augmented assignment", t.pos());
        }
        visitExpr(a.value());
        u.line = a.pos().lineno();
        emit(BINARY_OP, binaryOp(a.op()) + BinaryOps.INPLACE);
        if (t instanceof Expr.Attribute at) {
            emit(SWAP, 2);
            emitName(STORE_ATTR, at.attr());
        } else if (t instanceof Expr.Subscript) {
            emit(SWAP, 3);
            emit(SWAP, 2);
            emit(STORE_SUBSCR);
        } else {
            nameOp(((Expr.Name) t).id(), ExprContext.STORE, t.pos());
        }
    }

    /** CPython's {@code compiler_annassign}. */
    private void annAssign(Stmt.AnnAssign a) {
        Expr t = a.target();
        if (a.value() != null) {
            visitExpr(a.value());
            visitExpr(t);
        }
        boolean moduleOrClass = u.scopeType == ScopeType.MODULE || u.scopeType == ScopeType.CLASS;
        if (t instanceof Expr.Name n) {
            if (a.simple() && moduleOrClass) {
                annotation(a.annotation());
                emit(LOAD_NAME, nameIndex("__annotations__"));
                loadConst(Symtable.mangle(u.privateName, n.id()));
                emit(STORE_SUBSCR);
            }
        } else if (t instanceof Expr.Attribute at) {
            if (a.value() == null) {
                visitExpr(at.value());
                emit(POP_TOP);
            }
        } else if (t instanceof Expr.Subscript sub) {
            if (a.value() == null) {
                visitExpr(sub.value());
                emit(POP_TOP);
                checkAnnSubscript(sub.slice());
            }
        }
        if (!a.simple() && moduleOrClass && !future.annotations()) {
            visitExpr(a.annotation());
            emit(POP_TOP);
        }
    }

    private void checkAnnSubscript(Expr slice) {
        if (slice instanceof Expr.Slice s) {
            for (Expr part : new Expr[] {s.lower(), s.upper(), s.step()}) {
                if (part != null) {
                    visitExpr(part);
                    emit(POP_TOP);
                }
            }
        } else if (slice instanceof Expr.Tuple tu) {
            for (Expr e : tu.elts()) checkAnnSubscript(e);
        } else {
            visitExpr(slice);
            emit(POP_TOP);
        }
    }

    /** CPython's {@code compiler_for}. */
    private void forStmt(Stmt.For f) {
        Label start = new Label(), cleanup = new Label(), end = new Label();
        // CPython's fold_iter: iterating over a list (set) display of constants iterates over a tuple (frozenset).
        visitIterable(f.iter());
        u.line = f.pos().lineno();
        emit(GET_ITER);
        pushFblock(FBlockType.FOR_LOOP, start, end, null, f.pos());
        bind(start);
        emitJump(FOR_ITER, cleanup);
        visitExpr(f.target());
        visitStmts(f.body());
        jump(start);
        bind(cleanup);
        popFblock();
        visitStmts(f.orelse());
        bind(end);
    }

    /** CPython's {@code compiler_while}, with the test at the top of the loop. */
    private void whileStmt(Stmt.While w) {
        Label loop = new Label(), anchor = new Label(), end = new Label();
        bind(loop);
        pushFblock(FBlockType.WHILE_LOOP, loop, end, null, w.pos());
        jumpIf(w.test(), anchor, false);
        visitStmts(w.body());
        u.line = w.pos().lineno();
        jump(loop);
        popFblock();
        bind(anchor);
        visitStmts(w.orelse());
        bind(end);
    }

    /** CPython's {@code compiler_if}. */
    private void ifStmt(Stmt.If s) {
        Label end = new Label();
        Label next = s.orelse().isEmpty() ? end : new Label();
        jumpIf(s.test(), next, false);
        visitStmts(s.body());
        if (!s.orelse().isEmpty()) {
            jump(end);
            bind(next);
            visitStmts(s.orelse());
        }
        bind(end);
    }

    /** CPython's {@code compiler_with}: one context manager per level of recursion. */
    private void withStmt(Stmt.With w, int pos) {
        dev.pyvm.ast.WithItem item = w.items().get(pos);
        Label fin = new Label(), exit = new Label(), cleanup = new Label(), suppress = new Label();
        u.line = w.pos().lineno();
        visitExpr(item.contextExpr());
        u.line = w.pos().lineno();
        emit(BEFORE_WITH);
        // The enter result is on the stack at SETUP, but stored or popped before the body runs.
        setup(new Handler(fin, true, 1));
        pushFblock(FBlockType.WITH, null, null, w, w.pos());
        if (item.optionalVars() != null) visitExpr(item.optionalVars());
        else emit(POP_TOP);
        if (pos + 1 == w.items().size()) visitStmts(w.body());
        else withStmt(w, pos + 1);
        popFblock();
        popHandler();
        u.line = w.pos().lineno();
        callExitWithNones();
        emit(POP_TOP);
        jump(exit);
        // Exceptional exit: [exit, lasti, exc] -> call exit(type, exc, tb), re-raise unless it returns true.
        bind(fin);
        setup(new Handler(cleanup, true, 0));
        emit(PUSH_EXC_INFO);
        emit(WITH_EXCEPT_START);
        emitJump(POP_JUMP_IF_TRUE, suppress);
        emit(RERAISE, 2);
        popHandler();
        popExceptAndReraise(cleanup);
        bind(suppress);
        emit(POP_TOP);
        emit(POP_EXCEPT);
        emit(POP_TOP);
        emit(POP_TOP);
        bind(exit);
    }

    /** CPython's POP_EXCEPT_AND_RERAISE: the cleanup that restores the handled exception. */
    private void popExceptAndReraise(Label cleanup) {
        bind(cleanup);
        emit(COPY, 3);
        emit(POP_EXCEPT);
        emit(RERAISE, 1);
    }

    /** CPython's {@code compiler_try_except}. */
    private void tryExcept(Stmt.Try t) {
        Label except = new Label(), end = new Label(), cleanup = new Label();
        setup(new Handler(except, false, 0));
        pushFblock(FBlockType.TRY_EXCEPT, null, null, null, t.pos());
        visitStmts(t.body());
        popFblock();
        popHandler();
        visitStmts(t.orelse());
        jump(end);
        bind(except);
        Handler cleanupHandler = new Handler(cleanup, true, 0);
        setup(cleanupHandler);
        emit(PUSH_EXC_INFO);
        pushFblock(FBlockType.EXCEPTION_HANDLER, null, null, null, t.pos());
        List<ExceptHandler> handlers = t.handlers();
        for (int i = 0; i < handlers.size(); i++) {
            ExceptHandler h = handlers.get(i);
            u.line = h.pos().lineno();
            if (h.type() == null && i < handlers.size() - 1) throw error("default 'except:' must be last", h.pos());
            Label next = new Label();
            if (h.type() != null) {
                visitExpr(h.type());
                u.line = h.pos().lineno();
                emit(CHECK_EXC_MATCH);
                emitJump(POP_JUMP_IF_FALSE, next);
            }
            if (h.name() != null) {
                Label cleanupEnd = new Label();
                nameOp(h.name(), ExprContext.STORE, h.pos());
                // try: body finally: name = None; del name
                setup(new Handler(cleanupEnd, true, 0));
                pushFblock(FBlockType.HANDLER_CLEANUP, null, null, h.name(), h.pos());
                visitStmts(h.body());
                popFblock();
                popHandler();
                popHandler();
                emit(POP_EXCEPT);
                loadConst(Constants.Singleton.NONE);
                nameOp(h.name(), ExprContext.STORE, h.pos());
                nameOp(h.name(), ExprContext.DEL, h.pos());
                jump(end);
                u.handlers.add(cleanupHandler);
                bind(cleanupEnd);
                loadConst(Constants.Singleton.NONE);
                nameOp(h.name(), ExprContext.STORE, h.pos());
                nameOp(h.name(), ExprContext.DEL, h.pos());
                emit(RERAISE, 1);
            } else {
                emit(POP_TOP);
                pushFblock(FBlockType.HANDLER_CLEANUP, null, null, null, h.pos());
                visitStmts(h.body());
                popFblock();
                popHandler();
                emit(POP_EXCEPT);
                jump(end);
                u.handlers.add(cleanupHandler);
            }
            bind(next);
        }
        popFblock();
        emit(RERAISE, 0);
        popHandler();
        popExceptAndReraise(cleanup);
        bind(end);
    }

    /** CPython's {@code compiler_try_finally}: the finally body is inlined on the normal path. */
    private void tryFinally(Stmt.Try t) {
        Label end = new Label(), exit = new Label(), cleanup = new Label();
        setup(new Handler(end, false, 0));
        pushFblock(FBlockType.FINALLY_TRY, null, null, t.finalbody(), t.pos());
        if (!t.handlers().isEmpty()) tryExcept(t);
        else visitStmts(t.body());
        popHandler();
        popFblock();
        visitStmts(t.finalbody());
        jump(exit);
        bind(end);
        setup(new Handler(cleanup, true, 0));
        emit(PUSH_EXC_INFO);
        pushFblock(FBlockType.FINALLY_END, null, null, null, t.pos());
        visitStmts(t.finalbody());
        popFblock();
        emit(RERAISE, 0);
        popHandler();
        popExceptAndReraise(cleanup);
        bind(exit);
    }

    /** CPython's {@code compiler_assert}. */
    private void assertStmt(Stmt.Assert a) {
        if (optimize > 0) return;
        Label end = new Label();
        jumpIf(a.test(), end, true);
        u.line = a.pos().lineno();
        emit(LOAD_ASSERTION_ERROR);
        if (a.msg() != null) {
            visitExpr(a.msg());
            emit(CALL, 0);
        }
        emit(RAISE_VARARGS, 1);
        bind(end);
    }

    /** CPython's {@code compiler_import}. */
    private void importStmt(Stmt.Import s) {
        for (Alias a : s.names()) {
            loadConst(0L);
            loadConst(Constants.Singleton.NONE);
            emit(IMPORT_NAME, nameIndex(a.name()));
            if (a.asname() != null) {
                String name = a.name();
                int dot = name.indexOf('.');
                if (dot >= 0) {
                    while (true) {
                        int pos = dot + 1;
                        dot = name.indexOf('.', pos);
                        String attr = dot < 0 ? name.substring(pos) : name.substring(pos, dot);
                        emit(IMPORT_FROM, nameIndex(attr));
                        if (dot < 0) break;
                        emit(SWAP, 2);
                        emit(POP_TOP);
                    }
                    nameOp(a.asname(), ExprContext.STORE, a.pos());
                    emit(POP_TOP);
                } else {
                    nameOp(a.asname(), ExprContext.STORE, a.pos());
                }
            } else {
                String store = a.name();
                int dot = store.indexOf('.');
                if (dot >= 0) store = store.substring(0, dot);
                nameOp(store, ExprContext.STORE, a.pos());
            }
        }
    }

    /** CPython's {@code compiler_from_import}. */
    private void importFrom(Stmt.ImportFrom s) {
        if (s.pos().lineno() > future.lastLine() && "__future__".equals(s.module())) {
            throw error(FutureFeatures.LATE, s.pos());
        }
        loadConst((long) s.level());
        List<Object> names = new ArrayList<>();
        for (Alias a : s.names()) names.add(a.name());
        loadConst(new ConstTuple(names));
        emit(IMPORT_NAME, nameIndex(s.module() == null ? "" : s.module()));
        for (Alias a : s.names()) {
            if (a.name().equals("*")) {
                emit(IMPORT_STAR);
                return;
            }
            emit(IMPORT_FROM, nameIndex(a.name()));
            nameOp(a.asname() != null ? a.asname() : a.name(), ExprContext.STORE, a.pos());
        }
        emit(POP_TOP);
    }

    // --- conditional jumps ------------------------------------------------------------------

    /** CPython's {@code compiler_jump_if}: jumps to {@code target} if {@code e}'s truth is {@code cond}. */
    private void jumpIf(Expr e, Label target, boolean cond) {
        int saved = u.line;
        u.line = e.pos().lineno();
        Object constant = constant(e);
        Boolean truth = constant == null ? null : ConstantFolder.truthiness(constant);
        if (truth != null) {
            if (truth == cond) jump(target);
        } else if (e instanceof Expr.UnaryOp un && un.op() == UnaryOpKind.NOT) {
            jumpIf(un.operand(), target, !cond);
        } else if (e instanceof Expr.BoolOp b) {
            boolean cond2 = b.op() == BoolOpKind.OR;
            Label next2 = cond2 != cond ? new Label() : target;
            List<Expr> values = b.values();
            for (int i = 0; i < values.size() - 1; i++) jumpIf(values.get(i), next2, cond2);
            jumpIf(values.get(values.size() - 1), target, cond);
            if (next2 != target) bind(next2);
        } else if (e instanceof Expr.IfExp ie) {
            Label end = new Label(), next2 = new Label();
            jumpIf(ie.test(), next2, false);
            jumpIf(ie.body(), target, cond);
            jump(end);
            bind(next2);
            jumpIf(ie.orelse(), target, cond);
            bind(end);
        } else if (e instanceof Expr.Compare c && c.ops().size() > 1) {
            Label cleanup = new Label(), end = new Label();
            visitExpr(c.left());
            int n = c.ops().size() - 1;
            for (int i = 0; i < n; i++) {
                visitExpr(c.comparators().get(i));
                emit(SWAP, 2);
                emit(COPY, 2);
                compareOp(c.ops().get(i));
                emitJump(POP_JUMP_IF_FALSE, cleanup);
            }
            visitComparator(c.ops().get(n), c.comparators().get(n));
            compareOp(c.ops().get(n));
            emitJump(cond ? POP_JUMP_IF_TRUE : POP_JUMP_IF_FALSE, target);
            jump(end);
            bind(cleanup);
            emit(POP_TOP);
            if (!cond) jump(target);
            bind(end);
        } else if (e instanceof Expr.Compare c && (c.ops().get(0) == CmpOpKind.IS || c.ops().get(0) == CmpOpKind.IS_NOT)
                && c.comparators().get(0) instanceof Expr.Constant k && k.value() == dev.pyvm.ast.SpecialConstant.NONE) {
            visitExpr(c.left());
            boolean isNone = c.ops().get(0) == CmpOpKind.IS;
            emitJump(isNone == cond ? POP_JUMP_IF_NONE : POP_JUMP_IF_NOT_NONE, target);
        } else {
            visitExpr(e);
            emitJump(cond ? POP_JUMP_IF_TRUE : POP_JUMP_IF_FALSE, target);
        }
        u.line = saved;
    }

    // --- expressions ------------------------------------------------------------------------

    private void visitExpr(Expr e) {
        int saved = u.line;
        u.line = e.pos().lineno();
        visitExpr1(e);
        u.line = saved;
    }

    private void visitExpr1(Expr e) {
        if (!(e instanceof Expr.Constant)) {
            Object folded = constant(e);
            if (folded != null) {
                loadConst(folded);
                return;
            }
        }
        if (e instanceof Expr.Constant c) {
            Object v = ConstantFolder.fromAst(c.value());
            if (v == null) {
                throw error("unsupported constant of type " + c.value().getClass().getSimpleName(), c.pos());
            }
            loadConst(v);
        } else if (e instanceof Expr.Name n) {
            nameOp(n.id(), n.ctx(), n.pos());
        } else if (e instanceof Expr.NamedExpr n) {
            visitExpr(n.value());
            emit(COPY, 1);
            visitExpr(n.target());
        } else if (e instanceof Expr.Attribute a) {
            attribute(a);
        } else if (e instanceof Expr.Subscript s) {
            subscript(s);
        } else if (e instanceof Expr.BinOp b) {
            visitExpr(b.left());
            visitExpr(b.right());
            emit(BINARY_OP, binaryOp(b.op()));
        } else if (e instanceof Expr.UnaryOp un) {
            visitExpr(un.operand());
            emit(switch (un.op()) {
                case INVERT -> UNARY_INVERT;
                case NOT -> UNARY_NOT;
                case UADD -> UNARY_POSITIVE;
                case USUB -> UNARY_NEGATIVE;
            });
        } else if (e instanceof Expr.BoolOp b) {
            Label end = new Label();
            Opcode jump = b.op() == BoolOpKind.AND ? JUMP_IF_FALSE_OR_POP : JUMP_IF_TRUE_OR_POP;
            List<Expr> values = b.values();
            for (int i = 0; i < values.size() - 1; i++) {
                visitExpr(values.get(i));
                emitJump(jump, end);
            }
            visitExpr(values.get(values.size() - 1));
            bind(end);
        } else if (e instanceof Expr.Compare c) {
            compare(c);
        } else if (e instanceof Expr.IfExp ie) {
            Label end = new Label(), next = new Label();
            jumpIf(ie.test(), next, false);
            visitExpr(ie.body());
            jump(end);
            bind(next);
            visitExpr(ie.orelse());
            bind(end);
        } else if (e instanceof Expr.Call c) {
            call(c);
        } else if (e instanceof Expr.Lambda l) {
            lambda(l);
        } else if (e instanceof Expr.Tuple t) {
            if (t.ctx() == ExprContext.LOAD) {
                starunpack(t.elts(), 0, BUILD_LIST, LIST_APPEND, LIST_EXTEND, true);
            } else if (t.ctx() == ExprContext.STORE) {
                unpack(t.elts(), t.pos());
            } else {
                for (Expr x : t.elts()) visitExpr(x);
            }
        } else if (e instanceof Expr.List l) {
            if (l.ctx() == ExprContext.LOAD) {
                starunpack(l.elts(), 0, BUILD_LIST, LIST_APPEND, LIST_EXTEND, false);
            } else if (l.ctx() == ExprContext.STORE) {
                unpack(l.elts(), l.pos());
            } else {
                for (Expr x : l.elts()) visitExpr(x);
            }
        } else if (e instanceof Expr.Set s) {
            starunpack(s.elts(), 0, BUILD_SET, SET_ADD, SET_UPDATE, false);
        } else if (e instanceof Expr.Dict d) {
            dict(d);
        } else if (e instanceof Expr.ListComp c) {
            comprehension(c, Symtable.FunctionKind.LISTCOMP, "<listcomp>", c.generators(), c.elt(), null);
        } else if (e instanceof Expr.SetComp c) {
            comprehension(c, Symtable.FunctionKind.SETCOMP, "<setcomp>", c.generators(), c.elt(), null);
        } else if (e instanceof Expr.DictComp c) {
            comprehension(c, Symtable.FunctionKind.DICTCOMP, "<dictcomp>", c.generators(), c.key(), c.value());
        } else if (e instanceof Expr.GeneratorExp c) {
            comprehension(c, Symtable.FunctionKind.GENEXPR, "<genexpr>", c.generators(), c.elt(), null);
        } else if (e instanceof Expr.Yield y) {
            if (u.block.type() != BlockType.FUNCTION) throw error("'yield' outside function", y.pos());
            if (y.value() != null) visitExpr(y.value());
            else loadConst(Constants.Singleton.NONE);
            emit(YIELD_VALUE, 0);
        } else if (e instanceof Expr.YieldFrom y) {
            if (u.block.type() != BlockType.FUNCTION) throw error("'yield' outside function", y.pos());
            visitExpr(y.value());
            emit(GET_YIELD_FROM_ITER);
            loadConst(Constants.Singleton.NONE);
            Label start = new Label(), exit = new Label();
            bind(start);
            emitJump(SEND, exit);
            emit(YIELD_VALUE, 1);
            jump(start);
            bind(exit);
        } else if (e instanceof Expr.JoinedStr j) {
            joinedStr(j);
        } else if (e instanceof Expr.FormattedValue f) {
            formattedValue(f);
        } else if (e instanceof Expr.Slice s) {
            slice(s);
        } else if (e instanceof Expr.Starred s) {
            if (s.ctx() == ExprContext.STORE) {
                throw error("starred assignment target must be in a list or tuple", s.pos());
            }
            throw error("can't use starred expression here", s.pos());
        } else {
            throw error("unsupported expression: " + e.getClass().getSimpleName(), e.pos());
        }
    }

    private static int binaryOp(BinOpKind op) {
        return switch (op) {
            case ADD -> BinaryOps.NB_ADD;
            case BITAND -> BinaryOps.NB_AND;
            case FLOORDIV -> BinaryOps.NB_FLOOR_DIVIDE;
            case LSHIFT -> BinaryOps.NB_LSHIFT;
            case MATMULT -> BinaryOps.NB_MATRIX_MULTIPLY;
            case MULT -> BinaryOps.NB_MULTIPLY;
            case MOD -> BinaryOps.NB_REMAINDER;
            case BITOR -> BinaryOps.NB_OR;
            case POW -> BinaryOps.NB_POWER;
            case RSHIFT -> BinaryOps.NB_RSHIFT;
            case SUB -> BinaryOps.NB_SUBTRACT;
            case DIV -> BinaryOps.NB_TRUE_DIVIDE;
            case BITXOR -> BinaryOps.NB_XOR;
        };
    }

    private void compareOp(CmpOpKind op) {
        switch (op) {
            case LT -> emit(COMPARE_OP, 0);
            case LT_E -> emit(COMPARE_OP, 1);
            case EQ -> emit(COMPARE_OP, 2);
            case NOT_EQ -> emit(COMPARE_OP, 3);
            case GT -> emit(COMPARE_OP, 4);
            case GT_E -> emit(COMPARE_OP, 5);
            case IS -> emit(IS_OP, 0);
            case IS_NOT -> emit(IS_OP, 1);
            case IN -> emit(CONTAINS_OP, 0);
            case NOT_IN -> emit(CONTAINS_OP, 1);
        }
    }

    /** The right operand of a comparison: {@code x in [1, 2]} tests against the constant tuple. */
    private void visitComparator(CmpOpKind op, Expr right) {
        if (op == CmpOpKind.IN || op == CmpOpKind.NOT_IN) {
            Object folded = foldedIterable(right);
            if (folded != null) {
                loadConst(folded);
                return;
            }
        }
        visitExpr(right);
    }

    /** What a for loop or a comprehension iterates over, folded as CPython's fold_iter folds it. */
    private void visitIterable(Expr iter) {
        Object folded = foldedIterable(iter);
        if (folded != null) loadConst(folded);
        else visitExpr(iter);
    }

    /**
     * CPython's fold_iter and fold_compare: a list display of constants as a tuple constant, a
     * set display of constants as a frozenset constant; null for anything else.
     */
    private Object foldedIterable(Expr e) {
        if (e instanceof Expr.List l && l.ctx() == ExprContext.LOAD) return constantTuple(l.elts());
        if (e instanceof Expr.Set set) {
            ConstTuple items = constantTuple(set.elts());
            return items == null ? null : new ConstFrozenset(items.items());
        }
        return null;
    }

    /** CPython's {@code compiler_compare}. */
    private void compare(Expr.Compare c) {
        visitExpr(c.left());
        int n = c.ops().size() - 1;
        if (n == 0) {
            visitComparator(c.ops().get(0), c.comparators().get(0));
            compareOp(c.ops().get(0));
            return;
        }
        Label cleanup = new Label(), end = new Label();
        for (int i = 0; i < n; i++) {
            // only the last comparator is folded (CPython: fold_compare): a middle one is also
            // the left operand of the next comparison, so `1 in [1] in [[1]]` needs the list
            visitExpr(c.comparators().get(i));
            emit(SWAP, 2);
            emit(COPY, 2);
            compareOp(c.ops().get(i));
            emitJump(JUMP_IF_FALSE_OR_POP, cleanup);
        }
        visitComparator(c.ops().get(n), c.comparators().get(n));
        compareOp(c.ops().get(n));
        jump(end);
        bind(cleanup);
        emit(SWAP, 2);
        emit(POP_TOP);
        bind(end);
    }

    private void attribute(Expr.Attribute a) {
        visitExpr(a.value());
        u.line = a.pos().lineno();
        switch (a.ctx()) {
            case LOAD -> emitName(LOAD_ATTR, a.attr());
            case STORE -> emitName(STORE_ATTR, a.attr());
            case DEL -> emitName(DELETE_ATTR, a.attr());
        }
    }

    private void subscript(Expr.Subscript s) {
        visitExpr(s.value());
        visitExpr(s.slice());
        switch (s.ctx()) {
            case LOAD -> emit(BINARY_SUBSCR);
            case STORE -> emit(STORE_SUBSCR);
            case DEL -> emit(DELETE_SUBSCR);
        }
    }

    /** CPython's {@code compiler_slice}. */
    private void slice(Expr.Slice s) {
        int n = 2;
        if (s.lower() != null) visitExpr(s.lower());
        else loadConst(Constants.Singleton.NONE);
        if (s.upper() != null) visitExpr(s.upper());
        else loadConst(Constants.Singleton.NONE);
        if (s.step() != null) {
            visitExpr(s.step());
            n = 3;
        }
        emit(BUILD_SLICE, n);
    }

    /** CPython's {@code unpack_helper} and {@code assignment_helper}. */
    private void unpack(List<Expr> elts, Pos pos) {
        int n = elts.size();
        boolean seenStar = false;
        for (int i = 0; i < n; i++) {
            if (elts.get(i) instanceof Expr.Starred) {
                if (seenStar) throw error("multiple starred expressions in assignment", pos);
                int after = n - i - 1;
                if (i >= (1 << 8) || after >= (1 << 16)) {
                    throw error("too many expressions in star-unpacking assignment", pos);
                }
                emit(UNPACK_EX, i + (after << 8));
                seenStar = true;
            }
        }
        if (!seenStar) emit(UNPACK_SEQUENCE, n);
        for (Expr elt : elts) {
            visitExpr(elt instanceof Expr.Starred s ? s.value() : elt);
        }
    }

    /** CPython's {@code starunpack_helper}: builds a list, tuple or set from items and starred iterables. */
    private void starunpack(List<Expr> elts, int pushed, Opcode build, Opcode add, Opcode extend, boolean tuple) {
        int n = elts.size();
        if (n > 2) {
            ConstTuple folded = constantTuple(elts);
            if (folded != null) {
                if (tuple && pushed == 0) {
                    loadConst(folded);
                } else {
                    emit(build, pushed);
                    // a set display of constants updates from a frozenset constant
                    loadConst(build == BUILD_SET ? new ConstFrozenset(folded.items()) : folded);
                    emit(extend, 1);
                    if (tuple) emit(LIST_TO_TUPLE);
                }
                return;
            }
        }
        boolean big = n + pushed > STACK_USE_GUIDELINE;
        boolean seenStar = false;
        for (Expr elt : elts) seenStar |= elt instanceof Expr.Starred;
        if (!seenStar && !big) {
            for (Expr elt : elts) visitExpr(elt);
            emit(tuple ? BUILD_TUPLE : build, n + pushed);
            return;
        }
        boolean built = false;
        if (big) {
            emit(build, pushed);
            built = true;
        }
        for (int i = 0; i < n; i++) {
            Expr elt = elts.get(i);
            if (elt instanceof Expr.Starred s) {
                if (!built) {
                    emit(build, i + pushed);
                    built = true;
                }
                visitExpr(s.value());
                emit(extend, 1);
            } else {
                visitExpr(elt);
                if (built) emit(add, 1);
            }
        }
        if (tuple) emit(LIST_TO_TUPLE);
    }

    /** CPython's {@code compiler_dict}. */
    private void dict(Expr.Dict d) {
        int n = d.values().size();
        boolean haveDict = false;
        int elements = 0;
        for (int i = 0; i < n; i++) {
            if (d.keys().get(i) == null) {
                if (elements > 0) {
                    subdict(d, i - elements, i);
                    if (haveDict) emit(DICT_UPDATE, 1);
                    haveDict = true;
                    elements = 0;
                }
                if (!haveDict) {
                    emit(BUILD_MAP, 0);
                    haveDict = true;
                }
                visitExpr(d.values().get(i));
                emit(DICT_UPDATE, 1);
            } else {
                if (elements * 2 > STACK_USE_GUIDELINE) {
                    subdict(d, i - elements, i);
                    if (haveDict) emit(DICT_UPDATE, 1);
                    haveDict = true;
                    elements = 0;
                }
                elements++;
            }
        }
        if (elements > 0) {
            subdict(d, n - elements, n);
            if (haveDict) emit(DICT_UPDATE, 1);
            haveDict = true;
        }
        if (!haveDict) emit(BUILD_MAP, 0);
    }

    private void subdict(Expr.Dict d, int begin, int end) {
        for (int i = begin; i < end; i++) {
            visitExpr(d.keys().get(i));
            visitExpr(d.values().get(i));
        }
        emit(BUILD_MAP, end - begin);
    }

    /** CPython's {@code compiler_call} with {@code maybe_optimize_method_call}. */
    private void call(Expr.Call c) {
        validateKeywords(c.keywords());
        if (c.func() instanceof Expr.Attribute a && a.ctx() == ExprContext.LOAD && isSimpleCall(0, c.args(), c.keywords())) {
            visitExpr(a.value());
            u.line = a.pos().lineno();
            emitName(LOAD_METHOD, a.attr());
            for (Expr arg : c.args()) visitExpr(arg);
            for (Keyword k : c.keywords()) visitExpr(k.value());
            u.line = c.pos().lineno();
            kwNames(c.keywords());
            emit(CALL, c.args().size() + c.keywords().size());
            return;
        }
        emit(PUSH_NULL);
        visitExpr(c.func());
        callHelper(0, c.args(), c.keywords());
    }

    /** No starred arguments, no {@code **} keywords, and few enough values for the stack. */
    private static boolean isSimpleCall(int pushed, List<Expr> args, List<Keyword> keywords) {
        if (pushed + args.size() + keywords.size() * 2 > STACK_USE_GUIDELINE) return false;
        for (Expr a : args) if (a instanceof Expr.Starred) return false;
        for (Keyword k : keywords) if (k.arg() == null) return false;
        return true;
    }

    private void validateKeywords(List<Keyword> keywords) {
        Set<String> seen = new HashSet<>();
        for (Keyword k : keywords) {
            if (k.arg() != null && !seen.add(k.arg())) {
                throw error("keyword argument repeated: " + k.arg(), k.pos());
            }
        }
    }

    private void kwNames(List<Keyword> keywords) {
        if (keywords.isEmpty()) return;
        List<Object> names = new ArrayList<>();
        for (Keyword k : keywords) names.add(k.arg());
        emit(KW_NAMES, addConst(new ConstTuple(names)));
    }

    /** CPython's {@code compiler_call_helper}: {@code n} positional arguments are already pushed. */
    private void callHelper(int n, List<Expr> args, List<Keyword> keywords) {
        validateKeywords(keywords);
        int line = u.line;
        if (isSimpleCall(n, args, keywords)) {
            for (Expr a : args) visitExpr(a);
            for (Keyword k : keywords) visitExpr(k.value());
            u.line = line;
            kwNames(keywords);
            emit(CALL, n + args.size() + keywords.size());
            return;
        }
        if (n == 0 && args.size() == 1 && args.get(0) instanceof Expr.Starred s) {
            visitExpr(s.value());
        } else {
            starunpack(args, n, BUILD_LIST, LIST_APPEND, LIST_EXTEND, true);
        }
        if (!keywords.isEmpty()) {
            boolean haveDict = false;
            int seen = 0;
            for (int i = 0; i < keywords.size(); i++) {
                Keyword k = keywords.get(i);
                if (k.arg() == null) {
                    if (seen > 0) {
                        subkwargs(keywords, i - seen, i);
                        if (haveDict) emit(DICT_MERGE, 1);
                        haveDict = true;
                        seen = 0;
                    }
                    if (!haveDict) {
                        emit(BUILD_MAP, 0);
                        haveDict = true;
                    }
                    visitExpr(k.value());
                    emit(DICT_MERGE, 1);
                } else {
                    seen++;
                }
            }
            if (seen > 0) {
                subkwargs(keywords, keywords.size() - seen, keywords.size());
                if (haveDict) emit(DICT_MERGE, 1);
            }
        }
        u.line = line;
        emit(CALL_FUNCTION_EX, keywords.isEmpty() ? 0 : 1);
    }

    private void subkwargs(List<Keyword> keywords, int begin, int end) {
        for (int i = begin; i < end; i++) {
            loadConst(keywords.get(i).arg());
            visitExpr(keywords.get(i).value());
        }
        emit(BUILD_MAP, end - begin);
    }

    /** CPython's {@code compiler_lambda}. */
    private void lambda(Expr.Lambda l) {
        int flags = defaultArguments(l.args());
        Block block = symtable.blockFor(l);
        enterUnit(block, ScopeType.LAMBDA, "<lambda>", l.pos().lineno(), u.privateName);
        addConst(Constants.Singleton.NONE); // so that a lambda has no docstring
        setArgCounts(l.args());
        visitExpr(l.body());
        if (block.isGenerator()) {
            emit(POP_TOP);
            loadConst(Constants.Singleton.NONE);
        }
        emit(RETURN_VALUE);
        CodeObject co = exitUnit();
        makeClosure(co, flags);
    }

    /** CPython's {@code compiler_comprehension}: a nested function called with the first iterator. */
    private void comprehension(Expr node, Symtable.FunctionKind kind, String name, List<Comprehension> generators,
            Expr elt, Expr value) {
        Block block = symtable.blockFor(node);
        int line = node.pos().lineno();
        enterUnit(block, ScopeType.COMPREHENSION, name, line, u.privateName);
        u.argcount = 1;
        u.line = line;
        switch (kind) {
            case LISTCOMP -> emit(BUILD_LIST, 0);
            case SETCOMP -> emit(BUILD_SET, 0);
            case DICTCOMP -> emit(BUILD_MAP, 0);
            default -> { }
        }
        comprehensionGenerator(generators, 0, 0, elt, value, kind);
        u.line = line;
        if (kind == Symtable.FunctionKind.GENEXPR) loadConst(Constants.Singleton.NONE);
        emit(RETURN_VALUE);
        CodeObject co = exitUnit();
        u.line = line;
        makeClosure(co, 0);
        visitIterable(generators.get(0).iter());
        u.line = line;
        emit(GET_ITER);
        emit(CALL, 0);
    }

    /** CPython's {@code compiler_sync_comprehension_generator}. */
    private void comprehensionGenerator(List<Comprehension> generators, int index, int depth, Expr elt, Expr value,
            Symtable.FunctionKind kind) {
        Comprehension gen = generators.get(index);
        Label start = new Label(), ifCleanup = new Label(), anchor = new Label();
        if (index == 0) {
            emit(LOAD_FAST, 0); // .0, the outermost iterator, received as the argument
        } else {
            visitIterable(gen.iter());
            emit(GET_ITER);
        }
        depth++;
        bind(start);
        emitJump(FOR_ITER, anchor);
        visitExpr(gen.target());
        for (Expr cond : gen.ifs()) jumpIf(cond, ifCleanup, false);
        if (index + 1 < generators.size()) {
            comprehensionGenerator(generators, index + 1, depth, elt, value, kind);
        } else {
            switch (kind) {
                case GENEXPR -> {
                    visitExpr(elt);
                    emit(YIELD_VALUE, 0);
                    emit(POP_TOP);
                }
                case LISTCOMP -> {
                    visitExpr(elt);
                    emit(LIST_APPEND, depth + 1);
                }
                case SETCOMP -> {
                    visitExpr(elt);
                    emit(SET_ADD, depth + 1);
                }
                default -> {
                    visitExpr(elt);
                    visitExpr(value);
                    emit(MAP_ADD, depth + 1);
                }
            }
        }
        bind(ifCleanup);
        jump(start);
        bind(anchor);
    }

    /** CPython's {@code compiler_joined_str}. */
    private void joinedStr(Expr.JoinedStr j) {
        List<Expr> values = j.values();
        if (values.size() > STACK_USE_GUIDELINE) {
            loadConst("");
            emitName(LOAD_METHOD, "join");
            emit(BUILD_LIST, 0);
            for (Expr v : values) {
                visitExpr(v);
                emit(LIST_APPEND, 1);
            }
            emit(CALL, 1);
            return;
        }
        for (Expr v : values) visitExpr(v);
        if (values.size() != 1) emit(BUILD_STRING, values.size());
    }

    /** CPython's {@code compiler_formatted_value}. */
    private void formattedValue(Expr.FormattedValue f) {
        visitExpr(f.value());
        int arg = switch (f.conversion()) {
            case 's' -> FVC_STR;
            case 'r' -> FVC_REPR;
            case 'a' -> FVC_ASCII;
            default -> FVC_NONE;
        };
        if (f.formatSpec() != null) {
            visitExpr(f.formatSpec());
            arg |= FVS_HAVE_SPEC;
        }
        u.line = f.pos().lineno();
        emit(FORMAT_VALUE, arg);
    }
}
