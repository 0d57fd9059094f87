package dev.pyvm.vm;

import dev.pyvm.bytecode.Opcode;

/**
 * The opcodes' numbers as compile-time constants, so that the interpreter loop can {@code switch}
 * on an instruction's low byte directly. They are the ordinals of {@link Opcode}; OpTest checks
 * that the two agree.
 */
final class Op {
    private Op() {}

    static final int NOP = 0;
    static final int POP_TOP = 1;
    static final int PUSH_NULL = 2;
    static final int COPY = 3;
    static final int SWAP = 4;
    static final int UNARY_POSITIVE = 5;
    static final int UNARY_NEGATIVE = 6;
    static final int UNARY_NOT = 7;
    static final int UNARY_INVERT = 8;
    static final int BINARY_OP = 9;
    static final int COMPARE_OP = 10;
    static final int IS_OP = 11;
    static final int CONTAINS_OP = 12;
    static final int BINARY_SUBSCR = 13;
    static final int STORE_SUBSCR = 14;
    static final int DELETE_SUBSCR = 15;
    static final int BUILD_SLICE = 16;
    static final int LOAD_CONST = 17;
    static final int LOAD_NAME = 18;
    static final int STORE_NAME = 19;
    static final int DELETE_NAME = 20;
    static final int LOAD_FAST = 21;
    static final int STORE_FAST = 22;
    static final int DELETE_FAST = 23;
    static final int LOAD_GLOBAL = 24;
    static final int STORE_GLOBAL = 25;
    static final int DELETE_GLOBAL = 26;
    static final int MAKE_CELL = 27;
    static final int COPY_FREE_VARS = 28;
    static final int LOAD_CLOSURE = 29;
    static final int LOAD_DEREF = 30;
    static final int LOAD_CLASSDEREF = 31;
    static final int STORE_DEREF = 32;
    static final int DELETE_DEREF = 33;
    static final int LOAD_ATTR = 34;
    static final int STORE_ATTR = 35;
    static final int DELETE_ATTR = 36;
    static final int LOAD_METHOD = 37;
    static final int BUILD_TUPLE = 38;
    static final int BUILD_LIST = 39;
    static final int BUILD_SET = 40;
    static final int BUILD_MAP = 41;
    static final int BUILD_STRING = 42;
    static final int LIST_APPEND = 43;
    static final int SET_ADD = 44;
    static final int MAP_ADD = 45;
    static final int LIST_EXTEND = 46;
    static final int SET_UPDATE = 47;
    static final int DICT_UPDATE = 48;
    static final int DICT_MERGE = 49;
    static final int LIST_TO_TUPLE = 50;
    static final int UNPACK_SEQUENCE = 51;
    static final int UNPACK_EX = 52;
    static final int KW_NAMES = 53;
    static final int CALL = 54;
    static final int CALL_FUNCTION_EX = 55;
    static final int MAKE_FUNCTION = 56;
    static final int RETURN_VALUE = 57;
    static final int LOAD_BUILD_CLASS = 58;
    static final int SETUP_ANNOTATIONS = 59;
    static final int RETURN_GENERATOR = 60;
    static final int YIELD_VALUE = 61;
    static final int SEND = 62;
    static final int GET_YIELD_FROM_ITER = 63;
    static final int GET_ITER = 64;
    static final int FOR_ITER = 65;
    static final int PUSH_EXC_INFO = 66;
    static final int POP_EXCEPT = 67;
    static final int CHECK_EXC_MATCH = 68;
    static final int RERAISE = 69;
    static final int RAISE_VARARGS = 70;
    static final int LOAD_ASSERTION_ERROR = 71;
    static final int BEFORE_WITH = 72;
    static final int WITH_EXCEPT_START = 73;
    static final int IMPORT_NAME = 74;
    static final int IMPORT_FROM = 75;
    static final int IMPORT_STAR = 76;
    static final int FORMAT_VALUE = 77;
    static final int PRINT_EXPR = 78;
    static final int JUMP_FORWARD = 79;
    static final int JUMP_BACKWARD = 80;
    static final int POP_JUMP_IF_FALSE = 81;
    static final int POP_JUMP_IF_TRUE = 82;
    static final int POP_JUMP_IF_NONE = 83;
    static final int POP_JUMP_IF_NOT_NONE = 84;
    static final int JUMP_IF_FALSE_OR_POP = 85;
    static final int JUMP_IF_TRUE_OR_POP = 86;

    // specialized (see Opcode)
    static final int LOAD_ATTR_INSTANCE_VALUE = 87;
    static final int LOAD_ATTR_MODULE = 88;
    static final int LOAD_METHOD_WITH_VALUES = 89;
    static final int LOAD_METHOD_NO_DICT = 90;
    static final int LOAD_METHOD_MODULE = 91;
    static final int STORE_ATTR_INSTANCE_VALUE = 92;
    static final int BINARY_OP_ADD_INT = 93;
    static final int BINARY_OP_SUBTRACT_INT = 94;
    static final int BINARY_OP_MULTIPLY_INT = 95;
    static final int BINARY_OP_ADD_FLOAT = 96;
    static final int BINARY_OP_SUBTRACT_FLOAT = 97;
    static final int BINARY_OP_MULTIPLY_FLOAT = 98;
    static final int BINARY_OP_ADD_UNICODE = 99;
    static final int BINARY_SUBSCR_LIST_INT = 100;
    static final int BINARY_SUBSCR_TUPLE_INT = 101;
    static final int BINARY_SUBSCR_DICT = 102;
    static final int STORE_SUBSCR_LIST_INT = 103;
    static final int STORE_SUBSCR_DICT = 104;
    static final int COMPARE_OP_INT_JUMP = 105;
    static final int COMPARE_OP_FLOAT_JUMP = 106;
    static final int COMPARE_OP_STR_JUMP = 107;
    static final int FOR_ITER_LIST = 108;
    static final int FOR_ITER_RANGE = 109;
    static final int UNPACK_SEQUENCE_TWO_TUPLE = 110;
    static final int UNPACK_SEQUENCE_TUPLE = 111;
    static final int UNPACK_SEQUENCE_LIST = 112;
    static final int CALL_BUILTIN_LEN = 113;
    static final int CALL_BUILTIN_ISINSTANCE = 114;
    static final int CALL_LIST_APPEND = 115;
    static final int LOAD_GLOBAL_MODULE = 116;
    static final int LOAD_GLOBAL_BUILTIN = 117;
}
