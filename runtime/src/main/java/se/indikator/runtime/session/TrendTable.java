package se.indikator.runtime.session;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.indikator.runtime.ast.Name;
import se.indikator.runtime.ast.Stmt;
import se.indikator.runtime.diag.Diagnostics;
import se.indikator.runtime.model.Settings;
import se.indikator.runtime.result.ResultMeta;
import se.indikator.runtime.result.ResultTable;
import se.indikator.runtime.result.Verdict;
import se.indikator.stdlib.ci.ConfidenceLevel;
import se.indikator.stdlib.equity.AnnualPercentChange;
import se.indikator.stdlib.equity.Polarity;
import se.indikator.stdlib.equity.TrendLabel;
import se.indikator.stdlib.equity.TrendTestResult;
import se.indikator.stdlib.equity.TrendTests;

/**
 * {@code trend IND over year [by B]}: the indicator's series per period (and group) with its
 * intervals, then per group the χ² test for trend over the last five periods (Cochran–Armitage for
 * proportions, the Poisson score test for rates and ratios — Fingertips' method), the annual percent
 * change from a log-linear fit with its interval, and a label by polarity (improving, worsening, no
 * significant change). Suppressed periods leave the series and the tests.
 */
final class TrendTable {
    private final Session session;
    private final Diagnostics d;

    TrendTable(Session session, Diagnostics d) {
        this.session = session;
        this.d = d;
    }

    Runnable check(Stmt.Trend s, List<Output> out) {
        List<Name> by = s.by() == null ? List.of(s.time()) : List.of(s.by(), s.time());
        Optional<Session.Request> req = session.request(s.indicator(), by, null, d);
        Optional<Session.Request> nationalSeries = s.by() == null ? Optional.empty()
                : session.request(s.indicator(), List.of(s.time()), null, new Diagnostics());
        Settings settings = session.catalog().settings();
        Presentations charts = new Presentations(session, d);
        return req.map(q -> (Runnable) () -> session.table(q, out).ifPresent(t -> {
            out.add(new Output.Table(t, null));
            if (s.by() == null) {
                charts.emitChart(se.indikator.runtime.chart.ChartRenderer.render(se.indikator.runtime.chart.ChartKind.TREND,
                        t, settings.swedish()), "trend_" + s.indicator().text(), out);
            }
            Map<String, Double> national = new LinkedHashMap<>();
            if (nationalSeries.isPresent()) {
                session.table(nationalSeries.get(), new ArrayList<>()).ifPresent(n -> {
                    for (List<Object> row : n.rows().subList(1, n.rows().size())) {
                        national.put(String.valueOf(row.get(0)), (Double) row.get(n.columnIndex("value")));
                    }
                });
            }
            out.add(new Output.Table(summary(t, s.by() != null, settings, national), null));
        })).orElse(null);
    }

