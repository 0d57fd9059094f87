package dev.pyvm.properties;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Well-typed programs of the subset, from a seed. A program is the body of a function
 * ({@code def prog_N():}): typed local variables (int, big int, float, bool, str, list of int,
 * tuple of int, dict of str to int), expressions over every operator and the common built-ins and
 * methods on them, {@code if}/{@code while}/{@code for} with {@code break}/{@code continue}/{@code else},
 * {@code try}/{@code except}/{@code else}/{@code finally} and {@code raise}, nested functions with
 * defaults, keyword-only parameters and closures ({@code nonlocal}), classes with methods,
 * inheritance, {@code super()} and dunders, and generators ({@code yield}, {@code yield from},
 * {@code send}). Every statement prints what it computed ({@code repr}), so a difference shows at
 * once.
 *
 * <p>Well-typed, but not exception-free on purpose: division and modulo by zero, indexes out of
 * range, missing keys, {@code pop} from an empty list, negative shift counts, float overflow and
 * NaN conversions all happen; the runner prints the exception's type name and message.
 *
 * <p>Sizes stay bounded: every integer assigned from a product, power or shift is reduced modulo
 * a random modulus (at most 200 bits), so that no value reaches CPython's 4300-digit {@code str}
 * limit; sequence repetition uses small literal counts; loops run at most a handful of times;
 * floats never meet libm ({@code **} only on ints, no {@code math}).
 */
final class ProgramGenerator {
    enum T { INT, FLOAT, BOOL, STR, LIST, TUPLE, DICT }

    private final Random r;
    private int names;
    /** Set while generating an expression whose value can grow (product, power, shift). */
    private boolean grows;

    ProgramGenerator(long seed) {
        this.r = new Random(seed);
    }

    /** A program: the body of {@code def NAME():}, each line indented by four spaces. */
    String program(String name, int statements, int depth) {
        // Top-level statements are generated at indent 8: most are wrapped in a try that prints
        // the exception and gives the names it would have bound a value, so that one exception
        // does not end the program; the others are dedented by 4.
        Scope s = new Scope(null, "        ", 0, false, false);
        StringBuilder sb = new StringBuilder("def " + name + "():\n");
        for (int i = 0; i < statements; i++) {
            List<String> before = new ArrayList<>(s.vars.keySet());
            String stmt = statement(s, depth);
            if (chance(15)) {
                sb.append(stmt.replaceAll("(?m)^    ", ""));
                continue;
            }
            sb.append("    try:\n").append(stmt).append("    except Exception as e:\n")
                    .append("        print('!', type(e).__name__, e)\n");
            for (Map.Entry<String, T> v : s.vars.entrySet()) {
                if (!before.contains(v.getKey())) {
                    sb.append("        ").append(v.getKey()).append(" = ").append(literal(s, v.getValue())).append('\n');
                }
            }
        }
        sb.append("    return None\n");
        return sb.toString();
    }

    // ---------------------------------------------------------------------------------------
    // scopes

    private static final class Scope {
        final Map<String, T> vars = new LinkedHashMap<>();
        final Scope parent;
        final String indent;
        final int loops;
        /** In a nested function: outer variables are read through closures. */
        final boolean function;
        final boolean generator;

        Scope(Scope parent, String indent, int loops, boolean function, boolean generator) {
            this.parent = parent;
            this.indent = indent;
            this.loops = loops;
            this.function = function;
            this.generator = generator;
        }

        /** A nested block: same function, its assignments stay inside it (no possibly-unbound names). */
        Scope block(boolean loop) {
            Scope b = new Scope(this, indent + "    ", loops + (loop ? 1 : 0), function, generator);
            return b;
        }

        List<String> visible(T t) {
            List<String> out = new ArrayList<>();
            for (Scope s = this; s != null; s = s.parent) {
                for (Map.Entry<String, T> e : s.vars.entrySet()) if (e.getValue() == t) out.add(e.getKey());
            }
            return out;
        }

        /** Variables assignable here: the ones of this function (not of enclosing functions). */
        List<String> own(T t) {
            List<String> out = new ArrayList<>();
            for (Scope s = this; s != null; s = s.parent) {
                for (Map.Entry<String, T> e : s.vars.entrySet()) {
                    // while-loop counters (i…) are read, never assigned: the loops stay bounded
                    if (e.getValue() == t && !e.getKey().startsWith("i")) out.add(e.getKey());
                }
                if (s.function) break;
            }
            return out;
        }
    }

    private String fresh(String prefix) {
        return prefix + (names++);
    }

    private <E> E pick(List<E> xs) {
        return xs.get(r.nextInt(xs.size()));
    }

    private boolean chance(int percent) {
        return r.nextInt(100) < percent;
    }

    private T anyType() {
        return T.values()[r.nextInt(T.values().length)];
    }

    // ---------------------------------------------------------------------------------------
    // literals

    private String intLiteral() {
        return switch (r.nextInt(6)) {
            case 0 -> Integer.toString(r.nextInt(3));
            case 1, 2 -> Integer.toString(r.nextInt(41) - 20);
            case 3 -> Long.toString(r.nextLong());
            case 4 -> {
                BigInteger b = new BigInteger(40 + r.nextInt(120), r);
                yield (chance(30) ? "-" : "") + (chance(20) ? "0x" + b.toString(16) : b.toString());
            }
            default -> pick(List.of("255", "-256", "(2**63)", "(2**64 - 1)", "(-2**31)", "(10**20)", "0o17", "0b1011"));
        };
    }

    private String modulus() {
        return switch (r.nextInt(3)) {
            case 0 -> Integer.toString(1 + r.nextInt(1000));
            case 1 -> (chance(20) ? "-" : "") + new BigInteger(64 + r.nextInt(136), r).add(BigInteger.ONE);
            default -> pick(List.of("1000003", "(2**61 - 1)", "(10**30 + 7)", "97", "-13"));
        };
    }

    private String floatLiteral() {
        return switch (r.nextInt(7)) {
            case 0 -> pick(List.of("0.0", "-0.0", "1.0", "0.1", "0.5", "2.5", "-3.75", "1e300", "1e-300", "5e-324",
                    "1.7976931348623157e308", "123456789.125", "1e16", "3.141592653589793"));
            case 1 -> (r.nextInt(2001) - 1000) / 8.0 + "";
            case 2 -> Double.toString(r.nextDouble() * 100).replace("E", "e");
            case 3 -> Double.toString(Double.longBitsToDouble(r.nextLong())).replace("E", "e").replace("Infinity",
                    "1e400").replace("NaN", "0.25");
            case 4 -> pick(List.of("float('inf')", "float('-inf')", "float('nan')", "1e22", "2.0", "9007199254740993.0"));
            default -> r.nextInt(100) + "." + r.nextInt(1000);
        };
    }

