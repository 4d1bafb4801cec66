package se.indikator.repl;

import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a Java cell may not do because it runs in the program's own process: end it ({@code System.exit},
 * {@code Runtime.getRuntime().exit} or {@code halt}). The cell's code is read with its comments and text
 * literals blanked out, and a cell that names such a call is refused before it runs, at the call's place, so
 * that the session goes on with its declarations.
 */
final class CellGuard {
    private static final Pattern ENDS = Pattern.compile("\\bSystem\\s*\\.\\s*exit\\b|\\bRuntime\\b");

    private CellGuard() {
    }

    /** Where the cell names a call that would end the program, if it does. */
    static OptionalInt endsTheProgram(String code) {
        Matcher m = ENDS.matcher(blankCommentsAndText(code));
        return m.find() ? OptionalInt.of(m.start()) : OptionalInt.empty();
    }

    /** The code with comments, text and character literals replaced by spaces (lengths and lines kept). */
    static String blankCommentsAndText(String code) {
        StringBuilder out = new StringBuilder(code);
        int i = 0;
        int n = code.length();
        while (i < n) {
            char c = code.charAt(i);
            if (c == '/' && i + 1 < n && code.charAt(i + 1) == '/') {
                while (i < n && code.charAt(i) != '\n') {
                    out.setCharAt(i++, ' ');
                }
            } else if (c == '/' && i + 1 < n && code.charAt(i + 1) == '*') {
                while (i < n && !(code.charAt(i) == '*' && i + 1 < n && code.charAt(i + 1) == '/')) {
                    blank(out, i++);
                }
                for (int k = 0; k < 2 && i < n; k++) {
                    blank(out, i++);
                }
            } else if (c == '"' || c == '\'') {
                i++;
                while (i < n && code.charAt(i) != c) {
                    if (code.charAt(i) == '\\') {
                        blank(out, i++);
                    }
                    if (i < n) {
                        blank(out, i++);
                    }
                }
                i++;
            } else {
                i++;
            }
        }
        return out.toString();
    }

    private static void blank(StringBuilder out, int i) {
        if (out.charAt(i) != '\n') {
            out.setCharAt(i, ' ');
        }
    }
}
