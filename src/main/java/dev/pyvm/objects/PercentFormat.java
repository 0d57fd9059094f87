package dev.pyvm.objects;

import java.math.BigInteger;

/**
 * printf-style formatting, {@code str % args} and {@code bytes % args}. A port of CPython 3.11's
 * PyUnicode_Format() in Objects/unicodeobject.c, down to its position bookkeeping (which decides,
 * for instance, that {@code "%5%" % ()} runs out of arguments before it finds '%' unsupported);
 * for bytes, _PyBytes_FormatEx() in Objects/bytesobject.c differs only where {@link #bytes} is
 * tested: the text is bytes (each char of {@link #out} one byte), %s and %b take bytes, %r is %a.
 */
public final class PercentFormat {
    private static final int F_LJUST = 1;
    private static final int F_SIGN = 2;
    private static final int F_BLANK = 4;
    private static final int F_ALT = 8;
    private static final int F_ZERO = 16;

    private final ObjectSpace space;
    private final int[] fmt;
    private int pos;
    private int cnt;
    /** The arguments: a tuple, a single value, or the value of the last {@code %(key)} (then owned). */
    private int args;
    private boolean argsOwned;
    private int arglen;
    private int argidx;
    private final int dict;
    private final StringBuilder out = new StringBuilder();
    /** Formatting bytes, not str. */
    private final boolean bytes;

    // one conversion specification
    private int ch;
    private int flags;
    private long width;
    private int prec;
    private boolean sign;

    private PercentFormat(ObjectSpace space, int format, int args, boolean bytes) {
        this.space = space;
        this.bytes = bytes;
        this.fmt = bytes ? BytesMethods.codes(space.slotsOf(format).buffer(format))
                : space.strSlots.toJava(format).codePoints().toArray();
        this.args = args;
        boolean tuple = space.tupleSlots.check(args);
        if (tuple) {
            arglen = space.tupleSlots.size(args);
            argidx = 0;
        } else {
            arglen = -1;
            argidx = -2;
        }
        dict = isMapping(space, args) && !tuple && !space.strSlots.check(args) && space.slotsOf(args).buffer(args) == null
                ? args : 0;
    }

    /** {@code format % args}: a new str. */
    // CPython 3.11: Objects/unicodeobject.c PyUnicode_Format()
    public static int format(ObjectSpace space, int format, int args) {
        return space.newStr(new PercentFormat(space, format, args, false).result());
    }

