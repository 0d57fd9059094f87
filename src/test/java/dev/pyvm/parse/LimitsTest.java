package dev.pyvm.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.pyvm.ast.Expr;
import dev.pyvm.ast.Module;
import dev.pyvm.ast.PySyntaxError;
import dev.pyvm.ast.Stmt;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Deep and long input: limits give CPython's SyntaxErrors, never a Java stack overflow. */
class LimitsTest {

    @Test
    @DisplayName("10,000 nested parentheses: too many nested parentheses, at the 201st")
    void deepParentheses() {
        String src = "x = " + "(".repeat(10_000) + ")".repeat(10_000) + "\n";
        PySyntaxError e = assertThrows(PySyntaxError.class, () -> PythonSource.parse(src, "prog.py"));
        assertEquals("too many nested parentheses", e.msg());
        assertEquals(205, e.offset());
    }

    @Test
    @DisplayName("199 nested parentheses parse")
    void nestedParenthesesBelowTheLimit() {
        Module m = PythonSource.parse("(" .repeat(199) + "1" + ")".repeat(199) + "\n", "prog.py");
        assertEquals(1, m.body().size());
    }

    @Test
    @DisplayName("100,000 chained '+' give a left-nested tree")
    void longChain() {
        String src = "x = " + String.join(" + ", java.util.Collections.nCopies(100_000, "1")) + "\n";
        Module m = PythonSource.parse(src, "prog.py");
        Expr e = ((Stmt.Assign) m.body().get(0)).value();
        int depth = 0;
        while (e instanceof Expr.BinOp b) {
            e = b.left();
            depth++;
        }
        assertEquals(99_999, depth);
    }

    @Test
    @DisplayName("100,000 unary minus: a tree or a SyntaxError, never a StackOverflowError")
    void longUnaryChain() {
        String src = "-".repeat(100_000) + "1\n";
        try {
            PythonSource.parse(src, "prog.py");
        } catch (PySyntaxError expected) {
            assertEquals("too complex", expected.msg());
        }
    }

    @Test
    @DisplayName("101 levels of indentation: too many levels of indentation")
    void deepIndentation() {
        StringBuilder src = new StringBuilder();
        for (int i = 0; i < 101; i++) src.append(" ".repeat(i)).append("if x:\n");
        src.append(" ".repeat(101)).append("pass\n");
        PySyntaxError e = assertThrows(PySyntaxError.class, () -> PythonSource.parse(src.toString(), "prog.py"));
        assertEquals("IndentationError: too many levels of indentation", e.type() + ": " + e.msg());
    }

    @Test
    @DisplayName("a 5,000-line file parses in well under a second once warm")
    void fiveThousandLines() {
        StringBuilder src = new StringBuilder();
        for (int i = 0; i < 500; i++) {
            src.append("def f").append(i).append("(a, b=1, *c, **d):\n");
            src.append("    x = [i * 2 for i in range(a) if i % 3 == 0]\n");
            src.append("    if x and b or not c:\n");
            src.append("        return {k: v for k, v in d.items()}, f'{a!r:>10}'\n");
            src.append("    elif a < b <= 10:\n");
            src.append("        x.y[1:2] = (a + b) * -c ** 2\n");
            src.append("    try:\n");
            src.append("        pass\n");
            src.append("    except (ValueError, TypeError) as e:\n");
            src.append("        raise RuntimeError('bad') from e\n");
        }
        String program = src.toString();
        // a guard against a pathological (exponential) parse, not a speed target: parsing takes
        // well under a second, and its speed is the benchmarks' to measure
        Module m = assertTimeoutPreemptively(java.time.Duration.ofSeconds(60), () -> PythonSource.parse(program, "prog.py"));
        assertEquals(500, m.body().size());
    }
}
