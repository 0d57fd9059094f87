package dev.pyvm.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Reference counting and the cycle collector against a reachability model.
 *
 * <p>A random scenario ({@link Scenario}, from a seed) creates numbered objects through the VM
 * itself — lists, dicts, instances, instances with a {@code __del__} that prints their number,
 * closures (edges through their cell), tuples — adds random edges between the objects still bound
 * to a name (self-loops and cycles included; some edges replace others: dict keys and an
 * instance's {@code other} attribute are overwritten, list items popped), drops random names
 * ({@code del oN}), and collects now and then. Each run of actions between two collections is one
 * piece of source run in the same {@code __main__}; the collection is driven from Java
 * ({@code space.gc.collectWithCallback(2)}: the {@code gc} module is not in this branch).
 *
 * <p>A model in Java replays the same actions and computes reachability from the names. At each
 * collection: the finalizers printed so far are exactly those of the unreachable objects with
 * {@code __del__}, each once; a survey from the names (in Python) prints every reachable object
 * with the numbers of what it references, and must equal the model's graph (nothing reachable was
 * freed or damaged — a freed one would be a use after free, which the debug heap reports). At the
 * end every name is dropped: the remaining finalizers run once each and the live block count
 * returns to its baseline (taken after the setup code); after teardown the heap is empty.
 */
class CollectorProperties {

    @Property
    @Label("the collector frees exactly the unreachable objects; finalizers run once; the heap returns to its baseline")
    void collectorAgreesWithReachability(@ForAll long seed, @ForAll @IntRange(min = 1, max = 40) int size) {
        check(Scenario.random(seed, size), false);
    }

    @Property(tries = 40)
    @Label("the same under gc stress (a collection at every allocation of a tracked object)")
    void collectorAgreesUnderStress(@ForAll long seed, @ForAll @IntRange(min = 1, max = 15) int size) {
        check(Scenario.random(seed, size), true);
    }

    // --- the scenario --------------------------------------------------------------------------

    enum Kind { LIST, DICT, INST, FIN, CLOSURE, TUPLE }

    /** One action; its source line(s). */
    sealed interface Action permits Create, Edge, Unlink, Drop, Collect {}

    record Create(int id, Kind kind, List<Integer> items) implements Action {}

    /** from gets an edge to to; slot: dict key, or -1 for list append / instance refs, -2 for instance.other. */
    record Edge(int from, int to, int slot) implements Action {}

    /** A list's last item popped, or an instance's other attribute deleted. */
    record Unlink(int from) implements Action {}

    record Drop(int id) implements Action {}

    record Collect() implements Action {}

    record Scenario(List<Action> actions) {
        static Scenario random(long seed, int size) {
            Random r = new Random(seed);
            Model m = new Model();
            List<Action> out = new ArrayList<>();
            int next = 0;
            for (int step = 0; step < size * 3; step++) {
                List<Integer> named = new ArrayList<>(m.named);
                int k = r.nextInt(10);
                Action a;
                if (named.isEmpty() || k < 3) {
                    Kind kind = Kind.values()[r.nextInt(Kind.values().length)];
                    List<Integer> items = new ArrayList<>();
                    if (kind == Kind.TUPLE) {
                        for (int i = r.nextInt(3); i > 0 && !named.isEmpty(); i--) items.add(named.get(r.nextInt(named.size())));
                    }
                    a = new Create(next++, kind, items);
                } else if (k < 7) {
                    List<Integer> mutable = named.stream().filter(i -> m.kind.get(i) != Kind.TUPLE).toList();
                    if (mutable.isEmpty()) continue;
                    int from = mutable.get(r.nextInt(mutable.size()));
                    int to = named.get(r.nextInt(named.size()));
                    Kind kind = m.kind.get(from);
                    int slot = kind == Kind.DICT ? r.nextInt(3) : (kind == Kind.INST || kind == Kind.FIN) && r.nextBoolean() ? -2 : -1;
                    a = new Edge(from, to, slot);
                } else if (k < 8) {
                    List<Integer> unlinkable = named.stream().filter(i -> m.kind.get(i) != Kind.TUPLE
                            && m.kind.get(i) != Kind.DICT).toList();
                    if (unlinkable.isEmpty()) continue;
                    a = new Unlink(unlinkable.get(r.nextInt(unlinkable.size())));
                } else if (k < 9 || r.nextInt(3) > 0) {
                    a = new Drop(named.get(r.nextInt(named.size())));
                } else {
                    a = new Collect();
                }
                m.apply(a);
                out.add(a);
            }
            return new Scenario(out);
        }
    }

