package se.indikator.lsp;

import java.nio.file.Path;
import java.util.List;
import se.indikator.runtime.ast.Program;
import se.indikator.runtime.diag.Diagnostic;
import se.indikator.runtime.diag.SourceFile;
import se.indikator.runtime.session.Session;

/**
 * One version of an open script as the checker left it: its text, its statements, the session that declared
 * them (its data, breakdowns, standardisations and indicators, which completion and hover read) and every
 * diagnostic. A new version gets a new analysis; nothing changes one.
 *
 * @param folder the folder the script's paths are relative to
 */
record Analysis(String uri, int version, SourceFile source, Path folder, Program program, Session session,
        List<Diagnostic> diagnostics) {
    Analysis {
        diagnostics = List.copyOf(diagnostics);
    }

    String text() {
        return source.text();
    }
}
