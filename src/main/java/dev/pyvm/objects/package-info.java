/**
 * The layout and behaviour of each built-in type on the heap, exceptions included.
 * May use: {@code memory}, {@code gc}, {@code bytecode}.
 */
package dev.pyvm.objects;
