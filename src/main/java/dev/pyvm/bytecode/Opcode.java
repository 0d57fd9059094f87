package dev.pyvm.bytecode;

/**
 * pyvm's instruction set: one constant per opcode, with the kind of its operand, its stack effect
 * and one line of documentation. Names follow CPython 3.11's where the meaning is the same.
 *
 * <h2>Encoding</h2>
 * An instruction is one {@code int}: the opcode's {@link #ordinal()} in the low 8 bits, the
 * argument (0 … {@link #MAX_ARG}) in the high 24 bits, see {@link #encode}. There is no
 * EXTENDED_ARG; the specialized instructions' inline caches are beside the instructions, in
 * the interpreter's copy of them (vm.Specializer). Jump arguments are absolute instruction indices; "offsets"
 * in listings, line tables and exception tables are instruction indices too (one unit per
 * instruction, where CPython counts two bytes per code unit).
 *
 * <h2>Calls</h2>
 * As in CPython 3.11, a call site has two slots below the arguments: {@code PUSH_NULL} then the
 * callable for a plain call, or the method and {@code self} pushed by {@link #LOAD_METHOD} (which
 * pushes NULL and the attribute when it is not a plain method). {@code CALL n} with
 * {@code [a, b, arg1 … argn]}: if {@code a} is NULL it calls {@code b(arg1…argn)}, otherwise
 * {@code a(b, arg1…argn)}. The compiler uses the second form on purpose where CPython does:
 * {@code [exit, None, None, None] CALL 2} calls {@code exit(None, None, None)}, and
 * {@code [function, iterator] CALL 0} calls a comprehension's function with its iterator. A
 * preceding {@link #KW_NAMES} names the last {@code len(names)} arguments as keywords.
 *
 * <h2>Exceptions</h2>
 * Zero-cost, as CPython 3.11: no block-stack opcodes; see {@link CodeObject} for the exception
 * table. When an exception unwinds to a handler, the VM pops the stack down to the entry's depth,
 * pushes the index of the raising instruction (as a Python int) if the entry's {@code lasti} is
 * set, pushes the exception, and jumps to the handler.
 *
 * <h2>Generators</h2>
 * A generator's code starts with {@link #RETURN_GENERATOR}. Each time a suspended frame resumes,
 * the value sent in ({@code None} for {@code next()}) is pushed: after RETURN_GENERATOR (the
 * compiler follows it with POP_TOP) and after YIELD_VALUE.
 */
public enum Opcode {
    // --- stack manipulation -------------------------------------------------------------------
    NOP(Operand.NONE, (a, j) -> 0, "Does nothing (keeps a line number alive)."),
    POP_TOP(Operand.NONE, (a, j) -> -1, "Pops and discards TOS."),
    PUSH_NULL(Operand.NONE, (a, j) -> 1, "Pushes NULL (the empty first slot of a call site)."),
    COPY(Operand.COUNT, (a, j) -> 1, "Pushes a new reference to the arg-th item (1 = TOS), arg >= 1."),
    SWAP(Operand.COUNT, (a, j) -> 0, "Swaps TOS with the arg-th item (arg >= 2)."),

    // --- operators ---------------------------------------------------------------------------
    UNARY_POSITIVE(Operand.NONE, (a, j) -> 0, "TOS = +TOS."),
    UNARY_NEGATIVE(Operand.NONE, (a, j) -> 0, "TOS = -TOS."),
    UNARY_NOT(Operand.NONE, (a, j) -> 0, "TOS = not TOS."),
    UNARY_INVERT(Operand.NONE, (a, j) -> 0, "TOS = ~TOS."),
    BINARY_OP(Operand.BINARY_OP, (a, j) -> -1,
            "TOS = TOS1 op TOS (arg: a BinaryOps NB_* code; NB_INPLACE_* try __iop__ first)."),
    COMPARE_OP(Operand.COMPARE_OP, (a, j) -> -1, "TOS = TOS1 cmp TOS (arg: 0 <, 1 <=, 2 ==, 3 !=, 4 >, 5 >=)."),
    IS_OP(Operand.COUNT, (a, j) -> -1, "TOS = TOS1 is TOS (arg 1: is not)."),
    CONTAINS_OP(Operand.COUNT, (a, j) -> -1, "TOS = TOS1 in TOS (arg 1: not in)."),

