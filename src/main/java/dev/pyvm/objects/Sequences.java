package dev.pyvm.objects;

import java.util.function.IntBinaryOperator;

/** What tuple, list and str share: index normalisation, lexicographic comparison. */
final class Sequences {
    private Sequences() {}

    /**
     * The index that key names in a sequence of n items, negative ones counted from the end;
     * TypeError when key is no int, IndexError when it is out of range.
     */
    static int index(ObjectSpace space, int key, int n, String typeName) {
        return index(space, key, n, typeName, typeName + " index out of range");
    }

    /**
     * As {@link #index(ObjectSpace, int, int, String)}, with the IndexError's message (CPython's
     * list_ass_item says "list assignment index out of range"). An int beyond a Py_ssize_t is an
     * IndexError too, as PyNumber_AsSsize_t(key, PyExc_IndexError) makes it.
     */
    static int index(ObjectSpace space, int key, int n, String typeName, String outOfRange) {
        if (!space.intSlots.check(key)) {
            if (!ArgParser.isIndex(space, key)) {
                throw space.typeError(typeName + " indices must be integers or slices, not "
                        + space.typeName(space.typeOf(key)));
            }
            int i = ArgParser.asIndex(space, key);
            try {
                return index(space, i, n, typeName, outOfRange);
            } finally {
                space.heap.decref(i);
            }
        }
        if (!space.intSlots.fitsLong(key)) {
            throw space.error(space.exceptions.indexError, "cannot fit 'int' into an index-sized integer");
        }
        long i = space.intSlots.longValue(key);
        if (i < 0) i += n;
        if (i < 0 || i >= n) throw space.error(space.exceptions.indexError, outOfRange);
        return (int) i;
    }

    /** CPython: tuplerichcompare / list_richcompare: the first differing items decide. */
    static int compare(ObjectSpace space, int a, int na, int b, int nb, int op, IntBinaryOperator item) {
        if ((op == Compare.EQ || op == Compare.NE) && na != nb) return space.newBool(op == Compare.NE);
        int i = 0;
        for (; i < na && i < nb; i++) {
            int x = item.applyAsInt(a, i), y = item.applyAsInt(b, i);
            if (x != y && !space.eq(x, y)) break;
        }
        if (i >= na || i >= nb) return space.newBool(Compare.test(op, Integer.compare(na, nb)));
        if (op == Compare.EQ) return space.newBool(false);
        if (op == Compare.NE) return space.newBool(true);
        return space.richCompare(item.applyAsInt(a, i), item.applyAsInt(b, i), op);
    }
}