    /** The graph as Java sees it. */
    static final class Model {
        final Map<Integer, Kind> kind = new TreeMap<>();
        /** Edges of each object, in the order the survey prints them. */
        final Map<Integer, List<Integer>> list = new TreeMap<>();
        final Map<Integer, Map<Integer, Integer>> dict = new TreeMap<>();
        final Map<Integer, Integer> other = new TreeMap<>();
        final TreeSet<Integer> named = new TreeSet<>();

        void apply(Action a) {
            if (a instanceof Create c) {
                kind.put(c.id(), c.kind());
                list.put(c.id(), new ArrayList<>(c.items()));
                dict.put(c.id(), new LinkedHashMap<>());
                named.add(c.id());
            } else if (a instanceof Edge e) {
                if (e.slot() >= 0) dict.get(e.from()).put(e.slot(), e.to());
                else if (e.slot() == -2) other.put(e.from(), e.to());
                else list.get(e.from()).add(e.to());
            } else if (a instanceof Unlink u) {
                Kind k = kind.get(u.from());
                if (k == Kind.INST || k == Kind.FIN) other.remove(u.from());
                else if (!list.get(u.from()).isEmpty()) list.get(u.from()).remove(list.get(u.from()).size() - 1);
            } else if (a instanceof Drop d) {
                named.remove(d.id());
            }
        }

        List<Integer> targets(int id) {
            List<Integer> t = new ArrayList<>(list.get(id));
            t.addAll(dict.get(id).values());
            if (other.containsKey(id)) t.add(other.get(id));
            return t;
        }

        TreeSet<Integer> reachable() {
            TreeSet<Integer> seen = new TreeSet<>();
            Deque<Integer> todo = new ArrayDeque<>(named);
            while (!todo.isEmpty()) {
                int o = todo.pop();
                if (seen.add(o)) todo.addAll(targets(o));
            }
            return seen;
        }

        /** What the survey prints: each reachable object, by number, with what it references. */
        String survey() {
            StringBuilder sb = new StringBuilder();
            for (int o : reachable()) {
                sb.append(o).append(':');
                List<Integer> t = targets(o);
                for (int i = 0; i < t.size(); i++) sb.append(i > 0 ? "," : "").append(t.get(i));
                sb.append('\n');
            }
            return sb.toString();
        }

        TreeSet<Integer> unreachableFinalizers() {
            TreeSet<Integer> reach = reachable();
            TreeSet<Integer> out = new TreeSet<>();
            for (Map.Entry<Integer, Kind> e : kind.entrySet()) {
                if (e.getValue() == Kind.FIN && !reach.contains(e.getKey())) out.add(e.getKey());
            }
            return out;
        }
    }

    // --- the source ----------------------------------------------------------------------------

    static final String SETUP = """
            class Node:
                def __init__(self, i):
                    self.i = i
                    self.refs = []
            class Fin(Node):
                def __del__(self):
                    print('del', self.i)
            def make_closure(i):
                refs = []
                def f():
                    return (i, refs)
                return f
            def ident(o):
                if type(o) is list or type(o) is tuple:
                    return o[0]
                if type(o) is dict:
                    return o['id']
                if isinstance(o, Node):
                    return o.i
                return o()[0]
            def targets(o):
                if type(o) is list or type(o) is tuple:
                    return list(o[1:])
                if type(o) is dict:
                    return [v for k, v in o.items() if k != 'id']
                if isinstance(o, Node):
                    return o.refs + ([o.other] if hasattr(o, 'other') else [])
                return o()[1]
            def survey(roots):
                seen = {}
                todo = list(roots)
                while todo:
                    o = todo.pop()
                    k = ident(o)
                    if k not in seen:
                        seen[k] = str(k) + ':' + ','.join([str(ident(t)) for t in targets(o)])
                        todo.extend(targets(o))
                for k in sorted(seen):
                    print(seen[k])
            """;

    static String line(Action a, Model m) {
        if (a instanceof Create c) {
            return "o" + c.id() + " = " + switch (c.kind()) {
                case LIST -> "[" + c.id() + "]";
                case DICT -> "{'id': " + c.id() + "}";
                case INST -> "Node(" + c.id() + ")";
                case FIN -> "Fin(" + c.id() + ")";
                case CLOSURE -> "make_closure(" + c.id() + ")";
                case TUPLE -> "(" + c.id() + ", " + String.join("", c.items().stream().map(i -> "o" + i + ", ").toList()) + ")";
            } + "\n";
        }
        if (a instanceof Edge e) {
            return switch (m.kind.get(e.from())) {
                case LIST -> "o" + e.from() + ".append(o" + e.to() + ")";
                case DICT -> "o" + e.from() + "[" + e.slot() + "] = o" + e.to();
                case INST, FIN -> e.slot() == -2 ? "o" + e.from() + ".other = o" + e.to()
                        : "o" + e.from() + ".refs.append(o" + e.to() + ")";
                case CLOSURE -> "o" + e.from() + "()[1].append(o" + e.to() + ")";
                case TUPLE -> throw new IllegalStateException();
            } + "\n";
        }
        if (a instanceof Unlink u) {
            return switch (m.kind.get(u.from())) {
                case LIST -> "if len(o" + u.from() + ") > 1:\n    o" + u.from() + ".pop()\n";
                case INST, FIN -> "if hasattr(o" + u.from() + ", 'other'):\n    del o" + u.from() + ".other\n";
                case CLOSURE -> "if o" + u.from() + "()[1]:\n    o" + u.from() + "()[1].pop()\n";
                default -> throw new IllegalStateException();
            };
        }
        if (a instanceof Drop d) return "del o" + d.id() + "\n";
        return "";
    }

