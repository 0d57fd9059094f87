package dev.pyvm.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The mutations, each a {@link Family}: an {@link Op} is a family and three non-negative numbers
 * that the family reads (modulo what they index: a line, a token, a literal), so that any
 * numbers make a valid op and jqwik shrinks them toward the first line and the first choice.
 * A mutant need not be valid Python: a SyntaxError is a fine outcome, a crash is not.
 */
final class Mutator {
    private Mutator() {}

    enum Family {
        /** deletes 1..4 lines */
        DELETE_LINES,
        /** copies 1..3 lines elsewhere, re-indented to where they go */
        DUPLICATE_LINES,
        /** swaps two lines, as they are */
        SWAP_LINES,
        /** inserts a random token into a line */
        INSERT_TOKEN,
        /** replaces a literal (number, string, True/False/None) by a literal of another type */
        REPLACE_LITERAL,
        /** swaps the operands of a binary operator, or replaces the operator */
        SWAP_OPERANDS,
        /** inserts a huge repetition or allocation ({@code [0] * 10**9}), or multiplies a literal by one */
        HUGE_REPETITION,
        /** deep nesting: brackets around a literal, a line under nested ifs, nested expressions */
        DEEP_NESTING,
        /** wraps 1..3 lines in try/except or try/finally */
        WRAP_TRY,
        /** inserts a generated memory-stress snippet (StressGenerator) at top level */
        STRESS_SNIPPET
    }

    /** One mutation. */
    record Op(Family family, int a, int b, int c) {}

    static final List<String> TOKENS = List.of("(", ")", "[", "]", "{", "}", ":", ",", ".", "*", "**", "=", "==",
            "+", "-", "/", "//", "%", "@", "not ", " and ", " or ", " in ", " is ", "lambda: ", "yield ", "await ",
            "return ", "del ", "None", "0", "1", "'s'", "x", "self", "*a", "**k", "\\", "#", ";", "if ", "else ",
            " for x in y", "...", ":=", "->", "\n", "\n    ", "async ", "global x; ", "nonlocal x; ", "raise ",
            "f'{", "}'", "'", "\"\"\"", "0x", "1e", "1j", "_", "__class__", "__dict__", ".append(", "super().",
            "gc.collect()", "del self", "print(");

    static final List<String> LITERALS = List.of("None", "0", "-1", "1.5", "-0.0", "float('nan')", "float('inf')",
            "''", "'abc'", "'\\u00e9\\U0001f600'", "[]", "[1, [2, 3]]", "()", "(1,)", "{}", "{1: 'a'}", "set()",
            "{1, 2}", "True", "False", "2**64", "-2**63", "10**100", "b'xy'", "bytearray(b'a')", "1j", "range(5)",
            "lambda *a: a", "object()", "print", "int", "Exception('e')", "[None] * 3", "iter([1])",
            "(x for x in 'ab')", "slice(1, 2)", "...", "NotImplemented", "type", "257", "-5", "2**31", "0.1",
            "'%s'", "'{}'", "[[]] * 4", "frozenset()", "memoryview(b'ab')", "StopIteration", "KeyboardInterrupt()");

    static final List<String> HUGE = List.of("x = [0] * 10**9", "x = 'ab' * 2**62", "x = (1, 2) * 10**8",
            "x = [[]] * 10**8", "x = list(range(10**12))", "x = 'x' * 10**9", "x = {i: i for i in range(10**9)}",
            "x = [0] * (2**63)", "x = bytearray(10**10)", "x = 'abc'.join(['x'] * 10**8)", "x = [1] * -10**9",
            "x = 10**10**5", "x = int('9' * 100000)", "x = set(range(10**9))", "x = 'x' * 2**31", "x = [0] * 2**31",
            "x = [0] * 10**7", "x = 'ab' * 10**7 + 'c'", "x = []\nwhile True: x = [x]",
            "x = {}\nwhile True: x = {1: x}", "x = None\nwhile True: x = (x,)", "x = []\nwhile True: x.append([0] * 5)",
            "x = [0]\nwhile True: x = x + x", "x = 'a'\nwhile True: x += x", "x = sorted(range(10**8), reverse=True)",
            "x = [str(i) for i in range(10**8)]", "x = b'ab' * 2**62", "x = (0,) * 2**62", "x = [0] * 10**6; x *= 10**6",
            "x = list(map(str, range(10**9)))", "x = dict.fromkeys(range(10**9))", "x = '%s' % ('x' * 10**8)",
            "x = repr([[[[[]]]]] * 10**7)", "x = bytes(2**62)", "x = 'x'.center(10**10)", "x = 'x'.ljust(2**62)",
            "x = [0] * 10**8\nx.sort()", "x = 'ab' * 10**8\nx = x.upper()", "x = ' '.join(['ab'] * 10**7).split()");

