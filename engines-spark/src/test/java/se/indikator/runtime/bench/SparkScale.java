package se.indikator.runtime.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import se.indikator.runtime.diag.SourceFile;
import se.indikator.runtime.output.Output;
import se.indikator.runtime.output.RunResult;
import se.indikator.runtime.output.StatementResult;
import se.indikator.runtime.session.Session;
import se.indikator.runtime.session.TranscriptPrinter;

/**
 * The benchmark's event table on Spark {@code local[2]} (docs/performance.md, "Spark local[2] at 10 million rows"):
 * DuckDB writes {@link EventsTable}'s visits and population as Parquet; the same script is run with the files
 * scanned by DuckDB in process and scanned on {@code connection s = spark "local[2]"}, and DuckDB's hand-written SQL
 * computes the same cells; each is timed {@code --runs} times after a run not counted (median and range), Spark's
 * tables must equal the DuckDB scan's character for character, and both must agree with the hand-written cells.
 * A program, not a test.
 */
public final class SparkScale {
    private SparkScale() {
    }

    /** {@code --rows N} (10 000 000), {@code --runs K} (3), {@code --seed S}, {@code --data DIR} (kept), {@code --keep}. */
    public static void main(String[] args) throws Exception {
        long rows = 10_000_000;
        int runs = 3;
        long seed = 20240101;
        Path data = null;
        boolean keep = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--rows" -> rows = Long.parseLong(args[++i].replace("_", ""));
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--data" -> data = Path.of(args[++i]);
                case "--keep" -> keep = true;
                default -> {
                    System.err.println("unknown option " + args[i] + "; options: --rows N --runs K --seed S --data DIR --keep");
                    System.exit(2);
                }
            }
        }
        Path dir = data != null ? Files.createDirectories(data) : Files.createTempDirectory("indikator-spark-scale");
        boolean same;
        try {
            same = run(dir, rows, runs, seed);
        } finally {
            if (data == null && !keep) {
                delete(dir);
            }
        }
        System.exit(same ? 0 : 1); // Spark's threads would keep the JVM running
    }

    private static boolean run(Path dir, long rows, int runs, long seed) throws Exception {
        say(String.format(Locale.ROOT, "%,d visits; %d runs of each; %d processors, heap at most %d MB", rows, runs,
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20));
        Path events = dir.resolve("events.parquet");
        if (Files.exists(events)) {
            say("using the events.parquet already in " + dir + " (generation not timed)");
        } else {
            long t0 = System.nanoTime();
            try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
                EventsTable.generate(c, dir, rows, seed);
            }
            say(String.format(Locale.ROOT, "written by DuckDB: %.1f MB in %.1f s", Files.size(events) / 1e6, Stats.seconds(t0)));
        }

        Session duck = new Session(dir);
        Runs.ensureOk(duck.run(new SourceFile("declare.ind", EventsTable.script())), "declarations (DuckDB scan)");
        Stats duckScan = new Stats();
        String duckTables = printed(timed("indikator, scanned by DuckDB", duck, runs, duckScan));

        Stats hand = new Stats();
        Stats handOnce = new Stats();
        EventsTable.Cells cells = null;
        EventsTable.Cells cellsOnce = null;
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            EventsTable.handCells(s, dir); // not counted, as the others' first run
            EventsTable.handCellsInOneQuery(s, dir);
            for (int i = 0; i < runs; i++) {
                long t0 = System.nanoTime();
                cells = EventsTable.handCells(s, dir);
                hand.add(Stats.seconds(t0));
                t0 = System.nanoTime();
                cellsOnce = EventsTable.handCellsInOneQuery(s, dir);
                handOnce.add(Stats.seconds(t0));
                say("DuckDB hand-written SQL, run " + (i + 1) + ": " + Report.fmt(hand.values.get(i)) + " s; the events read once: "
                        + Report.fmt(handOnce.values.get(i)) + " s");
            }
        }

        Session spark = new Session(dir);
        long t0 = System.nanoTime();
        Runs.ensureOk(spark.run(new SourceFile("declare.ind", "connection s = spark \"local[2]\"\n" + EventsTable.scriptOn("s"))),
                "declarations (Spark)");
        double setup = Stats.seconds(t0);
        say(String.format(Locale.ROOT, "Spark local[2] started and the files' schemas read: %.1f s", setup));
        Stats sparkScan = new Stats();
        RunResult last = timed("indikator, scanned on Spark local[2]", spark, runs, sparkScan);
        String sparkTables = printed(last);

        List<String> problems = new ArrayList<>();
        if (!sparkTables.equals(duckTables)) {
            problems.add("Spark's tables differ from the DuckDB scan's:\n" + firstDifference(duckTables, sparkTables));
        }
        var tables = Runs.tables(last);
        int compared = ScaleStep.compare("visits", ScaleStep.byRegionAndSex(tables.get(0)), cells.visitRates(), problems);
        compared += ScaleStep.compare("acute", ScaleStep.byRegionAndSex(tables.get(1)), cells.acuteShares(), problems);
        ScaleStep.compare("visits (events read once)", ScaleStep.byRegionAndSex(tables.get(0)), cellsOnce.visitRates(), problems);
        ScaleStep.compare("acute (events read once)", ScaleStep.byRegionAndSex(tables.get(1)), cellsOnce.acuteShares(), problems);

        say("");
        say(String.format(Locale.ROOT, "%-48s %s", "indikator, scanned by DuckDB (2 shows)", duckScan.format("s", 2)));
        say(String.format(Locale.ROOT, "%-48s %s", "DuckDB hand-written SQL (3 queries)", hand.format("s", 2)));
        say(String.format(Locale.ROOT, "%-48s %s", "DuckDB hand-written SQL, events read once (2)", handOnce.format("s", 2)));
        say(String.format(Locale.ROOT, "%-48s %s", "indikator, scanned on Spark local[2] (2 shows)", sparkScan.format("s", 2)));
        say(String.format(Locale.ROOT, "%-48s %.1f s", "Spark started, schemas read (once)", setup));
        say(String.format(Locale.ROOT, "%-48s %.1f× the DuckDB scan", "Spark against DuckDB", sparkScan.median() / duckScan.median()));
        say("check: " + (problems.isEmpty() ? "Spark's tables equal the DuckDB scan's, character for character, and the "
                + compared + " rows agree with the hand-written SQL" : problems.size() + " differences"));
        problems.stream().limit(20).forEach(p -> say("  " + p));
        return problems.isEmpty();
    }

    /**
     * Runs the shows once not counted (the JIT's and Spark's code generation's first run, reported) and then
     * {@code runs} times in {@code session}, timing each; the last run.
     */
    private static RunResult timed(String what, Session session, int runs, Stats times) {
        long start = System.nanoTime();
        RunResult last = Runs.ensureOk(session.run(new SourceFile("shows.ind", EventsTable.SHOWS)), what);
        say(what + ", first run, not counted: " + Report.fmt(Stats.seconds(start)) + " s");
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            RunResult r = session.run(new SourceFile("shows.ind", EventsTable.SHOWS));
            times.add(Stats.seconds(t0));
            last = Runs.ensureOk(r, what);
            say(what + ", run " + (i + 1) + ": " + Report.fmt(times.values.get(i)) + " s");
        }
        return last;
    }

    /** The tables of a run as the shell prints them. */
    private static String printed(RunResult r) {
        StringBuilder b = new StringBuilder();
        for (StatementResult s : r.statements()) {
            for (Output o : s.outputs()) {
                if (o instanceof Output.Table t) {
                    b.append(TranscriptPrinter.table(t, TranscriptPrinter.WIDTH)).append('\n');
                }
            }
        }
        return b.toString();
    }

    private static String firstDifference(String a, String b) {
        String[] x = a.split("\n", -1);
        String[] y = b.split("\n", -1);
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            String l = i < x.length ? x[i] : "(nothing)";
            String r = i < y.length ? y[i] : "(nothing)";
            if (!l.equals(r)) {
                return "  line " + (i + 1) + ", DuckDB: " + l + "\n  line " + (i + 1) + ", Spark:  " + r;
            }
        }
        return "";
    }

    private static void say(String s) {
        System.out.println(s);
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
