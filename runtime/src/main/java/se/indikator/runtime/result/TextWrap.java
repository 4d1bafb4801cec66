package se.indikator.runtime.result;

import java.util.ArrayList;
import java.util.List;

/**
 * Text measured and wrapped for a terminal: widths in code points, a text broken into lines of at most a
 * given width (at spaces, else after {@code _}, {@code -} or {@code /}, else anywhere), and a last line
 * shortened with an ellipsis when the text needs more lines than it may have. Linear in the text's length.
 */
public final class TextWrap {
    private TextWrap() {
    }

    /** The width of {@code s} in a terminal: its code points (characters wider than one cell are not known). */
    public static int width(String s) {
        return s.codePointCount(0, s.length());
    }

    /** {@code s} in lines of at most {@code w} code points, every line kept. */
    public static List<String> wrap(String s, int w) {
        return wrap(s, w, Integer.MAX_VALUE);
    }

    /**
     * {@code s} in at most {@code max} lines of at most {@code w} code points; when more would be needed the
     * last line ends with an ellipsis.
     */
    public static List<String> wrap(String s, int w, int max) {
        if (width(s) <= w) {
            return List.of(s);
        }
        int[] cp = s.codePoints().toArray();
        int n = cp.length;
        List<String> lines = new ArrayList<>();
        int pos = 0;
        while (pos < n) {
            if (lines.size() == max - 1 && n - pos > w) {
                lines.add(new String(cp, pos, Math.max(0, w - 1)).stripTrailing() + "…");
                return lines;
            }
            if (n - pos <= w) {
                lines.add(new String(cp, pos, n - pos));
                break;
            }
            int end = breakAt(cp, pos, w);
            lines.add(new String(cp, pos, end - pos).stripTrailing());
            pos = end;
            while (pos < n && cp[pos] == ' ') {
                pos++;
            }
        }
        return lines;
    }

    /** Where a line that starts at {@code pos} ends: after the last space, underscore or dash that fits, else at w. */
    private static int breakAt(int[] cp, int pos, int w) {
        for (int i = pos + w; i > pos; i--) {
            if (cp[i] == ' ') {
                return i;
            }
        }
        for (int i = pos + w - 1; i > pos; i--) {
            if (cp[i] == '_' || cp[i] == '-' || cp[i] == '/') {
                return i + 1;
            }
        }
        return pos + Math.max(1, w);
    }

    /** The widest piece of {@code s} that wrapping could not break: its longest word or name part. */
    public static int longestPiece(String s) {
        int longest = 0;
        int run = 0;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (c == ' ') {
                run = 0;
            } else {
                run++;
                longest = Math.max(longest, run);
                if (c == '_' || c == '-' || c == '/') {
                    run = 0;
                }
            }
        }
        return longest;
    }

    /** Pads {@code s} with spaces to {@code w} code points, on the left when {@code right}. */
    static void pad(StringBuilder sb, String s, int w, boolean right) {
        int pad = Math.max(0, w - width(s));
        if (right) {
            sb.append(" ".repeat(pad)).append(s);
        } else {
            sb.append(s).append(" ".repeat(pad));
        }
    }
}
