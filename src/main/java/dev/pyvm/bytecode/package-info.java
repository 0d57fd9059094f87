/**
 * The instruction set (one enum: name, operand kind, stack effect, doc), compiled code objects with
 * their line and exception tables, constants and their Python reprs, and the disassembler that
 * lists code objects in CPython's {@code dis} layout. Imports nothing of pyvm.
 */
package dev.pyvm.bytecode;
