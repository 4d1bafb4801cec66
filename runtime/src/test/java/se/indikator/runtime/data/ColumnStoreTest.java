package se.indikator.runtime.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ColumnStoreTest {

    @Test
    void intColumnChoosesNarrowestStorage() {
        assertEquals(8, IntColumn.of("a", 1, -127, 127, null).storageBits());
        assertEquals(16, IntColumn.of("a", 1, 128).storageBits());
        assertEquals(16, IntColumn.of("a", -128).storageBits());
        assertEquals(16, IntColumn.of("a", 32767, -32767).storageBits());
        assertEquals(32, IntColumn.of("a", 32768).storageBits());
        assertEquals(32, IntColumn.of("a", -32768).storageBits());
    }

    @Test
    void intColumnKeepsValuesAndMissing() {
        IntColumn c = IntColumn.of("n", 5, null, -40000, 7);
        assertEquals(5, c.get(0));
        assertEquals(IntColumn.MISSING, c.get(1));
        assertTrue(c.isMissing(1));
        assertEquals(-40000, c.get(2));
        assertEquals(1, c.missingCount());
        assertEquals(-39988, c.sum());
        assertEquals(-40000, c.min());
        assertEquals(7, c.max());
        assertEquals("", c.format(1));
        assertEquals("-40000", c.format(2));
        IntColumn none = IntColumn.of("x", (Integer) null);
        assertEquals(IntColumn.MISSING, none.min());
        assertEquals(0, none.sum());
    }

    @Test
    void datesAndBooleansAreIntColumns() {
        IntColumn d = IntColumn.ofDates("d", LocalDate.of(2024, 2, 29), null);
        assertEquals(ColumnType.DATE, d.type());
        assertEquals((int) LocalDate.of(2024, 2, 29).toEpochDay(), d.get(0));
        assertEquals("2024-02-29", d.format(0));
        assertEquals(16, d.storageBits());
        IntColumn b = IntColumn.ofBooleans("b", true, false, null);
        assertEquals(ColumnType.BOOLEAN, b.type());
        assertEquals("true", b.format(0));
        assertEquals(0, b.get(1));
        assertEquals(8, b.storageBits());
    }

    @Test
    void textColumnEncodesInOrderOfFirstAppearance() {
        TextColumn t = TextColumn.of("region", "Skåne", "Örebro", null, "Skåne");
        assertEquals(0, t.code(0));
        assertEquals(1, t.code(1));
        assertEquals(-1, t.code(2));
        assertEquals(0, t.code(3));
        assertEquals("Örebro", t.label(1));
        assertEquals(2, t.dictionarySize());
        assertEquals(1, t.codeOf("Örebro"));
        assertEquals(-1, t.codeOf("Gotland"));
        assertEquals(1, t.missingCount());
        assertEquals("", t.format(2));
        assertEquals(8, t.storageBits());
    }

    @Test
    void textColumnWidensCodesWithDictionarySize() {
        assertEquals(8, textWithLabels(127).storageBits());
        assertEquals(16, textWithLabels(128).storageBits());
        assertEquals(16, textWithLabels(32767).storageBits());
        TextColumn wide = textWithLabels(32768);
        assertEquals(32, wide.storageBits());
        assertEquals("v32767", wide.label(wide.code(32767)));
    }

    private static TextColumn textWithLabels(int n) {
        TextColumn.Builder b = new TextColumn.Builder("t");
        for (int i = 0; i < n; i++) b.add("v" + i);
        b.addMissing();
        TextColumn c = b.build();
        assertEquals(n, c.dictionarySize());
        assertEquals(-1, c.code(n));
        return c;
    }

    @Test
    void doubleColumnFormatsAndCountsMissing() {
        DoubleColumn c = DoubleColumn.of("x", 12.5, null, 3.0, Double.NaN);
        assertEquals(12.5, c.get(0));
        assertTrue(Double.isNaN(c.get(1)));
        assertEquals(2, c.missingCount());
        assertEquals("12.5", c.format(0));
        assertEquals("3", c.format(2));
        assertEquals("", c.format(1));
    }

    @Test
    void datasetBuilderMakesSmallTables() {
        Dataset d = Dataset.builder("t").text("region", "A", "B").ints("n", 1, 2)
                .decimals("x", 0.5, null).dates("d", LocalDate.of(2020, 1, 1), null)
                .booleans("b", true, false).build();
        assertEquals(2, d.rowCount());
        assertEquals(List.of("region", "n", "x", "d", "b"), d.columnNames());
        assertEquals(ColumnType.DECIMAL, d.column("x").orElseThrow().type());
        assertFalse(d.column("nope").isPresent());
        assertEquals(3, d.sourceLine(1));
        assertEquals("u", d.withName("u").name());
        assertEquals("t", d.name());
        assertThrows(IllegalArgumentException.class,
                () -> Dataset.builder("t").text("a", "x").ints("b", 1, 2).build());
        assertThrows(IllegalArgumentException.class,
                () -> Dataset.builder("t").text("a", "x").ints("a", 1).build());
    }

    @Test
    void describeSummarisesEachColumn() {
        Dataset d = Dataset.builder("t")
                .text("region", "Skåne", "Örebro", "Skåne", "Gotland", "Kalmar", "Blekinge", "Halland", null)
                .ints("n", 4, 9, null, 1, 2, 3, 4, 5)
                .dates("d", LocalDate.of(2021, 5, 1), null, null, null, null, null, LocalDate.of(2020, 1, 2), null)
                .build();
        DatasetSummary s = d.describe();
        assertEquals(8, s.rows());
        ColumnSummary region = s.columns().get(0);
        assertEquals(6, region.distinct());
        assertEquals(List.of("Skåne", "Örebro", "Gotland", "Kalmar", "Blekinge"), region.firstLabels());
        assertEquals(1, region.missing());
        ColumnSummary n = s.columns().get(1);
        assertEquals("1", n.min().orElseThrow());
        assertEquals("9", n.max().orElseThrow());
        assertEquals("2020-01-02", s.columns().get(2).min().orElseThrow());
        assertTrue(s.render().contains("region  text  missing 1  distinct 6"), s.render());
    }

    @Test
    void toTableConvertsEveryType() {
        Dataset d = Dataset.builder("t").text("region", "A", null).ints("n", 1, null)
                .decimals("x", 0.5, null).dates("d", LocalDate.of(2020, 1, 1), null)
                .booleans("b", true, null).build();
        tech.tablesaw.api.Table t = d.toTable();
        assertEquals(2, t.rowCount());
        assertEquals("A", t.stringColumn("region").get(0));
        assertTrue(t.stringColumn("region").isMissing(1));
        assertEquals(1, t.intColumn("n").get(0));
        assertTrue(t.intColumn("n").isMissing(1));
        assertEquals(0.5, t.doubleColumn("x").get(0));
        assertTrue(t.doubleColumn("x").isMissing(1));
        assertEquals(LocalDate.of(2020, 1, 1), t.dateColumn("d").get(0));
        assertTrue(t.dateColumn("d").isMissing(1));
        assertEquals(true, t.booleanColumn("b").get(0));
        assertTrue(t.booleanColumn("b").isMissing(1));
    }
}
