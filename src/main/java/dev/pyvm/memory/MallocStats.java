package dev.pyvm.memory;

import java.util.Locale;

/**
 * {@code sys._debugmallocstats()}: the heap's figures in the words and layout of CPython 3.11's
 * {@code _PyObject_DebugMallocStats}, so that the two can be read side by side. pyvm adds the
 * large blocks, which CPython leaves to the system's malloc.
 */
public final class MallocStats {
    private MallocStats() {}

    public static String format(Heap.Stats s) {
        StringBuilder out = new StringBuilder();
        out.append("Small block threshold = ").append(Heap.SMALL_REQUEST_THRESHOLD).append(", in ")
                .append(Heap.NB_SMALL_SIZE_CLASSES).append(" size classes.\n\n");
        out.append("class   size   num pools   blocks in use  avail blocks\n");
        out.append("-----   ----   ---------   -------------  ------------\n");
        for (Heap.ClassStats c : s.classes()) {
            out.append(String.format(Locale.ROOT, "%5d %6d %11d %15d %13d\n", c.sizeClass(), c.size(), c.pools(),
                    c.blocks(), c.available()));
        }
        out.append('\n');
        printone(out, "# arenas allocated total", s.arenasAllocatedTotal());
        printone(out, "# arenas reclaimed", s.arenasReclaimed());
        printone(out, "# arenas highwater mark", s.arenasHighwater());
        printone(out, "# arenas allocated current", s.arenasCurrent());
        printone(out, s.arenasCurrent() + " arenas * " + s.arenaSize() + " bytes/arena",
                (long) s.arenasCurrent() * s.arenaSize());
        out.append('\n');
        long total = printone(out, "# bytes in allocated blocks", s.allocatedBytes());
        total += printone(out, "# bytes in available blocks", s.availableBytes());
        total += printone(out, s.unusedPools() + " unused pools * " + s.poolSize() + " bytes",
                s.unusedPools() * s.poolSize());
        total += printone(out, "# bytes lost to pool headers", s.poolHeaderBytes());
        total += printone(out, "# bytes lost to quantization", s.quantization());
        total += printone(out, "# bytes lost to arena alignment", 0);
        printone(out, "Total", total);
        out.append('\n');
        printone(out, "# large blocks allocated current", s.largeBlocks());
        printone(out, "# bytes in large blocks", s.largeBytes());
        out.append('\n');
        for (int i = 0; i < s.freeListNames().size(); i++) {
            allocatorStats(out, s.freeListNames().get(i), s.freeListLengths().get(i),
                    s.freeListBlockBytes().get(i));
        }
        return out.toString();
    }

    // CPython 3.11: Objects/obmalloc.c printone(): the label padded to 35, '=', the value with
    // thousands separators right-aligned in 21
    static long printone(StringBuilder out, String msg, long value) {
        out.append(msg);
        for (int i = msg.length(); i < 35; i++) out.append(' ');
        out.append('=').append(String.format(Locale.ROOT, "%,21d", value)).append('\n');
        return value;
    }

    // CPython 3.11: Objects/object.c _PyDebugAllocatorStats()
    static void allocatorStats(StringBuilder out, String blockName, int numBlocks, int sizeofBlock) {
        String label = String.format(Locale.ROOT, "%d %ss * %d bytes each", numBlocks, blockName, sizeofBlock);
        printone(out, String.format("%48s ", label), (long) numBlocks * sizeofBlock);
    }
}
