package se.indikator.runtime.robust;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.indikator.runtime.diag.DiagnosticPrinter;
import se.indikator.runtime.output.RunResult;
import se.indikator.runtime.progress.ProgressListener;
import se.indikator.runtime.session.Session;

/**
 * The long tasks tell the progress line how far they have come: an inequality's simulations (repetitions
 * done of all) and a relative-survival sweep (days swept of all), each closed when it ends.
 */
class ProgressTest {
    private static final Path DIR = Path.of("src/test/transcripts").toAbsolutePath();

    /** What a progress line was told. */
    static final class Recording implements ProgressListener {
        final List<String> events = Collections.synchronizedList(new ArrayList<>());

        @Override
        public void progress(String task, long done, long total) {
            events.add(task + " " + done + "/" + total);
        }

        @Override
        public void finished(String task) {
            events.add(task + " finished");
        }
    }

    private static Recording run(String file) throws IOException {
        Session s = new Session(DIR);
        Recording r = new Recording();
        s.progress(r);
        s.plotsDir(Path.of("target", "progress-plots").toAbsolutePath());
        RunResult result = s.runFile(DIR.resolve(file), true);
        assertFalse(result.hasErrors(), DiagnosticPrinter.formatAll(result.diagnostics()));
        return r;
    }

    @Test
    void simulationsReportTheirRepetitions() throws IOException {
        Recording r = run("equity.ind");
        assertTrue(r.events.stream().anyMatch(e -> e.startsWith("simulations ") && e.endsWith("/10000")), r.events.toString());
        assertTrue(r.events.contains("simulations finished"), r.events.toString());
    }

    @Test
    void survivalSweepsReportTheirDays() throws IOException {
        Recording r = run("survival.ind");
        assertTrue(r.events.stream().anyMatch(e -> e.startsWith("relative survival: ") && e.contains("/")), r.events.toString());
        assertTrue(r.events.stream().anyMatch(e -> e.startsWith("relative survival: ") && e.endsWith("finished")),
                r.events.toString());
    }
}
