package dev.pyvm.vm;

import dev.pyvm.memory.Heap;
import dev.pyvm.objects.HeapType;
import dev.pyvm.objects.ObjectSpace;

/**
 * How the generic LOAD_ATTR, LOAD_METHOD and STORE_ATTR find an instance's attribute or method
 * when their site sees instances of several classes (a base class's method run on instances of
 * its subclasses), where a specialized instruction, which holds one class, would not stay: a
 * direct-mapped table of what {@link Specializer} decides (the same methods), per (class, name) rather than per
 * instruction, valid while the class's version tag is the one it was filled under.
 * <pre>
 *   index = hash(class, name, operation)
 *   type[i]  name[i]  tag[i]  operation[i]  kind[i]                     value[i]
 *   class    name     tag     LOAD, …       INSTANCE_VALUE / STORE_VALUE  index in the values array
 *                                           METHOD                       the method (borrowed: the class holds it)
 *                                           NONE                         the generic lookup answers
 * </pre>
 * Nothing here changes what the lookup answers; it only skips the MRO walk and the descriptor
 * checks whose result the class's tag fixes. An instance with a dict of its own goes the generic
 * way.
 */
final class AttributeCache {
    private static final int BITS = 10;
    private static final int SIZE = 1 << BITS;
    private static final int NONE = 0, INSTANCE_VALUE = 1, METHOD = 2, STORE_VALUE = 3;
    /** Kinds are per operation: a load and a store of one name have entries of their own. */
    private static final int LOAD = 0, LOAD_METHOD = 1, STORE = 2;

    private final ObjectSpace space;
    private final Heap heap;
    private final Specializer decisions;
    private final int[] type = new int[SIZE], name = new int[SIZE], tag = new int[SIZE], operation = new int[SIZE];
    private final int[] kind = new int[SIZE], value = new int[SIZE];

    AttributeCache(ObjectSpace space, Specializer decisions) {
        this.space = space;
        this.heap = space.heap;
        this.decisions = decisions;
    }

    private static int index(int t, int name, int op) {
        return ((t * 0x9E3779B1) ^ name ^ (op << 30)) * 0x85EBCA6B >>> (32 - BITS);
    }

    /** The entry for (t, name, op), filled now if stale; -1 when t has no tag to guard it. */
    private int entry(int t, int n, int op, int owner) {
        int i = index(t, n, op);
        int current = space.versionTag(t);
        if (type[i] == t && name[i] == n && tag[i] == current && operation[i] == op && current != 0) return i;
        int k = NONE, v = 0;
        switch (op) {
            case LOAD -> {
                v = decisions.loadIndex(owner, t, n);
                k = v >= 0 ? INSTANCE_VALUE : NONE;
            }
            case LOAD_METHOD -> {
                v = decisions.instanceMethod(owner, t, n);
                k = v != 0 ? METHOD : NONE;
            }
            default -> {
                v = decisions.storeIndex(t, n);
                k = v >= 0 ? STORE_VALUE : NONE;
            }
        }
        int t2 = space.typeVersion(t);
        if (t2 == 0) return -1;
        type[i] = t;
        name[i] = n;
        tag[i] = t2;
        operation[i] = op;
        kind[i] = k;
        value[i] = v;
        return i;
    }

    /** {@code owner.name} from its values array (borrowed), or 0: the generic lookup then answers. */
    int load(int owner, int n) {
        int t = space.typeOf(owner);
        int i = entry(t, n, LOAD, owner);
        if (i < 0 || kind[i] != INSTANCE_VALUE) return 0;
        int values = HeapType.valuesWithRoom(heap, owner, value[i]);
        return values == 0 ? 0 : heap.getInt(values, 1 + value[i]);
    }

    /** The method LOAD_METHOD pushes with {@code owner} as self (borrowed), or 0: the generic lookup then answers. */
    int method(int owner, int n) {
        int t = space.typeOf(owner);
        int i = entry(t, n, LOAD_METHOD, owner);
        if (i < 0 || kind[i] != METHOD || heap.getInt(owner, HeapType.DICT) != 0) return 0;
        return value[i];
    }

    /**
     * {@code owner.name = v} into its values array, taking the caller's reference to v over;
     * false (nothing done) when the generic store must do it.
     */
    boolean store(int owner, int n, int v) {
        int t = space.typeOf(owner);
        int i = entry(t, n, STORE, owner);
        if (i < 0 || kind[i] != STORE_VALUE) return false;
        int values = HeapType.valuesWithRoom(heap, owner, value[i]);
        if (values == 0) return false;
        int old = heap.getInt(values, 1 + value[i]);
        heap.setInt(values, 1 + value[i], v);
        if (old != 0) heap.decref(old);
        return true;
    }
}