    private static final List<String> STRS = List.of("''", "'a'", "'abc'", "'Hello, World'", "'  padded  '",
            "'a,b,,c'", "'x'", "'mississippi'", "'é∑'", "'😀z'", "'tab\\there'", "'123'", "'CamelCase'", "'a-b-c'",
            "'\"q\"'", "\"it's\"", "('ab' * 3)");

    private String strLiteral() {
        return pick(STRS);
    }

    private String smallCount() {
        return Integer.toString(r.nextInt(6) - 1);
    }

    private String index() {
        return Integer.toString(r.nextInt(13) - 6);
    }

    // ---------------------------------------------------------------------------------------
    // expressions

    String expr(Scope s, T t, int depth) {
        List<String> vars = s.visible(t);
        if (depth <= 0 || chance(25)) {
            if (!vars.isEmpty() && chance(60)) return pick(vars);
            return literal(s, t);
        }
        int d = depth - 1;
        return switch (t) {
            case INT -> intExpr(s, d);
            case FLOAT -> floatExpr(s, d);
            case BOOL -> boolExpr(s, d);
            case STR -> strExpr(s, d);
            case LIST -> listExpr(s, d);
            case TUPLE -> tupleExpr(s, d);
            case DICT -> dictExpr(s, d);
        };
    }

    private String literal(Scope s, T t) {
        return switch (t) {
            case INT -> intLiteral();
            case FLOAT -> floatLiteral();
            case BOOL -> chance(50) ? "True" : "False";
            case STR -> strLiteral();
            case LIST -> {
                int n = r.nextInt(5);
                StringBuilder sb = new StringBuilder("[");
                for (int i = 0; i < n; i++) sb.append(i > 0 ? ", " : "").append(intLiteral());
                yield sb.append("]").toString();
            }
            case TUPLE -> {
                int n = r.nextInt(4);
                StringBuilder sb = new StringBuilder("(");
                for (int i = 0; i < n; i++) sb.append(i > 0 ? ", " : "").append(intLiteral());
                yield sb.append(n == 1 ? ",)" : ")").toString();
            }
            case DICT -> {
                int n = r.nextInt(4);
                StringBuilder sb = new StringBuilder("{");
                for (int i = 0; i < n; i++) sb.append(i > 0 ? ", " : "").append(key()).append(": ").append(intLiteral());
                yield sb.append("}").toString();
            }
        };
    }

    private String key() {
        return pick(List.of("'a'", "'b'", "'c'", "'key'", "''", "'é'"));
    }

    private String intExpr(Scope s, int d) {
        switch (r.nextInt(20)) {
            case 0, 1, 2: {
                String op = pick(List.of("+", "-", "*", "//", "%", "&", "|", "^", "+", "-"));
                if (op.equals("*")) grows = true;
                return "(" + expr(s, T.INT, d) + " " + op + " " + expr(s, T.INT, d) + ")";
            }
            case 3:
                grows = true;
                return "(" + expr(s, T.INT, d) + " << " + (chance(5) ? "-1" : Integer.toString(r.nextInt(70))) + ")";
            case 4:
                return "(" + expr(s, T.INT, d) + " >> " + (chance(50) ? Integer.toString(r.nextInt(130))
                        : "(" + expr(s, T.INT, d) + " % 200)") + ")";
            case 5: {
                grows = true;
                List<String> vars = s.visible(T.INT);
                String base = !vars.isEmpty() && chance(50) ? pick(vars) : intLiteral();
                return chance(70) ? "((" + base + ") ** " + r.nextInt(5) + ")"
                        : "pow(" + base + ", " + r.nextInt(40) + ", " + modulus() + ")";
            }
            case 6:
                return pick(List.of("-", "~", "+")) + expr(s, T.INT, d);
            case 7:
                return "len(" + expr(s, pick(List.of(T.STR, T.LIST, T.TUPLE, T.DICT)), d) + ")";
            case 8:
                return expr(s, chance(50) ? T.LIST : T.TUPLE, d) + "[" + (chance(80) ? index() : expr(s, T.INT, d)) + "]";
            case 9:
                return expr(s, T.DICT, d) + "[" + key() + "]";
            case 10:
                return pick(List.of("int", "round")) + "(" + expr(s, T.FLOAT, d) + ")";
            case 11:
                return pick(List.of("abs(", "int(")) + expr(s, T.INT, d) + ")";
            case 12:
                return pick(List.of("min", "max")) + "(" + expr(s, T.INT, d) + ", " + expr(s, T.INT, d) + ")";
            case 13:
                return pick(List.of("sum(", "len(", "min(", "max(")) + expr(s, T.LIST, d) + ")";
            case 14:
                return expr(s, T.STR, d) + "." + pick(List.of("find", "count", "rfind")) + "(" + pick(List.of("'a'",
                        "'b'", "'ss'", "''", "','")) + ")";
            case 15:
                return "(" + expr(s, T.INT, d) + " if " + expr(s, T.BOOL, d) + " else " + expr(s, T.INT, d) + ")";
            case 16:
                return "divmod(" + expr(s, T.INT, d) + ", " + expr(s, T.INT, d) + ")[" + r.nextInt(2) + "]";
            case 17:
                return "hash(" + expr(s, pick(List.of(T.INT, T.TUPLE, T.BOOL)), d) + ")";
            case 18:
                return expr(s, T.DICT, d) + ".get(" + key() + ", " + expr(s, T.INT, d) + ")";
            default:
                return pick(List.of("ord(", "len(")) + pick(List.of("'a'", "'é'", "'😀'", "'Z'")) + ")";
        }
    }

    private String floatExpr(Scope s, int d) {
        return switch (r.nextInt(10)) {
            case 0, 1, 2 -> "(" + expr(s, T.FLOAT, d) + " " + pick(List.of("+", "-", "*", "/", "//", "%")) + " "
                    + expr(s, chance(70) ? T.FLOAT : T.INT, d) + ")";
            case 3 -> "(" + expr(s, T.INT, d) + " / " + expr(s, T.INT, d) + ")";
            case 4 -> "float(" + (chance(70) ? expr(s, T.INT, d) : pick(List.of("'2.5'", "' -1e5 '", "'inf'", "'1_000.5'",
                    "'abc'", "'0x10'", "'-0'"))) + ")";
            case 5 -> chance(50) ? "(-" + expr(s, T.FLOAT, d) + ")" : "abs(" + expr(s, T.FLOAT, d) + ")";
            case 6 -> "round(" + expr(s, T.FLOAT, d) + ", " + (r.nextInt(6) - 1) + ")";
            case 7 -> pick(List.of("min", "max")) + "(" + expr(s, T.FLOAT, d) + ", " + expr(s, T.FLOAT, d) + ")";
            case 8 -> "(" + expr(s, T.FLOAT, d) + " if " + expr(s, T.BOOL, d) + " else " + expr(s, T.FLOAT, d) + ")";
            default -> "divmod(" + expr(s, T.FLOAT, d) + ", " + expr(s, T.FLOAT, d) + ")[" + r.nextInt(2) + "]";
        };
    }

