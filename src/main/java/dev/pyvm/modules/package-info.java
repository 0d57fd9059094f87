/**
 * One class per built-in module: sys, gc, math, time, random, os, posixpath (os.path); the io
 * module and its types are in {@code dev.pyvm.modules.io}. May use: {@code vm}, {@code objects},
 * {@code gc}, {@code memory}, {@code bytecode}.
 */
package dev.pyvm.modules;
