package dev.pyvm.objects;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.function.LongConsumer;

/**
 * The algorithms str and bytes share, as CPython's Objects/stringlib is shared by str, bytes
 * and bytearray: searching, counting, splitting, stripping, replacing, padding, over arrays of
 * code units (code points of a str, byte values of a bytes). Indices are the array's. The
 * splitting ones answer with bounds {@code {from, to}} that the caller makes pieces of.
 */
final class Stringlib {
    private Stringlib() {}

    static boolean startsAt(int[] s, int[] p, int at) {
        if (at < 0 || at + p.length > s.length) return false;
        for (int i = 0; i < p.length; i++) if (s[at + i] != p[i]) return false;
        return true;
    }

    static int indexOf(int[] s, int[] p, int from, int to) {
        for (int i = from; i + p.length <= to; i++) if (startsAt(s, p, i)) return i;
        return -1;
    }

    static int lastIndexOf(int[] s, int[] p, int from, int to) {
        for (int i = to - p.length; i >= from; i--) if (startsAt(s, p, i)) return i;
        return -1;
    }

    static boolean contains(int[] set, int c) {
        for (int x : set) if (x == c) return true;
        return false;
    }

    /** CPython: ADJUST_INDICES: slice bounds (null: absent) clamped to [0, len]; start may stay past len. */
    static long[] adjust(Long start, Long end, int len) {
        long s = start == null ? 0 : start, e = end == null ? Long.MAX_VALUE : end;
        if (e > len) e = len;
        else if (e < 0) {
            e += len;
            if (e < 0) e = 0;
        }
        if (s < 0) {
            s += len;
            if (s < 0) s = 0;
        }
        return new long[] {s, e};
    }

    // CPython 3.11: Objects/stringlib/count.h stringlib_count()
    /** The non-overlapping occurrences of sub in s[from:to] (bounds adjusted). */
    static long count(int[] s, int[] sub, long from, long to) {
        if (to - from < sub.length) return 0;
        if (sub.length == 0) return to - from + 1;
        long n = 0;
        for (int i = (int) from; i + sub.length <= to; ) {
            if (startsAt(s, sub, i)) {
                n++;
                i += sub.length;
            } else {
                i++;
            }
        }
        return n;
    }

    // CPython 3.11: Objects/stringlib/find.h stringlib_find() / stringlib_rfind()
    /** The first (last, reverse) position of sub in s[from:to] (bounds adjusted), or -1. */
    static long find(int[] s, int[] sub, long from, long to, boolean reverse) {
        if (to - from < sub.length) return -1;
        if (sub.length == 0) return reverse ? to : from;
        return reverse ? lastIndexOf(s, sub, (int) from, (int) to) : indexOf(s, sub, (int) from, (int) to);
    }

    // CPython 3.11: Objects/unicodeobject.c tailmatch(), Objects/bytes_methods.c tailmatch()
    static boolean tailMatch(int[] s, int[] sub, Long start, Long end, boolean atEnd) {
        long[] se = adjust(start, end, s.length);
        long from = se[0], to = se[1] - sub.length;
        if (to < from) return false;
        if (sub.length == 0) return true;
        return startsAt(s, sub, (int) (atEnd ? to : from));
    }

    // CPython 3.11: Objects/stringlib/split.h split_whitespace(), rsplit_whitespace()
    static List<int[]> splitWhitespace(int[] s, long maxcount, boolean reverse, IntPredicate isSpace) {
        List<int[]> bounds = new ArrayList<>();
        int n = s.length;
        if (!reverse) {
            int i = 0, j;
            while (maxcount-- > 0) {
                while (i < n && isSpace.test(s[i])) i++;
                if (i == n) break;
                j = i;
                i++;
                while (i < n && !isSpace.test(s[i])) i++;
                bounds.add(new int[] {j, i});
            }
            if (i < n) {
                while (i < n && isSpace.test(s[i])) i++;
                if (i != n) bounds.add(new int[] {i, n});
            }
        } else {
            int i = n - 1, j;
            while (maxcount-- > 0) {
                while (i >= 0 && isSpace.test(s[i])) i--;
                if (i < 0) break;
                j = i;
                i--;
                while (i >= 0 && !isSpace.test(s[i])) i--;
                bounds.add(0, new int[] {i + 1, j + 1});
            }
            if (i >= 0) {
                while (i >= 0 && isSpace.test(s[i])) i--;
                if (i >= 0) bounds.add(0, new int[] {0, i + 1});
            }
        }
        return bounds;
    }

    // CPython 3.11: Objects/stringlib/split.h split(), rsplit(); sep is not empty
    static List<int[]> split(int[] s, int[] sep, long maxcount, boolean reverse) {
        List<int[]> bounds = new ArrayList<>();
        int n = s.length;
        if (!reverse) {
            int i = 0;
            while (maxcount-- > 0) {
                int pos = indexOf(s, sep, i, n);
                if (pos < 0) break;
                bounds.add(new int[] {i, pos});
                i = pos + sep.length;
            }
            bounds.add(new int[] {i, n});
        } else {
            int j = n;
            while (maxcount-- > 0) {
                int pos = lastIndexOf(s, sep, 0, j);
                if (pos < 0) break;
                bounds.add(0, new int[] {pos + sep.length, j});
                j = pos;
            }
            bounds.add(0, new int[] {0, j});
        }
        return bounds;
    }

