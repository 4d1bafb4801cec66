package se.indikator.runtime.statements;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.indikator.runtime.ast.Name;
import se.indikator.runtime.ast.Stmt;
import se.indikator.runtime.chart.ChartKind;
import se.indikator.runtime.chart.ChartRenderer;
import se.indikator.runtime.data.Dataset;
import se.indikator.runtime.data.TextColumn;
import se.indikator.runtime.estimate.Comparison;
import se.indikator.runtime.estimate.GroupResult;
import se.indikator.runtime.estimate.IndicatorResult;
import se.indikator.runtime.estimate.Verdict;
import se.indikator.runtime.exec.Estimate;
import se.indikator.runtime.model.BreakdownDef;
import se.indikator.runtime.plan.ResultRequest;
import se.indikator.runtime.result.IndicatorTable;
import se.indikator.runtime.result.ResultTable;
import se.indikator.stdlib.ci.ConfidenceLevel;
import se.indikator.stdlib.equity.AnnualPercentChange;
import se.indikator.stdlib.equity.Polarity;
import se.indikator.stdlib.equity.TrendLabel;
import se.indikator.stdlib.equity.TrendTestResult;
import se.indikator.stdlib.equity.TrendTests;

/**
 * {@code trend IND over year [by B]}: the indicator's series per period (and group) with its intervals, each
 * period compared with the country in the same period (the reference keeps the period), then per group the
 * χ² test for trend over the last five periods (Cochran–Armitage for proportions, the Poisson score test for
 * rates and ratios — Fingertips' method), the annual percent change from a log-linear fit with its interval,
 * and a verdict: the latest period against the country that period, the target and the trend, by polarity.
 * Hidden periods leave the series and the tests. The period must be a column of numbers (years), or rolling
 * windows of one ({@code over year rolling 3}): the series shows every window, and the tests take the windows
 * that do not overlap, since overlapping windows share their rows.
 */
final class Trend implements Work {
    private final ResultRequest request;
    private final Stmt.Trend statement;

    private Trend(ResultRequest request, Stmt.Trend statement) {
        this.request = request;
        this.statement = statement;
    }

    static Optional<Work> check(Stmt.Trend s, Context c) {
        List<Name> by = s.by() == null ? List.of(s.time()) : List.of(s.by(), s.time());
        Map<String, BreakdownDef> inline = new LinkedHashMap<>();
        if (s.rolling() != 0) {
            Optional<BreakdownDef> windows = rolling(s, c);
            if (windows.isEmpty()) {
                return Optional.empty();
            }
            inline.put(s.time().text(), windows.get());
        }
        Optional<ResultRequest> req = c.request(s.indicator(), by, null, Set.of(s.time().text()), inline);
        if (req.isEmpty() || WeightedRefusal.refused(req.get().indicator(), s.indicator(), "trend", c.diagnostics())) {
            return Optional.empty();
        }
        BreakdownDef time = req.get().by().get(req.get().by().size() - 1);
        boolean numeric = !time.hasFixedCategories();
        String column = time.columns().iterator().next();
        for (String src : req.get().indicator().sources()) {
            Dataset d = c.catalog().data(src).orElseThrow();
            numeric &= d.column(column).map(col -> !(col instanceof TextColumn)).orElse(false);
        }
        if (!numeric) {
            c.diagnostics().error("E380", s.time().span(), "the period of a trend must be a column of numbers, such as "
                    + "years; '" + s.time().text() + "' is " + (time.hasFixedCategories() ? "a breakdown of labels" : "text"),
                    "use a column of years, e.g. 'trend " + s.indicator().text() + " over year'");
            return Optional.empty();
        }
        return Optional.of(new Trend(req.get(), s));
    }

    /** The windows of {@code over year rolling 3}: a column's periods pooled in overlapping windows. */
    private static Optional<BreakdownDef> rolling(Stmt.Trend s, Context c) {
        Name time = s.time();
        if (c.catalog().breakdown(time.text()).isPresent()) {
            c.diagnostics().error("E314", time.span(), "'rolling' pools the periods of a column, and '" + time.text()
                    + "' is a declared breakdown", "write the column of periods, e.g. 'trend " + s.indicator().text()
                            + " over year rolling " + se.indikator.runtime.ast.Numbers.plain(s.rolling()) + "'");
            return Optional.empty();
        }
        var def = new se.indikator.runtime.ast.BreakdownExpr.Rolling(time.text(), time.span(), s.rolling(), time.span());
        return new se.indikator.runtime.check.BreakdownChecker(c.catalog(), c.functions(), c.diagnostics())
                .declared(time.text(), def, time.span());
    }

    @Override
    public List<ResultRequest> requests() {
        return List.of(request);
    }

    @Override
    public void present(Results results, Presenter out) {
        results.get(0, out).ifPresent(r -> {
            out.table(IndicatorTable.of(r), r.plan());
            if (statement.by() == null) {
                out.chart(ChartRenderer.render(ChartKind.TREND, r), "trend_" + statement.indicator().text());
            }
            out.table(summary(r, statement.by() != null));
        });
    }

