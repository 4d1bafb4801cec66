package se.indikator.runtime.data;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects the problems of one read, keeping offending lines as bytes until the encoding is known, and
 * capping the list at {@link #MAX} with a final "and N more" problem.
 */
final class ProblemLog {

    static final int MAX = 50;
    private static final int SHOWN_CHARS = 80;
    private static final int KEPT_BYTES = 400;

    private final String file;
    private final List<Pending> items = new ArrayList<>();
    private int dropped;
    private boolean droppedError;
    private int errors;

    private record Pending(Severity severity, int line, byte[] text, int columnOffset, String message, String hint) {
    }

    ProblemLog(String file) {
        this.file = file;
    }

    /**
     * Adds a problem at {@code line}, where the line's bytes are {@code b[lineStart..lineEnd)} and the
     * problem is at byte {@code offset} of the buffer ({@code -1} for none).
     */
    void add(Severity severity, int line, byte[] b, int lineStart, int lineEnd, int offset, String message, String hint) {
        if (severity == Severity.ERROR) errors++;
        if (items.size() >= MAX) {
            dropped++;
            droppedError |= severity == Severity.ERROR;
            return;
        }
        int end = Math.min(lineEnd, lineStart + KEPT_BYTES);
        byte[] text = java.util.Arrays.copyOfRange(b, lineStart, end);
        int col = offset < 0 ? -1 : Math.min(offset, end) - lineStart;
        items.add(new Pending(severity, line, text, col, message, hint));
    }

    /** Adds a problem whose text is already known. */
    void add(Severity severity, int line, int column, String text, String message, String hint) {
        if (severity == Severity.ERROR) errors++;
        if (items.size() >= MAX) {
            dropped++;
            droppedError |= severity == Severity.ERROR;
            return;
        }
        byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        items.add(new Pending(severity, line, bytes, -2 - Math.max(column, 0), message, hint));
    }

    int errorCount() {
        return errors;
    }

    /** Whether every kept line is valid UTF-8. */
    boolean isValidUtf8() {
        for (Pending p : items) {
            if (p.columnOffset >= -1 && !Utf8.isValid(p.text, 0, p.text.length)) return false;
        }
        return true;
    }

    /** The problems, decoding the kept lines with {@code charset}. */
    List<DataProblem> finish(Charset charset) {
        List<DataProblem> out = new ArrayList<>();
        for (Pending p : items) {
            String text;
            int column;
            if (p.columnOffset <= -2) {
                text = new String(p.text, java.nio.charset.StandardCharsets.UTF_8);
                column = -2 - p.columnOffset;
            } else {
                text = new String(p.text, charset);
                column = p.columnOffset < 0 ? 0 : new String(p.text, 0, p.columnOffset, charset).length() + 1;
            }
            out.add(new DataProblem(p.severity, file, p.line, column, shorten(text), p.message, p.hint));
        }
        if (dropped > 0) {
            out.add(new DataProblem(droppedError ? Severity.ERROR : Severity.WARNING, file, 0, 0, "",
                    "and " + dropped + " more problem" + (dropped == 1 ? "" : "s"),
                    "fix the problems above and read the file again to see the rest"));
        }
        return out;
    }

    static String shorten(String text) {
        return text.length() <= SHOWN_CHARS ? text : text.substring(0, SHOWN_CHARS - 3) + "...";
    }
}
