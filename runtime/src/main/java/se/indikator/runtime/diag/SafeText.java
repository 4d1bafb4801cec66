package se.indikator.runtime.diag;

/**
 * Text made safe to print on a terminal: every control character that a data value, a label or a script
 * could carry is shown as a visible escape instead of reaching the terminal, so no value can move the
 * cursor, recolour the screen or send a terminal command.
 *
 * <p>One convention everywhere, C's: {@code \t}, {@code \n} and {@code \r} by name, the other control
 * characters (U+0000–U+001F, U+007F and U+0080–U+009F) as {@code \xHH} (ESC is {@code \x1b}), and the
 * bidirectional overrides and isolates (U+202A–U+202E, U+2066–U+2069), which reorder what is shown, as
 * <code>&#92;uHHHH</code>. Backslashes are left as they are. Text without such characters is returned unchanged.
 */
public final class SafeText {
    private SafeText() {
    }

    /** One line of text (a table cell, a label, a title): every control character escaped, line breaks too. */
    public static String line(String s) {
        return escape(s, false);
    }

    /** Text of several lines: line breaks ({@code \n}, {@code \r\n}) and tabs kept, every other control character escaped. */
    public static String lines(String s) {
        return escape(s, true);
    }

    /** Whether {@code c} is shown escaped by {@link #line}. */
    public static boolean unsafe(char c) {
        return c < 0x20 || (c >= 0x7f && c <= 0x9f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
    }

    private static String escape(String s, boolean keepLayout) {
        if (s == null) {
            return null;
        }
        int first = firstUnsafe(s, keepLayout);
        if (first < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length() + 16);
        sb.append(s, 0, first);
        for (int i = first; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!unsafe(c) || keepLayout && kept(s, i)) {
                sb.append(c);
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c <= 0xff) {
                sb.append("\\x").append(hex(c >> 4)).append(hex(c & 0xf));
            } else {
                sb.append("\\u").append(hex(c >> 12)).append(hex((c >> 8) & 0xf)).append(hex((c >> 4) & 0xf)).append(hex(c & 0xf));
            }
        }
        return sb.toString();
    }

    private static int firstUnsafe(String s, boolean keepLayout) {
        for (int i = 0; i < s.length(); i++) {
            if (unsafe(s.charAt(i)) && !(keepLayout && kept(s, i))) {
                return i;
            }
        }
        return -1;
    }

    /** In text of several lines: a line break, a tab, or the carriage return of a {@code \r\n}. */
    private static boolean kept(String s, int i) {
        char c = s.charAt(i);
        return c == '\n' || c == '\t' || c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n';
    }

    private static char hex(int digit) {
        return "0123456789abcdef".charAt(digit);
    }
}