    // --- subscripts and slices ---------------------------------------------------------------
    BINARY_SUBSCR(Operand.NONE, (a, j) -> -1, "TOS = TOS1[TOS]."),
    STORE_SUBSCR(Operand.NONE, (a, j) -> -3, "TOS1[TOS] = TOS2; pops all three."),
    DELETE_SUBSCR(Operand.NONE, (a, j) -> -2, "del TOS1[TOS]."),
    BUILD_SLICE(Operand.COUNT, (a, j) -> 1 - a, "Pushes slice(TOS1, TOS) (arg 2) or slice(TOS2, TOS1, TOS) (arg 3)."),

    // --- names -------------------------------------------------------------------------------
    LOAD_CONST(Operand.CONST, (a, j) -> 1, "Pushes consts[arg]."),
    LOAD_NAME(Operand.NAME, (a, j) -> 1, "Pushes names[arg] looked up in locals, then globals, then builtins."),
    STORE_NAME(Operand.NAME, (a, j) -> -1, "locals[names[arg]] = TOS (module and class bodies)."),
    DELETE_NAME(Operand.NAME, (a, j) -> 0, "del locals[names[arg]]; NameError if unbound."),
    LOAD_FAST(Operand.LOCAL, (a, j) -> 1, "Pushes the local varnames[arg]; UnboundLocalError if unbound."),
    STORE_FAST(Operand.LOCAL, (a, j) -> -1, "Local varnames[arg] = TOS."),
    DELETE_FAST(Operand.LOCAL, (a, j) -> 0, "Unbinds the local varnames[arg]; UnboundLocalError if unbound."),
    LOAD_GLOBAL(Operand.NAME, (a, j) -> 1, "Pushes names[arg] looked up in globals, then builtins."),
    STORE_GLOBAL(Operand.NAME, (a, j) -> -1, "globals[names[arg]] = TOS."),
    DELETE_GLOBAL(Operand.NAME, (a, j) -> 0, "del globals[names[arg]]."),
    MAKE_CELL(Operand.CELL, (a, j) -> 0,
            "Creates cell arg; if that cell variable is also a parameter, the cell takes the argument's value."),
    COPY_FREE_VARS(Operand.COUNT, (a, j) -> 0, "Copies the function's closure cells into the arg free-variable slots."),
    LOAD_CLOSURE(Operand.CELL, (a, j) -> 1, "Pushes the cell object in cell slot arg (cellvars then freevars)."),
    LOAD_DEREF(Operand.CELL, (a, j) -> 1, "Pushes the contents of cell slot arg; NameError if empty."),
    LOAD_CLASSDEREF(Operand.CELL, (a, j) -> 1,
            "Class bodies: pushes the name from the class namespace if bound there, else the cell's contents."),
    STORE_DEREF(Operand.CELL, (a, j) -> -1, "Stores TOS into cell slot arg."),
    DELETE_DEREF(Operand.CELL, (a, j) -> 0, "Empties cell slot arg; NameError if already empty."),

    // --- attributes --------------------------------------------------------------------------
    LOAD_ATTR(Operand.NAME, (a, j) -> 0, "TOS = getattr(TOS, names[arg])."),
    STORE_ATTR(Operand.NAME, (a, j) -> -2, "setattr(TOS, names[arg], TOS1); pops both."),
    DELETE_ATTR(Operand.NAME, (a, j) -> -1, "delattr(TOS, names[arg])."),
    LOAD_METHOD(Operand.NAME, (a, j) -> 1,
            "Replaces TOS by [method, TOS] when names[arg] is a plain method, else by [NULL, getattr(TOS, name)]."),

