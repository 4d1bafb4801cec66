package se.indikator.runtime.notebook;

import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.indikator.runtime.diag.DiagnosticPrinter;
import se.indikator.runtime.result.TextTable;
import se.indikator.runtime.output.Output;

/**
 * Renders a {@link NotebookDocument} as a Jupyter notebook (nbformat 4.5): a first Markdown cell
 * with the title, script, data sources and run date, then the prose and code cells in order, with
 * ids {@code cell-1}, {@code cell-2}, … by position. Code cells carry their outputs: tables as {@code display_data}
 * ({@code text/html} and the terminal table as {@code text/plain}), charts as a {@code text/html} figure,
 * {@code image/svg+xml} and base64 {@code image/png}, text on {@code stdout} and diagnostics on {@code stderr}.
 */
public final class IpynbNotebook {
    private IpynbNotebook() {
    }

    /** The notebook's JSON text; table numbers use each table's own language, captions and sections Swedish. */
    public static String render(NotebookDocument doc) {
        return render(doc, true);
    }

    /**
     * The notebook's JSON text: captions ("Tabell 1. …") as Markdown before their tables and charts, code
     * folded or hidden through the cell's metadata ({@code jupyter.source_hidden}, and the tags
     * {@code hide-input}/{@code remove-input}, {@code remove-output} that Jupyter Book and nbconvert read),
     * and the messages and the definitions of the indicators as Markdown cells at the end; words in
     * Swedish when {@code swedish}.
     */
    public static String render(NotebookDocument doc, boolean swedish) {
        java.util.Map<String, NotebookDocument.Numbered> numbers = new java.util.HashMap<>();
        doc.captions().forEach(n -> numbers.put(n.cell() + ":" + n.output(), n));
        List<Object> cells = new ArrayList<>();
        cells.add(markdown(header(doc)));
        int count = 1;
        boolean first = true;
        for (int index = 0; index < doc.cells().size(); index++) {
            NotebookCell cell = doc.cells().get(index);
            if (cell instanceof NotebookCell.Markdown m) {
                String md = first ? withoutTitle(m.markdown(), doc.title()) : m.markdown();
                if (!md.isBlank()) {
                    cells.add(markdown(md));
                }
            } else if (cell instanceof NotebookCell.Code c) {
                Map<String, Object> code = new LinkedHashMap<>();
                code.put("cell_type", "code");
                code.put("execution_count", count++);
                code.put("metadata", cellMetadata(c.options()));
                List<Object> outputs = new ArrayList<>();
                for (int k = 0; k < c.outputs().size(); k++) {
                    NotebookDocument.Numbered n = numbers.get(index + ":" + k);
                    if (n != null) {
                        Map<String, Object> data = new LinkedHashMap<>();
                        data.put("text/markdown", lines(captionMarkdown(n, swedish)));
                        data.put("text/plain", lines(n.caption().text(n.number(), swedish)));
                        outputs.add(display(data));
                    }
                    outputs.add(output(c.outputs().get(k)));
                }
                code.put("outputs", outputs);
                code.put("source", lines(c.source()));
                cells.add(code);
            }
            first = false;
        }
        endSections(cells, doc, swedish);
        for (int i = 0; i < cells.size(); i++) {
            @SuppressWarnings("unchecked")
            Map<String, Object> c = (Map<String, Object>) cells.get(i);
            Map<String, Object> withId = new LinkedHashMap<>();
            withId.put("cell_type", c.remove("cell_type"));
            withId.put("id", "cell-" + (i + 1));
            withId.putAll(c);
            cells.set(i, withId);
        }
        Map<String, Object> nb = new LinkedHashMap<>();
        nb.put("cells", cells);
        nb.put("metadata", metadata(doc));
        nb.put("nbformat", 4);
        nb.put("nbformat_minor", 5);
        return Json.write(nb);
    }

    /** The messages, each once, and the definitions of the indicators used, as Markdown cells. */
    private static void endSections(List<Object> cells, NotebookDocument doc, boolean swedish) {
        List<ReportMessage> messages = doc.messages();
        if (!messages.isEmpty()) {
            StringBuilder md = new StringBuilder(swedish ? "## Meddelanden\n\n" : "## Messages\n\n");
            for (ReportMessage m : messages) {
                md.append("```\n").append(DiagnosticPrinter.format(m.diagnostic()).stripTrailing().replace("```", "` ` `"))
                        .append("\n```\n\n");
            }
            cells.add(markdown(md.toString().stripTrailing()));
        }
        if (!doc.definitions().isEmpty()) {
            StringBuilder md = new StringBuilder(swedish ? "## Bilaga: Indikatorernas definitioner\n"
                    : "## Appendix: Definitions of the indicators\n");
            for (se.indikator.runtime.model.IndicatorDef ind : doc.definitions()) {
                md.append("\n### ").append(ind.title() == null ? ind.name() : ind.title()).append(" (`").append(ind.name())
                        .append("`)\n\n");
                for (Definitions.Row r : Definitions.rows(ind, swedish)) {
                    md.append("- **").append(r.label()).append(":** ")
                            .append(r.code() ? "`" + r.value().replace("`", "'") + "`" : r.value()).append('\n');
                }
            }
            cells.add(markdown(md.toString().stripTrailing()));
        }
    }

