/**
 * The {@code builtins} module. May use: {@code vm}, {@code objects}, {@code gc}, {@code memory},
 * {@code bytecode}.
 */
package dev.pyvm.builtins;
