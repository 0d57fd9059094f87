package dev.pyvm.compiler;

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
import dev.pyvm.ast.SpecialConstant;
import dev.pyvm.ast.Stmt;
import dev.pyvm.ast.UnaryOpKind;
import dev.pyvm.ast.WithItem;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * For tests: CPython's own parse of a program ({@code ast.parse} in python3, dumped as JSON by
 * {@code ast_json.py}) converted to pyvm's AST records. This tests the compiler on exactly the
 * tree CPython compiles, independently of pyvm's parser.
 */
final class PyAst {
    private PyAst() {}

    private static final Map<String, Module> CACHE = new HashMap<>();

    /** Parses {@code source} with python3; fails loudly if python3 is missing. */
    static synchronized Module parse(String source) {
        Module cached = CACHE.get(source);
        if (cached != null) return cached;
        try {
            Path dir = Files.createTempDirectory("pyast");
            Path script = dir.resolve("ast_json.py");
            try (InputStream in = PyAst.class.getResourceAsStream("ast_json.py")) {
                Files.write(script, in.readAllBytes());
            }
            Path file = dir.resolve("prog.py");
            Files.writeString(file, source);
            String json = Python.run(List.of(script.toString(), file.toString()));
            Module m = module(new Json(json).value());
            CACHE.put(source, m);
            return m;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    // --- a minimal JSON reader ---------------------------------------------------------------

    private static final class Json {
        private final String s;
        private int i;

        Json(String s) {
            this.s = s;
        }

        Object value() {
            skip();
            char c = s.charAt(i);
            if (c == '{') {
                i++;
                Map<String, Object> m = new LinkedHashMap<>();
                skip();
                if (s.charAt(i) == '}') {
                    i++;
                    return m;
                }
                while (true) {
                    skip();
                    String k = (String) value();
                    skip();
                    i++; // :
                    m.put(k, value());
                    skip();
                    if (s.charAt(i++) == '}') return m;
                }
            }
            if (c == '[') {
                i++;
                List<Object> l = new ArrayList<>();
                skip();
                if (s.charAt(i) == ']') {
                    i++;
                    return l;
                }
                while (true) {
                    l.add(value());
                    skip();
                    if (s.charAt(i++) == ']') return l;
                }
            }
            if (c == '"') {
                StringBuilder sb = new StringBuilder();
                i++;
                while (s.charAt(i) != '"') {
                    char ch = s.charAt(i++);
                    if (ch == '\\') {
                        char e = s.charAt(i++);
                        switch (e) {
                            case 'n' -> sb.append('\n');
                            case 't' -> sb.append('\t');
                            case 'r' -> sb.append('\r');
                            case 'b' -> sb.append('\b');
                            case 'f' -> sb.append('\f');
                            case 'u' -> {
                                sb.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                                i += 4;
                            }
                            default -> sb.append(e);
                        }
                    } else {
                        sb.append(ch);
                    }
                }
                i++;
                return sb.toString();
            }
            if (s.startsWith("null", i)) {
                i += 4;
                return null;
            }
            if (s.startsWith("true", i)) {
                i += 4;
                return Boolean.TRUE;
            }
            if (s.startsWith("false", i)) {
                i += 5;
                return Boolean.FALSE;
            }
            int start = i;
            while (i < s.length() && "-+0123456789.eE".indexOf(s.charAt(i)) >= 0) i++;
            return Long.parseLong(s.substring(start, i));
        }

        private void skip() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) i++;
        }
    }

    // --- JSON to AST records -----------------------------------------------------------------

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        return (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object o) {
        return (List<Object>) o;
    }

    private static Pos pos(Map<String, Object> m) {
        return new Pos(num(m.get("lineno")), num(m.get("col_offset")), num(m.get("end_lineno")),
                num(m.get("end_col_offset")));
    }

    private static int num(Object o) {
        return o == null ? 0 : ((Long) o).intValue();
    }

    private static Module module(Object o) {
        return new Module(stmts(map(o).get("body")));
    }

    private static List<Stmt> stmts(Object o) {
        List<Stmt> out = new ArrayList<>();
        for (Object x : list(o)) out.add(stmt(map(x)));
        return out;
    }

    private static List<Expr> exprs(Object o) {
        List<Expr> out = new ArrayList<>();
        for (Object x : list(o)) out.add(x == null ? null : expr(map(x)));
        return out;
    }

    private static Expr optExpr(Object o) {
        return o == null ? null : expr(map(o));
    }

    private static String str(Object o) {
        return (String) o;
    }

