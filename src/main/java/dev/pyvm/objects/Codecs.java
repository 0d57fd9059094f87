package dev.pyvm.objects;

import java.io.ByteArrayOutputStream;

/**
 * The text encodings of {@code str.encode} and {@code bytes.decode}: utf-8, ascii, latin-1,
 * utf-16 and utf-32 (with their -le and -be forms), under CPython's names and aliases, with the
 * error handlers strict, ignore, replace, backslashreplace, surrogateescape, surrogatepass,
 * xmlcharrefreplace and namereplace. CPython 3.11: Objects/unicodeobject.c (the built-in codecs),
 * Python/codecs.c (the error handlers), Lib/encodings/aliases.py.
 */
public final class Codecs {
    private Codecs() {}

    /** CPython: the C codecs' names, as their errors give them. */
    private static final String UTF8 = "utf-8", ASCII = "ascii", LATIN1 = "latin-1";

    // CPython 3.11: Lib/encodings/__init__.py normalize_encoding() and Lib/encodings/aliases.py
    /** The codec an encoding name stands for, or null when pyvm has none. */
    public static String lookup(String encoding) {
        String n = encoding.toLowerCase(java.util.Locale.ROOT).trim().replace('-', '_').replace(' ', '_');
        return switch (n) {
            case "utf_8", "utf8", "u8", "utf", "utf8_ucs2", "utf8_ucs4", "cp65001" -> UTF8;
            case "ascii", "us_ascii", "646", "ansi_x3.4_1968", "ansi_x3_4_1968", "ansi_x3.4_1986", "cp367", "csascii",
                    "ibm367", "iso646_us", "iso_646.irv_1991", "iso_ir_6", "us" -> ASCII;
            case "latin_1", "latin1", "latin", "l1", "iso_8859_1", "iso8859_1", "8859", "cp819", "csisolatin1", "ibm819",
                    "iso_8859_1_1987", "iso_ir_100" -> LATIN1;
            case "utf_16", "utf16", "u16" -> "utf-16";
            case "utf_16_le", "utf_16le", "unicodelittleunmarked" -> "utf-16-le";
            case "utf_16_be", "utf_16be", "unicodebigunmarked" -> "utf-16-be";
            case "utf_32", "utf32", "u32" -> "utf-32";
            case "utf_32_le", "utf_32le" -> "utf-32-le";
            case "utf_32_be", "utf_32be" -> "utf-32-be";
            default -> null;
        };
    }

    // CPython 3.11: Python/fileutils.c _Py_normalize_encoding() and the shortcuts of
    // Objects/unicodeobject.c PyUnicode_Decode() / PyUnicode_AsEncodedString()
    /**
     * Whether CPython calls its C codec directly for this name; other names go through the codec
     * registry, which words an error handler's TypeError or LookupError as "decoding with 'X'
     * codec failed (…)".
     */
    private static boolean shortcut(String encoding) {
        StringBuilder b = new StringBuilder();
        boolean punct = false;
        for (char c : encoding.toCharArray()) {
            if (c < 0x80 && (Character.isLetterOrDigit(c) || c == '.')) {
                if (punct && b.length() > 0) b.append('_');
                punct = false;
                b.append(Character.toLowerCase(c));
            } else {
                punct = true;
            }
        }
        return switch (b.toString()) {
            case "utf_8", "utf8", "utf_16", "utf16", "utf_32", "utf32", "ascii", "us_ascii", "latin1", "latin_1",
                    "iso_8859_1", "iso8859_1" -> true;
            default -> false;
        };
    }

    /** An error handler's failure, worded by the codec registry when CPython would not take a shortcut. */
    private static PyException wrapped(ObjectSpace space, PyException e, String encoding, String what) {
        int exc = e.exception();
        int type = space.typeOf(exc);
        if (shortcut(encoding) || (type != space.exceptions.typeError && type != space.exceptions.byName().get("LookupError"))) {
            return e;
        }
        String message = what + " with '" + encoding + "' codec failed (" + space.typeName(type) + ": " + space.str(exc) + ")";
        space.heap.decref(exc);
        return space.error(type, message);
    }

    private static String codec(ObjectSpace space, String encoding) {
        String c = lookup(encoding);
        if (c == null) throw space.error(space.exceptions.byName().get("LookupError"), "unknown encoding: " + encoding);
        return c;
    }

    private static PyException unknownHandler(ObjectSpace space, String errors) {
        return space.error(space.exceptions.byName().get("LookupError"), "unknown error handler name '" + errors + "'");
    }

    // ---- encoding ----

    /** {@code s.encode(encoding, errors)} for str s: a new bytes. */
    public static int encode(ObjectSpace space, int str, String encoding, String errors) {
        String codec = codec(space, encoding);
        try {
            return encodeWith(space, str, codec, errors);
        } catch (PyException e) {
            throw wrapped(space, e, encoding, "encoding");
        }
    }