    static void check(Scenario scenario, boolean stress) {
        Model m = new Model();
        StringBuilder log = new StringBuilder(SETUP);
        try (PyvmSession vm = new PyvmSession()) {
            assertEquals("", vm.exec(SETUP));
            vm.collect();
            long baseline = vm.liveBlocks();
            vm.space.gc.setStress(stress);
            List<Integer> finalized = new ArrayList<>();
            StringBuilder chunk = new StringBuilder();
            List<Action> actions = new ArrayList<>(scenario.actions());
            actions.add(new Collect());
            for (Action a : actions) {
                if (!(a instanceof Collect)) {
                    chunk.append(line(a, m));
                    m.apply(a);
                    continue;
                }
                log.append(chunk).append("# collect\n");
                String printed = vm.exec(chunk.toString()) + vm.collect();
                chunk.setLength(0);
                finalized.addAll(finalizers(printed, log));
                assertEquals(new ArrayList<>(m.unreachableFinalizers()), sorted(finalized),
                        "finalizers run (each once) are those of the unreachable objects with __del__\n" + log);
                String roots = String.join(", ", m.named.stream().map(i -> "o" + i).toList());
                String survey = vm.exec("survey([" + roots + "])\n");
                assertEquals(m.survey(), survey, "the reachable graph survives intact\n" + log);
            }
            // drop everything: every finalizer has run once, the heap is back to its baseline
            StringBuilder dropAll = new StringBuilder();
            for (int i : m.named) dropAll.append("del o").append(i).append('\n');
            for (int i : new ArrayList<>(m.named)) m.apply(new Drop(i));
            log.append(dropAll);
            finalized.addAll(finalizers(vm.exec(dropAll.toString()) + vm.collect(), log));
            assertEquals(new ArrayList<>(m.unreachableFinalizers()), sorted(finalized),
                    "every finalizer ran exactly once\n" + log);
            vm.space.gc.setStress(false);
            vm.collect();
            assertEquals(baseline, vm.liveBlocks(), "live blocks back to the baseline after dropping everything\n" + log);
            String atExit = vm.teardown();
            assertEquals("", atExit, "no finalizer left for the teardown\n" + log);
        }
    }

    private static List<Integer> finalizers(String printed, CharSequence log) {
        List<Integer> out = new ArrayList<>();
        for (String line : printed.split("\n")) {
            if (line.isEmpty()) continue;
            assertTrue(line.startsWith("del "), "unexpected output " + printed + "\n" + log);
            out.add(Integer.parseInt(line.substring(4)));
        }
        return out;
    }

    private static List<Integer> sorted(List<Integer> xs) {
        List<Integer> s = new ArrayList<>(xs);
        s.sort(null);
        return s;
    }

    // --- regressions -----------------------------------------------------------------------------

    /** Found by collectorAgreesUnderStress; the finalizer of 5 never runs and blocks leak. */
    @Example
    void stressLeakReproducer() {
        check(new Scenario(List.of(new Create(0, Kind.CLOSURE, List.of()), new Drop(0), new Create(1, Kind.TUPLE, List.of()),
                new Drop(1), new Create(2, Kind.TUPLE, List.of()), new Create(3, Kind.INST, List.of()), new Edge(3, 2, -1),
                new Create(4, Kind.CLOSURE, List.of()), new Edge(3, 2, -1), new Edge(4, 4, -1), new Unlink(4),
                new Create(5, Kind.FIN, List.of()), new Edge(4, 5, -1), new Create(6, Kind.DICT, List.of()),
                new Edge(6, 5, 0), new Edge(5, 4, -1))), true);
    }

    @Example
    void finalizerInASelfCycle() {
        check(new Scenario(List.of(new Create(0, Kind.FIN, List.of()), new Edge(0, 0, -2), new Drop(0), new Collect())),
                false);
    }
}