    private String boolExpr(Scope s, int d) {
        switch (r.nextInt(9)) {
            case 0, 1: {
                T t = pick(List.of(T.INT, T.FLOAT, T.STR, T.LIST, T.TUPLE, T.INT));
                return "(" + expr(s, t, d) + " " + pick(List.of("<", "<=", ">", ">=", "==", "!=")) + " "
                        + expr(s, t == T.INT && chance(30) ? T.FLOAT : t, d) + ")";
            }
            case 2:
                return "(" + expr(s, T.INT, d) + " < " + expr(s, T.INT, d) + " <= " + expr(s, T.INT, d) + ")";
            case 3: {
                T t = anyType();
                return "(" + expr(s, t, d) + " == " + expr(s, chance(80) ? t : anyType(), d) + ")";
            }
            case 4:
                return switch (r.nextInt(3)) {
                    case 0 -> "(" + expr(s, T.INT, d) + " in " + expr(s, chance(50) ? T.LIST : T.TUPLE, d) + ")";
                    case 1 -> "(" + pick(List.of("'a'", "'ss'", "''", "'é'")) + " in " + expr(s, T.STR, d) + ")";
                    default -> "(" + key() + " not in " + expr(s, T.DICT, d) + ")";
                };
            case 5:
                return "(not " + expr(s, T.BOOL, d) + ")";
            case 6:
                return "(" + expr(s, T.BOOL, d) + " " + pick(List.of("and", "or")) + " " + expr(s, T.BOOL, d) + ")";
            case 7:
                return "bool(" + expr(s, anyType(), d) + ")";
            default:
                return chance(50)
                        ? "isinstance(" + expr(s, anyType(), d) + ", " + pick(List.of("int", "float", "str", "(list, tuple)",
                                "bool", "dict")) + ")"
                        : pick(List.of("any(", "all(")) + expr(s, T.LIST, d) + ")";
        }
    }

    private String strExpr(Scope s, int d) {
        switch (r.nextInt(16)) {
            case 0, 1:
                return "(" + expr(s, T.STR, d) + " + " + expr(s, T.STR, d) + ")";
            case 2:
                return "(" + expr(s, T.STR, d) + " * " + smallCount() + ")";
            case 3:
                return expr(s, T.STR, d) + "[" + index() + "]";
            case 4:
                return expr(s, T.STR, d) + slice();
            case 5:
                return expr(s, T.STR, d) + "." + pick(List.of("upper()", "lower()", "strip()", "title()", "swapcase()",
                        "replace('a', 'AA')", "replace('s', '')", "lstrip(' a')", "capitalize()", "zfill(6)",
                        "center(9, '*')", "ljust(4)", "rjust(5, '.')"));
            case 6:
                return pick(List.of("str(", "repr(")) + expr(s, anyType(), d) + ")";
            case 7:
                return "'" + pick(List.of("|", ", ", "", "-")) + "'.join(" + switch (r.nextInt(3)) {
                    case 0 -> expr(s, T.STR, d) + ".split(" + pick(List.of("", "','", "'s'", "'-'")) + ")";
                    case 1 -> "[str(x) for x in " + expr(s, T.LIST, d) + "]";
                    default -> "sorted(" + expr(s, T.DICT, d) + ")";
                } + ")";
            case 8: {
                // f-strings through a lambda: the formatted expression may itself hold quotes
                String spec = pick(List.of("", ":>6", ":<5", ":^7", ":05d", ":+d", ":x", ":#b", ":,", ":_", "!r"));
                return "(lambda z: f'<{z" + spec + "}>')(" + expr(s, T.INT, d) + ")";
            }
            case 9: {
                String spec = pick(List.of(":.3f", ":.2e", ":g", ":.10g", ":10.2f", ":+.1f", ":%", ":.0f", "", "!r"));
                return "(lambda z: f'{z" + spec + "}')(" + expr(s, T.FLOAT, d) + ")";
            }
            case 10:
                return "(" + pick(List.of("'%d|%s'", "'%5d and %r'", "'%x/%s'", "'%o:%a'")) + " % (" + expr(s, T.INT, d)
                        + ", " + expr(s, anyType(), d) + "))";
            case 11:
                return "'" + pick(List.of("{}-{}", "{1}{0}", "{0!r}/{1}", "{:>4}|{!s}")) + "'.format(" + expr(s, anyType(), d)
                        + ", " + expr(s, anyType(), d) + ")";
            case 12:
                return pick(List.of("hex(", "bin(", "oct(", "str(")) + expr(s, T.INT, d) + ")";
            case 13:
                return "type(" + expr(s, anyType(), d) + ").__name__";
            case 14:
                return "(" + expr(s, T.STR, d) + " if " + expr(s, T.BOOL, d) + " else " + expr(s, T.STR, d) + ")";
            default:
                return "chr(" + pick(List.of("65", "0x3a3", "0x1F600", "48 + 9")) + ")";
        }
    }

    private String slice() {
        return switch (r.nextInt(4)) {
            case 0 -> "[" + index() + ":]";
            case 1 -> "[:" + index() + "]";
            case 2 -> "[" + index() + ":" + index() + "]";
            default -> "[" + (chance(50) ? index() : "") + "::" + pick(List.of("2", "-1", "-2", "3")) + "]";
        };
    }

    private String listExpr(Scope s, int d) {
        return switch (r.nextInt(11)) {
            case 0, 1 -> "(" + expr(s, T.LIST, d) + " + " + expr(s, T.LIST, d) + ")";
            case 2 -> "(" + expr(s, T.LIST, d) + " * " + smallCount() + ")";
            case 3 -> "sorted(" + expr(s, T.LIST, d) + (chance(40) ? ", reverse=True" : "") + (chance(30)
                    ? ", key=lambda v: (v % 3, -v)" : "") + ")";
            case 4 -> "list(reversed(" + expr(s, T.LIST, d) + "))";
            case 5 -> expr(s, T.LIST, d) + slice();
            case 6 -> "[" + pick(List.of("x * 2", "x % 7", "-x", "x // 3", "x & 0xff")) + " for x in " + expr(s, T.LIST, d)
                    + (chance(50) ? " if x % 2" : "") + "]";
            case 7 -> "list(range(" + (r.nextInt(11) - 5) + ", " + (r.nextInt(11) - 3) + (chance(50) ? ", "
                    + (r.nextInt(7) - 3) : "") + "))";
            case 8 -> chance(50) ? "list(" + expr(s, T.TUPLE, d) + ")" : "list(" + expr(s, T.DICT, d) + ".values())";
            case 9 -> "[len(w) for w in " + expr(s, T.STR, d) + ".split()]";
            default -> "[" + expr(s, T.INT, d) + ", " + expr(s, T.INT, d) + "]";
        };
    }

