package dev.pyvm.parse;

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
import dev.pyvm.ast.SpecialConstant;
import dev.pyvm.ast.Stmt;
import dev.pyvm.ast.UnaryOpKind;
import dev.pyvm.ast.WithItem;
import dev.pyvm.parse.PythonParser.*;
import java.math.BigInteger;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * The tree-to-AST step: turns ANTLR's parse tree into {@code dev.pyvm.ast} records, sets
 * expression contexts, and reports what the grammar accepts but Python does not (invalid
 * targets, argument order, unsupported features) with CPython 3.11's messages.
 */
final class AstBuilder {
    private final SourceText source;
    /** Added to the lines of tokens, for f-string expressions parsed on their own. */
    private final int lineBase;
    /** Added to the columns of tokens on the first line, for f-string expressions. */
    private final int colBase;
    private final int fstringDepth;
    private final TokenStream tokens;

    AstBuilder(SourceText source, TokenStream tokens) {
        this(source, tokens, 0, 0, 0);
    }

    AstBuilder(SourceText source, TokenStream tokens, int lineBase, int colBase, int fstringDepth) {
        this.source = source;
        this.tokens = tokens;
        this.lineBase = lineBase;
        this.colBase = colBase;
        this.fstringDepth = fstringDepth;
    }

    // ---- positions and errors

    private int line(Token t) {
        return t.getLine() + lineBase;
    }

    private int col(Token t) {
        return t.getCharPositionInLine() + (t.getLine() == 1 ? colBase : 0);
    }

    private Pos pos(Token t) {
        return pos(t, t);
    }

    private Pos pos(Token start, Token stop) {
        String text = stop.getType() == Token.EOF ? "" : stop.getText();
        int endLine = line(stop);
        int endCol;
        int nl = text.lastIndexOf('\n');
        if (nl >= 0) {
            endLine += (int) text.chars().filter(c -> c == '\n').count();
            endCol = text.codePointCount(nl + 1, text.length());
        } else {
            endCol = col(stop) + text.codePointCount(0, text.length());
        }
        return new Pos(line(start), col(start), endLine, endCol);
    }

    private Pos pos(ParserRuleContext ctx) {
        return pos(ctx.getStart(), ctx.getStop());
    }

    private PySyntaxError error(String msg, Pos p) {
        return new PySyntaxError(PySyntaxError.SYNTAX_ERROR, msg, source.filename(), p.lineno(), p.colOffset() + 1,
                p.endLineno(), p.endColOffset() + 1, source.line(p.lineno()));
    }

    private PySyntaxError unsupported(String what, Pos p) {
        return error(what + " not supported by pyvm", p);
    }

    // ---- statements

    Module module(File_inputContext ctx) {
        return new Module(ctx.statements() == null ? List.of() : statements(ctx.statements()));
    }

    private List<Stmt> statements(StatementsContext ctx) {
        List<Stmt> out = new ArrayList<>();
        for (StatementContext s : ctx.statement()) {
            if (s.compound_stmt() != null) {
                out.add(compound(s.compound_stmt()));
            } else {
                simpleStmts(s.simple_stmts(), out);
            }
        }
        return out;
    }

    private void simpleStmts(Simple_stmtsContext ctx, List<Stmt> out) {
        for (Simple_stmtContext s : ctx.simple_stmt()) {
            out.add(simple(s));
        }
    }

    private List<Stmt> block(BlockContext ctx) {
        if (ctx.statements() != null) return statements(ctx.statements());
        List<Stmt> out = new ArrayList<>();
        simpleStmts(ctx.simple_stmts(), out);
        return out;
    }

    private Stmt simple(Simple_stmtContext ctx) {
        Pos p = pos(ctx);
        if (ctx.assignment() != null) return assignment(ctx.assignment());
        if (ctx.return_stmt() != null) {
            var r = ctx.return_stmt();
            return new Stmt.Return(r.star_expressions() == null ? null : starExpressions(r.star_expressions()), p);
        }
        if (ctx.import_stmt() != null) return importStmt(ctx.import_stmt());
        if (ctx.raise_stmt() != null) {
            var r = ctx.raise_stmt();
            List<ExpressionContext> e = r.expression();
            return new Stmt.Raise(e.isEmpty() ? null : expression(e.get(0)),
                    e.size() > 1 ? expression(e.get(1)) : null, p);
        }
        if (ctx.pass_stmt() != null) return new Stmt.Pass(p);
        if (ctx.break_stmt() != null) return new Stmt.Break(p);
        if (ctx.continue_stmt() != null) return new Stmt.Continue(p);
        if (ctx.del_stmt() != null) {
            List<Expr> targets = new ArrayList<>();
            for (Star_expressionContext e : ctx.del_stmt().star_expression()) {
                targets.add(target(starExpression(e), ExprContext.DEL, TargetKind.DEL));
            }
            return new Stmt.Delete(targets, p);
        }
        if (ctx.assert_stmt() != null) {
            List<ExpressionContext> e = ctx.assert_stmt().expression();
            return new Stmt.Assert(expression(e.get(0)), e.size() > 1 ? expression(e.get(1)) : null, p);
        }
        if (ctx.global_stmt() != null) return new Stmt.Global(names(ctx.global_stmt().NAME()), p);
        return new Stmt.Nonlocal(names(ctx.nonlocal_stmt().NAME()), p);
    }

    private List<String> names(List<TerminalNode> nodes) {
        List<String> out = new ArrayList<>();
        for (TerminalNode n : nodes) out.add(name(n.getSymbol()));
        return out;
    }

