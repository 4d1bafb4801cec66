package se.indikator.runtime.ast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import se.indikator.runtime.diag.Diagnostic;
import se.indikator.runtime.diag.DiagnosticPrinter;
import se.indikator.runtime.diag.SourceFile;
import se.indikator.runtime.parse.Parser;

/**
 * Every script the project ships — the transcripts, the examples and the library — read, written
 * back by the {@link Unparser} and read again gives the same statements, and writing those again
 * gives the same text.
 */
class UnparserScriptsTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @TestFactory
    Stream<DynamicTest> everyScriptRoundTrips() throws IOException {
        List<Path> scripts = new ArrayList<>();
        scripts.addAll(scripts(ROOT.resolve("runtime/src/test/transcripts"), false));
        scripts.addAll(scripts(ROOT.resolve("examples"), false));
        List<Path> library = scripts(ROOT.resolve("stdlib/src/main/resources"), true).stream()
                .filter(p -> p.getFileName().toString().equals("jamlik.ind")).toList();
        assertEquals(1, library.size(), "the library jamlik.ind under stdlib/src/main/resources");
        scripts.addAll(library);
        assertTrue(scripts.size() > 25, "too few scripts found: " + scripts);
        return scripts.stream().map(f -> DynamicTest.dynamicTest(ROOT.relativize(f).toString(), () -> roundTrip(f)));
    }

    private static List<Path> scripts(Path dir, boolean deep) throws IOException {
        try (Stream<Path> s = deep ? Files.walk(dir) : Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".ind")).sorted().toList();
        }
    }

    private static void roundTrip(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Parser.Parsed parsed = Parser.parse(new SourceFile(file.getFileName().toString(), text));
        Program original = untouchedByErrors(parsed);
        boolean beyondLimits = parsed.diagnostics().all().stream().anyMatch(d -> d.code().equals("E006") || d.code().equals("E007"));
        if (beyondLimits) {
            return; // a script beyond the parser's limits is not read at all: nothing to write back
        }
        assertFalse(original.statements().isEmpty(), "no statements in " + file);

        String written = Unparser.program(original);
        Parser.Parsed again = Parser.parse(new SourceFile("written.ind", written));
        assertFalse(again.diagnostics().hasErrors(),
                () -> DiagnosticPrinter.formatAll(again.diagnostics().all()) + "\nin the written text:\n" + written);
        assertEquals(original.statements(), again.program().statements(), () -> "written text:\n" + written);
        assertEquals(written, Unparser.program(again.program()), "writing is not idempotent");
    }

    /**
     * The program without the statements on whose lines a syntax error stands: error recovery may keep
     * a statement with a part missing (the transcript of syntax errors has {@code show x by} at the end).
     */
    private static Program untouchedByErrors(Parser.Parsed parsed) {
        List<Diagnostic> errors = parsed.diagnostics().all().stream().filter(Diagnostic::isError).toList();
        List<Stmt> kept = parsed.program().statements().stream()
                .filter(s -> errors.stream().noneMatch(d -> d.span().line() >= s.span().line()
                        && d.span().line() <= s.span().endLine()))
                .toList();
        return new Program(parsed.program().source(), kept);
    }
}