    private String tupleExpr(Scope s, int d) {
        return switch (r.nextInt(7)) {
            case 0, 1 -> "(" + expr(s, T.TUPLE, d) + " + " + expr(s, T.TUPLE, d) + ")";
            case 2 -> "tuple(" + expr(s, T.LIST, d) + ")";
            case 3 -> expr(s, T.TUPLE, d) + slice();
            case 4 -> "divmod(" + expr(s, T.INT, d) + ", " + expr(s, T.INT, d) + ")";
            case 5 -> "(" + expr(s, T.INT, d) + ", " + expr(s, T.INT, d) + ")";
            default -> "tuple(" + expr(s, T.DICT, d) + ".values())";
        };
    }

    private String dictExpr(Scope s, int d) {
        return switch (r.nextInt(5)) {
            case 0 -> "{" + key() + ": " + expr(s, T.INT, d) + ", " + key() + ": " + expr(s, T.INT, d) + "}";
            case 1 -> "{str(x): x for x in " + expr(s, T.LIST, d) + "}";
            case 2 -> "dict(zip(['a', 'b', 'c'], " + expr(s, T.LIST, d) + "))";
            case 3 -> "{**" + expr(s, T.DICT, d) + ", " + key() + ": " + expr(s, T.INT, d) + "}";
            default -> "dict(" + expr(s, T.DICT, d) + ", z=" + expr(s, T.INT, d) + ")";
        };
    }

    /** An expression to assign to a variable of type t: bounded in size. */
    private String bounded(Scope s, T t) {
        grows = false;
        String e = expr(s, t, 1 + r.nextInt(3));
        return switch (t) {
            case INT -> grows ? "(" + e + ") % " + modulus() : e;
            case STR, LIST, TUPLE -> "(" + e + ")[:" + (8 + r.nextInt(30)) + "]";
            default -> e;
        };
    }

    // ---------------------------------------------------------------------------------------
    // statements

    /**
     * {@code a, b = e1, e2} (or three): targets old and new, a name perhaps twice (the later
     * value wins), which the compiler turns into SWAPs or reordered stores.
     */
    private String tupleAssignment(Scope s, T t) {
        int n = 2 + r.nextInt(2);
        List<String> targets = new ArrayList<>();
        List<String> values = new ArrayList<>();
        for (int j = 0; j < n; j++) {
            List<String> own = s.own(t);
            String name = !targets.isEmpty() && chance(25) ? pick(targets)
                    : !own.isEmpty() && chance(40) ? pick(own) : fresh("v");
            targets.add(name);
            values.add(bounded(s, t));
        }
        StringBuilder print = new StringBuilder();
        for (String name : targets) {
            s.vars.put(name, t);
            print.append(print.length() == 0 ? "" : ", ").append(q(name)).append(", repr(").append(name).append(")");
        }
        return s.indent + String.join(", ", targets) + " = " + String.join(", ", values) + "\n"
                + s.indent + "print(" + print + ")\n";
    }

    private String statement(Scope s, int depth) {
        String in = s.indent;
        int k = r.nextInt(depth > 0 ? 24 : 12);
        switch (k) {
            case 0, 1, 2, 3: {
                T t = anyType();
                if (chance(20)) return tupleAssignment(s, t);
                List<String> own = s.own(t);
                String name = !own.isEmpty() && chance(30) ? pick(own) : fresh("v");
                String line = in + name + " = " + bounded(s, t) + "\n";
                s.vars.put(name, t);
                return line + in + "print(" + q(name) + ", repr(" + name + "))\n";
            }
            case 4, 5:
                return in + "print(repr(" + expr(s, anyType(), 1 + r.nextInt(3)) + "))\n";
            case 6: {
                T t = pick(List.of(T.INT, T.STR, T.LIST, T.FLOAT));
                List<String> own = s.own(t);
                if (own.isEmpty()) return in + "print(" + expr(s, T.BOOL, 2) + ")\n";
                String name = pick(own);
                String op = switch (t) {
                    case INT -> pick(List.of("+=", "-=", "//=", "%=", "&=", "|=", "^=", ">>="));
                    case FLOAT -> pick(List.of("+=", "-=", "*=", "/="));
                    default -> "+=";
                };
                String rhs = t == T.INT && op.equals(">>=") ? Integer.toString(r.nextInt(10)) : expr(s, t, 1);
                if (t == T.STR || t == T.LIST) rhs = "(" + rhs + ")[:4]";
                return in + name + " " + op + " " + rhs + "\n" + in + "print(" + q(name) + ", " + name + ")\n"
                        + (t == T.STR || t == T.LIST ? in + name + " = " + name + "[-12:]\n" : "");
            }
            case 7, 8: {
                List<String> lists = s.own(T.LIST);
                if (lists.isEmpty()) return statement(s, depth);
                String l = pick(lists);
                String e = expr(s, T.INT, 1);
                String op = switch (r.nextInt(9)) {
                    case 0 -> l + ".append(" + e + ")";
                    case 1 -> "print(" + l + ".pop(" + (chance(50) ? "" : index()) + "))";
                    case 2 -> l + "[" + index() + "] = " + e;
                    case 3 -> "del " + l + "[" + index() + "]";
                    case 4 -> l + ".sort(" + (chance(50) ? "reverse=True" : "") + ")";
                    case 5 -> l + ".insert(" + index() + ", " + e + ")";
                    case 6 -> l + "[" + index() + ":" + index() + "] = " + literal(s, T.LIST);
                    case 7 -> "print(" + l + ".index(" + e + "))";
                    default -> l + ".extend(" + expr(s, T.TUPLE, 1) + ")";
                };
                return in + op + "\n" + in + l + " = " + l + "[-12:]\n" + in + "print(" + q(l) + ", " + l + ")\n";
            }
            case 9: {
                List<String> dicts = s.own(T.DICT);
                if (dicts.isEmpty()) return statement(s, depth);
                String m = pick(dicts);
                String op = switch (r.nextInt(5)) {
                    case 0 -> m + "[" + key() + "] = " + expr(s, T.INT, 1);
                    case 1 -> "del " + m + "[" + key() + "]";
                    case 2 -> "print(" + m + ".pop(" + key() + (chance(50) ? ", -1" : "") + "))";
                    case 3 -> "print(" + m + ".setdefault(" + key() + ", " + expr(s, T.INT, 1) + "))";
                    default -> "print(list(" + m + ".items()), list(" + m + ".keys()))";
                };
                return in + op + "\n" + in + "print(" + q(m) + ", " + m + ")\n";
            }
            case 10:
                if (s.loops > 0) {
                    String jump = chance(50) ? "break" : "continue";
                    return in + "if " + expr(s, T.BOOL, 2) + ":\n" + in + "    print('" + jump + "')\n" + in + "    " + jump + "\n";
                }
                return in + "if " + expr(s, T.BOOL, 2) + ":\n" + in + "    raise " + pick(List.of("ValueError", "KeyError",
                        "RuntimeError", "IndexError")) + "(" + expr(s, T.STR, 1) + ")\n";
            case 11:
                return s.generator ? in + "yield " + expr(s, T.INT, 2) + "\n" : in + "print(" + q("pass") + ")\n";
            // compound statements from here
            case 12, 13: {
                StringBuilder sb = new StringBuilder(in + "if " + expr(s, T.BOOL, 2) + ":\n" + block(s, depth, false));
                while (chance(30)) sb.append(in).append("elif ").append(expr(s, T.BOOL, 2)).append(":\n").append(block(s, depth, false));
                if (chance(60)) sb.append(in).append("else:\n").append(block(s, depth, false));
                return sb.toString();
            }
            case 14: {
                String i = fresh("i");
                String limit = Integer.toString(r.nextInt(6));
                Scope b = s.block(true);
                b.vars.put(i, T.INT);
                StringBuilder sb = new StringBuilder(in + i + " = 0\n" + in + "while " + i + " < " + limit + ":\n");
                sb.append(b.indent).append(i).append(" += 1\n");
                sb.append(blockIn(b, depth));
                if (chance(40)) sb.append(in).append("else:\n").append(in).append("    print('while else', ").append(i).append(")\n");
                return sb.toString();
            }
            case 15, 16: {
                String x = fresh("x");
                Scope b = s.block(true);
                String header;
                switch (r.nextInt(5)) {
                    case 0 -> {
                        header = "for " + x + " in " + expr(s, T.LIST, 1) + "[:6]:";
                        b.vars.put(x, T.INT);
                    }
                    case 1 -> {
                        header = "for " + x + " in range(" + (r.nextInt(7) - 1) + "):";
                        b.vars.put(x, T.INT);
                    }
                    case 2 -> {
                        header = "for " + x + " in " + expr(s, T.STR, 1) + "[:6]:";
                        b.vars.put(x, T.STR);
                    }
                    case 3 -> {
                        String y = fresh("y");
                        header = "for " + x + ", " + y + " in " + expr(s, T.DICT, 1) + ".items():";
                        b.vars.put(x, T.STR);
                        b.vars.put(y, T.INT);
                    }
                    default -> {
                        String y = fresh("y");
                        header = "for " + x + ", " + y + " in enumerate(" + expr(s, T.TUPLE, 1) + "):";
                        b.vars.put(x, T.INT);
                        b.vars.put(y, T.INT);
                    }
                }
                StringBuilder sb = new StringBuilder(in + header + "\n" + b.indent + "print(" + q(x) + ", repr(" + x + "))\n");
                sb.append(blockIn(b, depth));
                if (chance(40)) sb.append(in).append("else:\n").append(in).append("    print('for else')\n");
                return sb.toString();
            }
            case 17, 18: {
                String e = fresh("e");
                StringBuilder sb = new StringBuilder(in + "try:\n" + block(s, depth, false));
                String kinds = pick(List.of("ZeroDivisionError", "(IndexError, KeyError)", "ArithmeticError",
                        "LookupError", "Exception", "(ValueError, OverflowError)", "TypeError"));
                sb.append(in).append("except ").append(kinds).append(" as ").append(e).append(":\n");
                sb.append(in).append("    print('caught', type(").append(e).append(").__name__, ").append(e).append(")\n");
                if (chance(30)) sb.append(block(s, depth, false));
                if (chance(30)) sb.append(in).append("except Exception:\n").append(in).append("    print('other')\n");
                if (chance(30)) sb.append(in).append("else:\n").append(block(s, depth, false));
                if (chance(50)) sb.append(in).append("finally:\n").append(in).append("    print('finally')\n");
                return sb.toString();
            }
            case 19:
                return function(s, depth);
            case 20:
                return klass(s, depth);
            case 21:
                return generator(s, depth);
            case 22:
                return closure(s);
            default: {
                // try/finally around a return-free block, with a nested handler that re-raises
                return in + "try:\n" + in + "    try:\n" + block(s.block(false), depth, false) + in + "    except "
                        + pick(List.of("ZeroDivisionError", "KeyError", "IndexError")) + ":\n" + in
                        + "        print('re-raise')\n" + in + "        raise\n" + in + "finally:\n" + in
                        + "    print('outer finally')\n";
            }
        }
    }

