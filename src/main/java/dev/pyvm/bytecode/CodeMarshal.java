package dev.pyvm.bytecode;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * pyvm's marshal format: a {@link CodeObject} as bytes and back, for the modules of pyvm's
 * written in Python, which the build compiles once (as CPython freezes its start-up modules) so
 * that importing one costs no parse.
 * <pre>
 *   file      = MAGIC  opcodes:u32  code
 *   code      = instructions:ints  consts:(u32 const*)  names varnames cellvars freevars:strings
 *               argcount posonlyargcount kwonlyargcount flags:u32  name qualname filename:str
 *               firstlineno:u32  lineStarts:ints  exceptionTable:(u32 entry*)  maxStackDepth:u32
 *   const     = tag:u8 payload        tags: N None, E Ellipsis, T True, F False, i long, I big int,
 *                                           f double (raw bits), s str, b bytes, t tuple, c code
 *   ints      = u32 count, that many s32;  strings = u32 count, that many str;
 *   str       = u32 length, that many UTF-16 code units (lone surrogates survive, as in a str)
 *   entry     = start end target depth:u32  lasti:u8
 * </pre>
 * {@code opcodes} is a fingerprint of the instruction set ({@link #opcodeFingerprint}): bytes
 * written by a pyvm with other opcode numbers are refused rather than run.
 */
public final class CodeMarshal {
    private static final int MAGIC = 0x50594d43; // "PYMC"

    private CodeMarshal() {}

    /** The marshalled form of {@code code}. */
    public static byte[] dump(CodeObject code) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(MAGIC);
            out.writeInt(opcodeFingerprint());
            writeCode(out, code);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The code object {@link #dump} wrote; IllegalArgumentException if the bytes are not that. */
    public static CodeObject load(byte[] data) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(data))) {
            if (in.readInt() != MAGIC) throw new IllegalArgumentException("not pyvm marshal data");
            if (in.readInt() != opcodeFingerprint()) {
                throw new IllegalArgumentException("marshal data of a pyvm with another instruction set");
            }
            CodeObject code = readCode(in);
            if (in.read() != -1) throw new IllegalArgumentException("trailing bytes after the code object");
            return code;
        } catch (IOException e) {
            throw new IllegalArgumentException("truncated marshal data", e);
        }
    }

    /** A hash of every opcode's name and number. */
    public static int opcodeFingerprint() {
        int h = 17;
        for (Opcode op : Opcode.values()) h = 31 * h + op.name().hashCode() * 7 + op.ordinal();
        return h;
    }

    private static void writeCode(DataOutputStream out, CodeObject c) throws IOException {
        writeInts(out, c.instructions());
        out.writeInt(c.consts().size());
        for (Object k : c.consts()) writeConst(out, k);
        writeStrings(out, c.names());
        writeStrings(out, c.varnames());
        writeStrings(out, c.cellvars());
        writeStrings(out, c.freevars());
        out.writeInt(c.argcount());
        out.writeInt(c.posonlyargcount());
        out.writeInt(c.kwonlyargcount());
        out.writeInt(c.flags());
        writeString(out, c.name());
        writeString(out, c.qualname());
        writeString(out, c.filename());
        out.writeInt(c.firstlineno());
        writeInts(out, c.lineStarts());
        out.writeInt(c.exceptionTable().size());
        for (CodeObject.ExceptionEntry e : c.exceptionTable()) {
            out.writeInt(e.start());
            out.writeInt(e.end());
            out.writeInt(e.target());
            out.writeInt(e.depth());
            out.writeBoolean(e.lasti());
        }
        out.writeInt(c.maxStackDepth());
    }

    private static CodeObject readCode(DataInputStream in) throws IOException {
        int[] instructions = readInts(in);
        int nconsts = count(in);
        List<Object> consts = new ArrayList<>(nconsts);
        for (int i = 0; i < nconsts; i++) consts.add(readConst(in));
        List<String> names = readStrings(in);
        List<String> varnames = readStrings(in);
        List<String> cellvars = readStrings(in);
        List<String> freevars = readStrings(in);
        int argcount = in.readInt();
        int posonlyargcount = in.readInt();
        int kwonlyargcount = in.readInt();
        int flags = in.readInt();
        String name = readString(in);
        String qualname = readString(in);
        String filename = readString(in);
        int firstlineno = in.readInt();
        int[] lineStarts = readInts(in);
        int nentries = count(in);
        List<CodeObject.ExceptionEntry> table = new ArrayList<>(nentries);
        for (int i = 0; i < nentries; i++) {
            table.add(new CodeObject.ExceptionEntry(in.readInt(), in.readInt(), in.readInt(), in.readInt(), in.readBoolean()));
        }
        int maxStackDepth = in.readInt();
        return new CodeObject(instructions, consts, names, varnames, cellvars, freevars, argcount, posonlyargcount,
                kwonlyargcount, flags, name, qualname, filename, firstlineno, lineStarts, table, maxStackDepth);
    }

    private static void writeConst(DataOutputStream out, Object k) throws IOException {
        if (k == Constants.Singleton.NONE) {
            out.writeByte('N');
        } else if (k == Constants.Singleton.ELLIPSIS) {
            out.writeByte('E');
        } else if (k instanceof Boolean b) {
            out.writeByte(b ? 'T' : 'F');
        } else if (k instanceof Long l) {
            out.writeByte('i');
            out.writeLong(l);
        } else if (k instanceof BigInteger big) {
            out.writeByte('I');
            writeBytes(out, big.toByteArray());
        } else if (k instanceof Double d) {
            out.writeByte('f');
            out.writeLong(Double.doubleToRawLongBits(d));
        } else if (k instanceof String s) {
            out.writeByte('s');
            writeString(out, s);
        } else if (k instanceof Constants.Bytes b) {
            out.writeByte('b');
            writeBytes(out, b.value());
        } else if (k instanceof ConstTuple t) {
            out.writeByte('t');
            out.writeInt(t.size());
            for (Object item : t.items()) writeConst(out, item);
        } else if (k instanceof ConstFrozenset f) {
            out.writeByte('>');
            out.writeInt(f.items().size());
            for (Object item : f.items()) writeConst(out, item);
        } else if (k instanceof CodeObject c) {
            out.writeByte('c');
            writeCode(out, c);
        } else {
            throw new IllegalArgumentException("not a constant: " + k.getClass().getName());
        }
    }

    private static Object readConst(DataInputStream in) throws IOException {
        int tag = in.readUnsignedByte();
        switch (tag) {
            case 'N': return Constants.Singleton.NONE;
            case 'E': return Constants.Singleton.ELLIPSIS;
            case 'T': return Boolean.TRUE;
            case 'F': return Boolean.FALSE;
            case 'i': return in.readLong();
            case 'I': return new BigInteger(readBytes(in));
            case 'f': return Double.longBitsToDouble(in.readLong());
            case 's': return readString(in);
            case 'b': return new Constants.Bytes(readBytes(in));
            case 't': {
                int n = count(in);
                List<Object> items = new ArrayList<>(n);
                for (int i = 0; i < n; i++) items.add(readConst(in));
                return new ConstTuple(items);
            }
            case '>': {
                int n = count(in);
                List<Object> items = new ArrayList<>(n);
                for (int i = 0; i < n; i++) items.add(readConst(in));
                return new ConstFrozenset(items);
            }
            case 'c': return readCode(in);
            default: throw new IllegalArgumentException("unknown constant tag " + tag);
        }
    }

    private static void writeInts(DataOutputStream out, int[] values) throws IOException {
        out.writeInt(values.length);
        for (int v : values) out.writeInt(v);
    }

    private static int[] readInts(DataInputStream in) throws IOException {
        int[] values = new int[count(in)];
        for (int i = 0; i < values.length; i++) values[i] = in.readInt();
        return values;
    }

    private static void writeStrings(DataOutputStream out, List<String> values) throws IOException {
        out.writeInt(values.size());
        for (String s : values) writeString(out, s);
    }

    private static List<String> readStrings(DataInputStream in) throws IOException {
        int n = count(in);
        List<String> values = new ArrayList<>(n);
        for (int i = 0; i < n; i++) values.add(readString(in));
        return values;
    }

    private static void writeString(DataOutputStream out, String s) throws IOException {
        out.writeInt(s.length());
        out.writeChars(s);
    }

    private static String readString(DataInputStream in) throws IOException {
        char[] chars = new char[count(in)];
        for (int i = 0; i < chars.length; i++) chars[i] = in.readChar();
        return new String(chars);
    }

    private static void writeBytes(DataOutputStream out, byte[] b) throws IOException {
        out.writeInt(b.length);
        out.write(b);
    }

    private static byte[] readBytes(DataInputStream in) throws IOException {
        byte[] b = new byte[count(in)];
        in.readFully(b);
        return b;
    }

    private static int count(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0) throw new IllegalArgumentException("negative count in marshal data");
        return n;
    }
}
