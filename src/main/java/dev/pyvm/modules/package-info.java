/**
 * One class per built-in module: sys, gc, math, time, random; itertools in its own package. May use: {@code vm},
 * {@code objects}, {@code gc}, {@code memory}, {@code bytecode}.
 */
package dev.pyvm.modules;
