/**
 * One class per built-in module: sys, gc, math, time, random. May use: {@code vm},
 * {@code objects}, {@code gc}, {@code memory}, {@code bytecode}.
 */
package dev.pyvm.modules;
