package se.indikator.runtime.bench;

import java.util.ArrayList;
import java.util.List;
import se.indikator.runtime.diag.Diagnostic;
import se.indikator.runtime.result.ResultTable;
import se.indikator.runtime.output.Output;
import se.indikator.runtime.output.RunResult;
import se.indikator.runtime.output.StatementResult;

/** What the benchmark needs of a session's run: that it had no errors, and the tables it showed. Not a test. */
final class Runs {
    private Runs() {
    }

    /** The run, or an exception naming {@code what} and its errors. */
    static RunResult ensureOk(RunResult r, String what) {
        List<Diagnostic> errors = r.diagnostics().stream().filter(Diagnostic::isError).toList();
        if (!errors.isEmpty()) {
            throw new IllegalStateException(what + ": " + errors);
        }
        return r;
    }

    /** The tables the run showed, in order. */
    static List<ResultTable> tables(RunResult r) {
        List<ResultTable> out = new ArrayList<>();
        for (StatementResult s : r.statements()) {
            for (Output o : s.outputs()) {
                if (o instanceof Output.Table t) {
                    out.add(t.table());
                }
            }
        }
        return out;
    }
}
