package se.indikator.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import se.indikator.runtime.session.Session;
import se.indikator.runtime.session.Transcript;

/**
 * Runs every transcript in {@code src/test/transcripts}: the script's output must equal the
 * {@code #>} lines in the file, and the audit of what it published must find no protected count exposed.
 * Run with {@code -Dindikator.regenerate=true} to rewrite the files, then review the diff.
 */
class TranscriptTest {
    static final Path DIR = Path.of("src/test/transcripts");

    @TestFactory
    Stream<DynamicTest> transcripts() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(DIR)) {
            files = s.filter(p -> p.toString().endsWith(".ind")).sorted().toList();
        }
        assertFalse(files.isEmpty(), "no transcripts found in " + DIR.toAbsolutePath());
        boolean regenerate = Boolean.getBoolean("indikator.regenerate");
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            String expected = Files.readString(f, StandardCharsets.UTF_8);
            Session session = new Session(DIR.toAbsolutePath());
            session.plotsDir(Path.of("target", "transcript-plots").toAbsolutePath());
            String actual = Transcript.render(session, f.getFileName().toString(), expected);
            if (regenerate && !actual.equals(expected)) {
                Files.writeString(f, actual, StandardCharsets.UTF_8);
            } else {
                assertEquals(expected, actual, "transcript " + f + " differs; rerun with -Dindikator.regenerate=true and review");
            }
            se.indikator.runtime.disclosure.Audit audit = session.audit();
            org.junit.jupiter.api.Assertions.assertTrue(audit.passes(), f + ": " + audit.report());
        }));
    }
}
