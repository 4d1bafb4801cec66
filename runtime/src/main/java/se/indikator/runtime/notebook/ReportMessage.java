package se.indikator.runtime.notebook;

import java.util.List;
import se.indikator.runtime.diag.Diagnostic;

/**
 * One distinct message of a report (a warning, error or note, told apart by its code, message and hint,
 * not its place) with the cells it arose in, as indexes into the document's cells; the report lists it
 * once and marks each of those cells.
 */
public record ReportMessage(Diagnostic diagnostic, List<Integer> cells) {
    public ReportMessage {
        cells = List.copyOf(cells);
    }
}
