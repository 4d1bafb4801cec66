package se.indikator.repl;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * How wide the command line prints tables: the terminal's width when standard output is a terminal (as
 * {@code stty size} reports it), else the {@code COLUMNS} environment variable, else {@value #DEFAULT}.
 */
final class TerminalWidth {
    private TerminalWidth() {
    }

    static final int DEFAULT = 120;
    /** Narrower than this, tables are printed at this width anyway (and lines may be longer than the terminal). */
    static final int NARROWEST = 40;

    static int detect(Map<String, String> env, boolean terminal) {
        if (terminal) {
            int w = stty();
            if (w > 0) {
                return Math.max(NARROWEST, w);
            }
        }
        int w = parse(env.get("COLUMNS"));
        return w > 0 ? Math.max(NARROWEST, w) : DEFAULT;
    }

    /** A width written as a whole number, or 0. */
    static int parse(String s) {
        if (s == null || !s.strip().matches("[0-9]{1,5}")) {
            return 0;
        }
        return Integer.parseInt(s.strip());
    }

    /** The terminal's columns from {@code stty size} (rows, then columns), or 0 when it cannot tell. */
    private static int stty() {
        try {
            Process p = new ProcessBuilder("sh", "-c", "stty size < /dev/tty").redirectErrorStream(true).start();
            if (!p.waitFor(2, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return 0;
            }
            String[] parts = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip().split("\\s+");
            return p.exitValue() == 0 && parts.length == 2 ? parse(parts[1]) : 0;
        } catch (IOException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }
}