    /** A code cell's metadata for how it is shown: folded or hidden code, hidden outputs. */
    private static Map<String, Object> cellMetadata(CellOptions o) {
        Map<String, Object> jupyter = new LinkedHashMap<>();
        List<Object> tags = new ArrayList<>();
        if (o.code() != CellOptions.Code.SHOW) {
            jupyter.put("source_hidden", true);
            tags.add(o.code() == CellOptions.Code.FOLD ? "hide-input" : "remove-input");
        }
        if (!o.output()) {
            jupyter.put("outputs_hidden", true);
            tags.add("remove-output");
        }
        Map<String, Object> meta = new LinkedHashMap<>();
        if (!jupyter.isEmpty()) {
            meta.put("jupyter", jupyter);
            meta.put("tags", tags);
        }
        return meta;
    }

    /** A caption in Markdown: the number in bold, the headline, the details in italics on a line of their own. */
    private static String captionMarkdown(NotebookDocument.Numbered n, boolean swedish) {
        StringBuilder sb = new StringBuilder("**").append(n.caption().numbered(n.number(), swedish)).append(".** ")
                .append(n.caption().headline());
        List<String> details = n.caption().details(swedish);
        if (!details.isEmpty()) {
            sb.append("  \n*").append(String.join(" · ", details).replace("*", "\\*")).append('*');
        }
        return sb.toString();
    }

    private static Map<String, Object> metadata(NotebookDocument doc) {
        Map<String, Object> kernel = new LinkedHashMap<>();
        kernel.put("display_name", "indikator");
        kernel.put("language", "indikator");
        kernel.put("name", "indikator");
        Map<String, Object> language = new LinkedHashMap<>();
        language.put("file_extension", ".ind");
        language.put("mimetype", "text/x-indikator");
        language.put("name", "indikator");
        List<Object> data = new ArrayList<>();
        for (DataSource d : doc.dataSources()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", d.name());
            m.put("path", d.path());
            data.add(m);
        }
        Map<String, Object> own = new LinkedHashMap<>();
        own.put("data_sources", data);
        own.put("run_date", doc.runDate().toString());
        own.put("script", HtmlNotebook.fileName(doc.sourceName()));
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("indikator", own);
        meta.put("kernelspec", kernel);
        meta.put("language_info", language);
        meta.put("title", doc.title());
        return meta;
    }

    /** The title as a heading, then the script, its data sources and the run date as a list. */
    private static String header(NotebookDocument doc) {
        StringBuilder sb = new StringBuilder("# ").append(doc.title()).append("\n\n");
        sb.append("- script: `").append(HtmlNotebook.fileName(doc.sourceName())).append("`\n");
        for (DataSource d : doc.dataSources()) {
            sb.append("- data `").append(d.name()).append("`: `").append(d.path()).append("`\n");
        }
        sb.append("- run: ").append(doc.runDate());
        return sb.toString();
    }

    /** The first prose without its first line when that is the title heading (the header shows it). */
    private static String withoutTitle(String md, String title) {
        String[] parts = md.strip().split("\n", 2);
        String head = parts[0].strip();
        boolean isTitle = head.matches("#\\s+\\S.*")
                && head.replaceFirst("^#\\s+", "").replaceFirst("\\s+#+$", "").strip().equals(title);
        return !isTitle ? md : parts.length < 2 ? "" : parts[1];
    }

    private static Map<String, Object> markdown(String text) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cell_type", "markdown");
        m.put("metadata", Map.of());
        m.put("source", lines(text));
        return m;
    }

    private static Map<String, Object> output(Output o) {
        if (o instanceof Output.Table t) {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("text/html", lines(HtmlTable.render(t.table(), t.table().decimalComma())));
            data.put("text/plain", lines(TextTable.render(t.table())));
            return display(data);
        } else if (o instanceof Output.Chart ch) {
            Map<String, Object> data = new LinkedHashMap<>();
            // the figure as HTML too: nbconvert's HTML export prefers image/svg+xml to the PNG and sanitises it
            // down to an empty <svg>, while HTML it shows as it is (and so do JupyterLab and VS Code)
            data.put("text/html", lines(ChartHtml.render(ch.chart())));
            String svg = ChartHtml.inlineSvg(ch.chart().svg());
            if (svg != null) {
                data.put("image/svg+xml", lines(svg));
            }
            if (ch.chart().png() != null && ch.chart().png().length > 0) {
                data.put("image/png", Base64.getEncoder().encodeToString(ch.chart().png()));
            }
            String text = ch.chart().text() != null ? ch.chart().text() : ch.chart().title() == null ? "chart" : ch.chart().title();
            if (!ch.chart().notes().isEmpty()) {
                text = text + (text.endsWith("\n") ? "" : "\n") + String.join("\n", ch.chart().notes());
            }
            data.put("text/plain", lines(text));
            return display(data);
        } else if (o instanceof Output.Text t) {
            return stream("stdout", t.text().endsWith("\n") ? t.text() : t.text() + "\n");
        } else if (o instanceof Output.Message m) {
            return stream("stderr", DiagnosticPrinter.format(m.diagnostic()));
        } else if (o instanceof Output.Prose p) {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("text/markdown", lines(p.markdown()));
            data.put("text/plain", lines(p.markdown()));
            return display(data);
        }
        throw new IllegalArgumentException("unknown output " + o);
    }

    private static Map<String, Object> display(Map<String, Object> data) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("data", data);
        m.put("metadata", Map.of());
        m.put("output_type", "display_data");
        return m;
    }

    private static Map<String, Object> stream(String name, String text) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("output_type", "stream");
        m.put("text", lines(text));
        return m;
    }

    /** Jupyter's multi-line string: the lines of {@code text}, each but the last keeping its newline. */
    static List<Object> lines(String text) {
        List<Object> out = new ArrayList<>();
        int at = 0;
        while (at < text.length()) {
            int nl = text.indexOf('\n', at);
            int end = nl < 0 ? text.length() : nl + 1;
            out.add(text.substring(at, end));
            at = end;
        }
        return out;
    }
}
