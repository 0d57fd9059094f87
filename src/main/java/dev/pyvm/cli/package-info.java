/**
 * The command line: arguments as CPython takes them, `-X` options, the interactive prompt, exit
 * status. Nothing depends on this package; it may use every other.
 */
package dev.pyvm.cli;