    // --- building containers -----------------------------------------------------------------
    BUILD_TUPLE(Operand.COUNT, (a, j) -> 1 - a, "Pops arg items, pushes them as a tuple."),
    BUILD_LIST(Operand.COUNT, (a, j) -> 1 - a, "Pops arg items, pushes them as a list."),
    BUILD_SET(Operand.COUNT, (a, j) -> 1 - a, "Pops arg items, pushes them as a set."),
    BUILD_MAP(Operand.COUNT, (a, j) -> 1 - 2 * a, "Pops arg key/value pairs (key below value), pushes a dict."),
    BUILD_STRING(Operand.COUNT, (a, j) -> 1 - a, "Pops arg strings, pushes their concatenation."),
    LIST_APPEND(Operand.COUNT, (a, j) -> -1, "Pops v, appends it to the list arg items down (after the pop)."),
    SET_ADD(Operand.COUNT, (a, j) -> -1, "Pops v, adds it to the set arg items down."),
    MAP_ADD(Operand.COUNT, (a, j) -> -2, "Pops value then key, sets dict[key] = value on the dict arg items down."),
    LIST_EXTEND(Operand.COUNT, (a, j) -> -1, "Pops an iterable, extends the list arg items down with it."),
    SET_UPDATE(Operand.COUNT, (a, j) -> -1, "Pops an iterable, updates the set arg items down with it."),
    DICT_UPDATE(Operand.COUNT, (a, j) -> -1, "Pops a mapping, updates the dict arg items down (the {**m} display)."),
    DICT_MERGE(Operand.COUNT, (a, j) -> -1,
            "As DICT_UPDATE for call keywords: TypeError on a repeated keyword or a non-mapping."),
    LIST_TO_TUPLE(Operand.NONE, (a, j) -> 0, "TOS = tuple(TOS) for a list TOS."),
    UNPACK_SEQUENCE(Operand.COUNT, (a, j) -> a - 1,
            "Pops an iterable of exactly arg items, pushes them so that the first is TOS."),
    UNPACK_EX(Operand.COUNT, (a, j) -> (a & 0xFF) + (a >> 8),
            "Starred unpacking: arg = before | after << 8; pushes after items, a list, before items (first is TOS)."),

    // --- calls and functions -----------------------------------------------------------------
    KW_NAMES(Operand.CONST, (a, j) -> 0, "consts[arg] is a tuple of keyword names for the next CALL."),
    CALL(Operand.COUNT, (a, j) -> -a - 1,
            "Pops arg arguments and the two call slots, pushes the result (see the class comment)."),
    CALL_FUNCTION_EX(Operand.COUNT, (a, j) -> -2 - (a & 1),
            "[NULL, f, args tuple, (kwargs dict if arg & 1)] -> f(*args, **kwargs)."),
    MAKE_FUNCTION(Operand.MAKE_FUNCTION, (a, j) -> -Integer.bitCount(a & 0xF),
            "Pops the code object and, by flag, closure 0x08, annotations 0x04, kwdefaults 0x02, defaults 0x01."),
    RETURN_VALUE(Operand.NONE, (a, j) -> -1, "Returns TOS to the caller (a generator raises StopIteration(TOS))."),
    LOAD_BUILD_CLASS(Operand.NONE, (a, j) -> 1, "Pushes builtins.__build_class__."),
    SETUP_ANNOTATIONS(Operand.NONE, (a, j) -> 0, "Creates __annotations__ = {} in the local namespace unless it exists."),

    // --- generators --------------------------------------------------------------------------
    RETURN_GENERATOR(Operand.NONE, (a, j) -> 1,
            "Creates a generator owning this frame and returns it; the first resume pushes the sent value."),
    YIELD_VALUE(Operand.COUNT, (a, j) -> 0,
            "Yields TOS; resuming pushes the sent value in its place. arg 1: inside yield from (TOS1 is the delegate)."),
    SEND(Operand.JUMP, (a, j) -> j ? -1 : 0,
            "[recv, v]: sends v into recv; pushes what it yields, or on return pops both, pushes the value, jumps."),
    GET_YIELD_FROM_ITER(Operand.NONE, (a, j) -> 0, "TOS = iter(TOS) unless TOS is a generator."),

    // --- iteration ---------------------------------------------------------------------------
    GET_ITER(Operand.NONE, (a, j) -> 0, "TOS = iter(TOS)."),
    FOR_ITER(Operand.JUMP, (a, j) -> j ? -1 : 1,
            "Pushes next(TOS); when TOS is exhausted pops it and jumps to arg."),

