package se.indikator.runtime.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import se.indikator.runtime.diag.SourceFile;
import se.indikator.runtime.output.RunResult;
import se.indikator.runtime.result.ResultTable;
import se.indikator.runtime.session.Session;

/**
 * Step 8 of the benchmark: an event table too large for memory. DuckDB writes {@link EventsTable}'s visits as one
 * Parquet file (timed once); indikator scans it where it lies and computes the age-standardised visit rate and the
 * share of acute visits by region × sex, with the country's rows; DuckDB runs SQL written by hand for the same cells
 * over the same file in the same run; the values must agree, and the JVM's heap is measured at its peak.
 */
final class ScaleStep {
    private final Path dir;
    private final long rows;
    private final long seed;
    private final int runs;
    private final Report report;

    ScaleStep(Path dir, long rows, long seed, int runs, Report report) {
        this.dir = dir;
        this.rows = rows;
        this.seed = seed;
        this.runs = runs;
        this.report = report;
    }

    void run() throws Exception {
        Report.say(String.format(Locale.ROOT, "\n8. %,d visits as Parquet, scanned where they lie", rows));
        Path events = dir.resolve("events.parquet");
        if (Files.exists(events)) {
            Report.say("   using the events.parquet already in " + dir + " (generation not timed)");
        } else {
            long t0 = System.nanoTime();
            try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
                EventsTable.generate(c, dir, rows, seed);
            }
            Stats gen = new Stats();
            gen.add(Stats.seconds(t0));
            Report.say(String.format(Locale.ROOT, "   written by DuckDB: %.1f MB in %s", Files.size(events) / 1e6, gen.format("s", 1)));
            report.row(String.format(Locale.ROOT, "8. write %,d visits as Parquet (DuckDB)", rows), gen.format("s", 1), "—", "—");
        }

        Session session = new Session(dir);
        Runs.ensureOk(session.run(new SourceFile("declare.ind", EventsTable.script())), "declarations");
        MemoryPeaks.resetHeap();
        Stats ind = new Stats();
        List<ResultTable> tables = null;
        Stats duck = new Stats();
        Stats duckOnce = new Stats();
        EventsTable.Cells cells = null;
        EventsTable.Cells once = null;
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            for (int i = 0; i < runs; i++) { // alternately, so that both meet the same machine
                long t0 = System.nanoTime();
                RunResult r = session.run(new SourceFile("shows.ind", EventsTable.SHOWS));
                ind.add(Stats.seconds(t0));
                tables = Runs.tables(Runs.ensureOk(r, "shows"));
                Report.say("   indikator over the scan, run " + (i + 1) + ": " + Report.fmt(ind.values.get(i)) + " s");
                t0 = System.nanoTime();
                cells = EventsTable.handCells(s, dir);
                duck.add(Stats.seconds(t0));
                Report.say("   DuckDB hand-written SQL, run " + (i + 1) + ": " + Report.fmt(duck.values.get(i)) + " s");
                t0 = System.nanoTime();
                once = EventsTable.handCellsInOneQuery(s, dir);
                duckOnce.add(Stats.seconds(t0));
                Report.say("   DuckDB hand-written SQL in one query, run " + (i + 1) + ": " + Report.fmt(duckOnce.values.get(i)) + " s");
            }
        }
        double peakMb = MemoryPeaks.heap() / 1e6;
        boolean resettable = MemoryPeaks.resetResident();
        Runs.ensureOk(session.run(new SourceFile("shows.ind", EventsTable.SHOWS)), "shows");
        long residentKb = MemoryPeaks.residentKb();

        List<String> problems = new ArrayList<>();
        int compared = compare("visits", byRegionAndSex(tables.get(0)), cells.visitRates(), problems);
        compared += compare("acute", byRegionAndSex(tables.get(1)), cells.acuteShares(), problems);
        compare("visits (one query)", byRegionAndSex(tables.get(0)), once.visitRates(), problems);
        compare("acute (one query)", byRegionAndSex(tables.get(1)), once.acuteShares(), problems);
        Report.say("   check: " + (problems.isEmpty() ? "all equal" : problems.size() + " differences") + " (" + compared + " rows)");
        problems.stream().limit(20).forEach(p -> Report.say("     " + p));
        report.row("8. indikator over the scanned visits (2 shows)", ind.format("s", 2), "≤ 1.2× DuckDB SQL",
                Report.verdict(ind.median() <= 1.2 * duck.median(), ind.median() / duck.median(), "× DuckDB"));
        report.row("8. DuckDB hand-written SQL over the file (2 queries)", duck.format("s", 2), "—", "—");
        report.row("8. (context) DuckDB hand-written SQL, both in one query", duckOnce.format("s", 2), "—",
                String.format(Locale.ROOT, "indikator = %.2f× this", ind.median() / duckOnce.median()));
        report.row("8. JVM heap at its peak during the scanned runs", String.format(Locale.ROOT, "%.0f MB", peakMb), "≤ 2048 MB",
                peakMb <= 2048 ? "met" : "NOT MET");
        report.row("8. (context) the process's peak resident memory during one run (JVM and DuckDB in it)",
                resettable && residentKb > 0 ? String.format(Locale.ROOT, "%.0f MB", residentKb / 1e3) : "not measured", "—", "—");
        report.row("8. same values as DuckDB", problems.isEmpty() ? "all equal" : problems.size() + " differences",
                "rel. 1e-9, exact counts", problems.isEmpty() ? "met" : "NOT MET");
    }

    /** A table's rows as "region|sex" → {numerator, denominator, value}, the country's as "Riket|sex". */
    static Map<String, double[]> byRegionAndSex(ResultTable t) {
        Map<String, double[]> m = new java.util.TreeMap<>();
        for (int r = 0; r < t.rows().size(); r++) {
            Object region = t.cell(r, "region");
            Object sex = t.cell(r, "kön");
            if (region == null || sex == null) {
                continue;
            }
            String s = sex.toString().equals("Kvinnor") ? "2" : sex.toString().equals("Män") ? "1" : "0";
            String g = region.toString().equals("Riket") || region.toString().equals("Totalt") ? "Riket" : region.toString();
            m.put(g + "|" + s, new double[] {Benchmark.num(t.cell(r, "numerator")), Benchmark.num(t.cell(r, "denominator")),
                    Benchmark.num(t.cell(r, "value"))});
        }
        return m;
    }

    /** Compares indikator's rows with the hand-written side's: counts exactly, values to a relative 1e-9. */
    static int compare(String what, Map<String, double[]> ind, Map<String, double[]> hand, List<String> problems) {
        java.util.Set<String> keys = new java.util.TreeSet<>(ind.keySet());
        keys.addAll(hand.keySet());
        for (String k : keys) {
            double[] a = ind.get(k);
            double[] b = hand.get(k);
            if (a == null || b == null) {
                problems.add(what + " " + k + ": missing in " + (a == null ? "indikator" : "the hand-written SQL"));
                continue;
            }
            if (a[0] != b[0] || a[1] != b[1]) {
                problems.add(String.format(Locale.ROOT, "%s %s: numerator/denominator %s/%s against %s/%s", what, k, a[0], a[1], b[0], b[1]));
            }
            if (!(Math.abs(a[2] - b[2]) <= 1e-9 * Math.abs(b[2]))) {
                problems.add(String.format(Locale.ROOT, "%s %s: value %.15g against %.15g", what, k, a[2], b[2]));
            }
        }
        return keys.size();
    }
}
