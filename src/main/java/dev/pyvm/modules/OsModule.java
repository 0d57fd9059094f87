package dev.pyvm.modules;

import dev.pyvm.memory.Heap;
import dev.pyvm.modules.io.OsErrors;
import dev.pyvm.objects.ArgParser;
import dev.pyvm.objects.ObjectSpace;
import dev.pyvm.objects.PyException;
import dev.pyvm.vm.Interpreter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * {@code os}, the part everyday scripts use most (CPython 3.11: Modules/posixmodule.c and
 * Lib/os.py): files and directories by name, the working directory, the environment as a plain
 * dict copied at import, the separators, and {@code os.path} ({@link PosixPathModule}, also in
 * {@code sys.modules} as {@code os.path}). Failures raise CPython's OSError subclasses with errno,
 * strerror and the file names.
 */
final class OsModule {
    private OsModule() {}

    static int create(Interpreter interp) {
        ObjectSpace space = interp.space;
        Heap heap = space.heap;
        ModuleBuilder m = new ModuleBuilder(space, "os");
        m.function("getcwd", (self, args, start, nargs, kwnames) -> {
            Args.none(space, "getcwd", nargs, kwnames);
            return space.newStr(PosixPathModule.cwd());
        });
        m.function("listdir", (self, args, start, nargs, kwnames) -> {
            int[] a = ArgParser.clinic(space, "listdir", new String[] {"path"}, 0, 0, 1, args, start, nargs, kwnames);
            int name = a[0] == 0 || a[0] == space.none ? 0 : a[0];
            Path p = name == 0 ? Path.of(".") : path(space, "listdir", name);
            if (Files.exists(p) && !Files.isDirectory(p)) throw OsErrors.of(space, OsErrors.ENOTDIR, name);
            int list = space.listSlots.newList(0);
            try (Stream<Path> entries = Files.list(p)) {
                for (Path e : (Iterable<Path>) entries::iterator) space.listSlots.appendSteal(list, space.newStr(e.getFileName().toString()));
            } catch (IOException e) {
                heap.decref(list);
                throw OsErrors.of(space, e, name);
            }
            return list;
        });
        m.function("mkdir", (self, args, start, nargs, kwnames) -> {
            int[] a = ArgParser.clinic(space, "mkdir", new String[] {"path", "mode"}, 1, 0, 2, args, start, nargs, kwnames);
            try {
                Files.createDirectory(path(space, "mkdir", a[0]));
            } catch (IOException e) {
                throw OsErrors.of(space, e, a[0]);
            }
            return space.newNone();
        });
        m.function("makedirs", (self, args, start, nargs, kwnames) -> {
            int[] a = ArgParser.clinic(space, "makedirs", new String[] {"name", "mode", "exist_ok"}, 1, 0, 3, args, start,
                    nargs, kwnames);
            Path p = path(space, "makedirs", a[0]);
            boolean existOk = a[2] != 0 && space.isTrue(a[2]);
            if (Files.exists(p) && (!existOk || !Files.isDirectory(p))) throw OsErrors.of(space, OsErrors.EEXIST, a[0]);
            try {
                Files.createDirectories(p);
            } catch (IOException e) {
                throw OsErrors.of(space, e, a[0]);
            }
            return space.newNone();
        });
        m.function("rmdir", (self, args, start, nargs, kwnames) -> {
            int[] a = ArgParser.clinic(space, "rmdir", new String[] {"path"}, 1, 0, 1, args, start, nargs, kwnames);
            Path p = path(space, "rmdir", a[0]);
            if (Files.exists(p) && !Files.isDirectory(p)) throw OsErrors.of(space, OsErrors.ENOTDIR, a[0]);
            try {
                Files.delete(p);
            } catch (IOException e) {
                throw OsErrors.of(space, e, a[0]);
            }
            return space.newNone();
        });
        for (String name : new String[] {"remove", "unlink"}) {
            m.function(name, (self, args, start, nargs, kwnames) -> {
                int[] a = ArgParser.clinic(space, name, new String[] {"path"}, 1, 0, 1, args, start, nargs, kwnames);
                Path p = path(space, name, a[0]);
                if (Files.isDirectory(p)) throw OsErrors.of(space, OsErrors.EISDIR, a[0]);
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw OsErrors.of(space, e, a[0]);
                }
                return space.newNone();
            });
        }
        for (String name : new String[] {"rename", "replace"}) {
            m.function(name, (self, args, start, nargs, kwnames) -> {
                int[] a = ArgParser.clinic(space, name, new String[] {"src", "dst"}, 2, 0, 2, args, start, nargs, kwnames);
                Path from = path(space, name, a[0]), to = path(space, name, a[1]);
                try {
                    Files.move(from, to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                } catch (IOException e) {
                    PyException error = OsErrors.of(space, e, a[0]);
                    space.setAttr(error.exception(), space.intern("filename2"), a[1]);
                    throw error;
                }
                return space.newNone();
            });
        }
        m.function("getenv", (self, args, start, nargs, kwnames) -> {
            int[] a = ArgParser.clinic(space, "getenv", new String[] {"key", "default"}, 1, 0, 2, args, start, nargs, kwnames);
            if (!space.strSlots.check(a[0])) {
                throw space.typeError("str expected, not " + space.typeName(space.typeOf(a[0])));
            }
            String v = System.getenv(space.strSlots.toJava(a[0]));
            if (v != null) return space.newStr(v);
            int d = a[1] == 0 ? space.none : a[1];
            heap.incref(d);
            return d;
        });
        m.function("fspath", (self, args, start, nargs, kwnames) -> {
            int[] a = ArgParser.clinic(space, "fspath", new String[] {"path"}, 1, 0, 1, args, start, nargs, kwnames);
            if (!space.strSlots.check(a[0]) && !space.bytesSlots.check(a[0])) {
                throw space.typeError("expected str, bytes or os.PathLike object, not " + space.typeName(space.typeOf(a[0])));
            }
            heap.incref(a[0]);
            return a[0];
        });
        m.function("getpid", (self, args, start, nargs, kwnames) -> {
            Args.none(space, "getpid", nargs, kwnames);
            return space.newInt(ProcessHandle.current().pid());
        });
        m.value("name", space.newStr("posix"));
        m.value("sep", space.newStr("/"));
        m.value("altsep", space.newNone());
        m.value("linesep", space.newStr("\n"));
        m.value("pathsep", space.newStr(":"));
        m.value("curdir", space.newStr("."));
        m.value("pardir", space.newStr(".."));
        m.value("extsep", space.newStr("."));
        m.value("devnull", space.newStr("/dev/null"));
        int environ = space.dictSlots.newDict();
        for (Map.Entry<String, String> e : new TreeMap<>(System.getenv()).entrySet()) {
            int k = space.newStr(e.getKey()), v = space.newStr(e.getValue());
            space.dictSlots.put(environ, k, v);
            heap.decref(k);
            heap.decref(v);
        }
        m.value("environ", environ);
        int path = interp.modules().importName(interp, space.intern("posixpath"), 0, 0, 0);
        space.dictSlots.put(interp.modules().sysModules(), space.intern("os.path"), path);
        m.value("path", path);
        return m.module();
    }

    /** A path argument of function {@code fn}: a str or bytes, CPython's TypeError otherwise. */
    private static Path path(ObjectSpace space, String fn, int h) {
        String s;
        if (space.strSlots.check(h)) {
            s = space.strSlots.toJava(h);
        } else if (space.bytesSlots.check(h)) {
            s = new String(space.bytesSlots.toJava(h), java.nio.charset.StandardCharsets.UTF_8);
        } else {
            throw space.typeError(fn + ": path should be string, bytes or os.PathLike, not " + space.typeName(space.typeOf(h)));
        }
        if (s.isEmpty()) throw OsErrors.of(space, OsErrors.ENOENT, h);
        try {
            return Path.of(s);
        } catch (InvalidPathException e) {
            throw space.valueError(fn + ": embedded null character in path");
        }
    }
}
