package se.indikator.runtime.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.indikator.runtime.data.DuckDbSql;
import se.indikator.runtime.data.Dataset;
import se.indikator.runtime.data.Engine;
import se.indikator.runtime.data.EngineDriver;
import se.indikator.runtime.data.EngineScan;
import se.indikator.runtime.diag.SourceFile;
import se.indikator.runtime.diag.Span;

/**
 * What needs the rows themselves — medians, percentiles, relative survival, the frequency columns of
 * {@code dobson-non-independent} — gives the tables of the same rows in memory, character for character, when an
 * engine holds the rows and applies the conditions it can before they cross: conditions of the indicator and of the
 * statement's {@code where}, a function of a text column, a condition the portable SQL cannot express (kept in
 * memory), and a unit's condition that the national reference must not have. A function of a text column that holds
 * for thousands of its values is sent as a relation of them, in a pass's query and in a row query alike.
 */
class EngineRowsConformanceTest {
    @TempDir
    static Path dir;

    static final String ROWS = """
            SELECT
              CASE i % 6 WHEN 0 THEN 'Skåne' WHEN 1 THEN 'Västra Götaland' WHEN 2 THEN 'Örebro' WHEN 3 THEN ''
                         WHEN 4 THEN NULL ELSE 'Skåne' END AS region,
              CASE WHEN i % 31 = 0 THEN NULL ELSE 1 + i % 2 END AS sex,
              CASE WHEN i % 43 = 0 THEN NULL ELSE 30 + (i * 7) % 60 END::DOUBLE AS age,
              DATE '2012-01-01' + ((i * 11) % 1800)::INTEGER AS diagnosis,
              CASE WHEN i % 53 = 0 THEN NULL ELSE (i * 37) % 2900 END AS days,
              CASE WHEN i % 3 = 0 THEN 1 ELSE 0 END AS died,
              CASE WHEN i % 29 = 0 THEN NULL ELSE ((i * 13) % 500) / 4.0 END::DOUBLE AS cost,
              2012 + i % 6 AS year,
              ['I21', 'C50', 'E11', 'J45', 'X60', 'K35', '', 'I10'][1 + i % 8] AS cause,
              ['Ahus', 'Borås', 'Eksjö', 'Falun'][1 + i % 4] AS unit_name,
              ['A', 'B', 'E', 'X', NULL][1 + i % 5] AS prefix,
              CASE WHEN i % 97 = 0 THEN NULL WHEN i % 89 = 0 THEN '' WHEN i % 10 = 9 THEN 'Z' || (i % 500)::VARCHAR
                   ELSE 'K' || (i % 4500)::VARCHAR END AS code,
              i % 4 AS cases,
              CASE WHEN i % 4 = 1 THEN 1 ELSE 0 END AS once,
              CASE WHEN i % 4 >= 2 THEN 1 ELSE 0 END AS twice
            FROM range(0, 6000) t(i)""";

    /** A list of 1 500 codes, more than an {@code IN} list holds: {@code not in} it is sent as a relation too. */
    static final String MANY = "list many = " + java.util.stream.IntStream.range(0, 1500).mapToObj(i -> "\"K" + i * 3 + "\"")
            .collect(java.util.stream.Collectors.joining(", "));

    static final String SCRIPT = """
            set language en
            %s
            data p = read "cohort.parquet"
            """ + MANY + """

            data lifetable = read "lifetable.csv"
            unit region
            breakdown sex_label = case sex when 1 then "Men" when 2 then "Women"
            breakdown period = case when year < 2015 then "early" else "late"
            indicator med_cost "Median cost" {
                cohort  p where cost >= 0 and not startswith(unit_name, prefix)
                measure median of cost
            }
            indicator cost90 "Cost, 90th percentile" {
                cohort  p where amenable(cause) or icd(cause, "I20-I25, C50")
                measure percentile 90 of cost
            }
            indicator k_cost "Median cost of K codes" {
                cohort  p where startswith(code, "K")
                measure median of cost
            }
            indicator k_share "Share of K codes" {
                numerator   count(*) from p where startswith(code, "K")
                denominator count(*) from p where code is not missing
                measure     percent
            }
            indicator not_many "Share of codes not in the list"  {
                numerator   count(*) from p where code not in many
                denominator count(*) from p
                measure     percent
            }
            indicator rs5 "Five-year relative survival" {
                cohort   p where age >= 45
                measure  relative survival at 5 years
                survival entry diagnosis, time days, death died == 1, age age, sex sex, table lifetable
            }
            indicator events "Events per 100" {
                numerator   sum(cases) from p where year >= 2013
                denominator count(*) from p
                measure     rate per 100
                ci          dobson-non-independent
                frequencies once, twice
            }
            show med_cost by region where year >= 2014
            show med_cost by sex_label where region == "Skåne"
            show cost90 by sex_label, period where year between 2013 and 2016 and not startswith(unit_name, prefix)
            show k_cost by region where year >= 2013
            show k_share by region, period
            show not_many by sex_label
            show med_cost by period where code not in many
            show rs5 by sex_label where year >= 2013
            show rs5 by region where year <= 2015 and sex is not missing
            show events by region where year <= 2016
            """;

