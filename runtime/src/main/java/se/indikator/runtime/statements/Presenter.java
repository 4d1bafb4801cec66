package se.indikator.runtime.statements;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.indikator.runtime.chart.Chart;
import se.indikator.runtime.diag.Diagnostic;
import se.indikator.runtime.diag.Span;
import se.indikator.runtime.output.Output;
import se.indikator.runtime.plan.QueryPlan;
import se.indikator.runtime.ast.Target;
import se.indikator.runtime.ast.Columns;
import se.indikator.runtime.result.ColumnChoice;
import se.indikator.runtime.result.CsvFormat;
import se.indikator.runtime.result.TableView;
import se.indikator.runtime.result.CsvWriter;
import se.indikator.runtime.result.JsonWriter;
import se.indikator.runtime.result.ParquetWriter;
import se.indikator.runtime.result.ResultTable;
import se.indikator.runtime.result.TableFormat;
import se.indikator.runtime.result.XlsxWriter;

/**
 * Where a statement's outputs go when it is presented: its list of outputs, and the files it may write — the
 * tables it prints, to the file named by {@code to "…"} (relative to the script's folder; CSV, an Excel workbook,
 * JSON or Parquet by the extension), charts (PNG and SVG in the plots folder) and, with the command line's
 * {@code --csv DIR}, every printed table as CSV. It never writes over a file the session reads, and writes CSV as
 * the statement's {@code set csv format} and {@code set csv formulas} say.
 */
public final class Presenter {
    private final List<Output> out;
    private final Path base;
    private final Path plots;
    private final RunFiles files;
    private final CsvFormat csvFormat;
    private final List<ResultTable> shown = new ArrayList<>();
    private final Span statement;

    /**
     * @param files the files of the run: those read, which are never written, the {@code --csv} folder, workbooks
     * @param csvFormat how CSV files are written
     * @param statement the statement presented, where problems with files it writes unasked are reported
     */
    public Presenter(List<Output> out, Path base, Path plots, RunFiles files, CsvFormat csvFormat, Span statement) {
        this.statement = statement;
        this.out = out;
        this.base = base;
        this.plots = plots;
        this.files = files;
        this.csvFormat = csvFormat;
    }

    /** How the tables are printed: the columns the statement or the settings chose. */
    private TableView view = TableView.COMPACT;
    /** The statement's {@code columns …}, whose names are checked against each table printed; or null. */
    private Columns asked;

    /**
     * The columns printed tables show: those named by the statement's {@code columns} clause when it has one
     * ({@code asked}), else the setting's ({@code set columns}).
     */
    public Presenter columns(ColumnChoice setting, Columns asked) {
        this.asked = asked;
        this.view = new TableView(asked == null ? setting : ColumnChoice.named(asked.texts()), TableView.Layout.ROWS);
        return this;
    }

    /** Prints {@code t} as one block of fields a row (the catalogue), and into the {@code --csv} folder. */
    public void records(ResultTable t) {
        TableView rows = view;
        view = new TableView(view.columns(), TableView.Layout.RECORDS);
        table(t);
        view = rows;
    }

    /** Prints {@code t} (and writes it into the {@code --csv} folder, named after its title). */
    public void table(ResultTable t) {
        table(t, null, stem(t));
    }

    /** Prints {@code t} with the plan it was computed by. */
    public void table(ResultTable t, QueryPlan plan) {
        table(t, plan, stem(t));
    }

    /** Prints {@code t}; in the {@code --csv} folder its file is named {@code stem.csv} (or stem_2.csv, …). */
    public void table(ResultTable t, QueryPlan plan, String stem) {
        out.add(new Output.Table(t, plan, view));
        shown.add(t);
        if (asked != null && view.columns().kind() == ColumnChoice.Kind.NAMED) {
            for (se.indikator.runtime.ast.Name n : asked.names()) {
                if (!t.columns().contains(n.text())) {
                    message(Diagnostic.warning("W116", n.span(), "the table '" + (t.title() == null ? "" : t.title())
                            + "' has no column '" + n.text() + "'; it is printed without it",
                            se.indikator.runtime.diag.Suggest.hint(n.text(), t.columns(), "column")));
                }
            }
        }
        if (files.csvDir() != null) {
            String name = files.csvName(stem);
            try {
                Path file = files.csvDir().resolve(name);
                if (mayWrite(file, file.toString(), statement)) {
                    CsvWriter.write(t, file, csvFormat);
                }
            } catch (IOException | RuntimeException e) {
                message(Diagnostic.error("E140", statement, "cannot write " + name + ": "
                        + se.indikator.runtime.diag.IoReason.of(e), "check that the folder can be written"));
            }
        }
    }

    /** The part of a title before its description: "amenable" of "amenable — Åtgärdbar dödlighet (rate …)". */
    private static String stem(ResultTable t) {
        String title = t.title() == null ? "table" : t.title();
        int cut = title.length();
        for (String mark : List.of(" — ", " (", ": ")) {
            int i = title.indexOf(mark);
            if (i > 0) {
                cut = Math.min(cut, i);
            }
        }
        return title.substring(0, cut);
    }

    public void text(String text) {
        out.add(new Output.Text(text));
    }

    public void message(Diagnostic d) {
        out.add(new Output.Message(d));
    }

