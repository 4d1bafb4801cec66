package se.indikator.repl;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.LongSupplier;
import se.indikator.runtime.progress.ProgressListener;

/**
 * A one-line progress indicator on a terminal ({@code reading persons.csv  43%}), redrawn in place with a
 * carriage return and cleared when the task ends. It appears only for a task that has lasted more than a
 * second, and is redrawn at most ten times a second. Use {@link #onStderr} to get one only when standard
 * error is a terminal, so that piped output and logs never see it.
 */
final class ProgressLine implements ProgressListener {
    /** A task is shown once it has lasted this long. */
    static final long SHOW_AFTER_NANOS = 1_000_000_000L;
    /** The least time between two redraws. */
    static final long REDRAW_EVERY_NANOS = 100_000_000L;

    private final PrintStream out;
    private final LongSupplier clock;
    private String task;
    private long started;
    private long drawnAt;
    private String drawn = "";
    private boolean enabled = true;

    ProgressLine(PrintStream out, LongSupplier nanoClock) {
        this.out = out;
        this.clock = nanoClock;
    }

    /** A progress line on {@code err} when the process's standard error is a terminal; otherwise none. */
    static ProgressListener onStderr(PrintStream err) {
        return stderrIsTerminal() ? new ProgressLine(err, System::nanoTime) : ProgressListener.NONE;
    }

    /** Whether file descriptor 2 is a terminal (Linux and other systems with /proc; false where unknown). */
    static boolean stderrIsTerminal() {
        if ("dumb".equals(System.getenv("TERM"))) {
            return false;
        }
        try {
            Path fd = Path.of("/proc/self/fd/2");
            if (!Files.isSymbolicLink(fd)) {
                return false;
            }
            String target = Files.readSymbolicLink(fd).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.startsWith("/dev/console");
        } catch (java.io.IOException | RuntimeException e) {
            return false;
        }
    }

    @Override
    public synchronized void progress(String name, long done, long total) {
        long now = clock.getAsLong();
        if (!name.equals(task)) {
            clear();
            task = name;
            started = now;
            drawnAt = Long.MIN_VALUE;
        }
        if (!enabled || now - started < SHOW_AFTER_NANOS) {
            return;
        }
        if (drawnAt != Long.MIN_VALUE && now - drawnAt < REDRAW_EVERY_NANOS) {
            return;
        }
        int percent = total <= 0 ? 0 : (int) Math.min(100, done * 100 / total);
        String text = String.format(Locale.ROOT, "%s  %3d%%", task, percent);
        drawnAt = now;
        if (text.equals(drawn)) {
            return;
        }
        String pad = drawn.length() > text.length() ? " ".repeat(drawn.length() - text.length()) : "";
        out.print("\r" + text + pad);
        out.flush();
        drawn = text;
    }

    @Override
    public synchronized void finished(String name) {
        if (name.equals(task)) {
            clear();
            task = null;
        }
    }

    /** Turns drawing on or off (the shell turns it off between inputs); off clears the line. */
    synchronized void enabled(boolean on) {
        enabled = on;
        if (!on) {
            clear();
            task = null;
        }
    }

    private void clear() {
        if (!drawn.isEmpty()) {
            out.print("\r" + " ".repeat(drawn.length()) + "\r");
            out.flush();
            drawn = "";
        }
    }
}
