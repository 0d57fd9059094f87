/**
 * The {@code itertools} module: one class per type of CPython 3.11's Modules/itertoolsmodule.c
 * and {@link dev.pyvm.modules.itertools.ItertoolsModule} for the module itself. May use:
 * {@code objects}, {@code gc}, {@code memory}.
 */
package dev.pyvm.modules.itertools;
