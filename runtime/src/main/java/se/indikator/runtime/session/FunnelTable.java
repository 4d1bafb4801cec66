package se.indikator.runtime.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.indikator.runtime.ast.Stmt;
import se.indikator.runtime.chart.ChartKind;
import se.indikator.runtime.chart.ChartRenderer;
import se.indikator.runtime.diag.Diagnostics;
import se.indikator.runtime.model.Settings;
import se.indikator.runtime.result.ResultMeta;
import se.indikator.runtime.result.ResultTable;
import se.indikator.stdlib.ci.ConfidenceLevel;
import se.indikator.stdlib.equity.FunnelSignificance;
import se.indikator.stdlib.equity.ProportionFunnel;
import se.indikator.stdlib.equity.RateFunnel;

/**
 * {@code funnel IND by B}: PHE's funnel plot. Each unit's result with the 95% (2σ) and 99.8% (3σ)
 * control limits around the pooled value at the unit's own denominator (proportions: binomial
 * limits), and its significance label (e.g. "High (0.001)", "Not significant"); for rates and ratios
 * the significance labels (exact below 10 events, Byar from 10). Drawn as a funnel chart too.
 */
final class FunnelTable {
    private final Session session;
    private final Diagnostics d;

    FunnelTable(Session session, Diagnostics d) {
        this.session = session;
        this.d = d;
    }

    Runnable check(Stmt.Funnel f, List<Output> out, Presentations charts) {
        Optional<Session.Request> req = session.request(f.indicator(), List.of(f.by()), null, d);
        Settings settings = session.catalog().settings();
        return req.map(q -> (Runnable) () -> session.table(q, out).ifPresent(t -> {
            ResultTable table = build(t, settings);
            out.add(new Output.Table(table, null));
            charts.emitChart(ChartRenderer.render(ChartKind.FUNNEL, table, settings.swedish()),
                    "funnel_" + f.indicator().text() + "_by_" + f.by().text(), out);
        })).orElse(null);
    }

    static ResultTable build(ResultTable t, Settings settings) {
        ResultMeta meta = t.meta().orElseThrow();
        boolean proportion = meta.measure().equals("proportion") || meta.measure().equals("percent");
        double mult = meta.measure().equals("percent") ? 100 : 1;
        if (!proportion) {
            String digits = meta.measure().replaceAll("[^0-9.]", "");
            mult = digits.isEmpty() ? 1 : Double.parseDouble(digits);
        }
        List<Integer> used = new ArrayList<>();
        List<Double> num = new ArrayList<>();
        List<Double> den = new ArrayList<>();
        List<Double> val = new ArrayList<>();
        for (int r = 1; r < t.rows().size(); r++) {
            List<Object> row = t.rows().get(r);
            Double n = (Double) row.get(t.columnIndex("numerator"));
            Double dn = (Double) row.get(t.columnIndex("denominator"));
            Double v = (Double) row.get(t.columnIndex("value"));
            if (n != null && dn != null && v != null && dn > 0) {
                used.add(r);
                num.add(n);
                den.add(dn);
                val.add(v);
            }
        }
        double[] x = num.stream().mapToDouble(Double::doubleValue).toArray();
        double[] n = den.stream().mapToDouble(Double::doubleValue).toArray();
        List<FunnelSignificance> sig = used.isEmpty() ? List.of() : proportion ? ProportionFunnel.significance(x, n)
                : RateFunnel.significance(x, val.stream().mapToDouble(Double::doubleValue).toArray(), n,
                        RateFunnel.RateType.CRUDE, mult);
        double baseline = proportion && !used.isEmpty() ? ProportionFunnel.baseline(x, n) : Double.NaN;
        List<String> columns = new ArrayList<>(t.columns().subList(0, t.columnIndex("note")));
        columns.addAll(List.of("limit_lower_95", "limit_upper_95", "limit_lower_99_8", "limit_upper_99_8", "funnel", "note"));
        List<List<Object>> rows = new ArrayList<>();
        for (int r = 0; r < t.rows().size(); r++) {
            List<Object> src = t.rows().get(r);
            List<Object> row = new ArrayList<>(src.subList(0, t.columnIndex("note")));
            int k = used.indexOf(r);
            if (k >= 0 && proportion) {
                for (double level : new double[] {0.95, 0.998}) {
                    row.add(mult * ProportionFunnel.limit(n[k], baseline, ConfidenceLevel.of(level), false));
                    row.add(mult * ProportionFunnel.limit(n[k], baseline, ConfidenceLevel.of(level), true));
                }
            } else {
                row.addAll(java.util.Arrays.asList(null, null, null, null));
            }
            row.add(k >= 0 ? sig.get(k).label() : null);
            row.add(src.get(t.columnIndex("note")));
            rows.add(row);
        }
        List<String> notes = new ArrayList<>();
        notes.add(proportion ? "limits around the pooled proportion at each unit's denominator (PHE funnels)"
                : "significance against the pooled rate (exact below 10 events, Byar from 10; PHE funnels)");
        return new ResultTable("funnel " + meta.indicator(), columns, rows, notes, t.decimals(), settings.swedish())
                .withMeta(meta);
    }
}
