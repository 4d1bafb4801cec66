package se.indikator.runtime.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import se.indikator.runtime.data.BinaryCache;
import se.indikator.runtime.data.CsvReader;
import se.indikator.runtime.data.Dataset;
import se.indikator.runtime.data.LoadResult;
import se.indikator.runtime.data.ReadOptions;
import se.indikator.runtime.diag.SourceFile;
import se.indikator.runtime.result.ResultTable;
import se.indikator.runtime.output.RunResult;
import se.indikator.runtime.session.Session;
import se.indikator.stdlib.synth.Generator;
import tech.tablesaw.api.Table;

/**
 * The performance benchmark (docs/performance.md): generates the synthetic registers once, then
 * times loading persons.csv (indikator, DuckDB, Tablesaw, the binary cache), the heap per loaded
 * row, an age-standardised rate and a crude proportion computed by indikator, DuckDB SQL and
 * Tablesaw (checking that all three give the same numbers), the library's indicators and ten
 * indicators over one source shown in one statement against one alone (checking that the tables
 * are those of the single shows), the same ten counted by hand with no engine ({@link Floor}), and
 * the start of the shell. A plain program with a main method — not a JUnit test, so it
 * never runs in {@code mvn verify}.
 *
 * <pre>
 * mvn -q -pl runtime -am test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=se.indikator.runtime.bench.Benchmark -Dexec.args="--persons 10000000 --runs 3"
 * </pre>
 *
 * Options: {@code --persons N} (10 000 000), {@code --runs K} (3), {@code --seed S} (20240101),
 * {@code --data DIR} (use registers already generated there instead of generating; generation is
 * then not timed), {@code --keep} (do not delete the generated folder), {@code --jar PATH} (the
 * shell's jar; default repl/target/indikator.jar), {@code --only 2,5} (only these of the steps 2–7; step 7 is
 * persons as Parquet scanned where it lies, {@link ScanStep}).
 */
public final class Benchmark {

    /** ESP 2013, 19 bands 0-4 … 85-89, 90+ (Eurostat 2013), written out independently of the library. */
    static final double[] ESP2013 = {5000, 5500, 5500, 5500, 6000, 6000, 6500, 7000, 7000, 7000, 7000, 6500, 6000, 5500,
            5000, 4000, 2500, 1500, 1000};

    static final String DECLARATIONS = String.join("\n",
            "set suppress none",
            "data persons = read \"persons.csv\"",
            "breakdown age5 = band(age, 0 to 90 step 5)",
            "breakdown kön = case sex when 2 then \"Kvinnor\" when 1 then \"Män\"",
            "breakdown utbildning = case education",
            "    when 1 then \"Förgymnasial\"",
            "    when 2 then \"Gymnasial\"",
            "    when 3 then \"Eftergymnasial\"",
            "    when missing then \"Uppgift saknas\"",
            "breakdown födelseland = case",
            "    when birth_country == \"SE\" then \"Sverige\"",
            "    when birth_country in nordic then \"Norden utom Sverige\"",
            "    when birth_country in eu then \"EU utom Norden\"",
            "    when birth_country is missing then missing",
            "    else \"Utanför EU\"",
            "indicator mortality \"Dödlighet, åldersstandardiserad\" {",
            "    cohort      persons",
            "    numerator   died",
            "    measure     rate per 100000",
            "    standardise direct by age5 weights esp2013",
            "}",
            "indicator dead \"Andel döda\" {",
            "    cohort      persons",
            "    numerator   died",
            "    measure     proportion",
            "}",
            "");
    static final String SHOWS = String.join("\n",
            "set suppress none",
            "show mortality by region, kön",
            "show mortality by utbildning, kön",
            "show dead by region, födelseland",
            "");
    private long persons = 10_000_000L;
    private int runs = 3;
    private long seed = 20240101L;
    private Path dataDir;
    private boolean keep;
    private Path jar;
    private long events = 500_000_000L;
    private java.util.Set<Integer> only = java.util.Set.of(2, 3, 4, 5, 6, 7, 8);
    private final Report report = new Report();

