package se.indikator.runtime.statements;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
 * and, with the command line's {@code --csv DIR}, every shown table.
 */
public final class Presenter {
    private final List<Output> out;
    private final Path base;
    private final Path plots;
    private final Path csvDir;

    public Presenter(List<Output> out, Path base, Path plots, Path csvDir) {
        this.out = out;
        this.base = base;
        this.plots = plots;
        this.csvDir = csvDir;
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
            CsvWriter.write(table, base.resolve(path));
            text("wrote " + table.rows().size() + " rows to " + path);
        } catch (IOException | RuntimeException e) {
            message(Diagnostic.error("E140", at, "cannot write '" + path + "': " + e.getMessage(),
                    "check that the folder can be written"));
        }
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
