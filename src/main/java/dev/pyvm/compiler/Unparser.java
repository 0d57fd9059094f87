package dev.pyvm.compiler;

import dev.pyvm.ast.Arg;
import dev.pyvm.ast.Arguments;
import dev.pyvm.ast.BinOpKind;
import dev.pyvm.ast.BoolOpKind;
import dev.pyvm.ast.Comprehension;
import dev.pyvm.ast.Expr;
import dev.pyvm.ast.Keyword;
import dev.pyvm.ast.SpecialConstant;
import dev.pyvm.ast.UnaryOpKind;
import dev.pyvm.bytecode.Constants;
import java.util.List;

/**
 * An expression written back as source text, as CPython 3.11's Python/ast_unparse.c does for
 * the annotations of {@code from __future__ import annotations}: the fewest parentheses the
 * precedence needs, strings by repr, {@code inf} as {@code 1e309}.
 */
final class Unparser {
    // CPython 3.11: ast_unparse.c's precedence levels, lowest first
    private static final int PR_TUPLE = 0;
    private static final int PR_TEST = 1;
    private static final int PR_OR = 2;
    private static final int PR_AND = 3;
    private static final int PR_NOT = 4;
    private static final int PR_CMP = 5;
    private static final int PR_BOR = 6;
    private static final int PR_BXOR = 7;
    private static final int PR_BAND = 8;
    private static final int PR_SHIFT = 9;
    private static final int PR_ARITH = 10;
    private static final int PR_TERM = 11;
    private static final int PR_FACTOR = 12;
    private static final int PR_POWER = 13;
    private static final int PR_ATOM = 15;

    private final StringBuilder b = new StringBuilder();

    private Unparser() {}

    /** An annotation's text: CPython's {@code expr_as_unicode(e, PR_TEST)}. */
    static String annotation(Expr e) {
        Unparser u = new Unparser();
        u.expr(e, PR_TEST);
        return u.b.toString();
    }

    private void open(boolean paren) {
        if (paren) b.append('(');
    }

    private void close(boolean paren) {
        if (paren) b.append(')');
    }

