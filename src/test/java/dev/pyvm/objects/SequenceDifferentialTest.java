package dev.pyvm.objects;

import dev.pyvm.testing.Lines;
import dev.pyvm.testing.Python3;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Slicing, slice assignment, sorting, set order and frozenset hashes on random inputs, compared
 * line by line with what CPython 3.11 prints for the same operations.
 */
class SequenceDifferentialTest extends HeapObjectsTest {

    private final Random random = new Random(20261122);
    private final StringBuilder script = new StringBuilder(PY_OUTCOME);
    private final List<String> actual = new ArrayList<>();

    /** One case: the Python expression whose outcome CPython prints, and pyvm's outcome of the same. */
    private void check(String pythonExpression, IntSupplier pyvm) {
        script.append("t(lambda: ").append(pythonExpression).append(")\n");
        actual.add(outcome(pyvm));
    }

    private void compare() {
        Lines.assertLinesEqual(Python3.run(script.toString()).lines().toList(), actual);
    }

    private Integer randomBound(int spread) {
        return random.nextInt(5) == 0 ? null : random.nextInt(2 * spread + 1) - spread;
    }

    private Integer randomStep() {
        int r = random.nextInt(12);
        if (r < 3) return null;
        if (r == 3) return random.nextInt(20) == 0 ? 0 : 1;
        int step = 1 + random.nextInt(4);
        return random.nextBoolean() ? step : -step;
    }

    private static String py(Integer bound) {
        return bound == null ? "None" : bound.toString();
    }

    private int bound(Integer b) {
        return b == null ? none() : i(b);
    }

    private int newSlice(Integer a, Integer b, Integer c) {
        int x = bound(a), y = bound(b), z = bound(c);
        try {
            return space.sequences.slice.newSlice(x, y, z);
        } finally {
            drop(x, y, z);
        }
    }

    private int rangeList(int n) {
        int l = space.listSlots.newList(n);
        for (int k = 0; k < n; k++) space.listSlots.appendSteal(l, i(k));
        return l;
    }

    /** {@code seq[slice]}, both dropped. */
    private int sliceOf(int seq, int slice) {
        try {
            return space.getItem(seq, slice);
        } finally {
            drop(seq, slice);
        }
    }

    @Test
    @DisplayName("list, tuple, str and range slices with random bounds and steps match CPython")
    void slicing() {
        String letters = "abcdefghijklmnop";
        for (int k = 0; k < 400; k++) {
            int n = random.nextInt(13);
            Integer a = randomBound(16), b = randomBound(16), c = randomStep();
            String sl = "[" + py(a) + ":" + py(b) + ":" + py(c) + "]";
            check("list(range(" + n + "))" + sl, () -> sliceOf(rangeList(n), newSlice(a, b, c)));
            check("tuple(range(" + n + "))" + sl, () -> {
                int l = rangeList(n);
                int t = space.tupleSlots.fromIterable(l);
                drop(l);
                return sliceOf(t, newSlice(a, b, c));
            });
            check("'" + letters.substring(0, n) + "'" + sl, () -> sliceOf(s(letters.substring(0, n)), newSlice(a, b, c)));
            int start = random.nextInt(21) - 10, step = random.nextBoolean() ? 3 : -2;
            check("range(" + start + ", " + start + " + " + step + " * " + n + ", " + step + ")" + sl, () -> {
                int r = space.sequences.range.newRange(start, start + (long) step * n, step);
                return sliceOf(r, newSlice(a, b, c));
            });
        }
        check("range(1, 10**20, 7)[5:10**19:3]", () -> {
            int a = i(1), b = space.newInt(java.math.BigInteger.TEN.pow(20)), c = i(7);
            int r = space.sequences.range.newRange(a, b, c);
            int x = i(5), y = space.newInt(java.math.BigInteger.TEN.pow(19)), z = i(3);
            int sl = space.sequences.slice.newSlice(x, y, z);
            drop(a, b, c, x, y, z);
            return sliceOf(r, sl);
        });
        compare();
    }

    @Test
    @DisplayName("slice assignment and deletion, extended slices and self-assignment included, match CPython")
    void sliceAssignment() {
        script.append("""
                def assign(n, s, v):
                    l = list(range(n))
                    l[s] = l if v is None else v
                    return l
                def delete(n, s):
                    l = list(range(n))
                    del l[s]
                    return l
                """);
        for (int k = 0; k < 400; k++) {
            int n = random.nextInt(11);
            Integer a = randomBound(13), b = randomBound(13), c = randomStep();
            String sl = "slice(" + py(a) + ", " + py(b) + ", " + py(c) + ")";
            int m = random.nextInt(5);
            int kind = random.nextInt(4);
            String value = switch (kind) {
                case 0 -> "None";
                case 1 -> "'" + "xyzw".substring(0, m) + "'";
                default -> "list(range(100, " + (100 + m) + "))";
            };
            check("assign(" + n + ", " + sl + ", " + value + ")", () -> {
                int l = rangeList(n), slice = newSlice(a, b, c);
                int v = kind == 0 ? l : kind == 1 ? s("xyzw".substring(0, m)) : rangeFrom(100, m);
                try {
                    space.setItem(l, slice, v);
                    space.heap.incref(l);
                    return l;
                } finally {
                    if (v != l) drop(v);
                    drop(slice, l);
                }
            });
            check("delete(" + n + ", " + sl + ")", () -> {
                int l = rangeList(n), slice = newSlice(a, b, c);
                try {
                    space.setItem(l, slice, 0);
                    space.heap.incref(l);
                    return l;
                } finally {
                    drop(slice, l);
                }
            });
        }
        compare();
    }