    public static void main(String[] args) throws Exception {
        Benchmark b = new Benchmark();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--persons" -> b.persons = Long.parseLong(args[++i].replace("_", ""));
                case "--events" -> b.events = Long.parseLong(args[++i].replace("_", ""));
                case "--runs" -> b.runs = Integer.parseInt(args[++i]);
                case "--seed" -> b.seed = Long.parseLong(args[++i]);
                case "--data" -> b.dataDir = Path.of(args[++i]);
                case "--keep" -> b.keep = true;
                case "--jar" -> b.jar = Path.of(args[++i]);
                case "--only" -> b.only = java.util.Arrays.stream(args[++i].split(",")).map(String::trim)
                        .map(Integer::valueOf).collect(java.util.stream.Collectors.toSet());
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + " (options: --persons N --events N --runs K --seed S --data DIR --keep --jar PATH --only 2,3,4,5,6,7,8)");
            }
        }
        b.run();
        System.exit(0);
    }

    private void run() throws Exception {
        Runtime rt = Runtime.getRuntime();
        Report.say("indikator benchmark: " + persons + " persons, " + runs + " runs per measurement");
        Report.say("machine: " + rt.availableProcessors() + " cores, max heap " + rt.maxMemory() / (1 << 20) + " MB, "
                + physicalMemory() + ", JDK " + System.getProperty("java.vm.name") + " "
                + System.getProperty("java.runtime.version") + ", " + System.getProperty("os.name") + " "
                + System.getProperty("os.arch"));
        String cacheDir = System.getenv("INDIKATOR_CACHE_DIR");
        Report.say("session cache folder: " + (cacheDir != null ? cacheDir : "default (~/.cache/indikator; set INDIKATOR_CACHE_DIR)"));

        boolean generated = dataDir == null;
        boolean registers = only.stream().anyMatch(step -> step < 8);
        if (generated) {
            dataDir = Files.createTempDirectory("indikator-bench-");
            if (registers) {
                generate();
            }
        } else {
            Report.say("using registers in " + dataDir + " (generation not timed)");
        }
        Path personsCsv = dataDir.resolve("persons.csv");
        if (registers) {
            Report.say(String.format(Locale.ROOT, "persons.csv: %.1f MB", Files.size(personsCsv) / 1e6));
        }
        try {
            if (only.contains(2)) {
                load(personsCsv);
            }
            if (only.contains(3)) {
                heap(personsCsv);
            }
            if (only.contains(4)) {
                compute(personsCsv);
            }
            if (only.contains(5)) {
                new ManyIndicators(dataDir, runs, report).run();
            }
            if (only.contains(6)) {
                new ShellStart(jar, runs, report).run();
            }
            if (only.contains(7)) {
                new ScanStep(personsCsv, runs, report).run();
            }
            if (only.contains(8)) {
                new ScaleStep(dataDir, events, seed, runs, report).run();
            }
        } finally {
            if (generated && !keep) {
                deleteTree(dataDir);
            }
        }
        report.print(persons, runs);
    }

    // ---------------------------------------------------------------- 1. generation

    private void generate() {
        Report.say("\n1. generating the registers into " + dataDir);
        long t0 = System.nanoTime();
        se.indikator.stdlib.synth.Summary s = Generator.generate(persons, seed, dataDir, m -> { });
        Stats st = new Stats();
        st.add(Stats.seconds(t0));
        long bytes = s.files().stream().mapToLong(f -> f.bytes()).sum();
        Report.say(String.format(Locale.ROOT, "   %d files, %.0f MB, %s", s.files().size(), bytes / 1e6, st.format("s", 2)));
        report.row("1. generate registers", st.format("s", 2), "—", "—");
    }

    // ---------------------------------------------------------------- 2. load

    private void load(Path csv) throws Exception {
        Report.say("\n2. loading persons.csv");
        ReadOptions opts = ReadOptions.defaults();
        Stats ind = new Stats();
        LoadResult last = null;
        for (int i = 0; i < runs; i++) {
            last = null;
            gc();
            long t0 = System.nanoTime();
            last = CsvReader.read(csv, "persons.csv", opts);
            ind.add(Stats.seconds(t0));
            if (last.dataset().isEmpty()) {
                throw new IllegalStateException("indikator could not read persons.csv: " + last.problems());
            }
            Report.say("   indikator CsvReader run " + (i + 1) + ": " + Report.fmt(ind.values.get(i)) + " s");
        }
        int rows = last.dataset().get().rowCount();
        if (rows != persons && persons > 0) {
            report.note("indikator read " + rows + " rows of persons.csv, expected " + persons);
        }

        Stats duck = new Stats();
        for (int i = 0; i < runs; i++) {
            try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
                long t0 = System.nanoTime();
                s.execute(DuckDbSide.duckLoadSql(csv));
                duck.add(Stats.seconds(t0));
                long n = scalar(s, "SELECT count(*) FROM persons");
                if (n != rows) {
                    throw new IllegalStateException("DuckDB read " + n + " rows, indikator " + rows);
                }
            }
            Report.say("   DuckDB read_csv run " + (i + 1) + ": " + Report.fmt(duck.values.get(i)) + " s");
        }

        Stats saw = new Stats();
        for (int i = 0; i < runs; i++) {
            gc();
            long t0 = System.nanoTime();
            Table t = TablesawSide.tablesawRead(csv);
            saw.add(Stats.seconds(t0));
            if (t.rowCount() != rows) {
                throw new IllegalStateException("Tablesaw read " + t.rowCount() + " rows, indikator " + rows);
            }
            Report.say("   Tablesaw CsvReader run " + (i + 1) + ": " + Report.fmt(saw.values.get(i)) + " s");
        }

        Path cacheDir = Files.createTempDirectory("indikator-bench-cache-");
        try {
            Path entry = cacheDir.resolve("persons.bin");
            long t0 = System.nanoTime();
            String key = BinaryCache.key(csv, opts);
            double keySeconds = Stats.seconds(t0);
            t0 = System.nanoTime();
            BinaryCache.write(entry, key, last);
            double writeSeconds = Stats.seconds(t0);
            Report.say(String.format(Locale.ROOT, "   binary cache: key (CRC-32C of the file) %.3f s, write %.3f s, %.0f MB",
                    keySeconds, writeSeconds, Files.size(entry) / 1e6));
            last = null;
            Stats read = new Stats();
            Stats keyRead = new Stats();
            for (int i = 0; i < runs; i++) {
                gc();
                t0 = System.nanoTime();
                String k = BinaryCache.key(csv, opts);
                double keyed = Stats.seconds(t0);
                long t1 = System.nanoTime();
                LoadResult r = BinaryCache.read(entry, k, "persons.csv").orElseThrow(
                        () -> new IllegalStateException("the cache entry was not read back"));
                double readSeconds = Stats.seconds(t1);
                if (r.dataset().orElseThrow().rowCount() != rows) {
                    throw new IllegalStateException("cache gave another row count");
                }
                read.add(readSeconds);
                keyRead.add(keyed + readSeconds);
                Report.say("   cache reload run " + (i + 1) + String.format(Locale.ROOT, ": read %.3f s, key + read %.3f s",
                        readSeconds, keyed + readSeconds));
            }
            report.row("2. load: indikator CsvReader", ind.format("s", 2), "≤ 2× DuckDB",
                    Report.verdict(ind.median() <= 2 * duck.median(), ind.median() / duck.median(), "× DuckDB"));
            report.row("2. load: DuckDB read_csv (in-memory table)", duck.format("s", 2), "—", "—");
            report.row("2. load: Tablesaw CsvReader", saw.format("s", 2), "—",
                    String.format(Locale.ROOT, "indikator = %.2f× Tablesaw", ind.median() / saw.median()));
            report.row("2. cache reload: BinaryCache.read", read.format("s", 3), "≤ 0.8 s",
                    Report.verdict(read.median() <= 0.8, read.median() / 0.8, "× target"));
            report.row("2. cache reload as Session does it: key + read", keyRead.format("s", 3), "≤ 0.8 s",
                    Report.verdict(keyRead.median() <= 0.8, keyRead.median() / 0.8, "× target"));
        } finally {
            deleteTree(cacheDir);
        }
    }

    // ---------------------------------------------------------------- 3. heap

    private void heap(Path csv) {
        Report.say("\n3. heap per row of the loaded persons Dataset");
        Stats perRow = new Stats();
        for (int i = 0; i < Math.max(1, Math.min(runs, 3)); i++) {
            long before = usedAfterGc();
            LoadResult r = CsvReader.read(csv, "persons.csv", ReadOptions.defaults());
            Dataset d = r.dataset().orElseThrow();
            long after = usedAfterGc();
            double bpr = (after - before) / (double) d.rowCount();
            perRow.add(bpr);
            Report.say(String.format(Locale.ROOT, "   run %d: %.0f MB for %d rows = %.1f bytes per row", i + 1,
                    (after - before) / 1e6, d.rowCount(), bpr));
            java.lang.ref.Reference.reachabilityFence(r);
        }
        report.row("3. heap per row (persons Dataset)", perRow.format("B", 1), "≤ 27 B",
                Report.verdict(perRow.median() <= 27, perRow.median() / 27, "× target"));
    }

    // ---------------------------------------------------------------- 4. compute

    private void compute(Path csv) throws Exception {
        Report.say("\n4. standardised mortality by region × sex and education × sex, crude proportion by region × birth group");
        // (a) indikator
        Session session = new Session(csv.getParent());
        long t0 = System.nanoTime();
        Runs.ensureOk(session.run(new SourceFile("declare.ind", DECLARATIONS)), "declarations");
        Report.say(String.format(Locale.ROOT, "   indikator session load (read + check; cache as configured): %.2f s",
                Stats.seconds(t0)));
        List<ResultTable> warm = Runs.tables(Runs.ensureOk(session.run(new SourceFile("shows.ind", SHOWS)), "shows"));
        Report.say("   (one warm-up run of each engine is not counted)");
        Stats ind = new Stats();
        List<ResultTable> indTables = warm;
        for (int i = 0; i < runs; i++) {
            t0 = System.nanoTime();
            RunResult r = session.run(new SourceFile("shows.ind", SHOWS));
            ind.add(Stats.seconds(t0));
            indTables = Runs.tables(Runs.ensureOk(r, "shows"));
            Report.say("   indikator run " + (i + 1) + ": " + Report.fmt(ind.values.get(i)) + " s");
        }
        session = null;
        Map<String, double[]> indDsrRegion = fromIndikator(indTables.get(0), "region", "kön");
        Map<String, double[]> indDsrEdu = fromIndikator(indTables.get(1), "utbildning", "kön");
        Map<String, double[]> indCrude = fromIndikator(indTables.get(2), "region", "födelseland");

        // (b) DuckDB
        Stats duck = new Stats();
        List<Map<String, double[]>> duckRes = null;
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            s.execute(DuckDbSide.duckLoadSql(csv));
            DuckDbSide.duckQueries(s);
            for (int i = 0; i < runs; i++) {
                t0 = System.nanoTime();
                duckRes = DuckDbSide.duckQueries(s);
                duck.add(Stats.seconds(t0));
                Report.say("   DuckDB run " + (i + 1) + ": " + Report.fmt(duck.values.get(i)) + " s");
            }
        }

        // (c) Tablesaw
        Table t = TablesawSide.tablesawRead(csv);
        TablesawSide.tablesawCompute(t);
        Stats saw = new Stats();
        List<Map<String, double[]>> sawRes = null;
        for (int i = 0; i < runs; i++) {
            t0 = System.nanoTime();
            sawRes = TablesawSide.tablesawCompute(t);
            saw.add(Stats.seconds(t0));
            Report.say("   Tablesaw run " + (i + 1) + ": " + Report.fmt(saw.values.get(i)) + " s");
        }
        t = null;

        // the check
        List<String> problems = new ArrayList<>();
        int compared = 0;
        compared += compare("DSR region×sex", indDsrRegion, duckRes.get(0), sawRes.get(0), problems);
        compared += compare("DSR education×sex", indDsrEdu, duckRes.get(1), sawRes.get(1), problems);
        compared += compare("proportion region×birth group", indCrude, duckRes.get(2), sawRes.get(2), problems);
        String check = (problems.isEmpty() ? "all equal" : problems.size() + " differences") + " (" + compared
                + " groups" + (hiddenSmall > 0 ? "; " + hiddenSmall + " DSRs on < 10 events not shown by indikator, counts compared" : "")
                + ")";
        Report.say("   check: " + check);
        problems.stream().limit(20).forEach(p -> Report.say("     " + p));
        if (!problems.isEmpty()) {
            report.note("the three engines disagree: " + problems.get(0));
        }
        report.row("4. indikator (3 shows)", ind.format("s", 3), "≤ 1.0× DuckDB (aim 0.35×)",
                Report.verdict(ind.median() <= duck.median(), ind.median() / duck.median(), "× DuckDB"));
        report.row("4. DuckDB SQL (3 queries)", duck.format("s", 3), "—", "—");
        report.row("4. Tablesaw summarize/join (3 results)", saw.format("s", 3), "—",
                String.format(Locale.ROOT, "indikator = %.2f× Tablesaw", ind.median() / saw.median()));
        report.row("4. same values in all three", check, "rel. 1e-9, exact counts", problems.isEmpty() ? "met" : "NOT MET");
    }

    static final Map<String, String> LABELS = Map.of("Män", "1", "Kvinnor", "2", "Förgymnasial", "1", "Gymnasial", "2",
            "Eftergymnasial", "3", "Uppgift saknas", "0");

    static Map<String, double[]> fromIndikator(ResultTable t, String c1, String c2) {
        Map<String, double[]> m = new LinkedHashMap<>();
        for (int r = 0; r < t.rows().size(); r++) {
            Object a = t.cell(r, c1);
            Object b = t.cell(r, c2);
            if (a == null || b == null || a.equals("Riket") || a.equals("National") || a.equals("Totalt")) {
                continue;
            }
            Object num = t.cell(r, "numerator");
            Object den = t.cell(r, "denominator");
            Object val = t.cell(r, "value");
            m.put(LABELS.getOrDefault(a.toString(), a.toString()) + "|" + LABELS.getOrDefault(b.toString(), b.toString()),
                    new double[] {num(num), num(den), num(val)});
        }
        return m;
    }

    static double num(Object o) {
        return o instanceof Number n ? n.doubleValue() : Double.NaN;
    }

    static int hiddenSmall;

    static int compare(String what, Map<String, double[]> ind, Map<String, double[]> duck, Map<String, double[]> saw,
            List<String> problems) {
        for (String k : union(ind, duck, saw)) {
            double[] a = ind.get(k);
            double[] b = duck.get(k);
            double[] c = saw.get(k);
            if (a == null || b == null || c == null) {
                problems.add(what + " " + k + ": group missing in " + (a == null ? "indikator " : "")
                        + (b == null ? "DuckDB " : "") + (c == null ? "Tablesaw" : ""));
                continue;
            }
            for (int i = 0; i < 2; i++) {
                if (a[i] != b[i] || a[i] != c[i]) {
                    problems.add(String.format(Locale.ROOT, "%s %s: %s %s / %s / %s", what, k,
                            i == 0 ? "numerator" : "denominator", a[i], b[i], c[i]));
                }
            }
            if (Double.isNaN(a[2]) && a[0] < 10) {
                hiddenSmall++;
                continue; // indikator does not show a standardised rate on fewer than 10 events (PHE's rule)
            }
            if (!close(a[2], b[2]) || !close(a[2], c[2])) {
                problems.add(String.format(Locale.ROOT, "%s %s: value %.15g / %.15g / %.15g", what, k, a[2], b[2], c[2]));
            }
        }
        return union(ind, duck, saw).size();
    }

    static java.util.Set<String> union(Map<String, double[]> a, Map<String, double[]> b, Map<String, double[]> c) {
        java.util.Set<String> s = new java.util.TreeSet<>(a.keySet());
        s.addAll(b.keySet());
        s.addAll(c.keySet());
        return s;
    }

    static boolean close(double x, double y) {
        return Math.abs(x - y) <= 1e-9 * Math.max(Math.abs(x), Math.abs(y));
    }

    // ---------------------------------------------------------------- helpers

    private static long scalar(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void gc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
    }

    private static long usedAfterGc() {
        Runtime rt = Runtime.getRuntime();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            used = Math.min(used, rt.totalMemory() - rt.freeMemory());
        }
        return used;
    }

    private static String physicalMemory() {
        try {
            var os = ManagementFactory.getOperatingSystemMXBean();
            if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
                return String.format(Locale.ROOT, "%.1f GB RAM", sun.getTotalMemorySize() / 1e9);
            }
        } catch (RuntimeException | LinkageError e) {
            // not available on this JVM
        }
        return "RAM unknown";
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
