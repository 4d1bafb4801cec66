package se.indikator.runtime.bench;

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
 * Step 7 of the benchmark: persons as Parquet, left where it lies. The registers' persons.csv is written as
 * Parquet by DuckDB; indikator computes step 4's three results with {@code data persons = scan
 * "persons.parquet"} (DuckDB in process answers one query per relation and keys; only cells come back), and
 * DuckDB runs step 4's hand-written SQL over the same file; the values must agree, and the time of indikator's
 * run is compared with DuckDB's, with the JVM's peak heap during indikator's runs.
 */
final class ScanStep {
    private final Path csv;
    private final int runs;
    private final Report report;

    ScanStep(Path csv, int runs, Report report) {
        this.csv = csv;
        this.runs = runs;
        this.report = report;
    }

    void run() throws Exception {
        Report.say("\n7. the three results of step 4 over persons as Parquet, scanned where it lies");
        Path parquet = csv.resolveSibling("persons.parquet");
        String file = parquet.toAbsolutePath().toString().replace("'", "''");
        long t0 = System.nanoTime();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            String load = DuckDbSide.duckLoadSql(csv).replace("CREATE TABLE persons AS ", "");
            s.execute("COPY (" + load + ") TO '" + file + "' (FORMAT parquet)");
        }
        Report.say(String.format(Locale.ROOT, "   persons.parquet written by DuckDB: %.2f s", Stats.seconds(t0)));

        Session session = new Session(csv.getParent());
        String declarations = Benchmark.DECLARATIONS.replace("data persons = read \"persons.csv\"",
                "data persons = scan \"persons.parquet\"");
        Runs.ensureOk(session.run(new SourceFile("declare.ind", declarations)), "declarations");
        List<ResultTable> tables = Runs.tables(Runs.ensureOk(session.run(new SourceFile("shows.ind", Benchmark.SHOWS)), "shows"));
        MemoryPeaks.resetHeap();
        Stats ind = new Stats();
        for (int i = 0; i < runs; i++) {
            t0 = System.nanoTime();
            RunResult r = session.run(new SourceFile("shows.ind", Benchmark.SHOWS));
            ind.add(Stats.seconds(t0));
            tables = Runs.tables(Runs.ensureOk(r, "shows"));
            Report.say("   indikator scan run " + (i + 1) + ": " + Report.fmt(ind.values.get(i)) + " s");
        }
        double peakMb = MemoryPeaks.heap() / 1e6;

        Stats duck = new Stats();
        List<Map<String, double[]>> duckRes = null;
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            s.execute("CREATE VIEW persons AS SELECT * FROM read_parquet('" + file + "')");
            DuckDbSide.duckQueries(s);
            for (int i = 0; i < runs; i++) {
                t0 = System.nanoTime();
                duckRes = DuckDbSide.duckQueries(s);
                duck.add(Stats.seconds(t0));
                Report.say("   DuckDB SQL over the file, run " + (i + 1) + ": " + Report.fmt(duck.values.get(i)) + " s");
            }
        }
        List<String> problems = new ArrayList<>();
        int compared = Benchmark.compare("scan: DSR region×sex", Benchmark.fromIndikator(tables.get(0), "region", "kön"),
                duckRes.get(0), duckRes.get(0), problems);
        compared += Benchmark.compare("scan: DSR education×sex", Benchmark.fromIndikator(tables.get(1), "utbildning", "kön"),
                duckRes.get(1), duckRes.get(1), problems);
        compared += Benchmark.compare("scan: proportion region×birth group",
                Benchmark.fromIndikator(tables.get(2), "region", "födelseland"), duckRes.get(2), duckRes.get(2), problems);
        Report.say("   check: " + (problems.isEmpty() ? "all equal" : problems.size() + " differences") + " (" + compared + " groups)");
        problems.stream().limit(20).forEach(p -> Report.say("     " + p));
        report.row("7. indikator over scanned Parquet (3 shows)", ind.format("s", 3), "≤ 1.2× DuckDB SQL",
                Report.verdict(ind.median() <= 1.2 * duck.median(), ind.median() / duck.median(), "× DuckDB"));
        report.row("7. DuckDB SQL over the Parquet file (3 queries)", duck.format("s", 3), "—", "—");
        report.row("7. JVM heap at its peak during the scanned runs", String.format(Locale.ROOT, "%.0f MB", peakMb), "≤ 2048 MB",
                peakMb <= 2048 ? "met" : "NOT MET");
        report.row("7. same values as DuckDB", problems.isEmpty() ? "all equal" : problems.size() + " differences",
                "rel. 1e-9, exact counts", problems.isEmpty() ? "met" : "NOT MET");
    }
}
