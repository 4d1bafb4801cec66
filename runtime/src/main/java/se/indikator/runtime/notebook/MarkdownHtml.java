package se.indikator.runtime.notebook;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Renders the Markdown used in notebook prose as HTML: headings ({@code #}, {@code ##}, {@code ###}
 * and deeper), paragraphs, {@code *emphasis*}, {@code **strong**}, {@code `code`}, lists with
 * {@code -} or {@code 1.}, and links {@code [text](url)}. All text is escaped; raw HTML is shown as
 * text. Links may only point to relative addresses, {@code #anchors} or {@code mailto:} — a notebook
 * makes no requests, so web addresses are shown as text rather than as links.
 */
public final class MarkdownHtml {
    private MarkdownHtml() {
    }

    /** The HTML of a Markdown text, one block element per line group. */
    public static String render(String markdown) {
        StringBuilder out = new StringBuilder();
        List<String> para = new ArrayList<>();
        String listTag = null;
        for (String raw : markdown.split("\n", -1)) {
            String line = raw.strip();
            String item = listItem(line, "ul");
            String ordered = listItem(line, "ol");
            String kind = item != null ? "ul" : ordered != null ? "ol" : null;
            if (line.isEmpty() || heading(line) > 0 || kind != null) {
                flush(out, para);
            }
            if (listTag != null && !listTag.equals(kind)) {
                out.append("</").append(listTag).append(">\n");
                listTag = null;
            }
            if (line.isEmpty()) {
                continue;
            }
            int level = heading(line);
            if (level > 0) {
                String text = line.substring(level).strip().replaceFirst("\\s+#+$", "");
                out.append("<h").append(level).append('>').append(inline(text)).append("</h").append(level).append(">\n");
            } else if (kind != null) {
                if (listTag == null) {
                    out.append('<').append(kind).append(">\n");
                    listTag = kind;
                }
                out.append("<li>").append(inline(item != null ? item : ordered)).append("</li>\n");
            } else {
                para.add(line);
            }
        }
        flush(out, para);
        if (listTag != null) {
            out.append("</").append(listTag).append(">\n");
        }
        return out.toString();
    }

    private static void flush(StringBuilder out, List<String> para) {
        if (!para.isEmpty()) {
            out.append("<p>").append(inline(String.join("\n", para))).append("</p>\n");
            para.clear();
        }
    }

    /** The heading level of a line ({@code #} to {@code ######} and a space), or 0. */
    private static int heading(String line) {
        int n = 0;
        while (n < line.length() && line.charAt(n) == '#') {
            n++;
        }
        return n >= 1 && n <= 6 && n < line.length() && line.charAt(n) == ' ' ? n : 0;
    }

    /** The text of a list item of the given kind, or null when the line is not one. */
    private static String listItem(String line, String kind) {
        if (kind.equals("ul")) {
            return (line.startsWith("- ") || line.startsWith("* ")) ? line.substring(2).strip() : null;
        }
        int i = 0;
        while (i < line.length() && Character.isDigit(line.charAt(i))) {
            i++;
        }
        return i > 0 && i + 1 < line.length() && line.charAt(i) == '.' && line.charAt(i + 1) == ' '
                ? line.substring(i + 2).strip() : null;
    }

    /** Inline markup: code spans first (their content is literal), then links, strong and emphasis. */
    static String inline(String s) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length() && "\\`*_[]()#-.!".indexOf(s.charAt(i + 1)) >= 0) {
                out.append(HtmlText.escape(String.valueOf(s.charAt(i + 1))));
                i += 2;
            } else if (c == '`') {
                int end = s.indexOf('`', i + 1);
                if (end < 0) {
                    out.append('`');
                    i++;
                } else {
                    out.append("<code>").append(HtmlText.escape(s.substring(i + 1, end))).append("</code>");
                    i = end + 1;
                }
            } else if (c == '[') {
                int close = s.indexOf("](", i);
                int end = close < 0 ? -1 : s.indexOf(')', close + 2);
                if (close < 0 || end < 0 || s.substring(i + 1, close).contains("[")) {
                    out.append('[');
                    i++;
                } else {
                    String text = inline(s.substring(i + 1, close));
                    String url = s.substring(close + 2, end).strip();
                    if (safeLink(url)) {
                        out.append("<a href=\"").append(HtmlText.escape(url)).append("\">").append(text).append("</a>");
                    } else {
                        out.append(text).append(" (").append(HtmlText.escape(url)).append(')');
                    }
                    i = end + 1;
                }
            } else if ((c == '*' || c == '_') && s.startsWith(String.valueOf(c).repeat(2), i)) {
                String mark = String.valueOf(c).repeat(2);
                int end = s.indexOf(mark, i + 2);
                if (end > i + 2) {
                    out.append("<strong>").append(inline(s.substring(i + 2, end))).append("</strong>");
                    i = end + 2;
                } else {
                    out.append(HtmlText.escape(mark));
                    i += 2;
                }
            } else if (c == '*' || (c == '_' && (i == 0 || !Character.isLetterOrDigit(s.charAt(i - 1))))) {
                int end = closing(s, c, i + 1);
                if (end > i + 1 && !Character.isWhitespace(s.charAt(i + 1))) {
                    out.append("<em>").append(inline(s.substring(i + 1, end))).append("</em>");
                    i = end + 1;
                } else {
                    out.append(c);
                    i++;
                }
            } else {
                out.append(HtmlText.escape(String.valueOf(c)));
                i++;
            }
        }
        return out.toString();
    }

    /** The index of the single marker {@code c} that closes an emphasis started before {@code from}, or -1. */
    private static int closing(String s, char c, int from) {
        for (int j = from; j < s.length(); j++) {
            if (s.charAt(j) == '`') {
                int end = s.indexOf('`', j + 1);
                if (end < 0) {
                    return -1;
                }
                j = end;
            } else if (s.charAt(j) == c && !s.startsWith(String.valueOf(c).repeat(2), j)
                    && !Character.isWhitespace(s.charAt(j - 1))) {
                return j;
            } else if (s.charAt(j) == c) {
                j++;
            }
        }
        return -1;
    }

    /** Whether a link target stays inside the document or on this computer (no scheme other than mailto). */
    static boolean safeLink(String url) {
        String u = url.toLowerCase(Locale.ROOT);
        int colon = u.indexOf(':');
        int slash = u.indexOf('/');
        boolean hasScheme = colon >= 0 && (slash < 0 || colon < slash);
        return !u.isEmpty() && !u.startsWith("//") && (!hasScheme || u.startsWith("mailto:"));
    }
}
