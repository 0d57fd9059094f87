package dev.pyvm.cli;

import dev.pyvm.vm.Interpreter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.DefaultParser;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * The terminal, through JLine: line editing (Emacs keys, as GNU readline's), history kept in
 * {@code ~/.pyvm_history} (as CPython's {@code ~/.python_history}), Ctrl-C and Ctrl-D.
 */
final class TerminalConsole implements Repl.Console, AutoCloseable {
    private final Terminal terminal;
    private final LineReader reader;

    private TerminalConsole(Terminal terminal, LineReader reader) {
        this.terminal = terminal;
        this.reader = reader;
    }

    static TerminalConsole open() {
        Terminal terminal;
        try {
            terminal = TerminalBuilder.builder().system(true).name("pyvm").build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // the text is Python: no quoting, escapes or "!" history expansion of a shell's line
        DefaultParser parser = new DefaultParser();
        parser.setEscapeChars(new char[0]);
        parser.setQuoteChars(new char[0]);
        LineReaderBuilder builder = LineReaderBuilder.builder().terminal(terminal).appName("pyvm").parser(parser)
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                .option(LineReader.Option.INSERT_TAB, true)
                .option(LineReader.Option.HISTORY_IGNORE_SPACE, false)
                .variable(LineReader.SECONDARY_PROMPT_PATTERN, Repl.PS2) // the lines of a paste
                .variable(LineReader.HISTORY_SIZE, 1000)
                .variable(LineReader.HISTORY_FILE_SIZE, 1000);
        String home = System.getProperty("user.home");
        if (home != null && Files.isWritable(Path.of(home))) {
            builder.variable(LineReader.HISTORY_FILE, Path.of(home, ".pyvm_history"));
        }
        return new TerminalConsole(terminal, builder.build());
    }

    /** Ctrl-C while code runs interrupts it (KeyboardInterrupt at the interpreter's next check). */
    void onInterrupt(Interpreter interp) {
        terminal.handle(Terminal.Signal.INT, signal -> interp.interrupt());
    }

    @Override
    public String readLine(String prompt, String pending) throws Repl.Interrupted {
        try {
            if (!pending.isEmpty()) {
                // the line already shows `pending`: clear it, and let the editor draw it as part of its prompt
                terminal.writer().print("\r");
                terminal.puts(org.jline.utils.InfoCmp.Capability.clr_eol);
                terminal.flush();
            }
            return reader.readLine(pending.replace("%", "%%") + prompt); // JLine expands % in prompts
        } catch (UserInterruptException e) {
            throw new Repl.Interrupted();
        } catch (EndOfFileException e) {
            return null;
        }
    }

    @Override
    public void endOfInput(java.io.PrintStream err) {
        // JLine has ended the line on Ctrl-D already
    }

    @Override
    public void close() {
        try {
            reader.getHistory().save();
        } catch (IOException | RuntimeException e) {
            // history is a convenience: never an error at exit
        }
        try {
            terminal.close();
        } catch (IOException e) {
            // nothing to do at exit
        }
    }
}
