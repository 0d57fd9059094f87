/**
 * One class per built-in module (sys, gc, math, time, random, _collections) and per type a module
 * defines (random.Random, collections.deque, collections.defaultdict). May use: {@code vm},
 * {@code objects}, {@code gc}, {@code memory}, {@code bytecode}.
 */
package dev.pyvm.modules;
