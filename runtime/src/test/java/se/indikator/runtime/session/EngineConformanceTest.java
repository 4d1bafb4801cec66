package se.indikator.runtime.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.indikator.runtime.data.DuckDbSql;

/**
 * The same script over the same Parquet data gives the same printed tables, character for character, whether
 * the rows are read into memory ({@code read}, the single-pass kernel) or left in DuckDB ({@code scan}, one
 * {@code GROUP BY} query per pass): a generated corpus of conditions, bands and cases at their edges, below the
 * first and above the last band, negative values, missing keys, values and conditions, empty text against
 * missing text, Swedish text, dates at a year's boundary, zero denominators, lists, ICD ranges, a function of a
 * text column, and/or/not over missing values, with and without disclosure control.
 */
class EngineConformanceTest {
    @TempDir
    static Path dir;

    static final String ROWS = """
            SELECT
              CASE WHEN i % 97 = 0 THEN NULL ELSE (i * 7) % 115 - 5 END AS age,
              CASE WHEN i % 89 = 0 THEN NULL ELSE ((i * 13) % 400) / 2.5 - 3.0 END::DOUBLE AS height,
              CASE i % 6 WHEN 0 THEN 'Skåne' WHEN 1 THEN 'Västra Götaland' WHEN 2 THEN 'Örebro' WHEN 3 THEN ''
                         WHEN 4 THEN NULL ELSE 'Ängelholm' END AS region,
              CASE i % 3 WHEN 0 THEN 'kvinna' WHEN 1 THEN 'man' ELSE NULL END AS sex,
              ['I21', 'I639', 'C50', 'E11', 'J45', 'X60', 'K35', '', 'I10'][1 + i % 9] AS cause,
              CASE WHEN i % 50 = 0 THEN NULL ELSE DATE '2019-12-28' + (i % 9)::INTEGER END AS visit,
              CASE WHEN i % 41 = 0 THEN NULL ELSE i % 5 = 0 END AS died,
              CASE WHEN i % 37 = 0 THEN NULL ELSE i % 11 END AS cost,
              2016 + i % 7 AS year,
              CASE WHEN i % 13 = 0 THEN NULL ELSE 1 + i % 2 END AS kind,
              CASE WHEN i % 3 = 1 THEN NULL ELSE (i % 17) * 0.5 END::DOUBLE AS score
            FROM range(0, 4000) t(i)""";

    static final String DECLARATIONS = """
            set language en
            %s
            data p = %s "people.parquet"
            list nordic = "Skåne", "Örebro", "Oslo"
            list small = 1, 3, 5
            breakdown age15 = band(age, 0 to 90 step 15)
            breakdown tall = band(height, 10 to 150 step 17.5)
            breakdown signed = band(age, -10 to 50 step 20)
            breakdown grp = case region
                when "Skåne", "Ängelholm" then "Syd"
                when missing then "Uppgift saknas"
                else "Övrigt"
            breakdown era = case when visit < "2020-01-01" then "before" when visit >= "2020-01-01" then "after"
            breakdown kindname = case kind when 1 then "ett" when 2 then "två"
            breakdown three = year rolling 3
            indicator died_share "Died" {
                numerator   count(*) from p where died
                denominator count(*) from p
                measure     percent
            }
            indicator old "Old" {
                numerator   count(*) from p where age between 65 and 89 and not (sex == "man")
                denominator count(*) from p where region is not missing or age > 40
                measure     percent
            }
            indicator treatable "Treatable" {
                numerator   count(*) from p where amenable(cause) or icd(cause, "I20-I25, C50")
                denominator count(*) from p where cause is not missing
                measure     percent
            }
            indicator costly "Cost per person" {
                numerator   sum(cost) from p where not (kind in small) and region not in nordic
                denominator count(*) from p where height not between 0 and 50
                measure     rate per 100
            }
            indicator mean_cost "Mean cost" {
                cohort   p where not (died == true) or visit >= "2020-01-01"
                measure  mean of cost
            }
            indicator mean_score "Mean score, none for men" {
                cohort   p
                measure  mean of score
            }
            indicator negative "Negative heights" {
                numerator   count(*) from p where height < 0 or age < 0
                denominator count(*) from p where height / (age - 10) > 1 or height is missing
                measure     percent
            }
            """;

    static final String SHOWS = """
            show died_share by age15
            show died_share by region, sex
            show old by grp
            show treatable by era, kindname
            show costly by tall
            show mean_cost by region
            show negative by age15, kindname
            show died_share by three
            show old by year where region in nordic
            show mean_score by sex
            show mean_score, mean_cost by region, sex where year >= 2019
            show died_share, old by signed, sex
            """;

    /** How the corpus reads its data into memory. */
    static final String READ = "data p = read \"people.parquet\"";

    /**
     * The corpus's printed tables, in a session of {@code folder}, with its data declared by {@code here} instead of
     * read into memory; the declaration, and the data's name in warnings, written back as those of the file read.
     */
    static String tablesWith(Path folder, String suppress, String here) {
        Session session = new Session(folder);
        session.catalog().settings(session.catalog().settings().withColumns("all"));
        String script = String.format(DECLARATIONS, suppress, "read") + SHOWS;
        String out = Transcript.render(session, "s.ind", script.replace(READ, here));
        assertFalse(out.contains("error["), out);
        // rows an engine holds have no lines, so a warning about them names the data without one
        return out.replace(here, READ).replace("#> people:", "#> people.parquet:")
                .replaceAll("(?m)^#> people\\.parquet:\\d+:\\d+:", "#> people.parquet:");
    }

