package dev.pyvm.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;

/** Line-by-line comparison that reports the first differences, not two whole lists. */
public final class Lines {
    private Lines() {}

    public static void assertLinesEqual(List<String> expected, List<String> actual) {
        StringBuilder report = new StringBuilder();
        int shown = 0;
        for (int i = 0; i < Math.max(expected.size(), actual.size()) && shown < 5; i++) {
            String e = i < expected.size() ? expected.get(i) : "<missing>";
            String a = i < actual.size() ? actual.get(i) : "<missing>";
            if (!e.equals(a)) {
                report.append("line ").append(i + 1).append(":\n  expected: ").append(e)
                        .append("\n  actual:   ").append(a).append('\n');
                shown++;
            }
        }
        if (shown > 0) fail("differs from CPython\n" + report);
    }
}
