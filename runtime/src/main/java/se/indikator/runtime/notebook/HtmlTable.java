package se.indikator.runtime.notebook;

import java.util.List;
import se.indikator.runtime.result.ResultTable;

/**
 * Renders a {@link ResultTable} as an HTML table: the title as caption, numbers formatted for people
 * in the chosen language and right-aligned, suppressed cells empty (the values were never kept), a
 * row with blanks and a {@code note} marked as suppressed, and the footnotes underneath.
 */
public final class HtmlTable {
    private HtmlTable() {
    }

    /** The table's HTML, numbers with a decimal comma when {@code decimalComma}. */
    public static String render(ResultTable t, boolean decimalComma) {
        int cols = t.columns().size();
        boolean[] numeric = new boolean[cols];
        for (int c = 0; c < cols; c++) {
            numeric[c] = true;
            for (List<Object> r : t.rows()) {
                if (r.get(c) != null && !(r.get(c) instanceof Double)) {
                    numeric[c] = false;
                }
            }
        }
        int note = t.columnIndex("note");
        StringBuilder sb = new StringBuilder("<div class=\"table-wrap\">\n<table class=\"result\">\n");
        if (t.title() != null && !t.title().isEmpty()) {
            sb.append("<caption>").append(HtmlText.escape(t.title())).append("</caption>\n");
        }
        sb.append("<thead><tr>");
        for (int c = 0; c < cols; c++) {
            sb.append(numeric[c] ? "<th class=\"num\">" : "<th>").append(HtmlText.escape(t.columns().get(c))).append("</th>");
        }
        sb.append("</tr></thead>\n<tbody>\n");
        for (List<Object> r : t.rows()) {
            boolean suppressed = note >= 0 && r.get(note) != null && !r.get(note).toString().isBlank() && r.contains(null);
            sb.append(suppressed ? "<tr class=\"suppressed\">" : "<tr>");
            for (int c = 0; c < cols; c++) {
                Object v = r.get(c);
                String cls = v == null ? "blank" : v instanceof Double ? "num" : c == note ? "note" : null;
                sb.append(cls == null ? "<td>" : "<td class=\"" + cls + (numeric[c] && v == null ? " num" : "") + "\">")
                        .append(HtmlText.escape(CellFormat.format(t, t.columns().get(c), v, decimalComma))).append("</td>");
            }
            sb.append("</tr>\n");
        }
        sb.append("</tbody>\n</table>\n");
        for (String f : t.footnotes()) {
            sb.append("<p class=\"footnote\">").append(HtmlText.escape(f)).append("</p>\n");
        }
        return sb.append("</div>\n").toString();
    }
}