    /**
     * Requires the corpus's tables with its data declared by {@code here} to be those of the same data read into
     * memory, character for character, with and without disclosure control.
     */
    static void assertSameAsInMemory(Path folder, String here) {
        String memory = tablesWith(folder, "set suppress none", READ);
        assertTrue(memory.contains("Västra Götaland") && memory.contains("Ängelholm"), memory);
        assertEquals(memory, tablesWith(folder, "set suppress none", here));
        assertEquals(tablesWith(folder, "set suppress below 5", READ), tablesWith(folder, "set suppress below 5", here));
    }

    @BeforeAll
    static void data() throws SQLException {
        DuckDbSql.parquet(dir.resolve("people.parquet"), ROWS);
    }

    private static String run(String how, String suppress) throws IOException {
        Session session = new Session(dir);
        session.catalog().settings(session.catalog().settings().withColumns("all"));
        String script = String.format(DECLARATIONS, suppress, "read") + SHOWS;
        String out = Transcript.render(session, "s.ind", how.equals("read") ? script : script.replace("= read \"", "= scan \""));
        assertFalse(out.contains("error["), () -> how + ":\n" + out);
        // an engine does not number its rows, so a warning about rows names the file without a line
        return out.replace("= scan \"", "= read \"").replaceAll("(?m)^#> people\\.parquet:\\d+:\\d+:", "#> people.parquet:");
    }

    @Test
    void scannedDataGiveTheTablesOfDataInMemory() throws IOException {
        String memory = run("read", "set suppress none");
        String engine = run("scan", "set suppress none");
        assertTrue(memory.contains("Skåne") && memory.contains("Ängelholm"), memory);
        assertEquals(memory, engine);
    }

    @Test
    void disclosureControlHidesTheSameCellsOnAnEngine() throws IOException {
        String memory = run("read", "set suppress below 5");
        String engine = run("scan", "set suppress below 5");
        assertEquals(memory, engine);
    }

    @Test
    void thePlanShowsWhereEachPassRunsAndTheSqlIsTheQuerySent() throws IOException {
        Session session = new Session(dir);
        String script = String.format(DECLARATIONS, "set suppress none", "scan");
        assertFalse(session.run(new se.indikator.runtime.diag.SourceFile("s.ind", script)).hasErrors());
        String plan = session.explain("died_share, mean_cost by age15");
        assertTrue(plan.contains("scan p (4000 rows)"), plan);
        assertTrue(plan.contains("physical plan: 0 loops, 0 passes for 0 logical passes; 1 query on engines for 3 logical passes\n"
                + "  query on duckdb over p — died_share numerator; died_share denominator; mean_cost cohort (shared)\n"), plan);
        String sql = session.sql("died_share by age15");
        assertTrue(sql.startsWith("-- on duckdb, data p: died_share numerator; died_share denominator\nSELECT k0, SUM(m_0) AS n_0"),
                sql);
        assertTrue(sql.contains("SELECT k0, SUM(m_0) AS n_0, COUNT(*) AS n_1\n"), sql); // a count needs nothing but its rows
        // where an unknown condition counts as false anyway, no COALESCE is evaluated for nothing
        assertTrue(sql.contains("(CASE WHEN (\"died\") THEN 1 ELSE 0 END) AS m_0\n"), sql);
        // text is made missing where empty, only in columns that may hold an empty text
        assertTrue(sql.contains("NULLIF(CAST(\"region\" AS VARCHAR), '') AS \"region\", CAST(\"sex\" AS VARCHAR) AS \"sex\""), sql);
        // a band of whole numbers by whole steps as the whole quotient of a number that is not negative
        assertTrue(sql.contains("(CASE WHEN \"age\" >= 90 THEN 6 WHEN \"age\" >= 0 THEN (\"age\" // 15) ELSE -1 END) AS k0"), sql);
        // any other band by a binary search of its edges (the first of them moved to where the kernel puts it)
        String tall = session.sql("died_share by tall");
        assertTrue(tall.contains("(CASE WHEN \"height\" >= 80 THEN (CASE WHEN \"height\" >= 115 THEN (CASE WHEN \"height\" >= CAST('132.5' AS DOUBLE)"), tall);
        assertTrue(sql.contains("GROUP BY k0"), sql);
        // a table by two breakdowns and its reference by one of them read the rows once, in one query of both keys
        String both = session.explain("died_share by grp, age15");
        assertTrue(both.contains("1 query on engines for 4 logical passes\n"), both);
        assertTrue(session.sql("died_share by grp, age15").contains("GROUP BY k0, k1\n"));
    }

    @Test
    void scannedDataAreDescribedAsTheSameDataInMemory() throws IOException {
        Session memory = new Session(dir);
        Session engine = new Session(dir);
        assertFalse(memory.run(new se.indikator.runtime.diag.SourceFile("m.ind", "data p = read \"people.parquet\"")).hasErrors());
        assertFalse(engine.run(new se.indikator.runtime.diag.SourceFile("e.ind", "data p = scan \"people.parquet\"")).hasErrors());
        var inMemory = memory.catalog().data("p").orElseThrow().describe();
        var scanned = engine.catalog().data("p").orElseThrow().describe();
        assertEquals(4000, scanned.rows());
        assertEquals(4000L, engine.catalog().data("p").orElseThrow().rowsHeld());
        for (int j = 0; j < inMemory.columns().size(); j++) {
            var a = inMemory.columns().get(j);
            var b = scanned.columns().get(j);
            assertEquals(List.of(a.name(), a.type(), a.missing(), a.min(), a.max(), a.distinct()),
                    List.of(b.name(), b.type(), b.missing(), b.min(), b.max(), b.distinct()), a.name());
        }
    }
}
