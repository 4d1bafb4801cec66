package se.indikator.runtime.notebook;

import java.util.List;
import se.indikator.runtime.result.ResultTable;
import se.indikator.runtime.result.Wording;

/**
 * Renders a {@link ResultTable} as an HTML table: numbers formatted for people in the chosen language and
 * right-aligned, suppressed cells empty (the values were never kept), a row with blanks and a {@code note}
 * marked as suppressed, and the footnotes underneath. In a report ({@link #report}) the headers and the
 * words of comparisons are in the document's language, the caption stands above in a figure, the table
 * scrolls inside its own box, and rows after the first {@value #PAGE} are folded behind a control that
 * needs no script (all rows are printed).
 */
public final class HtmlTable {
    private HtmlTable() {
    }

    /** Rows shown before a long table folds the rest. */
    public static final int PAGE = 25;

    /** The table's HTML with its title as caption and its stable column names, numbers with a decimal comma when {@code decimalComma}. */
    public static String render(ResultTable t, boolean decimalComma) {
        String caption = t.title() != null && !t.title().isEmpty() ? "<caption>" + HtmlText.escape(t.title()) + "</caption>\n" : "";
        return "<div class=\"table-wrap\">\n" + table(t, decimalComma, false, caption, Integer.MAX_VALUE) + footnotes(t, null)
                + "</div>\n";
    }

    /**
     * The table as a report shows it: a {@code <figure>} with {@code captionHtml} as its
     * {@code <figcaption>}, headers and verdicts in the document's language ({@code swedish}), the footnotes
     * except {@code shownInCaption}, and the rows after the first {@value #PAGE} folded; {@code id} names
     * the figure.
     */
    public static String report(ResultTable t, boolean swedish, String captionHtml, String id, String shownInCaption) {
        int rows = t.rows().size();
        boolean folds = rows > PAGE + 5;
        StringBuilder sb = new StringBuilder("<figure class=\"table-figure").append(rows <= PAGE ? " small" : "").append(t.columns().size() > 9 ? " wide" : "")
                .append("\" id=\"").append(HtmlText.escape(id)).append("\">\n");
        if (captionHtml != null) {
            sb.append("<figcaption>").append(captionHtml).append("</figcaption>\n");
        }
        if (folds) {
            sb.append("<input type=\"checkbox\" class=\"more-toggle\" id=\"").append(HtmlText.escape(id)).append("-rows\">\n");
        }
        sb.append("<div class=\"table-wrap\">\n").append(table(t, swedish, true, "", folds ? PAGE : Integer.MAX_VALUE))
                .append("</div>\n");
        if (folds) {
            sb.append("<label class=\"more-label\" for=\"").append(HtmlText.escape(id)).append("-rows\"><span class=\"when-closed\">")
                    .append(swedish ? "Visa alla " + rows + " rader" : "Show all " + rows + " rows")
                    .append("</span><span class=\"when-open\">").append(swedish ? "Visa de första " + PAGE : "Show the first " + PAGE)
                    .append("</span></label>\n");
        }
        return sb.append(footnotes(t, shownInCaption)).append("</figure>\n").toString();
    }

    private static String table(ResultTable t, boolean swedish, boolean translated, String caption, int page) {
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
        StringBuilder sb = new StringBuilder("<table class=\"result\">\n").append(caption);
        sb.append("<thead><tr>");
        for (int c = 0; c < cols; c++) {
            String name = t.columns().get(c);
            String header = translated ? Wording.header(name, swedish) : name;
            String cls = (numeric[c] ? "num" : "") + (translated && header.length() > 12 && header.contains(" ") ? (numeric[c] ? " " : "") + "wrap" : "");
            sb.append(cls.isEmpty() ? "<th" : "<th class=\"" + cls + "\"");
            if (translated) {
                sb.append(" data-column=\"").append(HtmlText.escape(name)).append("\">")
                        .append(HtmlText.escape(header));
            } else {
                sb.append('>').append(HtmlText.escape(name));
            }
            sb.append("</th>");
        }
        sb.append("</tr></thead>\n<tbody>\n");
        int n = 0;
        for (List<Object> r : t.rows()) {
            boolean suppressed = note >= 0 && r.get(note) != null && !r.get(note).toString().isBlank() && r.contains(null);
            String cls = (suppressed ? "suppressed" : "") + (n++ >= page ? (suppressed ? " " : "") + "more" : "");
            sb.append(cls.isEmpty() ? "<tr>" : "<tr class=\"" + cls + "\">");
            for (int c = 0; c < cols; c++) {
                Object v = r.get(c);
                String column = t.columns().get(c);
                String kind = v == null ? "blank" : v instanceof Double ? "num" : c == note ? "note" : null;
                String text = CellFormat.format(t, column, v, swedish);
                if (translated && v instanceof String s && Wording.isWordColumn(column)) {
                    text = Wording.word(s, swedish);
                }
                sb.append(kind == null ? "<td>" : "<td class=\"" + kind + (numeric[c] && v == null ? " num" : "") + "\">")
                        .append(HtmlText.escape(text)).append("</td>");
            }
            sb.append("</tr>\n");
        }
        return sb.append("</tbody>\n</table>\n").toString();
    }

    private static String footnotes(ResultTable t, String except) {
        StringBuilder sb = new StringBuilder();
        for (String f : t.footnotes()) {
            if (!f.equals(except)) {
                sb.append("<p class=\"footnote\">").append(HtmlText.escape(f)).append("</p>\n");
            }
        }
        return sb.toString();
    }
}
