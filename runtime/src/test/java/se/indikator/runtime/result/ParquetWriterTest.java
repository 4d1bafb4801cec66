package se.indikator.runtime.result;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.indikator.runtime.data.DuckDbSql;

/**
 * A result table written as Parquet reads back, through DuckDB's own SQL, with the same cells: numbers as
 * DOUBLE bit for bit, text as VARCHAR, blanks as NULL, the title and footnotes as key-value metadata.
 */
class ParquetWriterTest {
    @TempDir
    Path dir;

    private static final double[] NUMBERS = {0.1 + 0.2, 1e-300, -123456.78901234567, 4.9e-324, 1.7976931348623157e308, 1 / 3.0};

    private ResultTable table() {
        List<List<Object>> rows = new ArrayList<>();
        String[] regions = {"Riket", "Skåne", "Västra Götaland", "Örebro", "=SUM(A1)", "a \"quoted\", text"};
        for (int i = 0; i < NUMBERS.length; i++) {
            rows.add(Arrays.asList(regions[i], NUMBERS[i], i % 2 == 0 ? null : (double) i, i == 3 ? null : "note " + i,
                    i == 2 ? "0180" : null));
        }
        return new ResultTable("Åtgärdbar dödlighet 'test'", List.of("region", "value", "lower_95", "note", "kommun \"x\""),
                rows, List.of("Källa: Dödsorsaksregistret", "Suppressed below 10"), 1, true);
    }

    @Test
    void anIndependentReaderGetsTheSameCells() throws IOException, SQLException {
        Path file = dir.resolve("out/r.parquet");
        ParquetWriter.write(table(), file);
        try (Connection c = DuckDbSql.connect(); Statement s = c.createStatement()) {
            String from = " FROM read_parquet('" + file.toString().replace("'", "''") + "')";
            Map<String, String> types = new HashMap<>();
            try (ResultSet rs = s.executeQuery("DESCRIBE SELECT *" + from)) {
                while (rs.next()) {
                    types.put(rs.getString(1), rs.getString(2));
                }
            }
            assertEquals(Map.of("region", "VARCHAR", "value", "DOUBLE", "lower_95", "DOUBLE", "note", "VARCHAR",
                    "kommun \"x\"", "VARCHAR"), types);
            try (ResultSet rs = s.executeQuery("SELECT *" + from)) {
                List<List<Object>> expected = table().rows();
                int r = 0;
                while (rs.next()) {
                    List<Object> row = expected.get(r);
                    assertEquals(row.get(0), rs.getString(1));
                    assertEquals(Double.doubleToRawLongBits((Double) row.get(1)), Double.doubleToRawLongBits(rs.getDouble(2)));
                    double lower = rs.getDouble(3);
                    if (row.get(2) == null) {
                        assertTrue(rs.wasNull(), "row " + r);
                    } else {
                        assertEquals((Double) row.get(2), lower);
                    }
                    assertEquals(row.get(3), rs.getString(4));
                    assertEquals(row.get(4), rs.getString(5));
                    r++;
                }
                assertEquals(expected.size(), r);
            }
            Map<String, String> meta = new HashMap<>();
            try (ResultSet rs = s.executeQuery("SELECT decode(key), decode(value) FROM parquet_kv_metadata('"
                    + file.toString().replace("'", "''") + "')")) {
                while (rs.next()) {
                    meta.put(rs.getString(1), rs.getString(2));
                }
            }
            assertEquals("Åtgärdbar dödlighet 'test'", meta.get("title"));
            assertEquals("Källa: Dödsorsaksregistret\nSuppressed below 10", meta.get("footnotes"));
        }
        try (var files = Files.list(file.getParent())) {
            assertEquals(List.of(file), files.toList(), "no temporary file is left");
        }
    }

    @Test
    void anExistingFileIsReplacedWhole() throws IOException {
        Path file = dir.resolve("r.parquet");
        Files.writeString(file, "old content", StandardCharsets.UTF_8);
        ParquetWriter.write(table(), file);
        byte[] b = Files.readAllBytes(file);
        assertEquals("PAR1", new String(b, 0, 4, StandardCharsets.US_ASCII));
        assertEquals("PAR1", new String(b, b.length - 4, 4, StandardCharsets.US_ASCII));
    }

    @Test
    void aColumnWithTextAmongNumbersIsText() {
        ResultTable t = new ResultTable("t", List.of("a", "b", "c"), List.of(Arrays.asList(1.0, "x", null),
                Arrays.asList(null, 2.0, null)), List.of(), 1, false);
        boolean[] numeric = ParquetWriter.numericColumns(t);
        assertTrue(numeric[0]);
        assertFalse(numeric[1]);
        assertTrue(numeric[2], "a column of blanks only is numeric");
        assertNull(t.rows().get(0).get(2));
    }
}