    private Stmt assignment(AssignmentContext ctx) {
        Pos p = pos(ctx);
        Expr first = ctx.yield_expr() != null ? yieldExpr(ctx.yield_expr()) : starExpressions(ctx.star_expressions());
        if (ctx.COLON() != null) {
            boolean parenthesized = ctx.getStart().getType() == PythonLexer.LPAR;
            if (ctx.star_expressions() != null && !ctx.star_expressions().COMMA().isEmpty()) {
                throw error("only single target (not tuple) can be annotated",
                        starExpression(ctx.star_expressions().star_expression(0)).pos());
            }
            if (first instanceof Expr.Tuple) {
                throw error("only single target (not tuple) can be annotated", first.pos());
            }
            if (first instanceof Expr.List) {
                throw error("only single target (not list) can be annotated", first.pos());
            }
            if (!(first instanceof Expr.Name || first instanceof Expr.Attribute || first instanceof Expr.Subscript)) {
                throw error("illegal target for annotation", first.pos());
            }
            Expr value = ctx.annotated_rhs().isEmpty() ? null : annotatedRhs(ctx.annotated_rhs(0));
            return new Stmt.AnnAssign(withContext(first, ExprContext.STORE), expression(ctx.expression()), value,
                    first instanceof Expr.Name && !parenthesized, p);
        }
        if (ctx.augassign() != null) {
            if (!(first instanceof Expr.Name || first instanceof Expr.Attribute || first instanceof Expr.Subscript)) {
                throw error("'" + exprName(first) + "' is an illegal expression for augmented assignment", first.pos());
            }
            return new Stmt.AugAssign(withContext(first, ExprContext.STORE), augOp(ctx.augassign().getStart()),
                    annotatedRhs(ctx.annotated_rhs(0)), p);
        }
        List<Annotated_rhsContext> rhs = ctx.annotated_rhs();
        if (rhs.isEmpty()) return new Stmt.ExprStmt(first, p);
        List<Expr> targets = new ArrayList<>();
        targets.add(assignTarget(first, rhs.size() == 1 ? rhs.get(0) : null));
        for (int i = 0; i < rhs.size() - 1; i++) {
            targets.add(assignTarget(annotatedRhs(rhs.get(i)), null));
        }
        return new Stmt.Assign(targets, annotatedRhs(rhs.get(rhs.size() - 1)), p);
    }

    /**
     * An assignment target. {@code onlyValue} is the value when this is the single target of
     * {@code target = value}, where CPython suggests '==' for an invalid simple target.
     */
    // CPython 3.11: Grammar/python.gram invalid_named_expression, invalid_assignment
    private Expr assignTarget(Expr e, Annotated_rhsContext onlyValue) {
        if (e instanceof Expr.Yield || e instanceof Expr.YieldFrom) {
            throw error("assignment to yield expression not possible", e.pos());
        }
        if (onlyValue != null && isInvalidTarget(e) && !(e instanceof Expr.Tuple || e instanceof Expr.List
                || e instanceof Expr.GeneratorExp || e instanceof Expr.Constant c && (c.value() instanceof Boolean
                || c.value() == SpecialConstant.NONE))
                && isBitwiseOr(e) && startsBitwiseOr(onlyValue.getStart())) {
            throw error("cannot assign to " + exprName(e) + " here. Maybe you meant '==' instead of '='?", e.pos());
        }
        return target(e, ExprContext.STORE, TargetKind.STAR);
    }

    private static boolean isInvalidTarget(Expr e) {
        return !(e instanceof Expr.Name || e instanceof Expr.Attribute || e instanceof Expr.Subscript);
    }

    /** Whether the expression is at the level of CPython's bitwise_or rule or tighter. */
    private static boolean isBitwiseOr(Expr e) {
        return !(e instanceof Expr.Compare || e instanceof Expr.BoolOp || e instanceof Expr.IfExp
                || e instanceof Expr.Lambda || e instanceof Expr.Starred
                || e instanceof Expr.UnaryOp u && u.op() == UnaryOpKind.NOT);
    }

    private static boolean startsBitwiseOr(Token t) {
        return switch (t.getType()) {
            case PythonLexer.NOT, PythonLexer.LAMBDA, PythonLexer.STAR, PythonLexer.YIELD -> false;
            default -> true;
        };
    }

    private enum TargetKind { STAR, FOR, DEL }

    /** Checks a target and gives it (and its elements) the context; CPython's messages on failure. */
    // CPython 3.11: Parser/pegen.c _PyPegen_get_invalid_target(), RAISE_SYNTAX_ERROR_INVALID_TARGET
    private Expr target(Expr e, ExprContext ctx, TargetKind kind) {
        Expr invalid = invalidTarget(e, kind);
        if (invalid != null) {
            throw error((kind == TargetKind.DEL ? "cannot delete " : "cannot assign to ") + exprName(invalid),
                    invalid.pos());
        }
        return withContext(e, ctx);
    }

    private Expr invalidTarget(Expr e, TargetKind kind) {
        if (e instanceof Expr.List l) return firstInvalid(l.elts(), kind);
        if (e instanceof Expr.Tuple t) return firstInvalid(t.elts(), kind);
        if (e instanceof Expr.Starred s) return kind == TargetKind.DEL ? e : invalidTarget(s.value(), kind);
        if (e instanceof Expr.Compare c) {
            if (kind == TargetKind.FOR) {
                return c.ops().get(0) == CmpOpKind.IN ? invalidTarget(c.left(), kind) : null;
            }
            return e;
        }
        if (e instanceof Expr.Name || e instanceof Expr.Subscript || e instanceof Expr.Attribute) return null;
        return e;
    }

    private Expr firstInvalid(List<Expr> elts, TargetKind kind) {
        for (Expr x : elts) {
            Expr bad = invalidTarget(x, kind);
            if (bad != null) return bad;
        }
        return null;
    }

    private static Expr withContext(Expr e, ExprContext ctx) {
        if (e instanceof Expr.Name n) return new Expr.Name(n.id(), ctx, n.pos());
        if (e instanceof Expr.Attribute a) return new Expr.Attribute(a.value(), a.attr(), ctx, a.pos());
        if (e instanceof Expr.Subscript s) return new Expr.Subscript(s.value(), s.slice(), ctx, s.pos());
        if (e instanceof Expr.Starred s) return new Expr.Starred(withContext(s.value(), ctx), ctx, s.pos());
        if (e instanceof Expr.List l) return new Expr.List(withContexts(l.elts(), ctx), ctx, l.pos());
        if (e instanceof Expr.Tuple t) return new Expr.Tuple(withContexts(t.elts(), ctx), ctx, t.pos());
        return e;
    }

