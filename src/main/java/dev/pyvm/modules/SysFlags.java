package dev.pyvm.modules;

import java.util.List;

/**
 * The interpreter's options from the command line, what {@code sys.flags}, {@code sys.warnoptions}
 * and {@code sys.dont_write_bytecode} show (CPython 3.11's PyConfig, the part pyvm has).
 *
 * @param debug             -d (counted)
 * @param inspect           -i: interactive after the program (pyvm refuses it)
 * @param optimize          -O (counted): 1 drops asserts and makes {@code __debug__} False, 2 also docstrings
 * @param dontWriteBytecode -B (pyvm writes no bytecode files anyway)
 * @param noUserSite        -s
 * @param noSite            -S
 * @param ignoreEnvironment -E: PYTHON* variables are not read
 * @param verbose           -v (counted)
 * @param bytesWarning      -b (counted)
 * @param quiet             -q: no banner at the interactive prompt
 * @param isolated          -I: -E, -s and -P together
 * @param safePath          -P: the script's directory (or the current one) is not put first on sys.path
 * @param unbuffered        -u: stdout and stderr are written through at each write
 * @param skipFirstLine     -x: the program's first line is not Python (a non-Unix #! line)
 * @param devMode           -X dev
 * @param utf8Mode          -X utf8
 * @param intMaxStrDigits   -X int_max_str_digits=N, -1 when not given
 * @param warnOptions       the -W options, in order
 */
public record SysFlags(int debug, boolean inspect, int optimize, boolean dontWriteBytecode, boolean noUserSite,
                       boolean noSite, boolean ignoreEnvironment, int verbose, int bytesWarning, boolean quiet,
                       boolean isolated, boolean safePath, boolean unbuffered, boolean skipFirstLine,
                       boolean devMode, boolean utf8Mode, int intMaxStrDigits, List<String> warnOptions) {

    public SysFlags {
        warnOptions = List.copyOf(warnOptions);
    }

    /** No option given. */
    public static final SysFlags DEFAULT = new SysFlags(0, false, 0, false, false, false, false, 0, 0, false,
            false, false, false, false, false, false, -1, List.of());

    /** {@code sys.flags}' field names, in CPython 3.11's order. */
    static final String[] FIELDS = {"debug", "inspect", "interactive", "optimize", "dont_write_bytecode",
        "no_user_site", "no_site", "ignore_environment", "verbose", "bytes_warning", "quiet", "hash_randomization",
        "isolated", "dev_mode", "utf8_mode", "warn_default_encoding", "safe_path", "int_max_str_digits"};
}
