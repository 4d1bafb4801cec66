package se.indikator.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every script in examples/ through the command line and compares what it prints with
 * examples/expected/NAME.txt (a missing one fails); {@code -Dindikator.regenerate=true} rewrites the expected
 * files for review.
 */
class ExamplesTest {
    static final Path EXAMPLES = Path.of("..", "examples").toAbsolutePath().normalize();

    @TestFactory
    Stream<DynamicTest> everyExampleRuns() throws IOException {
        List<Path> scripts;
        try (Stream<Path> s = Files.list(EXAMPLES)) {
            scripts = s.filter(p -> p.toString().endsWith(".ind")).sorted().toList();
        }
        assertFalse(scripts.isEmpty(), "no examples in " + EXAMPLES);
        boolean regenerate = Boolean.getBoolean("indikator.regenerate");
        return scripts.stream().map(script -> DynamicTest.dynamicTest(script.getFileName().toString(), () -> {
            CliTest.Run r = CliTest.cli("run", script.toString());
            assertEquals(0, r.status(), r.err());
            String actual = r.out() + (r.err().isEmpty() ? "" : "--- stderr\n" + r.err());
            Path expected = EXAMPLES.resolve("expected").resolve(script.getFileName().toString().replace(".ind", ".txt"));
            if (regenerate) {
                Files.createDirectories(expected.getParent());
                Files.writeString(expected, actual, StandardCharsets.UTF_8);
            }
            assertTrue(Files.exists(expected), "no expected output " + expected
                    + "; write it with -Dindikator.regenerate=true and review it");
            assertEquals(Files.readString(expected, StandardCharsets.UTF_8), actual, "output of " + script);
        }));
    }

    /** {@code indikator audit} over every example: nothing an example publishes exposes a protected count. */
    @TestFactory
    Stream<DynamicTest> everyExamplePassesTheAudit() throws IOException {
        List<Path> scripts;
        try (Stream<Path> s = Files.list(EXAMPLES)) {
            scripts = s.filter(p -> p.toString().endsWith(".ind")).sorted().toList();
        }
        return scripts.stream().map(script -> DynamicTest.dynamicTest(script.getFileName().toString(), () -> {
            CliTest.Run r = CliTest.cli("audit", script.toString());
            assertEquals(0, r.status(), r.out() + r.err());
            assertTrue(r.out().contains("every protected count keeps its protection interval")
                    || r.out().contains("no row needed protection")
                    || r.out().contains("nothing is protected: no disclosure rule was in force"), r.out());
        }));
    }
}
