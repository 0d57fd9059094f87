/**
 * The abstract syntax tree: immutable records with source positions. Imports nothing of pyvm.
 */
package dev.pyvm.ast;
