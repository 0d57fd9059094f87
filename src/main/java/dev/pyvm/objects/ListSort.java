package dev.pyvm.objects;

/**
 * The stable sort behind {@code list.sort()}: CPython 3.11's timsort ({@code Objects/listobject.c
 * listsort()}) in its run structure: natural runs found by count_run() (a strictly descending one
 * reversed), short runs extended to minrun by binary insertion, runs merged under the same stack
 * invariants (merge_collapse). Merging is a plain stable merge, without galloping: the result is
 * the same for any consistent order, and for lists shorter than 64 (one binary-sorted run) even
 * for inconsistent ones. Only {@code <} is used, as in CPython.
 *
 * <p>It sorts Java arrays of borrowed handles: the keys, and alongside them the values when a key
 * function made the keys. A comparison that raises leaves every handle in the arrays exactly once
 * (merge copies back what it holds aside), so the list can be restored.
 */
final class ListSort {
    /** Pending runs at most: enough for 2^64 items, as the run lengths grow like Fibonacci numbers. CPython: MAX_MERGE_PENDING. */
    private static final int MAX_MERGE_PENDING = 85;

    private final ObjectSpace space;
    private final int[] keys;
    private final int[] values;
    private final int[] runBase = new int[MAX_MERGE_PENDING];
    private final int[] runLen = new int[MAX_MERGE_PENDING];
    private int nruns;

    /** Sorts keys (and values in step with them, when not null). */
    ListSort(ObjectSpace space, int[] keys, int[] values) {
        this.space = space;
        this.keys = keys;
        this.values = values;
    }

    private boolean lessThan(int a, int b) {
        int r = space.richCompare(a, b, Compare.LT);
        try {
            return space.isTrue(r);
        } finally {
            space.heap.decref(r);
        }
    }

    /** Reverses positions [lo, hi) of both arrays. */
    void reverse(int lo, int hi) {
        reverse(keys, lo, hi);
        if (values != null) reverse(values, lo, hi);
    }

    private static void reverse(int[] a, int lo, int hi) {
        for (hi--; lo < hi; lo++, hi--) {
            int t = a[lo];
            a[lo] = a[hi];
            a[hi] = t;
        }
    }

    // CPython 3.11: merge_compute_minrun()
    private static int minrun(int n) {
        int r = 0;
        while (n >= 64) {
            r |= n & 1;
            n >>= 1;
        }
        return n + r;
    }

    /** Sorts all n positions. CPython 3.11: list_sort_impl()'s main loop. */
    void sort(int n) {
        if (n < 2) return;
        int minrun = minrun(n);
        int lo = 0, remaining = n;
        while (remaining > 0) {
            int run = countRun(lo, lo + remaining);
            if (run < 0) {
                run = -run;
                reverse(lo, lo + run);
            }
            if (run < minrun) {
                int force = Math.min(remaining, minrun);
                binarySort(lo, lo + force, lo + run);
                run = force;
            }
            runBase[nruns] = lo;
            runLen[nruns] = run;
            nruns++;
            mergeCollapse();
            lo += run;
            remaining -= run;
        }
        while (nruns > 1) {
            int i = nruns - 2;
            if (i > 0 && runLen[i - 1] < runLen[i + 1]) i--;
            mergeAt(i);
        }
    }

    /**
     * The length of the run starting at lo, negative when it is strictly descending. CPython 3.11:
     * count_run().
     */
    private int countRun(int lo, int hi) {
        if (lo + 1 == hi) return 1;
        int n = 2;
        if (lessThan(keys[lo + 1], keys[lo])) {
            for (int i = lo + 2; i < hi && lessThan(keys[i], keys[i - 1]); i++) n++;
            return -n;
        }
        for (int i = lo + 2; i < hi && !lessThan(keys[i], keys[i - 1]); i++) n++;
        return n;
    }

    /** Binary insertion of [start, hi) into the sorted [lo, start). CPython 3.11: binarysort(). */
    private void binarySort(int lo, int hi, int start) {
        if (lo == start) start++;
        for (; start < hi; start++) {
            int pivot = keys[start];
            int pivotValue = values == null ? 0 : values[start];
            int l = lo, r = start;
            do {
                int p = l + ((r - l) >> 1);
                if (lessThan(pivot, keys[p])) r = p;
                else l = p + 1;
            } while (l < r);
            System.arraycopy(keys, l, keys, l + 1, start - l);
            keys[l] = pivot;
            if (values != null) {
                System.arraycopy(values, l, values, l + 1, start - l);
                values[l] = pivotValue;
            }
        }
    }

    // CPython 3.11: merge_collapse(), the invariants on the lengths of the pending runs
    private void mergeCollapse() {
        while (nruns > 1) {
            int n = nruns - 2;
            if ((n > 0 && runLen[n - 1] <= runLen[n] + runLen[n + 1])
                    || (n > 1 && runLen[n - 2] <= runLen[n - 1] + runLen[n])) {
                if (runLen[n - 1] < runLen[n + 1]) n--;
                mergeAt(n);
            } else if (runLen[n] <= runLen[n + 1]) {
                mergeAt(n);
            } else {
                break;
            }
        }
    }

    /** Merges pending runs i and i + 1, stably. */
    private void mergeAt(int i) {
        int base = runBase[i], na = runLen[i], nb = runLen[i + 1];
        runLen[i] = na + nb;
        if (i == nruns - 3) {
            runBase[i + 1] = runBase[i + 2];
            runLen[i + 1] = runLen[i + 2];
        }
        nruns--;
        int[] tmpKeys = java.util.Arrays.copyOfRange(keys, base, base + na);
        int[] tmpValues = values == null ? null : java.util.Arrays.copyOfRange(values, base, base + na);
        int a = 0, b = base + na, end = base + na + nb, out = base;
        try {
            while (a < na && b < end) {
                if (lessThan(keys[b], tmpKeys[a])) {
                    keys[out] = keys[b];
                    if (values != null) values[out] = values[b];
                    b++;
                } else {
                    keys[out] = tmpKeys[a];
                    if (values != null) values[out] = tmpValues[a];
                    a++;
                }
                out++;
            }
        } finally {
            // what remains of the first run fills the gap before the rest of the second
            System.arraycopy(tmpKeys, a, keys, out, na - a);
            if (values != null) System.arraycopy(tmpValues, a, values, out, na - a);
        }
    }
}
