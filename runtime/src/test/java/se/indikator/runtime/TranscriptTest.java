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
 * {@code #>} lines in the file, and the audit of what it published must find no protected count exposed
 * (except in the transcripts that leak on purpose, whose audit must fail).
 * Run with {@code -Dindikator.regenerate=true} to rewrite the files, then review the diff.
 */
public class TranscriptTest {
    public static final Path DIR = Path.of("src/test/transcripts");

    /** The transcripts that publish leakily on purpose: their audit must fail, naming the leaking table. */
    static final java.util.Set<String> LEAKY = java.util.Set.of("leaky_publication.ind");

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
            // transcripts check every number a table holds: they print every column unless they choose (set columns)
            session.catalog().settings(session.catalog().settings().withColumns("all"));
            String actual = Transcript.render(session, f.getFileName().toString(), expected);
            if (regenerate && !actual.equals(expected)) {
                Files.writeString(f, actual, StandardCharsets.UTF_8);
            } else {
                assertEquals(expected, actual, "transcript " + f + " differs; rerun with -Dindikator.regenerate=true and review");
            }
            se.indikator.runtime.disclosure.Audit audit = session.audit();
            if (LEAKY.contains(f.getFileName().toString())) {
                org.junit.jupiter.api.Assertions.assertFalse(audit.passes(), f + ": " + audit.report());
                org.junit.jupiter.api.Assertions.assertTrue(audit.report().contains("pinned by: line 13 (show share by region, edu)"),
                        audit.report());
            } else {
                org.junit.jupiter.api.Assertions.assertTrue(audit.passes(), f + ": " + audit.report());
            }
        }));
    }
}