    static final String READ = "data p = read \"cohort.parquet\"";

    /** Writes the cohort as {@code cohort.parquet} and a life table of ages 0 to 110 as {@code lifetable.csv}. */
    static void write(Path folder) throws SQLException, IOException {
        DuckDbSql.parquet(folder.resolve("cohort.parquet"), ROWS);
        StringBuilder table = new StringBuilder("sex;age;q\n");
        for (int sex = 1; sex <= 2; sex++) {
            for (int age = 0; age <= 110; age++) {
                double q = Math.min(0.5, 0.0002 * Math.exp((sex == 1 ? 0.085 : 0.08) * age));
                table.append(sex).append(';').append(age).append(';')
                        .append(String.format(java.util.Locale.ROOT, "%.6f", q).replace('.', ',')).append('\n');
            }
        }
        Files.writeString(folder.resolve("lifetable.csv"), table.toString());
    }

    @BeforeAll
    static void data() throws SQLException, IOException {
        write(dir);
        Path file = dir.resolve("cohort.duckdb").toAbsolutePath();
        DuckDbSql.run("ATTACH '" + file.toString().replace("'", "''") + "' AS register",
                "CREATE TABLE register.cohort AS " + ROWS, "DETACH register");
    }

    /**
     * The script's printed tables in a session of {@code folder}, with the cohort declared by {@code here}; the
     * declaration, and the data's name in warnings, written back as those of the file read.
     */
    static String tables(Path folder, String suppress, String here) {
        Session session = new Session(folder);
        session.catalog().settings(session.catalog().settings().withColumns("all"));
        String out = Transcript.render(session, "s.ind", String.format(SCRIPT, suppress).replace(READ, here));
        assertFalse(out.contains("error["), out);
        return out.replace(here, READ).replaceAll("#> [a-z.]*cohort:", "#> cohort.parquet:")
                .replaceAll("(?m)^#> cohort\\.parquet:\\d+:\\d+:", "#> cohort.parquet:");
    }

    /** Requires the tables with the cohort declared by {@code here} to be those of the rows in memory. */
    static void assertSameAsInMemory(Path folder, String here) {
        String memory = tables(folder, "set suppress none", READ);
        assertTrue(memory.contains("Västra Götaland") && memory.contains("pohar-perme") && memory.contains("Women"), memory);
        assertEquals(memory, tables(folder, "set suppress none", here));
        assertEquals(tables(folder, "set suppress below 5", READ), tables(folder, "set suppress below 5", here));
    }

    @Test
    void scannedRowsGiveTheTablesOfTheRowsInMemory() {
        assertSameAsInMemory(dir, "data p = scan \"cohort.parquet\"");
    }

    @Test
    void rowsOfADuckDbFileGiveTheTablesOfTheRowsInMemory() {
        assertSameAsInMemory(dir, "connection d = duckdb \"cohort.duckdb\"; data p = table \"cohort\" from d");
        assertSameAsInMemory(dir, "connection d = duckdb \"cohort.duckdb\"; data p = scan \"cohort.parquet\" on d");
    }

    @Test
    void theConditionsEveryPassSharesAreInTheRowQueryAndFewerRowsCross() throws SQLException {
        Session session = new Session(dir);
        String script = String.format(SCRIPT, "set suppress none").replace(READ, "data p = scan \"cohort.parquet\"");
        String declarations = script.substring(0, script.indexOf("show "));
        assertFalse(session.run(new SourceFile("s.ind", declarations)).hasErrors());

        String sql = session.sql("med_cost by region where year >= 2014");
        String query = sql.substring(sql.indexOf("SELECT \"region\""), sql.indexOf(";\n", sql.indexOf("SELECT \"region\"")));
        assertTrue(sql.contains("-- on duckdb, data p: med_cost rows\n"), sql);
        // the cohort's and the statement's conditions, but not the one no SQL expresses (a function of two text columns)
        assertTrue(query.contains("\nWHERE COALESCE(\"cost\" >= 0, FALSE)\n  AND COALESCE(\"year\" >= 2014, FALSE)"), query);
        assertFalse(query.contains("unit_name\" IN") || query.contains("startswith"), query);
        // only the columns read in memory: the value, the keys and the columns of the condition left to memory
        assertTrue(query.startsWith("SELECT \"region\", \"cost\", \"unit_name\", \"prefix\" FROM"), query);
        Engine engine = session.catalog().data("p").orElseThrow().engine().orElseThrow().engine();
        long crossing = count(engine, query);
        assertTrue(crossing > 0 && crossing < 4000, "rows crossing: " + crossing);
        assertEquals(count(engine, "SELECT * FROM read_parquet('" + dir.resolve("cohort.parquet") + "') "
                + "WHERE cost >= 0 AND year >= 2014"), crossing);

        // a unit's condition is left out of the reference, so it stays in memory and the reference sees every row
        String unit = session.sql("med_cost by sex_label where region == \"Skåne\"");
        assertTrue(unit.contains("\nWHERE COALESCE(\"cost\" >= 0, FALSE);"), unit);
        assertFalse(unit.contains("'Skåne'"), unit);

        String survival = session.sql("rs5 by sex_label where year >= 2013");
        assertTrue(survival.contains("\nWHERE COALESCE(\"age\" >= 45, FALSE)\n  AND COALESCE(\"year\" >= 2013, FALSE);"),
                survival);
    }

