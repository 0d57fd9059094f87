package dev.pyvm.ast;

import java.util.List;

/**
 * A statement node: CPython 3.11's {@code stmt} sum type, one nested record per constructor,
 * fields in CPython's order with the source range last. Optional fields are null when absent;
 * lists are never null and immutable. CPython's expression statement {@code Expr} is
 * {@link ExprStmt} here, so that it does not hide the {@link Expr} interface.
 */
public sealed interface Stmt extends Located {

    /** Dispatches on the node's kind; a visitor must handle every kind. */
    <R> R accept(Visitor<R> v);

    /** One method per kind of statement. */
    interface Visitor<R> {
        R visitFunctionDef(FunctionDef node);

        R visitClassDef(ClassDef node);

        R visitReturn(Return node);

        R visitDelete(Delete node);

        R visitAssign(Assign node);

        R visitAugAssign(AugAssign node);

        R visitAnnAssign(AnnAssign node);

        R visitFor(For node);

        R visitWhile(While node);

        R visitIf(If node);

        R visitWith(With node);

        R visitRaise(Raise node);

        R visitTry(Try node);

        R visitAssert(Assert node);

        R visitImport(Import node);

        R visitImportFrom(ImportFrom node);

        R visitGlobal(Global node);

        R visitNonlocal(Nonlocal node);

        R visitExprStmt(ExprStmt node);

        R visitPass(Pass node);

        R visitBreak(Break node);

        R visitContinue(Continue node);
    }

    /** {@code def}; {@code returns} is the return annotation or null. */
    record FunctionDef(String name, Arguments args, List<Stmt> body, List<Expr> decoratorList,
            Expr returns, Pos pos) implements Stmt {
        public FunctionDef {
            body = Nodes.copy(body);
            decoratorList = Nodes.copy(decoratorList);
        }

        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitFunctionDef(this);
        }
    }

    record ClassDef(String name, List<Expr> bases, List<Keyword> keywords, List<Stmt> body,
            List<Expr> decoratorList, Pos pos) implements Stmt {
        public ClassDef {
            bases = Nodes.copy(bases);
            keywords = Nodes.copy(keywords);
            body = Nodes.copy(body);
            decoratorList = Nodes.copy(decoratorList);
        }

        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitClassDef(this);
        }
    }

    /** {@code return} with an optional value. */
    record Return(Expr value, Pos pos) implements Stmt {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitReturn(this);
        }
    }

    record Delete(List<Expr> targets, Pos pos) implements Stmt {
        public Delete {
            targets = Nodes.copy(targets);
        }

        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitDelete(this);
        }
    }

    /** {@code t1 = t2 = value}: one or more targets. */
    record Assign(List<Expr> targets, Expr value, Pos pos) implements Stmt {
        public Assign {
            targets = Nodes.copy(targets);
        }

        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitAssign(this);
        }
    }

    record AugAssign(Expr target, BinOpKind op, Expr value, Pos pos) implements Stmt {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitAugAssign(this);
        }
    }

    /**
     * {@code target: annotation = value}; value may be null. {@code simple} is true for a
     * bare name target (not parenthesized), as CPython's {@code simple=1}.
     */
    record AnnAssign(Expr target, Expr annotation, Expr value, boolean simple, Pos pos) implements Stmt {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitAnnAssign(this);
        }
    }

    record For(Expr target, Expr iter, List<Stmt> body, List<Stmt> orelse, Pos pos) implements Stmt {
        public For {
            body = Nodes.copy(body);
            orelse = Nodes.copy(orelse);
        }

        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitFor(this);
        }
    }

    record While(Expr test, List<Stmt> body, List<Stmt> orelse, Pos pos) implements Stmt {
        public While {
            body = Nodes.copy(body);
            orelse = Nodes.copy(orelse);
        }

        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitWhile(this);
        }
    }

    /** {@code if}; an {@code elif} is a single nested If in orelse, as CPython. */
    record If(Expr test, List<Stmt> body, List<Stmt> orelse, Pos pos) implements Stmt {
        public If {
            body = Nodes.copy(body);
            orelse = Nodes.copy(orelse);
        }

        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitIf(this);
        }
    }

    record With(List<WithItem> items, List<Stmt> body, Pos pos) implements Stmt {
        public With {
            items = Nodes.copy(items);
            body = Nodes.copy(body);
        }

        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitWith(this);
        }
    }

    /** {@code raise [exc [from cause]]}. */
    record Raise(Expr exc, Expr cause, Pos pos) implements Stmt {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitRaise(this);
        }
    }

    record Try(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse, List<Stmt> finalbody,
            Pos pos) implements Stmt {
        public Try {
            body = Nodes.copy(body);
            handlers = Nodes.copy(handlers);
            orelse = Nodes.copy(orelse);
            finalbody = Nodes.copy(finalbody);
        }

        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitTry(this);
        }
    }

    record Assert(Expr test, Expr msg, Pos pos) implements Stmt {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitAssert(this);
        }
    }

    record Import(List<Alias> names, Pos pos) implements Stmt {
        public Import {
            names = Nodes.copy(names);
        }

        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitImport(this);
        }
    }

    /** {@code from ..module import names}; module is null for {@code from . import x}. */
    record ImportFrom(String module, List<Alias> names, int level, Pos pos) implements Stmt {
        public ImportFrom {
            names = Nodes.copy(names);
        }

        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitImportFrom(this);
        }
    }

    record Global(List<String> names, Pos pos) implements Stmt {
        public Global {
            names = Nodes.copy(names);
        }

        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitGlobal(this);
        }
    }

    record Nonlocal(List<String> names, Pos pos) implements Stmt {
        public Nonlocal {
            names = Nodes.copy(names);
        }

        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitNonlocal(this);
        }
    }

    /** An expression statement (CPython's {@code Expr}). */
    record ExprStmt(Expr value, Pos pos) implements Stmt {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitExprStmt(this);
        }
    }

    record Pass(Pos pos) implements Stmt {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitPass(this);
        }
    }

    record Break(Pos pos) implements Stmt {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitBreak(this);
        }
    }

    record Continue(Pos pos) implements Stmt {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitContinue(this);
        }
    }
}