    // --- exceptions --------------------------------------------------------------------------
    PUSH_EXC_INFO(Operand.NONE, (a, j) -> 1,
            "Pops exc, pushes the exception being handled until now then exc, and makes exc the one being handled."),
    POP_EXCEPT(Operand.NONE, (a, j) -> -1, "Pops the exception saved by PUSH_EXC_INFO and makes it the one handled."),
    CHECK_EXC_MATCH(Operand.NONE, (a, j) -> 0, "[exc, type] -> [exc, isinstance(exc, type)] (type may be a tuple)."),
    RERAISE(Operand.COUNT, (a, j) -> -1,
            "Re-raises TOS; if arg > 0 the frame's last instruction is restored from the int arg items below it."),
    RAISE_VARARGS(Operand.COUNT, (a, j) -> -a,
            "arg 0: re-raise the exception being handled; 1: raise TOS; 2: raise TOS1 from TOS."),
    LOAD_ASSERTION_ERROR(Operand.NONE, (a, j) -> 1, "Pushes AssertionError."),
    BEFORE_WITH(Operand.NONE, (a, j) -> 1,
            "Replaces the context manager TOS by its bound __exit__, then pushes the result of its __enter__()."),
    WITH_EXCEPT_START(Operand.NONE, (a, j) -> 1,
            "[exit, lasti, prev, exc]: pushes exit(type(exc), exc, exc.__traceback__)."),

    // --- imports -----------------------------------------------------------------------------
    IMPORT_NAME(Operand.NAME, (a, j) -> -1, "[level, fromlist] -> __import__(names[arg], fromlist, level)."),
    IMPORT_FROM(Operand.NAME, (a, j) -> 1, "Pushes getattr(TOS, names[arg]) (ImportError if missing); TOS stays."),
    IMPORT_STAR(Operand.NONE, (a, j) -> -1, "Pops a module and binds its public names in the local namespace."),

    // --- strings -----------------------------------------------------------------------------
    FORMAT_VALUE(Operand.FORMAT, (a, j) -> (a & 4) != 0 ? -1 : 0,
            "f-string field: arg & 3 conversion (1 str, 2 repr, 3 ascii); arg & 4: a format spec is TOS."),
    PRINT_EXPR(Operand.NONE, (a, j) -> -1, "Interactive mode: prints repr(TOS) unless None and binds builtins._."),

    // --- jumps (arguments are absolute instruction indices) ---------------------------------
    JUMP_FORWARD(Operand.JUMP, (a, j) -> 0, "Jumps forward to arg."),
    JUMP_BACKWARD(Operand.JUMP, (a, j) -> 0, "Jumps backward to arg (a loop edge)."),
    POP_JUMP_IF_FALSE(Operand.JUMP, (a, j) -> -1, "Pops TOS; jumps to arg if it is false."),
    POP_JUMP_IF_TRUE(Operand.JUMP, (a, j) -> -1, "Pops TOS; jumps to arg if it is true."),
    POP_JUMP_IF_NONE(Operand.JUMP, (a, j) -> -1, "Pops TOS; jumps to arg if it is None."),
    POP_JUMP_IF_NOT_NONE(Operand.JUMP, (a, j) -> -1, "Pops TOS; jumps to arg if it is not None."),
    JUMP_IF_FALSE_OR_POP(Operand.JUMP, (a, j) -> j ? 0 : -1, "If TOS is false jumps to arg keeping it, else pops it."),
    JUMP_IF_TRUE_OR_POP(Operand.JUMP, (a, j) -> j ? 0 : -1, "If TOS is true jumps to arg keeping it, else pops it."),