    @Test
    void theRowQuerySentHasTheConditionsAndOnlyTheRowsTheyKeepCross() throws SQLException {
        List<String> sent = new ArrayList<>();
        long[] crossed = {0};
        EngineDriver jdbc = EngineDriver.jdbc(DuckDbSql.connect());
        Engine engine = new Engine("recorded", "duckdb", new EngineDriver() {
            @Override
            public <T> T query(String sql, Engine.Rows<T> reader) throws SQLException {
                sent.add(sql);
                return jdbc.query(sql, rs -> reader.read(counting(rs, sql.startsWith("SELECT \"") ? crossed : new long[1])));
            }

            @Override
            public void close() throws SQLException {
                jdbc.close();
            }
        });
        try (engine) {
            Path file = dir.resolve("cohort.parquet");
            Dataset p = EngineScan.on(engine, file, "cohort.parquet", "p").dataset().orElseThrow();
            Session session = new Session(dir);
            session.catalog().putData(p, Span.NONE);
            String script = String.format(SCRIPT, "set suppress none").replace(READ, "");
            assertFalse(session.run(new SourceFile("s.ind", script.substring(0, script.indexOf("show ")))).hasErrors());
            sent.clear();
            crossed[0] = 0;
            assertFalse(session.run(new SourceFile("t.ind", "show med_cost by region where year >= 2014")).hasErrors());
            List<String> rows = sent.stream().filter(q -> q.startsWith("SELECT \"")).toList();
            assertEquals(1, rows.size(), sent.toString());
            assertTrue(rows.get(0).startsWith("SELECT \"region\", \"cost\", \"unit_name\", \"prefix\" FROM"), rows.get(0));
            assertTrue(rows.get(0).endsWith("\nWHERE COALESCE(\"cost\" >= 0, FALSE)\n  AND COALESCE(\"year\" >= 2014, FALSE)"),
                    rows.get(0));
            long kept = count(engine, "SELECT * FROM read_parquet('" + file + "') WHERE cost >= 0 AND year >= 2014");
            assertEquals(kept, crossed[0]);
            assertTrue(kept < 4000, "rows kept: " + kept);
        }
    }

    /** {@code rs}, counting in {@code rows[0]} the rows read from it. */
    private static ResultSet counting(ResultSet rs, long[] rows) {
        return (ResultSet) Proxy.newProxyInstance(ResultSet.class.getClassLoader(), new Class<?>[] {ResultSet.class},
                (proxy, method, args) -> {
                    Object out;
                    try {
                        out = method.invoke(rs, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                    if (method.getName().equals("next") && Boolean.TRUE.equals(out)) {
                        rows[0]++;
                    }
                    return out;
                });
    }

    @Test
    void aFunctionThatHoldsForThousandsOfValuesIsSentAsARelationOfThem() {
        Session session = new Session(dir);
        String script = String.format(SCRIPT, "set suppress none").replace(READ, "data p = scan \"cohort.parquet\"");
        assertFalse(session.run(new SourceFile("s.ind", script.substring(0, script.indexOf("show ")))).hasErrors());
        String pass = session.sql("k_share by region");
        // in a CASE WHEN, where an unknown condition counts as false, without the COALESCE
        assertTrue(pass.contains("(CASE WHEN (\"code\" IN (SELECT v FROM (VALUES ('K0'), ('K1'), ('K10'), "), pass);
        assertTrue(pass.contains("('K998')) AS l(v))) THEN 1 ELSE 0 END)"), pass);
        assertFalse(pass.contains("'Z1'"), pass);
        String negated = session.sql("not_many by sex_label");
        assertTrue(negated.contains("(\"code\" IS NOT NULL AND NOT COALESCE(\"code\" IN (SELECT v FROM (VALUES ('K0'), ('K1002'), "),
                negated);
        String rows = session.sql("k_cost by region where year >= 2013");
        assertTrue(rows.contains("\nWHERE COALESCE(\"code\" IN (SELECT v FROM (VALUES ('K0'), "), rows);
    }

    private static long count(Engine engine, String query) throws SQLException {
        return engine.query("SELECT COUNT(*) FROM (" + query + ") AS x", rs -> {
            rs.next();
            return rs.getLong(1);
        });
    }
}