    /** encode with the codec (a name {@link #lookup} gives). */
    private static int encodeWith(ObjectSpace space, int str, String codec, String errors) {
        int n = (int) space.strSlots.length(str);
        int[] s = new int[n];
        for (int i = 0; i < n; i++) s[i] = space.strSlots.codePointAt(str, i);
        ByteArrayOutputStream out = new ByteArrayOutputStream(n);
        int width = codec.startsWith("utf-16") ? 2 : codec.startsWith("utf-32") ? 4 : 1;
        boolean big = codec.endsWith("-be");
        if (codec.equals("utf-16") || codec.equals("utf-32")) unit(out, 0xfeff, width, false);
        for (int i = 0; i < n; ) {
            int c = s[i];
            if (encodable(codec, c)) {
                encodeOne(out, codec, c, width, big);
                i++;
                continue;
            }
            int end = i + 1;
            // the 8-bit codecs report a run of characters they cannot encode, utf-16 and utf-32 one
            while (width == 1 && end < n && !encodable(codec, s[end])) end++;
            String reason = codec.equals(ASCII) ? "ordinal not in range(128)"
                    : codec.equals(LATIN1) ? "ordinal not in range(256)" : "surrogates not allowed";
            encodeError(space, out, codec, errors, s, i, end, reason, str, width, big);
            i = end;
        }
        return space.bytesSlots.fromJava(out.toByteArray());
    }

    private static boolean encodable(String codec, int c) {
        return switch (codec) {
            case ASCII -> c < 0x80;
            case LATIN1 -> c < 0x100;
            default -> c < 0xd800 || c > 0xdfff;
        };
    }

    private static void encodeOne(ByteArrayOutputStream out, String codec, int c, int width, boolean big) {
        switch (width) {
            case 1 -> {
                if (!codec.equals(UTF8) || c < 0x80) {
                    out.write(c);
                } else if (c < 0x800) {
                    out.write(0xc0 | c >> 6);
                    out.write(0x80 | c & 0x3f);
                } else if (c < 0x10000) {
                    out.write(0xe0 | c >> 12);
                    out.write(0x80 | c >> 6 & 0x3f);
                    out.write(0x80 | c & 0x3f);
                } else {
                    out.write(0xf0 | c >> 18);
                    out.write(0x80 | c >> 12 & 0x3f);
                    out.write(0x80 | c >> 6 & 0x3f);
                    out.write(0x80 | c & 0x3f);
                }
            }
            case 2 -> {
                if (c >= 0x10000) {
                    unit(out, 0xd800 | (c - 0x10000) >> 10, 2, big);
                    unit(out, 0xdc00 | (c - 0x10000) & 0x3ff, 2, big);
                } else {
                    unit(out, c, 2, big);
                }
            }
            default -> unit(out, c, 4, big);
        }
    }

    /** One code unit of {@code width} bytes, little-endian unless big (pyvm's native order is CPython's on x86: little). */
    private static void unit(ByteArrayOutputStream out, int u, int width, boolean big) {
        for (int k = 0; k < width; k++) out.write(u >>> (8 * (big ? width - 1 - k : k)) & 0xff);
    }

    // CPython 3.11: Python/codecs.c PyCodec_*Errors() for an encoder's failure on s[start:end]
    private static void encodeError(ObjectSpace space, ByteArrayOutputStream out, String codec, String errors, int[] s,
            int start, int end, String reason, int str, int width, boolean big) {
        switch (errors) {
            case "strict" -> throw encodeException(space, codec, str, start, end, reason);
            case "ignore" -> { }
            case "replace" -> {
                for (int i = start; i < end; i++) encodeOne(out, codec, '?', width, big);
            }
            case "backslashreplace", "xmlcharrefreplace", "namereplace" -> {
                for (int i = start; i < end; i++) {
                    String r = errors.equals("xmlcharrefreplace") ? "&#" + s[i] + ";" : escape(s[i], errors);
                    for (int k = 0; k < r.length(); k++) encodeOne(out, codec, r.charAt(k), width, big);
                }
            }
            case "surrogateescape" -> {
                // the escapes at the start become their bytes; the error is the rest's (a byte is no
                // whole code unit of utf-16 or utf-32)
                int i = start;
                for (; width == 1 && i < end && s[i] >= 0xdc80 && s[i] <= 0xdcff; i++) out.write(s[i] - 0xdc00);
                if (i < end) throw encodeException(space, codec, str, i, end, reason);
            }
            case "surrogatepass" -> {
                if (codec.equals(ASCII) || codec.equals(LATIN1)) throw encodeException(space, codec, str, start, end, reason);
                for (int i = start; i < end; i++) {
                    if (width == 1) {
                        out.write(0xe0 | s[i] >> 12);
                        out.write(0x80 | s[i] >> 6 & 0x3f);
                        out.write(0x80 | s[i] & 0x3f);
                    } else {
                        unit(out, s[i], width, big);
                    }
                }
            }
            default -> throw unknownHandler(space, errors);
        }
    }