    private static final Pattern LITERAL = Pattern.compile(
            "'(?:[^'\\\\\\n]|\\\\.)*'|\"(?:[^\"\\\\\\n]|\\\\.)*\"|\\b\\d[\\d_]*(?:\\.\\d*)?(?:[eE][+-]?\\d+)?j?\\b|\\b(?:True|False|None)\\b");
    private static final Pattern BINARY = Pattern.compile(
            "(\\w+|'[^']*'|\"[^\"]*\")(\\s*(?://|\\*\\*|==|!=|<=|>=|<<|>>|[-+*/%<>&|^])\\s*|\\s+(?:in|is|and|or|not in|is not)\\s+)(\\w+|'[^']*'|\"[^\"]*\")");
    private static final Pattern OPERATOR = Pattern.compile("//|\\*\\*|==|!=|<=|>=|<<|>>| in | is | and | or |[-+*/%<>&|^]");
    private static final List<String> OPERATORS = List.of("+", "-", "*", "/", "//", "%", "**", "==", "!=", "<",
            "<=", ">", ">=", "<<", ">>", "&", "|", "^", " in ", " is ", " and ", " or ", " not in ", "@");

    static String apply(String seed, List<Op> ops) {
        List<String> lines = new ArrayList<>(seed.lines().toList());
        for (Op op : ops) apply(lines, op);
        StringBuilder s = new StringBuilder();
        for (String l : lines) s.append(l).append('\n');
        return s.toString();
    }

    private static int at(int n, int size) {
        return size == 0 ? 0 : Math.floorMod(n, size);
    }

