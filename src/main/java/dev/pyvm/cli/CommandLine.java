package dev.pyvm.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parsed command line, with CPython's conventions:
 * {@code pyvm [option] ... [-c cmd | -m mod | file | -] [arg] ...}.
 *
 * @param mode        what to run
 * @param target      the file (FILE), the code (COMMAND), the module name (MODULE); null for STDIN
 * @param argv        {@code sys.argv} as CPython builds it
 * @param xoptions    the {@code -X} options in order, {@code name → value} ({@code "true"} when bare)
 * @param environment the process environment pyvm reads ({@code PYTHONPATH})
 */
public record CommandLine(Mode mode, String target, List<String> argv, Map<String, String> xoptions,
                          Map<String, String> environment) {

    public enum Mode { FILE, COMMAND, MODULE, STDIN, HELP, VERSION }

    static final String USAGE = "usage: pyvm [option] ... [-c cmd | -m mod | file | -] [arg] ...";

    /** A command line that CPython too would refuse: the message goes to stderr, exit status 2. */
    public static final class UsageError extends Exception {
        public UsageError(String message) {
            super(message);
        }
    }

    /** The command line {@code args} in this process's environment. */
    public static CommandLine parse(String[] args) throws UsageError {
        return parse(args, System.getenv());
    }

    /** The command line {@code args} in environment {@code env}. */
    public static CommandLine parse(String[] args, Map<String, String> env) throws UsageError {
        Map<String, String> x = new LinkedHashMap<>();
        int i = 0;
        while (i < args.length) {
            String a = args[i];
            if (a.equals("-") || !a.startsWith("-") ) break;
            if (a.equals("--help") || a.equals("-h") || a.equals("-?")) {
                return new CommandLine(Mode.HELP, null, List.of(), x, env);
            }
            if (a.equals("--version") || a.equals("-V")) {
                return new CommandLine(Mode.VERSION, null, List.of(), x, env);
            }
            if (a.equals("-c") || a.equals("-m")) {
                if (i + 1 >= args.length) {
                    throw new UsageError("Argument expected for the " + a + " option\n" + USAGE
                            + "\nTry `pyvm -h' for more information.");
                }
                String value = args[i + 1];
                List<String> argv = new ArrayList<>();
                argv.add(a); // -m: what runs sets sys.argv[0] to its file once it is found, as CPython's runpy
                argv.addAll(List.of(args).subList(i + 2, args.length));
                return new CommandLine(a.equals("-c") ? Mode.COMMAND : Mode.MODULE, value, argv, x, env);
            }
            if (a.startsWith("-c") || a.startsWith("-m")) {
                // CPython accepts the value glued to the option: -c'print(1)', -mdis
                String[] split = new String[args.length + 1];
                System.arraycopy(args, 0, split, 0, i);
                split[i] = a.substring(0, 2);
                split[i + 1] = a.substring(2);
                System.arraycopy(args, i + 1, split, i + 2, args.length - i - 1);
                args = split;
                continue;
            }
            if (a.startsWith("-X")) {
                String opt = a.length() > 2 ? a.substring(2) : (i + 1 < args.length ? args[++i] : null);
                if (opt == null) {
                    throw new UsageError("Argument expected for the -X option\n" + USAGE
                            + "\nTry `pyvm -h' for more information.");
                }
                int eq = opt.indexOf('=');
                if (eq < 0) x.put(opt, "true");
                else x.put(opt.substring(0, eq), opt.substring(eq + 1));
                i++;
                continue;
            }
            throw new UsageError("Unknown option: " + a + "\n" + USAGE + "\nTry `pyvm -h' for more information.");
        }
        if (i >= args.length || args[i].equals("-")) {
            List<String> argv = new ArrayList<>();
            argv.add(i >= args.length ? "" : "-");
            if (i < args.length) argv.addAll(List.of(args).subList(i + 1, args.length));
            return new CommandLine(Mode.STDIN, null, argv, x, env);
        }
        return new CommandLine(Mode.FILE, args[i], List.of(args).subList(i, args.length), x, env);
    }

    /**
     * {@code sys.path} after its first entry: the directories of {@code PYTHONPATH}, made absolute
     * as CPython's getpath does (an empty one is the current directory).
     */
    public List<String> pythonPath() {
        String value = environment.get("PYTHONPATH");
        List<String> dirs = new ArrayList<>();
        if (value == null || value.isEmpty()) return dirs;
        String[] parts = value.split(java.io.File.pathSeparator, -1);
        for (int i = 0; i < parts.length; i++) {
            if (parts[i].isEmpty() && i == parts.length - 1) break; // a trailing separator adds nothing
            dirs.add(java.nio.file.Path.of(parts[i]).toAbsolutePath().normalize().toString());
        }
        return dirs;
    }

    /** Parses a size such as {@code 64m}, {@code 256k}, {@code 1g} or a plain number of bytes. */
    public static long parseSize(String option, String text) throws UsageError {
        String t = text.trim().toLowerCase();
        long unit = 1;
        if (!t.isEmpty()) {
            switch (t.charAt(t.length() - 1)) {
                case 'k' -> unit = 1L << 10;
                case 'm' -> unit = 1L << 20;
                case 'g' -> unit = 1L << 30;
                default -> unit = 1;
            }
        }
        String digits = unit == 1 ? t : t.substring(0, t.length() - 1);
        try {
            long n = Long.parseLong(digits);
            if (n <= 0 || n > Long.MAX_VALUE / unit) throw new NumberFormatException();
            return n * unit;
        } catch (NumberFormatException e) {
            throw new UsageError("pyvm: -X " + option + ": invalid size '" + text + "' (expected e.g. 256k, 64m, 1g)");
        }
    }
}