    // --- specialized instructions (PEP 659): the interpreter rewrites a generic instruction into
    // one of these where it ran on the same kinds of operands, and back when its guard fails. The
    // compiler never emits them; a listing of the compiled code never shows them. -------------
    LOAD_ATTR_INSTANCE_VALUE(LOAD_ATTR, "An instance's attribute from its values array, at a cached index."),
    LOAD_ATTR_MODULE(LOAD_ATTR, "A module's attribute, from its dict's keys at a cached word while their version stands."),
    LOAD_METHOD_WITH_VALUES(LOAD_METHOD, "A method of the class of an instance with values and no dict."),
    LOAD_METHOD_NO_DICT(LOAD_METHOD, "A method of a built-in type, whose instances have no attributes of their own."),
    LOAD_METHOD_MODULE(LOAD_METHOD, "A module's function, as LOAD_ATTR_MODULE: pushes NULL and the attribute."),
    STORE_ATTR_INSTANCE_VALUE(STORE_ATTR, "Stores into an instance's values array at a cached index."),
    BINARY_OP_ADD_INT(BINARY_OP, "TOS1 + TOS on machine ints (also +=)."),
    BINARY_OP_SUBTRACT_INT(BINARY_OP, "TOS1 - TOS on machine ints (also -=)."),
    BINARY_OP_MULTIPLY_INT(BINARY_OP, "TOS1 * TOS on machine ints (also *=)."),
    BINARY_OP_ADD_FLOAT(BINARY_OP, "TOS1 + TOS on floats (also +=)."),
    BINARY_OP_SUBTRACT_FLOAT(BINARY_OP, "TOS1 - TOS on floats (also -=)."),
    BINARY_OP_MULTIPLY_FLOAT(BINARY_OP, "TOS1 * TOS on floats (also *=)."),
    BINARY_OP_ADD_UNICODE(BINARY_OP, "TOS1 + TOS on strs (also +=)."),
    BINARY_SUBSCR_LIST_INT(BINARY_SUBSCR, "list[int]."),
    BINARY_SUBSCR_TUPLE_INT(BINARY_SUBSCR, "tuple[int]."),
    BINARY_SUBSCR_DICT(BINARY_SUBSCR, "dict[key] of an exact dict."),
    STORE_SUBSCR_LIST_INT(STORE_SUBSCR, "list[int] = value."),
    STORE_SUBSCR_DICT(STORE_SUBSCR, "dict[key] = value on an exact dict."),
    COMPARE_OP_INT_JUMP(COMPARE_OP, "Compares two machine ints and jumps as the POP_JUMP_IF_* after it."),
    COMPARE_OP_FLOAT_JUMP(COMPARE_OP, "Compares two floats and jumps as the POP_JUMP_IF_* after it."),
    COMPARE_OP_STR_JUMP(COMPARE_OP, "Compares two strs for == or != and jumps as the POP_JUMP_IF_* after it."),
    FOR_ITER_LIST(FOR_ITER, "FOR_ITER over a list iterator."),
    FOR_ITER_RANGE(FOR_ITER, "FOR_ITER over a range iterator."),
    UNPACK_SEQUENCE_TWO_TUPLE(UNPACK_SEQUENCE, "Unpacks a tuple of two."),
    UNPACK_SEQUENCE_TUPLE(UNPACK_SEQUENCE, "Unpacks a tuple of arg items."),
    UNPACK_SEQUENCE_LIST(UNPACK_SEQUENCE, "Unpacks a list of arg items."),
    CALL_BUILTIN_LEN(CALL, "len(x): the built-in len with one argument."),
    CALL_BUILTIN_ISINSTANCE(CALL, "isinstance(x, cls): the built-in isinstance, cls a class whose metaclass is type."),
    CALL_LIST_APPEND(CALL, "list.append(x) called on an exact list."),
    LOAD_GLOBAL_MODULE(LOAD_GLOBAL, "A global, from the globals' keys at a cached word while their version stands."),
    LOAD_GLOBAL_BUILTIN(LOAD_GLOBAL, "A builtin, while the globals' keys version stands (no such global) and the builtins' too.");

    /** The largest argument an instruction can carry (24 bits). */
    public static final int MAX_ARG = (1 << 24) - 1;

