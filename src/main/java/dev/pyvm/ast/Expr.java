package dev.pyvm.ast;

/**
 * An expression node: CPython 3.11's {@code expr} sum type, one nested record per
 * constructor, fields in CPython's order with the source range last. Optional fields
 * ({@code ?} in CPython's ASDL) are null when absent; lists are never null and immutable.
 */
public sealed interface Expr extends Located {

    /** Dispatches on the node's kind; a visitor must handle every kind. */
    <R> R accept(Visitor<R> v);

    /** One method per kind of expression. */
    interface Visitor<R> {
        R visitBoolOp(BoolOp node);

        R visitNamedExpr(NamedExpr node);

        R visitBinOp(BinOp node);

        R visitUnaryOp(UnaryOp node);

        R visitLambda(Lambda node);

        R visitIfExp(IfExp node);

        R visitDict(Dict node);

        R visitSet(Set node);

        R visitListComp(ListComp node);

        R visitSetComp(SetComp node);

        R visitDictComp(DictComp node);

        R visitGeneratorExp(GeneratorExp node);

        R visitYield(Yield node);

        R visitYieldFrom(YieldFrom node);

        R visitCompare(Compare node);

        R visitCall(Call node);

        R visitFormattedValue(FormattedValue node);

        R visitJoinedStr(JoinedStr node);

        R visitConstant(Constant node);

        R visitAttribute(Attribute node);

        R visitSubscript(Subscript node);

        R visitStarred(Starred node);

        R visitName(Name node);

        R visitList(List node);

        R visitTuple(Tuple node);

        R visitSlice(Slice node);
    }

    /** {@code a and b and c}: two or more values. */
    record BoolOp(BoolOpKind op, java.util.List<Expr> values, Pos pos) implements Expr {
        public BoolOp {
            values = Nodes.copy(values);
        }

        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitBoolOp(this);
        }
    }

    /** {@code target := value}: target is a Name in STORE context. */
    record NamedExpr(Expr target, Expr value, Pos pos) implements Expr {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitNamedExpr(this);
        }
    }

    record BinOp(Expr left, BinOpKind op, Expr right, Pos pos) implements Expr {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitBinOp(this);
        }
    }

    record UnaryOp(UnaryOpKind op, Expr operand, Pos pos) implements Expr {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitUnaryOp(this);
        }
    }

    record Lambda(Arguments args, Expr body, Pos pos) implements Expr {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitLambda(this);
        }
    }

    /** {@code body if test else orelse}. */
    record IfExp(Expr test, Expr body, Expr orelse, Pos pos) implements Expr {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitIfExp(this);
        }
    }

    /** A dict display; a null key means {@code **values[i]} unpacking. */
    record Dict(java.util.List<Expr> keys, java.util.List<Expr> values, Pos pos) implements Expr {
        public Dict {
            keys = Nodes.copy(keys);
            values = Nodes.copy(values);
        }

        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitDict(this);
        }
    }

    record Set(java.util.List<Expr> elts, Pos pos) implements Expr {
        public Set {
            elts = Nodes.copy(elts);
        }

        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitSet(this);
        }
    }

    record ListComp(Expr elt, java.util.List<Comprehension> generators, Pos pos) implements Expr {
        public ListComp {
            generators = Nodes.copy(generators);
        }

        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitListComp(this);
        }
    }

    record SetComp(Expr elt, java.util.List<Comprehension> generators, Pos pos) implements Expr {
        public SetComp {
            generators = Nodes.copy(generators);
        }

        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitSetComp(this);
        }
    }

    record DictComp(Expr key, Expr value, java.util.List<Comprehension> generators, Pos pos) implements Expr {
        public DictComp {
            generators = Nodes.copy(generators);
        }

        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitDictComp(this);
        }
    }

    record GeneratorExp(Expr elt, java.util.List<Comprehension> generators, Pos pos) implements Expr {
        public GeneratorExp {
            generators = Nodes.copy(generators);
        }

        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitGeneratorExp(this);
        }
    }

    /** {@code yield} with an optional value. */
    record Yield(Expr value, Pos pos) implements Expr {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitYield(this);
        }
    }

    record YieldFrom(Expr value, Pos pos) implements Expr {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitYieldFrom(this);
        }
    }

    /** {@code left ops[0] comparators[0] ops[1] comparators[1] ...}: a chained comparison. */
    record Compare(Expr left, java.util.List<CmpOpKind> ops, java.util.List<Expr> comparators, Pos pos) implements Expr {
        public Compare {
            ops = Nodes.copy(ops);
            comparators = Nodes.copy(comparators);
        }

        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitCompare(this);
        }
    }

    /** A call; {@code *a} is a {@link Starred} in args, {@code **k} a keyword whose arg is null. */
    record Call(Expr func, java.util.List<Expr> args, java.util.List<Keyword> keywords, Pos pos) implements Expr {
        public Call {
            args = Nodes.copy(args);
            keywords = Nodes.copy(keywords);
        }

        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitCall(this);
        }
    }

    /**
     * One replacement field of an f-string. {@code conversion} is -1 (none) or the code of
     * {@code 's'}, {@code 'r'} or {@code 'a'}, as CPython; {@code formatSpec} is a
     * {@link JoinedStr} or null.
     */
    record FormattedValue(Expr value, int conversion, Expr formatSpec, Pos pos) implements Expr {
        public static final int NO_CONVERSION = -1;

        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitFormattedValue(this);
        }
    }

    /** An f-string: {@link Constant} string parts and {@link FormattedValue}s. */
    record JoinedStr(java.util.List<Expr> values, Pos pos) implements Expr {
        public JoinedStr {
            values = Nodes.copy(values);
        }

        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitJoinedStr(this);
        }
    }

    /**
     * A literal. The value is a {@link Long}, or a {@link java.math.BigInteger} for ints
     * that don't fit a long, a {@link Double}, a {@link String}, a {@code byte[]} (bytes; never
     * changed once made), a {@link Boolean}, or a {@link SpecialConstant} ({@code None}, {@code ...}).
     */
    record Constant(Object value, Pos pos) implements Expr {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitConstant(this);
        }
    }

    record Attribute(Expr value, String attr, ExprContext ctx, Pos pos) implements Expr {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitAttribute(this);
        }
    }

    /** {@code value[slice]}; the slice is a {@link Slice}, a {@link Tuple} or any expression. */
    record Subscript(Expr value, Expr slice, ExprContext ctx, Pos pos) implements Expr {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitSubscript(this);
        }
    }

    record Starred(Expr value, ExprContext ctx, Pos pos) implements Expr {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitStarred(this);
        }
    }

    record Name(String id, ExprContext ctx, Pos pos) implements Expr {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitName(this);
        }
    }

    record List(java.util.List<Expr> elts, ExprContext ctx, Pos pos) implements Expr {
        public List {
            elts = Nodes.copy(elts);
        }

        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitList(this);
        }
    }

    record Tuple(java.util.List<Expr> elts, ExprContext ctx, Pos pos) implements Expr {
        public Tuple {
            elts = Nodes.copy(elts);
        }

        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitTuple(this);
        }
    }

    /** {@code lower:upper:step}, only as a subscript (or inside a subscript's tuple). */
    record Slice(Expr lower, Expr upper, Expr step, Pos pos) implements Expr {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitSlice(this);
        }
    }
}