    private static String q(String s) {
        return "'" + s + "'";
    }

    private String block(Scope s, int depth, boolean loop) {
        return blockIn(s.block(loop), depth);
    }

    private String blockIn(Scope b, int depth) {
        StringBuilder sb = new StringBuilder();
        int n = 1 + r.nextInt(3);
        for (int i = 0; i < n; i++) sb.append(statement(b, depth - 1));
        return sb.toString();
    }

    /** A nested function with defaults, keyword-only parameters and free variables; called several ways. */
    private String function(Scope s, int depth) {
        String in = s.indent;
        String f = fresh("f");
        Scope body = new Scope(s, in + "    ", 0, true, false);
        body.vars.put("a", T.INT);
        body.vars.put("b", T.STR);
        body.vars.put("c", T.LIST);
        StringBuilder sb = new StringBuilder(in + "def " + f + "(a, b=" + strLiteral() + ", *, c=" + literal(s, T.LIST)
                + "):\n");
        int n = 1 + r.nextInt(3);
        for (int i = 0; i < n; i++) sb.append(statement(body, depth - 1));
        sb.append(body.indent).append("return ").append(expr(body, T.INT, 2)).append("\n");
        String a = expr(s, T.INT, 1);
        sb.append(in).append("print(").append(f).append("(").append(a).append("))\n");
        sb.append(in).append("print(").append(f).append("(").append(expr(s, T.INT, 1)).append(", c=").append(expr(s, T.LIST, 1))
                .append("))\n");
        sb.append(in).append("print(").append(f).append("(b=").append(expr(s, T.STR, 1)).append(", a=").append(a).append("))\n");
        sb.append(in).append("print(").append(f).append(".__name__, ").append(f).append(".__defaults__)\n");
        return sb.toString();
    }

    /** A counter closure: nonlocal rebinding, called a few times. */
    private String closure(Scope s) {
        String in = s.indent;
        String mk = fresh("make");
        String c = fresh("counter");
        String step = expr(s, T.INT, 1);
        return in + "def " + mk + "(start, step=" + intLiteral() + "):\n"
                + in + "    total = start\n"
                + in + "    def bump(times=1):\n"
                + in + "        nonlocal total\n"
                + in + "        for _ in range(times):\n"
                + in + "            total = (total + step) % 1000000007\n"
                + in + "        return total\n"
                + in + "    return bump\n"
                + in + c + " = " + mk + "(" + expr(s, T.INT, 1) + ", " + step + ")\n"
                + in + "print(" + c + "(), " + c + "(3), " + c + "(times=" + r.nextInt(4) + "), " + c + ".__name__)\n";
    }