    private static List<Expr> withContexts(List<Expr> elts, ExprContext ctx) {
        List<Expr> out = new ArrayList<>();
        for (Expr x : elts) out.add(withContext(x, ctx));
        return out;
    }

    /** What CPython calls an expression in its messages. */
    // CPython 3.11: Parser/pegen.c _PyPegen_get_expr_name()
    static String exprName(Expr e) {
        if (e instanceof Expr.Attribute) return "attribute";
        if (e instanceof Expr.Subscript) return "subscript";
        if (e instanceof Expr.Starred) return "starred";
        if (e instanceof Expr.Name) return "name";
        if (e instanceof Expr.List) return "list";
        if (e instanceof Expr.Tuple) return "tuple";
        if (e instanceof Expr.Lambda) return "lambda";
        if (e instanceof Expr.Call) return "function call";
        if (e instanceof Expr.BoolOp || e instanceof Expr.BinOp || e instanceof Expr.UnaryOp) return "expression";
        if (e instanceof Expr.GeneratorExp) return "generator expression";
        if (e instanceof Expr.Yield || e instanceof Expr.YieldFrom) return "yield expression";
        if (e instanceof Expr.ListComp) return "list comprehension";
        if (e instanceof Expr.SetComp) return "set comprehension";
        if (e instanceof Expr.DictComp) return "dict comprehension";
        if (e instanceof Expr.Dict) return "dict literal";
        if (e instanceof Expr.Set) return "set display";
        if (e instanceof Expr.JoinedStr || e instanceof Expr.FormattedValue) return "f-string expression";
        if (e instanceof Expr.Compare) return "comparison";
        if (e instanceof Expr.IfExp) return "conditional expression";
        if (e instanceof Expr.NamedExpr) return "named expression";
        if (e instanceof Expr.Constant c) {
            Object v = c.value();
            if (v == SpecialConstant.NONE) return "None";
            if (Boolean.TRUE.equals(v)) return "True";
            if (Boolean.FALSE.equals(v)) return "False";
            if (v == SpecialConstant.ELLIPSIS) return "ellipsis";
            return "literal";
        }
        return "expression";
    }

    private Expr annotatedRhs(Annotated_rhsContext ctx) {
        return ctx.yield_expr() != null ? yieldExpr(ctx.yield_expr()) : starExpressions(ctx.star_expressions());
    }

    private static BinOpKind augOp(Token t) {
        return switch (t.getType()) {
            case PythonLexer.PLUSEQUAL -> BinOpKind.ADD;
            case PythonLexer.MINEQUAL -> BinOpKind.SUB;
            case PythonLexer.STAREQUAL -> BinOpKind.MULT;
            case PythonLexer.ATEQUAL -> BinOpKind.MATMULT;
            case PythonLexer.SLASHEQUAL -> BinOpKind.DIV;
            case PythonLexer.PERCENTEQUAL -> BinOpKind.MOD;
            case PythonLexer.AMPEREQUAL -> BinOpKind.BITAND;
            case PythonLexer.VBAREQUAL -> BinOpKind.BITOR;
            case PythonLexer.CIRCUMFLEXEQUAL -> BinOpKind.BITXOR;
            case PythonLexer.LEFTSHIFTEQUAL -> BinOpKind.LSHIFT;
            case PythonLexer.RIGHTSHIFTEQUAL -> BinOpKind.RSHIFT;
            case PythonLexer.DOUBLESTAREQUAL -> BinOpKind.POW;
            default -> BinOpKind.FLOORDIV;
        };
    }

    private Stmt importStmt(Import_stmtContext ctx) {
        Pos p = pos(ctx);
        if (ctx.import_name() != null) {
            List<Alias> names = new ArrayList<>();
            for (Dotted_as_nameContext d : ctx.import_name().dotted_as_names().dotted_as_name()) {
                names.add(new Alias(dottedName(d.dotted_name()), d.NAME() == null ? null : name(d.NAME().getSymbol()),
                        pos(d)));
            }
            return new Stmt.Import(names, p);
        }
        Import_fromContext f = ctx.import_from();
        int level = f.DOT().size() + 3 * f.ELLIPSIS().size();
        String module = f.dotted_name() == null ? null : dottedName(f.dotted_name());
        Import_from_targetsContext t = f.import_from_targets();
        List<Alias> names = new ArrayList<>();
        if (t.STAR() != null) {
            names.add(new Alias("*", null, pos(t.STAR().getSymbol())));
        } else {
            for (Import_from_as_nameContext n : t.import_from_as_names().import_from_as_name()) {
                names.add(new Alias(name(n.NAME(0).getSymbol()),
                        n.NAME().size() > 1 ? name(n.NAME(1).getSymbol()) : null, pos(n)));
            }
        }
        return new Stmt.ImportFrom(module, names, level, p);
    }

    private String dottedName(Dotted_nameContext ctx) {
        return String.join(".", names(ctx.NAME()));
    }

    private Stmt compound(Compound_stmtContext ctx) {
        if (ctx.function_def() != null) return functionDef(ctx.function_def());
        if (ctx.if_stmt() != null) return ifStmt(ctx.if_stmt());
        if (ctx.class_def() != null) return classDef(ctx.class_def());
        if (ctx.with_stmt() != null) return withStmt(ctx.with_stmt());
        if (ctx.for_stmt() != null) return forStmt(ctx.for_stmt());
        if (ctx.try_stmt() != null) return tryStmt(ctx.try_stmt());
        if (ctx.while_stmt() != null) {
            While_stmtContext w = ctx.while_stmt();
            return new Stmt.While(namedExpression(w.named_expression()), block(w.block()), elseBlock(w.else_block()),
                    pos(w));
        }
        Async_stmtContext a = ctx.async_stmt();
        throw unsupported("'async' statements are", pos(a.ASYNC().getSymbol()));
    }

