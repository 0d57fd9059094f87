/**
 * The heap: arenas, pools, blocks, size classes, large allocations, reference counting, free
 * lists, statistics. Knows no Python: imports nothing of pyvm.
 */
package dev.pyvm.memory;