    /**
     * The trend of each series and its verdict: the latest period against the national value of the same
     * period ({@code nationalByPeriod}, for a trend by group), the target and the trend, by polarity.
     */
    static ResultTable summary(ResultTable t, boolean grouped, Settings settings, Map<String, Double> nationalByPeriod) {
        ResultMeta meta = t.meta().orElseThrow();
        boolean proportion = meta.measure().equals("proportion") || meta.measure().equals("percent");
        Polarity polarity = "lower".equals(meta.polarity()) ? Polarity.LOWER_IS_BETTER
                : "higher".equals(meta.polarity()) ? Polarity.HIGHER_IS_BETTER : Polarity.NO_JUDGEMENT;
        Map<String, List<List<Object>>> series = new LinkedHashMap<>();
        for (List<Object> row : t.rows().subList(1, t.rows().size())) {
            String key = grouped ? String.valueOf(row.get(0)) : "";
            series.computeIfAbsent(key, k -> new ArrayList<>()).add(row);
        }
        int timeCol = grouped ? 1 : 0;
        List<List<Object>> rows = new ArrayList<>();
        for (Map.Entry<String, List<List<Object>>> e : series.entrySet()) {
            List<Double> times = new ArrayList<>();
            List<Double> values = new ArrayList<>();
            List<Double> nums = new ArrayList<>();
            List<Double> dens = new ArrayList<>();
            for (List<Object> row : e.getValue()) {
                Double v = (Double) row.get(t.columnIndex("value"));
                Double num = (Double) row.get(t.columnIndex("numerator"));
                Double den = (Double) row.get(t.columnIndex("denominator"));
                if (v == null || num == null || den == null) {
                    continue;
                }
                times.add(Double.parseDouble(String.valueOf(row.get(timeCol)).replace(',', '.')));
                values.add(v);
                nums.add(num);
                dens.add(den);
            }
            List<Object> r = new ArrayList<>();
            if (grouped) {
                r.add(e.getKey());
            }
            int n = times.size();
            r.add((double) n);
            List<Object> last = e.getValue().get(e.getValue().size() - 1);
            Double lastValue = (Double) last.get(t.columnIndex("value"));
            r.add(last.get(timeCol));
            r.add(lastValue);
            String level = grouped ? level(t, last, nationalByPeriod.get(String.valueOf(last.get(timeCol))), polarity)
                    : null;
            String target = (String) last.get(t.columnIndex("target_met"));
            if (n < 3) {
                r.addAll(java.util.Arrays.asList(null, null, null, null, null, "too few periods"));
                r.add(Verdict.of(level, target, null, meta.polarity(), lastValue != null));
                rows.add(r);
                continue;
            }
            int k = Math.min(5, n);
            double[] lastNum = tail(nums, k);
            double[] lastDen = tail(dens, k);
            TrendTestResult test = proportion ? TrendTests.cochranArmitage(lastNum, lastDen)
                    : TrendTests.poissonScore(lastNum, lastDen);
            AnnualPercentChange.Result apc = values.stream().allMatch(v -> v > 0)
                    ? AnnualPercentChange.fit(times.stream().mapToDouble(Double::doubleValue).toArray(),
                            values.stream().mapToDouble(Double::doubleValue).toArray(), ConfidenceLevel.of(0.95))
                    : null;
            r.add(test.chiSquare());
            r.add(test.pValue());
            r.add(apc == null ? null : apc.apc());
            r.add(apc == null ? null : apc.interval().lower());
            r.add(apc == null ? null : apc.interval().upper());
            String trend = TrendLabel.of(test, 0.95, polarity).shortLabel();
            r.add(trend);
            r.add(Verdict.of(level, target, trend, meta.polarity(), lastValue != null));
            rows.add(r);
        }
        List<String> cols = new ArrayList<>();
        if (grouped) {
            cols.add(t.columns().get(0));
        }
        cols.addAll(List.of("periods", "latest", "latest_value", "chi2_trend", "p_trend", "apc_pct", "apc_lower_95",
                "apc_upper_95", "trend", "verdict"));
        return new ResultTable("trend " + meta.indicator(), cols, rows,
                List.of("χ² test for trend over the last five periods; annual percent change from a log-linear fit",
                        grouped ? "verdict: the latest period against the national value of that period, the target and "
                                + "the trend, by polarity (see the language reference)"
                                : "verdict: the latest period's target and the trend, by polarity (see the language reference)"), 2,
                settings.swedish());
    }

    /** The latest period's interval against the national value of that period, oriented by polarity. */
    private static String level(ResultTable t, List<Object> row, Double national, Polarity polarity) {
        String level = t.meta().orElseThrow().level();
        int lo = t.columnIndex("lower_" + level);
        int hi = t.columnIndex("upper_" + level);
        if (national == null || lo < 0 || hi < 0 || row.get(lo) == null || row.get(hi) == null) {
            return null;
        }
        double lower = (Double) row.get(lo);
        double upper = (Double) row.get(hi);
        boolean above = lower > national;
        boolean below = upper < national;
        if (!above && !below) {
            return "similar";
        }
        return switch (polarity) {
            case HIGHER_IS_BETTER -> above ? "better" : "worse";
            case LOWER_IS_BETTER -> below ? "better" : "worse";
            default -> above ? "higher" : "lower";
        };
    }

    private static double[] tail(List<Double> xs, int k) {
        return xs.subList(xs.size() - k, xs.size()).stream().mapToDouble(Double::doubleValue).toArray();
    }
}
