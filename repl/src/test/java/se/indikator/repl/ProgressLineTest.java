package se.indikator.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The progress line's threshold (a task shown after one second), throttling (ten redraws a second) and clearing. */
class ProgressLineTest {
    private long now;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final ProgressLine line = new ProgressLine(new PrintStream(bytes, true, StandardCharsets.UTF_8), () -> now);

    private String output() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static final long MS = 1_000_000L;

    @Test
    void aShortTaskShowsNothing() {
        line.progress("reading a.csv", 0, 100);
        now = 500 * MS;
        line.progress("reading a.csv", 60, 100);
        now = 999 * MS;
        line.progress("reading a.csv", 99, 100);
        line.finished("reading a.csv");
        assertEquals("", output());
    }

    @Test
    void aLongTaskIsShownAfterASecondThrottledAndCleared() {
        line.progress("reading persons.csv", 0, 200);
        now = 1000 * MS;
        line.progress("reading persons.csv", 86, 200);
        assertEquals("\rreading persons.csv   43%", output());
        now = 1050 * MS; // within 100 ms of the last draw: not redrawn
        line.progress("reading persons.csv", 120, 200);
        assertEquals("\rreading persons.csv   43%", output());
        now = 1100 * MS;
        line.progress("reading persons.csv", 200, 200);
        assertEquals("\rreading persons.csv   43%\rreading persons.csv  100%", output());
        line.finished("reading persons.csv");
        assertEquals("\rreading persons.csv   43%\rreading persons.csv  100%\r" + " ".repeat(25) + "\r", output());
    }

    @Test
    void atMostTenRedrawsASecond() {
        line.progress("computing", 0, 1_000_000);
        int draws = 0;
        for (int ms = 1000; ms < 2000; ms++) {
            now = ms * MS;
            int before = output().length();
            line.progress("computing", ms * 1000L - 999_000L, 1_000_000);
            draws += output().length() > before ? 1 : 0;
        }
        assertEquals(10, draws);
    }

    @Test
    void anUnchangedPercentageIsNotRedrawn() {
        line.progress("computing", 0, 1000);
        now = 1200 * MS;
        line.progress("computing", 500, 1000);
        now = 1400 * MS;
        line.progress("computing", 501, 1000);
        assertEquals("\rcomputing   50%", output());
    }

    @Test
    void aNewTaskStartsItsOwnSecondAndClearsTheOldLine() {
        line.progress("reading a.csv", 0, 10);
        now = 1500 * MS;
        line.progress("reading a.csv", 5, 10);
        line.progress("computing", 0, 10);
        assertEquals("\rreading a.csv   50%\r" + " ".repeat(19) + "\r", output());
        now = 2000 * MS; // computing has run 0.5 s
        line.progress("computing", 5, 10);
        assertEquals("\rreading a.csv   50%\r" + " ".repeat(19) + "\r", output());
        now = 2600 * MS;
        line.progress("computing", 9, 10);
        assertEquals("\rreading a.csv   50%\r" + " ".repeat(19) + "\r\rcomputing   90%", output());
    }

    @Test
    void disabledShowsNothingAndClears() {
        line.progress("computing", 0, 10);
        now = 1500 * MS;
        line.progress("computing", 5, 10);
        line.enabled(false);
        String cleared = output();
        now = 3000 * MS;
        line.progress("computing", 9, 10);
        assertEquals(cleared, output());
        assertEquals("\rcomputing   50%\r" + " ".repeat(15) + "\r", cleared);
    }
}