    private int rangeFrom(int first, int n) {
        int l = space.listSlots.newList(n);
        for (int k = 0; k < n; k++) space.listSlots.appendSteal(l, i(first + k));
        return l;
    }

    @Test
    @DisplayName("list.sort with keys and reverse is stable and matches CPython, short lists and long ones")
    void sorting() {
        int key = function("first", (self, args, start, nargs, kw) -> {
            int item = space.tupleSlots.item(args[start], 0);
            space.heap.incref(item);
            return item;
        });
        try {
            for (int k = 0; k < 60; k++) {
                int n = k < 40 ? random.nextInt(70) : 64 + random.nextInt(600);
                int spread = 1 + random.nextInt(k % 3 == 0 ? 5 : 1000);
                long[][] pairs = new long[n][];
                StringBuilder literal = new StringBuilder("[");
                for (int j = 0; j < n; j++) {
                    // runs, ascending and descending, as well as noise
                    long v = k % 4 == 1 ? j / 7 * (j % 2 == 0 ? 1 : -1) : random.nextInt(spread);
                    pairs[j] = new long[] {v, j};
                    literal.append('(').append(v).append(", ").append(j).append("),");
                }
                literal.append(']');
                boolean reverse = random.nextBoolean(), byKey = random.nextInt(3) != 0;
                String py = "sorted(" + literal + (byKey ? ", key=lambda p: p[0]" : "") + ", reverse=" + (reverse ? "True" : "False") + ")";
                check(py, () -> {
                    int l = space.listSlots.newList(n);
                    for (long[] p : pairs) space.listSlots.appendSteal(l, tuple(i(p[0]), i(p[1])));
                    int r = space.newBool(reverse);
                    try {
                        drop(callKw(l, "sort", new int[0], new String[] {"key", "reverse"},
                                new int[] {byKey ? key : space.none, r}));
                        space.heap.incref(l);
                        return l;
                    } finally {
                        drop(l, r);
                    }
                });
            }
        } finally {
            drop(key);
        }
        compare();
    }

    // ---- sets ----

    private final String[] words = {"a", "b", "apple", "fig", "pear", "x1", "x2", "zz", "", "long word here", "q", "Ab"};

    private String pyValue(Object v) {
        return v instanceof String w ? "'" + w + "'" : v.toString();
    }

    private int value(Object v) {
        return v instanceof String w ? s(w) : i((Long) v);
    }

    private Object randomElement() {
        int r = random.nextInt(10);
        if (r < 4) return (long) random.nextInt(64);
        if (r < 5) return (long) (random.nextInt(9) - 4) * 8; // collisions in the low bits
        if (r < 6) return (1L << 40) + random.nextInt(5) * 1024L;
        if (r < 7) return (long) -random.nextInt(100);
        return words[random.nextInt(words.length)];
    }

