package dev.pyvm.vm;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a module's source is, on the file system: the search of CPython 3.11's PathFinder and
 * FileFinder (Lib/importlib/_bootstrap_external.py) for source files only. Each entry of the
 * search path (sys.path, or a package's {@code __path__}) is a directory; {@code ''} is the
 * current directory, and relative entries are taken from it, as FileFinder does. In an entry, a
 * directory {@code NAME} with an {@code __init__.py} is a package and comes before a module
 * {@code NAME.py}; a directory without one is a portion of a namespace package, made when no
 * entry holds the module itself.
 */
final class PathFinder {
    /**
     * A module found: its source file (null for a namespace package), and for a package the
     * directories of its {@code __path__} (else null).
     */
    record Found(Path file, List<Path> locations) {
        boolean isPackage() {
            return locations != null;
        }
    }

    private PathFinder() {}

    /** The first entry of {@code entries} that holds module {@code child} (the name's last part), or null. */
    static Found find(String child, List<String> entries) {
        List<Path> portions = new ArrayList<>();
        for (String entry : entries) {
            Path dir;
            try {
                dir = Path.of(entry).toAbsolutePath().normalize();
            } catch (InvalidPathException e) {
                continue; // CPython's FileFinder finds nothing in an entry that names no directory
            }
            if (!Files.isDirectory(dir)) continue;
            Path pkg = dir.resolve(child);
            boolean isDir = Files.isDirectory(pkg);
            Path init = pkg.resolve("__init__.py");
            if (isDir && Files.isRegularFile(init)) return new Found(init, List.of(pkg));
            Path file = dir.resolve(child + ".py");
            if (Files.isRegularFile(file)) return new Found(file, null);
            if (isDir) portions.add(pkg);
        }
        return portions.isEmpty() ? null : new Found(null, portions);
    }
}
