package dev.pyvm.modules;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * What {@code sys} shows of the world outside the program.
 *
 * @param argv       {@code sys.argv}: the script name (or {@code -c}, or {@code ''}) and its arguments
 * @param stdout     where {@code sys.stdout.write} goes
 * @param stderr     where {@code sys.stderr.write} and {@code sys._debugmallocstats()} go
 * @param stdin      what {@code sys.stdin.readline()} reads
 * @param executable {@code sys.executable}
 */
public record SysConfig(List<String> argv, PrintStream stdout, PrintStream stderr, BufferedReader stdin,
                        String executable) {
    public SysConfig {
        argv = List.copyOf(argv);
    }

    /** The JVM's own streams, {@code argv} as given. */
    public static SysConfig of(List<String> argv) {
        return new SysConfig(argv, System.out, System.err,
                new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)), "pyvm");
    }
}