    // CPython 3.11: Objects/stringlib/split.h splitlines()
    static List<int[]> splitlines(int[] s, boolean keepends, IntPredicate isLineBreak) {
        List<int[]> bounds = new ArrayList<>();
        int n = s.length;
        int i = 0;
        while (i < n) {
            int j = i;
            while (i < n && !isLineBreak.test(s[i])) i++;
            int eol = i;
            if (i < n) {
                if (s[i] == '\r' && i + 1 < n && s[i + 1] == '\n') i += 2;
                else i++;
                if (keepends) eol = i;
            }
            bounds.add(new int[] {j, eol});
        }
        return bounds;
    }

    /** The bounds {@code {i, j}} of s with the units that {@code strip} accepts taken off the left and right ends. */
    static int[] strip(int[] s, IntPredicate strip, boolean left, boolean right) {
        int i = 0, j = s.length;
        if (left) while (i < j && strip.test(s[i])) i++;
        if (right) while (j > i && strip.test(s[j - 1])) j--;
        return new int[] {i, j};
    }

    // CPython 3.11: Objects/unicodeobject.c replace(), Objects/bytesobject.c replace()
    /**
     * s with the first {@code count} (all, when negative) occurrences of old replaced by rep, or
     * null when nothing changes. A result that may be large has its length counted first and
     * passed to {@code reserve}, which refuses one that can never fit.
     */
    static int[] replace(int[] s, int[] old, int[] rep, long count, LongConsumer reserve) {
        if (count < 0) count = Long.MAX_VALUE;
        int n = s.length;
        long most = Math.min(count, old.length == 0 ? n + 1L : n / old.length);
        if (rep.length > old.length && n + most * (rep.length - old.length) > 1 << 20) {
            long found = 0;
            if (old.length == 0) {
                found = most;
            } else {
                for (int i = 0; found < count; found++) {
                    int pos = indexOf(s, old, i, n);
                    if (pos < 0) break;
                    i = pos + old.length;
                }
            }
            reserve.accept(n + found * (rep.length - old.length));
        }
        Units b = new Units();
        if (old.length == 0) {
            if (count == 0) return null;
            long done = 0;
            for (int i = 0; i <= n; i++) {
                if (done < count) {
                    b.add(rep, 0, rep.length);
                    done++;
                }
                if (i < n) b.add(s[i]);
            }
            return b.toArray();
        }
        int i = 0;
        long done = 0;
        while (done < count) {
            int pos = indexOf(s, old, i, n);
            if (pos < 0) break;
            b.add(s, i, pos);
            b.add(rep, 0, rep.length);
            i = pos + old.length;
            done++;
        }
        if (done == 0) return null;
        b.add(s, i, n);
        return b.toArray();
    }

    // CPython 3.11: Objects/stringlib/transmogrify.h stringlib_expandtabs(); reserve refuses a length that can never fit
    static int[] expandtabs(int[] s, long tabsize, LongConsumer reserve) {
        Units b = new Units();
        long column = 0;
        for (int c : s) {
            if (c == '\t') {
                if (tabsize > 0) {
                    long incr = tabsize - (column % tabsize);
                    reserve.accept(column + incr);
                    column += incr;
                    for (long k = 0; k < incr; k++) b.add(' ');
                }
            } else {
                column++;
                b.add(c);
                if (c == '\n' || c == '\r') column = 0;
            }
        }
        return b.toArray();
    }

    // CPython 3.11: Objects/stringlib/transmogrify.h stringlib_center() … (pad)
    /** The fill units left of s for center (kind 0), ljust (1), rjust (2) to width; s is shorter. */
    static long padLeft(int kind, long width, int length) {
        long marg = width - length;
        return switch (kind) {
            case 0 -> marg / 2 + (marg & width & 1);
            case 1 -> 0;
            default -> marg;
        };
    }

    /** s with {@code left} fills before and {@code right} after. */
    static int[] pad(int[] s, long left, long right, int fill) {
        int[] u = new int[(int) (left + right + s.length)];
        java.util.Arrays.fill(u, fill);
        System.arraycopy(s, 0, u, (int) left, s.length);
        return u;
    }

    // CPython 3.11: Objects/stringlib/transmogrify.h stringlib_zfill(); width > s.length
    static int[] zfill(int[] s, int width) {
        int fill = width - s.length;
        int[] u = pad(s, fill, 0, '0');
        if (s.length > 0 && (u[fill] == '+' || u[fill] == '-')) {
            u[0] = u[fill];
            u[fill] = '0';
        }
        return u;
    }

    /** A growing array of code units. */
    static final class Units {
        private int[] a = new int[16];
        private int n;

        void add(int c) {
            if (n == a.length) a = java.util.Arrays.copyOf(a, Math.max(16, n * 2));
            a[n++] = c;
        }

        void add(int[] s, int from, int to) {
            for (int i = from; i < to; i++) add(s[i]);
        }

        int[] toArray() {
            return java.util.Arrays.copyOf(a, n);
        }
    }
}
