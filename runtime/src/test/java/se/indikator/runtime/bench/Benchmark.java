package se.indikator.runtime.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
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
import se.indikator.runtime.diag.Diagnostic;
import se.indikator.runtime.diag.SourceFile;
import se.indikator.runtime.result.ResultTable;
import se.indikator.runtime.session.Output;
import se.indikator.runtime.session.RunResult;
import se.indikator.runtime.session.Session;
import se.indikator.runtime.session.StatementResult;
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
 * shell's jar; default repl/target/indikator.jar), {@code --only 2,5} (only these of the steps 2–6).
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
    static final String[] LIBRARY = {"op90", "amenable", "suicide", "inactivity", "tears", "apgar", "overcrowding",
            "wrong_ward", "sedatives", "avoid", "timely"};

    private long persons = 10_000_000L;
    private int runs = 3;
    private long seed = 20240101L;
    private Path dataDir;
    private boolean keep;
    private Path jar;
    private java.util.Set<Integer> only = java.util.Set.of(2, 3, 4, 5, 6);
    private final List<String[]> report = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        Benchmark b = new Benchmark();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--persons" -> b.persons = Long.parseLong(args[++i].replace("_", ""));
                case "--runs" -> b.runs = Integer.parseInt(args[++i]);
                case "--seed" -> b.seed = Long.parseLong(args[++i]);
                case "--data" -> b.dataDir = Path.of(args[++i]);
                case "--keep" -> b.keep = true;
                case "--jar" -> b.jar = Path.of(args[++i]);
                case "--only" -> b.only = java.util.Arrays.stream(args[++i].split(",")).map(String::trim)
                        .map(Integer::valueOf).collect(java.util.stream.Collectors.toSet());
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + " (options: --persons N --runs K --seed S --data DIR --keep --jar PATH --only 2,3,4,5,6)");
            }
        }
        b.run();
        System.exit(0);
    }

    private void run() throws Exception {
        Runtime rt = Runtime.getRuntime();
        say("indikator benchmark: " + persons + " persons, " + runs + " runs per measurement");
        say("machine: " + rt.availableProcessors() + " cores, max heap " + rt.maxMemory() / (1 << 20) + " MB, "
                + physicalMemory() + ", JDK " + System.getProperty("java.vm.name") + " "
                + System.getProperty("java.runtime.version") + ", " + System.getProperty("os.name") + " "
                + System.getProperty("os.arch"));
        String cacheDir = System.getenv("INDIKATOR_CACHE_DIR");
        say("session cache folder: " + (cacheDir != null ? cacheDir : "default (~/.cache/indikator; set INDIKATOR_CACHE_DIR)"));

        boolean generated = dataDir == null;
        if (generated) {
            dataDir = Files.createTempDirectory("indikator-bench-");
            generate();
        } else {
            say("using registers in " + dataDir + " (generation not timed)");
        }
        Path personsCsv = dataDir.resolve("persons.csv");
        say(String.format(Locale.ROOT, "persons.csv: %.1f MB", Files.size(personsCsv) / 1e6));
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
                library();
            }
            if (only.contains(6)) {
                repl();
            }
        } finally {
            if (generated && !keep) {
                deleteTree(dataDir);
            }
        }
        printReport();
    }

    // ---------------------------------------------------------------- 1. generation

    private void generate() {
        say("\n1. generating the registers into " + dataDir);
        long t0 = System.nanoTime();
        se.indikator.stdlib.synth.Summary s = Generator.generate(persons, seed, dataDir, m -> { });
        Stats st = new Stats();
        st.add(Stats.seconds(t0));
        long bytes = s.files().stream().mapToLong(f -> f.bytes()).sum();
        say(String.format(Locale.ROOT, "   %d files, %.0f MB, %s", s.files().size(), bytes / 1e6, st.format("s", 2)));
        row("1. generate registers", st.format("s", 2), "—", "—");
    }

    // ---------------------------------------------------------------- 2. load

    private void load(Path csv) throws Exception {
        say("\n2. loading persons.csv");
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
            say("   indikator CsvReader run " + (i + 1) + ": " + fmt(ind.values.get(i)) + " s");
        }
        int rows = last.dataset().get().rowCount();
        if (rows != persons && persons > 0) {
            notes.add("indikator read " + rows + " rows of persons.csv, expected " + persons);
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
            say("   DuckDB read_csv run " + (i + 1) + ": " + fmt(duck.values.get(i)) + " s");
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
            say("   Tablesaw CsvReader run " + (i + 1) + ": " + fmt(saw.values.get(i)) + " s");
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
            say(String.format(Locale.ROOT, "   binary cache: key (CRC-32C of the file) %.3f s, write %.3f s, %.0f MB",
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
                say("   cache reload run " + (i + 1) + String.format(Locale.ROOT, ": read %.3f s, key + read %.3f s",
                        readSeconds, keyed + readSeconds));
            }
            row("2. load: indikator CsvReader", ind.format("s", 2), "≤ 2× DuckDB",
                    verdict(ind.median() <= 2 * duck.median(), ind.median() / duck.median(), "× DuckDB"));
            row("2. load: DuckDB read_csv (in-memory table)", duck.format("s", 2), "—", "—");
            row("2. load: Tablesaw CsvReader", saw.format("s", 2), "—",
                    String.format(Locale.ROOT, "indikator = %.2f× Tablesaw", ind.median() / saw.median()));
            row("2. cache reload: BinaryCache.read", read.format("s", 3), "≤ 0.8 s",
                    verdict(read.median() <= 0.8, read.median() / 0.8, "× target"));
            row("2. cache reload as Session does it: key + read", keyRead.format("s", 3), "≤ 0.8 s",
                    verdict(keyRead.median() <= 0.8, keyRead.median() / 0.8, "× target"));
        } finally {
            deleteTree(cacheDir);
        }
    }

    // ---------------------------------------------------------------- 3. heap

    private void heap(Path csv) {
        say("\n3. heap per row of the loaded persons Dataset");
        Stats perRow = new Stats();
        for (int i = 0; i < Math.max(1, Math.min(runs, 3)); i++) {
            long before = usedAfterGc();
            LoadResult r = CsvReader.read(csv, "persons.csv", ReadOptions.defaults());
            Dataset d = r.dataset().orElseThrow();
            long after = usedAfterGc();
            double bpr = (after - before) / (double) d.rowCount();
            perRow.add(bpr);
            say(String.format(Locale.ROOT, "   run %d: %.0f MB for %d rows = %.1f bytes per row", i + 1,
                    (after - before) / 1e6, d.rowCount(), bpr));
            java.lang.ref.Reference.reachabilityFence(r);
        }
        row("3. heap per row (persons Dataset)", perRow.format("B", 1), "≤ 27 B",
                verdict(perRow.median() <= 27, perRow.median() / 27, "× target"));
    }

    // ---------------------------------------------------------------- 4. compute

    private void compute(Path csv) throws Exception {
        say("\n4. standardised mortality by region × sex and education × sex, crude proportion by region × birth group");
        // (a) indikator
        Session session = new Session(csv.getParent());
        long t0 = System.nanoTime();
        ensureOk(session.run(new SourceFile("declare.ind", DECLARATIONS)), "declarations");
        say(String.format(Locale.ROOT, "   indikator session load (read + check; cache as configured): %.2f s",
                Stats.seconds(t0)));
        List<ResultTable> warm = tables(ensureOk(session.run(new SourceFile("shows.ind", SHOWS)), "shows"));
        say("   (one warm-up run of each engine is not counted)");
        Stats ind = new Stats();
        List<ResultTable> indTables = warm;
        for (int i = 0; i < runs; i++) {
            t0 = System.nanoTime();
            RunResult r = session.run(new SourceFile("shows.ind", SHOWS));
            ind.add(Stats.seconds(t0));
            indTables = tables(ensureOk(r, "shows"));
            say("   indikator run " + (i + 1) + ": " + fmt(ind.values.get(i)) + " s");
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
                say("   DuckDB run " + (i + 1) + ": " + fmt(duck.values.get(i)) + " s");
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
            say("   Tablesaw run " + (i + 1) + ": " + fmt(saw.values.get(i)) + " s");
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
        say("   check: " + check);
        problems.stream().limit(20).forEach(p -> say("     " + p));
        if (!problems.isEmpty()) {
            notes.add("the three engines disagree: " + problems.get(0));
        }
        row("4. indikator (3 shows)", ind.format("s", 3), "≤ 1.0× DuckDB (aim 0.35×)",
                verdict(ind.median() <= duck.median(), ind.median() / duck.median(), "× DuckDB"));
        row("4. DuckDB SQL (3 queries)", duck.format("s", 3), "—", "—");
        row("4. Tablesaw summarize/join (3 results)", saw.format("s", 3), "—",
                String.format(Locale.ROOT, "indikator = %.2f× Tablesaw", ind.median() / saw.median()));
        row("4. same values in all three", check, "rel. 1e-9, exact counts", problems.isEmpty() ? "met" : "NOT MET");
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

    // ---------------------------------------------------------------- 5. many indicators at once

    /** Ten indicators over the same source (persons): proportions, rates, a mean and standardised rates. */
    static final String SAME_SOURCE = String.join("\n",
            "set suppress none",
            "data persons = read \"persons.csv\"",
            "breakdown age5 = band(age, 0 to 90 step 5)",
            "indicator dead \"Died\" {\n cohort persons\n numerator died\n measure proportion\n}",
            "indicator dead65 \"Died, 65 and older\" {\n cohort persons where age >= 65\n numerator died\n measure percent\n}",
            "indicator mortality \"Mortality, age-standardised\" {\n cohort persons\n numerator died\n"
                    + " measure rate per 100000\n standardise direct by age5 weights esp2013\n}",
            "indicator mortality_w \"Mortality of women, age-standardised\" {\n cohort persons where sex == 2\n"
                    + " numerator died\n measure rate per 100000\n standardise direct by age5 weights esp2013\n}",
            "indicator circulatory \"Deaths in circulatory disease\" {\n cohort persons\n"
                    + " numerator died and icd(cause, \"I00-I99\")\n measure rate per 100000\n}",
            "indicator low_edu \"Compulsory schooling only\" {\n cohort persons where age >= 25\n numerator education == 1\n"
                    + " measure percent\n}",
            "indicator high_edu \"Post-secondary education\" {\n cohort persons where age >= 25\n numerator education == 3\n"
                    + " measure percent\n}",
            "indicator foreign \"Born abroad\" {\n cohort persons\n numerator birth_country != \"SE\"\n measure percent\n}",
            "indicator old \"Aged 80 or more\" {\n cohort persons\n numerator age >= 80\n measure percent\n}",
            "indicator mean_age \"Mean age\" {\n cohort persons\n measure mean of age\n}",
            "");
    /** Warm-up rounds of step 5 before timing. */
    static final int WARM_UP_ROUNDS = 3;

    static final String[] SAME = {"dead", "dead65", "mortality", "mortality_w", "circulatory", "low_edu", "high_edu",
            "foreign", "old", "mean_age"};

    private void library() {
        say("\n5a. the library's indicators: all in one statement against one");
        Session session = new Session(dataDir);
        long t0 = System.nanoTime();
        String dir = dataDir.toAbsolutePath().toString().replace("\\", "/");
        ensureOk(session.run(new SourceFile("use.ind", "use stdlib.jamlik from \"" + dir + "\"\n")), "use");
        say(String.format(Locale.ROOT, "   use stdlib.jamlik (read + check): %.2f s", Stats.seconds(t0)));
        String statement = "show " + String.join(", ", LIBRARY) + " by region\n";
        many("5a", session, LIBRARY, statement, "amenable", "library indicators");
        rowsRead(session);

        say("\n5b. ten indicators over the same source (persons) in one statement against one");
        Session persons = new Session(dataDir);
        t0 = System.nanoTime();
        ensureOk(persons.run(new SourceFile("persons.ind", SAME_SOURCE)), "persons");
        say(String.format(Locale.ROOT, "   read persons + declare (cache as configured): %.2f s", Stats.seconds(t0)));
        many("5b", persons, SAME, "show " + String.join(", ", SAME) + " by region\n", "dead", "indicators over persons");
        floor(persons);
    }

    /** The tables that {@code amenable} reads, and those that the eleven library indicators read (jamlik.ind). */
    static final List<String> ONE_READS = List.of("deaths", "population");
    static final List<String> ALL_READ = List.of("referrals", "deaths", "population", "diabetes", "births", "beds",
            "drugs_elderly", "contacts");

    /** Step 5a's context: how many rows "one" reads against how many "all" must read. */
    private void rowsRead(Session session) {
        long one = 0;
        long all = 0;
        StringBuilder each = new StringBuilder();
        for (String t : ALL_READ) {
            Dataset d = session.catalog().data(t).orElseThrow(() -> new IllegalStateException("the library has no " + t));
            all += d.rowCount();
            if (ONE_READS.contains(t)) {
                one += d.rowCount();
            }
            each.append(each.length() == 0 ? "" : ", ").append(t).append(' ').append(d.rowCount());
        }
        say("   rows read: amenable " + one + "; the eleven " + all + " (" + each + ")");
        row("5a. (context) rows read by one; by the eleven", one + "; " + all, "—",
                String.format(Locale.ROOT, "the eleven read %.1f× the rows of one", (double) all / one));
    }

    /**
     * Step 5c: the same counts as the ten indicators of 5b written by hand over byte arrays, ten against one
     * ({@link Floor}), checked against indikator's tables.
     */
    private void floor(Session session) {
        say("\n5c. the floor: the counts of 5b by hand over byte arrays (one thread, no engine), ten against one");
        Dataset persons = session.catalog().data("persons").orElseThrow();
        Floor f = new Floor(persons);
        List<ResultTable> shown = new ArrayList<>();
        for (String ind : SAME) {
            shown.add(tables(ensureOk(session.run(new SourceFile("one.ind", "show " + ind + " by region\n")), ind)).get(0));
        }
        Floor.Counts apart = f.separately();
        Floor.Counts joint = f.together();
        Floor.Counts cube = f.cube();
        List<String> problems = f.check(apart, shown, SAME);
        if (!Floor.same(apart, joint) || !Floor.same(apart, cube)) {
            problems.add("the ten loops, the one loop and the cube give different counts");
        }
        long[][] one = f.one();
        if (!java.util.Arrays.equals(one[0], apart.numerator[0]) || !java.util.Arrays.equals(one[1], apart.denominator[0])) {
            problems.add("one and the first of the ten differ");
        }
        for (int round = 0; round < WARM_UP_ROUNDS * 3; round++) {
            f.one();
            f.separately();
            f.together();
            f.cube();
        }
        Stats oneStats = new Stats();
        Stats apartStats = new Stats();
        Stats jointStats = new Stats();
        Stats cubeStats = new Stats();
        for (int i = 0; i < Math.max(runs, 5); i++) {
            long t0 = System.nanoTime();
            f.one();
            oneStats.add(Stats.seconds(t0));
            t0 = System.nanoTime();
            f.separately();
            apartStats.add(Stats.seconds(t0));
            t0 = System.nanoTime();
            f.together();
            jointStats.add(Stats.seconds(t0));
            t0 = System.nanoTime();
            f.cube();
            cubeStats.add(Stats.seconds(t0));
        }
        Map<String, Stats> forms = new LinkedHashMap<>();
        forms.put("a loop each", apartStats);
        forms.put("one loop", jointStats);
        forms.put("one cube", cubeStats);
        Map.Entry<String, Stats> fastest = forms.entrySet().stream()
                .min(Comparator.comparingDouble(e -> e.getValue().median())).orElseThrow();
        Stats ten = fastest.getValue();
        String check = problems.isEmpty() ? "counts equal to indikator's tables (10 × " + (f.regions - 1) + " regions)"
                : problems.size() + " differences";
        say("   one (dead by region): " + oneStats.format("s", 4));
        say("   ten, a loop each: " + apartStats.format("s", 4) + "; ten in one loop: " + jointStats.format("s", 4)
                + "; ten from one cube: " + cubeStats.format("s", 4));
        say("   check: " + check);
        problems.stream().limit(20).forEach(p -> say("     " + p));
        if (!problems.isEmpty()) {
            notes.add("5c: the hand-written counts differ from indikator's: " + problems.get(0));
        }
        row("5c. floor, one by hand: dead by region", oneStats.format("s", 4), "—", "—");
        row("5c. floor, ten by hand (" + fastest.getKey() + ", the fastest)",
                ten.format("s", 4), "≤ 1.5× one", verdict(ten.median() <= 1.5 * oneStats.median(),
                        ten.median() / oneStats.median(), "× one"));
        row("5c. floor: same counts as indikator", check, "identical", problems.isEmpty() ? "met" : "NOT MET");
    }

    /**
     * Times each indicator alone ({@code show X by region}) and all of them in one statement; checks that
     * the tables of the statement are those of the single shows, character for character.
     */
    private void many(String step, Session session, String[] names, String statement, String oneName, String what) {
        // warm-up (three rounds of every single show and of the statement, so that the JIT has seen every
        // shape of pass and the times are those of the steady state), and the reference tables
        List<String> alone = new ArrayList<>();
        List<String> together = new ArrayList<>();
        for (int round = 0; round < WARM_UP_ROUNDS; round++) {
            alone.clear();
            together.clear();
            for (String ind : names) {
                tables(ensureOk(session.run(new SourceFile("one.ind", "show " + ind + " by region\n")), ind))
                        .forEach(t -> alone.add(se.indikator.runtime.result.TextTable.render(t)));
            }
            tables(ensureOk(session.run(new SourceFile("all.ind", statement)), "all"))
                    .forEach(t -> together.add(se.indikator.runtime.result.TextTable.render(t)));
        }
        Map<String, Stats> single = new LinkedHashMap<>();
        for (String ind : names) {
            Stats st = new Stats();
            for (int i = 0; i < runs; i++) {
                long t1 = System.nanoTime();
                ensureOk(session.run(new SourceFile("one.ind", "show " + ind + " by region\n")), ind);
                st.add(Stats.seconds(t1));
            }
            single.put(ind, st);
            say("   show " + ind + " by region: " + st.format("s", 3));
        }
        Stats allStats = new Stats();
        for (int i = 0; i < runs; i++) {
            long t1 = System.nanoTime();
            RunResult r = ensureOk(session.run(new SourceFile("all.ind", statement)), "all");
            allStats.add(Stats.seconds(t1));
            List<String> again = new ArrayList<>();
            tables(r).forEach(t -> again.add(se.indikator.runtime.result.TextTable.render(t)));
            if (!again.equals(together)) {
                notes.add(step + ": the batched tables differ between runs");
            }
        }
        double sum = single.values().stream().mapToDouble(Stats::median).sum();
        Map.Entry<String, Stats> slowest = single.entrySet().stream()
                .max(Comparator.comparingDouble(e -> e.getValue().median())).orElseThrow();
        Stats one = single.get(oneName);
        int differ = 0;
        for (int i = 0; i < Math.max(alone.size(), together.size()); i++) {
            if (i >= alone.size() || i >= together.size() || !alone.get(i).equals(together.get(i))) {
                differ++;
            }
        }
        String check = differ == 0 && alone.size() == names.length ? "all " + alone.size() + " tables equal"
                : differ + " of " + names.length + " tables differ";
        if (differ != 0) {
            notes.add(step + ": the tables of the one statement differ from the single shows");
        }
        say("   all " + names.length + " in one statement: " + allStats.format("s", 3) + "; sum of the singles "
                + fmt(sum) + " s; slowest single: " + slowest.getKey() + " " + fmt(slowest.getValue().median())
                + " s; check: " + check);
        row(step + ". one: show " + oneName + " by region", one.format("s", 3), "—", "—");
        row(step + ". all " + names.length + " " + what + " in one show", allStats.format("s", 3), "≤ 1.5× one",
                verdict(allStats.median() <= 1.5 * one.median(), allStats.median() / one.median(), "× one"));
        row(step + ". (context) sum of the " + names.length + " singles; slowest single",
                fmt(sum) + " s; " + slowest.getKey() + " " + fmt(slowest.getValue().median()) + " s", "—",
                String.format(Locale.ROOT, "all = %.2f× slowest, %.2f× sum", allStats.median() / slowest.getValue().median(),
                        allStats.median() / sum));
        row(step + ". same tables as the single shows", check, "identical", differ == 0 ? "met" : "NOT MET");
    }

    // ---------------------------------------------------------------- 6. shell start

    private void repl() throws Exception {
        say("\n6. start of the shell to its first prompt");
        Path j = jar;
        if (j == null) {
            Path cwd = Path.of("").toAbsolutePath();
            for (Path p : List.of(cwd.resolve("repl/target/indikator.jar"), cwd.resolveSibling("repl/target/indikator.jar"))) {
                if (Files.isRegularFile(p)) {
                    j = p;
                    break;
                }
            }
        }
        if (j == null || !Files.isRegularFile(j)) {
            say("   skipped: repl/target/indikator.jar is not built (mvn -q -o -pl repl -am package -DskipTests)");
            row("6. shell start to first prompt", "skipped (jar not built)", "≤ 1 s", "not measured");
            return;
        }
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> plain = List.of(javaBin, "-Djava.awt.headless=true", "-XX:+UseSerialGC", "-jar", j.toString());
        say("   plain start: " + String.join(" ", plain));
        Stats[] p = starts(plain);
        // the archive the launcher makes once per build (./indikator): the classes loaded up to the prompt
        Path archive = Files.createTempFile("indikator-bench-", ".jsa");
        Files.delete(archive);
        List<String> make = List.of(javaBin, "-Djava.awt.headless=true", "-XX:+UseSerialGC",
                "-XX:ArchiveClassesAtExit=" + archive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off", "-jar", j.toString());
        shell(make);
        Stats[] a = null;
        if (Files.isRegularFile(archive)) {
            List<String> shared = List.of(javaBin, "-Djava.awt.headless=true", "-XX:+UseSerialGC",
                    "-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off", "-jar", j.toString());
            say("   with the launcher's class-data archive (" + Files.size(archive) / (1 << 20) + " MB): -XX:SharedArchiveFile");
            a = starts(shared);
            Files.deleteIfExists(archive);
        } else {
            notes.add("6: the JVM made no class-data archive; only the plain start is measured");
        }
        Stats best = a != null && !a[0].values.isEmpty() ? a[0] : p[0];
        if (p[0].values.isEmpty()) {
            row("6. shell start to first prompt", "no prompt seen; to exit " + p[1].format("s", 3), "≤ 1 s",
                    verdict(p[1].median() <= 1, p[1].median(), "s to exit"));
            return;
        }
        row("6. shell start to first prompt, plain java -jar", p[0].format("s", 3), "≤ 1 s (aim 0.4 s)",
                verdict(p[0].median() <= 1, p[0].median(), "× target"));
        if (a != null) {
            row("6. shell start to first prompt, as ./indikator starts it (class-data archive)", a[0].format("s", 3),
                    "≤ 1 s (aim 0.4 s)", verdict(a[0].median() <= 1, a[0].median(), "× target")
                            + (a[0].median() <= 0.4 ? ", aim met" : ", aim not met"));
        }
        row("6. (context) start to exit after :quit, plain; with the archive", p[1].format("s", 3) + "; "
                + (a != null ? a[1].format("s", 3) : "—"), "—", best == p[0] ? "—"
                        : String.format(Locale.ROOT, "archive = %.2f× plain to the prompt", a[0].median() / p[0].median()));
    }

    /** Starts the shell runs + 1 times (the first not counted): the times to its prompt and to its exit after :quit. */
    private Stats[] starts(List<String> command) throws Exception {
        Stats prompt = new Stats();
        Stats exit = new Stats();
        for (int i = 0; i < runs + 1; i++) {
            long t0 = System.nanoTime();
            double[] at = shell(command);
            double promptAt = at[0];
            if (i == 0) {
                continue;
            }
            if (!Double.isNaN(promptAt)) {
                prompt.add(promptAt - t0 / 1e9);
            } else {
                notes.add("the shell printed no 'ind> ' prompt");
            }
            exit.add(at[1] - t0 / 1e9);
            say(String.format(Locale.ROOT, "   run %d: prompt %.3f s, exit after :quit %.3f s", i, promptAt - t0 / 1e9,
                    at[1] - t0 / 1e9));
        }
        return new Stats[] {prompt, exit};
    }

    /** Runs the shell with :quit on its input: the moments (System.nanoTime in seconds) of its prompt (NaN if none) and its exit. */
    private static double[] shell(List<String> command) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("TERM", "dumb");
        Path history = Files.createTempFile("indikator-bench-history-", "");
        pb.environment().put("INDIKATOR_HISTORY", history.toString());
        Process p = pb.start();
        try (OutputStream in = p.getOutputStream()) {
            in.write(":quit\n".getBytes(StandardCharsets.UTF_8));
        }
        double promptAt = Double.NaN;
        ByteArrayOutputStream seen = new ByteArrayOutputStream();
        try (InputStream out = p.getInputStream()) {
            int b;
            while ((b = out.read()) >= 0) {
                seen.write(b);
                if (Double.isNaN(promptAt) && seen.toString(StandardCharsets.UTF_8).endsWith("ind> ")) {
                    promptAt = System.nanoTime() / 1e9;
                }
            }
        }
        p.waitFor();
        double exited = System.nanoTime() / 1e9;
        Files.deleteIfExists(history);
        return new double[] {promptAt, exited};
    }

    // ---------------------------------------------------------------- helpers

    private static RunResult ensureOk(RunResult r, String what) {
        List<Diagnostic> errors = r.diagnostics().stream().filter(Diagnostic::isError).toList();
        if (!errors.isEmpty()) {
            throw new IllegalStateException(what + ": " + errors);
        }
        return r;
    }

    private static List<ResultTable> tables(RunResult r) {
        List<ResultTable> out = new ArrayList<>();
        for (StatementResult s : r.statements()) {
            for (Output o : s.outputs()) {
                if (o instanceof Output.Table t) {
                    out.add(t.table());
                }
            }
        }
        return out;
    }

    private void row(String what, String figure, String target, String verdict) {
        report.add(new String[] {what, figure, target, verdict});
    }

    private static String verdict(boolean met, double ratio, String unit) {
        return String.format(Locale.ROOT, "%s (%.2f %s)", met ? "met" : "NOT MET", ratio, unit);
    }

    private void printReport() {
        int[] w = new int[4];
        String[] head = {"measurement", "median (min–max, n)", "target", "result"};
        for (String[] r : withHead(head)) {
            for (int i = 0; i < 4; i++) {
                w[i] = Math.max(w[i], r[i].length());
            }
        }
        say("\nRESULTS (" + persons + " persons, " + runs + " runs; medians with min–max)");
        for (String[] r : withHead(head)) {
            StringBuilder sb = new StringBuilder("| ");
            for (int i = 0; i < 4; i++) {
                sb.append(r[i]).append(" ".repeat(w[i] - r[i].length())).append(" | ");
            }
            say(sb.toString().stripTrailing());
            if (r == head) {
                StringBuilder sep = new StringBuilder("|");
                for (int i = 0; i < 4; i++) {
                    sep.append("-".repeat(w[i] + 2)).append("|");
                }
                say(sep.toString());
            }
        }
        notes.forEach(n -> say("note: " + n));
    }

    private List<String[]> withHead(String[] head) {
        List<String[]> all = new ArrayList<>();
        all.add(head);
        all.addAll(report);
        return all;
    }

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

    private static String fmt(double seconds) {
        return String.format(Locale.ROOT, "%.3f", seconds);
    }

    private static void say(String s) {
        System.out.println(s);
        System.out.flush();
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
