package dev.pyvm.vm;

import dev.pyvm.bytecode.Opcode;
import dev.pyvm.objects.CodeType;
import java.lang.invoke.MethodHandles;
import org.objectweb.asm.ClassTooLargeException;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodTooLargeException;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Compiles a hot code object's instructions, as they stand (specialized or not), into the
 * {@link CompiledCode#run} method of a new hidden class: a baseline compiler, one JVM code
 * sequence per instruction, with the instruction's operands and its specialized form's cache
 * words as constants. What it takes away is the interpreter's dispatch: the JIT sees one
 * straight path through each function instead of one switch for all of them.
 *
 * <pre>
 *   run(ops, f):  mem, locals, sp, ip ← f
 *                 DISPATCH: switch (ip) → L0, L1, …        (entry, and jumps to a computed ip)
 *     L0:   f.lasti = 0; [f.sp = sp;] sp = ops.loadFast(mem, sp, locals + 3); if (sp &lt; 0) → X0
 *     L1:   …
 *     X0:   ip = 0 → EXIT                                  (the interpreter runs instruction 0)
 *     EXIT: f.ip = ip; f.sp = sp; return f
 * </pre>
 * An instruction is compiled in one of four ways: its fast path in {@link CompiledOps}, which
 * reports EXIT when a guard fails (before any effect); the interpreter's own out-of-line method
 * ({@link Interpreter#genericOp}, {@link Interpreter#coldOp}); a call ({@link CompiledOps#call});
 * or not at all — an exit, the interpreter runs it (returns, yields, raises, closures' cells, …)
 * and comes back at the next backward jump or frame switch. So every instruction means exactly
 * what the interpreter makes of it.
 */
final class BaselineCompiler {
    private static final String OPS = "dev/pyvm/vm/CompiledOps";
    private static final String FRAME = "dev/pyvm/vm/Frame";
    private static final String INTERP = "dev/pyvm/vm/Interpreter";
    private static final String BASE = "dev/pyvm/vm/CompiledCode";
    private static final String SP_DESC = "([II)I";

    // locals of run
    private static final int OPS_L = 1, F = 2, MEM = 3, LOCALS = 4, SP = 5, IP = 6, T = 7, CALLEE = 8;

    private static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
    /**
     * HotSpot compiles no method with more code than this (HugeMethodLimit, DontCompileHugeMethods
     * being on): compiled code that long would run in the JVM's own bytecode interpreter, many
     * times slower than pyvm's interpreter, which keeps such code objects instead.
     */
    static final int HUGE_METHOD_LIMIT = 8000;

    private BaselineCompiler() {
    }

    /**
     * The compiled code of {@code code}'s instructions as they are now, or null when they do not
     * make a JVM method that HotSpot compiles ({@link #HUGE_METHOD_LIMIT}): the interpreter runs those.
     */
    static CompiledCode compile(CodeType.Info code) {
        Emitter emitter = new Emitter(code);
        byte[] bytes;
        try {
            bytes = emitter.emit();
        } catch (MethodTooLargeException | ClassTooLargeException e) {
            return null;
        }
        if (emitter.codeLength >= HUGE_METHOD_LIMIT) return null;
        try {
            Class<?> c = LOOKUP.defineHiddenClass(bytes, true).lookupClass();
            return (CompiledCode) c.getDeclaredConstructor(int[].class).newInstance((Object) emitter.code);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("compiled code of " + code.code.name() + " cannot be made", e);
        }
    }

    private static final class Emitter {
        private final CodeType.Info info;
        private final int[] code;
        private final int n;
        private final Label[] at;
        private final Label[] exitAt;
        private final Label dispatch = new Label();
        private final Label exit = new Label();
        private MethodVisitor mv;
        /** The length of run's code, once emitted. */
        int codeLength;

        Emitter(CodeType.Info info) {
            this.info = info;
            this.code = info.instructions.clone();
            this.n = code.length;
            this.at = new Label[n + 1];
            this.exitAt = new Label[n];
            for (int i = 0; i <= n; i++) at[i] = new Label();
        }

        byte[] emit() {
            // class file version 49: no stack map frames to compute, the JVM verifies by type inference
            ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_MAXS);
            cw.visit(Opcodes.V1_5, Opcodes.ACC_FINAL | Opcodes.ACC_SUPER, "dev/pyvm/vm/CompiledCode$Impl", null, BASE, null);
            MethodVisitor init = cw.visitMethod(0, "<init>", "([I)V", null, null);
            init.visitCode();
            init.visitVarInsn(Opcodes.ALOAD, 0);
            init.visitVarInsn(Opcodes.ALOAD, 1);
            init.visitMethodInsn(Opcodes.INVOKESPECIAL, BASE, "<init>", "([I)V", false);
            init.visitInsn(Opcodes.RETURN);
            init.visitMaxs(0, 0);
            init.visitEnd();

            mv = cw.visitMethod(0, "run", "(L" + OPS + ";L" + FRAME + ";)L" + FRAME + ";", null, null);
            mv.visitCode();
            frameField(Opcodes.GETFIELD, "mem", "[I");
            mv.visitVarInsn(Opcodes.ASTORE, MEM);
            frameField(Opcodes.GETFIELD, "localsBase", "I");
            mv.visitVarInsn(Opcodes.ISTORE, LOCALS);
            frameField(Opcodes.GETFIELD, "sp", "I");
            mv.visitVarInsn(Opcodes.ISTORE, SP);
            frameField(Opcodes.GETFIELD, "ip", "I");
            mv.visitVarInsn(Opcodes.ISTORE, IP);
            mv.visitInsn(Opcodes.ACONST_NULL);
            mv.visitVarInsn(Opcodes.ASTORE, CALLEE);
            mv.visitInsn(Opcodes.ICONST_0);
            mv.visitVarInsn(Opcodes.ISTORE, T);

            mv.visitLabel(dispatch);
            mv.visitVarInsn(Opcodes.ILOAD, IP);
            Label[] targets = new Label[n];
            System.arraycopy(at, 0, targets, 0, n);
            mv.visitTableSwitchInsn(0, n - 1, exit, targets);

            for (int i = 0; i < n; i++) {
                mv.visitLabel(at[i]);
                instruction(i);
            }
            mv.visitLabel(at[n]); // past the end: never reached by well-formed code
            push(n);
            mv.visitVarInsn(Opcodes.ISTORE, IP);
            mv.visitJumpInsn(Opcodes.GOTO, exit);

            for (int i = 0; i < n; i++) {
                if (exitAt[i] == null) continue;
                mv.visitLabel(exitAt[i]);
                push(i);
                mv.visitVarInsn(Opcodes.ISTORE, IP);
                mv.visitJumpInsn(Opcodes.GOTO, exit);
            }
            mv.visitLabel(exit);
            mv.visitVarInsn(Opcodes.ALOAD, F);
            mv.visitVarInsn(Opcodes.ILOAD, IP);
            mv.visitFieldInsn(Opcodes.PUTFIELD, FRAME, "ip", "I");
            storeSp();
            mv.visitVarInsn(Opcodes.ALOAD, F);
            mv.visitInsn(Opcodes.ARETURN);
            Label end = new Label();
            mv.visitLabel(end);
            mv.visitMaxs(0, 0);
            mv.visitEnd();
            cw.visitEnd();
            codeLength = end.getOffset();
            return cw.toByteArray();
        }

        private void instruction(int i) {
            int word = code[i];
            // a site that keeps missing runs as the generic instruction, which does not adapt: no
            // exits and recompilations while it sees operands of several kinds
            boolean adapt = !Specializer.unstable(info.cache, i);
            if (!adapt) word = Opcode.deoptimize(word);
            int op = word & 0xFF;
            int arg = word >>> 8;
            int k = i * CodeType.Info.CACHE_WORDS;
            int[] cache = info.cache;
            // lasti as the interpreter keeps it: tracebacks, f_lineno and handlers read it
            mv.visitVarInsn(Opcodes.ALOAD, F);
            push(i);
            mv.visitFieldInsn(Opcodes.PUTFIELD, FRAME, "lasti", "I");
            switch (op) {
                case Op.NOP, Op.COPY_FREE_VARS -> { }
                case Op.POP_TOP -> {
                    opsSp("popTop", SP_DESC, false);
                }
                case Op.PUSH_NULL -> {
                    mv.visitVarInsn(Opcodes.ALOAD, MEM);
                    mv.visitVarInsn(Opcodes.ILOAD, SP);
                    mv.visitInsn(Opcodes.ICONST_0);
                    mv.visitInsn(Opcodes.IASTORE);
                    mv.visitIincInsn(SP, 1);
                }
                case Op.COPY -> opsSp("copy", "([III)I", false, arg);
                case Op.SWAP -> {
                    mv.visitVarInsn(Opcodes.ALOAD, MEM);
                    mv.visitVarInsn(Opcodes.ILOAD, SP);
                    push(arg);
                    mv.visitMethodInsn(Opcodes.INVOKESTATIC, OPS, "swap", "([III)I", false);
                    mv.visitVarInsn(Opcodes.ISTORE, SP);
                }
                case Op.LOAD_CONST -> opsSp("loadConst", "([III)I", false, info.consts[arg]);
                case Op.LOAD_FAST -> opsLocal(i, "loadFast", arg, true);
                case Op.STORE_FAST -> opsLocal(i, "storeFast", arg, false);
                case Op.JUMP_FORWARD -> mv.visitJumpInsn(Opcodes.GOTO, at[arg]);
                case Op.JUMP_BACKWARD -> {
                    mv.visitVarInsn(Opcodes.ALOAD, OPS_L);
                    mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, OPS, "interruptRequested", "()Z", false);
                    mv.visitJumpInsn(Opcodes.IFNE, exit(i));
                    mv.visitJumpInsn(Opcodes.GOTO, at[arg]);
                }
                case Op.POP_JUMP_IF_FALSE -> popJump(i, "popJumpIfFalse", arg, true);
                case Op.POP_JUMP_IF_TRUE -> popJump(i, "popJumpIfTrue", arg, true);
                case Op.POP_JUMP_IF_NONE -> popJump(i, "popJumpIfNone", arg, false);
                case Op.POP_JUMP_IF_NOT_NONE -> popJump(i, "popJumpIfNotNone", arg, false);
                case Op.LOAD_GLOBAL_MODULE -> {
                    storeSp();
                    opsFrameSp(i, "loadGlobalModule", "(L" + FRAME + ";[IIII)I", cache[k], cache[k + 1]);
                }
                case Op.LOAD_GLOBAL_BUILTIN -> {
                    storeSp();
                    opsFrameSp(i, "loadGlobalBuiltin", "(L" + FRAME + ";[IIIII)I", cache[k], cache[k + 2], cache[k + 1]);
                }
                case Op.LOAD_ATTR_INSTANCE_VALUE -> {
                    storeSp();
                    opsSp("loadAttrInstanceValue", "([IIIII)I", true, i, cache[k], cache[k + 1], cache[k + 2]);
                }
                case Op.LOAD_ATTR_MODULE -> {
                    storeSp();
                    opsSp("loadAttrModule", "([IIII)I", true, i, cache[k], cache[k + 1]);
                }
                case Op.LOAD_METHOD_WITH_VALUES, Op.LOAD_METHOD_NO_DICT -> {
                    storeSp();
                    opsSp("loadMethodCached", "([IIIIIZ)I", true, i, cache[k], cache[k + 1], cache[k + 2],
                            op == Op.LOAD_METHOD_WITH_VALUES ? 1 : 0);
                }
                case Op.LOAD_METHOD_MODULE -> {
                    storeSp();
                    opsSp("loadMethodModule", "([IIII)I", true, i, cache[k], cache[k + 1]);
                }
                case Op.STORE_ATTR_INSTANCE_VALUE -> {
                    storeSp();
                    opsSp("storeAttrInstanceValue", "([IIIIII)I", true, i, cache[k], cache[k + 1], cache[k + 2],
                            info.names[arg]);
                }
                case Op.BINARY_OP_ADD_INT, Op.BINARY_OP_SUBTRACT_INT, Op.BINARY_OP_MULTIPLY_INT -> {
                    storeSp();
                    opsSp("binaryOpInt", "([III)I", true, i, arg);
                }
                case Op.BINARY_OP_ADD_FLOAT, Op.BINARY_OP_SUBTRACT_FLOAT, Op.BINARY_OP_MULTIPLY_FLOAT -> {
                    storeSp();
                    opsSp("binaryOpFloat", "([III)I", true, i, arg);
                }
                case Op.BINARY_OP_ADD_UNICODE -> {
                    storeSp();
                    opsSp("binaryOpAddUnicode", SP_DESC, true, i);
                }
                case Op.COMPARE_OP_INT_JUMP, Op.COMPARE_OP_FLOAT_JUMP, Op.COMPARE_OP_STR_JUMP -> compareJump(i, op, arg);
                case Op.BINARY_SUBSCR_LIST_INT, Op.BINARY_SUBSCR_TUPLE_INT, Op.BINARY_SUBSCR_DICT -> {
                    storeSp();
                    opsSp("binarySubscr", "([III)I", true, i, op);
                }
                case Op.STORE_SUBSCR_LIST_INT, Op.STORE_SUBSCR_DICT -> {
                    storeSp();
                    opsSp("storeSubscr", "([IIZ)I", true, i, op == Op.STORE_SUBSCR_DICT ? 1 : 0);
                }
                case Op.FOR_ITER_LIST, Op.FOR_ITER_RANGE -> forIter(i, op == Op.FOR_ITER_RANGE, arg);
                case Op.UNPACK_SEQUENCE_TWO_TUPLE, Op.UNPACK_SEQUENCE_TUPLE, Op.UNPACK_SEQUENCE_LIST -> {
                    storeSp();
                    opsSp("unpackSequence", "([IIIZ)I", true, i, arg, op == Op.UNPACK_SEQUENCE_LIST ? 1 : 0);
                }
                case Op.CALL_BUILTIN_LEN -> {
                    storeSp();
                    opsSp("callBuiltinLen", "([III)I", true, i, cache[k]);
                }
                case Op.CALL_BUILTIN_ISINSTANCE -> {
                    storeSp();
                    opsSp("callBuiltinIsinstance", "([III)I", true, i, cache[k]);
                }
                case Op.CALL_LIST_APPEND -> {
                    storeSp();
                    opsSp("callListAppend", "([III)I", true, i, cache[k]);
                }
                case Op.CALL -> call(i, i, arg, 0, adapt);
                case Op.KW_NAMES -> {
                    // with the CALL it names keywords for, as one: the keywords are no stack value
                    if (i + 1 < n && (code[i + 1] & 0xFF) == Op.CALL) {
                        mv.visitVarInsn(Opcodes.ALOAD, F);
                        push(i + 1);
                        mv.visitFieldInsn(Opcodes.PUTFIELD, FRAME, "lasti", "I");
                        call(i + 1, i, code[i + 1] >>> 8, info.consts[arg], false);
                    } else {
                        mv.visitJumpInsn(Opcodes.GOTO, exit(i));
                    }
                }
                case Op.RETURN_VALUE -> {
                    mv.visitVarInsn(Opcodes.ALOAD, OPS_L);
                    mv.visitFieldInsn(Opcodes.GETFIELD, OPS, "interp", "L" + INTERP + ";");
                    mv.visitVarInsn(Opcodes.ALOAD, F);
                    mv.visitVarInsn(Opcodes.ILOAD, SP);
                    mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, INTERP, "returnToCaller", "(L" + FRAME + ";I)L" + FRAME + ";", false);
                    mv.visitVarInsn(Opcodes.ASTORE, CALLEE);
                    mv.visitVarInsn(Opcodes.ALOAD, CALLEE);
                    mv.visitVarInsn(Opcodes.ALOAD, F);
                    mv.visitJumpInsn(Opcodes.IF_ACMPEQ, exit(i));
                    mv.visitVarInsn(Opcodes.ALOAD, CALLEE);
                    mv.visitInsn(Opcodes.ARETURN);
                }
                case Op.LOAD_GLOBAL -> {
                    storeSp();
                    opsFrameSp(i, "loadGlobal", "(L" + FRAME + ";[IIIIZ)I", arg, i, adapt ? 1 : 0);
                }
                case Op.LOAD_CLOSURE -> opsLocal(i, "loadClosure", info.nlocals + arg, false);
                case Op.LOAD_DEREF -> opsLocal(i, "loadDeref", info.nlocals + arg, true);
                case Op.STORE_DEREF -> opsLocal(i, "storeDeref", info.nlocals + arg, false);
                case Op.UNARY_NOT -> {
                    storeSp();
                    opsSp("unaryNot", SP_DESC, false);
                }
                case Op.IS_OP -> opsSp("isOp", "([III)I", false, arg);
                case Op.BUILD_TUPLE -> {
                    storeSp();
                    opsSp("buildTuple", "([III)I", false, arg);
                }
                case Op.BUILD_LIST -> {
                    storeSp();
                    opsSp("buildList", "([III)I", false, arg);
                }
                case Op.LIST_APPEND -> {
                    mv.visitVarInsn(Opcodes.ALOAD, OPS_L);
                    mv.visitVarInsn(Opcodes.ALOAD, F);
                    mv.visitVarInsn(Opcodes.ALOAD, MEM);
                    mv.visitVarInsn(Opcodes.ILOAD, SP);
                    push(arg);
                    mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, OPS, "listAppend", "(L" + FRAME + ";[III)I", false);
                    mv.visitVarInsn(Opcodes.ISTORE, SP);
                }
                case Op.GET_ITER -> {
                    storeSp();
                    opsSp("getIter", SP_DESC, false);
                }
                case Op.LOAD_NAME, Op.BINARY_OP, Op.COMPARE_OP, Op.CONTAINS_OP, Op.BINARY_SUBSCR, Op.STORE_SUBSCR,
                        Op.LOAD_ATTR, Op.LOAD_METHOD, Op.STORE_ATTR, Op.UNPACK_SEQUENCE, Op.FOR_ITER,
                        Op.PUSH_EXC_INFO, Op.POP_EXCEPT, Op.CHECK_EXC_MATCH, Op.JUMP_IF_FALSE_OR_POP,
                        Op.JUMP_IF_TRUE_OR_POP -> genericOp(i, word, adapt);
                case Op.STORE_GLOBAL, Op.DELETE_GLOBAL, Op.STORE_NAME, Op.DELETE_NAME, Op.UNARY_NEGATIVE,
                        Op.UNARY_POSITIVE, Op.UNARY_INVERT, Op.DELETE_SUBSCR, Op.BUILD_SLICE, Op.DELETE_ATTR,
                        Op.BUILD_MAP, Op.BUILD_SET, Op.BUILD_STRING, Op.SET_ADD, Op.MAP_ADD, Op.LIST_EXTEND,
                        Op.SET_UPDATE, Op.DICT_UPDATE, Op.DICT_MERGE, Op.LIST_TO_TUPLE, Op.MAKE_FUNCTION,
                        Op.FORMAT_VALUE -> coldOp(word);
                default -> mv.visitJumpInsn(Opcodes.GOTO, exit(i)); // the interpreter runs it
            }
        }

        // ---- shapes ----

        private Label exit(int i) {
            if (exitAt[i] == null) exitAt[i] = new Label();
            return exitAt[i];
        }

        private void push(int v) {
            if (v >= -1 && v <= 5) {
                mv.visitInsn(Opcodes.ICONST_0 + v);
            } else if (v >= Byte.MIN_VALUE && v <= Byte.MAX_VALUE) {
                mv.visitIntInsn(Opcodes.BIPUSH, v);
            } else if (v >= Short.MIN_VALUE && v <= Short.MAX_VALUE) {
                mv.visitIntInsn(Opcodes.SIPUSH, v);
            } else {
                mv.visitLdcInsn(v);
            }
        }

        private void frameField(int opcode, String name, String desc) {
            mv.visitVarInsn(Opcodes.ALOAD, F);
            mv.visitFieldInsn(opcode, FRAME, name, desc);
        }

        /** f.sp = sp: before anything that may raise, so that the unwinding sees the interpreter's stack. */
        private void storeSp() {
            mv.visitVarInsn(Opcodes.ALOAD, F);
            mv.visitVarInsn(Opcodes.ILOAD, SP);
            mv.visitFieldInsn(Opcodes.PUTFIELD, FRAME, "sp", "I");
        }

        /**
         * {@code sp = ops.name(mem, sp, consts…)}; when {@code mayExit}, the first constant is the
         * instruction's index and a negative result leaves to the interpreter there.
         */
        private void opsSp(String name, String desc, boolean mayExit, int... consts) {
            mv.visitVarInsn(Opcodes.ALOAD, OPS_L);
            mv.visitVarInsn(Opcodes.ALOAD, MEM);
            mv.visitVarInsn(Opcodes.ILOAD, SP);
            for (int c = mayExit ? 1 : 0; c < consts.length; c++) push(consts[c]);
            mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, OPS, name, desc, false);
            if (mayExit) {
                spOrExit(consts[0]);
            } else {
                mv.visitVarInsn(Opcodes.ISTORE, SP);
            }
        }

        private void opsFrameSp(int i, String name, String desc, int... consts) {
            mv.visitVarInsn(Opcodes.ALOAD, OPS_L);
            mv.visitVarInsn(Opcodes.ALOAD, F);
            mv.visitVarInsn(Opcodes.ALOAD, MEM);
            mv.visitVarInsn(Opcodes.ILOAD, SP);
            for (int c : consts) push(c);
            mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, OPS, name, desc, false);
            spOrExit(i);
        }

        /** {@code sp = ops.name(mem, sp, locals + slot)}, a negative result leaving at i when {@code mayExit}. */
        private void opsLocal(int i, String name, int slot, boolean mayExit) {
            mv.visitVarInsn(Opcodes.ALOAD, OPS_L);
            mv.visitVarInsn(Opcodes.ALOAD, MEM);
            mv.visitVarInsn(Opcodes.ILOAD, SP);
            mv.visitVarInsn(Opcodes.ILOAD, LOCALS);
            push(slot);
            mv.visitInsn(Opcodes.IADD);
            mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, OPS, name, "([III)I", false);
            if (mayExit) {
                spOrExit(i);
            } else {
                mv.visitVarInsn(Opcodes.ISTORE, SP);
            }
        }

        /** The int on the operand stack is the new sp, or EXIT: leave at instruction i. */
        private void spOrExit(int i) {
            mv.visitVarInsn(Opcodes.ISTORE, T);
            mv.visitVarInsn(Opcodes.ILOAD, T);
            mv.visitJumpInsn(Opcodes.IFLT, exit(i));
            mv.visitVarInsn(Opcodes.ILOAD, T);
            mv.visitVarInsn(Opcodes.ISTORE, SP);
        }

        /** A POP_JUMP_IF_*: the helper pops nothing itself; sp - 1 after, jump to target on JUMP. */
        private void popJump(int i, String name, int target, boolean mayExit) {
            mv.visitVarInsn(Opcodes.ALOAD, OPS_L);
            mv.visitVarInsn(Opcodes.ALOAD, MEM);
            mv.visitVarInsn(Opcodes.ILOAD, SP);
            mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, OPS, name, SP_DESC, false);
            mv.visitVarInsn(Opcodes.ISTORE, T);
            if (mayExit) {
                mv.visitVarInsn(Opcodes.ILOAD, T);
                mv.visitJumpInsn(Opcodes.IFLT, exit(i));
            }
            mv.visitIincInsn(SP, -1);
            mv.visitVarInsn(Opcodes.ILOAD, T);
            mv.visitJumpInsn(Opcodes.IFNE, at[target]);
        }

        /** COMPARE_OP_*_JUMP fused with the POP_JUMP_IF_TRUE/FALSE after it (CPython 3.11). */
        private void compareJump(int i, int op, int arg) {
            int next = i + 1 < n ? code[i + 1] : 0;
            int nextOp = next & 0xFF;
            if (nextOp != Op.POP_JUMP_IF_TRUE && nextOp != Op.POP_JUMP_IF_FALSE) {
                mv.visitJumpInsn(Opcodes.GOTO, exit(i));
                return;
            }
            storeSp();
            mv.visitVarInsn(Opcodes.ALOAD, OPS_L);
            mv.visitVarInsn(Opcodes.ALOAD, MEM);
            mv.visitVarInsn(Opcodes.ILOAD, SP);
            push(op);
            push(arg);
            push(nextOp == Op.POP_JUMP_IF_TRUE ? 1 : 0);
            mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, OPS, "compareJump", "([IIIIZ)I", false);
            mv.visitVarInsn(Opcodes.ISTORE, T);
            mv.visitVarInsn(Opcodes.ILOAD, T);
            mv.visitJumpInsn(Opcodes.IFLT, exit(i));
            mv.visitIincInsn(SP, -2);
            mv.visitVarInsn(Opcodes.ILOAD, T);
            mv.visitJumpInsn(Opcodes.IFNE, at[next >>> 8]);
            mv.visitJumpInsn(Opcodes.GOTO, at[i + 2]);
        }

        /** FOR_ITER_*: sp + 1 with the item, or sp - 1 at the loop's end (the target). */
        private void forIter(int i, boolean range, int target) {
            storeSp();
            mv.visitVarInsn(Opcodes.ALOAD, OPS_L);
            mv.visitVarInsn(Opcodes.ALOAD, MEM);
            mv.visitVarInsn(Opcodes.ILOAD, SP);
            push(range ? 1 : 0);
            mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, OPS, "forIter", "([IIZ)I", false);
            mv.visitVarInsn(Opcodes.ISTORE, T);
            mv.visitVarInsn(Opcodes.ILOAD, T);
            mv.visitJumpInsn(Opcodes.IFLT, exit(i));
            Label more = new Label();
            mv.visitVarInsn(Opcodes.ILOAD, T);
            mv.visitJumpInsn(Opcodes.IFEQ, more);
            mv.visitIincInsn(SP, -1);
            mv.visitJumpInsn(Opcodes.GOTO, at[target]);
            mv.visitLabel(more);
            mv.visitIincInsn(SP, 1);
        }

        /**
         * CALL: {@link CompiledOps#call} is null when the call is made (its result pushed, f.sp past
         * it), the frame itself to leave here, or the callee's frame, returned to the interpreter.
         */
        private void call(int i, int exitIndex, int arg, int kwnames, boolean adapt) {
            mv.visitVarInsn(Opcodes.ALOAD, OPS_L);
            mv.visitVarInsn(Opcodes.ALOAD, F);
            mv.visitVarInsn(Opcodes.ILOAD, SP);
            push(arg);
            push(i);
            if (kwnames != 0) {
                push(kwnames);
                mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, OPS, "callKw", "(L" + FRAME + ";IIII)L" + FRAME + ";", false);
            } else {
                push(adapt ? 1 : 0);
                mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, OPS, "call", "(L" + FRAME + ";IIIZ)L" + FRAME + ";", false);
            }
            mv.visitVarInsn(Opcodes.ASTORE, CALLEE);
            Label made = new Label();
            mv.visitVarInsn(Opcodes.ALOAD, CALLEE);
            mv.visitJumpInsn(Opcodes.IFNONNULL, made);
            frameField(Opcodes.GETFIELD, "sp", "I");
            mv.visitVarInsn(Opcodes.ISTORE, SP);
            mv.visitJumpInsn(Opcodes.GOTO, at[i + 1]);
            mv.visitLabel(made);
            mv.visitVarInsn(Opcodes.ALOAD, CALLEE);
            mv.visitVarInsn(Opcodes.ALOAD, F);
            mv.visitJumpInsn(Opcodes.IF_ACMPEQ, exit(exitIndex));
            mv.visitVarInsn(Opcodes.ALOAD, CALLEE);
            mv.visitInsn(Opcodes.ARETURN);
        }

        /** The interpreter's genericOp: next ip i + 1, i itself (just specialized: leave), or a jump. */
        private void genericOp(int i, int word, boolean adapt) {
            storeSp();
            mv.visitVarInsn(Opcodes.ALOAD, OPS_L);
            mv.visitFieldInsn(Opcodes.GETFIELD, OPS, "interp", "L" + INTERP + ";");
            mv.visitVarInsn(Opcodes.ALOAD, F);
            push(word);
            push(i + 1);
            push(adapt ? 1 : 0);
            mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, INTERP, "genericOp", "(L" + FRAME + ";IIZ)I", false);
            mv.visitVarInsn(Opcodes.ISTORE, IP);
            frameField(Opcodes.GETFIELD, "sp", "I");
            mv.visitVarInsn(Opcodes.ISTORE, SP);
            mv.visitVarInsn(Opcodes.ILOAD, IP);
            push(i + 1);
            mv.visitJumpInsn(Opcodes.IF_ICMPEQ, at[i + 1]);
            mv.visitVarInsn(Opcodes.ILOAD, IP);
            push(i);
            mv.visitJumpInsn(Opcodes.IF_ICMPEQ, exit(i));
            mv.visitJumpInsn(Opcodes.GOTO, dispatch);
        }

        /** The interpreter's coldOp: it neither jumps nor switches frames. */
        private void coldOp(int word) {
            storeSp();
            mv.visitVarInsn(Opcodes.ALOAD, OPS_L);
            mv.visitFieldInsn(Opcodes.GETFIELD, OPS, "interp", "L" + INTERP + ";");
            mv.visitVarInsn(Opcodes.ALOAD, F);
            push(word);
            mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, INTERP, "coldOp", "(L" + FRAME + ";I)V", false);
            frameField(Opcodes.GETFIELD, "sp", "I");
            mv.visitVarInsn(Opcodes.ISTORE, SP);
        }
    }
}
