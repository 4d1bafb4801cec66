package se.indikator.repl;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * The interactive shell: a JLine line reader (colouring from the language's own lexer, completion,
 * multi-line input, persistent history) over a {@link ReplSession}. Each input is evaluated on a
 * worker thread so that Ctrl-C interrupts a long computation and returns to the prompt. Tables are printed
 * within the terminal's width (read before each input, so it follows resizing), and output taller than the
 * terminal goes through the {@link Pager}.
 */
public final class Shell {
    private final Terminal terminal;
    private final ReplSession repl;
    private final Path history;
    /** The progress line on stderr while an input is evaluated (null when stderr is not a terminal). */
    private ProgressLine progress;

    public Shell(Terminal terminal, Path baseDir, Path history) {
        this.terminal = terminal;
        this.repl = new ReplSession(baseDir);
        this.history = history;
        java.util.Map<String, String> env = new java.util.HashMap<>(System.getenv());
        env.putIfAbsent("TERM", terminal.getType());
        this.repl.images(TerminalImages.detect(env, !"dumb".equals(terminal.getType())));
    }

    /** A shell on the process's own terminal, with history in $INDIKATOR_HISTORY or ~/.indikator_history. */
    public static Shell system() throws IOException {
        Terminal t = TerminalBuilder.builder().system(true).name("indikator").build();
        String explicit = System.getenv("INDIKATOR_HISTORY");
        String home = System.getenv("HOME") != null ? System.getenv("HOME") : System.getProperty("user.home");
        Path history = explicit != null ? Path.of(explicit) : Path.of(home, ".indikator_history");
        Shell shell = new Shell(t, Path.of("").toAbsolutePath(), history);
        if (ProgressLine.onStderr(System.err) instanceof ProgressLine line) {
            line.enabled(false);
            shell.progress = line;
            shell.repl.session().progress(line);
        }
        return shell;
    }

    /** A shell over plain streams (for tests and pipes). */
    public static Shell streams(InputStream in, OutputStream out, Path baseDir, Path history) throws IOException {
        Terminal t = new org.jline.terminal.impl.DumbTerminal("indikator", "dumb", in, out, java.nio.charset.StandardCharsets.UTF_8);
        return new Shell(t, baseDir, history);
    }

    public ReplSession repl() {
        return repl;
    }

    public LineReader reader() {
        prepareHistory();
        LineReader reader = LineReaderBuilder.builder().terminal(terminal).appName("indikator")
                .parser(new InputParser()).highlighter(new LexerHighlighter())
                .completer(new ShellCompleter(repl.session()))
                .variable(LineReader.HISTORY_FILE, history)
                .variable(LineReader.SECONDARY_PROMPT_PATTERN, "%P    … ")
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                .build();
        return reader;
    }

    private void prepareHistory() {
        if (history == null) {
            return;
        }
        try {
            if (!Files.exists(history)) {
                Files.createFile(history);
            }
            try {
                Files.setPosixFilePermissions(history, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // a file system without POSIX permissions: the history is still written
            }
        } catch (IOException e) {
            terminal.writer().println("(history is not kept: " + e.getMessage() + ")");
        }
    }

    /** Runs until :quit or end of input; returns the exit status. */
    public int run() {
        LineReader reader = reader();
        terminal.writer().println("indikator — :help for help, :quit to leave");
        terminal.flush();
        ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "indikator-eval");
            t.setDaemon(true);
            return t;
        });
        try {
            while (!repl.quitRequested()) {
                String input;
                try {
                    input = reader.readLine("ind> ");
                } catch (UserInterruptException e) {
                    continue;
                } catch (EndOfFileException e) {
                    break;
                }
                if (progress != null) {
                    progress.enabled(true);
                }
                repl.width(terminal.getWidth());
                Future<String> result = worker.submit(() -> repl.eval(input));
                java.util.concurrent.atomic.AtomicBoolean stopped = new java.util.concurrent.atomic.AtomicBoolean();
                Terminal.SignalHandler previous = terminal.handle(Terminal.Signal.INT, s -> {
                    stopped.set(true);
                    // first the Java cell (JShell can stop it only while the cell's evaluation still waits for
                    // it), then the evaluation itself: kernels and simulations stop on its interrupt
                    repl.session().interrupt();
                    result.cancel(true);
                });
                String out;
                try {
                    out = result.get();
                    if (stopped.get()) {
                        out = out + "interrupted\n"; // the Java cell stopped, and the input ended there
                    }
                } catch (java.util.concurrent.CancellationException e) {
                    out = "interrupted\n";
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    out = "interrupted\n";
                } catch (java.util.concurrent.ExecutionException e) {
                    out = "internal error: " + e.getCause() + "\n";
                } finally {
                    terminal.handle(Terminal.Signal.INT, previous);
                    if (progress != null) {
                        progress.enabled(false);
                    }
                }
                if (Pager.needed(terminal, out)) {
                    Pager.page(terminal, out);
                } else {
                    terminal.writer().print(out);
                    terminal.flush();
                }
            }
            reader.getHistory().save();
        } catch (IOException e) {
            terminal.writer().println("(history not saved: " + e.getMessage() + ")");
        } finally {
            worker.shutdownNow();
            terminal.flush();
        }
        return 0;
    }
}
