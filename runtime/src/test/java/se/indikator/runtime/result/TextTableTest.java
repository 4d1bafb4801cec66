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
}
