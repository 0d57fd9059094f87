/**
 * The instruction set (one enum: name, operand kind, stack effect, doc) and compiled code objects.
 * Imports nothing of pyvm.
 */
package dev.pyvm.bytecode;
