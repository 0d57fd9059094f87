package dev.pyvm.modules.re;

import java.util.List;

/**
 * A parsed pattern item (CPython: the (opcode, argument) pairs of Lib/re/_parser.py's SubPattern).
 * A sequence of items is a {@code List<Node>}.
 */
sealed interface Node {
    /** LITERAL: the character c. */
    record Literal(int c) implements Node {}

    /** NOT_LITERAL: any character but c (a set {@code [^c]}). */
    record NotLiteral(int c) implements Node {}

    /** ANY: {@code .}. */
    record Any() implements Node {}

    /** IN: a character set; items are {@link SetItem}s. */
    record In(boolean negate, List<SetItem> items) implements Node {}

    /** AT: an assertion of position ({@code ^ $ \A \Z \b \B}). */
    record At(int kind) implements Node {}

    /** BRANCH: alternatives. */
    record Branch(List<List<Node>> alternatives) implements Node {}

    /** SUBPATTERN: a group (group -1 for none) with scoped flags. */
    record Group(int group, int addFlags, int delFlags, List<Node> body) implements Node {}

    /** MAX_REPEAT (kind 0), MIN_REPEAT (1), POSSESSIVE_REPEAT (2); max {@link Parser#MAXREPEAT} for none. */
    record Repeat(int kind, long min, long max, List<Node> item) implements Node {}

    /** GROUPREF: {@code \1}, {@code (?P=name)}. */
    record GroupRef(int group) implements Node {}

    /** GROUPREF_EXISTS: {@code (?(g)yes|no)}; no may be null. */
    record GroupRefExists(int group, List<Node> yes, List<Node> no) implements Node {}

    /** ASSERT / ASSERT_NOT: dir 1 lookahead, -1 lookbehind. */
    record Assert(int dir, boolean negate, List<Node> body, long minWidth, long maxWidth) implements Node {}

    /** ATOMIC_GROUP: {@code (?>...)}. */
    record Atomic(List<Node> body) implements Node {}

    /** A member of a set: a literal (lo == hi), a range, or a category (category >= 0). */
    record SetItem(int lo, int hi, int category) {
        static SetItem literal(int c) {
            return new SetItem(c, c, -1);
        }

        static SetItem category(int category) {
            return new SetItem(0, -1, category);
        }
    }

    // AT kinds
    int AT_BEGINNING = 0, AT_BEGINNING_STRING = 1, AT_BOUNDARY = 2, AT_NON_BOUNDARY = 3, AT_END = 4,
            AT_END_STRING = 5;
    // categories; NOT_x = x + 1
    int CATEGORY_DIGIT = 0, CATEGORY_NOT_DIGIT = 1, CATEGORY_SPACE = 2, CATEGORY_NOT_SPACE = 3, CATEGORY_WORD = 4,
            CATEGORY_NOT_WORD = 5;
}
