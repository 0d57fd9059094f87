package dev.pyvm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Source files that are not valid UTF-8 (and have no other coding declaration) are a SyntaxError,
 * printed as CPython 3.11 prints it for the main file, exit status 1; a PEP 263 declaration of
 * another encoding is honoured. The files are written here, so that the corpus holds no invalid
 * UTF-8. Expected texts are what python3 3.11 printed for the same bytes.
 */
class SourceEncodingTest {

    @TempDir
    Path dir;

    private String[] run(byte[] source, String... options) throws Exception {
        Path p = dir.resolve("enc.py");
        Files.write(p, source);
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        String[] args = new String[options.length + 1];
        System.arraycopy(options, 0, args, 0, options.length);
        args[options.length] = p.toString();
        int rc = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new String[] {out.toString(StandardCharsets.UTF_8),
                err.toString(StandardCharsets.UTF_8).replace(p.toString(), "FILE"), "" + rc};
    }

    private static byte[] bytes(int... b) {
        byte[] r = new byte[b.length];
        for (int i = 0; i < b.length; i++) r[i] = (byte) b[i];
        return r;
    }

    private static byte[] concat(String a, byte[] b, String c) {
        byte[] x = a.getBytes(StandardCharsets.ISO_8859_1), z = c.getBytes(StandardCharsets.ISO_8859_1);
        byte[] r = new byte[x.length + b.length + z.length];
        System.arraycopy(x, 0, r, 0, x.length);
        System.arraycopy(b, 0, r, x.length, b.length);
        System.arraycopy(z, 0, r, x.length + b.length, z.length);
        return r;
    }

    private static String nonUtf8(String hex, int line) {
        return "SyntaxError: Non-UTF-8 code starting with '\\x" + hex + "' in file FILE on line " + line
                + ", but no encoding declared; see https://peps.python.org/pep-0263/ for details\n";
    }

    @Test
    void invalidStartByteInString() throws Exception {
        String[] r = run(concat("x = \"", bytes(0xff, 0xfe), "\"\n"), "-X", "showrefcount");
        assertEquals("", r[0]);
        assertEquals(nonUtf8("ff", 1) + "[0 refs, 0 blocks]\n", r[1]);
        assertEquals("1", r[2]);
    }

    @Test
    void latin1ByteOnALaterLine() throws Exception {
        String[] r = run(concat("# comment\nx = 1\ny = \"caf", bytes(0xe9), "\"\n"));
        assertEquals(nonUtf8("e9", 3), r[1]);
        assertEquals("1", r[2]);
    }

    @Test
    void encodedSurrogateIsNotUtf8() throws Exception {
        String[] r = run(concat("print(1)\n", bytes(0xed, 0xa0, 0x80), "\n"));
        assertEquals("", r[0]);
        assertEquals(nonUtf8("ed", 2), r[1]);
        assertEquals("1", r[2]);
    }

    @Test
    void declaredLatin1IsDecoded() throws Exception {
        String[] r = run(concat("# -*- coding: latin-1 -*-\nprint(\"caf", bytes(0xe9), "\")\n"));
        assertEquals("caf\u00e9\n", r[0]);
        assertEquals("", r[1]);
        assertEquals("0", r[2]);
    }

    @Test
    void encodingProblems() throws Exception {
        assertEquals("SyntaxError: encoding problem: foobar\n", run("# coding: foobar\nx = 1\n".getBytes(StandardCharsets.UTF_8))[1]);
        assertEquals("SyntaxError: encoding problem: ascii\n", run(concat("# coding: ascii\nx = \"", bytes(0xe9), "\"\n"))[1]);
        String[] r = run(concat("", bytes(0xef, 0xbb, 0xbf), "# coding: latin-1\nx = 1\n"));
        assertEquals("SyntaxError: encoding problem: iso-8859-1 with BOM\n", r[1]);
        assertEquals("1", r[2]);
    }

    @Test
    void byteOrderMarkIsSkipped() throws Exception {
        String[] r = run(concat("", bytes(0xef, 0xbb, 0xbf), "print('bom')\n"));
        assertEquals("bom\n", r[0]);
        assertEquals("0", r[2]);
    }

    @Test
    void importedModuleIsASyntaxError() throws Exception {
        Files.write(dir.resolve("mod_bad.py"), concat("y = \"caf", bytes(0xe9), "\"\n"));
        String[] r = run(("try:\n    import mod_bad\nexcept SyntaxError as e:\n    print('SyntaxError', e.lineno)\n")
                .getBytes(StandardCharsets.UTF_8), "-X", "showrefcount");
        assertEquals("SyntaxError None\n", r[0]);
        assertEquals("[0 refs, 0 blocks]\n", r[1]);
    }

    @Test
    void standardInput() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int rc = RunCommand.run(CommandLine.parse(new String[] {"-"}), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                new ByteArrayInputStream(concat("x = \"", bytes(0xff), "\"\n"))).status();
        assertEquals(nonUtf8("ff", 1).replace("FILE", "<stdin>"), err.toString(StandardCharsets.UTF_8));
        assertEquals(1, rc);
    }
}
