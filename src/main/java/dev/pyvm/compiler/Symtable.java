package dev.pyvm.compiler;

import dev.pyvm.ast.Alias;
import dev.pyvm.ast.Arg;
import dev.pyvm.ast.Arguments;
import dev.pyvm.ast.Comprehension;
import dev.pyvm.ast.ExceptHandler;
import dev.pyvm.ast.Expr;
import dev.pyvm.ast.ExprContext;
import dev.pyvm.ast.Keyword;
import dev.pyvm.ast.Module;
import dev.pyvm.ast.Pos;
import dev.pyvm.ast.PySyntaxError;
import dev.pyvm.ast.Stmt;
import dev.pyvm.ast.WithItem;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Symbol tables: which names each scope binds, and whether each name is local, global (explicit
 * or implicit), free or a cell. Two passes, as CPython 3.11's {@code Python/symtable.c}: a walk of
 * the AST records how each block uses each name ({@code symtable_visit_*}), then
 * {@link #analyze} resolves scopes from the outside in ({@code analyze_block}). Class bodies are
 * not enclosing scopes for the functions inside them, except for the implicit {@code __class__}
 * cell that zero-argument {@code super()} needs.
 */
public final class Symtable {

    // CPython 3.11 Include/internal/pycore_symtable.h flag values.
    static final int DEF_GLOBAL = 1;
    static final int DEF_LOCAL = 2;
    static final int DEF_PARAM = 4;
    static final int DEF_NONLOCAL = 8;
    static final int USE = 16;
    static final int DEF_FREE = 32;
    static final int DEF_FREE_CLASS = 64;
    static final int DEF_IMPORT = 128;
    static final int DEF_ANNOT = 256;
    static final int DEF_COMP_ITER = 2 << 9;
    static final int DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

    /** The kinds of block, as CPython's {@code _Py_block_ty}; lambdas and comprehensions are functions. */
    public enum BlockType { MODULE, FUNCTION, CLASS }

    /** Where a name lives, with CPython's numbering (LOCAL = 1 … CELL = 5). */
    public enum Scope { NONE, LOCAL, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, FREE, CELL }

    /** What kind of function a FUNCTION block is. */
    public enum FunctionKind { DEF, LAMBDA, LISTCOMP, SETCOMP, DICTCOMP, GENEXPR, NONE }

    /** One scope: a module, class body, function, lambda or comprehension. */
    public static final class Block {
        final BlockType type;
        final FunctionKind kind;
        /** The code object's name: {@code <module>}, the def's or class's name, {@code <lambda>}, {@code <listcomp>}… */
        final String name;
        final int lineno;
        final Block parent;
        /** The class name used for name mangling, inherited by nested functions; null outside classes. */
        final String privateName;
        final Map<String, Integer> symbols = new LinkedHashMap<>();
        final Map<String, Scope> scopes = new HashMap<>();
        final List<String> varnames = new ArrayList<>();
        final List<Block> children = new ArrayList<>();
        /** The Global/Nonlocal statement that declared each name, for error locations. */
        final Map<String, Pos> directives = new HashMap<>();
        boolean generator;
        boolean nested;
        boolean needsClassClosure;
        boolean varargs;
        boolean varkeywords;
        /** Inside the iterable expression of a comprehension (CPython: ste_comp_iter_expr). */
        int compIterExpr;
        /** Visiting a comprehension's iteration target (CPython: ste_comp_iter_target). */
        boolean compIterTarget;

        Block(BlockType type, FunctionKind kind, String name, int lineno, Block parent, String privateName) {
            this.type = type;
            this.kind = kind;
            this.name = name;
            this.lineno = lineno;
            this.parent = parent;
            this.privateName = privateName;
            this.nested = parent != null && (parent.nested || parent.type == BlockType.FUNCTION);
        }

        public BlockType type() {
            return type;
        }

        public String name() {
            return name;
        }

        public int lineno() {
            return lineno;
        }

        public List<Block> children() {
            return Collections.unmodifiableList(children);
        }

        /** The symbols in the order they were first seen. */
        public List<String> symbolNames() {
            return List.copyOf(symbols.keySet());
        }

        public Scope scope(String name) {
            return scopes.getOrDefault(name, Scope.NONE);
        }

        public int flags(String name) {
            return symbols.getOrDefault(name, 0);
        }

        public boolean isGenerator() {
            return generator;
        }

        public boolean isNested() {
            return nested;
        }

        public boolean needsClassClosure() {
            return needsClassClosure;
        }

        /** The parameters, in code-object order (positional, keyword-only, *args, **kwargs). */
        public List<String> parameters() {
            return List.copyOf(varnames);
        }

        boolean isComprehension() {
            return kind == FunctionKind.LISTCOMP || kind == FunctionKind.SETCOMP || kind == FunctionKind.DICTCOMP
                    || kind == FunctionKind.GENEXPR;
        }
    }

    private final String filename;
    private final String source;
    private final Map<Object, Block> blocks = new IdentityHashMap<>();
    private final Block top;
    private Block cur;

    private Symtable(Module module, String filename, String source) {
        this.filename = filename;
        this.source = source;
        this.top = new Block(BlockType.MODULE, FunctionKind.NONE, "<module>", 0, null, null);
        blocks.put(module, top);
        cur = top;
        for (Stmt s : module.body()) visitStmt(s);
        analyze();
    }

    /**
     * Builds and analyzes the symbol table of a module.
     *
     * @throws PySyntaxError for declarations CPython refuses (global/nonlocal misuse, duplicate
     *     arguments, {@code import *} in a function, {@code yield} in a comprehension)
     */
    public static Symtable build(Module module, String filename, String source) {
        return new Symtable(module, filename, source);
    }

    public Block top() {
        return top;
    }

    /** The block of a Module, FunctionDef, ClassDef, Lambda or comprehension node. */
    public Block blockFor(Object node) {
        Block b = blocks.get(node);
        if (b == null) throw new IllegalStateException("no symbol table entry for " + node.getClass().getSimpleName());
        return b;
    }

    /** CPython's {@code _Py_Mangle}: {@code __x} inside class {@code C} becomes {@code _C__x}. */
    static String mangle(String privateName, String name) {
        if (privateName == null || !name.startsWith("__") || name.endsWith("__") || name.indexOf('.') >= 0) {
            return name;
        }
        String stripped = privateName.replaceFirst("^_+", "");
        if (stripped.isEmpty()) return name;
        return "_" + stripped + name;
    }

    private PySyntaxError error(String msg, Pos pos) {
        return PySyntaxError.at(msg, filename, pos, source);
    }

    // --- pass 1: record uses and definitions ------------------------------------------------

    private void addDef(String name, int flag, Pos pos) {
        addDef(cur, name, flag, pos);
    }

    private void addDef(Block b, String name, int flag, Pos pos) {
        String mangled = mangle(b.privateName, name);
        Integer old = b.symbols.get(mangled);
        int val = flag;
        if (old != null) {
            if ((flag & DEF_PARAM) != 0 && (old & DEF_PARAM) != 0) {
                throw error("duplicate argument '" + mangled + "' in function definition", pos);
            }
            val |= old;
        }
        if (b.compIterTarget) {
            if ((val & (DEF_GLOBAL | DEF_NONLOCAL)) != 0) {
                throw error("comprehension inner loop cannot rebind assignment expression target '" + mangled + "'", pos);
            }
            val |= DEF_COMP_ITER;
        }
        b.symbols.put(mangled, val);
        if ((flag & DEF_PARAM) != 0) {
            b.varnames.add(mangled);
        } else if ((flag & DEF_GLOBAL) != 0) {
            // CPython records explicit globals in the module's table too (st_global).
            top.symbols.merge(mangled, flag, (a, c) -> a | c);
        }
    }

    private Block enterBlock(Object node, BlockType type, FunctionKind kind, String name, int lineno) {
        String priv = type == BlockType.CLASS ? name : cur.privateName;
        Block b = new Block(type, kind, name, lineno, cur, priv);
        cur.children.add(b);
        blocks.put(node, b);
        cur = b;
        return b;
    }

    private void exitBlock() {
        cur = cur.parent;
    }

    private void visitStmts(List<Stmt> body) {
        for (Stmt s : body) visitStmt(s);
    }

    private void visitExprs(List<Expr> exprs) {
        for (Expr e : exprs) {
            if (e != null) visitExpr(e);
        }
    }

    private void visitStmt(Stmt s) {
        if (s instanceof Stmt.FunctionDef f) {
            addDef(f.name(), DEF_LOCAL, f.pos());
            visitExprs(f.args().defaults());
            visitExprs(f.args().kwDefaults());
            visitArgAnnotations(f.args());
            if (f.returns() != null) visitExpr(f.returns());
            visitExprs(f.decoratorList());
            enterBlock(f, BlockType.FUNCTION, FunctionKind.DEF, f.name(), f.pos().lineno());
            visitParams(f.args());
            visitStmts(f.body());
            exitBlock();
        } else if (s instanceof Stmt.ClassDef c) {
            addDef(c.name(), DEF_LOCAL, c.pos());
            visitExprs(c.bases());
            for (Keyword k : c.keywords()) visitExpr(k.value());
            visitExprs(c.decoratorList());
            enterBlock(c, BlockType.CLASS, FunctionKind.NONE, c.name(), c.pos().lineno());
            visitStmts(c.body());
            exitBlock();
        } else if (s instanceof Stmt.Return r) {
            if (r.value() != null) visitExpr(r.value());
        } else if (s instanceof Stmt.Delete d) {
            visitExprs(d.targets());
        } else if (s instanceof Stmt.Assign a) {
            visitExprs(a.targets());
            visitExpr(a.value());
        } else if (s instanceof Stmt.AugAssign a) {
            visitExpr(a.target());
            visitExpr(a.value());
        } else if (s instanceof Stmt.AnnAssign a) {
            if (a.target() instanceof Expr.Name n) {
                int flags = cur.symbols.getOrDefault(mangle(cur.privateName, n.id()), 0);
                if ((flags & (DEF_GLOBAL | DEF_NONLOCAL)) != 0 && cur.symbols != top.symbols) {
                    String msg = (flags & DEF_GLOBAL) != 0 ? "annotated name '%s' can't be global"
                            : "annotated name '%s' can't be nonlocal";
                    throw error(String.format(msg, n.id()), a.pos());
                }
                if (a.simple()) {
                    addDef(n.id(), DEF_ANNOT | DEF_LOCAL, n.pos());
                } else if (a.value() != null) {
                    addDef(n.id(), DEF_LOCAL, n.pos());
                }
            } else {
                visitExpr(a.target());
            }
            visitExpr(a.annotation());
            if (a.value() != null) visitExpr(a.value());
        } else if (s instanceof Stmt.For f) {
            visitExpr(f.target());
            visitExpr(f.iter());
            visitStmts(f.body());
            visitStmts(f.orelse());
        } else if (s instanceof Stmt.While w) {
            visitExpr(w.test());
            visitStmts(w.body());
            visitStmts(w.orelse());
        } else if (s instanceof Stmt.If i) {
            visitExpr(i.test());
            visitStmts(i.body());
            visitStmts(i.orelse());
        } else if (s instanceof Stmt.With w) {
            for (WithItem item : w.items()) {
                visitExpr(item.contextExpr());
                if (item.optionalVars() != null) visitExpr(item.optionalVars());
            }
            visitStmts(w.body());
        } else if (s instanceof Stmt.Raise r) {
            if (r.exc() != null) {
                visitExpr(r.exc());
                if (r.cause() != null) visitExpr(r.cause());
            }
        } else if (s instanceof Stmt.Try t) {
            visitStmts(t.body());
            visitStmts(t.orelse());
            for (ExceptHandler h : t.handlers()) {
                if (h.type() != null) visitExpr(h.type());
                if (h.name() != null) addDef(h.name(), DEF_LOCAL, h.pos());
                visitStmts(h.body());
            }
            visitStmts(t.finalbody());
        } else if (s instanceof Stmt.Assert a) {
            visitExpr(a.test());
            if (a.msg() != null) visitExpr(a.msg());
        } else if (s instanceof Stmt.Import i) {
            for (Alias a : i.names()) visitAlias(a);
        } else if (s instanceof Stmt.ImportFrom i) {
            for (Alias a : i.names()) visitAlias(a);
        } else if (s instanceof Stmt.Global g) {
            for (String name : g.names()) {
                String mangled = mangle(cur.privateName, name);
                int flags = cur.symbols.getOrDefault(mangled, 0);
                if ((flags & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) != 0) {
                    String msg;
                    if ((flags & DEF_PARAM) != 0) msg = "name '%s' is parameter and global";
                    else if ((flags & USE) != 0) msg = "name '%s' is used prior to global declaration";
                    else if ((flags & DEF_ANNOT) != 0) msg = "annotated name '%s' can't be global";
                    else msg = "name '%s' is assigned to before global declaration";
                    throw error(String.format(msg, name), g.pos());
                }
                addDef(name, DEF_GLOBAL, g.pos());
                cur.directives.putIfAbsent(mangled, g.pos());
            }
        } else if (s instanceof Stmt.Nonlocal n) {
            for (String name : n.names()) {
                String mangled = mangle(cur.privateName, name);
                int flags = cur.symbols.getOrDefault(mangled, 0);
                if ((flags & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) != 0) {
                    String msg;
                    if ((flags & DEF_PARAM) != 0) msg = "name '%s' is parameter and nonlocal";
                    else if ((flags & USE) != 0) msg = "name '%s' is used prior to nonlocal declaration";
                    else if ((flags & DEF_ANNOT) != 0) msg = "annotated name '%s' can't be nonlocal";
                    else msg = "name '%s' is assigned to before nonlocal declaration";
                    throw error(String.format(msg, name), n.pos());
                }
                addDef(name, DEF_NONLOCAL, n.pos());
                cur.directives.putIfAbsent(mangled, n.pos());
            }
        } else if (s instanceof Stmt.ExprStmt e) {
            visitExpr(e.value());
        } else if (s instanceof Stmt.Pass || s instanceof Stmt.Break || s instanceof Stmt.Continue) {
            // nothing to record
        } else {
            throw new IllegalStateException("unknown statement " + s.getClass().getSimpleName());
        }
    }

    private void visitAlias(Alias a) {
        if (a.name().equals("*")) {
            if (cur.type != BlockType.MODULE) {
                throw error("import * only allowed at module level", a.pos());
            }
            return;
        }
        String store = a.asname() != null ? a.asname() : a.name();
        int dot = store.indexOf('.');
        if (dot >= 0) store = store.substring(0, dot);
        addDef(store, DEF_IMPORT, a.pos());
    }

    private void visitArgAnnotations(Arguments args) {
        for (Arg a : args.posonlyargs()) if (a.annotation() != null) visitExpr(a.annotation());
        for (Arg a : args.args()) if (a.annotation() != null) visitExpr(a.annotation());
        if (args.vararg() != null && args.vararg().annotation() != null) visitExpr(args.vararg().annotation());
        if (args.kwarg() != null && args.kwarg().annotation() != null) visitExpr(args.kwarg().annotation());
        for (Arg a : args.kwonlyargs()) if (a.annotation() != null) visitExpr(a.annotation());
    }

    private void visitParams(Arguments args) {
        for (Arg a : args.posonlyargs()) addDef(a.arg(), DEF_PARAM, a.pos());
        for (Arg a : args.args()) addDef(a.arg(), DEF_PARAM, a.pos());
        for (Arg a : args.kwonlyargs()) addDef(a.arg(), DEF_PARAM, a.pos());
        if (args.vararg() != null) {
            addDef(args.vararg().arg(), DEF_PARAM, args.vararg().pos());
            cur.varargs = true;
        }
        if (args.kwarg() != null) {
            addDef(args.kwarg().arg(), DEF_PARAM, args.kwarg().pos());
            cur.varkeywords = true;
        }
    }

    private void visitExpr(Expr e) {
        if (e instanceof Expr.BoolOp b) {
            visitExprs(b.values());
        } else if (e instanceof Expr.NamedExpr n) {
            visitNamedExpr(n);
        } else if (e instanceof Expr.BinOp b) {
            visitExpr(b.left());
            visitExpr(b.right());
        } else if (e instanceof Expr.UnaryOp u) {
            visitExpr(u.operand());
        } else if (e instanceof Expr.Lambda l) {
            visitExprs(l.args().defaults());
            visitExprs(l.args().kwDefaults());
            enterBlock(l, BlockType.FUNCTION, FunctionKind.LAMBDA, "<lambda>", l.pos().lineno());
            visitParams(l.args());
            visitExpr(l.body());
            exitBlock();
        } else if (e instanceof Expr.IfExp i) {
            visitExpr(i.test());
            visitExpr(i.body());
            visitExpr(i.orelse());
        } else if (e instanceof Expr.Dict d) {
            visitExprs(d.keys());
            visitExprs(d.values());
        } else if (e instanceof Expr.Set s) {
            visitExprs(s.elts());
        } else if (e instanceof Expr.ListComp c) {
            visitComprehension(c, FunctionKind.LISTCOMP, "<listcomp>", c.generators(), c.elt(), null);
        } else if (e instanceof Expr.SetComp c) {
            visitComprehension(c, FunctionKind.SETCOMP, "<setcomp>", c.generators(), c.elt(), null);
        } else if (e instanceof Expr.DictComp c) {
            visitComprehension(c, FunctionKind.DICTCOMP, "<dictcomp>", c.generators(), c.key(), c.value());
        } else if (e instanceof Expr.GeneratorExp c) {
            visitComprehension(c, FunctionKind.GENEXPR, "<genexpr>", c.generators(), c.elt(), null);
        } else if (e instanceof Expr.Yield y) {
            if (y.value() != null) visitExpr(y.value());
            markYield(e);
        } else if (e instanceof Expr.YieldFrom y) {
            visitExpr(y.value());
            markYield(e);
        } else if (e instanceof Expr.Compare c) {
            visitExpr(c.left());
            visitExprs(c.comparators());
        } else if (e instanceof Expr.Call c) {
            visitExpr(c.func());
            visitExprs(c.args());
            for (Keyword k : c.keywords()) visitExpr(k.value());
        } else if (e instanceof Expr.FormattedValue f) {
            visitExpr(f.value());
            if (f.formatSpec() != null) visitExpr(f.formatSpec());
        } else if (e instanceof Expr.JoinedStr j) {
            visitExprs(j.values());
        } else if (e instanceof Expr.Constant) {
            // nothing
        } else if (e instanceof Expr.Attribute a) {
            visitExpr(a.value());
        } else if (e instanceof Expr.Subscript s) {
            visitExpr(s.value());
            visitExpr(s.slice());
        } else if (e instanceof Expr.Starred s) {
            visitExpr(s.value());
        } else if (e instanceof Expr.Slice s) {
            if (s.lower() != null) visitExpr(s.lower());
            if (s.upper() != null) visitExpr(s.upper());
            if (s.step() != null) visitExpr(s.step());
        } else if (e instanceof Expr.Name n) {
            addDef(n.id(), n.ctx() == ExprContext.LOAD ? USE : DEF_LOCAL, n.pos());
            // Zero-argument super() needs the __class__ cell.
            if (n.ctx() == ExprContext.LOAD && cur.type == BlockType.FUNCTION && n.id().equals("super")) {
                addDef("__class__", USE, n.pos());
            }
        } else if (e instanceof Expr.List l) {
            visitExprs(l.elts());
        } else if (e instanceof Expr.Tuple t) {
            visitExprs(t.elts());
        } else {
            throw new IllegalStateException("unknown expression " + e.getClass().getSimpleName());
        }
    }

    private void markYield(Expr e) {
        if (cur.isComprehension()) {
            String what = switch (cur.kind) {
                case LISTCOMP -> "list comprehension";
                case SETCOMP -> "set comprehension";
                case DICTCOMP -> "dict comprehension";
                default -> "generator expression";
            };
            throw error("'yield' inside " + what, e.pos());
        }
        if (cur.type == BlockType.FUNCTION) cur.generator = true;
    }

    // CPython 3.11: symtable_handle_namedexpr() and symtable_extend_namedexpr_scope()
    private void visitNamedExpr(Expr.NamedExpr n) {
        if (cur.compIterExpr > 0) throw error("assignment expression cannot be used in a comprehension iterable expression", n.pos());
        if (cur.isComprehension()) {
            // the target binds in the nearest enclosing function (or the module), not in the comprehension
            String name = ((Expr.Name) n.target()).id();
            String mangled = mangle(cur.privateName, name);
            for (Block b = cur; b != null; b = b.parent) {
                if (b.isComprehension()) {
                    if ((b.symbols.getOrDefault(mangled, 0) & DEF_COMP_ITER) != 0) {
                        throw error("assignment expression cannot rebind comprehension iteration variable '" + name + "'", n.pos());
                    }
                    continue;
                }
                if (b.type == BlockType.FUNCTION) {
                    boolean global = (b.symbols.getOrDefault(mangled, 0) & DEF_GLOBAL) != 0;
                    addDef(name, global ? DEF_GLOBAL : DEF_NONLOCAL, n.pos());
                    cur.directives.putIfAbsent(mangled, n.pos());
                    addDef(b, name, DEF_LOCAL, n.pos());
                    break;
                }
                if (b.type == BlockType.MODULE) {
                    addDef(name, DEF_GLOBAL, n.pos());
                    cur.directives.putIfAbsent(mangled, n.pos());
                    addDef(b, name, DEF_GLOBAL, n.pos());
                    break;
                }
                throw error("assignment expression within a comprehension cannot be used in a class body", n.pos());
            }
        }
        visitExpr(n.value());
        visitExpr(n.target());
    }

    private void visitComprehension(Expr node, FunctionKind kind, String name, List<Comprehension> generators,
            Expr elt, Expr value) {
        Comprehension outermost = generators.get(0);
        cur.compIterExpr++;
        visitExpr(outermost.iter());
        cur.compIterExpr--;
        enterBlock(node, BlockType.FUNCTION, kind, name, node.pos().lineno());
        if (kind == FunctionKind.GENEXPR) cur.generator = true;
        addDef(".0", DEF_PARAM, node.pos());
        visitCompTarget(outermost.target());
        visitExprs(outermost.ifs());
        for (int i = 1; i < generators.size(); i++) {
            Comprehension g = generators.get(i);
            visitCompTarget(g.target());
            cur.compIterExpr++;
            visitExpr(g.iter());
            cur.compIterExpr--;
            visitExprs(g.ifs());
        }
        if (value != null) visitExpr(value);
        visitExpr(elt);
        exitBlock();
    }

    private void visitCompTarget(Expr target) {
        cur.compIterTarget = true;
        visitExpr(target);
        cur.compIterTarget = false;
    }

    // --- pass 2: resolve scopes -------------------------------------------------------------

    private void analyze() {
        analyzeBlock(top, null, new HashSet<>(), new HashSet<>());
    }

    /** CPython's {@code analyze_block}; {@code free} collects the names free in this block and below. */
    private void analyzeBlock(Block b, Set<String> bound, Set<String> free, Set<String> global) {
        Set<String> local = new HashSet<>();
        Set<String> newBound = new HashSet<>();
        Set<String> newGlobal = new HashSet<>();
        Set<String> newFree = new HashSet<>();
        if (b.type == BlockType.CLASS) {
            newGlobal.addAll(global);
            if (bound != null) newBound.addAll(bound);
        }
        for (Map.Entry<String, Integer> e : b.symbols.entrySet()) {
            analyzeName(b, e.getKey(), e.getValue(), bound, local, free, global);
        }
        if (b.type != BlockType.CLASS) {
            if (b.type == BlockType.FUNCTION) newBound.addAll(local);
            if (bound != null) newBound.addAll(bound);
            newGlobal.addAll(global);
        } else {
            newBound.add("__class__");
        }
        Set<String> allFree = new HashSet<>();
        for (Block child : b.children) {
            Set<String> childFree = new HashSet<>();
            analyzeBlock(child, new HashSet<>(newBound), childFree, new HashSet<>(newGlobal));
            allFree.addAll(childFree);
        }
        newFree.addAll(allFree);
        if (b.type == BlockType.FUNCTION) {
            // analyze_cells: locals that children use freely become cells
            for (Map.Entry<String, Scope> e : b.scopes.entrySet()) {
                if (e.getValue() == Scope.LOCAL && newFree.contains(e.getKey())) {
                    e.setValue(Scope.CELL);
                    newFree.remove(e.getKey());
                }
            }
        } else if (b.type == BlockType.CLASS) {
            if (newFree.remove("__class__")) b.needsClassClosure = true;
        }
        // update_symbols: record free variables of children that pass through this block
        for (String name : newFree) {
            Integer flags = b.symbols.get(name);
            if (flags != null) {
                if (b.type == BlockType.CLASS && (flags & (DEF_BOUND | DEF_GLOBAL)) != 0) {
                    b.symbols.put(name, flags | DEF_FREE_CLASS);
                }
                continue;
            }
            if (bound != null && !bound.contains(name)) continue;
            b.symbols.put(name, DEF_FREE);
            b.scopes.put(name, Scope.FREE);
        }
        free.addAll(newFree);
    }

    /** CPython's {@code analyze_name}. */
    private void analyzeName(Block b, String name, int flags, Set<String> bound, Set<String> local,
            Set<String> free, Set<String> global) {
        if ((flags & DEF_GLOBAL) != 0) {
            if ((flags & DEF_NONLOCAL) != 0) {
                throw error("name '" + name + "' is nonlocal and global", b.directives.get(name));
            }
            b.scopes.put(name, Scope.GLOBAL_EXPLICIT);
            global.add(name);
            if (bound != null) bound.remove(name);
            return;
        }
        if ((flags & DEF_NONLOCAL) != 0) {
            if (bound == null) {
                throw error("nonlocal declaration not allowed at module level", b.directives.get(name));
            }
            if (!bound.contains(name)) {
                throw error("no binding for nonlocal '" + name + "' found", b.directives.get(name));
            }
            b.scopes.put(name, Scope.FREE);
            free.add(name);
            return;
        }
        if ((flags & DEF_BOUND) != 0) {
            b.scopes.put(name, Scope.LOCAL);
            local.add(name);
            global.remove(name);
            return;
        }
        if (bound != null && bound.contains(name)) {
            b.scopes.put(name, Scope.FREE);
            free.add(name);
            return;
        }
        b.scopes.put(name, Scope.GLOBAL_IMPLICIT);
    }
}