    /** backslashreplace's (or namereplace's) form of code point c. */
    private static String escape(int c, String errors) {
        if (errors.equals("namereplace")) {
            String name = unicodeName(c);
            if (name != null) return "\\N{" + name + "}";
        }
        if (c <= 0xff) return String.format("\\x%02x", c);
        if (c <= 0xffff) return String.format("\\u%04x", c);
        return String.format("\\U%08x", c);
    }

    /**
     * The Unicode name of c (CPython: unicodedata's), or null: Java names controls by their aliases
     * and unnamed code points by their block, which Unicode does not.
     */
    private static String unicodeName(int c) {
        String name = Character.getName(c);
        int type = Character.getType(c);
        if (name == null || type == Character.CONTROL || type == Character.SURROGATE || type == Character.PRIVATE_USE) {
            return null;
        }
        String hex = Integer.toHexString(c).toUpperCase(java.util.Locale.ROOT);
        Character.UnicodeBlock block = Character.UnicodeBlock.of(c);
        if (block != null && name.equals(block.toString().replace('_', ' ') + " " + hex)) {
            return Character.isIdeographic(c) ? "CJK UNIFIED IDEOGRAPH-" + hex : null;
        }
        return name;
    }

    private static PyException encodeException(ObjectSpace space, String codec, int str, int start, int end,
            String reason) {
        return space.exceptions.raiseUnicodeError(space.exceptions.byName().get("UnicodeEncodeError"), codec, str, start,
                end, reason);
    }

    // ---- decoding ----

    /** A decoder's view of its input: where an error ends and why, or an accepted code point. */
    private record Step(int codePoint, int length, String reason) {}

    /** {@code b.decode(encoding, errors)} for the bytes b: a new str. */
    public static int decode(ObjectSpace space, byte[] b, String encoding, String errors) {
        String codec = codec(space, encoding);
        try {
            return decodeWith(space, b, codec, errors);
        } catch (PyException e) {
            throw wrapped(space, e, encoding, "decoding");
        }
    }

    /** decode with the codec (a name {@link #lookup} gives). */
    private static int decodeWith(ObjectSpace space, byte[] b, String codec, String errors) {
        int n = b.length;
        StringBuilder out = new StringBuilder(n);
        int width = codec.startsWith("utf-16") ? 2 : codec.startsWith("utf-32") ? 4 : 1;
        boolean big = codec.endsWith("-be");
        int i = 0;
        if ((codec.equals("utf-16") || codec.equals("utf-32")) && n >= width) {
            // utf-16 / utf-32: a byte order mark decides the order and is dropped; little-endian without one
            long bom = unitAt(b, 0, width, false);
            if (bom == 0xfeff) {
                i = width;
            } else if (bom == (width == 2 ? 0xfffe : 0xfffe0000L)) {
                big = true;
                i = width;
            }
        }
        String name = width == 1 ? codec : codec.substring(0, 6) + (big ? "-be" : "-le");
        while (i < n) {
            Step step = switch (width) {
                case 1 -> codec.equals(UTF8) ? utf8(b, i) : codec.equals(ASCII) && b[i] < 0
                        ? new Step(-1, 1, "ordinal not in range(128)") : new Step(b[i] & 0xff, 1, null);
                case 2 -> utf16(b, i, big);
                default -> utf32(b, i, big);
            };
            if (step.reason == null) {
                out.appendCodePoint(step.codePoint);
            } else {
                int skip = decodeError(space, out, name, errors, b, i, i + step.length, step.reason);
                i += skip;
                continue;
            }
            i += step.length;
        }
        return space.newStr(out.toString());
    }

    private static int cont(byte[] b, int i, int lo, int hi) {
        if (i >= b.length) return -1;
        int x = b[i] & 0xff;
        return x >= lo && x <= hi ? x & 0x3f : -2;
    }

    // CPython 3.11: Objects/stringlib/codecs.h utf8_decode() and its error classification
    private static Step utf8(byte[] b, int i) {
        int c = b[i] & 0xff;
        if (c < 0x80) return new Step(c, 1, null);
        int need, lo = 0x80, hi = 0xbf, value;
        if (c >= 0xc2 && c <= 0xdf) {
            need = 1;
            value = c & 0x1f;
        } else if (c >= 0xe0 && c <= 0xef) {
            need = 2;
            value = c & 0x0f;
            if (c == 0xe0) lo = 0xa0;
            if (c == 0xed) hi = 0x9f;
        } else if (c >= 0xf0 && c <= 0xf4) {
            need = 3;
            value = c & 0x07;
            if (c == 0xf0) lo = 0x90;
            if (c == 0xf4) hi = 0x8f;
        } else {
            return new Step(-1, 1, "invalid start byte");
        }
        for (int k = 1; k <= need; k++) {
            int x = cont(b, i + k, k == 1 ? lo : 0x80, k == 1 ? hi : 0xbf);
            if (x == -1) return new Step(-1, b.length - i, "unexpected end of data");
            if (x == -2) return new Step(-1, k, "invalid continuation byte");
            value = value << 6 | x;
        }
        return new Step(value, need + 1, null);
    }

