package se.indikator.runtime.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The benchmark's event table at scale: outpatient visits written as Parquet by DuckDB from a deterministic hash of
 * the row number (region code, sex, age, year, whether the visit was acute, a few rows with an unknown region or
 * age), the population they are counted against, the indikator script computing an age-standardised visit rate and
 * the share of acute visits by region × sex, and DuckDB SQL written by hand for the same cells.
 */
public final class EventsTable {
    private EventsTable() {
    }

    /** The regions' codes. */
    static final List<String> REGIONS = List.of("01", "03", "04", "05", "06", "07", "08", "09", "10", "12", "13", "14",
            "17", "18", "19", "20", "21", "22", "23", "24", "25");

    /** The script run over {@code events.parquet} and {@code population.parquet}; {@code %s} is the data clause. */
    public static final String SCRIPT = String.join("\n",
            "set suppress none",
            "data events = %1$s \"events.parquet\"%2$s",
            "data population = %1$s \"population.parquet\"%2$s",
            "breakdown age5 = band(age, 0 to 90 step 5)",
            "breakdown kön = case sex when 2 then \"Kvinnor\" when 1 then \"Män\"",
            "indicator visits \"Öppenvårdsbesök per 1 000 invånare, åldersstandardiserat\" {",
            "    numerator   count(*) from events",
            "    denominator sum(persons) from population",
            "    measure     rate per 1000",
            "    standardise direct by age5 weights esp2013",
            "}",
            "indicator acute \"Andel akuta besök\" {",
            "    cohort      events",
            "    numerator   acute",
            "    measure     proportion",
            "}",
            "");

    /** The statements timed. */
    public static final String SHOWS = String.join("\n",
            "set suppress none",
            "show visits by region, kön",
            "show acute by region, kön",
            "");

    /** The script with its data scanned by DuckDB in process. */
    public static String script() {
        return String.format(Locale.ROOT, SCRIPT, "scan", "");
    }

    /** The script with its data scanned by the engine of connection {@code connection} (declared before it). */
    public static String scriptOn(String connection) {
        return String.format(Locale.ROOT, SCRIPT, "scan", " on " + connection);
    }

    /**
     * Writes {@code rows} visits to {@code dir/events.parquet} and the population of every region, sex and age to
     * {@code dir/population.parquet}, with DuckDB, from the seed; the same arguments give the same files.
     */
    public static void generate(Connection duck, Path dir, long rows, long seed) throws SQLException {
        String regions = "['" + String.join("', '", REGIONS) + "']";
        String events = quote(dir.resolve("events.parquet"));
        String population = quote(dir.resolve("population.parquet"));
        try (Statement s = duck.createStatement()) {
            s.execute("COPY (SELECT"
                    + " CASE WHEN h1 % 997 = 0 THEN NULL ELSE " + regions + "[1 + CAST((h1 >> 3) % 21 AS INTEGER)] END AS region,"
                    + " CAST(1 + (h1 >> 11) % 2 AS TINYINT) AS sex,"
                    + " CASE WHEN h2 % 1009 = 0 THEN NULL ELSE CAST(least((h2 >> 5) % 100, (h2 >> 13) % 100 + 10) AS SMALLINT) END AS age,"
                    + " CAST(2019 + (h2 >> 23) % 5 AS SMALLINT) AS year,"
                    + " (h1 >> 29) % 100 < 12 + (h1 >> 3) % 21 AS acute"
                    + " FROM (SELECT hash(i * 2 + " + seed + ") AS h1, hash(i * 2 + 1 + " + seed + ") AS h2"
                    + " FROM range(" + rows + ") AS t(i))) TO " + events + " (FORMAT parquet)");
            s.execute("COPY (SELECT region, CAST(sex AS TINYINT) AS sex, CAST(age AS SMALLINT) AS age,"
                    + " CAST(" + Math.max(1, rows / 42_000) + " * (40 + hash(region || sex || age || " + seed + ") % 60) AS BIGINT) AS persons"
                    + " FROM unnest(" + regions + ") AS r(region), range(1, 3) AS s(sex), range(0, 100) AS a(age))"
                    + " TO " + population + " (FORMAT parquet)");
        }
    }

    /**
     * The cells DuckDB's hand-written SQL computes over the files: visits by region, sex and age band, acute visits
     * and visits by region and sex, the population by region, sex and age band; two queries over the events.
     */
    public static Cells handCells(Statement s, Path dir) throws SQLException {
        String events = "read_parquet(" + quote(dir.resolve("events.parquet")) + ")";
        Cells c = new Cells();
        try (ResultSet rs = s.executeQuery("SELECT region, sex, least(age // 5, 18) AS band, count(*) FROM " + events
                + " WHERE age >= 0 AND sex IN (1, 2) GROUP BY ALL")) {
            while (rs.next()) {
                c.visits.merge(key(rs.getString(1), rs.getInt(2), rs.getInt(3)), rs.getLong(4), Long::sum);
            }
        }
        try (ResultSet rs = s.executeQuery("SELECT region, sex, count_if(acute), count(acute) FROM " + events
                + " WHERE sex IN (1, 2) GROUP BY ALL")) {
            while (rs.next()) {
                c.acute.put(key(rs.getString(1), rs.getInt(2), -1), new long[] {rs.getLong(3), rs.getLong(4)});
            }
        }
        c.population.putAll(handCellsOfPopulation(s, dir));
        return c;
    }

