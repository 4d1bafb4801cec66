package se.indikator.runtime.result;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** CSV cells: numbers in full precision, text that a spreadsheet would run as a formula neutralised unless allowed. */
class CsvWriterTest {
    private static ResultTable table(List<String> columns, Object[]... rows) {
        return new ResultTable("t", columns, Arrays.stream(rows).map(Arrays::asList).toList(), List.of(), 1, false);
    }

    @Test
    void textStartingLikeAFormulaGetsALeadingApostrophe() {
        ResultTable t = table(List.of("label", "value"),
                new Object[] {"=HYPERLINK(\"http://x\",\"klicka\")", 1.0},
                new Object[] {"+46 70 123", 2.0},
                new Object[] {"-", 3.0},
                new Object[] {"@SUM(A1)", 4.0},
                new Object[] {"\tTab", 5.0},
                new Object[] {"\rCR", 6.0},
                new Object[] {"Skåne = bra", 7.0},
                new Object[] {"90+", 8.0});
        assertEquals("""
                label,value
                "'=HYPERLINK(""http://x"",""klicka"")",1
                '+46 70 123,2
                '-,3
                '@SUM(A1),4
                '\tTab,5
                "'\rCR",6
                Skåne = bra,7
                90+,8
                """, CsvWriter.toCsv(t));
    }

    @Test
    void numbersStayNumbersNegativeOnesToo() {
        ResultTable t = table(List.of("region", "deviation_pct", "value", "rank"),
                new Object[] {"A", -12.5, -0.1, 3},
                new Object[] {"B", 4.25, 1e-9, -2L},
                new Object[] {"C", null, Double.NaN, null});
        assertEquals("""
                region,deviation_pct,value,rank
                A,-12.5,-0.1,3
                B,4.25,1.0E-9,-2
                C,,,
                """, CsvWriter.toCsv(t));
    }

    @Test
    void columnNamesAreNeutralisedToo() {
        ResultTable t = table(List.of("=cmd", "-x"), new Object[] {"a", 1.0});
        assertEquals("'=cmd,'-x\na,1\n", CsvWriter.toCsv(t));
    }

    @Test
    void formulasCanBeAllowedForProgramsThatReadTheFile() {
        ResultTable t = table(List.of("label", "note"), new Object[] {"=1+2", "-"}, new Object[] {"@x", "a,b"});
        assertEquals("label,note\n=1+2,-\n@x,\"a,b\"\n", CsvWriter.toCsv(t, new CsvFormat(false, false)));
    }

    @Test
    void quotesWhereCsvNeedsThem() {
        assertEquals("\"a,b\"", CsvWriter.cell("a,b", CsvFormat.STANDARD));
        assertEquals("\"say \"\"hej\"\"\"", CsvWriter.cell("say \"hej\"", CsvFormat.STANDARD));
        assertEquals("\"two\nlines\"", CsvWriter.cell("two\nlines", CsvFormat.STANDARD));
        assertEquals("\"'-a,b\"", CsvWriter.cell("-a,b", CsvFormat.STANDARD));
        assertEquals("", CsvWriter.cell("", CsvFormat.STANDARD));
    }
}
