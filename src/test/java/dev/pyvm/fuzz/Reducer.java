package dev.pyvm.fuzz;

import java.util.ArrayList;
import java.util.List;

/**
 * Reduces a failing program by deleting lines (ddmin: chunks of halving size, then single lines)
 * while it still fails with the same kind of problem; jqwik's shrinking reduces the mutations, this
 * reduces the seed text around them.
 */
final class Reducer {
    private Reducer() {}

    static String reduce(String source, boolean gcstress, String kind, int maxRuns, long maxMillis) {
        long deadline = System.currentTimeMillis() + maxMillis;
        int[] runs = {0};
        List<String> lines = new ArrayList<>(source.lines().toList());
        int chunk = Math.max(1, lines.size() / 2);
        while (chunk >= 1) {
            boolean removed = false;
            for (int start = 0; start < lines.size();) {
                if (runs[0] >= maxRuns || System.currentTimeMillis() > deadline) return join(lines);
                int end = Math.min(lines.size(), start + chunk);
                List<String> candidate = new ArrayList<>(lines.subList(0, start));
                candidate.addAll(lines.subList(end, lines.size()));
                runs[0]++;
                if (!candidate.isEmpty() && sameKind(join(candidate), gcstress, kind)) {
                    lines = candidate;
                    removed = true;
                } else {
                    start += chunk;
                }
            }
            if (!removed) chunk /= 2;
        }
        // lines that need not be what they are: a bare "pass" keeps the indentation right
        for (int i = 0; i < lines.size(); i++) {
            if (runs[0] >= maxRuns || System.currentTimeMillis() > deadline) break;
            String l = lines.get(i);
            String indent = l.substring(0, l.length() - l.stripLeading().length());
            if (l.strip().equals("pass") || l.strip().endsWith(":")) continue;
            List<String> candidate = new ArrayList<>(lines);
            candidate.set(i, indent + "pass");
            runs[0]++;
            if (sameKind(join(candidate), gcstress, kind)) lines = candidate;
        }
        return join(lines);
    }

    private static boolean sameKind(String source, boolean gcstress, String kind) {
        FuzzRunner.Problem p = FuzzRunner.problem(FuzzRunner.run(source, gcstress));
        return p != null && p.kind().equals(kind);
    }

    private static String join(List<String> lines) {
        StringBuilder s = new StringBuilder();
        for (String l : lines) s.append(l).append('\n');
        return s.toString();
    }
}