    /**
     * The trend of each series and its verdict: the latest period against the country that period (each
     * group's own reference), the target and the trend, by polarity.
     */
    static ResultTable summary(IndicatorResult r, boolean grouped) {
        String measure = r.indicator().measure().describe();
        boolean proportion = measure.equals("proportion") || measure.equals("percent");
        Polarity polarity = switch (r.indicator().polarity()) {
            case LOWER -> Polarity.LOWER_IS_BETTER;
            case HIGHER -> Polarity.HIGHER_IS_BETTER;
            case NONE -> Polarity.NO_JUDGEMENT;
        };
        int timeIndex = grouped ? 1 : 0;
        Map<Integer, List<GroupResult>> series = new LinkedHashMap<>();
        List<GroupResult> rows = grouped ? r.groups() : r.referenceRows().stream().filter(g -> g.keys().get(0) >= 0).toList();
        for (GroupResult g : rows) {
            series.computeIfAbsent(grouped ? g.keys().get(0) : 0, k -> new ArrayList<>()).add(g);
        }
        List<List<Object>> out = new ArrayList<>();
        // overlapping windows share their rows: the tests take the windows that do not overlap, back from the latest
        int width = r.breakdowns().get(timeIndex).rollingWidth();
        for (Map.Entry<Integer, List<GroupResult>> e : series.entrySet()) {
            List<Double> times = new ArrayList<>();
            List<Double> values = new ArrayList<>();
            List<Double> nums = new ArrayList<>();
            List<Double> dens = new ArrayList<>();
            int latest = e.getValue().get(e.getValue().size() - 1).keys().get(timeIndex);
            for (GroupResult g : e.getValue()) {
                Estimate est = g.estimate();
                if (width > 0 && (latest - g.keys().get(timeIndex)) % width != 0) {
                    continue;
                }
                if (g.disclosure().valueHidden() || g.disclosure().countHidden() || Double.isNaN(est.value())) {
                    continue;
                }
                times.add(r.categoryValues().get(timeIndex).get(g.keys().get(timeIndex)));
                values.add(est.value());
                nums.add(est.numerator());
                dens.add(est.denominator());
            }
            List<Object> row = new ArrayList<>();
            if (grouped) {
                row.add(r.categories().get(0).get(e.getKey()));
            }
            int n = times.size();
            row.add((double) n);
            GroupResult last = e.getValue().get(e.getValue().size() - 1);
            double lastValue = last.shownValue();
            row.add(r.label(last, timeIndex));
            row.add(Double.isNaN(lastValue) ? null : lastValue);
            Comparison level = grouped && last.comparison() != Comparison.NOT_COMPARED ? last.comparison() : null;
            Boolean target = last.targetMet();
            if (r.indicator().isDerived()) { // a ratio or difference of two results has no counts to test
                row.addAll(java.util.Arrays.asList(null, null, null, null, null, "not tested"));
                row.add(Verdict.of(level, target, Verdict.Change.NONE, r.indicator().polarity(), !Double.isNaN(lastValue)).word());
                out.add(row);
                continue;
            }
            if (n < 3) {
                row.addAll(java.util.Arrays.asList(null, null, null, null, null, "too few periods"));
                row.add(Verdict.of(level, target, Verdict.Change.NONE, r.indicator().polarity(), !Double.isNaN(lastValue)).word());
                out.add(row);
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
            row.add(test.chiSquare());
            row.add(test.pValue());
            row.add(apc == null ? null : apc.apc());
            row.add(apc == null ? null : apc.interval().lower());
            row.add(apc == null ? null : apc.interval().upper());
            String trend = TrendLabel.of(test, 0.95, polarity).shortLabel();
            row.add(trend);
            row.add(Verdict.of(level, target, Verdict.Change.of(trend), r.indicator().polarity(), !Double.isNaN(lastValue))
                    .word());
            out.add(row);
        }
        List<String> cols = new ArrayList<>();
        if (grouped) {
            cols.add(r.breakdowns().get(0).name());
        }
        cols.addAll(List.of("periods", "latest", "latest_value", "chi2_trend", "p_trend", "apc_pct", "apc_lower_95",
                "apc_upper_95", "trend", "verdict"));
        List<String> notes = new ArrayList<>();
        if (r.indicator().isDerived()) {
            notes.add("a derived indicator has no counts of its own: its series is shown without a test for trend");
        }
        notes.add(width > 0 ? "χ² test for trend over the last five windows that do not overlap (" + width
                + " periods apart, back from the latest); annual percent change from a log-linear fit at the windows' middles"
                : "χ² test for trend over the last five periods; annual percent change from a log-linear fit");
        notes.add(grouped ? "verdict: the latest period against its reference (the note under the series), the target "
                + "and the trend, by polarity (see the language reference)"
                : "verdict: the latest period's target and the trend, by polarity (see the language reference)");
        return new ResultTable("trend " + r.indicator().name(), cols, out, notes, 2, r.settings().swedish());
    }

    private static double[] tail(List<Double> xs, int k) {
        return xs.subList(xs.size() - k, xs.size()).stream().mapToDouble(Double::doubleValue).toArray();
    }
}
