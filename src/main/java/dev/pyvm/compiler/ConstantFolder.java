package dev.pyvm.compiler;

import dev.pyvm.ast.BinOpKind;
import dev.pyvm.ast.Expr;
import dev.pyvm.ast.ExprContext;
import dev.pyvm.ast.SpecialConstant;
import dev.pyvm.ast.UnaryOpKind;
import dev.pyvm.bytecode.ConstTuple;
import dev.pyvm.bytecode.Constants;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Folds literal expressions to constants, as CPython 3.11's {@code Python/ast_opt.c}: unary and
 * binary operators on constants and tuples of constants. Never folds what would raise (division
 * by zero, a negative shift, {@code -"s"}, a repetition count beyond a {@code Py_ssize_t}) or what
 * would be large (CPython's limits {@link #MAX_INT_SIZE}, {@link #MAX_COLLECTION_SIZE},
 * {@link #MAX_STR_SIZE}, {@link #MAX_TOTAL_ITEMS}); such expressions are left to run time. Float
 * results are folded only where Java's IEEE arithmetic gives exactly CPython's result.
 */
final class ConstantFolder {
    private ConstantFolder() {}

    /** Bits of an int result (CPython: MAX_INT_SIZE 128). */
    static final int MAX_INT_SIZE = 128;
    /** Items of a tuple result (CPython: MAX_COLLECTION_SIZE 256). */
    static final int MAX_COLLECTION_SIZE = 256;
    /** Characters of a str result (CPython: MAX_STR_SIZE 4096). */
    static final int MAX_STR_SIZE = 4096;
    /** Items of nested tuples in a repeated tuple (CPython: MAX_TOTAL_ITEMS 1024). */
    static final int MAX_TOTAL_ITEMS = 1024;

    private static final BigInteger TWO_53 = BigInteger.ONE.shiftLeft(53);

    /**
     * The constant value of {@code e} (see {@link Constants}), or null if it is not a constant;
     * {@code debug} is the value of {@code __debug__} (False under -O).
     */
    static Object fold(Expr e, boolean debug) {
        Object literal = literal(e, debug);
        if (literal != null) return literal;
        if (e instanceof Expr.UnaryOp u) {
            Object v = fold(u.operand(), debug);
            return v == null ? null : unary(u.op(), v);
        }
        if (e instanceof Expr.BinOp b) {
            Object l = fold(b.left(), debug);
            if (l == null) return null;
            Object r = fold(b.right(), debug);
            return r == null ? null : binary(b.op(), l, r);
        }
        if (e instanceof Expr.Tuple t && t.ctx() == ExprContext.LOAD) return foldTuple(t.elts(), debug);
        return null;
    }

    /** A tuple constant of {@code elts} if every one is a constant (and none is starred), else null. */
    static ConstTuple foldTuple(List<Expr> elts, boolean debug) {
        return tupleOf(elts, x -> fold(x, debug));
    }

    /**
     * The value of {@code e} without folding: a literal or {@code __debug__}, else null. With
     * {@link #literalTuple}, what the code generator takes for constants when folding is off.
     */
    static Object literal(Expr e, boolean debug) {
        if (e instanceof Expr.Constant c) return fromAst(c.value());
        if (e instanceof Expr.Name n && n.ctx() == ExprContext.LOAD && n.id().equals("__debug__")) return debug;
        return null;
    }

    /** A tuple constant of {@code elts} if every one is a literal, else null. */
    static ConstTuple literalTuple(List<Expr> elts, boolean debug) {
        return tupleOf(elts, x -> literal(x, debug));
    }

    private static ConstTuple tupleOf(List<Expr> elts, Function<Expr, Object> constant) {
        List<Object> items = new ArrayList<>(elts.size());
        for (Expr x : elts) {
            Object v = constant.apply(x);
            if (v == null) return null;
            items.add(v);
        }
        return new ConstTuple(items);
    }

    /** The bytecode constant for an AST literal value. */
    static Object fromAst(Object v) {
        if (v instanceof SpecialConstant s) {
            return s == SpecialConstant.NONE ? Constants.Singleton.NONE : Constants.Singleton.ELLIPSIS;
        }
        if (v instanceof BigInteger b) return normalize(b);
        if (v instanceof Long || v instanceof Double || v instanceof String || v instanceof Boolean) return v;
        if (v instanceof byte[] b) return new Constants.Bytes(b);
        return null;
    }

    /** Python truthiness of a constant, or null if unknown. */
    static Boolean truthiness(Object v) {
        if (v instanceof Boolean b) return b;
        if (v instanceof Long l) return l != 0;
        if (v instanceof BigInteger b) return b.signum() != 0;
        if (v instanceof Double d) return d != 0.0;
        if (v instanceof String s) return !s.isEmpty();
        if (v instanceof Constants.Bytes b) return b.length() > 0;
        if (v == Constants.Singleton.NONE) return false;
        if (v == Constants.Singleton.ELLIPSIS) return true;
        if (v instanceof ConstTuple t) return t.size() > 0;
        return null;
    }

    private static boolean isInt(Object v) {
        return v instanceof Long || v instanceof BigInteger || v instanceof Boolean;
    }

    private static BigInteger big(Object v) {
        if (v instanceof Boolean b) return b ? BigInteger.ONE : BigInteger.ZERO;
        if (v instanceof Long l) return BigInteger.valueOf(l);
        return (BigInteger) v;
    }

    static Object normalize(BigInteger b) {
        return b.bitLength() < 64 ? (Object) b.longValue() : b;
    }

    /** A float operand: a Double, or an int that converts exactly. */
    private static Double asDouble(Object v) {
        if (v instanceof Double d) return d;
        if (isInt(v)) {
            BigInteger b = big(v);
            return b.abs().compareTo(TWO_53) <= 0 ? b.doubleValue() : null;
        }
        return null;
    }

    private static Object unary(UnaryOpKind op, Object v) {
        switch (op) {
            case NOT: {
                Boolean t = truthiness(v);
                return t == null ? null : !t;
            }
            case USUB:
                if (isInt(v)) return normalize(big(v).negate());
                if (v instanceof Double d) return -d;
                return null;
            case UADD:
                if (isInt(v)) return normalize(big(v));
                if (v instanceof Double d) return d;
                return null;
            case INVERT:
                if (isInt(v)) return normalize(big(v).not());
                return null;
            default:
                return null;
        }
    }

    private static Object binary(BinOpKind op, Object l, Object r) {
        if (l instanceof Boolean a && r instanceof Boolean b) {
            // bool & | ^ bool stays a bool
            switch (op) {
                case BITAND: return a & b;
                case BITOR: return a | b;
                case BITXOR: return a ^ b;
                default: break;
            }
        }
        if (isInt(l) && isInt(r)) return intBinary(op, big(l), big(r));
        if ((l instanceof Double || r instanceof Double) && (l instanceof Double || isInt(l))
                && (r instanceof Double || isInt(r))) {
            Double a = asDouble(l), b = asDouble(r);
            if (a == null || b == null) return null;
            return switch (op) {
                case ADD -> a + b;
                case SUB -> a - b;
                case MULT -> a * b;
                case DIV -> b == 0.0 ? null : a / b;
                default -> null;
            };
        }
        if (op == BinOpKind.ADD && l instanceof String a && r instanceof String b) {
            return a.codePointCount(0, a.length()) + b.codePointCount(0, b.length()) > MAX_STR_SIZE ? null : a + b;
        }
        if (op == BinOpKind.ADD && l instanceof Constants.Bytes a && r instanceof Constants.Bytes b) {
            return a.length() + b.length() > MAX_STR_SIZE ? null : Constants.Bytes.concat(a, b);
        }
        if (op == BinOpKind.ADD && l instanceof ConstTuple a && r instanceof ConstTuple b) {
            if (a.size() + b.size() > MAX_COLLECTION_SIZE) return null;
            List<Object> items = new ArrayList<>(a.items());
            items.addAll(b.items());
            return new ConstTuple(items);
        }
        if (op == BinOpKind.MULT) {
            if (isInt(l) && !isInt(r)) return repeat(r, big(l));
            if (isInt(r) && !isInt(l)) return repeat(l, big(r));
        }
        return null;
    }

    private static Object repeat(Object seq, BigInteger times) {
        // a count beyond a Py_ssize_t raises OverflowError at run time, even for an empty sequence
        if (times.bitLength() > 63) return null;
        if (seq instanceof String s) {
            int size = s.codePointCount(0, s.length());
            if (times.signum() < 0) return "";
            if (size == 0) return "";
            if (times.compareTo(BigInteger.valueOf(MAX_STR_SIZE / size)) > 0) return null;
            return s.repeat(times.intValue());
        }
        if (seq instanceof Constants.Bytes b) {
            if (times.signum() < 0 || b.length() == 0) return Constants.Bytes.EMPTY;
            if (times.compareTo(BigInteger.valueOf(MAX_STR_SIZE / b.length())) > 0) return null;
            return Constants.Bytes.repeat(b, times.intValue());
        }
        if (seq instanceof ConstTuple t) {
            if (times.signum() < 0 || t.size() == 0) return ConstTuple.EMPTY;
            if (times.compareTo(BigInteger.valueOf(MAX_COLLECTION_SIZE / t.size())) > 0) return null;
            int n = times.intValue();
            if (n > 0 && countItems(t) > MAX_TOTAL_ITEMS / n) return null;
            List<Object> items = new ArrayList<>();
            for (int i = 0; i < n; i++) items.addAll(t.items());
            return new ConstTuple(items);
        }
        return null;
    }

    private static int countItems(ConstTuple t) {
        int n = t.size();
        for (Object o : t.items()) {
            if (o instanceof ConstTuple inner) n += countItems(inner);
        }
        return n;
    }

    private static Object intBinary(BinOpKind op, BigInteger a, BigInteger b) {
        switch (op) {
            case ADD:
                return normalize(a.add(b));
            case SUB:
                return normalize(a.subtract(b));
            case MULT:
                if (a.signum() != 0 && b.signum() != 0 && a.bitLength() + b.bitLength() > MAX_INT_SIZE) return null;
                return normalize(a.multiply(b));
            case FLOORDIV: {
                if (b.signum() == 0) return null;
                BigInteger[] qr = a.divideAndRemainder(b);
                BigInteger q = qr[0];
                if (qr[1].signum() != 0 && qr[1].signum() != b.signum()) q = q.subtract(BigInteger.ONE);
                return normalize(q);
            }
            case MOD: {
                if (b.signum() == 0) return null;
                BigInteger m = a.remainder(b);
                if (m.signum() != 0 && m.signum() != b.signum()) m = m.add(b);
                return normalize(m);
            }
            case POW:
                if (b.signum() < 0 || b.bitLength() > 31) return null;
                if (a.signum() != 0 && b.signum() > 0) {
                    if (b.bitLength() > 31 || (long) a.bitLength() * b.intValue() > MAX_INT_SIZE) return null;
                }
                return normalize(a.pow(b.intValue()));
            case LSHIFT:
                if (b.signum() < 0) return null;
                if (a.signum() != 0 && b.signum() != 0) {
                    if (b.compareTo(BigInteger.valueOf(MAX_INT_SIZE)) > 0 || a.bitLength() > MAX_INT_SIZE - b.intValue()) {
                        return null;
                    }
                }
                return a.signum() == 0 ? (Object) 0L : normalize(a.shiftLeft(b.intValue()));
            case RSHIFT:
                if (b.signum() < 0) return null;
                if (b.bitLength() > 31) return normalize(a.signum() < 0 ? BigInteger.ONE.negate() : BigInteger.ZERO);
                return normalize(a.shiftRight(b.intValue()));
            case BITAND:
                return normalize(a.and(b));
            case BITOR:
                return normalize(a.or(b));
            case BITXOR:
                return normalize(a.xor(b));
            case DIV:
                if (b.signum() == 0 || a.abs().compareTo(TWO_53) > 0 || b.abs().compareTo(TWO_53) > 0) return null;
                return a.doubleValue() / b.doubleValue();
            default:
                return null;
        }
    }
}
