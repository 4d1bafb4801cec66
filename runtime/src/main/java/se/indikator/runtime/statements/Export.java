package se.indikator.runtime.statements;

import java.util.List;
import java.util.Optional;
import se.indikator.runtime.ast.Stmt;
import se.indikator.runtime.plan.ResultRequest;
import se.indikator.runtime.result.IndicatorTable;

/** {@code export IND by B where C to "file.csv"}: the result table written as CSV, relative to the script's folder. */
final class Export implements Work {
    private final ResultRequest request;
    private final Stmt.Export statement;

    private Export(ResultRequest request, Stmt.Export statement) {
        this.request = request;
        this.statement = statement;
    }

    static Optional<Work> check(Stmt.Export ex, Context c) {
        return c.request(ex.indicator(), ex.by(), ex.where()).map(r -> new Export(r, ex));
    }

    @Override
    public List<ResultRequest> requests() {
        return List.of(request);
    }

    @Override
    public void present(Results results, Presenter out) {
        results.get(0, out).ifPresent(r -> out.write(IndicatorTable.of(r), statement.path(), statement.pathSpan()));
    }
}