    private static Stmt stmt(Map<String, Object> m) {
        Pos p = pos(m);
        return switch (str(m.get("_t"))) {
            case "FunctionDef" -> new Stmt.FunctionDef(str(m.get("name")), arguments(map(m.get("args"))),
                    stmts(m.get("body")), exprs(m.get("decorator_list")), optExpr(m.get("returns")), p);
            case "ClassDef" -> new Stmt.ClassDef(str(m.get("name")), exprs(m.get("bases")), keywords(m.get("keywords")),
                    stmts(m.get("body")), exprs(m.get("decorator_list")), p);
            case "Return" -> new Stmt.Return(optExpr(m.get("value")), p);
            case "Delete" -> new Stmt.Delete(exprs(m.get("targets")), p);
            case "Assign" -> new Stmt.Assign(exprs(m.get("targets")), expr(map(m.get("value"))), p);
            case "AugAssign" -> new Stmt.AugAssign(expr(map(m.get("target"))), binop(m.get("op")),
                    expr(map(m.get("value"))), p);
            case "AnnAssign" -> new Stmt.AnnAssign(expr(map(m.get("target"))), expr(map(m.get("annotation"))),
                    optExpr(m.get("value")), num(m.get("simple")) != 0, p);
            case "For" -> new Stmt.For(expr(map(m.get("target"))), expr(map(m.get("iter"))), stmts(m.get("body")),
                    stmts(m.get("orelse")), p);
            case "While" -> new Stmt.While(expr(map(m.get("test"))), stmts(m.get("body")), stmts(m.get("orelse")), p);
            case "If" -> new Stmt.If(expr(map(m.get("test"))), stmts(m.get("body")), stmts(m.get("orelse")), p);
            case "With" -> {
                List<WithItem> items = new ArrayList<>();
                for (Object x : list(m.get("items"))) {
                    items.add(new WithItem(expr(map(map(x).get("context_expr"))), optExpr(map(x).get("optional_vars"))));
                }
                yield new Stmt.With(items, stmts(m.get("body")), p);
            }
            case "Raise" -> new Stmt.Raise(optExpr(m.get("exc")), optExpr(m.get("cause")), p);
            case "Try" -> {
                List<ExceptHandler> hs = new ArrayList<>();
                for (Object x : list(m.get("handlers"))) {
                    Map<String, Object> h = map(x);
                    hs.add(new ExceptHandler(optExpr(h.get("type")), str(h.get("name")), stmts(h.get("body")), pos(h)));
                }
                yield new Stmt.Try(stmts(m.get("body")), hs, stmts(m.get("orelse")), stmts(m.get("finalbody")), p);
            }
            case "Assert" -> new Stmt.Assert(expr(map(m.get("test"))), optExpr(m.get("msg")), p);
            case "Import" -> new Stmt.Import(aliases(m.get("names")), p);
            case "ImportFrom" -> new Stmt.ImportFrom(str(m.get("module")), aliases(m.get("names")), num(m.get("level")), p);
            case "Global" -> new Stmt.Global(strings(m.get("names")), p);
            case "Nonlocal" -> new Stmt.Nonlocal(strings(m.get("names")), p);
            case "Expr" -> new Stmt.ExprStmt(expr(map(m.get("value"))), p);
            case "Pass" -> new Stmt.Pass(p);
            case "Break" -> new Stmt.Break(p);
            case "Continue" -> new Stmt.Continue(p);
            default -> throw new IllegalArgumentException("statement not in the subset: " + m.get("_t"));
        };
    }

    private static List<String> strings(Object o) {
        List<String> out = new ArrayList<>();
        for (Object x : list(o)) out.add((String) x);
        return out;
    }

    private static List<Alias> aliases(Object o) {
        List<Alias> out = new ArrayList<>();
        for (Object x : list(o)) {
            Map<String, Object> a = map(x);
            out.add(new Alias(str(a.get("name")), str(a.get("asname")), pos(a)));
        }
        return out;
    }

    private static List<Keyword> keywords(Object o) {
        List<Keyword> out = new ArrayList<>();
        for (Object x : list(o)) {
            Map<String, Object> k = map(x);
            out.add(new Keyword(str(k.get("arg")), expr(map(k.get("value"))), pos(k)));
        }
        return out;
    }

    private static Arg arg(Object o) {
        if (o == null) return null;
        Map<String, Object> a = map(o);
        return new Arg(str(a.get("arg")), optExpr(a.get("annotation")), pos(a));
    }

    private static List<Arg> args(Object o) {
        List<Arg> out = new ArrayList<>();
        for (Object x : list(o)) out.add(arg(x));
        return out;
    }

    private static Arguments arguments(Map<String, Object> m) {
        return new Arguments(args(m.get("posonlyargs")), args(m.get("args")), arg(m.get("vararg")),
                args(m.get("kwonlyargs")), exprs(m.get("kw_defaults")), arg(m.get("kwarg")), exprs(m.get("defaults")));
    }

    private static ExprContext ctx(Object o) {
        return switch (str(o)) {
            case "Store" -> ExprContext.STORE;
            case "Del" -> ExprContext.DEL;
            default -> ExprContext.LOAD;
        };
    }

    private static BinOpKind binop(Object o) {
        String t = str(map(o).get("_t"));
        for (BinOpKind k : BinOpKind.values()) if (k.astName().equals(t)) return k;
        throw new IllegalArgumentException(t);
    }

    private static List<Comprehension> generators(Object o) {
        List<Comprehension> out = new ArrayList<>();
        for (Object x : list(o)) {
            Map<String, Object> g = map(x);
            out.add(new Comprehension(expr(map(g.get("target"))), expr(map(g.get("iter"))), exprs(g.get("ifs"))));
        }
        return out;
    }