    /** The folder of the script, for paths it names. */
    public Path base() {
        return base;
    }

    /** Writes the tables this statement printed to {@code to}, when the statement names a file. */
    public void writeShown(Target to) {
        if (to == null) {
            return;
        }
        if (shown.isEmpty()) {
            message(Diagnostic.warning("W142", to.span(), "nothing was written to '" + to.path() + "': the statement printed no table",
                    "see the messages above for why it has no result"));
            return;
        }
        write(List.copyOf(shown), to.path(), to.span());
    }

    /** Writes {@code table} to {@code path} (relative to the script's folder) and says so, or reports why not. */
    public void write(ResultTable table, String path, Span at) {
        write(List.of(table), path, at);
    }

    /**
     * Writes {@code tables} to {@code path} (relative to the script's folder) in the format its extension names —
     * a workbook holds several, one sheet each, and gains the sheets of later statements of the run that write to
     * it; a file of another kind holds one, so the second table goes to {@code FILE_2.csv} and so on — and says
     * so, or reports why not.
     */
    public void write(List<ResultTable> tables, String path, Span at) {
        try {
            Path file = base.resolve(path);
            if (!mayWrite(file, path, at)) {
                return;
            }
            Optional<TableFormat> format = TableFormat.of(path);
            if (format.isEmpty()) {
                message(Diagnostic.error("E142", at, "cannot write '" + path + "': tables are written as " + TableFormat.names(),
                        "end the file name with one of them, e.g. '" + another(path, "xlsx") + "'"));
                return;
            }
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            if (format.get() == TableFormat.XLSX) {
                XlsxWriter.write(file, files.addSheets(file, tables));
                text("wrote " + rows(tables) + (tables.size() > 1 ? " in " + tables.size() + " sheets" : "") + " to " + path);
                return;
            }
            // a file of another kind holds one table: the second and later go to FILE_2.csv, FILE_3.csv, …
            List<String> names = new ArrayList<>();
            for (int i = 0; i < tables.size(); i++) {
                String name = i == 0 ? path : numbered(path, i + 1);
                Path target = i == 0 ? file : base.resolve(name);
                if (i > 0 && !mayWrite(target, name, at)) {
                    return;
                }
                ResultTable t = tables.get(i);
                switch (format.get()) {
                    case CSV -> CsvWriter.write(t, target, csvFormat);
                    case JSON -> Files.writeString(target, JsonWriter.document(t), StandardCharsets.UTF_8);
                    default -> ParquetWriter.write(t, target);
                }
                names.add(name);
            }
            text("wrote " + rows(tables) + " to " + String.join(", ", names));
        } catch (IOException | RuntimeException e) {
            message(Diagnostic.error("E140", at, "cannot write '" + path + "': " + se.indikator.runtime.diag.IoReason.of(e),
                    "check that the folder can be written"));
        }
    }

    private static String rows(List<ResultTable> tables) {
        int rows = tables.stream().mapToInt(t -> t.rows().size()).sum();
        return rows + (rows == 1 ? " row" : " rows");
    }

    /** {@code ut/trend.csv}, 2 → {@code ut/trend_2.csv}. */
    private static String numbered(String path, int n) {
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        int dot = path.lastIndexOf('.');
        return dot > slash + 1 ? path.substring(0, dot) + "_" + n + path.substring(dot) : path + "_" + n;
    }

    /**
     * Whether a result may be written to {@code file} (named {@code shown} in the script): not when the session
     * reads it — its data, the script or a script it imports — which is reported at {@code at}.
     */
    public boolean mayWrite(Path file, String shown, Span at) {
        Optional<String> what = files.reads().reader(file);
        if (what.isEmpty()) {
            return true;
        }
        message(Diagnostic.error("E141", at, "cannot write '" + shown + "': it is " + what.get()
                        + ", and writing would overwrite it",
                "write the result to another file, e.g. '" + another(shown, null) + "'"));
        return false;
    }

    /** {@code data/births.csv} → {@code data/births_result.csv} (or another extension): a file name to suggest instead. */
    private static String another(String shown, String extension) {
        int slash = Math.max(shown.lastIndexOf('/'), shown.lastIndexOf('\\'));
        int dot = shown.lastIndexOf('.');
        String stem = dot > slash + 1 ? shown.substring(0, dot) : shown;
        if (extension != null) {
            return stem + "." + extension;
        }
        return dot > slash + 1 ? stem + "_result" + shown.substring(dot) : shown + "_result.csv";
    }

    /** Writes a chart's PNG and SVG files into the plots folder and adds the chart to the outputs. */
    public void chart(Chart chart, String baseName) {
        String safe = baseName.replaceAll("[^\\p{L}\\p{N}_-]+", "_");
        List<Path> written = new ArrayList<>();
        try {
            Files.createDirectories(plots);
            Path png = plots.resolve(safe + ".png");
            Path svg = plots.resolve(safe + ".svg");
            Files.write(png, chart.png());
            Files.writeString(svg, chart.svg(), StandardCharsets.UTF_8);
            written.add(png);
            written.add(svg);
        } catch (IOException e) {
            message(Diagnostic.warning("W170", Span.NONE, "the chart could not be written to " + plots + ": " + e.getMessage(),
                    "check that the folder can be written"));
        }
        out.add(new Output.Chart(chart, written));
    }
}
