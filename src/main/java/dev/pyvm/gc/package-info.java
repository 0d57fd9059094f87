/**
 * The cycle collector: GC headers, the three generations, CPython 3.11's algorithm, the
 * traverse/clear contract each container type fulfils. May use: {@code memory}.
 */
package dev.pyvm.gc;
