package se.indikator.runtime.output;

import java.util.List;
import se.indikator.runtime.ast.Stmt;

/** A statement and what it produced, in order; the notebook renderer shows them side by side. */
public record StatementResult(Stmt statement, List<Output> outputs) {
    public StatementResult {
        outputs = List.copyOf(outputs);
    }
}
