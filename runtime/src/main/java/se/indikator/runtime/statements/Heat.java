package se.indikator.runtime.statements;

import java.util.List;
import java.util.Optional;
import se.indikator.runtime.analysis.HeatResult;
import se.indikator.runtime.ast.Stmt;
import se.indikator.runtime.chart.ChartFrame;
import se.indikator.runtime.chart.ChartRenderer;
import se.indikator.runtime.estimate.IndicatorResult;
import se.indikator.runtime.plan.ResultRequest;

/**
 * {@code plot heat region on a, b, c [where year == 2023]}: every group of the breakdown × the indicators, each cell coloured by the
 * group's comparison with its reference in that indicator's own result, the value printed in the cell.
 */
final class Heat implements Work {
    private final List<ResultRequest> requests;
    private final Stmt.Heat statement;

    private Heat(List<ResultRequest> requests, Stmt.Heat statement) {
        this.requests = List.copyOf(requests);
        this.statement = statement;
    }

    static Optional<Work> check(Stmt.Heat h, Context c) {
        return c.requests(h.indicators(), List.of(h.breakdown()), h.where()).map(r -> new Heat(r, h));
    }

    @Override
    public List<ResultRequest> requests() {
        return requests;
    }

    @Override
    public void present(Results results, Presenter out) {
        Optional<List<IndicatorResult>> all = results.all(out);
        if (all.isEmpty()) {
            return;
        }
        boolean sv = all.get().get(0).settings().swedish();
        String title = (sv ? "Jämfört med riket: " : "Against the national value: ") + statement.breakdown().text();
        out.chart(ChartRenderer.heat(HeatResult.of(title, all.get()), sv, ChartFrame.heat(all.get())),
                "heat_" + statement.breakdown().text());
    }
}