    private static Object constant(Object v) {
        if (v instanceof Boolean) return v;
        Map<String, Object> m = map(v);
        if (m.containsKey("_none")) return SpecialConstant.NONE;
        if (m.containsKey("_ellipsis")) return SpecialConstant.ELLIPSIS;
        if (m.containsKey("_int")) {
            BigInteger b = new BigInteger(str(m.get("_int")));
            return b.bitLength() < 64 ? (Object) b.longValue() : b;
        }
        if (m.containsKey("_float")) {
            String h = str(m.get("_float"));
            if (h.equals("inf")) return Double.POSITIVE_INFINITY;
            return Double.parseDouble(h);
        }
        if (m.containsKey("_str")) {
            String hex = str(m.get("_str"));
            byte[] b = new byte[hex.length() / 2];
            for (int k = 0; k < b.length; k++) b[k] = (byte) Integer.parseInt(hex.substring(2 * k, 2 * k + 2), 16);
            return new String(b, StandardCharsets.UTF_16BE);
        }
        throw new IllegalArgumentException("constant not in the subset: " + m);
    }

    private static Expr expr(Map<String, Object> m) {
        Pos p = pos(m);
        String t = str(m.get("_t"));
        return switch (t) {
            case "BoolOp" -> new Expr.BoolOp(str(map(m.get("op")).get("_t")).equals("And") ? BoolOpKind.AND : BoolOpKind.OR,
                    exprs(m.get("values")), p);
            case "BinOp" -> new Expr.BinOp(expr(map(m.get("left"))), binop(m.get("op")), expr(map(m.get("right"))), p);
            case "UnaryOp" -> {
                String op = str(map(m.get("op")).get("_t"));
                UnaryOpKind k = null;
                for (UnaryOpKind u : UnaryOpKind.values()) if (u.astName().equals(op)) k = u;
                yield new Expr.UnaryOp(k, expr(map(m.get("operand"))), p);
            }
            case "Lambda" -> new Expr.Lambda(arguments(map(m.get("args"))), expr(map(m.get("body"))), p);
            case "IfExp" -> new Expr.IfExp(expr(map(m.get("test"))), expr(map(m.get("body"))), expr(map(m.get("orelse"))), p);
            case "Dict" -> new Expr.Dict(exprs(m.get("keys")), exprs(m.get("values")), p);
            case "Set" -> new Expr.Set(exprs(m.get("elts")), p);
            case "ListComp" -> new Expr.ListComp(expr(map(m.get("elt"))), generators(m.get("generators")), p);
            case "SetComp" -> new Expr.SetComp(expr(map(m.get("elt"))), generators(m.get("generators")), p);
            case "DictComp" -> new Expr.DictComp(expr(map(m.get("key"))), expr(map(m.get("value"))),
                    generators(m.get("generators")), p);
            case "GeneratorExp" -> new Expr.GeneratorExp(expr(map(m.get("elt"))), generators(m.get("generators")), p);
            case "Yield" -> new Expr.Yield(optExpr(m.get("value")), p);
            case "YieldFrom" -> new Expr.YieldFrom(expr(map(m.get("value"))), p);
            case "Compare" -> {
                List<CmpOpKind> ops = new ArrayList<>();
                for (Object x : list(m.get("ops"))) {
                    String op = str(map(x).get("_t"));
                    for (CmpOpKind k : CmpOpKind.values()) if (k.astName().equals(op)) ops.add(k);
                }
                yield new Expr.Compare(expr(map(m.get("left"))), ops, exprs(m.get("comparators")), p);
            }
            case "Call" -> new Expr.Call(expr(map(m.get("func"))), exprs(m.get("args")), keywords(m.get("keywords")), p);
            case "FormattedValue" -> new Expr.FormattedValue(expr(map(m.get("value"))), num(m.get("conversion")),
                    optExpr(m.get("format_spec")), p);
            case "JoinedStr" -> new Expr.JoinedStr(exprs(m.get("values")), p);
            case "Constant" -> new Expr.Constant(constant(m.get("value")), p);
            case "Attribute" -> new Expr.Attribute(expr(map(m.get("value"))), str(m.get("attr")), ctx(m.get("ctx")), p);
            case "Subscript" -> new Expr.Subscript(expr(map(m.get("value"))), expr(map(m.get("slice"))), ctx(m.get("ctx")), p);
            case "Starred" -> new Expr.Starred(expr(map(m.get("value"))), ctx(m.get("ctx")), p);
            case "Name" -> new Expr.Name(str(m.get("id")), ctx(m.get("ctx")), p);
            case "List" -> new Expr.List(exprs(m.get("elts")), ctx(m.get("ctx")), p);
            case "Tuple" -> new Expr.Tuple(exprs(m.get("elts")), ctx(m.get("ctx")), p);
            case "Slice" -> new Expr.Slice(optExpr(m.get("lower")), optExpr(m.get("upper")), optExpr(m.get("step")), p);
            default -> throw new IllegalArgumentException("expression not in the subset: " + t);
        };
    }
}
