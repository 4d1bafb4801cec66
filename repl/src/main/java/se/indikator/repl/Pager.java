package se.indikator.repl;

import java.io.IOException;
import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;
import org.jline.utils.InfoCmp;

/**
 * Shows output taller than the terminal a page at a time in the interactive shell: space for the next page,
 * Enter for the next line, q to stop. Only the shell on a real terminal pages; pipes, scripts and tests print
 * everything.
 */
final class Pager {
    private Pager() {
    }

    /** Whether {@code text} should be paged on {@code t}: a real terminal, and more lines than fit (no inline images). */
    static boolean needed(Terminal t, String text) {
        int height = t.getHeight();
        if (height <= 2 || "dumb".equals(t.getType()) || text.indexOf('\u001b') >= 0) {
            return false;
        }
        return text.chars().filter(c -> c == '\n').count() > height - 1;
    }

    static void page(Terminal t, String text) {
        String[] lines = text.split("\n", -1);
        int count = lines.length > 0 && lines[lines.length - 1].isEmpty() ? lines.length - 1 : lines.length;
        int rows = Math.max(1, t.getHeight() - 1);
        Attributes saved = t.enterRawMode();
        try {
            int shown = 0;
            int next = rows;
            while (shown < count) {
                while (shown < Math.min(next, count)) {
                    t.writer().print(lines[shown++]);
                    t.writer().print("\r\n");
                }
                if (shown >= count) {
                    break;
                }
                t.writer().print("-- more (" + shown * 100 / count + "%) space: next page, Enter: next line, q: stop --");
                t.flush();
                int c = t.reader().read();
                t.puts(InfoCmp.Capability.carriage_return);
                t.puts(InfoCmp.Capability.clr_eol);
                if (c < 0 || c == 'q' || c == 'Q' || c == 3) {
                    break;
                }
                next = shown + (c == '\r' || c == '\n' ? 1 : rows);
            }
        } catch (IOException e) {
            t.writer().println("(the pager stopped: " + e.getMessage() + ")");
        } finally {
            t.setAttributes(saved);
            t.flush();
        }
    }
}