    /** A class, a subclass overriding a method through super(), dunders; instances printed. */
    private String klass(Scope s, int depth) {
        String in = s.indent;
        String c = fresh("C");
        String d = fresh("D");
        String o = fresh("obj");
        StringBuilder sb = new StringBuilder();
        sb.append(in).append("class ").append(c).append(":\n");
        sb.append(in).append("    kind = ").append(strLiteral()).append("\n");
        sb.append(in).append("    def __init__(self, v, w=").append(intLiteral()).append("):\n");
        sb.append(in).append("        self.v = v\n");
        sb.append(in).append("        self.w = w\n");
        sb.append(in).append("    def m(self, k):\n");
        sb.append(in).append("        return (self.v ").append(pick(List.of("+", "-", "^", "//", "%"))).append(" k) % ")
                .append(modulus()).append("\n");
        sb.append(in).append("    def __repr__(self):\n");
        sb.append(in).append("        return '").append(c).append("(' + repr(self.v) + ', ' + repr(self.w) + ')'\n");
        sb.append(in).append("    def __eq__(self, other):\n");
        sb.append(in).append("        return isinstance(other, ").append(c).append(") and self.v == other.v\n");
        sb.append(in).append("    def __lt__(self, other):\n");
        sb.append(in).append("        return self.v < other.v\n");
        sb.append(in).append("    def __add__(self, other):\n");
        sb.append(in).append("        return type(self)(self.v + other.v, self.w)\n");
        sb.append(in).append("    def __len__(self):\n");
        sb.append(in).append("        return abs(self.w) % 50\n");
        sb.append(in).append("    def __hash__(self):\n");
        sb.append(in).append("        return hash(self.v)\n");
        sb.append(in).append("class ").append(d).append("(").append(c).append("):\n");
        sb.append(in).append("    def m(self, k):\n");
        sb.append(in).append("        return super().m(k) * 2 + 1\n");
        if (chance(50)) {
            sb.append(in).append("    def __repr__(self):\n");
            sb.append(in).append("        return 'D' + super().__repr__()\n");
        }
        String v1 = expr(s, T.INT, 1);
        sb.append(in).append(o).append(" = [").append(c).append("(").append(v1).append("), ").append(d).append("(")
                .append(expr(s, T.INT, 1)).append(", w=").append(intLiteral()).append("), ").append(c).append("(").append(v1)
                .append(")]\n");
        sb.append(in).append("print(").append(o).append(", [x.m(").append(intLiteral()).append(") for x in ").append(o).append("])\n");
        sb.append(in).append("print(").append(o).append("[0] == ").append(o).append("[2], ").append(o).append("[0] == ").append(o)
                .append("[1], ").append(o).append("[0] is ").append(o).append("[2], sorted(").append(o).append("))\n");
        sb.append(in).append("print(").append(o).append("[0] + ").append(o).append("[1], ").append(o).append("[1] + ")
                .append(o).append("[0], len(").append(o).append("[1]), ").append(o).append("[1].kind, isinstance(").append(o)
                .append("[1], ").append(c).append("), type(").append(o).append("[1]).__mro__[1].__name__)\n");
        sb.append(in).append("print(hash(").append(o).append("[0]) == hash(").append(o).append("[0].v), ").append(o)
                .append("[0] in ").append(o).append("[1:])\n");
        return sb.toString();
    }

    /** A generator with a loop, yield from, and a consumer using list, sum, next and send. */
    private String generator(Scope s, int depth) {
        String in = s.indent;
        String g = fresh("gen");
        Scope body = new Scope(s, in + "    ", 0, true, true);
        body.vars.put("n", T.INT);
        StringBuilder sb = new StringBuilder(in + "def " + g + "(n):\n");
        sb.append(body.indent).append("got = yield n\n");
        sb.append(body.indent).append("print('sent', got)\n");
        sb.append(body.indent).append("for k in range(n % 5):\n");
        sb.append(body.indent).append("    yield k * ").append(intLiteral()).append("\n");
        int m = 1 + r.nextInt(2);
        for (int i = 0; i < m; i++) sb.append(statement(body, depth - 1));
        sb.append(body.indent).append("yield from ").append(expr(body, T.LIST, 1)).append("[:4]\n");
        sb.append(body.indent).append("return 'done'\n");
        String arg = expr(s, T.INT, 1);
        sb.append(in).append("print(list(").append(g).append("(").append(arg).append(")))\n");
        String it = fresh("it");
        sb.append(in).append(it).append(" = ").append(g).append("(").append(arg).append(")\n");
        sb.append(in).append("print(next(").append(it).append("), ").append(it).append(".send(").append(strLiteral())
                .append("), next(").append(it).append(", 'end'))\n");
        // closed here, or left suspended: then it is finalized when the frame's locals die, which a
        // traceback passing through the frame delays (tb_frame keeps them) as in CPython
        if (r.nextBoolean()) sb.append(in).append(it).append(".close()\n");
        sb.append(in).append("print(sum(x for x in ").append(g).append("(").append(r.nextInt(9)).append(")), [y for y in ")
                .append(g).append("(3) if y])\n");
        return sb.toString();
    }

    // ---------------------------------------------------------------------------------------
    // constant expressions: what the compiler folds, and what it must leave to run time

    /** A constant expression: its text, its type, and a bound on its size (bits of an int, items of a str or tuple). */
    private record Const(String text, T type, int size) {}

    /** Ints stay below this many bits, far from CPython's 4300-digit limit of int to str. */
    private static final int CONST_BITS = 2500;
    /** Strs stay below this many characters (the folder's limit is 4096). */
    private static final int CONST_CHARS = 4500;
    /** Tuples stay below this many items, nested items included (the folder's limits are 256 and 1024). */
    private static final int CONST_ITEMS = 1200;

    private static int maxSize(T t) {
        return t == T.STR ? CONST_CHARS : CONST_ITEMS;
    }

    /**
     * A program of constant expressions, the body of {@code def NAME():}: ints (big ones, around
     * the folder's 128-bit limit), bools, floats (signed zeros, infinities, subnormals), strs and
     * nested tuples, under every operator the compiler folds, with sizes around its limits (4096
     * characters, 256 and 1024 items) and cases that must not be folded because they raise at run
     * time (division by zero, negative shifts, {@code 0 ** -1}, repetition counts beyond a
     * {@code Py_ssize_t}, operators on the wrong types). The constants stand where the compiler
     * folds: expressions, conditions of {@code if}, {@code while} and conditional expressions,
     * default arguments, returns, {@code for} over a list display, {@code in} a list display,
     * tuple and list displays. Each statement shows its values ({@code repr}, shortened when long)
     * or the exception's type and message.
     */
    String constantProgram(String name, int statements) {
        StringBuilder sb = new StringBuilder("def " + name + "():\n");
        sb.append("    def show(*vs):\n");
        sb.append("        for v in vs:\n");
        sb.append("            r = repr(v)\n");
        sb.append("            if len(r) > 100:\n");
        sb.append("                r = r[:40] + ' ... ' + r[-40:] + ' (' + str(len(r)) + ')'\n");
        sb.append("            print(type(v).__name__, r)\n");
        for (int i = 0; i < statements; i++) {
            sb.append("    try:\n").append(constantStatement("        ")).append("    except Exception as e:\n")
                    .append("        print('!', type(e).__name__, e)\n");
        }
        sb.append("    return None\n");
        return sb.toString();
    }

