package se.indikator.runtime.notebook;

import java.util.Locale;
import se.indikator.runtime.parse.LexToken;
import se.indikator.runtime.parse.Parser;

/**
 * Colours script source for HTML with the language's own lexer: each token becomes a
 * {@code <span class="tok-keyword">} (string, number, name, comment, prose, operator, error);
 * whitespace and any text the lexer skipped are copied escaped, so the code reads exactly as written.
 */
public final class CodeHtml {
    private CodeHtml() {
    }

    /** The escaped, coloured HTML of {@code code} (without the surrounding {@code <pre>}). */
    public static String render(String code) {
        StringBuilder sb = new StringBuilder();
        int at = 0;
        for (LexToken t : Parser.tokens(code)) {
            int start = Math.max(t.start(), at);
            int end = Math.min(Math.max(t.end(), start), code.length());
            if (start > at) {
                sb.append(HtmlText.escape(code.substring(at, start)));
            }
            String text = code.substring(start, end);
            if (t.kind() == LexToken.Kind.WHITESPACE || text.isEmpty()) {
                sb.append(HtmlText.escape(text));
            } else {
                sb.append("<span class=\"tok-").append(t.kind().name().toLowerCase(Locale.ROOT)).append("\">")
                        .append(HtmlText.escape(text)).append("</span>");
            }
            at = end;
        }
        if (at < code.length()) {
            sb.append(HtmlText.escape(code.substring(at)));
        }
        return sb.toString();
    }
}
