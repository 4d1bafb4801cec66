package se.indikator.stdlib.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class CsvWriterTest {

    private static String render(Consumer<CsvWriter> body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvWriter w = new CsvWriter(out);
        body.accept(w);
        w.close();
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void decimalsUseCommaAndRoundHalfUp() {
        assertEquals("54,3", render(w -> w.decimal(54.25, 1)));
        assertEquals("0,003971", render(w -> w.decimal(0.0039714, 6)));
        assertEquals("-1,50", render(w -> w.decimal(-1.5, 2)));
        assertEquals("0,0", render(w -> w.decimal(-0.01, 1)));
        assertEquals("12", render(w -> w.decimal(12.4, 0)));
        assertEquals("1,000", render(w -> w.decimal(0.99951, 3)));
        assertThrows(IllegalArgumentException.class, () -> render(w -> w.decimal(Double.NaN, 1)));
    }

    @Test
    void integersAndPadding() {
        assertEquals("0;-42;9223372036854775807;007", render(w -> w.integer(0).sep().integer(-42).sep()
            .integer(Long.MAX_VALUE).sep().padded(7, 3)));
    }

    @Test
    void datesAreIsoForManyDays() {
        for (long d = LocalDate.of(1999, 12, 1).toEpochDay(); d <= LocalDate.of(2025, 3, 1).toEpochDay(); d += 13) {
            long day = d;
            assertEquals(LocalDate.ofEpochDay(d).toString(), render(w -> w.date(day)));
        }
        assertEquals("2000-02-29", render(w -> w.date(LocalDate.of(2000, 2, 29).toEpochDay())));
        assertEquals("1970-01-01", render(w -> w.date(0)));
    }

    @Test
    void rowsAndBytesAreCounted() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvWriter w = new CsvWriter(out);
        w.header("a;b");
        for (int i = 0; i < 100_000; i++) {
            w.text("Västra Götaland").sep().bool(i % 2 == 0).endRow();
        }
        long bytes = w.bytes();
        w.close();
        assertEquals(100_000, w.rows());
        assertEquals(out.size(), bytes);
        assertEquals(4 + 100_000L * ("Västra Götaland".getBytes(StandardCharsets.UTF_8).length + 1 + 1) + 50_000L * 4
            + 50_000L * 5, bytes);
    }
}
