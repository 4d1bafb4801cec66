package se.indikator.runtime.statements;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.indikator.runtime.ast.Stmt;
import se.indikator.runtime.ast.Measure;
import se.indikator.runtime.estimate.GroupResult;
import se.indikator.runtime.estimate.IndicatorResult;
import se.indikator.runtime.plan.ResultRequest;
import se.indikator.runtime.result.ResultTable;
import se.indikator.stdlib.ci.ConfidenceLevel;
import se.indikator.stdlib.compare.RankSimulation;

/**
 * {@code rank IND by B}: each group's rank (1 = best for the indicator's polarity) with its median
 * simulated rank and the 95% interval of ranks from 10 000 draws (fixed seed), each group's value
 * drawn from a normal distribution with the standard error implied by its 95% interval — on the log
 * scale for rates and ratios, on the natural scale otherwise. Suppressed groups are not ranked.
 */
final class Rank implements Work {
    static final int DRAWS = 10_000;
    static final long SEED = 20_260_101L;

    private final ResultRequest request;

    private Rank(ResultRequest request) {
        this.request = request;
    }

    static Optional<Work> check(Stmt.Rank r, Context c) {
        return c.request(r.indicator(), List.of(r.by()), null)
                .filter(q -> !RollingRefusal.refused(q, 0, r.by(), "rank", c.diagnostics())).map(Rank::new);
    }

    @Override
    public List<ResultRequest> requests() {
        return List.of(request);
    }

    @Override
    public void present(Results results, Presenter out) {
        results.get(0, out).ifPresent(r -> out.table(rank(r)));
    }

    static ResultTable rank(IndicatorResult r) {
        Measure.Kind kind = r.indicator().measure().kind();
        boolean logScale = kind == Measure.Kind.RATE || kind == Measure.Kind.RATIO || kind == Measure.Kind.COUNT;
        boolean higher = r.indicator().polarity() != se.indikator.runtime.ast.Polarity.LOWER;
        double z = ConfidenceLevel.of(0.95).z();
        List<List<Object>> rows = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        List<Double> est = new ArrayList<>();
        List<Double> se = new ArrayList<>();
        List<String> hidden = new ArrayList<>();
        int level = r.levels().indexOf(0.95);
        for (GroupResult g : r.groups()) {
            String label = r.label(g, 0);
            double v = g.shownValue();
            double l = level < 0 || Double.isNaN(v) ? Double.NaN : g.estimate().lower()[level];
            double u = level < 0 || Double.isNaN(v) ? Double.NaN : g.estimate().upper()[level];
            if (Double.isNaN(v) || Double.isNaN(l) || Double.isNaN(u) || (logScale && (v <= 0 || l <= 0))) {
                hidden.add(label);
                continue;
            }
            labels.add(label);
            est.add(v);
            se.add(logScale ? (Math.log(u) - Math.log(l)) / (2 * z) : (u - l) / (2 * z));
        }
        List<String> notes = new ArrayList<>();
        notes.add("rank 1 = best (" + (higher ? "higher" : "lower") + " is better); " + DRAWS + " draws, "
                + (logScale ? "log scale" : "natural scale"));
        if (!hidden.isEmpty()) {
            notes.add("not ranked (no value or interval): " + String.join(", ", hidden));
        }
        if (!est.isEmpty()) {
            RankSimulation.Ranks[] ranks = RankSimulation.simulate(est.stream().mapToDouble(Double::doubleValue).toArray(),
                    se.stream().mapToDouble(Double::doubleValue).toArray(), higher, logScale, DRAWS, SEED, 0.95);
            Integer[] order = new Integer[ranks.length];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            java.util.Arrays.sort(order, (a, b) -> Integer.compare(ranks[a].rank(), ranks[b].rank()));
            for (int i : order) {
                rows.add(new ArrayList<>(List.of(labels.get(i), est.get(i), (double) ranks[i].rank(), ranks[i].median(),
                        (double) ranks[i].lower(), (double) ranks[i].upper())));
            }
        }
        return new ResultTable("rank " + r.indicator().name(), List.of(r.breakdowns().get(0).name(), "value", "rank",
                "rank_median", "rank_lower_95", "rank_upper_95"), rows, notes, r.decimals(), r.settings().swedish());
    }
}
