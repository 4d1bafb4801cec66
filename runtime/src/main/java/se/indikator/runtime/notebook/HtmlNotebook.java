package se.indikator.runtime.notebook;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.indikator.runtime.diag.Diagnostic;
import se.indikator.runtime.output.Output;

/**
 * Renders a {@link NotebookDocument} as one self-contained HTML5 report: inline style, charts as inline
 * SVG (or PNG data URIs), no scripts and no requests to anywhere. The header shows the title, the data
 * sources and the run date; then the table of contents; prose is rendered from Markdown; code is coloured
 * and shown, folded or hidden as the options say; tables and charts are numbered and captioned, with
 * headers and words in the document's language; diagnostics are gathered once in a messages section,
 * each cell marked with links to its messages; the definitions of the indicators used end the report.
 */
public final class HtmlNotebook {
    private HtmlNotebook() {
    }

    /** The HTML text; Swedish labels and decimal commas when {@code swedish}. */
    public static String render(NotebookDocument doc, boolean swedish) {
        List<ReportMessage> messages = doc.messages();
        Map<Integer, List<Integer>> messagesOfCell = new HashMap<>();
        for (int m = 0; m < messages.size(); m++) {
            for (int c : messages.get(m).cells()) {
                messagesOfCell.computeIfAbsent(c, k -> new ArrayList<>()).add(m);
            }
        }
        Map<String, NotebookDocument.Numbered> numbers = new HashMap<>();
        doc.captions().forEach(n -> numbers.put(n.cell() + ":" + n.output(), n));

        List<ReportSections.TocEntry> toc = new ArrayList<>();
        int[] headings = {0};
        StringBuilder main = new StringBuilder("<main>\n");
        boolean first = true;
        for (int i = 0; i < doc.cells().size(); i++) {
            NotebookCell cell = doc.cells().get(i);
            if (cell instanceof NotebookCell.Markdown m) {
                String md = m.markdown();
                if (first && firstHeadingIsTitle(md, doc.title())) {
                    md = dropFirstHeading(md);
                }
                if (!md.isBlank()) {
                    main.append("<section class=\"cell prose\" id=\"cell-").append(i + 1).append("\">\n")
                            .append(ReportSections.anchorHeadings(MarkdownHtml.render(md), headings, toc)).append("</section>\n");
                }
            } else if (cell instanceof NotebookCell.Code c) {
                code(main, c, i, swedish, messages, messagesOfCell.getOrDefault(i, List.of()), numbers, toc);
            }
            first = false;
        }
        main.append("</main>\n");
        if (!messages.isEmpty()) {
            toc.add(new ReportSections.TocEntry(1, swedish ? "Meddelanden" : "Messages", "messages"));
            main.append(ReportSections.messages(messages, doc.cells(), swedish));
        }
        if (!doc.definitions().isEmpty()) {
            toc.add(new ReportSections.TocEntry(1, swedish ? "Bilaga: Indikatorernas definitioner"
                    : "Appendix: Definitions of the indicators", "definitions"));
            main.append(ReportSections.definitions(doc.definitions(), swedish));
        }

        StringBuilder sb = new StringBuilder();
        sb.append("<!DOCTYPE html>\n<html lang=\"").append(swedish ? "sv" : "en").append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"generator\" content=\"indikator\">\n")
                .append("<title>").append(HtmlText.escape(doc.title())).append("</title>\n")
                .append("<style>\n").append(NotebookCss.CSS).append("</style>\n</head>\n<body>\n");
        header(sb, doc, swedish);
        if (doc.settings().toc() && toc.size() > 1) {
            sb.append(ReportSections.toc(toc, swedish));
        }
        sb.append(main);
        sb.append("<footer class=\"doc\"><p>").append(swedish ? "Skapad med indikator." : "Made with indikator.")
                .append("</p></footer>\n</body>\n</html>\n");
        return sb.toString();
    }

    /** The script's file name without its folders: a published report names no place on the machine it was made on. */
    static String fileName(String path) {
        String p = path.replace('\\', '/');
        return p.substring(p.lastIndexOf('/') + 1);
    }

    private static void header(StringBuilder sb, NotebookDocument doc, boolean swedish) {
        sb.append("<header class=\"doc\">\n<h1>").append(MarkdownHtml.inline(doc.title())).append("</h1>\n<dl>\n");
        sb.append("<dt>").append(swedish ? "Skript" : "Script").append("</dt><dd><code>")
                .append(HtmlText.escape(fileName(doc.sourceName()))).append("</code></dd>\n");
        if (!doc.dataSources().isEmpty()) {
            sb.append("<dt>").append(swedish ? "Datakällor" : "Data sources").append("</dt><dd><ul>\n");
            for (DataSource d : doc.dataSources()) {
                sb.append("<li><code>").append(HtmlText.escape(d.name())).append("</code> ← <code>")
                        .append(HtmlText.escape(d.path())).append("</code></li>\n");
            }
            sb.append("</ul></dd>\n");
        }
        sb.append("<dt>").append(swedish ? "Körd" : "Run on").append("</dt><dd><time datetime=\"")
                .append(doc.runDate()).append("\">").append(doc.runDate()).append("</time></dd>\n");
        sb.append("</dl>\n</header>\n");
    }

    private static void code(StringBuilder sb, NotebookCell.Code c, int index, boolean swedish, List<ReportMessage> messages,
            List<Integer> own, Map<String, NotebookDocument.Numbered> numbers, List<ReportSections.TocEntry> toc) {
        CellOptions options = c.options();
        boolean showsOutput = options.output() && c.outputs().stream().anyMatch(o -> !(o instanceof Output.Message));
        boolean showsCode = !c.source().isEmpty() && options.code() != CellOptions.Code.HIDE;
        if (!showsOutput && !showsCode && own.isEmpty()) {
            return;
        }
        sb.append("<section class=\"cell code-cell\" id=\"cell-").append(index + 1).append('"');
        if (c.firstLine() > 0) {
            sb.append(" data-lines=\"").append(c.firstLine()).append('-').append(c.lastLine()).append('"');
        }
        sb.append(">\n");
        if (!own.isEmpty()) {
            sb.append("<p class=\"markers\">");
            for (int m : own) {
                Diagnostic d = messages.get(m).diagnostic();
                sb.append("<a class=\"marker ").append(d.severity().label()).append("\" href=\"#")
                        .append(ReportSections.messageId(m + 1)).append("\" title=\"").append(HtmlText.escape(d.message()))
                        .append("\">").append(d.severity().label().equals("error") ? "✖ " : "⚠ ")
                        .append(swedish ? "meddelande " : "message ").append(m + 1).append("</a> ");
            }
            sb.append("</p>\n");
        }
        if (showsCode) {
            String pre = "<pre class=\"code\"><code>" + CodeHtml.render(c.source()) + "</code></pre>\n";
            if (options.code() == CellOptions.Code.FOLD) {
                sb.append("<details class=\"code-fold\"><summary>").append(swedish ? "Kod" : "Code").append("</summary>\n")
                        .append(pre).append("</details>\n");
            } else {
                sb.append(pre);
            }
        }
        for (int k = 0; k < c.outputs().size() && options.output(); k++) {
            Output o = c.outputs().get(k);
            if (o instanceof Output.Message) {
                continue;
            }
            NotebookDocument.Numbered n = numbers.get(index + ":" + k);
            String id = n == null ? null : n.caption().label() != null ? n.caption().label()
                    : (n.caption().kind() == Caption.Kind.TABLE ? "tab-" : "fig-") + n.number();
            if (n != null) {
                toc.add(new ReportSections.TocEntry(9, HtmlText.escape(n.caption().numbered(n.number(), swedish) + ". "
                        + n.caption().headline()), id));
            }
            sb.append("<div class=\"output\">\n");
            if (o instanceof Output.Table t) {
                sb.append(n == null ? HtmlTable.render(t.table(), swedish)
                        : HtmlTable.report(t.table(), swedish, caption(n, swedish), id, n.caption().reference()));
            } else if (o instanceof Output.Chart ch) {
                sb.append(n == null ? ChartHtml.render(ch.chart()) : ChartHtml.report(ch.chart(), caption(n, swedish), id));
            } else if (o instanceof Output.Text t) {
                sb.append("<pre class=\"text\">").append(HtmlText.escape(t.text())).append("</pre>\n");
            } else if (o instanceof Output.Prose p) {
                sb.append(MarkdownHtml.render(p.markdown()));
            }
            sb.append("</div>\n");
        }
        sb.append("</section>\n");
    }

    /** A caption's HTML: its number, its headline, and its details (measure, period, reference, source). */
    static String caption(NotebookDocument.Numbered n, boolean swedish) {
        Caption c = n.caption();
        StringBuilder sb = new StringBuilder("<span class=\"caption-number\">").append(HtmlText.escape(c.numbered(n.number(), swedish)))
                .append(".</span> <span class=\"caption-title\">").append(HtmlText.escape(c.headline())).append("</span>");
        List<String> details = c.details(swedish);
        if (!details.isEmpty()) {
            sb.append("<span class=\"caption-details\">");
            for (String d : details) {
                sb.append("<span>").append(HtmlText.escape(d)).append("</span> ");
            }
            sb.setLength(sb.length() - 1);
            sb.append("</span>");
        }
        return sb.toString();
    }

    /** Whether the prose starts with the heading that became the document title (it is shown once, in the header). */
    private static boolean firstHeadingIsTitle(String md, String title) {
        String line = md.strip().split("\n", 2)[0].strip();
        return line.matches("#\\s+\\S.*") && line.replaceFirst("^#\\s+", "").replaceFirst("\\s+#+$", "").strip().equals(title);
    }

    private static String dropFirstHeading(String md) {
        String[] parts = md.strip().split("\n", 2);
        return parts.length < 2 ? "" : parts[1];
    }
}
