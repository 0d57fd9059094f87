/**
 * One class per built-in module (sys, gc, math, time, random, operator, _functools) and per type
 * a module defines; the modules written in Python are resources beside them. May use: {@code vm},
 * {@code objects}, {@code gc}, {@code memory}, {@code bytecode}.
 */
package dev.pyvm.modules;