    /** What an instruction's argument means, which decides how a listing shows it. */
    public enum Operand {
        /** No argument (always 0). */
        NONE,
        /** An index into {@link CodeObject#consts()}. */
        CONST,
        /** An index into {@link CodeObject#names()}. */
        NAME,
        /** An index into {@link CodeObject#varnames()}. */
        LOCAL,
        /** An index into cellvars followed by freevars. */
        CELL,
        /** An absolute instruction index. */
        JUMP,
        /** A plain number (a count, a position, flags without a name). */
        COUNT,
        /** A comparison operator, see {@link #COMPARE_OP}. */
        COMPARE_OP,
        /** A {@link BinaryOps} code. */
        BINARY_OP,
        /** The flags of {@link #FORMAT_VALUE}. */
        FORMAT,
        /** The flags of {@link #MAKE_FUNCTION}. */
        MAKE_FUNCTION
    }

    /** The stack effect of an instruction as a function of its argument and of whether a jump is taken. */
    @FunctionalInterface
    public interface StackEffect {
        int of(int arg, boolean jump);
    }

    /** The comparison operators of {@link #COMPARE_OP}, indexed by argument. */
    public static final java.util.List<String> COMPARE_OPS = java.util.List.of("<", "<=", "==", "!=", ">", ">=");

    /** MAKE_FUNCTION flags. */
    public static final int MF_DEFAULTS = 0x01, MF_KWDEFAULTS = 0x02, MF_ANNOTATIONS = 0x04, MF_CLOSURE = 0x08;

    /** FORMAT_VALUE flags. */
    public static final int FVC_MASK = 0x3, FVC_NONE = 0, FVC_STR = 1, FVC_REPR = 2, FVC_ASCII = 3, FVS_HAVE_SPEC = 0x4;

    private static final Opcode[] VALUES = values();

    private final Operand operand;
    private final StackEffect effect;
    private final String doc;
    /** The generic instruction a specialized one stands for; this opcode itself when generic. */
    private final Opcode generic;

    Opcode(Operand operand, StackEffect effect, String doc) {
        this.operand = operand;
        this.effect = effect;
        this.doc = doc;
        this.generic = null;
    }

    /** A specialized form of {@code generic}: the same operand and stack effect. */
    Opcode(Opcode generic, String doc) {
        this.operand = generic.operand;
        this.effect = generic.effect;
        this.doc = doc;
        this.generic = generic;
    }

    /** The generic instruction this one specializes (CPython 3.11: _PyOpcode_Deopt); itself when generic. */
    public Opcode generic() {
        return generic == null ? this : generic;
    }

    /** True for an instruction of the specializing interpreter, which the compiler never emits. */
    public boolean isSpecialized() {
        return generic != null;
    }

    /** The instruction with its opcode made generic. */
    public static int deoptimize(int instruction) {
        Opcode g = of(instruction).generic;
        return g == null ? instruction : (instruction & ~0xFF) | g.ordinal();
    }

    public Operand operand() {
        return operand;
    }

    /** One line: what the instruction does. */
    public String doc() {
        return doc;
    }

    /**
     * The change of stack depth, as CPython's {@code stack_effect(opcode, oparg, jump)}: for a jump
     * instruction, {@code jump} says whether the jump is taken; other instructions ignore it.
     */
    public int stackEffect(int arg, boolean jump) {
        return effect.of(arg, jump);
    }

    /** True if the instruction carries a jump target. */
    public boolean hasJump() {
        return operand == Operand.JUMP;
    }

    /** True for a jump that is always taken. */
    public boolean isUnconditionalJump() {
        return this == JUMP_FORWARD || this == JUMP_BACKWARD;
    }

    /** True if control never falls through to the next instruction. */
    public boolean isTerminator() {
        return isUnconditionalJump() || this == RETURN_VALUE || this == RAISE_VARARGS || this == RERAISE;
    }

    /** Packs an instruction: opcode in the low 8 bits, argument in the high 24. */
    public static int encode(Opcode op, int arg) {
        if (arg < 0 || arg > MAX_ARG) {
            throw new IllegalArgumentException("argument out of range for " + op + ": " + arg);
        }
        return op.ordinal() | arg << 8;
    }

    /** The opcode of a packed instruction. */
    public static Opcode of(int instruction) {
        return VALUES[instruction & 0xFF];
    }

    /** The argument of a packed instruction. */
    public static int arg(int instruction) {
        return instruction >>> 8;
    }
}
