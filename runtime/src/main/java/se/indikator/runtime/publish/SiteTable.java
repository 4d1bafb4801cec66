package se.indikator.runtime.publish;

import static se.indikator.runtime.notebook.HtmlText.escape;

import java.util.List;
import se.indikator.runtime.result.NumberFormat;
import se.indikator.runtime.result.Wording;

/**
 * An accessible data table of a site's page: a caption, column headers and row headers with their scope,
 * numbers right-aligned in the page's language with their full value in {@code data-value} (only values the
 * ledger released are ever given), a blank cell said in words, a comparison as its word and a mark; inside
 * a box that scrolls sideways on a narrow screen and can be reached by keyboard.
 */
final class SiteTable {
    private SiteTable() {
    }

    /** A cell: a row header, a number, a comparison word, or text. */
    record Cell(String text, double value, Kind kind, String comparison, String href) {
    }

    /** What a cell holds. */
    enum Kind {
        HEADER, NUMBER, COMPARISON, TEXT
    }

    static Cell header(String text) {
        return new Cell(text, Double.NaN, Kind.HEADER, null, null);
    }

    /** A row header that links to the page of what it names. */
    static Cell header(String text, String href) {
        return new Cell(text, Double.NaN, Kind.HEADER, null, href);
    }

    static Cell text(String text) {
        return new Cell(text, Double.NaN, Kind.TEXT, null, null);
    }

    static Cell number(double v, int decimals, boolean swedish) {
        return new Cell(NumberFormat.human(v, decimals, swedish), v, Kind.NUMBER, null, null);
    }

    /** A comparison with the whole country: its word in the language, and the stable word for its mark. */
    static Cell comparison(String word, boolean swedish) {
        return new Cell(word == null ? "" : Wording.word(word, swedish), Double.NaN, Kind.COMPARISON, word, null);
    }

    /** The table with {@code id}, its caption, headers and rows. */
    static String render(String id, String caption, List<String> headers, List<List<Cell>> rows, SiteWords w) {
        StringBuilder sb = new StringBuilder();
        sb.append("<div class=\"table-wrap\" role=\"region\" tabindex=\"0\" aria-labelledby=\"").append(id).append("-caption\">")
                .append("<table id=\"").append(id).append("\"><caption id=\"").append(id).append("-caption\">")
                .append(escape(caption)).append("</caption>\n<thead><tr>");
        for (String h : headers) {
            sb.append("<th scope=\"col\">").append(escape(h)).append("</th>");
        }
        sb.append("</tr></thead>\n<tbody>\n");
        for (List<Cell> row : rows) {
            sb.append("<tr>");
            for (Cell c : row) {
                cell(sb, c, w);
            }
            sb.append("</tr>\n");
        }
        return sb.append("</tbody></table></div>\n").toString();
    }

    private static void cell(StringBuilder sb, Cell c, SiteWords w) {
        switch (c.kind()) {
            case HEADER -> sb.append("<th scope=\"row\">").append(c.href() == null ? escape(c.text())
                    : "<a href=\"" + escape(c.href()) + "\">" + escape(c.text()) + "</a>").append("</th>");
            case NUMBER -> {
                if (Double.isNaN(c.value())) {
                    sb.append("<td class=\"num blank\"><span aria-hidden=\"true\">–</span><span class=\"sr\">")
                            .append(escape(w.get("not shown"))).append("</span></td>");
                } else {
                    sb.append("<td class=\"num\" data-value=\"").append(NumberFormat.machine(c.value())).append("\">")
                            .append(escape(c.text())).append("</td>");
                }
            }
            case COMPARISON -> {
                String cls = c.comparison() == null ? "none" : Slugs.of(c.comparison());
                sb.append("<td class=\"cmp cmp-").append(cls).append("\" data-comparison=\"")
                        .append(c.comparison() == null ? "" : escape(c.comparison())).append("\">")
                        .append(escape(c.text())).append("</td>");
            }
            case TEXT -> sb.append("<td>").append(escape(c.text() == null ? "" : c.text())).append("</td>");
        }
    }
}
