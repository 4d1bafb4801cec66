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
import se.indikator.runtime.result.CsvWriter;
import se.indikator.runtime.result.ResultTable;

/**
 * Where a statement's outputs go when it is presented: its list of outputs, and the files it may write —
 * tables named by {@code to "…"} (relative to the script's folder), charts (PNG and SVG in the plots folder)
 * and, with the command line's {@code --csv DIR}, every shown table. It never writes over a file the session
 * reads, and writes CSV as the statement's {@code set csv formulas} says.
 */
public final class Presenter {
    private final List<Output> out;
    private final Path base;
    private final Path plots;
    private final Path csvDir;
    private final ReadFiles reads;
    private final boolean neutraliseCsv;

    /**
     * @param reads the files the session reads, which are never written
     * @param neutraliseCsv whether CSV files neutralise text that a spreadsheet would run as a formula
     */
    public Presenter(List<Output> out, Path base, Path plots, Path csvDir, ReadFiles reads, boolean neutraliseCsv) {
        this.out = out;
        this.base = base;
        this.plots = plots;
        this.csvDir = csvDir;
        this.reads = reads;
        this.neutraliseCsv = neutraliseCsv;
    }

    public void table(ResultTable t) {
        out.add(new Output.Table(t, null));
    }

    public void table(ResultTable t, QueryPlan plan) {
        out.add(new Output.Table(t, plan));
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

    /** The folder where every shown table is also written as CSV, or null. */
    public Path csvDir() {
        return csvDir;
    }

    /** Writes {@code table} to {@code path} (relative to the script's folder) and says so, or reports why not. */
    public void write(ResultTable table, String path, Span at) {
        try {
            Path file = base.resolve(path);
            if (mayWrite(file, path, at)) {
                csv(table, file);
                text("wrote " + table.rows().size() + " rows to " + path);
            }
        } catch (IOException | RuntimeException e) {
            message(Diagnostic.error("E140", at, "cannot write '" + path + "': " + se.indikator.runtime.diag.IoReason.of(e),
                    "check that the folder can be written"));
        }
    }

    /**
     * Whether a result may be written to {@code file} (named {@code shown} in the script): not when the session
     * reads it — its data, the script or a script it imports — which is reported at {@code at}.
     */
    public boolean mayWrite(Path file, String shown, Span at) {
        Optional<String> what = reads.reader(file);
        if (what.isEmpty()) {
            return true;
        }
        message(Diagnostic.error("E141", at, "cannot write '" + shown + "': it is " + what.get()
                        + ", and writing would overwrite it",
                "write the result to another file, e.g. '" + another(shown) + "'"));
        return false;
    }

    /** {@code data/births.csv} → {@code data/births_result.csv}: a file name to suggest instead. */
    private static String another(String shown) {
        int slash = Math.max(shown.lastIndexOf('/'), shown.lastIndexOf('\\'));
        int dot = shown.lastIndexOf('.');
        return dot > slash + 1 ? shown.substring(0, dot) + "_result" + shown.substring(dot) : shown + "_result.csv";
    }

    /** Writes {@code table} to {@code file} as CSV, formulas neutralised unless the statement allows them. */
    public void csv(ResultTable table, Path file) throws IOException {
        CsvWriter.write(table, file, neutraliseCsv);
    }

    /** Writes a chart's PNG and SVG files into the plots folder and adds the chart to the outputs. */
    public void chart(Chart chart, String baseName) {
        String safe = baseName.replaceAll("[^\\p{L}\\p{N}_-]+", "_");
        List<Path> files = new ArrayList<>();
        try {
            Files.createDirectories(plots);
            Path png = plots.resolve(safe + ".png");
            Path svg = plots.resolve(safe + ".svg");
            Files.write(png, chart.png());
            Files.writeString(svg, chart.svg(), StandardCharsets.UTF_8);
            files.add(png);
            files.add(svg);
        } catch (IOException e) {
            message(Diagnostic.warning("W170", Span.NONE, "the chart could not be written to " + plots + ": " + e.getMessage(),
                    "check that the folder can be written"));
        }
        out.add(new Output.Chart(chart, files));
    }
}
