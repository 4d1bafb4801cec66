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
import se.indikator.stdlib.equity.AttributableFraction;
import se.indikator.stdlib.equity.ConcentrationIndex;
import se.indikator.stdlib.equity.ConcentrationResult;
import se.indikator.stdlib.equity.ExtremeGroupComparison;
import se.indikator.stdlib.equity.ExtremeGroups;
import se.indikator.stdlib.equity.GroupCount;
import se.indikator.stdlib.equity.Polarity;
import se.indikator.stdlib.equity.SiiGroup;
import se.indikator.stdlib.equity.SiiOptions;
import se.indikator.stdlib.equity.SiiResult;
import se.indikator.stdlib.equity.SiiValueType;
import se.indikator.stdlib.equity.SlopeIndexOfInequality;

/**
 * {@code inequality IND across B}: the groups of B, in their declared order, are the ordered social
 * groups (e.g. education from compulsory to post-secondary). From each group's value, interval and
 * population: the slope and relative index of inequality (PHE's method: population-weighted
 * regression on cumulative-share midpoints; intervals by 10 000 simulations, fixed seed), the
 * concentration index (relative, absolute, Erreygers, Wagstaff), the ratio and difference between the
 * first and last groups, and the population attributable fraction against the best group.
 * Suppressed groups are left out and named.
 */
final class InequalityTable {
    private final Session session;
    private final Diagnostics d;

    InequalityTable(Session session, Diagnostics d) {
        this.session = session;
        this.d = d;
    }

    Runnable check(Stmt.Inequality s, List<Output> out) {
        Optional<Session.Request> req = session.request(s.indicator(), List.of(s.across()), null, d);
        Settings settings = session.catalog().settings();
        return req.map(q -> (Runnable) () -> session.table(q, out).ifPresent(t -> out.add(new Output.Table(build(t, settings), null))))
                .orElse(null);
    }

    static ResultTable build(ResultTable t, Settings settings) {
        ResultMeta meta = t.meta().orElseThrow();
        boolean rate = meta.measure().startsWith("rate") || meta.measure().startsWith("ratio");
        boolean percent = meta.measure().equals("percent");
        boolean proportion = meta.measure().equals("proportion") || percent;
        List<SiiGroup> sii = new ArrayList<>();
        List<ConcentrationIndex.Group> conc = new ArrayList<>();
        List<GroupCount> counts = new ArrayList<>();
        List<String> left = new ArrayList<>();
        int q = 0;
        for (List<Object> row : t.rows().subList(1, t.rows().size())) {
            Double v = (Double) row.get(t.columnIndex("value"));
            Double lo = (Double) row.get(t.columnIndex("lower_95"));
            Double hi = (Double) row.get(t.columnIndex("upper_95"));
            Double num = (Double) row.get(t.columnIndex("numerator"));
            Double den = (Double) row.get(t.columnIndex("denominator"));
            if (v == null || lo == null || hi == null || den == null) {
                left.add(String.valueOf(row.get(0)));
                continue;
            }
            q++;
            sii.add(SiiGroup.withLimits(q, den, v, lo, hi, ConfidenceLevel.of(0.95)));
            conc.add(new ConcentrationIndex.Group(q, den, v));
            if (num != null) {
                counts.add(new GroupCount(q, num, den));
            }
        }
        List<String> notes = new ArrayList<>();
        notes.add("groups in the order of '" + t.columns().get(0) + "' (" + q + " used); SII/RII by PHE's method, "
                + "10000 simulations");
        if (!left.isEmpty()) {
            notes.add("left out (no value): " + String.join(", ", left));
        }
        List<List<Object>> rows = new ArrayList<>();
        if (q >= 2) {
            SiiValueType type = rate ? SiiValueType.RATE : proportion && !percent ? SiiValueType.PROPORTION : SiiValueType.DEFAULT;
            SiiResult r = SlopeIndexOfInequality.compute(sii, SiiOptions.defaults(type).withRepetitions(10_000)
                    .withLevels(ConfidenceLevel.of(0.95), ConfidenceLevel.of(0.998)));
            SiiResult.Limits l95 = r.intervals().get(0);
            SiiResult.Limits l998 = r.intervals().get(1);
            rows.add(row("sii", r.sii(), l95.sii().lower(), l95.sii().upper(), l998.sii().lower(), l998.sii().upper(),
                    "slope index of inequality (PHE)"));
            rows.add(row("rii", r.rii(), l95.rii().lower(), l95.rii().upper(), l998.rii().lower(), l998.rii().upper(),
                    "relative index of inequality (PHE)"));
            ConcentrationResult c = ConcentrationIndex.compute(conc);
            rows.add(row("concentration_index", c.relative(), null, null, null, null, "relative"));
            rows.add(row("concentration_index_absolute", c.absolute(), null, null, null, null, "absolute"));
            if (proportion) {
                double max = percent ? 100 : 1;
                ConcentrationResult bounded = ConcentrationIndex.compute(conc, 0, max);
                rows.add(row("concentration_index_erreygers", bounded.erreygers(), null, null, null, null, "Erreygers"));
                rows.add(row("concentration_index_wagstaff", bounded.wagstaff(), null, null, null, null, "Wagstaff"));
            }
            if (counts.size() >= 2) {
                double mult = rate ? Double.parseDouble(meta.measure().replaceAll("[^0-9.]", "").isEmpty() ? "1"
                        : meta.measure().replaceAll("[^0-9.]", "")) : percent ? 100 : 1;
                ExtremeGroupComparison e = ExtremeGroups.compare(counts, mult, ConfidenceLevel.of(0.95));
                rows.add(row("ratio_first_last", e.ratio(), e.ratioInterval().lower(), e.ratioInterval().upper(), null, null,
                        "first / last group, crude (from counts)"));
                rows.add(row("difference_first_last", e.difference(), e.differenceInterval().lower(),
                        e.differenceInterval().upper(), null, null, "first − last group, crude (from counts)"));
                Polarity p = "lower".equals(meta.polarity()) ? Polarity.LOWER_IS_BETTER
                        : "higher".equals(meta.polarity()) ? Polarity.HIGHER_IS_BETTER : Polarity.NO_JUDGEMENT;
                if (p != Polarity.NO_JUDGEMENT) {
                    AttributableFraction.Result paf = AttributableFraction.againstBestGroup(counts, p);
                    rows.add(row("paf_best_group", paf.fraction() * 100, null, null, null, null,
                            "% of the crude overall value attributable to not being in the best group"));
                }
            }
        }
        return new ResultTable("inequality " + meta.indicator() + " across " + t.columns().get(0),
                List.of("statistic", "value", "lower_95", "upper_95", "lower_99_8", "upper_99_8", "method"), rows, notes, 3,
                settings.swedish());
    }

    private static List<Object> row(String name, double v, Double lo, Double hi, Double lo2, Double hi2, String method) {
        List<Object> r = new ArrayList<>();
        r.add(name);
        r.add(Double.isNaN(v) ? null : v);
        r.add(lo);
        r.add(hi);
        r.add(lo2);
        r.add(hi2);
        r.add(method);
        return r;
    }
}