    private void expr(Expr e, int level) {
        if (e instanceof Expr.BoolOp o) {
            int pr = o.op() == BoolOpKind.AND ? PR_AND : PR_OR;
            open(level > pr);
            for (int i = 0; i < o.values().size(); i++) {
                if (i > 0) b.append(o.op() == BoolOpKind.AND ? " and " : " or ");
                expr(o.values().get(i), pr + 1);
            }
            close(level > pr);
        } else if (e instanceof Expr.BinOp o) {
            int pr = binaryPrecedence(o.op());
            boolean rassoc = o.op() == BinOpKind.POW;
            open(level > pr);
            expr(o.left(), pr + (rassoc ? 1 : 0));
            b.append(' ').append(o.op().symbol()).append(' ');
            expr(o.right(), pr + (rassoc ? 0 : 1));
            close(level > pr);
        } else if (e instanceof Expr.UnaryOp o) {
            int pr = o.op() == UnaryOpKind.NOT ? PR_NOT : PR_FACTOR;
            open(level > pr);
            b.append(o.op() == UnaryOpKind.NOT ? "not " : o.op().symbol());
            expr(o.operand(), pr);
            close(level > pr);
        } else if (e instanceof Expr.Lambda l) {
            open(level > PR_TEST);
            b.append("lambda");
            StringBuilder params = new StringBuilder();
            arguments(l.args(), params);
            if (!params.isEmpty()) b.append(' ').append(params);
            b.append(": ");
            expr(l.body(), PR_TEST);
            close(level > PR_TEST);
        } else if (e instanceof Expr.IfExp i) {
            open(level > PR_TEST);
            expr(i.body(), PR_TEST + 1);
            b.append(" if ");
            expr(i.test(), PR_TEST + 1);
            b.append(" else ");
            expr(i.orelse(), PR_TEST);
            close(level > PR_TEST);
        } else if (e instanceof Expr.Dict d) {
            b.append('{');
            for (int i = 0; i < d.values().size(); i++) {
                if (i > 0) b.append(", ");
                Expr k = d.keys().get(i);
                if (k == null) {
                    b.append("**");
                    expr(d.values().get(i), PR_BOR);
                } else {
                    expr(k, PR_TEST);
                    b.append(": ");
                    expr(d.values().get(i), PR_TEST);
                }
            }
            b.append('}');
        } else if (e instanceof Expr.Set s) {
            if (s.elts().isEmpty()) {
                b.append("{*()}");
            } else {
                b.append('{');
                items(s.elts());
                b.append('}');
            }
        } else if (e instanceof Expr.ListComp c) {
            comprehension("[", c.elt(), c.generators(), "]");
        } else if (e instanceof Expr.SetComp c) {
            comprehension("{", c.elt(), c.generators(), "}");
        } else if (e instanceof Expr.GeneratorExp c) {
            comprehension("(", c.elt(), c.generators(), ")");
        } else if (e instanceof Expr.DictComp c) {
            b.append('{');
            expr(c.key(), PR_TEST);
            b.append(": ");
            expr(c.value(), PR_TEST);
            generators(c.generators());
            b.append('}');
        } else if (e instanceof Expr.Yield y) {
            b.append("(yield");
            if (y.value() != null) {
                b.append(' ');
                expr(y.value(), PR_TEST);
            }
            b.append(')');
        } else if (e instanceof Expr.YieldFrom y) {
            b.append("(yield from ");
            expr(y.value(), PR_TEST);
            b.append(')');
        } else if (e instanceof Expr.Compare c) {
            open(level > PR_CMP);
            expr(c.left(), PR_CMP + 1);
            for (int i = 0; i < c.ops().size(); i++) {
                b.append(' ').append(c.ops().get(i).symbol()).append(' ');
                expr(c.comparators().get(i), PR_CMP + 1);
            }
            close(level > PR_CMP);
        } else if (e instanceof Expr.Call c) {
            call(c);
        } else if (e instanceof Expr.Constant c) {
            constant(c.value());
        } else if (e instanceof Expr.JoinedStr j) {
            StringBuilder body = new StringBuilder();
            joinedStrBody(j, body);
            b.append('f').append(Constants.stringRepr(body.toString()));
        } else if (e instanceof Expr.FormattedValue f) {
            StringBuilder body = new StringBuilder();
            formattedValue(f, body);
            b.append('f').append(Constants.stringRepr(body.toString()));
        } else if (e instanceof Expr.Attribute a) {
            expr(a.value(), PR_ATOM);
            // an int's attribute needs a space: 1 .real, not 1.real
            boolean intValue = a.value() instanceof Expr.Constant c
                    && (c.value() instanceof Long || c.value() instanceof java.math.BigInteger);
            b.append(intValue ? " ." : ".").append(a.attr());
        } else if (e instanceof Expr.Subscript s) {
            expr(s.value(), PR_ATOM);
            b.append('[');
            expr(s.slice(), PR_TUPLE);
            b.append(']');
        } else if (e instanceof Expr.Starred s) {
            b.append('*');
            expr(s.value(), PR_BOR);
        } else if (e instanceof Expr.Name n) {
            b.append(n.id());
        } else if (e instanceof Expr.List l) {
            b.append('[');
            items(l.elts());
            b.append(']');
        } else if (e instanceof Expr.Tuple t) {
            if (t.elts().isEmpty()) {
                b.append("()");
            } else {
                open(level > PR_TUPLE);
                items(t.elts());
                if (t.elts().size() == 1) b.append(',');
                close(level > PR_TUPLE);
            }
        } else if (e instanceof Expr.Slice s) {
            if (s.lower() != null) expr(s.lower(), PR_TEST);
            b.append(':');
            if (s.upper() != null) expr(s.upper(), PR_TEST);
            if (s.step() != null) {
                b.append(':');
                expr(s.step(), PR_TEST);
            }
        } else if (e instanceof Expr.NamedExpr n) {
            open(level > PR_TUPLE);
            expr(n.target(), PR_ATOM);
            b.append(" := ");
            expr(n.value(), PR_ATOM);
            close(level > PR_TUPLE);
        } else {
            throw new IllegalStateException("unparse: unknown expression " + e);
        }
    }

    private static int binaryPrecedence(BinOpKind op) {
        return switch (op) {
            case ADD, SUB -> PR_ARITH;
            case MULT, MATMULT, DIV, MOD, FLOORDIV -> PR_TERM;
            case LSHIFT, RSHIFT -> PR_SHIFT;
            case BITOR -> PR_BOR;
            case BITXOR -> PR_BXOR;
            case BITAND -> PR_BAND;
            case POW -> PR_POWER;
        };
    }

