package dev.pyvm.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.pyvm.modules.SysFlags;

/**
 * The parsed command line, with CPython's conventions:
 * {@code pyvm [option] ... [-c cmd | -m mod | file | -] [arg] ...}.
 *
 * @param mode        what to run
 * @param target      the file (FILE), the code (COMMAND), the module name (MODULE); null for STDIN
 * @param argv        {@code sys.argv} as CPython builds it
 * @param xoptions    the {@code -X} options in order, {@code name → value} ({@code "true"} when bare)
 * @param environment the process environment pyvm reads ({@code PYTHONPATH}); empty under -E and -I
 * @param flags       the other options, as {@code sys.flags} shows them
 */
public record CommandLine(Mode mode, String target, List<String> argv, Map<String, String> xoptions,
                          Map<String, String> environment, SysFlags flags) {

    public enum Mode { FILE, COMMAND, MODULE, STDIN, HELP, VERSION }

    static final String USAGE = "usage: pyvm [option] ... [-c cmd | -m mod | file | -] [arg] ...";
    /** What -h prints: CPython 3.11's options, as pyvm has them. */
    static final String HELP = USAGE + """

            Options (and corresponding environment variables):
            -b     : sys.flags.bytes_warning (pyvm warns of nothing yet)
            -B     : don't write .pyc files (pyvm writes none); sys.dont_write_bytecode
            -c cmd : program passed in as string (terminates option list)
            -d     : sys.flags.debug
            -E     : ignore PYTHON* environment variables (such as PYTHONPATH)
            -h     : print this help message and exit (also -? or --help)
            -i     : inspect interactively after running script (not in pyvm: refused)
            -I     : isolate Python from the user's environment (implies -E, -P and -s)
            -m mod : run library module as a script (terminates option list); -m dis lists bytecode
            -O     : remove assert and __debug__-dependent statements
            -OO    : do -O changes and also discard docstrings
            -P     : don't prepend a potentially unsafe path to sys.path
            -q     : don't print version and copyright messages on interactive startup
            -s     : don't add user site directory to sys.path
            -S     : don't imply 'import site' on initialization
            -u     : force the stdout and stderr streams to be unbuffered
            -v     : sys.flags.verbose (pyvm traces no imports)
            -V     : print the pyvm version number and exit (also --version); -VV: and the JVM's
            -W arg : warning control; sys.warnoptions
            -x     : skip first line of source, allowing use of non-Unix forms of #!cmd
            -X opt : pyvm's options: showrefcount, maxheap=SIZE, arena=SIZE, pool=SIZE, gcstress,
                     debugheap, nospecialize, jit=off|N (compile code run N times; 200);
                     CPython's: int_max_str_digits=N, dev, utf8 (sys._xoptions)
            --     : terminates option list
            file   : program read from script file
            -      : program read from stdin (default; interactive mode if a tty)
            arg ...: arguments passed to program in sys.argv[1:]

            Environment variables:
            PYTHONPATH   : ':'-separated list of directories prefixed to the default module search path
            """;

    private static final String TRY_HELP = "\nTry `pyvm -h' for more information.";

    /** A command line that CPython too would refuse: the message goes to stderr, exit status 2. */
    public static final class UsageError extends Exception {
        private final int status;

        public UsageError(String message) {
            this(message, 2);
        }

        /** A refusal that exits with {@code status}: 1 for what CPython reports as a fatal error of its set-up. */
        public UsageError(String message, int status) {
            super(message);
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    /** The command line {@code args} in this process's environment. */
    public static CommandLine parse(String[] args) throws UsageError {
        return parse(args, System.getenv());
    }

    /**
     * The command line {@code args} in environment {@code env}, read as CPython 3.11's getopt
     * reads it (Python/getopt.c, options "bBc:dEhiIm:OPqRsStuvVW:xX:?"): single-letter options
     * may be grouped ({@code -OOu}), an option's argument may be glued to it ({@code -c'print(1)'},
     * {@code -mdis}, {@code -Wignore}), {@code --} ends the options; -c and -m end them too, and
     * what follows is the program's argv.
     */
    public static CommandLine parse(String[] args, Map<String, String> env) throws UsageError {
        Map<String, String> x = new LinkedHashMap<>();
        List<String> warn = new ArrayList<>();
        int debug = 0, optimize = 0, verbose = 0, bytesWarning = 0, version = 0;
        boolean help = false, inspect = false, dontWrite = false, noUserSite = false, noSite = false;
        boolean ignoreEnv = false, quiet = false, isolated = false, safePath = false, unbuffered = false;
        boolean skipFirstLine = false;
        Mode mode = null;
        String target = null;
        int i = 0;
        options:
        while (i < args.length) {
            String a = args[i];
            if (a.equals("-") || !a.startsWith("-")) break;
            i++;
            if (a.equals("--")) break;
            if (a.startsWith("--")) {
                switch (a) {
                    case "--help", "--help-env", "--help-xoptions", "--help-all" -> help = true;
                    case "--version" -> version++;
                    default -> throw new UsageError("unknown option " + a + "\n" + USAGE + TRY_HELP);
                }
                continue;
            }
            for (int j = 1; j < a.length(); j++) {
                char c = a.charAt(j);
                switch (c) {
                    case 'c', 'm', 'W', 'X' -> {
                        String value;
                        if (j + 1 < a.length()) value = a.substring(j + 1);
                        else if (i < args.length) value = args[i++];
                        else throw new UsageError("Argument expected for the -" + c + " option\n" + USAGE + TRY_HELP);
                        if (c == 'W') {
                            warn.add(value);
                        } else if (c == 'X') {
                            int eq = value.indexOf('=');
                            if (eq < 0) x.put(value, "true");
                            else x.put(value.substring(0, eq), value.substring(eq + 1));
                        } else {
                            mode = c == 'c' ? Mode.COMMAND : Mode.MODULE;
                            target = value;
                            break options;
                        }
                        continue options;
                    }
                    case 'b' -> bytesWarning++;
                    case 'B' -> dontWrite = true;
                    case 'd' -> debug++;
                    case 'E' -> ignoreEnv = true;
                    case 'h', '?' -> help = true;
                    case 'i' -> inspect = true;
                    case 'I' -> isolated = true;
                    case 'O' -> optimize++;
                    case 'P' -> safePath = true;
                    case 'q' -> quiet = true;
                    case 'R' -> { } // hash randomization, on by default since 3.3
                    case 's' -> noUserSite = true;
                    case 'S' -> noSite = true;
                    case 'u' -> unbuffered = true;
                    case 'v' -> verbose++;
                    case 'V' -> version++;
                    case 'x' -> skipFirstLine = true;
                    default -> throw new UsageError("Unknown option: -" + c + "\n" + USAGE + TRY_HELP);
                }
            }
        }
        if (isolated) {
            ignoreEnv = true;
            noUserSite = true;
            safePath = true;
        }
        Map<String, String> environment = ignoreEnv ? Map.of() : env;
        // the PYTHON* variables, as CPython 3.11's config_read_env_vars: a flag is at least the variable's value
        optimize = Math.max(optimize, envFlag(environment, "PYTHONOPTIMIZE"));
        debug = Math.max(debug, envFlag(environment, "PYTHONDEBUG"));
        verbose = Math.max(verbose, envFlag(environment, "PYTHONVERBOSE"));
        dontWrite |= envFlag(environment, "PYTHONDONTWRITEBYTECODE") > 0;
        unbuffered |= envFlag(environment, "PYTHONUNBUFFERED") > 0;
        noUserSite |= envFlag(environment, "PYTHONNOUSERSITE") > 0;
        inspect |= envFlag(environment, "PYTHONINSPECT") > 0;
        String safe = environment.get("PYTHONSAFEPATH");
        safePath |= safe != null && !safe.isEmpty();
        List<String> warnOptions = new ArrayList<>();
        String warnings = environment.get("PYTHONWARNINGS");
        if (warnings != null && !warnings.isEmpty()) {
            for (String w : warnings.split(",")) if (!w.isEmpty()) warnOptions.add(w);
        }
        warnOptions.addAll(warn);
        if (bytesWarning > 0) warnOptions.add(bytesWarning > 1 ? "error::BytesWarning" : "default::BytesWarning");
        String digitsOption = "-X int_max_str_digits";
        String digits = x.get("int_max_str_digits");
        if (digits == null && environment.get("PYTHONINTMAXSTRDIGITS") != null) {
            digits = environment.get("PYTHONINTMAXSTRDIGITS");
            digitsOption = "PYTHONINTMAXSTRDIGITS";
        }
        int maxStrDigits = -1;
        if (digits != null) {
            try {
                maxStrDigits = Integer.parseInt(digits);
            } catch (NumberFormatException e) {
                maxStrDigits = -2;
            }
            if (maxStrDigits != 0 && maxStrDigits < 640) {
                throw new UsageError("Fatal Python error: config_init_int_max_str_digits: " + digitsOption
                        + ": invalid limit; must be >= 640 or 0 for unlimited.\nPython runtime state: preinitialized\n", 1);
            }
        }
        SysFlags flags = new SysFlags(debug, inspect, optimize, dontWrite, noUserSite, noSite, ignoreEnv, verbose,
                bytesWarning, quiet, isolated, safePath, unbuffered, skipFirstLine, x.containsKey("dev"),
                x.containsKey("utf8") && !"0".equals(x.get("utf8")), maxStrDigits, warnOptions);
        if (help) return new CommandLine(Mode.HELP, null, List.of(), x, environment, flags);
        if (version > 0) return new CommandLine(Mode.VERSION, version > 1 ? "verbose" : null, List.of(), x, environment, flags);
        if (mode != null) {
            List<String> argv = new ArrayList<>();
            argv.add(mode == Mode.COMMAND ? "-c" : "-m"); // -m: sys.argv[0] becomes the module's file once found, as runpy's
            argv.addAll(List.of(args).subList(i, args.length));
            return new CommandLine(mode, target, argv, x, environment, flags);
        }
        if (i >= args.length || args[i].equals("-")) {
            List<String> argv = new ArrayList<>();
            argv.add(i >= args.length ? "" : "-");
            if (i < args.length) argv.addAll(List.of(args).subList(i + 1, args.length));
            return new CommandLine(Mode.STDIN, null, argv, x, environment, flags);
        }
        return new CommandLine(Mode.FILE, args[i], List.of(args).subList(i, args.length), x, environment, flags);
    }

    /**
     * CPython's _Py_get_env_flag: 0 when the variable is unset or empty, its value when it is a
     * non-negative int, else 1 ({@code PYTHONOPTIMIZE=yes} is -O).
     */
    private static int envFlag(Map<String, String> env, String name) {
        String v = env.get(name);
        if (v == null || v.isEmpty()) return 0;
        try {
            int n = Integer.parseInt(v.trim());
            return n < 0 ? 1 : n;
        } catch (NumberFormatException e) {
            return 1;
        }
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