    private static String indentOf(String line) {
        int i = 0;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) i++;
        return line.substring(0, i);
    }

    /** The lines of {@code text} indented by {@code indent}. */
    private static List<String> indented(String text, String indent) {
        return text.lines().map(l -> indent + l).toList();
    }

    private static void apply(List<String> lines, Op op) {
        if (lines.isEmpty()) lines.add("pass");
        int size = lines.size();
        int a = at(op.a(), size);
        String line = lines.get(a);
        switch (op.family()) {
            case DELETE_LINES -> {
                // whole statements (a header with its body), 1..3 siblings, a pass in their place
                int end = a;
                for (int i = 0; i <= op.b() % 3 && end < size && indentOf(lines.get(end)).equals(indentOf(line)); i++) {
                    end = statementEnd(lines, end);
                }
                end = Math.max(end, a + 1);
                lines.subList(a, end).clear();
                if (op.c() % 2 == 0) lines.add(a, indentOf(line) + "pass");
            }
            case DUPLICATE_LINES -> {
                // a statement copied elsewhere, re-indented to where it goes
                int end = statementEnd(lines, a);
                int to = insertionPoint(lines, at(op.c(), size + 1));
                String target = to < lines.size() ? indentOf(lines.get(to)) : "";
                String base = indentOf(line);
                List<String> copy = new ArrayList<>();
                for (String l : lines.subList(a, end)) copy.add(l.startsWith(base) ? target + l.substring(base.length()) : l);
                lines.addAll(to, copy);
            }
            case SWAP_LINES -> {
                // the text of two lines swapped, each keeping the indentation of its place
                int b = at(op.b(), size);
                String other = lines.get(b);
                if (line.strip().endsWith(":") != other.strip().endsWith(":")) return;
                lines.set(a, indentOf(line) + other.strip());
                lines.set(b, indentOf(other) + line.strip());
            }
            case INSERT_TOKEN -> {
                String token = TOKENS.get(at(op.b(), TOKENS.size()));
                int pos = at(op.c(), line.length() + 1);
                lines.set(a, line.substring(0, pos) + token + line.substring(pos));
            }
            case REPLACE_LITERAL -> {
                String literal = LITERALS.get(at(op.c(), LITERALS.size()));
                replaceMatch(lines, a, LITERAL, op.b(), m -> literal);
            }
            case SWAP_OPERANDS -> {
                if (op.c() % 2 == 0) {
                    replaceMatch(lines, a, BINARY, op.b(), m -> m.group(3) + m.group(2) + m.group(1));
                } else {
                    String operator = OPERATORS.get(at(op.c() / 2, OPERATORS.size()));
                    replaceMatch(lines, a, OPERATOR, op.b(), m -> operator);
                }
            }
            case HUGE_REPETITION -> {
                if (op.c() % 3 == 0) {
                    String factor = List.of("10**9", "2**62", "10**7", "-1", "2**31", "10**18").get(at(op.c() / 3, 6));
                    if (replaceMatch(lines, a, LITERAL, op.b(), m -> "(" + m.group() + ") * " + factor)) return;
                }
                String huge = HUGE.get(at(op.b(), HUGE.size()));
                a = insertionPoint(lines, a);
                lines.addAll(a, indented(huge, a < lines.size() ? indentOf(lines.get(a)) : ""));
            }
            case DEEP_NESTING -> {
                int depth = 1 + op.b() % 150;
                int levels = 1 + op.b() % 110; // CPython: at most 100 levels of indentation
                switch (op.c() % 4) {
                    case 0 -> {
                        String open = List.of("(", "[", "{", "-(", "not (", "f(", "[(", "{1: ").get(at(op.c() / 4, 8));
                        String close = switch (open) {
                            case "(", "-(", "not (", "f(" -> ")";
                            case "[" -> "]";
                            case "{", "{1: " -> "}";
                            default -> ")]";
                        };
                        replaceMatch(lines, a, LITERAL, op.b() / 150,
                                m -> open.repeat(depth) + m.group() + close.repeat(depth));
                    }
                    case 1 -> {
                        String base = indentOf(line);
                        int end = statementEnd(lines, a);
                        List<String> nested = new ArrayList<>();
                        for (int i = 0; i < levels; i++) nested.add(base + "    ".repeat(i) + "if True:");
                        for (String l : lines.subList(a, end)) nested.add("    ".repeat(levels) + l);
                        lines.subList(a, end).clear();
                        lines.addAll(a, nested);
                    }
                    case 2 -> {
                        String stmt = switch (op.c() / 4 % 5) {
                            case 0 -> "x = " + "[".repeat(depth) + "]".repeat(depth);
                            case 1 -> "x = " + "(".repeat(depth) + "1" + ",)".repeat(depth);
                            case 2 -> "x = " + "-".repeat(depth * 10) + "1";
                            case 3 -> "x = " + "1 + ".repeat(depth * 20) + "1";
                            default -> "x = " + "lambda: ".repeat(depth) + "0";
                        };
                        a = insertionPoint(lines, a);
                        lines.add(a, (a < lines.size() ? indentOf(lines.get(a)) : "") + stmt);
                    }
                    default -> {
                        // a function nesting: each level defines and calls the next
                        a = insertionPoint(lines, a);
                        String base = a < lines.size() ? indentOf(lines.get(a)) : "";
                        int depth2 = levels;
                        List<String> nested = new ArrayList<>();
                        for (int i = 0; i < depth2; i++) nested.add(base + "    ".repeat(i) + "def f" + i + "():");
                        nested.add(base + "    ".repeat(depth2) + "return " + depth2);
                        for (int i = depth2 - 1; i >= 0; i--) {
                            nested.add(base + "    ".repeat(i) + (i == 0 ? "x = " : "return ") + "f" + i + "()");
                        }
                        lines.addAll(a, nested);
                    }
                }
            }
            case WRAP_TRY -> {
                int end = a;
                for (int i = 0; i <= op.b() % 3 && end < size && indentOf(lines.get(end)).equals(indentOf(line)); i++) {
                    end = statementEnd(lines, end);
                }
                end = Math.max(end, a + 1);
                int n = end - a;
                String base = indentOf(line);
                List<String> wrapped = new ArrayList<>();
                wrapped.add(base + "try:");
                for (int i = 0; i < n; i++) wrapped.add("    " + lines.get(a + i));
                switch (op.c() % 7) {
                    case 0, 4 -> {
                        wrapped.add(base + "except Exception as e:");
                        wrapped.add(base + "    print(type(e).__name__)");
                    }
                    case 1, 5 -> {
                        // swallows all but the watchdog's KeyboardInterrupt: a loop that swallowed it
                        // too would not end under CPython either (FuzzRunner's budget)
                        wrapped.add(base + "except BaseException as e:");
                        wrapped.add(base + "    if type(e) is KeyboardInterrupt: raise");
                    }
                    case 2, 3 -> {
                        wrapped.add(base + "finally:");
                        wrapped.add(base + "    x = [1, 2]");
                    }
                    default -> {
                        wrapped.add(base + "except* Exception:");
                        wrapped.add(base + "    pass");
                    }
                }
                for (int i = 0; i < n; i++) lines.remove(a);
                lines.addAll(a, wrapped);
            }
            case STRESS_SNIPPET -> {
                int to = a;
                while (to < size && (!indentOf(lines.get(to)).isEmpty() || insertionPoint(lines, to) != to)) to++;
                lines.addAll(to, StressGenerator.snippet(new java.util.Random(op.b() * 31L + op.c())).lines().toList());
            }
        }
    }

    /** The end (exclusive) of the statement that starts at line {@code a}: its body is what is indented deeper. */
    static int statementEnd(List<String> lines, int a) {
        int depth = indentOf(lines.get(a)).length();
        int i = a + 1;
        while (i < lines.size() && (lines.get(i).isBlank() || indentOf(lines.get(i)).length() > depth)) i++;
        return i;
    }

    /** Where a statement may go at or after line {@code a}: not before an except, else, elif or finally. */
    static int insertionPoint(List<String> lines, int a) {
        while (a < lines.size() && lines.get(a).strip().matches("(except|else|elif|finally|case)\\b.*|\\).*|\\].*|\\}.*")) a++;
        return a;
    }

    /** Replaces the {@code which}-th match (modulo their number) of {@code p} in line {@code a}; false when none. */
    private static boolean replaceMatch(List<String> lines, int a, Pattern p, int which,
            java.util.function.Function<Matcher, String> by) {
        String line = lines.get(a);
        List<int[]> spans = new ArrayList<>();
        List<String> replacements = new ArrayList<>();
        Matcher m = p.matcher(line);
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
            replacements.add(by.apply(m));
        }
        if (spans.isEmpty()) return false;
        int i = at(which, spans.size());
        lines.set(a, line.substring(0, spans.get(i)[0]) + replacements.get(i) + line.substring(spans.get(i)[1]));
        return true;
    }
}
