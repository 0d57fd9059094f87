package dev.pyvm.ast;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;

/**
 * A one-line dump of a tree in the format of CPython's {@code ast.dump(node)} (field names
 * shown, positions left out, absent optional fields omitted), so trees can be compared with
 * what {@code python3} prints.
 */
public final class AstDump {
    private final StringBuilder out = new StringBuilder();

    private AstDump() {}

    public static String dump(Module module) {
        AstDump d = new AstDump();
        d.node("Module", "body", module.body(), "type_ignores", List.of());
        return d.out.toString();
    }

    public static String dump(Expr expr) {
        AstDump d = new AstDump();
        d.value(expr);
        return d.out.toString();
    }

    public static String dump(Stmt stmt) {
        AstDump d = new AstDump();
        d.value(stmt);
        return d.out.toString();
    }

    /** Writes {@code Name(f1=v1, f2=v2, ...)}, skipping fields whose value is null. */
    private void node(String name, Object... fields) {
        out.append(name).append('(');
        boolean first = true;
        for (int i = 0; i < fields.length; i += 2) {
            Object v = fields[i + 1];
            if (v == null) continue;
            if (!first) out.append(", ");
            first = false;
            out.append(fields[i]).append('=');
            value(v);
        }
        out.append(')');
    }

    private void value(Object v) {
        if (v == null) {
            out.append("None");
        } else if (v instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) out.append(", ");
                value(list.get(i));
            }
            out.append(']');
        } else if (v instanceof Stmt s) {
            stmt(s);
        } else if (v instanceof Expr e) {
            expr(e);
        } else if (v instanceof Arguments a) {
            node("arguments", "posonlyargs", a.posonlyargs(), "args", a.args(), "vararg", a.vararg(),
                    "kwonlyargs", a.kwonlyargs(), "kw_defaults", a.kwDefaults(), "kwarg", a.kwarg(),
                    "defaults", a.defaults());
        } else if (v instanceof Arg a) {
            node("arg", "arg", a.arg(), "annotation", a.annotation());
        } else if (v instanceof Keyword k) {
            node("keyword", "arg", k.arg(), "value", k.value());
        } else if (v instanceof Alias a) {
            node("alias", "name", a.name(), "asname", a.asname());
        } else if (v instanceof WithItem w) {
            node("withitem", "context_expr", w.contextExpr(), "optional_vars", w.optionalVars());
        } else if (v instanceof ExceptHandler h) {
            node("ExceptHandler", "type", h.type(), "name", h.name(), "body", h.body());
        } else if (v instanceof Comprehension c) {
            node("comprehension", "target", c.target(), "iter", c.iter(), "ifs", c.ifs(), "is_async", 0L);
        } else if (v instanceof ExprContext c) {
            out.append(c.astName()).append("()");
        } else if (v instanceof BinOpKind k) {
            out.append(k.astName()).append("()");
        } else if (v instanceof UnaryOpKind k) {
            out.append(k.astName()).append("()");
        } else if (v instanceof CmpOpKind k) {
            out.append(k.astName()).append("()");
        } else if (v instanceof BoolOpKind k) {
            out.append(k.astName()).append("()");
        } else {
            out.append(repr(v));
        }
    }

    private void stmt(Stmt s) {
        if (s instanceof Stmt.FunctionDef f) {
            node("FunctionDef", "name", f.name(), "args", f.args(), "body", f.body(),
                "decorator_list", f.decoratorList(), "returns", f.returns());
        } else if (s instanceof Stmt.ClassDef c) {
            node("ClassDef", "name", c.name(), "bases", c.bases(), "keywords", c.keywords(),
                "body", c.body(), "decorator_list", c.decoratorList());
        } else if (s instanceof Stmt.Return r) {
            node("Return", "value", r.value());
        } else if (s instanceof Stmt.Delete d) {
            node("Delete", "targets", d.targets());
        } else if (s instanceof Stmt.Assign a) {
            node("Assign", "targets", a.targets(), "value", a.value());
        } else if (s instanceof Stmt.AugAssign a) {
            node("AugAssign", "target", a.target(), "op", a.op(), "value", a.value());
        } else if (s instanceof Stmt.AnnAssign a) {
            node("AnnAssign", "target", a.target(), "annotation", a.annotation(),
                "value", a.value(), "simple", a.simple() ? 1L : 0L);
        } else if (s instanceof Stmt.For f) {
            node("For", "target", f.target(), "iter", f.iter(), "body", f.body(),
                "orelse", f.orelse());
        } else if (s instanceof Stmt.While w) {
            node("While", "test", w.test(), "body", w.body(), "orelse", w.orelse());
        } else if (s instanceof Stmt.If i) {
            node("If", "test", i.test(), "body", i.body(), "orelse", i.orelse());
        } else if (s instanceof Stmt.With w) {
            node("With", "items", w.items(), "body", w.body());
        } else if (s instanceof Stmt.Raise r) {
            node("Raise", "exc", r.exc(), "cause", r.cause());
        } else if (s instanceof Stmt.Try t) {
            node("Try", "body", t.body(), "handlers", t.handlers(), "orelse", t.orelse(),
                "finalbody", t.finalbody());
        } else if (s instanceof Stmt.Assert a) {
            node("Assert", "test", a.test(), "msg", a.msg());
        } else if (s instanceof Stmt.Import i) {
            node("Import", "names", i.names());
        } else if (s instanceof Stmt.ImportFrom i) {
            node("ImportFrom", "module", i.module(), "names", i.names(),
                "level", (long) i.level());
        } else if (s instanceof Stmt.Global g) {
            node("Global", "names", g.names());
        } else if (s instanceof Stmt.Nonlocal n) {
            node("Nonlocal", "names", n.names());
        } else if (s instanceof Stmt.ExprStmt e) {
            node("Expr", "value", e.value());
        } else if (s instanceof Stmt.Pass p) {
            node("Pass");
        } else if (s instanceof Stmt.Break b) {
            node("Break");
        } else if (s instanceof Stmt.Continue c) {
            node("Continue");
        } else {
            throw new IllegalArgumentException("unknown node " + s);
        }
    }

    private void expr(Expr e) {
        if (e instanceof Expr.BoolOp b) {
            node("BoolOp", "op", b.op(), "values", b.values());
        } else if (e instanceof Expr.NamedExpr n) {
            node("NamedExpr", "target", n.target(), "value", n.value());
        } else if (e instanceof Expr.BinOp b) {
            node("BinOp", "left", b.left(), "op", b.op(), "right", b.right());
        } else if (e instanceof Expr.UnaryOp u) {
            node("UnaryOp", "op", u.op(), "operand", u.operand());
        } else if (e instanceof Expr.Lambda l) {
            node("Lambda", "args", l.args(), "body", l.body());
        } else if (e instanceof Expr.IfExp i) {
            node("IfExp", "test", i.test(), "body", i.body(), "orelse", i.orelse());
        } else if (e instanceof Expr.Dict d) {
            node("Dict", "keys", d.keys(), "values", d.values());
        } else if (e instanceof Expr.Set s) {
            node("Set", "elts", s.elts());
        } else if (e instanceof Expr.ListComp c) {
            node("ListComp", "elt", c.elt(), "generators", c.generators());
        } else if (e instanceof Expr.SetComp c) {
            node("SetComp", "elt", c.elt(), "generators", c.generators());
        } else if (e instanceof Expr.DictComp c) {
            node("DictComp", "key", c.key(), "value", c.value(),
                "generators", c.generators());
        } else if (e instanceof Expr.GeneratorExp c) {
            node("GeneratorExp", "elt", c.elt(), "generators", c.generators());
        } else if (e instanceof Expr.Yield y) {
            node("Yield", "value", y.value());
        } else if (e instanceof Expr.YieldFrom y) {
            node("YieldFrom", "value", y.value());
        } else if (e instanceof Expr.Compare c) {
            node("Compare", "left", c.left(), "ops", c.ops(), "comparators", c.comparators());
        } else if (e instanceof Expr.Call c) {
            node("Call", "func", c.func(), "args", c.args(), "keywords", c.keywords());
        } else if (e instanceof Expr.FormattedValue f) {
            node("FormattedValue", "value", f.value(),
                "conversion", (long) f.conversion(), "format_spec", f.formatSpec());
        } else if (e instanceof Expr.JoinedStr j) {
            node("JoinedStr", "values", j.values());
        } else if (e instanceof Expr.Constant c) {
            node("Constant", "value", c.value());
        } else if (e instanceof Expr.Attribute a) {
            node("Attribute", "value", a.value(), "attr", a.attr(), "ctx", a.ctx());
        } else if (e instanceof Expr.Subscript s) {
            node("Subscript", "value", s.value(), "slice", s.slice(), "ctx", s.ctx());
        } else if (e instanceof Expr.Starred s) {
            node("Starred", "value", s.value(), "ctx", s.ctx());
        } else if (e instanceof Expr.Name n) {
            node("Name", "id", n.id(), "ctx", n.ctx());
        } else if (e instanceof Expr.List l) {
            node("List", "elts", l.elts(), "ctx", l.ctx());
        } else if (e instanceof Expr.Tuple t) {
            node("Tuple", "elts", t.elts(), "ctx", t.ctx());
        } else if (e instanceof Expr.Slice s) {
            node("Slice", "lower", s.lower(), "upper", s.upper(), "step", s.step());
        } else {
            throw new IllegalArgumentException("unknown node " + e);
        }
    }

    /** Python's repr() of a constant value. */
    public static String repr(Object v) {
        if (v instanceof String s) return reprString(s);
        if (v instanceof Boolean b) return b ? "True" : "False";
        if (v instanceof Double d) return reprFloat(d);
        if (v instanceof SpecialConstant c) return c.repr();
        if (v instanceof Long || v instanceof BigInteger) return v.toString();
        throw new IllegalArgumentException("not a constant value: " + v);
    }

    // CPython 3.11: Objects/unicodeobject.c unicode_repr()
    private static String reprString(String s) {
        char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder b = new StringBuilder().append(quote);
        s.codePoints().forEach(c -> {
            if (c == quote || c == '\\') {
                b.append('\\').appendCodePoint(c);
            } else if (c == '\t') {
                b.append("\\t");
            } else if (c == '\n') {
                b.append("\\n");
            } else if (c == '\r') {
                b.append("\\r");
            } else if (c < 0x20 || c == 0x7f) {
                b.append(String.format("\\x%02x", c));
            } else if (c < 0x7f || isPrintable(c)) {
                b.appendCodePoint(c);
            } else if (c <= 0xff) {
                b.append(String.format("\\x%02x", c));
            } else if (c <= 0xffff) {
                b.append(String.format("\\u%04x", c));
            } else {
                b.append(String.format("\\U%08x", c));
            }
        });
        return b.append(quote).toString();
    }

    private static boolean isPrintable(int c) {
        int t = Character.getType(c);
        return t != Character.CONTROL && t != Character.FORMAT && t != Character.SURROGATE
                && t != Character.PRIVATE_USE && t != Character.UNASSIGNED && t != Character.LINE_SEPARATOR
                && t != Character.PARAGRAPH_SEPARATOR && t != Character.SPACE_SEPARATOR;
    }

    /** The shortest decimal that reads back as {@code d} (Double.toString is not always shortest). */
    private static BigDecimal shortest(double d) {
        for (int digits = 1; digits < 17; digits++) {
            String s = String.format(java.util.Locale.ROOT, "%." + (digits - 1) + "e", d);
            if (Double.parseDouble(s) == d) return new BigDecimal(s).stripTrailingZeros();
        }
        return new BigDecimal(String.format(java.util.Locale.ROOT, "%.16e", d)).stripTrailingZeros();
    }

    // CPython 3.11: Python/pystrtod.c, repr style 'r': fixed notation for exponents -4..15
    private static String reprFloat(double d) {
        if (Double.isNaN(d)) return "nan";
        if (Double.isInfinite(d)) return d > 0 ? "inf" : "-inf";
        if (d == 0) return (1 / d < 0) ? "-0.0" : "0.0";
        BigDecimal exact = shortest(Math.abs(d));
        String digits = exact.unscaledValue().toString();
        int exp = digits.length() - exact.scale() - 1;
        String sign = d < 0 ? "-" : "";
        if (exp >= -4 && exp < 16) {
            String plain = exact.toPlainString();
            return sign + (plain.contains(".") ? plain : plain + ".0");
        }
        String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        return sign + mantissa + "e" + (exp < 0 ? "-" : "+") + String.format("%02d", Math.abs(exp));
    }
}
