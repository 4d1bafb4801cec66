package se.indikator.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The publication of examples/publication.ind, built once per test run through the command line
 * ({@code indikator publish … -o target/example-site}), and the same selection run through
 * {@code indikator run --csv}: the example's declarations imported, then the statements that
 * {@code indikator publish … --statements} prints.
 */
final class ExampleSite {
    static final Path SCRIPT = ExamplesTest.EXAMPLES.resolve("publication.ind");
    static final Path SITE = Path.of("target/example-site").toAbsolutePath();
    static final Path RUN = Path.of("target/example-site-run").toAbsolutePath();
    private static CliTest.Run built;

    private ExampleSite() {
    }

    /** Builds the site (once) and returns what the command printed. */
    static synchronized CliTest.Run site() throws IOException {
        if (built == null) {
            delete(SITE);
            built = CliTest.cli("publish", SCRIPT.toString(), "-o", SITE.toString());
            assertEquals(0, built.status(), built.out() + built.err());
        }
        return built;
    }

    /** Runs the publication's statements with {@code indikator run --csv} (once); returns the CSV folder. */
    static synchronized Path run() throws IOException {
        Path csv = RUN.resolve("csv");
        if (!Files.isDirectory(csv)) {
            delete(RUN);
            Files.createDirectories(RUN);
            CliTest.Run statements = CliTest.cli("publish", SCRIPT.toString(), "--statements");
            assertEquals(0, statements.status(), statements.err());
            Path script = RUN.resolve("selection.ind");
            Files.writeString(script, "import \"" + SCRIPT + "\"\n" + statements.out(), StandardCharsets.UTF_8);
            CliTest.Run r = CliTest.cli("run", script.toString(), "--csv", csv.toString());
            assertEquals(0, r.status(), r.err());
        }
        return csv;
    }

    static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
