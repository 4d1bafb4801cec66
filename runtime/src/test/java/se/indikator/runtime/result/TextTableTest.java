package se.indikator.runtime.result;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Text tables: aligned columns, control characters escaped, and time linear in what is printed. */
class TextTableTest {
    private static ResultTable table(String title, List<String> columns, List<String> notes, Object[]... rows) {
        return new ResultTable(title, columns, Arrays.stream(rows).map(Arrays::asList).toList(), notes, 1, false);
    }

    @Test
    void columnsAreAlignedAndTrailingSpaceIsDropped() {
        ResultTable t = table(null, List.of("region", "value", "note"), List.of("a note"),
                new Object[] {"Skåne", 12.25, null},
                new Object[] {"Ö", -3.0, "suppressed"});
        assertEquals("""
                region  value  note
                ------  -----  ----------
                Skåne    12.3
                Ö        -3.0  suppressed
                a note
                """, TextTable.render(t));
    }

    @Test
    void deviationsCarryTheirSignButZeroDoesNot() {
        ResultTable t = table(null, List.of("deviation_pct"), List.of(),
                new Object[] {4.04}, new Object[] {-4.04}, new Object[] {0.0}, new Object[] {0.01}, new Object[] {10.0});
        assertEquals("""
                deviation_pct
                -------------
                         +4.0
                         -4.0
                          0.0
                          0.0
                        +10.0
                """, TextTable.render(t));
    }

    @Test
    void controlCharactersInCellsNamesTitlesAndNotesAreEscaped() {
        ResultTable t = table("title\u001b]0;x\u0007", List.of("re\u009bgion", "value"), List.of("note \u001b[2J"),
                new Object[] {"\u001b[31mRöd\u001b[0m", 1.0},
                new Object[] {"två\nrader\tmed tab", 2.0});
        String out = TextTable.render(t);
        assertEquals("""
                title\\x1b]0;x\\x07
                re\\x9bgion           value
                -------------------  -----
                \\x1b[31mRöd\\x1b[0m     1.0
                två\\nrader\\tmed tab    2.0
                note \\x1b[2J
                """, out);
        assertFalse(out.chars().anyMatch(c -> c < 0x20 && c != '\n' || c >= 0x7f && c <= 0x9f), out);
    }

    @Test
    void aLabelOf200000CharactersIsPrintedWholeAndQuickly() {
        String label = "x".repeat(199_999) + "y";
        ResultTable t = table(null, List.of("region", "value"), List.of(),
                new Object[] {"A", 1.0}, new Object[] {label, 2.0}, new Object[] {"B", null});
        String out = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> TextTable.render(t));
        String[] lines = out.split("\n", -1);
        assertEquals(6, lines.length, "header, rule, three rows and the end");
        assertEquals("region" + " ".repeat(200_000 - 6) + "  value", lines[0]);
        assertEquals("-".repeat(200_000) + "  -----", lines[1]);
        assertEquals("A" + " ".repeat(199_999) + "    1.0", lines[2]);
        assertEquals(label + "    2.0", lines[3]);
        assertEquals("B", lines[4], "a row's trailing blanks are dropped");
        assertEquals("", lines[5]);
        assertTrue(out.length() < 1_000_100, "the text is as large as what it prints: " + out.length());
    }

    private static ResultTable indicator() {
        return table("r — Rate", List.of("region", "numerator", "denominator", "value", "lower_95", "upper_95", "lower_99_8",
                "upper_99_8", "national", "deviation_pct", "vs_national", "vs_national_99_8", "target_met", "method", "note"),
                List.of("Compared with the whole country, for the same period and population, in every row of the table"),
                new Object[] {"Jämtland Härjedalen", 12.0, 400.0, 30.0, 15.5, 52.1, 10.2, 60.3, 31.0, -3.2, "similar", "similar",
                    null, "wilson", null},
                new Object[] {"Västra Götaland", null, 5000.0, null, null, null, null, null, 31.0, null, "not compared",
                    "not compared", null, null, "suppressed: secondary, protects a small group elsewhere in the table"});
    }

    @Test
    void theCompactViewLeavesOutDetailsAndColumnsThatAreAllBlank() {
        String out = TextTable.render(indicator(), TableView.COMPACT, 120);
        String header = out.split("\n")[1];
        assertEquals("region               value  lower_95  upper_95  national  vs_national   note", header);
        assertFalse(out.contains("target_met") || out.contains("numerator") || out.contains("99_8"), out);
        String counts = TextTable.render(indicator(), TableView.COMPACT.withColumns(ColumnChoice.COUNTS), 120);
        assertTrue(counts.split("\n")[1].startsWith("region               numerator  denominator  value"), counts);
        String named = TextTable.render(indicator(), TableView.COMPACT.withColumns(ColumnChoice.named(List.of("value",
                "numerator"))), 120);
        assertEquals("region               value  numerator", named.split("\n")[1]);
    }

    @Test
    void longTextWrapsWithinItsColumnAndEveryLineFitsAt60And80And120() {
        for (int width : new int[] {60, 80, 120}) {
            for (TableView view : List.of(TableView.COMPACT, TableView.FULL)) {
                String out = TextTable.render(indicator(), view, width);
                for (String line : out.split("\n")) {
                    assertTrue(TextWrap.width(line) <= width, width + ": " + line + "\n" + out);
                }
                assertTrue(out.contains("31.0") && out.contains("-3.2") || view == TableView.COMPACT, out);
            }
        }
        String narrow = TextTable.render(indicator(), TableView.COMPACT, 60);
        assertTrue(narrow.contains("suppressed:"), narrow);
        assertFalse(narrow.contains("suppressed: secondary, protects a small group elsewhere"), "the note wraps: " + narrow);
    }

    @Test
    void wrappingBreaksAtSpacesThenUnderscoresAndShortensWithAnEllipsis() {
        assertEquals(List.of("suppressed:", "secondary"), TextWrap.wrap("suppressed: secondary", 12));
        assertEquals(List.of("vs_", "national_", "99_8"), TextWrap.wrap("vs_national_99_8", 9));
        assertEquals(List.of("one two", "three…"), TextWrap.wrap("one two three four five", 7, 2));
        assertEquals(List.of("Östergötland"), TextWrap.wrap("Östergötland", 12), "code points, not bytes");
    }

    @Test
    void recordsPrintABlockOfFieldsPerRow() {
        ResultTable t = table("Indicator catalogue", List.of("name", "title", "measure", "area", "description"), List.of(),
                new Object[] {"op90", "Operation inom 90 dagar", "percent", null, "Andelen operationer inom 90 dagar från"
                        + " beslut, av alla operationer i specialiserad vård under året"});
        String out = TextTable.render(t, new TableView(ColumnChoice.COMPACT, TableView.Layout.RECORDS), 60);
        assertEquals("""
                Indicator catalogue
                op90 — Operation inom 90 dagar
                  measure      percent
                  description  Andelen operationer inom 90 dagar från
                               beslut, av alla operationer i specialiserad
                               vård under året
                """, out);
    }
}
