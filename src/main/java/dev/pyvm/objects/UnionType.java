package dev.pyvm.objects;

import dev.pyvm.gc.GcHeader;
import dev.pyvm.memory.Heap;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code types.UnionType}: {@code X | Y} between types (and None, aliases, unions).
 * <pre>
 *   [refcnt | type | gc_next | gc_prev | ARGS]
 * </pre>
 * ARGS is the tuple of the members, flattened and without duplicates, None stored as NoneType.
 * {@code isinstance} and {@code issubclass} accept a union, as a tuple of its members. CPython 3.11: Objects/unionobject.c.
 */
public final class UnionType extends TypeSlots {
    static final int ARGS = GcHeader.CONTAINER_HEADER_WORDS;
    static final int WORDS = ARGS + 1;

    UnionType(ObjectSpace space) {
        super(space);
    }

    @Override
    public String name() {
        return "UnionType";
    }

    @Override
    public boolean isContainer() {
        return true;
    }

    public boolean check(int h) {
        return space.typeOf(h) == type;
    }

    void install() {
        space.setTypeModule(type, "types");
    }

    /** The members (borrowed tuple). */
    public int args(int h) {
        return heap.getInt(h, ARGS);
    }

    // CPython 3.11: is_unionable()
    private boolean isUnionable(int h) {
        return h == space.none || space.isSubtype(space.typeOf(h), space.typeSlots.type())
                || space.genericAliasSlots.check(h) || check(h);
    }

    // CPython 3.11: _Py_union_type_or()
    /**
     * {@code a | b} for the types' nb_or: a new union (or the one member left when they are the
     * same), NotImplemented when either side is not a type hint or op is not {@code |}.
     */
    int or(int a, int b, int op) {
        if (op != NumberOps.OR || !isUnionable(a) || !isUnionable(b)) return space.notImplemented();
        List<Integer> members = new ArrayList<>();
        addMembers(a, members);
        addMembers(b, members);
        if (members.size() == 1) {
            heap.incref(members.get(0));
            return members.get(0);
        }
        int args = space.newTupleOfSize(members.size());
        for (int i = 0; i < members.size(); i++) {
            heap.incref(members.get(i));
            space.tupleSlots.initItem(args, i, members.get(i));
        }
        int h = heap.newObject(WORDS * Heap.WORD, type);
        heap.setInt(h, GcHeader.GC_NEXT, 0);
        heap.setInt(h, GcHeader.GC_PREV, 0);
        heap.setInt(h, ARGS, args);
        space.track(h);
        return h;
    }

    // CPython 3.11: flatten_args() and dedup_and_flatten_args(): aliases equal, others identical
    private void addMembers(int h, List<Integer> members) {
        if (check(h)) {
            int args = args(h);
            for (int i = 0; i < space.tupleSlots.size(args); i++) addMember(space.tupleSlots.item(args, i), members);
        } else {
            addMember(h == space.none ? space.noneSlots.type() : h, members);
        }
    }

    private void addMember(int h, List<Integer> members) {
        for (int m : members) if (same(m, h)) return;
        members.add(h);
    }

    private boolean same(int a, int b) {
        if (a == b) return true;
        return space.genericAliasSlots.check(a) && space.genericAliasSlots.check(b) && space.eq(a, b);
    }

    /** Whether union h has member m. */
    private boolean has(int h, int m) {
        int args = args(h);
        for (int i = 0; i < space.tupleSlots.size(args); i++) if (same(space.tupleSlots.item(args, i), m)) return true;
        return false;
    }

    @Override
    public void dealloc(int h) {
        heap.decref(heap.getInt(h, ARGS));
        heap.free(h);
    }

    @Override
    public void traverse(int h, java.util.function.IntConsumer visit) {
        visit.accept(heap.getInt(h, ARGS));
    }

    // CPython 3.11: union_repr()
    @Override
    public int repr(int h) {
        StringBuilder b = new StringBuilder();
        int args = args(h);
        for (int i = 0; i < space.tupleSlots.size(args); i++) {
            if (i > 0) b.append(" | ");
            GenericAliasType.reprItem(space, space.tupleSlots.item(args, i), b);
        }
        return space.newStr(b.toString());
    }

    @Override
    public int getAttr(int h, int name) {
        switch (space.strSlots.toJava(name)) {
            case "__args__" -> {
                heap.incref(args(h));
                return args(h);
            }
            case "__parameters__" -> {
                return space.newTuple();
            }
            default -> {
                if (space.lookupType(type, name) != 0) return super.getAttr(h, name);
                throw space.error(space.exceptions.attributeError, "'types.UnionType' object has no attribute '"
                        + space.strSlots.toJava(name) + "'");
            }
        }
    }

    // CPython 3.11: union_getitem(): with no type variables there is nothing to substitute
    @Override
    public int getItem(int h, int key) {
        throw space.typeError(space.repr(h) + " is not a generic class");
    }

    // CPython 3.11: union_richcompare(): the members compared as sets
    @Override
    public int richCompare(int a, int b, int op) {
        if (!check(b) || (op != Compare.EQ && op != Compare.NE)) return space.notImplemented();
        int n = space.tupleSlots.size(args(a));
        boolean eq = n == space.tupleSlots.size(args(b));
        for (int i = 0; eq && i < n; i++) eq = has(b, space.tupleSlots.item(args(a), i));
        return space.newBool(eq == (op == Compare.EQ));
    }

    // CPython 3.11: union_hash(), the hash of the frozenset of the members
    @Override
    public long hash(int h) {
        int set = space.sequences.frozenset.construct(space.sequences.frozenset.type(), new int[] {args(h)}, 0, 1, 0);
        try {
            return space.hash(set);
        } finally {
            heap.decref(set);
        }
    }

    @Override
    public int binaryOp(int a, int b, int op) {
        return or(a, b, op);
    }

    // CPython 3.11: Objects/abstract.c object_isinstance() and object_issubclass() take a union's
    // members as a tuple of classes: in order, each member's own check (an alias refuses)
    /** {@code isinstance(obj, h)} or {@code issubclass(obj, h)}: whether {@code test} holds for a member. */
    public boolean anyMember(int h, int obj, java.util.function.BiPredicate<Integer, Integer> test) {
        int args = args(h);
        for (int i = 0; i < space.tupleSlots.size(args); i++) if (test.test(obj, space.tupleSlots.item(args, i))) return true;
        return false;
    }
}
