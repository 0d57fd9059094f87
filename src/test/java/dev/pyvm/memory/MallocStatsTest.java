package dev.pyvm.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MallocStatsTest {

    @Test
    @DisplayName("sys._debugmallocstats() uses CPython's words, columns and totals")
    void cpythonLayout() {
        Heap heap = new Heap();
        for (int i = 0; i < 106; i++) heap.alloc(16);
        for (int i = 0; i < 3; i++) heap.alloc(1000);
        int floats = heap.registerFreeList("free PyFloatObject", 16, 80);
        heap.freeListPush(floats, heap.alloc(16));
        String text = MallocStats.format(heap.stats());
        List<String> lines = text.lines().toList();
        assertEquals("Small block threshold = 512, in 32 size classes.", lines.get(0));
        assertEquals("class   size   num pools   blocks in use  avail blocks", lines.get(2));
        assertEquals("-----   ----   ---------   -------------  ------------", lines.get(3));
        // 107 blocks of 16 bytes in one 16 KiB pool: (16384 - 32) / 16 = 1022 blocks a pool
        assertEquals("    0     16           1             107           915", lines.get(4));
        assertTrue(lines.contains("# arenas allocated total           =                    1"), text);
        assertTrue(lines.contains("1 arenas * 1048576 bytes/arena     =            1,048,576"), text);
        assertTrue(lines.contains("# bytes in allocated blocks        =                1,712"), text);
        assertTrue(lines.contains("63 unused pools * 16384 bytes      =            1,032,192"), text);
        assertTrue(lines.contains("Total                              =            1,048,576"), text);
        assertTrue(lines.contains("# bytes in large blocks            =                3,024"), text);
        assertTrue(lines.contains("           1 free PyFloatObjects * 16 bytes each =                   16"), text);
    }
}
