package se.indikator.runtime.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.indikator.runtime.ast.Stmt;
import se.indikator.runtime.diag.Diagnostics;
import se.indikator.runtime.model.Settings;
import se.indikator.runtime.result.ResultMeta;
import se.indikator.runtime.result.ResultTable;
import se.indikator.stdlib.ci.ConfidenceLevel;
import se.indikator.stdlib.compare.RankSimulation;

/**
 * {@code rank IND by B}: each group's rank (1 = best for the indicator's polarity) with its median
 * simulated rank and the 95% interval of ranks from 10 000 draws (fixed seed), each group's value
 * drawn from a normal distribution with the standard error implied by its 95% interval — on the log
 * scale for rates and ratios, on the natural scale otherwise. Suppressed groups are not ranked.
 */
final class Ranking {
    static final int DRAWS = 10_000;
    static final long SEED = 20_260_101L;

    private final Session session;
    private final Diagnostics d;

    Ranking(Session session, Diagnostics d) {
        this.session = session;
        this.d = d;
    }

    Runnable check(Stmt.Rank r, List<Output> out) {
        Optional<Session.Request> req = session.request(r.indicator(), List.of(r.by()), null, d);
        Settings settings = session.catalog().settings();
        return req.map(q -> (Runnable) () -> session.table(q, out).ifPresent(t -> out.add(new Output.Table(rank(t, settings), null))))
                .orElse(null);
    }

    static ResultTable rank(ResultTable t, Settings settings) {
        ResultMeta meta = t.meta().orElseThrow();
        boolean logScale = meta.measure().startsWith("rate") || meta.measure().startsWith("ratio") || meta.measure().equals("count");
        boolean higher = !"lower".equals(meta.polarity());
        double z = ConfidenceLevel.of(0.95).z();
        List<List<Object>> rows = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        List<Double> est = new ArrayList<>();
        List<Double> se = new ArrayList<>();
        List<String> hidden = new ArrayList<>();
        int vi = t.columnIndex("value");
        int lo = t.columnIndex("lower_95");
        int hi = t.columnIndex("upper_95");
        for (List<Object> row : t.rows().subList(1, t.rows().size())) {
            Double v = (Double) row.get(vi);
            Double l = lo < 0 ? null : (Double) row.get(lo);
            Double u = hi < 0 ? null : (Double) row.get(hi);
            if (v == null || l == null || u == null || (logScale && (v <= 0 || l <= 0))) {
                hidden.add(String.valueOf(row.get(0)));
                continue;
            }
            labels.add(String.valueOf(row.get(0)));
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
        return new ResultTable("rank " + meta.indicator(), List.of(t.columns().get(0), "value", "rank", "rank_median",
                "rank_lower_95", "rank_upper_95"), rows, notes, t.decimals(), settings.swedish());
    }
}