    private void items(List<Expr> elts) {
        for (int i = 0; i < elts.size(); i++) {
            if (i > 0) b.append(", ");
            expr(elts.get(i), PR_TEST);
        }
    }

    private void comprehension(String start, Expr elt, List<Comprehension> generators, String end) {
        b.append(start);
        expr(elt, PR_TEST);
        generators(generators);
        b.append(end);
    }

    private void generators(List<Comprehension> generators) {
        for (Comprehension g : generators) {
            b.append(" for ");
            expr(g.target(), PR_TUPLE);
            b.append(" in ");
            expr(g.iter(), PR_TEST + 1);
            for (Expr cond : g.ifs()) {
                b.append(" if ");
                expr(cond, PR_TEST + 1);
            }
        }
    }

    private void call(Expr.Call c) {
        expr(c.func(), PR_ATOM);
        // a lone generator expression argument keeps only its own parentheses: f(x for x in y)
        if (c.args().size() == 1 && c.keywords().isEmpty() && c.args().get(0) instanceof Expr.GeneratorExp g) {
            expr(g, PR_TEST);
            return;
        }
        b.append('(');
        boolean first = true;
        for (Expr arg : c.args()) {
            if (!first) b.append(", ");
            first = false;
            expr(arg, PR_TEST);
        }
        for (Keyword k : c.keywords()) {
            if (!first) b.append(", ");
            first = false;
            if (k.arg() == null) {
                b.append("**");
            } else {
                b.append(k.arg()).append('=');
            }
            expr(k.value(), PR_TEST);
        }
        b.append(')');
    }

    private void constant(Object value) {
        if (value == SpecialConstant.ELLIPSIS) {
            b.append("...");
        } else if (value == SpecialConstant.NONE) {
            b.append("None");
        } else if (value instanceof Double d && d.isInfinite()) {
            b.append(d > 0 ? "1e309" : "-1e309");
        } else {
            b.append(Constants.repr(value));
        }
    }

    // CPython 3.11: ast_unparse.c build_fstring_body(): the text inside f'...', braces doubled
    private void joinedStrBody(Expr.JoinedStr j, StringBuilder body) {
        for (Expr part : j.values()) {
            if (part instanceof Expr.Constant c && c.value() instanceof String s) {
                body.append(s.replace("{", "{{").replace("}", "}}"));
            } else if (part instanceof Expr.FormattedValue f) {
                formattedValue(f, body);
            } else if (part instanceof Expr.JoinedStr inner) {
                joinedStrBody(inner, body);
            }
        }
    }

    private void formattedValue(Expr.FormattedValue f, StringBuilder body) {
        Unparser inner = new Unparser();
        inner.expr(f.value(), PR_TEST + 1);
        String text = inner.b.toString();
        body.append(text.startsWith("{") ? "{ " : "{").append(text);
        if (f.conversion() != Expr.FormattedValue.NO_CONVERSION) body.append('!').append((char) f.conversion());
        if (f.formatSpec() != null) {
            body.append(':');
            if (f.formatSpec() instanceof Expr.JoinedStr spec) joinedStrBody(spec, body);
        }
        body.append('}');
    }

    // CPython 3.11: ast_unparse.c append_ast_args()
    private static void arguments(Arguments a, StringBuilder out) {
        List<Arg> positional = new java.util.ArrayList<>(a.posonlyargs());
        positional.addAll(a.args());
        int firstDefault = positional.size() - a.defaults().size();
        boolean first = true;
        for (int i = 0; i < positional.size(); i++) {
            if (!first) out.append(", ");
            first = false;
            out.append(positional.get(i).arg());
            if (i >= firstDefault) out.append('=').append(annotation(a.defaults().get(i - firstDefault)));
            if (i == a.posonlyargs().size() - 1) out.append(", /");
        }
        if (a.vararg() != null || !a.kwonlyargs().isEmpty()) {
            if (!first) out.append(", ");
            first = false;
            out.append('*');
            if (a.vararg() != null) out.append(a.vararg().arg());
        }
        for (int i = 0; i < a.kwonlyargs().size(); i++) {
            out.append(", ").append(a.kwonlyargs().get(i).arg());
            Expr d = a.kwDefaults().get(i);
            if (d != null) out.append('=').append(annotation(d));
        }
        if (a.kwarg() != null) {
            if (!first) out.append(", ");
            out.append("**").append(a.kwarg().arg());
        }
    }
}
