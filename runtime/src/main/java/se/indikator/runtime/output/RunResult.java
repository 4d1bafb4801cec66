package se.indikator.runtime.output;

import java.util.List;
import se.indikator.runtime.diag.Diagnostic;
import se.indikator.runtime.diag.Severity;

/** The outcome of running (or checking) a script: every diagnostic, and each statement's outputs. */
public record RunResult(List<Diagnostic> diagnostics, List<StatementResult> statements) {
    public RunResult {
        diagnostics = List.copyOf(diagnostics);
        statements = List.copyOf(statements);
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
    }
}
