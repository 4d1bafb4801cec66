package se.indikator.runtime.notebook;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import se.indikator.runtime.diag.SourceFile;
import se.indikator.runtime.output.RunResult;
import se.indikator.runtime.session.Session;

/** The test scripts in {@code src/test/resources/notebook}, run and laid out as notebooks. */
final class Fixtures {
    static final Path DIR = Path.of("src/test/resources/notebook").toAbsolutePath();
    static final LocalDate DATE = LocalDate.of(2026, 3, 14);

    private Fixtures() {
    }

    /** A script run in a fresh session, with its source and result. */
    record Run(SourceFile source, RunResult result, Session session) {
        NotebookDocument document() {
            return NotebookDocument.of(source, result, DATE);
        }
    }

    static Run run(String name) throws IOException {
        String text = Files.readString(DIR.resolve(name), StandardCharsets.UTF_8);
        return run(name, text);
    }

    static Run run(String name, String text) {
        Session session = new Session(DIR);
        SourceFile source = new SourceFile(name, text);
        return new Run(source, session.run(source), session);
    }

    /** Writes a rendering under {@code target/notebook} so a person can look at it. */
    static Path keep(String name, String text) throws IOException {
        Path out = Path.of("target/notebook").resolve(name);
        Files.createDirectories(out.getParent());
        Files.writeString(out, text, StandardCharsets.UTF_8);
        return out;
    }
}
