package se.indikator.runtime.notebook;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.indikator.runtime.diag.Diagnostic;
import se.indikator.runtime.diag.SourceFile;
import se.indikator.runtime.model.Catalog;
import se.indikator.runtime.model.IndicatorDef;
import se.indikator.runtime.output.Output;
import se.indikator.runtime.output.RunResult;

/**
 * A script laid out as a report: its title (the first Markdown heading, else the file name), the data
 * sources it reads, the date it was run, its cells in source order — prose from runs of {@code #'}
 * lines, and code from the lines between them with the outputs of their statements, their captions and
 * every diagnostic placed after the statement it is about (diagnostics with no place come last) — the
 * report's settings from its {@code #|} options, and the definitions of the indicators it uses.
 */
public record NotebookDocument(String title, String sourceName, List<DataSource> dataSources, LocalDate runDate,
        List<NotebookCell> cells, ReportSettings settings, List<IndicatorDef> definitions) {

    public NotebookDocument {
        dataSources = List.copyOf(dataSources);
        cells = List.copyOf(cells);
        definitions = List.copyOf(definitions);
    }

    /** A document with the default settings and no definitions. */
    public NotebookDocument(String title, String sourceName, List<DataSource> dataSources, LocalDate runDate,
            List<NotebookCell> cells) {
        this(title, sourceName, dataSources, runDate, cells, ReportSettings.DEFAULT, List.of());
    }

    /** Lays out {@code source} with the result of running it; {@code runDate} is shown in the header. */
    public static NotebookDocument of(SourceFile source, RunResult result, LocalDate runDate) {
        return DocumentLayout.lay(source, result, runDate, name -> Optional.empty());
    }

    /**
     * Lays out {@code source} with the result of running it, its captions and definitions read from the
     * indicators of {@code catalog} (the session's, after the run).
     */
    public static NotebookDocument of(SourceFile source, RunResult result, LocalDate runDate, Catalog catalog) {
        return DocumentLayout.lay(source, result, runDate, catalog::indicator);
    }

    /**
     * Several documents as one, e.g. each input of a shell session laid out on its own and then saved
     * together: the cells in order, the data sources and definitions without repeats, the first part's
     * settings, and the title of the first part that has a heading, else {@code name}.
     */
    public static NotebookDocument join(String name, List<NotebookDocument> parts, LocalDate runDate) {
        List<NotebookCell> cells = new ArrayList<>();
        List<DataSource> data = new ArrayList<>();
        Map<String, IndicatorDef> defs = new LinkedHashMap<>();
        for (NotebookDocument d : parts) {
            cells.addAll(d.cells());
            d.dataSources().stream().filter(x -> !data.contains(x)).forEach(data::add);
            d.definitions().forEach(x -> defs.putIfAbsent(x.name(), x));
        }
        ReportSettings settings = parts.isEmpty() ? ReportSettings.DEFAULT : parts.get(0).settings();
        return new NotebookDocument(title(cells, name), name, data, runDate, cells, settings, List.copyOf(defs.values()));
    }

    static String title(List<NotebookCell> cells, String sourceName) {
        for (NotebookCell c : cells) {
            if (c instanceof NotebookCell.Markdown m) {
                for (String line : m.markdown().split("\n")) {
                    String t = line.strip();
                    if (t.matches("#{1,6}\\s+\\S.*")) {
                        return t.replaceFirst("^#+\\s+", "").replaceFirst("\\s+#+$", "").strip();
                    }
                }
            }
        }
        String name = sourceName.replace('\\', '/');
        return name.substring(name.lastIndexOf('/') + 1);
    }

    /** Every diagnostic in the document's cells, in order. */
    public List<Diagnostic> diagnostics() {
        List<Diagnostic> out = new ArrayList<>();
        for (NotebookCell c : cells) {
            if (c instanceof NotebookCell.Code code) {
                code.outputs().forEach(o -> {
                    if (o instanceof Output.Message m) {
                        out.add(m.diagnostic());
                    }
                });
            }
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * The distinct messages of the document, in order of first appearance: a diagnostic with the same
     * code, message and hint as an earlier one is the same message, and adds its cell to that one's.
     */
    public List<ReportMessage> messages() {
        Map<List<String>, Diagnostic> first = new LinkedHashMap<>();
        Map<List<String>, List<Integer>> where = new LinkedHashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            if (cells.get(i) instanceof NotebookCell.Code code) {
                for (Output o : code.outputs()) {
                    if (o instanceof Output.Message m) {
                        Diagnostic d = m.diagnostic();
                        List<String> key = List.of(d.code(), d.message(), d.hint() == null ? "" : d.hint());
                        first.putIfAbsent(key, d);
                        List<Integer> at = where.computeIfAbsent(key, k -> new ArrayList<>());
                        if (!at.contains(i)) {
                            at.add(i);
                        }
                    }
                }
            }
        }
        List<ReportMessage> out = new ArrayList<>();
        first.forEach((k, d) -> out.add(new ReportMessage(d, where.get(k))));
        return out;
    }

    /** A caption with its number among its kind and where it stands: the cell's index and the output's. */
    public record Numbered(Caption caption, int number, int cell, int output) {
    }

    /** Every caption in document order, tables and figures numbered each from 1. */
    public List<Numbered> captions() {
        List<Numbered> out = new ArrayList<>();
        int tables = 0;
        int figures = 0;
        for (int i = 0; i < cells.size(); i++) {
            if (cells.get(i) instanceof NotebookCell.Code code) {
                for (int k = 0; k < code.outputs().size(); k++) {
                    Caption c = code.captions().get(k);
                    if (c != null && code.options().output()) {
                        out.add(new Numbered(c, c.kind() == Caption.Kind.TABLE ? ++tables : ++figures, i, k));
                    }
                }
            }
        }
        return out;
    }
}