    private List<Stmt> elseBlock(Else_blockContext ctx) {
        return ctx == null ? List.of() : block(ctx.block());
    }

    private List<Expr> decorators(DecoratorsContext ctx) {
        List<Expr> out = new ArrayList<>();
        if (ctx != null) {
            for (Named_expressionContext e : ctx.named_expression()) out.add(namedExpression(e));
        }
        return out;
    }

    /** A def or class starts at its keyword, after the decorators, as in CPython 3.8+. */
    private Pos defPos(Token keyword, ParserRuleContext ctx) {
        return pos(keyword, ctx.getStop());
    }

    private Stmt functionDef(Function_defContext ctx) {
        if (ctx.ASYNC() != null) throw unsupported("'async def' is", pos(ctx.ASYNC().getSymbol()));
        Arguments args = ctx.params() == null ? Arguments.empty() : parameters(paramItems(ctx.params()));
        Expr returns = ctx.expression() == null ? null : expression(ctx.expression());
        return new Stmt.FunctionDef(name(ctx.NAME().getSymbol()), args, block(ctx.block()),
                decorators(ctx.decorators()), returns, defPos(ctx.DEF().getSymbol(), ctx));
    }

    private Stmt classDef(Class_defContext ctx) {
        List<Expr> bases = new ArrayList<>();
        List<Keyword> keywords = new ArrayList<>();
        if (ctx.arguments() != null) {
            for (ArgumentContext a : ctx.arguments().argument()) {
                if (a.for_if_clauses() != null) {
                    throw error("invalid syntax", pos(a.for_if_clauses().getStart()));
                }
            }
            callArguments(ctx.arguments(), ctx.RPAR().getSymbol(), bases, keywords);
        }
        return new Stmt.ClassDef(name(ctx.NAME().getSymbol()), bases, keywords, block(ctx.block()),
                decorators(ctx.decorators()), defPos(ctx.CLASS().getSymbol(), ctx));
    }

    private Stmt ifStmt(If_stmtContext ctx) {
        List<Stmt> orelse = elseBlock(ctx.else_block());
        List<Elif_stmtContext> elifs = ctx.elif_stmt();
        for (int i = elifs.size() - 1; i >= 0; i--) {
            Elif_stmtContext e = elifs.get(i);
            // an elif runs from its keyword to the end of the whole statement, as in CPython
            orelse = List.of(new Stmt.If(namedExpression(e.named_expression()), block(e.block()), orelse,
                    pos(e.getStart(), ctx.getStop())));
        }
        return new Stmt.If(namedExpression(ctx.named_expression()), block(ctx.block()), orelse, pos(ctx));
    }

    private Stmt forStmt(For_stmtContext ctx) {
        Expr target = target(starTargets(ctx.star_targets()), ExprContext.STORE, TargetKind.FOR);
        return new Stmt.For(target, starExpressions(ctx.star_expressions()), block(ctx.block()),
                elseBlock(ctx.else_block()), pos(ctx));
    }

    private Stmt withStmt(With_stmtContext ctx) {
        List<WithItem> items = new ArrayList<>();
        for (With_itemContext w : ctx.with_item()) {
            Expr vars = w.star_target() == null ? null
                    : target(starTarget(w.star_target()), ExprContext.STORE, TargetKind.STAR);
            items.add(new WithItem(expression(w.expression()), vars));
        }
        return new Stmt.With(items, block(ctx.block()), pos(ctx));
    }

    private Stmt tryStmt(Try_stmtContext ctx) {
        List<ExceptHandler> handlers = new ArrayList<>();
        for (Except_blockContext e : ctx.except_block()) {
            if (e.STAR() != null) throw unsupported("'except*' is", pos(e.EXCEPT().getSymbol(), e.STAR().getSymbol()));
            Expr type = e.expression() == null ? null : expression(e.expression());
            String name = e.NAME() == null ? null : name(e.NAME().getSymbol());
            handlers.add(new ExceptHandler(type, name, block(e.block()), pos(e)));
        }
        List<Stmt> finalbody = ctx.finally_block() == null ? List.of() : block(ctx.finally_block().block());
        return new Stmt.Try(block(ctx.block()), handlers, elseBlock(ctx.else_block()), finalbody, pos(ctx));
    }

    // ---- parameters

    private record ParamItem(int kind, Token name, Token marker, Expr annotation, Expr dflt) {}

    private List<ParamItem> paramItems(ParamsContext ctx) {
        List<ParamItem> out = new ArrayList<>();
        for (ParamContext p : ctx.param()) {
            Token marker = p.getStart();
            Expr annotation = p.annotation() != null ? expression(p.annotation().expression())
                    : p.star_annotation() != null ? starExpression(p.star_annotation().star_expression()) : null;
            out.add(new ParamItem(marker.getType(), p.NAME() == null ? null : p.NAME().getSymbol(), marker, annotation,
                    p.expression() == null ? null : expression(p.expression())));
        }
        return out;
    }

    private List<ParamItem> lambdaParamItems(Lambda_paramsContext ctx) {
        List<ParamItem> out = new ArrayList<>();
        for (Lambda_paramContext p : ctx.lambda_param()) {
            Token marker = p.getStart();
            out.add(new ParamItem(marker.getType(), p.NAME() == null ? null : p.NAME().getSymbol(), marker, null,
                    p.expression() == null ? null : expression(p.expression())));
        }
        return out;
    }

