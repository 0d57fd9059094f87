package dev.pyvm.modules;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * What {@code sys} shows of the world outside the program.
 *
 * @param argv       {@code sys.argv}: the script name (or {@code -c}, or {@code ''}) and its arguments
 * @param stdout     where {@code sys.stdout.write} goes
 * @param stderr     where {@code sys.stderr.write} and {@code sys._debugmallocstats()} go
 * @param stdin      what {@code sys.stdin.readline()} reads
 * @param executable {@code sys.executable}
 * @param flags      the command line's options ({@code sys.flags}, {@code sys.warnoptions})
 * @param xoptions   the -X options ({@code sys._xoptions}), name to value ("true" when bare)
 */
public record SysConfig(List<String> argv, PrintStream stdout, PrintStream stderr, BufferedReader stdin,
                        String executable, SysFlags flags, Map<String, String> xoptions) {
    public SysConfig {
        argv = List.copyOf(argv);
        xoptions = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(xoptions));
    }

    /** Without command-line options. */
    public SysConfig(List<String> argv, PrintStream stdout, PrintStream stderr, BufferedReader stdin, String executable) {
        this(argv, stdout, stderr, stdin, executable, SysFlags.DEFAULT, Map.of());
    }

    /** The JVM's own streams, {@code argv} as given. */
    public static SysConfig of(List<String> argv) {
        return new SysConfig(argv, System.out, System.err,
                new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)), "pyvm");
    }
}
