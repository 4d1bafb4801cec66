package se.indikator.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * DuckDB is loaded only when Parquet is read: the command line, run in a JVM of its own with
 * {@code -verbose:class}, loads no {@code org.duckdb} class for a script that reads CSV, and does load it for
 * one that reads Parquet (which shows that the probe sees it). Nor does a run load junixsocket's classes
 * ({@code org.newsclub}), which only a PostgreSQL URL naming its socket factory needs.
 */
class LazyDuckDbTest {
    private static final String SCRIPT = """
            set language en
            set suppress none
            data t = read "%s"
            indicator share "Share" {
                numerator   sum(cases) from t
                denominator sum(persons) from t
                measure     percent
            }
            show share by region
            """;

    @TempDir
    Path dir;

    /** The lines of the classes the JVM loaded while running {@code script}, after checking it ran. */
    private List<String> duckDbClassesLoaded(String script) throws IOException, InterruptedException {
        Path file = dir.resolve("s.ind");
        Files.writeString(file, script, StandardCharsets.UTF_8);
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> cmd = List.of(java.toString(), "-verbose:class", "-Djava.awt.headless=true", "-cp",
                System.getProperty("java.class.path"), Main.class.getName(), "run", file.toString());
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
        List<String> lines = new ArrayList<>();
        List<String> duck = new ArrayList<>();
        try (var in = p.inputReader(StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                lines.add(line);
                if (line.contains("org.duckdb") || line.contains("org.newsclub")) {
                    duck.add(line);
                }
            }
        }
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        String output = String.join("\n", lines.stream().filter(l -> !l.contains("class,load")).toList());
        assertEquals(0, p.exitValue(), output);
        assertTrue(output.contains("Skåne"), output);
        return duck;
    }

    @Test
    void aCsvRunLoadsNoDuckDbClass() throws Exception {
        Files.writeString(dir.resolve("t.csv"), "region,cases,persons\nSkåne,40,100\nÖrebro,30,100\n", StandardCharsets.UTF_8);
        assertEquals(List.of(), duckDbClassesLoaded(String.format(SCRIPT, "t.csv")));
    }

    @Test
    void aParquetRunDoes() throws Exception {
        try (Connection c = new org.duckdb.DuckDBDriver().connect("jdbc:duckdb:", new Properties());
                Statement s = c.createStatement()) {
            s.execute("COPY (SELECT * FROM (VALUES ('Skåne', 40, 100), ('Örebro', 30, 100)) t(region, cases, persons)) TO '"
                    + dir.resolve("t.parquet").toString().replace("'", "''") + "' (FORMAT parquet)");
        }
        assertTrue(!duckDbClassesLoaded(String.format(SCRIPT, "t.parquet")).isEmpty());
    }
}
