package se.indikator.lsp;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.lsp4j.DiagnosticRelatedInformation;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import se.indikator.runtime.ast.Stmt;
import se.indikator.runtime.diag.Diagnostic;
import se.indikator.runtime.diag.Span;

/**
 * A script's diagnostics as the protocol carries them: the code, the severity, the range of the span, and the
 * hint as related information at the same place. A diagnostic about another file — a row of a data file, a
 * line of an imported script — stands at the statement that reads that file, and names the place in that file
 * as related information.
 */
final class LspDiagnostics {
    /** The diagnostics' source, as editors show it. */
    static final String SOURCE = "indikator";

    private LspDiagnostics() {
    }

    /** Every diagnostic of an analysis, in the order the checker reported them. */
    static List<org.eclipse.lsp4j.Diagnostic> of(Analysis a) {
        List<org.eclipse.lsp4j.Diagnostic> out = new ArrayList<>();
        for (Diagnostic d : a.diagnostics()) {
            out.add(of(d, a));
        }
        return out;
    }

    static org.eclipse.lsp4j.Diagnostic of(Diagnostic d, Analysis a) {
        String uri = a.uri();
        Range range;
        List<DiagnosticRelatedInformation> related = new ArrayList<>();
        boolean here = d.span().source() == a.source() || !d.span().isKnown();
        if (here) {
            range = Ranges.of(d.span(), a.text());
        } else {
            Span reader = readerOf(d.span().source().name(), a).orElse(Span.NONE);
            range = Ranges.of(reader, a.text());
            Path other = a.folder().resolve(d.span().source().name()).normalize();
            if (Files.isRegularFile(other)) {
                int line = Math.max(0, d.span().line() - 1);
                int col = Math.max(0, d.span().column() - 1);
                Range there = new Range(new Position(line, col), new Position(line, Math.max(col, d.span().endColumn() - 1)));
                related.add(new DiagnosticRelatedInformation(new Location(other.toUri().toString(), there),
                        d.span().source().name() + (d.span().isKnown() ? ":" + d.span().line() : "") + ": " + d.message()));
            }
        }
        if (d.hint() != null && !d.hint().isBlank()) {
            related.add(new DiagnosticRelatedInformation(new Location(uri, range), "hint: " + d.hint()));
        }
        org.eclipse.lsp4j.Diagnostic out = new org.eclipse.lsp4j.Diagnostic(range, d.message(), severity(d), SOURCE, d.code());
        if (!related.isEmpty()) {
            out.setRelatedInformation(related);
        }
        return out;
    }

    static DiagnosticSeverity severity(Diagnostic d) {
        return switch (d.severity()) {
            case ERROR -> DiagnosticSeverity.Error;
            case WARNING -> DiagnosticSeverity.Warning;
            case NOTE -> DiagnosticSeverity.Information;
        };
    }

    /** The statement of the script that reads the file named {@code name}: a data, import or use statement. */
    private static Optional<Span> readerOf(String name, Analysis a) {
        for (Stmt s : a.program().statements()) {
            if (s instanceof Stmt.Data data && data.path().equals(name)) {
                return Optional.of(data.pathSpan());
            }
            if (s instanceof Stmt.Import imp && imp.path().equals(name)) {
                return Optional.of(imp.span());
            }
            if (s instanceof Stmt.Use use && use.library().equals(name)) {
                return Optional.of(use.span());
            }
        }
        return Optional.empty();
    }
}