    private static long unitAt(byte[] b, int i, int width, boolean big) {
        long u = 0;
        for (int k = 0; k < width; k++) u |= (long) (b[i + k] & 0xff) << (8 * (big ? width - 1 - k : k));
        return u;
    }

    // CPython 3.11: Objects/unicodeobject.c PyUnicode_DecodeUTF16Stateful()
    private static Step utf16(byte[] b, int i, boolean big) {
        if (i + 2 > b.length) return new Step(-1, b.length - i, "truncated data");
        int u = (int) unitAt(b, i, 2, big);
        if (u < 0xd800 || u > 0xdfff) return new Step(u, 2, null);
        if (u >= 0xdc00) return new Step(-1, 2, "illegal encoding");
        if (i + 4 > b.length) return new Step(-1, b.length - i, "unexpected end of data");
        int v = (int) unitAt(b, i + 2, 2, big);
        if (v < 0xdc00 || v > 0xdfff) return new Step(-1, 2, "illegal UTF-16 surrogate");
        return new Step(0x10000 + ((u - 0xd800) << 10) + (v - 0xdc00), 4, null);
    }

    // CPython 3.11: Objects/unicodeobject.c PyUnicode_DecodeUTF32Stateful()
    private static Step utf32(byte[] b, int i, boolean big) {
        if (i + 4 > b.length) return new Step(-1, b.length - i, "truncated data");
        long u = unitAt(b, i, 4, big);
        if (u > 0x10ffff) return new Step(-1, 4, "code point not in range(0x110000)");
        if (u >= 0xd800 && u <= 0xdfff) return new Step(-1, 4, "code point in surrogate code point range(0xd800, 0xe000)");
        return new Step((int) u, 4, null);
    }

    /** Handles a decoder's failure on b[start:end]; returns how many bytes it consumed. */
    // CPython 3.11: Python/codecs.c PyCodec_*Errors() for a decoder
    private static int decodeError(ObjectSpace space, StringBuilder out, String codec, String errors, byte[] b, int start,
            int end, String reason) {
        switch (errors) {
            case "strict" -> throw decodeException(space, codec, b, start, end, reason);
            case "ignore" -> { }
            case "replace" -> out.append('\ufffd');
            case "backslashreplace" -> {
                for (int i = start; i < end; i++) out.append(String.format("\\x%02x", b[i] & 0xff));
            }
            case "surrogateescape" -> {
                // up to 4 bytes, the non-ASCII ones at the start; the decoder goes on after them
                int consumed = 0;
                while (consumed < 4 && consumed < end - start && (b[start + consumed] & 0xff) >= 0x80) {
                    out.append((char) (0xdc00 + (b[start + consumed] & 0xff)));
                    consumed++;
                }
                if (consumed == 0) throw decodeException(space, codec, b, start, end, reason);
                return consumed;
            }
            case "surrogatepass" -> {
                int width = codec.startsWith("utf-16") ? 2 : codec.startsWith("utf-32") ? 4 : codec.equals(UTF8) ? 3 : 0;
                int c = -1;
                if (width == 3 && start + 3 <= b.length && (b[start] & 0xff) == 0xed && (b[start + 1] & 0xe0) == 0xa0
                        && (b[start + 2] & 0xc0) == 0x80) {
                    c = 0xd000 | (b[start + 1] & 0x3f) << 6 | b[start + 2] & 0x3f;
                } else if ((width == 2 || width == 4) && start + width <= b.length) {
                    c = (int) unitAt(b, start, width, codec.endsWith("-be"));
                }
                if (c < 0xd800 || c > 0xdfff) throw decodeException(space, codec, b, start, end, reason);
                out.append((char) c);
                return width;
            }
            case "xmlcharrefreplace", "namereplace" ->
                throw space.typeError("don't know how to handle UnicodeDecodeError in error callback");
            default -> throw unknownHandler(space, errors);
        }
        return end - start;
    }

    private static PyException decodeException(ObjectSpace space, String codec, byte[] b, int start, int end,
            String reason) {
        int object = space.bytesSlots.fromJava(b);
        try {
            return space.exceptions.raiseUnicodeError(space.exceptions.byName().get("UnicodeDecodeError"), codec, object,
                    start, end, reason);
        } finally {
            space.heap.decref(object);
        }
    }
}