    private String constantStatement(String in) {
        switch (r.nextInt(13)) {
            case 0, 1, 2, 3:
                return in + "show(" + anyConst(3).text + ")\n";
            case 4:
                return in + "if " + anyConst(2).text + ":\n" + in + "    print('then')\n" + in + "else:\n" + in
                        + "    print('else')\n";
            case 5:
                return in + "while " + anyConst(2).text + ":\n" + in + "    print('while')\n" + in + "    break\n" + in
                        + "else:\n" + in + "    print('while else')\n";
            case 6: {
                String f = fresh("f");
                return in + "def " + f + "(a=" + anyConst(2).text + ", b=" + anyConst(2).text + ", *, k=" + anyConst(2).text
                        + "):\n" + in + "    return a, b, k\n" + in + "show(" + f + "(), " + f + ".__defaults__)\n";
            }
            case 7: {
                String x = fresh("x");
                return in + "for " + x + " in [" + anyConst(2).text + ", " + anyConst(2).text + ", " + anyConst(1).text + "]:\n"
                        + in + "    show(" + x + ")\n";
            }
            case 8: {
                // no floats: a NaN is in a list holding the same object, and folding merges equal constants
                List<T> types = List.of(T.INT, T.BOOL, T.STR);
                return in + "show(" + constant(pick(types), 2).text + pick(List.of(" in [", " not in ["))
                        + constant(pick(types), 2).text + ", " + constant(pick(types), 1).text + ", "
                        + constant(pick(types), 1).text + "])\n";
            }
            case 9: {
                boolean list = chance(50);
                return in + "show(" + (list ? "[" : "(") + anyConst(2).text + ", " + anyConst(2).text + ", "
                        + anyConst(2).text + (list ? "]" : ")") + ")\n";
            }
            case 10:
                return in + "show((lambda: " + anyConst(3).text + ")())\n";
            case 11:
                return in + "show(" + anyConst(2).text + " if " + anyConst(2).text + " else " + anyConst(2).text + ")\n";
            default:
                return in + "show(not " + anyConst(2).text + ", " + anyConst(1).text + " " + pick(List.of("and", "or")) + " "
                        + anyConst(1).text + ")\n";
        }
    }

    private Const anyConst(int depth) {
        return constant(pick(List.of(T.INT, T.INT, T.FLOAT, T.BOOL, T.STR, T.TUPLE)), depth);
    }

    /** A constant expression of type t (INT, FLOAT, BOOL, STR or TUPLE). */
    private Const constant(T t, int depth) {
        if (depth <= 0 || chance(20)) return constLeaf(t);
        if (chance(4)) return raising(t);
        int d = depth - 1;
        return switch (t) {
            case INT -> constInt(d);
            case FLOAT -> constFloat(d);
            case BOOL -> constBool(d);
            case STR -> constStr(d);
            default -> constTuple(d);
        };
    }

    private Const constLeaf(T t) {
        return switch (t) {
            case INT -> {
                String lit = switch (r.nextInt(5)) {
                    case 0 -> Integer.toString(r.nextInt(41) - 20);
                    case 1 -> Long.toString(r.nextLong());
                    case 2 -> new BigInteger(100 + r.nextInt(150), r).toString();
                    case 3 -> pick(List.of("9223372036854775807", "9223372036854775808", "18446744073709551615",
                            "170141183460469231731687303715884105727", "340282366920938463463374607431768211456", "0x7f",
                            "0o777", "0b1", "1_000_000"));
                    default -> intLiteral();
                };
                yield new Const(lit, T.INT, bits(lit));
            }
            case FLOAT -> new Const(pick(List.of("0.0", "0.5", "2.5", "0.1", "3.0", "1e300", "1e-300", "5e-324",
                    "1.7976931348623157e308", "1e400", "1e16", "9007199254740993.0", "123456789.125", "1e22",
                    Double.toString(r.nextDouble() * 100).replace("E", "e"),
                    Double.toString(Double.longBitsToDouble(r.nextLong() & Long.MAX_VALUE)).replace("E", "e")
                            .replace("Infinity", "1e400").replace("NaN", "0.25"))), T.FLOAT, 0);
            case BOOL -> new Const(chance(50) ? "True" : "False", T.BOOL, 1);
            case STR -> {
                String lit = pick(STRS);
                yield new Const(lit, T.STR, lit.length() - 2);
            }
            default -> {
                int n = r.nextInt(4);
                StringBuilder sb = new StringBuilder("(");
                int size = n;
                for (int i = 0; i < n; i++) {
                    Const item = chance(20) ? constLeaf(T.TUPLE) : constLeaf(pick(List.of(T.INT, T.FLOAT, T.BOOL, T.STR)));
                    if (item.type == T.TUPLE) size += item.size;
                    sb.append(i > 0 ? ", " : "").append(item.text);
                }
                yield new Const(sb.append(n == 1 ? ",)" : ")").toString(), T.TUPLE, size);
            }
        };
    }

    /** Bits of an int literal (a bound for an expression like {@code (2**63)}). */
    private static int bits(String literal) {
        String digits = literal.replace("_", "");
        try {
            if (digits.startsWith("0x")) return new BigInteger(digits.substring(2), 16).bitLength();
            if (digits.startsWith("0o")) return new BigInteger(digits.substring(2), 8).bitLength();
            if (digits.startsWith("0b")) return new BigInteger(digits.substring(2), 2).bitLength();
            return new BigInteger(digits).bitLength();
        } catch (NumberFormatException e) {
            return 130; // an expression of intLiteral(): at most 2**64 or 10**20
        }
    }

    /** An int or bool operand. */
    private Const intOperand(int d) {
        return constant(chance(15) ? T.BOOL : T.INT, d);
    }

    private Const constInt(int d) {
        Const a = intOperand(d);
        switch (r.nextInt(8)) {
            case 0:
                return new Const("(" + pick(List.of("-", "+", "~")) + a.text + ")", T.INT, a.size + 1);
            case 1, 2, 3: {
                Const b = intOperand(d);
                String op = pick(List.of("+", "-", "*", "//", "%", "&", "|", "^"));
                int size = op.equals("*") ? a.size + b.size : Math.max(a.size, b.size) + 1;
                if (size > CONST_BITS) return a;
                return new Const("(" + a.text + " " + op + " " + b.text + ")", T.INT, size);
            }
            case 4: {
                int k = pick(List.of(r.nextInt(70), r.nextInt(200), 63, 64, 127, 128, 129));
                if (a.size + k > CONST_BITS) return a;
                return new Const("(" + a.text + " << " + k + ")", T.INT, a.size + k);
            }
            case 5:
                return new Const("(" + a.text + " >> " + pick(List.of(Integer.toString(r.nextInt(200)), "63", "64", "128",
                        "(2**64)", "18446744073709551616")) + ")", T.INT, a.size);
            case 6: {
                int k = pick(List.of(0, 1, 2, 3, 5, 7, 31, 64, 127, 128));
                if ((long) a.size * k > CONST_BITS) k = 2;
                if ((long) a.size * k > CONST_BITS) return a;
                return new Const("(" + a.text + " ** " + k + ")", T.INT, Math.max(1, a.size * k));
            }
            default: {
                // the exact powers of two and their sizes near the 128-bit limit
                String base = pick(List.of("2", "-2", "(-1)", "1", "0", "3"));
                int k = pick(List.of(62, 63, 64, 126, 127, 128, 129, r.nextInt(300)));
                return new Const("(" + base + " ** " + k + ")", T.INT, 2 * k + 1);
            }
        }
    }

