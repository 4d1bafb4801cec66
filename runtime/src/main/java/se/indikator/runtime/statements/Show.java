package se.indikator.runtime.statements;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import se.indikator.runtime.ast.Name;
import se.indikator.runtime.ast.Stmt;
import se.indikator.runtime.diag.Diagnostic;
import se.indikator.runtime.diag.Span;
import se.indikator.runtime.estimate.IndicatorResult;
import se.indikator.runtime.model.BreakdownDef;
import se.indikator.runtime.plan.ResultRequest;
import se.indikator.runtime.result.IndicatorTable;
import se.indikator.runtime.result.ResultTable;

/**
 * {@code show a, b by B where C}: each indicator's result table, one per indicator in the order given;
 * with the command line's {@code --csv DIR} each table is also written there.
 */
final class Show implements Work {
    private final List<ResultRequest> requests;
    private final Span at;

    private Show(List<ResultRequest> requests, Span at) {
        this.requests = List.copyOf(requests);
        this.at = at;
    }

    static Optional<Work> check(Stmt.Show show, Context c) {
        List<ResultRequest> requests = new ArrayList<>();
        Set<String> named = new HashSet<>();
        for (Name target : show.indicators()) {
            if (!named.add(target.text())) {
                c.diagnostics().error("E105", target.span(), "'" + target.text() + "' is named twice after 'show'",
                        "name each indicator once");
                continue;
            }
            c.request(target, show.by(), show.where()).ifPresent(requests::add);
        }
        return requests.isEmpty() ? Optional.empty() : Optional.of(new Show(requests, show.span()));
    }

    @Override
    public List<ResultRequest> requests() {
        return requests;
    }

    @Override
    public void present(Results results, Presenter out) {
        for (int i = 0; i < requests.size(); i++) {
            Optional<IndicatorResult> r = results.get(i, out);
            if (r.isEmpty()) {
                continue;
            }
            ResultTable table = IndicatorTable.of(r.get());
            ResultRequest req = requests.get(i);
            out.table(table, r.get().plan(), req.indicator().name() + (req.by().isEmpty() ? "" : "_by_"
                    + String.join("_", req.by().stream().map(BreakdownDef::name).toList())));
        }
    }
}
