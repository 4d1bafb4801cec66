package se.indikator.runtime.notebook;

import se.indikator.runtime.diag.Diagnostic;
import se.indikator.runtime.diag.DiagnosticPrinter;
import se.indikator.runtime.output.Output;

/**
 * Renders a {@link NotebookDocument} as one self-contained HTML5 file: inline style, charts as inline
 * SVG (or PNG data URIs), no scripts and no requests to anywhere. The header shows the title, the
 * data sources and the run date; prose is rendered from Markdown; code is coloured; tables have
 * numbers formatted for the language; diagnostics stand where they arose.
 */
public final class HtmlNotebook {
    private HtmlNotebook() {
    }

    /** The HTML text; Swedish labels and decimal commas when {@code swedish}. */
    public static String render(NotebookDocument doc, boolean swedish) {
        StringBuilder sb = new StringBuilder();
        sb.append("<!DOCTYPE html>\n<html lang=\"").append(swedish ? "sv" : "en").append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"generator\" content=\"indikator\">\n")
                .append("<title>").append(HtmlText.escape(doc.title())).append("</title>\n")
                .append("<style>\n").append(NotebookCss.CSS).append("</style>\n</head>\n<body>\n");
        header(sb, doc, swedish);
        sb.append("<main>\n");
        boolean first = true;
        int index = 0;
        for (NotebookCell cell : doc.cells()) {
            index++;
            if (cell instanceof NotebookCell.Markdown m) {
                String md = m.markdown();
                if (first && firstHeadingIsTitle(md, doc.title())) {
                    md = dropFirstHeading(md);
                }
                first = false;
                if (md.isBlank()) {
                    continue;
                }
                sb.append("<section class=\"cell prose\" id=\"cell-").append(index).append("\">\n").append(MarkdownHtml.render(md)).append("</section>\n");
            } else if (cell instanceof NotebookCell.Code c) {
                code(sb, c, index, swedish);
            }
            first = false;
        }
        sb.append("</main>\n<footer class=\"doc\"><p>")
                .append(swedish ? "Skapad med indikator." : "Made with indikator.")
                .append("</p></footer>\n</body>\n</html>\n");
        return sb.toString();
    }

    private static void header(StringBuilder sb, NotebookDocument doc, boolean swedish) {
        sb.append("<header class=\"doc\">\n<h1>").append(MarkdownHtml.inline(doc.title())).append("</h1>\n<dl>\n");
        sb.append("<dt>").append(swedish ? "Skript" : "Script").append("</dt><dd><code>")
                .append(HtmlText.escape(doc.sourceName())).append("</code></dd>\n");
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

    private static void code(StringBuilder sb, NotebookCell.Code c, int index, boolean swedish) {
        sb.append("<section class=\"cell code-cell\" id=\"cell-").append(index).append('"');
        if (c.firstLine() > 0) {
            sb.append(" data-lines=\"").append(c.firstLine()).append('-').append(c.lastLine()).append('"');
        }
        sb.append(">\n");
        if (!c.source().isEmpty()) {
            sb.append("<pre class=\"code\"><code>").append(CodeHtml.render(c.source())).append("</code></pre>\n");
        }
        for (Output o : c.outputs()) {
            sb.append("<div class=\"output\">\n");
            if (o instanceof Output.Table t) {
                sb.append(HtmlTable.render(t.table(), swedish));
            } else if (o instanceof Output.Chart ch) {
                sb.append(ChartHtml.render(ch.chart()));
            } else if (o instanceof Output.Text t) {
                sb.append("<pre class=\"text\">").append(HtmlText.escape(t.text())).append("</pre>\n");
            } else if (o instanceof Output.Message m) {
                sb.append(diagnostic(m.diagnostic()));
            } else if (o instanceof Output.Prose p) {
                sb.append(MarkdownHtml.render(p.markdown()));
            }
            sb.append("</div>\n");
        }
        sb.append("</section>\n");
    }

    /** A diagnostic as a {@code <pre>} classed by its severity ({@code error}, {@code warning}, {@code note}). */
    static String diagnostic(Diagnostic d) {
        return "<pre class=\"diagnostic " + d.severity().label() + "\">"
                + HtmlText.escape(DiagnosticPrinter.format(d).stripTrailing()) + "</pre>\n";
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
