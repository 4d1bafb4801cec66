package se.indikator.runtime.result;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.indikator.runtime.data.Openpyxl;

/**
 * Writes result tables as a workbook and reads it back with openpyxl (independent of POI): one sheet per
 * table with the header and records only, numbers at full precision, blanks for suppressed cells, a frozen
 * header, display formats that fit the columns, and the titles and footnotes on a sheet of their own.
 */
class XlsxWriterTest {

    @TempDir
    Path dir;

    private static ResultTable table(String title, List<List<Object>> rows, List<String> notes) {
        return new ResultTable(title, List.of("region", "numerator", "denominator", "value", "lower_95", "upper_95",
                "p_value", "note"), rows, notes, 1, true);
    }

    @Test
    void tablesReadBackExactlyByAnotherProgram() throws IOException {
        List<List<Object>> rows = List.of(
                Arrays.asList("Region Östergötland", 1234.0, 56789.0, 2.0 / 3 * 100, 0.1 + 0.2, 1e-7 / 3, 0.04999999999999999, null),
                Arrays.asList("=SUM(A1:A2)", null, null, null, null, null, null, "färre än 5 händelser"),
                Arrays.asList("Riket", 98765432.0, 123456789012.0, Math.PI, Math.E, 1.0 / 3, 1e-300, ""));
        ResultTable a = table("Andel [%] med operation: inom 90 dagar / år 2024 efter region", rows,
                List.of("Källa: testdata", "Värden under 5 visas inte."));
        ResultTable b = table("Andel [%] med operation: inom 90 dagar / år 2024 efter region", rows.subList(0, 1), List.of());
        XlsxWriter.write(dir.resolve("out.xlsx"), List.of(a, b));
        String out = Openpyxl.run(dir, """
                wb = openpyxl.load_workbook("out.xlsx")
                print(len(wb.sheetnames))
                for name in wb.sheetnames:
                    ws = wb[name]
                    print("SHEET", name, "|", ws.freeze_panes, "|", ws.auto_filter.ref)
                    for row in ws.iter_rows():
                        print("\\t".join("None" if c.value is None else (repr(c.value) + "@" + c.number_format if isinstance(c.value, float) else str(c.value)) for c in row))
                """);
        String[] lines = out.split("\n");
        assertEquals("3", lines[0].strip());
        String first = "Andel % med operation inom 90 d";
        String second = "Andel % med operation inom (2)";
        assertEquals("SHEET " + first + " | A2 | A1:H4", lines[1]);
        assertEquals("region\tnumerator\tdenominator\tvalue\tlower_95\tupper_95\tp_value\tnote", lines[2]);
        String[] r1 = lines[3].split("\t");
        assertEquals("Region Östergötland", r1[0]);
        assertNumber(1234.0, "#,##0", r1[1]);
        assertNumber(56789.0, "#,##0", r1[2]);
        assertNumber(2.0 / 3 * 100, "0.0", r1[3]);
        assertNumber(0.1 + 0.2, "0.0", r1[4]);
        assertNumber(1e-7 / 3, "0.0", r1[5]);
        assertNumber(0.04999999999999999, "0.0000", r1[6]);
        assertEquals("None", r1[7]);
        String[] r2 = lines[4].split("\t");
        assertEquals("=SUM(A1:A2)", r2[0], "text stays text");
        assertEquals(List.of("None", "None", "None", "None", "None", "None"), List.of(r2).subList(1, 7));
        assertEquals("färre än 5 händelser", r2[7]);
        String[] r3 = lines[5].split("\t");
        assertNumber(123456789012.0, "#,##0", r3[2]);
        assertNumber(1e-300, "0.0000", r3[6]);
        assertEquals("SHEET " + second + " | A2 | A1:H2", lines[6]);
        int about = Arrays.asList(lines).indexOf("SHEET Om tabellerna | A2 | None");
        assertTrue(about > 0, out);
        assertEquals("blad\ttitel\tfotnot", lines[about + 1]);
        assertEquals(first + "\t" + a.title() + "\tKälla: testdata", lines[about + 2]);
        assertEquals(first + "\t" + a.title() + "\tVärden under 5 visas inte.", lines[about + 3]);
        assertEquals(second + "\t" + b.title() + "\tNone", lines[about + 4]);
    }

    /** A float cell as openpyxl shows it ({@code repr@format}) is exactly {@code expected} in {@code format}. */
    private static void assertNumber(double expected, String format, String cell) {
        int at = cell.indexOf('@');
        assertTrue(at > 0, "not a number cell: " + cell);
        assertEquals(expected, Double.parseDouble(cell.substring(0, at)), 0.0, cell);
        assertEquals(format, cell.substring(at + 1));
    }

    @Test
    void sheetNamesAreValidAndUnique() {
        Set<String> used = new HashSet<>();
        assertEquals("Tabell 1", XlsxWriter.sheetName(null, 1, used));
        assertEquals("a b c", XlsxWriter.sheetName("a[b]c", 2, used));
        assertEquals("a b c (2)", XlsxWriter.sheetName("a:b?c", 3, used));
        assertEquals("Tabell 4", XlsxWriter.sheetName("'''", 4, used));
        String longName = XlsxWriter.sheetName("x".repeat(40), 5, used);
        assertEquals(31, longName.length());
        assertEquals("x".repeat(27) + " (2)", XlsxWriter.sheetName("x".repeat(40), 6, used));
    }
}