    /** Statements of a random life of a set s, each printing s and hash(frozenset(s)). */
    @Test
    @DisplayName("set iteration order and frozenset hashes match CPython through adds, removes, pops, updates and clears")
    void setOrder() {
        script.append("def show(x):\n    print(repr(x), hash(frozenset(x)))\n");
        for (int life = 0; life < 25; life++) {
            int so = space.sequences.set.newSet(space.sequences.set.type(), 0);
            script.append("s = set()\n");
            int steps = 20 + random.nextInt(120);
            for (int k = 0; k < steps; k++) {
                int op = random.nextInt(20);
                if (op < 9) {
                    Object v = randomElement();
                    script.append("s.add(").append(pyValue(v)).append(")\n");
                    int h = value(v);
                    space.sequences.set.add(so, h);
                    drop(h);
                } else if (op < 14) {
                    Object v = randomElement();
                    script.append("s.discard(").append(pyValue(v)).append(")\n");
                    int h = value(v);
                    space.sequences.set.discard(so, h);
                    drop(h);
                } else if (op < 16) {
                    script.append("print(repr(s.pop()) if s else 'empty')\n");
                    actual.add(space.sequences.set.size(so) == 0 ? "empty" : reprOf(space.sequences.set.pop(so)));
                } else if (op < 18) {
                    int n = random.nextInt(15);
                    StringBuilder lit = new StringBuilder("[");
                    int l = space.listSlots.newList(n);
                    for (int j = 0; j < n; j++) {
                        Object v = randomElement();
                        lit.append(pyValue(v)).append(',');
                        space.listSlots.appendSteal(l, value(v));
                    }
                    boolean asSet = random.nextBoolean(), difference = random.nextInt(3) == 0;
                    String arg = asSet ? "set(" + lit + "])" : lit + "]";
                    script.append(difference ? "s.difference_update(" : "s.update(").append(arg).append(")\n");
                    int other = asSet ? space.sequences.set.newSet(space.sequences.set.type(), l) : l;
                    drop(call(so, difference ? "difference_update" : "update", other));
                    if (other != l) drop(other);
                    drop(l);
                } else if (op < 19) {
                    script.append("s = s.copy()\n");
                    int c = call(so, "copy");
                    drop(so);
                    so = c;
                } else {
                    script.append("s.clear()\n");
                    space.sequences.set.clear(so);
                }
                script.append("show(s)\n");
                space.sequences.set.checkInvariants(so);
                int f = space.sequences.set.newSet(space.sequences.frozenset.type(), so);
                actual.add(space.repr(so) + " " + space.hash(f));
                drop(f);
            }
            drop(so);
        }
        compare();
    }

    @Test
    @DisplayName("set algebra (| & - ^, methods with several iterables, comparisons) keeps CPython's order")
    void setAlgebra() {
        SetType sets = space.sequences.set;
        for (int k = 0; k < 150; k++) {
            Object[] xs = randomElements(random.nextInt(20)), ys = randomElements(random.nextInt(20));
            String a = "set(" + literal(xs) + ")", b = "set(" + literal(ys) + ")";
            String fa = "frozenset(" + literal(xs) + ")";
            String[] ops = {"|", "&", "-", "^", "<=", "<", "==", ">="};
            int op = random.nextInt(ops.length);
            check(a + " " + ops[op] + " " + b, () -> {
                int x = setOf(xs, sets), y = setOf(ys, sets);
                try {
                    return switch (op) {
                        case 0 -> space.binaryOp(x, y, NumberOps.OR);
                        case 1 -> space.binaryOp(x, y, NumberOps.AND);
                        case 2 -> space.binaryOp(x, y, NumberOps.SUBTRACT);
                        case 3 -> space.binaryOp(x, y, NumberOps.XOR);
                        case 4 -> space.richCompare(x, y, Compare.LE);
                        case 5 -> space.richCompare(x, y, Compare.LT);
                        case 6 -> space.richCompare(x, y, Compare.EQ);
                        default -> space.richCompare(x, y, Compare.GE);
                    };
                } finally {
                    drop(x, y);
                }
            });
            String[] methods = {"union", "intersection", "difference", "symmetric_difference"};
            String m = methods[random.nextInt(methods.length)];
            boolean frozen = random.nextBoolean();
            check((frozen ? fa : a) + "." + m + "(" + literal(ys) + ")", () -> {
                int x = frozen ? frozensetOf(xs) : setOf(xs, sets), y = listOf(ys);
                try {
                    return call(x, m, y);
                } finally {
                    drop(x, y);
                }
            });
            String[] inplace = {"|=", "&=", "-=", "^="};
            int ip = random.nextInt(inplace.length);
            script.append("s = ").append(a).append("\ns ").append(inplace[ip]).append(' ').append(b)
                    .append("\nprint(repr(s))\n");
            int x = setOf(xs, sets), y = setOf(ys, sets);
            int r = space.inplaceOp(x, y, new int[] {NumberOps.OR, NumberOps.AND, NumberOps.SUBTRACT, NumberOps.XOR}[ip]);
            actual.add(reprOf(r));
            drop(x, y);
        }
        compare();
    }

    private Object[] randomElements(int n) {
        Object[] xs = new Object[n];
        for (int j = 0; j < n; j++) xs[j] = randomElement();
        return xs;
    }

    private String literal(Object[] xs) {
        StringBuilder b = new StringBuilder("[");
        for (Object x : xs) b.append(pyValue(x)).append(',');
        return b.append(']').toString();
    }

    private int listOf(Object[] xs) {
        int l = space.listSlots.newList(xs.length);
        for (Object x : xs) space.listSlots.appendSteal(l, value(x));
        return l;
    }

    private int setOf(Object[] xs, SetType sets) {
        int l = listOf(xs);
        try {
            return sets.newSet(sets.type(), l);
        } finally {
            drop(l);
        }
    }

    private int frozensetOf(Object[] xs) {
        int l = listOf(xs);
        try {
            return space.sequences.frozenset.newSet(space.sequences.frozenset.type(), l);
        } finally {
            drop(l);
        }
    }
}
