package se.indikator.runtime.notebook;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.indikator.runtime.diag.Diagnostic;
import se.indikator.runtime.diag.DiagnosticPrinter;
import se.indikator.runtime.model.IndicatorDef;

/**
 * The parts of an HTML report around its cells: the table of contents (the prose's headings and the
 * numbered captions, in order), the messages section (each distinct message once, linked to the cells
 * it arose in) and the appendix with the definitions of the indicators used.
 */
final class ReportSections {
    private ReportSections() {
    }

    /** An entry of the table of contents: its depth (1 for a heading of level 2, …; 9 for a caption), its text as HTML and its anchor. */
    record TocEntry(int depth, String html, String anchor) {
    }

    private static final Pattern HEADING = Pattern.compile("<h([1-6])>(.*?)</h\\1>");

    /** Gives each heading of rendered prose an id {@code sec-N} (counting on from {@code counter[0]}) and adds it to {@code toc}. */
    static String anchorHeadings(String html, int[] counter, List<TocEntry> toc) {
        Matcher m = HEADING.matcher(html);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String id = "sec-" + (++counter[0]);
            int level = Integer.parseInt(m.group(1));
            toc.add(new TocEntry(Math.max(1, level - 1), m.group(2), id));
            m.appendReplacement(sb, Matcher.quoteReplacement("<h" + level + " id=\"" + id + "\">" + m.group(2) + "</h" + level + ">"));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** The table of contents as a {@code <nav>}. */
    static String toc(List<TocEntry> entries, boolean sv) {
        StringBuilder sb = new StringBuilder("<nav class=\"toc\" aria-labelledby=\"toc-title\">\n<h2 id=\"toc-title\">")
                .append(sv ? "Innehåll" : "Contents").append("</h2>\n<ul>\n");
        for (TocEntry e : entries) {
            sb.append("<li class=\"").append(e.depth() == 9 ? "toc-caption" : "toc-" + e.depth()).append("\"><a href=\"#")
                    .append(HtmlText.escape(e.anchor())).append("\">").append(e.html()).append("</a></li>\n");
        }
        return sb.append("</ul>\n</nav>\n").toString();
    }

    /** The anchor of message number {@code n} (from 1). */
    static String messageId(int n) {
        return "msg-" + n;
    }

    /** The messages section: each message's text, and a link to every cell it arose in ({@code cellIds} by cell index). */
    static String messages(List<ReportMessage> messages, List<NotebookCell> cells, boolean sv) {
        StringBuilder sb = new StringBuilder("<section class=\"messages\" id=\"messages\">\n<h2>")
                .append(sv ? "Meddelanden" : "Messages").append("</h2>\n<ol>\n");
        for (int i = 0; i < messages.size(); i++) {
            ReportMessage m = messages.get(i);
            Diagnostic d = m.diagnostic();
            sb.append("<li id=\"").append(messageId(i + 1)).append("\" class=\"message ").append(d.severity().label())
                    .append("\">\n<pre class=\"diagnostic ").append(d.severity().label()).append("\">")
                    .append(HtmlText.escape(DiagnosticPrinter.format(d).stripTrailing())).append("</pre>\n<p class=\"where\">")
                    .append(sv ? "Uppstod i: " : "Arose in: ");
            List<String> links = new ArrayList<>();
            for (int c : m.cells()) {
                NotebookCell cell = cells.get(c);
                int own = d.span().isKnown() ? d.span().line() : 0;
                int line = own >= cell.firstLine() && own <= cell.lastLine() ? own : cell.firstLine();
                links.add("<a href=\"#cell-" + (c + 1) + "\">" + (line > 0 ? (sv ? "rad " : "line ") + line : (sv ? "slutet" : "the end"))
                        + "</a>");
            }
            sb.append(String.join(", ", links)).append("</p>\n</li>\n");
        }
        return sb.append("</ol>\n</section>\n").toString();
    }

    /** The anchor of an indicator's definition. */
    static String definitionId(String name) {
        return "def-" + name.replaceAll("[^\\p{L}\\p{N}_-]", "-");
    }

    /** The appendix: one definition list per indicator. */
    static String definitions(List<IndicatorDef> defs, boolean sv) {
        StringBuilder sb = new StringBuilder("<section class=\"appendix\" id=\"definitions\">\n<h2>")
                .append(sv ? "Bilaga: Indikatorernas definitioner" : "Appendix: Definitions of the indicators").append("</h2>\n");
        for (IndicatorDef ind : defs) {
            sb.append("<section class=\"definition\" id=\"").append(definitionId(ind.name())).append("\">\n<h3>")
                    .append(HtmlText.escape(ind.title() == null ? ind.name() : ind.title())).append(" <code>")
                    .append(HtmlText.escape(ind.name())).append("</code></h3>\n<dl>\n");
            for (Definitions.Row r : Definitions.rows(ind, sv)) {
                sb.append("<dt>").append(HtmlText.escape(r.label())).append("</dt><dd>")
                        .append(r.code() ? "<code>" + HtmlText.escape(r.value()) + "</code>" : HtmlText.escape(r.value()))
                        .append("</dd>\n");
            }
            sb.append("</dl>\n</section>\n");
        }
        return sb.append("</section>\n").toString();
    }
}
