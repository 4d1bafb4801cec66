package se.indikator.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every example run through the command line with {@code COLUMNS=120} prints no line wider than 120 characters
 * (counted in code points): tables, text charts, titles and notes all fit.
 */
class ExampleWidthTest {
    @TestFactory
    Stream<DynamicTest> noPrintedLineIsWiderThanTheTerminal() throws IOException {
        List<Path> scripts;
        try (Stream<Path> s = Files.list(ExamplesTest.EXAMPLES)) {
            scripts = s.filter(p -> p.toString().endsWith(".ind")).sorted().toList();
        }
        return scripts.stream().map(script -> DynamicTest.dynamicTest(script.getFileName().toString(), () -> {
            CliTest.Run r = CliTest.cli("run", script.toString());
            assertEquals(0, r.status(), r.err());
            for (String line : r.out().split("\n", -1)) {
                int width = line.codePointCount(0, line.length());
                assertTrue(width <= 120, script.getFileName() + ": a line of " + width + " characters:\n" + line);
            }
        }));
    }
}