    /**
     * The same cells as {@link #handCells} with the events read once: one query of visits and acute visits by region,
     * sex and age band (the acute share counts every age, so the rows without one are a band of their own).
     */
    public static Cells handCellsInOneQuery(Statement s, Path dir) throws SQLException {
        Cells c = new Cells();
        // least() passes over a missing age, so the band of a row without one is made missing before it
        try (ResultSet rs = s.executeQuery("SELECT region, sex, CASE WHEN age >= 0 THEN least(age // 5, 18) END AS band, "
                + "count(*), count_if(acute), "
                + "count(acute) FROM read_parquet(" + quote(dir.resolve("events.parquet")) + ") WHERE sex IN (1, 2) GROUP BY ALL")) {
            while (rs.next()) {
                String region = rs.getString(1);
                int sex = rs.getInt(2);
                int band = rs.getInt(3);
                if (!rs.wasNull() && band >= 0) {
                    c.visits.merge(key(region, sex, band), rs.getLong(4), Long::sum);
                }
                c.acute.merge(key(region, sex, -1), new long[] {rs.getLong(5), rs.getLong(6)},
                        (a, b) -> new long[] {a[0] + b[0], a[1] + b[1]});
            }
        }
        c.population.putAll(handCellsOfPopulation(s, dir));
        return c;
    }

    private static Map<String, Long> handCellsOfPopulation(Statement s, Path dir) throws SQLException {
        Map<String, Long> out = new HashMap<>();
        try (ResultSet rs = s.executeQuery("SELECT region, sex, least(age // 5, 18) AS band, sum(persons) FROM read_parquet("
                + quote(dir.resolve("population.parquet")) + ") WHERE age >= 0 GROUP BY ALL")) {
            while (rs.next()) {
                out.merge(key(rs.getString(1), rs.getInt(2), rs.getInt(3)), rs.getLong(4), Long::sum);
            }
        }
        return out;
    }

    /** The hand-written side's cells, keyed "region|sex|band" (band -1 where there is none; region "null" for unknown). */
    public static final class Cells {
        final Map<String, Long> visits = new HashMap<>();
        final Map<String, long[]> acute = new HashMap<>();
        final Map<String, Long> population = new HashMap<>();

        /**
         * The age-standardised rate per 1 000 (ESP 2013) and its numerator, per "region|sex" and per "Riket|sex"
         * (every region and the unknown one), from the cells: {numerator, denominator, value}.
         */
        public Map<String, double[]> visitRates() {
            Map<String, double[]> out = new TreeMap<>();
            for (String region : regionsAndCountry()) {
                for (int sex = region.equals("Riket") ? 0 : 1; sex <= 2; sex++) { // 0: the country's women and men
                    double weighted = 0;
                    double weights = 0;
                    long events = 0;
                    long persons = 0;
                    for (int band = 0; band < Benchmark.ESP2013.length; band++) {
                        long x = sumOver(visits, region, sex, band);
                        long n = sumOver(population, region, sex, band);
                        events += x;
                        persons += n;
                        if (n > 0) {
                            weighted += Benchmark.ESP2013[band] * (double) x / n;
                            weights += Benchmark.ESP2013[band];
                        }
                    }
                    out.put(region + "|" + sex, new double[] {events, persons, weighted / weights * 1000});
                }
            }
            return out;
        }

        /** The share of acute visits per "region|sex" and "Riket|sex": {numerator, denominator, value}. */
        public Map<String, double[]> acuteShares() {
            Map<String, double[]> out = new TreeMap<>();
            for (String region : regionsAndCountry()) {
                for (int sex = region.equals("Riket") ? 0 : 1; sex <= 2; sex++) { // 0: the country's women and men
                    long x = 0;
                    long n = 0;
                    for (Map.Entry<String, long[]> e : acute.entrySet()) {
                        String[] k = e.getKey().split("\\|");
                        if ((region.equals("Riket") || k[0].equals(region)) && (sex == 0 || k[1].equals(Integer.toString(sex)))) {
                            x += e.getValue()[0];
                            n += e.getValue()[1];
                        }
                    }
                    out.put(region + "|" + sex, new double[] {x, n, (double) x / n});
                }
            }
            return out;
        }

        private static List<String> regionsAndCountry() {
            List<String> out = new java.util.ArrayList<>(REGIONS);
            out.add("Riket");
            return out;
        }

        /** The sum of the cells of a region ("Riket": every region and the unknown one), a sex (0: both) and a band. */
        private static long sumOver(Map<String, Long> cells, String region, int sex, int band) {
            long sum = 0;
            for (Map.Entry<String, Long> e : cells.entrySet()) {
                String[] k = e.getKey().split("\\|");
                if ((region.equals("Riket") || k[0].equals(region)) && (sex == 0 || k[1].equals(Integer.toString(sex)))
                        && k[2].equals(Integer.toString(band))) {
                    sum += e.getValue();
                }
            }
            return sum;
        }
    }

    private static String key(String region, int sex, int band) {
        return region + "|" + sex + "|" + band;
    }

    private static String quote(Path p) {
        return "'" + p.toAbsolutePath().toString().replace("'", "''") + "'";
    }
}
