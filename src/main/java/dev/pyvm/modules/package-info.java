/**
 * One class per built-in module (sys, gc, math, time, random, operator, _functools, _collections, _json, os, posixpath for
 * os.path) and per type a module defines (random.Random, collections.deque,
 * collections.defaultdict), and json's encoder and scanner (JsonEncoder, JsonScanner); the io and itertools modules and their types are in
 * {@code dev.pyvm.modules.io} and {@code dev.pyvm.modules.itertools}, the regular-expression engine ({@code _re}, under the
 * frozen {@code re}) in {@code dev.pyvm.modules.re}. May
 * use: {@code vm}, {@code objects}, {@code gc}, {@code memory}, {@code bytecode}.
 */
package dev.pyvm.modules;