    /** Orders parameters into CPython's {@code arguments}, with its messages for a wrong order. */
    private Arguments parameters(List<ParamItem> items) {
        List<Arg> posonly = new ArrayList<>();
        List<Arg> args = new ArrayList<>();
        List<Arg> kwonly = new ArrayList<>();
        List<Expr> kwDefaults = new ArrayList<>();
        List<Expr> defaults = new ArrayList<>();
        Arg vararg = null;
        Arg kwarg = null;
        boolean sawStar = false;
        boolean sawSlash = false;
        boolean sawDefault = false;
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            ParamItem p = items.get(i);
            if (kwarg != null) {
                throw error("arguments cannot follow var-keyword argument",
                        pos(p.name() != null && p.kind() == PythonLexer.NAME ? p.name() : p.marker()));
            }
            switch (p.kind()) {
                case PythonLexer.SLASH -> {
                    if (sawSlash) throw error("/ may appear only once", pos(p.marker()));
                    if (sawStar) throw error("/ must be ahead of *", pos(p.marker()));
                    if (args.isEmpty()) throw error("invalid syntax", pos(p.marker()));
                    sawSlash = true;
                    posonly.addAll(args);
                    args.clear();
                }
                case PythonLexer.STAR -> {
                    if (sawStar) throw error("* argument may appear only once", pos(p.marker()));
                    sawStar = true;
                    if (p.name() == null) {
                        boolean named = i + 1 < items.size() && items.get(i + 1).kind() == PythonLexer.NAME;
                        if (!named) throw error("named arguments must follow bare *", pos(p.marker()));
                    } else {
                        vararg = arg(p, seen);
                    }
                }
                case PythonLexer.DOUBLESTAR -> kwarg = arg(p, seen);
                default -> {
                    Arg a = arg(p, seen);
                    if (sawStar) {
                        kwonly.add(a);
                        kwDefaults.add(p.dflt());
                    } else {
                        if (p.dflt() != null) {
                            sawDefault = true;
                            defaults.add(p.dflt());
                        } else if (sawDefault) {
                            throw error("non-default argument follows default argument", pos(p.name()));
                        }
                        args.add(a);
                    }
                }
            }
        }
        return new Arguments(posonly, args, vararg, kwonly, kwDefaults, kwarg, defaults);
    }

    private Arg arg(ParamItem p, Set<String> seen) {
        String n = name(p.name());
        Pos at = p.annotation() == null ? pos(p.name()) : Pos.span(pos(p.name()), p.annotation().pos());
        if (!seen.add(n)) throw error("duplicate argument '" + n + "' in function definition", at);
        return new Arg(n, p.annotation(), at);
    }

    // ---- expressions

    Expr evalInput(Eval_inputContext ctx) {
        return expressions(ctx.expressions());
    }

    private Expr expressions(ExpressionsContext ctx) {
        List<ExpressionContext> list = ctx.expression();
        if (list.size() == 1 && ctx.COMMA().isEmpty()) return expression(list.get(0));
        List<Expr> elts = new ArrayList<>();
        for (ExpressionContext e : list) elts.add(expression(e));
        return new Expr.Tuple(elts, ExprContext.LOAD, pos(ctx));
    }

    Expr starExpressions(Star_expressionsContext ctx) {
        List<Star_expressionContext> list = ctx.star_expression();
        if (list.size() == 1 && ctx.COMMA().isEmpty()) return starExpression(list.get(0));
        List<Expr> elts = new ArrayList<>();
        for (Star_expressionContext e : list) elts.add(starExpression(e));
        return new Expr.Tuple(elts, ExprContext.LOAD, pos(ctx));
    }

    private Expr starExpression(Star_expressionContext ctx) {
        if (ctx.STAR() != null) return new Expr.Starred(bitwiseOr(ctx.bitwise_or()), ExprContext.LOAD, pos(ctx));
        return expression(ctx.expression());
    }

    private Expr starNamedExpression(Star_named_expressionContext ctx) {
        if (ctx.STAR() != null) return new Expr.Starred(bitwiseOr(ctx.bitwise_or()), ExprContext.LOAD, pos(ctx));
        return namedExpression(ctx.named_expression());
    }

    private Expr namedExpression(Named_expressionContext ctx) {
        if (ctx.COLONEQUAL() != null) {
            Pos p = pos(ctx);
            Token t = ctx.NAME().getSymbol();
            Expr target = new Expr.Name(name(t), ExprContext.STORE, pos(t));
            return new Expr.NamedExpr(target, expression(ctx.expression()), p);
        }
        return expression(ctx.expression());
    }

    private Expr expression(ExpressionContext ctx) {
        if (ctx.lambdef() != null) return lambda(ctx.lambdef());
        Expr body = disjunction(ctx.disjunction(0));
        if (ctx.IF() == null) return body;
        return new Expr.IfExp(disjunction(ctx.disjunction(1)), body, expression(ctx.expression()), pos(ctx));
    }

    private Expr lambda(LambdefContext ctx) {
        Arguments args = ctx.lambda_params() == null ? Arguments.empty()
                : parameters(lambdaParamItems(ctx.lambda_params()));
        return new Expr.Lambda(args, expression(ctx.expression()), pos(ctx));
    }

    private Expr yieldExpr(Yield_exprContext ctx) {
        if (ctx.FROM() != null) return new Expr.YieldFrom(expression(ctx.expression()), pos(ctx));
        return new Expr.Yield(ctx.star_expressions() == null ? null : starExpressions(ctx.star_expressions()),
                pos(ctx));
    }

    private Expr disjunction(DisjunctionContext ctx) {
        if (ctx.conjunction().size() == 1) return conjunction(ctx.conjunction(0));
        List<Expr> values = new ArrayList<>();
        for (ConjunctionContext c : ctx.conjunction()) values.add(conjunction(c));
        return new Expr.BoolOp(BoolOpKind.OR, values, pos(ctx));
    }

    private Expr conjunction(ConjunctionContext ctx) {
        if (ctx.inversion().size() == 1) return inversion(ctx.inversion(0));
        List<Expr> values = new ArrayList<>();
        for (InversionContext c : ctx.inversion()) values.add(inversion(c));
        return new Expr.BoolOp(BoolOpKind.AND, values, pos(ctx));
    }

    private Expr inversion(InversionContext ctx) {
        // iterative over 'not not not ...'
        List<InversionContext> nots = new ArrayList<>();
        while (ctx.NOT() != null) {
            nots.add(ctx);
            ctx = ctx.inversion();
        }
        Expr e = comparison(ctx.comparison());
        for (int i = nots.size() - 1; i >= 0; i--) {
            e = new Expr.UnaryOp(UnaryOpKind.NOT, e, pos(nots.get(i)));
        }
        return e;
    }

    private Expr comparison(ComparisonContext ctx) {
        Expr left = bitwiseOr(ctx.bitwise_or(0));
        if (ctx.comp_op().isEmpty()) return left;
        List<CmpOpKind> ops = new ArrayList<>();
        List<Expr> comparators = new ArrayList<>();
        for (int i = 0; i < ctx.comp_op().size(); i++) {
            ops.add(cmpOp(ctx.comp_op(i)));
            comparators.add(bitwiseOr(ctx.bitwise_or(i + 1)));
        }
        return new Expr.Compare(left, ops, comparators, pos(ctx));
    }

    private static CmpOpKind cmpOp(Comp_opContext ctx) {
        return switch (ctx.getStart().getType()) {
            case PythonLexer.EQEQUAL -> CmpOpKind.EQ;
            case PythonLexer.NOTEQUAL -> CmpOpKind.NOT_EQ;
            case PythonLexer.LESSEQUAL -> CmpOpKind.LT_E;
            case PythonLexer.LESS -> CmpOpKind.LT;
            case PythonLexer.GREATEREQUAL -> CmpOpKind.GT_E;
            case PythonLexer.GREATER -> CmpOpKind.GT;
            case PythonLexer.NOT -> CmpOpKind.NOT_IN;
            case PythonLexer.IN -> CmpOpKind.IN;
            default -> ctx.NOT() != null ? CmpOpKind.IS_NOT : CmpOpKind.IS;
        };
    }

    /** A left-associative chain {@code operand (op operand)*}, built without recursion. */
    private Expr binaryChain(ParserRuleContext ctx, List<? extends ParserRuleContext> operands,
            java.util.function.Function<ParserRuleContext, Expr> build) {
        Expr left = build.apply(operands.get(0));
        if (operands.size() == 1) return left;
        int k = 1;
        for (int i = 1; i < ctx.getChildCount(); i += 2) {
            Token op = ((TerminalNode) ctx.getChild(i)).getSymbol();
            ParserRuleContext rightCtx = operands.get(k++);
            Expr right = build.apply(rightCtx);
            left = new Expr.BinOp(left, binOp(op), right, pos(ctx.getStart(), rightCtx.getStop()));
        }
        return left;
    }

    private static BinOpKind binOp(Token t) {
        return switch (t.getType()) {
            case PythonLexer.VBAR -> BinOpKind.BITOR;
            case PythonLexer.CIRCUMFLEX -> BinOpKind.BITXOR;
            case PythonLexer.AMPER -> BinOpKind.BITAND;
            case PythonLexer.LEFTSHIFT -> BinOpKind.LSHIFT;
            case PythonLexer.RIGHTSHIFT -> BinOpKind.RSHIFT;
            case PythonLexer.PLUS -> BinOpKind.ADD;
            case PythonLexer.MINUS -> BinOpKind.SUB;
            case PythonLexer.STAR -> BinOpKind.MULT;
            case PythonLexer.SLASH -> BinOpKind.DIV;
            case PythonLexer.DOUBLESLASH -> BinOpKind.FLOORDIV;
            case PythonLexer.PERCENT -> BinOpKind.MOD;
            case PythonLexer.AT -> BinOpKind.MATMULT;
            default -> BinOpKind.POW;
        };
    }

    Expr bitwiseOr(Bitwise_orContext ctx) {
        return binaryChain(ctx, ctx.bitwise_xor(), c -> bitwiseXor((Bitwise_xorContext) c));
    }

    private Expr bitwiseXor(Bitwise_xorContext ctx) {
        return binaryChain(ctx, ctx.bitwise_and(), c -> bitwiseAnd((Bitwise_andContext) c));
    }

    private Expr bitwiseAnd(Bitwise_andContext ctx) {
        return binaryChain(ctx, ctx.shift_expr(), c -> shiftExpr((Shift_exprContext) c));
    }

    private Expr shiftExpr(Shift_exprContext ctx) {
        return binaryChain(ctx, ctx.sum(), c -> sum((SumContext) c));
    }

    private Expr sum(SumContext ctx) {
        return binaryChain(ctx, ctx.term(), c -> term((TermContext) c));
    }

    private Expr term(TermContext ctx) {
        return binaryChain(ctx, ctx.factor(), c -> factor((FactorContext) c));
    }

    private Expr factor(FactorContext ctx) {
        List<FactorContext> prefixes = new ArrayList<>();
        while (ctx.power() == null) {
            prefixes.add(ctx);
            ctx = ctx.factor();
        }
        Expr e = power(ctx.power());
        for (int i = prefixes.size() - 1; i >= 0; i--) {
            FactorContext f = prefixes.get(i);
            UnaryOpKind op = switch (f.getStart().getType()) {
                case PythonLexer.PLUS -> UnaryOpKind.UADD;
                case PythonLexer.MINUS -> UnaryOpKind.USUB;
                default -> UnaryOpKind.INVERT;
            };
            e = new Expr.UnaryOp(op, e, pos(f));
        }
        return e;
    }

    private Expr power(PowerContext ctx) {
        Await_primaryContext a = ctx.await_primary();
        if (a.AWAIT() != null) throw unsupported("'await' is", pos(a));
        Expr base = primary(a.primary());
        if (ctx.factor() == null) return base;
        return new Expr.BinOp(base, BinOpKind.POW, factor(ctx.factor()), pos(ctx));
    }

    private Expr primary(PrimaryContext ctx) {
        Expr e = atom(ctx.atom());
        Token start = ctx.getStart();
        for (TrailerContext t : ctx.trailer()) {
            Pos p = pos(start, t.getStop());
            if (t.DOT() != null) {
                e = new Expr.Attribute(e, name(t.NAME().getSymbol()), ExprContext.LOAD, p);
            } else if (t.LPAR() != null) {
                e = call(e, t, p);
            } else {
                e = new Expr.Subscript(e, slices(t.slices()), ExprContext.LOAD, p);
            }
        }
        return e;
    }

    private Expr call(Expr func, TrailerContext t, Pos p) {
        List<Expr> args = new ArrayList<>();
        List<Keyword> keywords = new ArrayList<>();
        if (t.arguments() != null) {
            ArgumentsContext a = t.arguments();
            if (a.argument().size() > 1 || !a.COMMA().isEmpty()) {
                for (ArgumentContext arg : a.argument()) {
                    if (arg.for_if_clauses() != null) {
                        throw error("Generator expression must be parenthesized", pos(arg));
                    }
                }
            }
            callArguments(a, t.RPAR().getSymbol(), args, keywords);
        }
        return new Expr.Call(func, args, keywords, p);
    }

    // CPython 3.11: Grammar/python.gram invalid_arguments; Python/compile.c validate_keywords()
    private void callArguments(ArgumentsContext ctx, Token rpar, List<Expr> args, List<Keyword> keywords) {
        boolean sawKeyword = false;
        boolean sawDoubleStar = false;
        Set<String> names = new HashSet<>();
        for (ArgumentContext a : ctx.argument()) {
            Pos p = pos(a);
            if (a.DOUBLESTAR() != null) {
                sawDoubleStar = true;
                keywords.add(new Keyword(null, expression(a.expression()), p));
            } else if (a.EQUAL() != null) {
                sawKeyword = true;
                String n = name(a.NAME().getSymbol());
                if (!names.add(n)) throw error("keyword argument repeated: " + n, p);
                keywords.add(new Keyword(n, expression(a.expression()), p));
            } else if (a.STAR() != null) {
                if (sawDoubleStar) {
                    throw error("iterable argument unpacking follows keyword argument unpacking", pos(a.STAR().getSymbol()));
                }
                args.add(new Expr.Starred(expression(a.expression()), ExprContext.LOAD, p));
            } else {
                if (sawDoubleStar) throw error("positional argument follows keyword argument unpacking", pos(rpar));
                if (sawKeyword) throw error("positional argument follows keyword argument", pos(rpar));
                Expr e = namedExpression(a.named_expression());
                if (a.for_if_clauses() != null) {
                    e = new Expr.GeneratorExp(e, comprehensions(a.for_if_clauses()), pos(a));
                }
                args.add(e);
            }
        }
    }

    private Expr slices(SlicesContext ctx) {
        List<SliceContext> list = ctx.slice();
        if (list.size() == 1 && ctx.COMMA().isEmpty()) {
            Expr e = slice(list.get(0));
            if (e instanceof Expr.Starred) return new Expr.Tuple(List.of(e), ExprContext.LOAD, pos(ctx));
            return e;
        }
        List<Expr> elts = new ArrayList<>();
        for (SliceContext s : list) elts.add(slice(s));
        return new Expr.Tuple(elts, ExprContext.LOAD, pos(ctx));
    }

    private Expr slice(SliceContext ctx) {
        if (ctx.COLON().isEmpty()) {
            if (ctx.STAR() != null) return new Expr.Starred(bitwiseOr(ctx.bitwise_or()), ExprContext.LOAD, pos(ctx));
            return namedExpression(ctx.named_expression());
        }
        Expr[] parts = new Expr[3];
        int part = 0;
        for (ParseTree child : ctx.children) {
            if (child instanceof TerminalNode) {
                part++;
            } else {
                parts[part] = expression((ExpressionContext) child);
            }
        }
        return new Expr.Slice(parts[0], parts[1], parts[2], pos(ctx));
    }

    private Expr atom(AtomContext ctx) {
        Token t = ctx.getStart();
        Pos p = pos(ctx);
        switch (t.getType()) {
            case PythonLexer.NAME:
                return new Expr.Name(name(t), ExprContext.LOAD, p);
            case PythonLexer.TRUE:
                return new Expr.Constant(Boolean.TRUE, p);
            case PythonLexer.FALSE:
                return new Expr.Constant(Boolean.FALSE, p);
            case PythonLexer.NONE:
                return new Expr.Constant(SpecialConstant.NONE, p);
            case PythonLexer.ELLIPSIS:
                return new Expr.Constant(SpecialConstant.ELLIPSIS, p);
            case PythonLexer.NUMBER:
                return number(t);
            case PythonLexer.LPAR:
                return parenthesized(ctx, p);
            case PythonLexer.LSQB: {
                List_itemsContext items = ctx.list_items();
                if (items == null) return new Expr.List(List.of(), ExprContext.LOAD, p);
                List<Star_named_expressionContext> elts = items.star_named_expression();
                if (items.for_if_clauses() != null) {
                    return new Expr.ListComp(comprehensionElement(elts.get(0)),
                            comprehensions(items.for_if_clauses()), p);
                }
                return new Expr.List(starNamedExpressions(elts), ExprContext.LOAD, p);
            }
            case PythonLexer.LBRACE:
                return dictOrSet(ctx.dict_or_set(), p);
            default:
                return strings(ctx.strings());
        }
    }

    private Expr parenthesized(AtomContext ctx, Pos p) {
        if (ctx.yield_expr() != null) return yieldExpr(ctx.yield_expr());
        Group_or_tupleContext g = ctx.group_or_tuple();
        if (g == null) return new Expr.Tuple(List.of(), ExprContext.LOAD, p);
        List<Star_named_expressionContext> elts = g.star_named_expression();
        if (g.for_if_clauses() != null) {
            return new Expr.GeneratorExp(comprehensionElement(elts.get(0)),
                    comprehensions(g.for_if_clauses()), p);
        }
        if (elts.size() == 1 && g.COMMA().isEmpty()) {
            Expr e = starNamedExpression(elts.get(0));
            if (e instanceof Expr.Starred) throw error("cannot use starred expression here", e.pos());
            return e;
        }
        return new Expr.Tuple(starNamedExpressions(elts), ExprContext.LOAD, p);
    }

    private Expr comprehensionElement(Star_named_expressionContext ctx) {
        if (ctx.STAR() != null) throw error("iterable unpacking cannot be used in comprehension", pos(ctx));
        return namedExpression(ctx.named_expression());
    }

    private List<Expr> starNamedExpressions(List<Star_named_expressionContext> list) {
        List<Expr> out = new ArrayList<>();
        for (Star_named_expressionContext e : list) out.add(starNamedExpression(e));
        return out;
    }

    private Expr dictOrSet(Dict_or_setContext ctx, Pos p) {
        if (ctx == null) return new Expr.Dict(List.of(), List.of(), p);
        if (!ctx.double_starred_kvpair().isEmpty()) {
            List<Double_starred_kvpairContext> pairs = ctx.double_starred_kvpair();
            if (ctx.for_if_clauses() != null) {
                Double_starred_kvpairContext kv = pairs.get(0);
                if (kv.DOUBLESTAR() != null) {
                    throw error("dict unpacking cannot be used in dict comprehension", pos(kv));
                }
                return new Expr.DictComp(expression(kv.expression(0)), expression(kv.expression(1)),
                        comprehensions(ctx.for_if_clauses()), p);
            }
            List<Expr> keys = new ArrayList<>();
            List<Expr> values = new ArrayList<>();
            for (Double_starred_kvpairContext kv : pairs) {
                if (kv.DOUBLESTAR() != null) {
                    keys.add(null);
                    values.add(bitwiseOr(kv.bitwise_or()));
                } else {
                    keys.add(expression(kv.expression(0)));
                    values.add(expression(kv.expression(1)));
                }
            }
            return new Expr.Dict(keys, values, p);
        }
        List<Star_named_expressionContext> elts = ctx.star_named_expression();
        if (ctx.for_if_clauses() != null) {
            return new Expr.SetComp(comprehensionElement(elts.get(0)),
                    comprehensions(ctx.for_if_clauses()), p);
        }
        return new Expr.Set(starNamedExpressions(elts), p);
    }

    private List<Comprehension> comprehensions(For_if_clausesContext ctx) {
        List<Comprehension> out = new ArrayList<>();
        for (For_if_clauseContext c : ctx.for_if_clause()) {
            if (c.ASYNC() != null) throw unsupported("asynchronous comprehensions are", pos(c.ASYNC().getSymbol()));
            Expr target = target(starTargets(c.star_targets()), ExprContext.STORE, TargetKind.FOR);
            List<DisjunctionContext> parts = c.disjunction();
            List<Expr> ifs = new ArrayList<>();
            for (int i = 1; i < parts.size(); i++) ifs.add(disjunction(parts.get(i)));
            out.add(new Comprehension(target, disjunction(parts.get(0)), ifs));
        }
        return out;
    }

    private Expr starTargets(Star_targetsContext ctx) {
        List<Star_targetContext> list = ctx.star_target();
        if (list.size() == 1 && ctx.COMMA().isEmpty()) return starTarget(list.get(0));
        List<Expr> elts = new ArrayList<>();
        for (Star_targetContext t : list) elts.add(starTarget(t));
        return new Expr.Tuple(elts, ExprContext.LOAD, pos(ctx));
    }

    private Expr starTarget(Star_targetContext ctx) {
        Expr e = bitwiseOr(ctx.bitwise_or());
        return ctx.STAR() == null ? e : new Expr.Starred(e, ExprContext.LOAD, pos(ctx));
    }

    // ---- names and literals

    /** An identifier, NFKC-normalized as CPython does for non-ASCII names. */
    private static String name(Token t) {
        String s = t.getText();
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 128) return Normalizer.normalize(s, Normalizer.Form.NFKC);
        }
        return s;
    }

    private Expr number(Token t) {
        String text = t.getText().replace("_", "");
        Pos p = pos(t);
        char last = text.charAt(text.length() - 1);
        if (last == 'j' || last == 'J') throw unsupported("complex numbers are", p);
        if (text.length() > 1 && text.charAt(0) == '0' && "xXoObB".indexOf(text.charAt(1)) >= 0) {
            int radix = switch (text.charAt(1)) {
                case 'x', 'X' -> 16;
                case 'o', 'O' -> 8;
                default -> 2;
            };
            return new Expr.Constant(integer(new BigInteger(text.substring(2), radix)), p);
        }
        if (text.indexOf('.') >= 0 || text.indexOf('e') >= 0 || text.indexOf('E') >= 0) {
            return new Expr.Constant(Double.parseDouble(text), p);
        }
        return new Expr.Constant(integer(new BigInteger(text)), p);
    }

    private static Object integer(BigInteger v) {
        return v.bitLength() < 64 ? (Object) v.longValue() : v;
    }

    private Expr strings(StringsContext ctx) {
        return new StringLiterals(source, this, fstringDepth).concatenate(ctx.STRING(), pos(ctx));
    }

    /** Positions for string literal code. */
    Pos tokenPos(Token t) {
        return pos(t);
    }

    /** The position of the token after {@code t} (where CPython reports f-string errors). */
    Pos followingPos(Token t) {
        Token next = t.getTokenIndex() + 1 < tokens.size() ? tokens.get(t.getTokenIndex() + 1) : t;
        Pos p = pos(next);
        if (next.getType() == PythonLexer.NEWLINE || next.getType() == Token.EOF) {
            return new Pos(p.lineno(), p.colOffset(), p.lineno(), p.colOffset());
        }
        return p;
    }

    int tokenLine(Token t) {
        return line(t);
    }

    int tokenCol(Token t) {
        return col(t);
    }
}