    /** {@code format % args} for a bytes-like format: a new bytes. */
    // CPython 3.11: Objects/bytesobject.c _PyBytes_FormatEx()
    public static int formatBytes(ObjectSpace space, int format, int args) {
        String r = new PercentFormat(space, format, args, true).result();
        return space.bytesSlots.fromJava(r.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    }

    private String result() {
        try {
            run();
        } finally {
            dropOwnedArgs();
        }
        return out.toString();
    }

    private String notAllConverted() {
        return "not all arguments converted during " + (bytes ? "bytes" : "string") + " formatting";
    }

    /** CPython: PyMapping_Check: the type has a {@code __getitem__} (tuple and str are excluded by the caller). */
    private static boolean isMapping(ObjectSpace space, int h) {
        return space.dictSlots.check(h) || space.listSlots.check(h)
                || space.lookupType(space.typeOf(h), space.ids.__getitem__) != 0;
    }

    private int read() {
        return pos < fmt.length ? fmt[pos] : 0;
    }

    private void run() {
        cnt = fmt.length;
        while (--cnt >= 0) {
            if (fmt[pos] != '%') {
                out.appendCodePoint(fmt[pos++]);
            } else {
                pos++;
                arg();
            }
        }
        if (argidx < arglen && dict == 0) throw space.typeError(notAllConverted());
    }

    private void dropOwnedArgs() {
        if (argsOwned) {
            argsOwned = false;
            space.heap.decref(args);
        }
    }

    /** The next argument (borrowed). CPython: unicode_format_getnextarg. */
    private int nextArg() {
        if (argidx < arglen) {
            argidx++;
            return arglen < 0 ? args : space.tupleSlots.item(args, argidx - 1);
        }
        throw space.typeError("not enough arguments for format string");
    }

    // CPython 3.11: Objects/unicodeobject.c unicode_format_arg()
    private void arg() {
        ch = read();
        if (ch == '%') {
            pos++;
            cnt--;
            out.append('%');
            return;
        }
        flags = 0;
        width = -1;
        prec = -1;
        sign = false;
        parse();
        String str = convert();
        output(str);
        dropOwnedArgs();
        if (dict != 0 && argidx < arglen) throw space.typeError(notAllConverted());
    }

    private boolean advance() {
        if (--cnt >= 0) {
            ch = fmt[pos++];
            return true;
        }
        return false;
    }

    // CPython 3.11: Objects/unicodeobject.c unicode_format_arg_parse()
    private void parse() {
        if (read() == '(') {
            if (dict == 0) throw space.typeError("format requires a mapping");
            pos++;
            cnt--;
            int keystart = pos;
            int pcount = 1;
            while (pcount > 0 && --cnt >= 0) {
                int c = fmt[pos];
                if (c == ')') pcount--;
                else if (c == '(') pcount++;
                pos++;
            }
            int keylen = pos - keystart - 1;
            if (cnt < 0 || pcount > 0) throw space.valueError("incomplete format key");
            int key = bytes ? space.bytesSlots.fromJava(BytesMethods.bytes(fmt, keystart, keystart + keylen))
                    : space.newStr(new String(fmt, keystart, keylen));
            int value;
            try {
                value = space.getItem(dict, key);
            } finally {
                space.heap.decref(key);
            }
            dropOwnedArgs();
            args = value;
            argsOwned = true;
            arglen = -1;
            argidx = -2;
        }
        while (advance()) {
            if (ch == '-') flags |= F_LJUST;
            else if (ch == '+') flags |= F_SIGN;
            else if (ch == ' ') flags |= F_BLANK;
            else if (ch == '#') flags |= F_ALT;
            else if (ch == '0') flags |= F_ZERO;
            else break;
        }
        if (ch == '*') {
            int v = nextArg();
            if (!space.intSlots.check(v)) throw space.typeError("* wants int");
            width = TextArgs.index(space, v);
            if (width < 0) {
                flags |= F_LJUST;
                width = -width;
            }
            advance();
        } else if (ch >= '0' && ch <= '9') {
            width = ch - '0';
            while (advance()) {
                if (ch < '0' || ch > '9') break;
                if (width > (Long.MAX_VALUE - (ch - '0')) / 10) throw space.valueError("width too big");
                width = width * 10 + (ch - '0');
            }
        }
        if (ch == '.') {
            prec = 0;
            advance();
            if (ch == '*') {
                int v = nextArg();
                if (!space.intSlots.check(v)) throw space.typeError("* wants int");
                if (!space.intSlots.isSmall(v) || Math.abs(space.intSlots.longValue(v)) > Integer.MAX_VALUE) {
                    throw space.error(space.exceptions.overflowError, "Python int too large to convert to C int");
                }
                prec = (int) Math.max(0, space.intSlots.longValue(v));
                advance();
            } else if (ch >= '0' && ch <= '9') {
                prec = ch - '0';
                while (advance()) {
                    if (ch < '0' || ch > '9') break;
                    if (prec > (Integer.MAX_VALUE - (ch - '0')) / 10) throw space.valueError("precision too big");
                    prec = prec * 10 + (ch - '0');
                }
            }
        }
        if (cnt >= 0 && (ch == 'h' || ch == 'l' || ch == 'L')) advance();
        if (cnt < 0) throw space.valueError("incomplete format");
    }

    // CPython 3.11: Objects/unicodeobject.c unicode_format_arg_format()
    private String convert() {
        int v = nextArg();
        switch (ch) {
            case 'b', 's', 'r', 'a':
                if (bytes && (ch == 's' || ch == 'b')) return bytesOf(v);
                if (bytes) return ascii(space.repr(v));
                if (ch == 'b') break;
                if (ch == 's') return space.str(v);
                if (ch == 'r') return space.repr(v);
                return ascii(space.repr(v));
            case 'i', 'd', 'u', 'o', 'x', 'X':
                sign = true;
                if (bytes && ch == 'i') ch = 'd'; // CPython: _PyBytes_FormatEx() reads %i as %d
                return formatLong(v);
            case 'e', 'E', 'f', 'F', 'g', 'G': {
                sign = true;
                if (bytes && !space.floatSlots.check(v) && !space.intSlots.check(v)) {
                    throw space.typeError("float argument required, not " + space.typeName(space.typeOf(v)));
                }
                double x = asDouble(space, v);
                return FloatFormat.toString(x, (char) ch, prec < 0 ? 6 : prec, (flags & F_ALT) != 0, false, false, false);
            }
            case 'c':
                return bytes ? String.valueOf((char) formatByte(v)) : new String(Character.toChars(formatChar(v)));
            default:
                break;
        }
        String shown = ch >= 32 && ch <= 126 ? String.valueOf((char) ch) : "?";
        throw space.valueError("unsupported format character '" + shown + "' (0x" + Integer.toHexString(ch)
                + ") at index " + (pos - 1));
    }

    /** %b and %s of bytes formatting: the bytes of v as chars. CPython: format_obj(). */
    private String bytesOf(int v) {
        byte[] b = space.slotsOf(v).buffer(v);
        if (b == null && space.lookupType(space.typeOf(v), space.intern("__bytes__")) != 0) b = BytesMethods.fromObject(space, v);
        if (b == null) {
            throw space.typeError("%b requires a bytes-like object, or an object that implements __bytes__, not '"
                    + space.typeName(space.typeOf(v)) + "'");
        }
        return new String(b, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    // CPython 3.11: Objects/bytesobject.c byte_converter() as %c uses it
    private int formatByte(int v) {
        byte[] b = space.slotsOf(v).buffer(v);
        if (b != null && b.length == 1) return b[0] & 0xff;
        if (b == null && ArgParser.isIndex(space, v)) {
            int i = ArgParser.asIndex(space, v);
            try {
                long x = space.intSlots.fitsLong(i) ? space.intSlots.longValue(i) : -1;
                if (x < 0 || x > 255) throw space.error(space.exceptions.overflowError, "%c arg not in range(256)");
                return (int) x;
            } finally {
                space.heap.decref(i);
            }
        }
        throw space.typeError("%c requires an integer in range(256) or a single byte");
    }

    /** CPython: PyFloat_AsDouble. */
    static double asDouble(ObjectSpace space, int v) {
        if (space.floatSlots.check(v)) return space.floatSlots.value(v);
        if (space.intSlots.check(v)) return space.intSlots.toDouble(v);
        throw space.typeError("must be real number, not " + space.typeName(space.typeOf(v)));
    }

    // CPython 3.11: Objects/unicodeobject.c mainformatlong() and _PyUnicode_FormatLong()
    private String formatLong(int v) {
        BigInteger value;
        if (space.intSlots.check(v)) {
            value = space.intSlots.bigValue(v);
        } else if (space.floatSlots.check(v) && ch != 'o' && ch != 'x' && ch != 'X') {
            value = NumberMethods.floatToBig(space, space.floatSlots.value(v));
        } else if (space.floatSlots.check(v) || space.intSlots.check(v)) {
            throw space.typeError("%" + (char) ch + " format: an integer is required, not " + space.typeName(space.typeOf(v)));
        } else if (ch == 'o' || ch == 'x' || ch == 'X') {
            throw space.typeError("%" + (char) ch + " format: an integer is required, not " + space.typeName(space.typeOf(v)));
        } else {
            throw space.typeError("%" + (char) ch + " format: a real number is required, not "
                    + space.typeName(space.typeOf(v)));
        }
        int base = ch == 'o' ? 8 : ch == 'x' || ch == 'X' ? 16 : 10;
        String digits;
        if (base == 10) {
            int h = space.newInt(value);
            try {
                digits = space.intSlots.toDecimal(h);
            } finally {
                space.heap.decref(h);
            }
        } else {
            digits = value.toString(base);
        }
        boolean negative = digits.startsWith("-");
        if (negative) digits = digits.substring(1);
        StringBuilder b = new StringBuilder();
        if (negative) b.append('-');
        if ((flags & F_ALT) != 0 && base != 10) b.append(base == 8 ? "0o" : "0x");
        for (int i = digits.length(); i < prec; i++) b.append('0');
        b.append(digits);
        return ch == 'X' ? b.toString().toUpperCase() : b.toString();
    }

    // CPython 3.11: Objects/unicodeobject.c formatchar()
    private int formatChar(int v) {
        if (space.strSlots.check(v)) {
            if (space.strSlots.length(v) == 1) return space.strSlots.codePointAt(v, 0);
        } else if (space.intSlots.check(v)) {
            BigInteger x = space.intSlots.bigValue(v);
            if (x.signum() < 0 || x.compareTo(BigInteger.valueOf(0x10ffff)) > 0) {
                throw space.error(space.exceptions.overflowError, "%c arg not in range(0x110000)");
            }
            return x.intValue();
        }
        throw space.typeError("%c requires int or char");
    }

    // CPython 3.11: Objects/unicodeobject.c unicode_format_arg_output()
    private void output(String str) {
        int[] s = str.codePoints().toArray();
        int fill = sign && (flags & F_ZERO) != 0 ? '0' : ' ';
        int len = s.length;
        if ((width == -1 || width <= len) && (prec == -1 || prec >= len) && (flags & (F_SIGN | F_BLANK)) == 0) {
            out.append(str);
            return;
        }
        if ((ch == 's' || ch == 'b' || ch == 'r' || ch == 'a') && prec >= 0 && len > prec) len = prec;
        int pindex = 0;
        int signchar = 0;
        if (sign) {
            int c = s[0];
            if (c == '-' || c == '+') {
                signchar = c;
                len--;
                pindex++;
            } else if ((flags & F_SIGN) != 0) {
                signchar = '+';
            } else if ((flags & F_BLANK) != 0) {
                signchar = ' ';
            } else {
                sign = false;
            }
        }
        if (width < len) width = len;
        if (width > Integer.MAX_VALUE / 4) throw space.error(space.exceptions.memoryError, "");
        if (signchar != 0) {
            if (fill != ' ') out.appendCodePoint(signchar);
            if (width > len) width--;
        }
        boolean prefix = (flags & F_ALT) != 0 && (ch == 'x' || ch == 'X' || ch == 'o');
        if (prefix) {
            if (fill != ' ') out.appendCodePoint(s[pindex]).appendCodePoint(s[pindex + 1]);
            width -= 2;
            if (width < 0) width = 0;
            len -= 2;
        }
        if (width > len && (flags & F_LJUST) == 0) {
            for (long i = len; i < width; i++) out.appendCodePoint(fill);
            width = len;
        }
        if (fill == ' ') {
            if (signchar != 0) out.appendCodePoint(signchar);
            if (prefix) out.appendCodePoint(s[pindex]).appendCodePoint(s[pindex + 1]);
        }
        if (prefix) pindex += 2;
        for (int i = 0; i < len; i++) out.appendCodePoint(s[pindex + i]);
        for (long i = len; i < width; i++) out.append(' ');
    }

    /** {@code ascii()} of a repr: non-ASCII escaped as \\x, \\u, \\U. CPython: PyObject_ASCII. */
    public static String ascii(String repr) {
        StringBuilder b = new StringBuilder(repr.length());
        repr.codePoints().forEach(c -> {
            if (c < 0x80) b.append((char) c);
            else if (c <= 0xff) b.append(String.format("\\x%02x", c));
            else if (c <= 0xffff) b.append(String.format("\\u%04x", c));
            else b.append(String.format("\\U%08x", c));
        });
        return b.toString();
    }
}
