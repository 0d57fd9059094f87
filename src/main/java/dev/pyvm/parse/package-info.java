/**
 * The ANTLR-generated lexer and parser (from `grammar/`), the indentation-aware lexer base, and
 * the tree-to-AST step. The only package that imports ANTLR. May use: {@code ast}.
 */
package dev.pyvm.parse;