    private Const constFloat(int d) {
        switch (r.nextInt(6)) {
            case 0:
                return new Const("(" + pick(List.of("-", "+")) + constant(T.FLOAT, d).text + ")", T.FLOAT, 0);
            case 1, 2: {
                // a float with a float, an int or a bool, either side
                Const a = constant(T.FLOAT, d);
                Const b = constant(pick(List.of(T.FLOAT, T.INT, T.BOOL)), d);
                if (chance(50)) {
                    Const x = a;
                    a = b;
                    b = x;
                }
                String op = pick(List.of("+", "-", "*", "/", "+", "-", "*", "/", "//", "%"));
                return new Const("(" + a.text + " " + op + " " + b.text + ")", T.FLOAT, 0);
            }
            case 3:
                return new Const("(" + intOperand(d).text + " / " + intOperand(d).text + ")", T.FLOAT, 0);
            case 4:
                // negative powers of two are exact whatever the pow() of the C library
                return new Const("(" + pick(List.of("2", "-2", "2.0", "0.5")) + " ** -" + r.nextInt(60) + ")", T.FLOAT, 0);
            default:
                return constLeaf(T.FLOAT);
        }
    }

    private Const constBool(int d) {
        return switch (r.nextInt(3)) {
            case 0 -> new Const("(not " + anyConst(d).text + ")", T.BOOL, 1);
            case 1 -> new Const("(" + constant(T.BOOL, d).text + " " + pick(List.of("&", "|", "^")) + " "
                    + constant(T.BOOL, d).text + ")", T.BOOL, 1);
            default -> constLeaf(T.BOOL);
        };
    }

    /**
     * A repetition of seq: by a count that is small, near the folder's limits for its size, or
     * beyond a Py_ssize_t (positive only for an empty sequence, which repeats it without
     * allocating).
     */
    private Const repeat(Const seq) {
        String count;
        int times;
        if (chance(10)) {
            List<String> positive = List.of("9223372036854775808", "(2**63)", "18446744073709551616", "(2**62)",
                    "1267650600228229401496703205376");
            List<String> negative = List.of("-9223372036854775808", "-9223372036854775809", "-(2**63)", "(-2**64)",
                    "-1267650600228229401496703205376");
            count = seq.size == 0 && chance(50) ? pick(positive) : pick(negative);
            times = 0;
        } else {
            int n = switch (r.nextInt(4)) {
                case 0 -> r.nextInt(6) - 1;
                case 1 -> pick(List.of(255, 256, 257, 1024, 1025, 2048, 2049, 4096, 4097)) / Math.max(1, seq.size);
                case 2 -> pick(List.of(0, 1, 2, 3)) + (seq.size == 0 ? 0 : 256 / seq.size);
                default -> r.nextInt(40);
            };
            if ((long) n * seq.size > maxSize(seq.type)) n = 2;
            count = !chance(10) ? Integer.toString(n) : n == 1 ? "True" : n == 0 ? "False" : "(" + (n - 1) + " + True)";
            times = Math.max(0, n);
        }
        String text = chance(50) ? "(" + seq.text + " * " + count + ")" : "(" + count + " * " + seq.text + ")";
        return new Const(text, seq.type, seq.size * times);
    }

    private Const constStr(int d) {
        Const a = constant(T.STR, d);
        if (chance(50)) {
            Const b = constant(T.STR, d);
            if (a.size + b.size > CONST_CHARS) return a;
            return new Const("(" + a.text + " + " + b.text + ")", T.STR, a.size + b.size);
        }
        return repeat(a);
    }

    private Const constTuple(int d) {
        Const a = constant(T.TUPLE, d);
        switch (r.nextInt(3)) {
            case 0: {
                Const b = constant(T.TUPLE, d);
                if (a.size + b.size > CONST_ITEMS) return a;
                return new Const("(" + a.text + " + " + b.text + ")", T.TUPLE, a.size + b.size);
            }
            case 1: {
                // a tuple display of constant expressions (folded as a whole)
                Const x = anyConst(d), y = anyConst(d);
                int size = 2 + (x.type == T.TUPLE ? x.size : 0) + (y.type == T.TUPLE ? y.size : 0);
                if (size > CONST_ITEMS) return a;
                return new Const("(" + x.text + ", " + y.text + ")", T.TUPLE, size);
            }
            default:
                return repeat(a);
        }
    }

    /** An expression that raises at run time: the compiler must leave it there. */
    private Const raising(T t) {
        String num = pick(List.of("1", "-7", "True", "2.5", "(2**100)", "0"));
        String text = switch (r.nextInt(10)) {
            case 0 -> "(" + num + " // " + pick(List.of("0", "0.0", "False", "-0.0")) + ")";
            case 1 -> "(" + num + " % " + pick(List.of("0", "0.0", "False")) + ")";
            case 2 -> "(" + num + " / " + pick(List.of("0", "0.0", "False", "-0.0")) + ")";
            case 3 -> "(" + pick(List.of("1", "0", "(2**70)", "-1", "True")) + " " + pick(List.of("<<", ">>")) + " "
                    + pick(List.of("-1", "(-2**70)", "-True")) + ")";
            case 4 -> "(" + pick(List.of("0", "0.0", "False", "-0.0")) + " ** " + pick(List.of("-1", "-2", "-0.5", "(-2**70)")) + ")";
            case 5 -> "(" + pick(List.of("-", "~", "+")) + pick(List.of("'s'", "()", "(1,)")) + ")";
            case 6 -> "(~" + pick(List.of("1.5", "0.0", "-2.0")) + ")";
            case 7 -> "(" + pick(List.of("'a'", "(1,)", "''", "()")) + " + " + pick(List.of("1", "2.5", "'b'", "(2,)", "True")) + ")";
            case 8 -> "(" + pick(List.of("'ab'", "(1, 2)", "''", "()")) + " * " + pick(List.of("2.0", "'c'", "(3,)", "0.0")) + ")";
            default -> "(" + pick(List.of("'ab'", "(1,)", "'x'")) + " * " + pick(List.of("(2**63)", "-(2**64)",
                    "9223372036854775808", "(1 << 100)")) + ")";
        };
        return new Const(text, t, 1);
    }
}
