package dev.pyvm.modules;

import dev.pyvm.modules.io.OsErrors;
import dev.pyvm.objects.ObjectSpace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code os.path} (CPython's {@code posixpath}, Lib/posixpath.py and Lib/genericpath.py, written
 * here in Java): the pure string operations on str paths, and the queries of the file system
 * that everyday scripts use. Bytes paths are refused by name.
 */
final class PosixPathModule {
    private PosixPathModule() {}

    static int create(ObjectSpace space) {
        ModuleBuilder m = new ModuleBuilder(space, "posixpath");
        m.function("join", (self, args, start, nargs, kwnames) -> {
            Args.noKeywords(space, "join", kwnames);
            if (nargs == 0) throw space.typeError("join() missing 1 required positional argument: 'a'");
            String path = fspath(space, args[start]);
            for (int i = 1; i < nargs; i++) {
                int b = args[start + i];
                if (!space.strSlots.check(b)) {
                    throw space.typeError("join() argument must be str, bytes, or os.PathLike object, not '"
                            + space.typeName(space.typeOf(b)) + "'");
                }
                String s = space.strSlots.toJava(b);
                if (s.startsWith("/")) {
                    path = s;
                } else if (path.isEmpty() || path.endsWith("/")) {
                    path += s;
                } else {
                    path += "/" + s;
                }
            }
            return space.newStr(path);
        });
        m.function("split", (self, args, start, nargs, kwnames) -> {
            String[] s = split(fspath(space, Args.one(space, "split", args, start, nargs, kwnames)));
            return space.newTuple(space.newStr(s[0]), space.newStr(s[1]));
        });
        m.function("basename", (self, args, start, nargs, kwnames) ->
                space.newStr(split(fspath(space, Args.one(space, "basename", args, start, nargs, kwnames)))[1]));
        m.function("dirname", (self, args, start, nargs, kwnames) ->
                space.newStr(split(fspath(space, Args.one(space, "dirname", args, start, nargs, kwnames)))[0]));
        m.function("splitext", (self, args, start, nargs, kwnames) -> {
            String p = fspath(space, Args.one(space, "splitext", args, start, nargs, kwnames));
            int cut = splitext(p);
            return space.newTuple(space.newStr(p.substring(0, cut)), space.newStr(p.substring(cut)));
        });
        m.function("isabs", (self, args, start, nargs, kwnames) ->
                space.newBool(fspath(space, Args.one(space, "isabs", args, start, nargs, kwnames)).startsWith("/")));
        m.function("normpath", (self, args, start, nargs, kwnames) ->
                space.newStr(normpath(fspath(space, Args.one(space, "normpath", args, start, nargs, kwnames)))));
        m.function("abspath", (self, args, start, nargs, kwnames) -> {
            String p = fspath(space, Args.one(space, "abspath", args, start, nargs, kwnames));
            return space.newStr(normpath(p.startsWith("/") ? p : cwd() + "/" + p));
        });
        m.function("exists", (self, args, start, nargs, kwnames) -> {
            Path p = statPath(space, Args.one(space, "exists", args, start, nargs, kwnames));
            return space.newBool(p != null && Files.exists(p));
        });
        m.function("isfile", (self, args, start, nargs, kwnames) -> {
            Path p = statPath(space, Args.one(space, "isfile", args, start, nargs, kwnames));
            return space.newBool(p != null && Files.isRegularFile(p));
        });
        m.function("isdir", (self, args, start, nargs, kwnames) -> {
            Path p = statPath(space, Args.one(space, "isdir", args, start, nargs, kwnames));
            return space.newBool(p != null && Files.isDirectory(p));
        });
        m.function("getsize", (self, args, start, nargs, kwnames) -> {
            int name = Args.one(space, "getsize", args, start, nargs, kwnames);
            Path p = statPath(space, name);
            if (p == null) throw OsErrors.of(space, OsErrors.ENOENT, name);
            try {
                return space.newInt(Files.size(p));
            } catch (IOException e) {
                throw OsErrors.of(space, e, name);
            }
        });
        m.value("sep", space.newStr("/"));
        m.value("curdir", space.newStr("."));
        m.value("pardir", space.newStr(".."));
        m.value("extsep", space.newStr("."));
        return m.module();
    }

    static String cwd() {
        return System.getProperty("user.dir");
    }

    /** A str path argument; CPython's os.fspath TypeError for anything else, pyvm's refusal of bytes. */
    static String fspath(ObjectSpace space, int h) {
        if (space.strSlots.check(h)) return space.strSlots.toJava(h);
        if (space.bytesSlots.check(h)) throw space.typeError("pyvm does not support bytes paths in os.path");
        throw space.typeError("expected str, bytes or os.PathLike object, not " + space.typeName(space.typeOf(h)));
    }

    /** The path os.stat would look at, or null when no file can have that name (genericpath's False). */
    private static Path statPath(ObjectSpace space, int h) {
        String s;
        if (space.strSlots.check(h)) {
            s = space.strSlots.toJava(h);
        } else if (space.bytesSlots.check(h)) {
            s = new String(space.bytesSlots.toJava(h), java.nio.charset.StandardCharsets.UTF_8);
        } else {
            throw space.typeError("stat: path should be string, bytes, os.PathLike or integer, not "
                    + space.typeName(space.typeOf(h)));
        }
        if (s.isEmpty()) return null;
        try {
            return Path.of(s);
        } catch (InvalidPathException e) {
            return null;
        }
    }

    // CPython 3.11: Lib/posixpath.py split()
    static String[] split(String p) {
        int i = p.lastIndexOf('/') + 1;
        String head = p.substring(0, i), tail = p.substring(i);
        if (!head.isEmpty() && !head.equals("/".repeat(head.length()))) head = head.replaceAll("/+$", "");
        return new String[] {head, tail};
    }

    // CPython 3.11: Lib/genericpath.py _splitext(): where the extension starts (p's length for none)
    static int splitext(String p) {
        int sep = p.lastIndexOf('/');
        int dot = p.lastIndexOf('.');
        if (dot > sep) {
            for (int i = sep + 1; i < dot; i++) {
                if (p.charAt(i) != '.') return dot;
            }
        }
        return p.length();
    }

    // CPython 3.11: Lib/posixpath.py normpath()
    static String normpath(String path) {
        if (path.isEmpty()) return ".";
        int initial = path.startsWith("/") ? 1 : 0;
        if (initial == 1 && path.startsWith("//") && !path.startsWith("///")) initial = 2;
        List<String> comps = new ArrayList<>();
        for (String comp : path.split("/")) {
            if (comp.isEmpty() || comp.equals(".")) continue;
            if (!comp.equals("..") || initial == 0 && comps.isEmpty() || !comps.isEmpty() && comps.get(comps.size() - 1).equals("..")) {
                comps.add(comp);
            } else if (!comps.isEmpty()) {
                comps.remove(comps.size() - 1);
            }
        }
        String s = "/".repeat(initial) + String.join("/", comps);
        return s.isEmpty() ? "." : s;
    }
}
