package se.indikator.runtime.statements;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.indikator.runtime.ast.AnalysisOption;
import se.indikator.runtime.ast.AnalysisOption.Kind;
import se.indikator.runtime.ast.Stmt;
import se.indikator.runtime.diag.Diagnostics;
import se.indikator.runtime.ast.Measure;
import se.indikator.runtime.estimate.GroupResult;
import se.indikator.runtime.estimate.IndicatorResult;
import se.indikator.runtime.exec.Estimate;
import se.indikator.runtime.plan.ResultRequest;
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
 * Hidden groups are left out and named; so are residual categories ("Uppgift saknas", declared with
 * {@code when missing} or {@code else}), which are not a step of the gradient.
 */
final class Inequality implements Work {
    private final ResultRequest request;
    private final Simulation sim;
    private final AnalysisOption to;

    private Inequality(ResultRequest request, Simulation sim, AnalysisOption to) {
        this.request = request;
        this.sim = sim;
        this.to = to;
    }

    private static final java.util.EnumSet<Kind> ALLOWED = java.util.EnumSet.of(Kind.TRANSFORM, Kind.CONFIDENCE,
            Kind.REPETITIONS, Kind.SEED, Kind.TO);

    /** The simulation settings of one {@code inequality} statement. */
    record Simulation(List<ConfidenceLevel> levels, int repetitions, long seed, boolean transform) {
        static final Simulation DEFAULT = new Simulation(List.of(ConfidenceLevel.of(0.95), ConfidenceLevel.of(0.998)),
                10_000, SiiOptions.DEFAULT_SEED, false);
    }

    static Optional<Work> check(Stmt.Inequality s, Context c) {
        Diagnostics d = c.diagnostics();
        long errors = d.errorCount();
        AnalysisOptions o = AnalysisOptions.check(s.options(), ALLOWED, "inequality IND across B", d);
        Optional<ResultRequest> req = c.request(s.indicator(), List.of(s.across()), null)
                .filter(q -> !RollingRefusal.refused(q, 0, s.across(), "inequality", c.diagnostics()));
        if (req.isEmpty() || WeightedRefusal.refused(req.get().indicator(), s.indicator(), "inequality", d)
                || DerivedRefusal.refused(req.get().indicator(), s.indicator(), "inequality", d)) {
            return Optional.empty();
        }
        int repetitions = o.get(Kind.REPETITIONS).map(x -> (int) x.number()).orElse(Simulation.DEFAULT.repetitions());
        if (repetitions < 1000) {
            d.error("E396", o.get(Kind.REPETITIONS).orElseThrow().span(), "at least 1000 repetitions are needed",
                    "the default is 10000");
        }
        se.indikator.runtime.ast.Measure.Kind k = req.get().indicator().measure().kind();
        boolean rateOrProportion = k == se.indikator.runtime.ast.Measure.Kind.RATE
                || k == se.indikator.runtime.ast.Measure.Kind.RATIO || k == se.indikator.runtime.ast.Measure.Kind.PROPORTION
                || k == se.indikator.runtime.ast.Measure.Kind.PERCENT;
        if (o.has(Kind.TRANSFORM) && !rateOrProportion) {
            d.error("E395", o.get(Kind.TRANSFORM).orElseThrow().span(),
                    "'transform' analyses rates on the log scale and proportions on the logit scale",
                    "leave 'transform' out for " + req.get().indicator().measure().describe());
        }
        if (d.errorCount() > errors) {
            return Optional.empty();
        }
        Simulation sim = new Simulation(o.levels(List.of(0.95, 0.998)).stream().map(ConfidenceLevel::of).toList(),
                repetitions, o.get(Kind.SEED).map(x -> (long) x.number()).orElse(SiiOptions.DEFAULT_SEED),
                o.has(Kind.TRANSFORM));
        return Optional.of(new Inequality(req.get(), sim, o.get(Kind.TO).orElse(null)));
    }

    @Override
    public List<ResultRequest> requests() {
        return List.of(request);
    }

    @Override
    public void present(Results results, Presenter out) {
        results.get(0, out).ifPresent(r -> {
            ResultTable table = build(r, sim);
            if (to != null) {
                out.write(table, to.text(), to.span());
            } else {
                out.table(table);
            }
        });
    }

    static ResultTable build(IndicatorResult r, Simulation sim) {
        Measure.Kind kind = r.indicator().measure().kind();
        boolean rate = kind == Measure.Kind.RATE || kind == Measure.Kind.RATIO;
        boolean percent = kind == Measure.Kind.PERCENT;
        boolean proportion = kind == Measure.Kind.PROPORTION || percent;
        String across = r.breakdowns().get(0).name();
        int level95 = r.levels().indexOf(0.95);
        List<SiiGroup> sii = new ArrayList<>();
        List<ConcentrationIndex.Group> conc = new ArrayList<>();
        List<GroupCount> counts = new ArrayList<>();
        List<String> left = new ArrayList<>();
        List<String> residual = new ArrayList<>();
        int q = 0;
        List<String> suppressed = new ArrayList<>();
        for (GroupResult g : r.groups()) {
            String label = r.label(g, 0);
            if (r.breakdowns().get(0).isResidual(label)) {
                residual.add(label);
                continue;
            }
            Estimate e = g.estimate();
            double lo = level95 < 0 ? Double.NaN : e.lower()[level95];
            double hi = level95 < 0 ? Double.NaN : e.upper()[level95];
            if (g.disclosure().valueHidden() && g.disclosure().status() != se.indikator.runtime.estimate.Disclosure.Status.NOT_COMPUTED) {
                suppressed.add(label);
                continue;
            }
            if (Double.isNaN(e.value()) || Double.isNaN(lo) || Double.isNaN(hi) || Double.isNaN(e.denominator())) {
                left.add(label);
                continue;
            }
            q++;
            double v = e.value();
            double den = e.denominator();
            double scale = percent && sim.transform() ? 100 : 1;
            sii.add(SiiGroup.withLimits(q, den, v / scale, lo / scale, hi / scale, ConfidenceLevel.of(0.95)));
            conc.add(new ConcentrationIndex.Group(q, den, v));
            if (!g.disclosure().countHidden()) {
                counts.add(new GroupCount(q, e.numerator(), den));
            }
        }
        List<String> notes = new ArrayList<>();
        notes.add("groups in the order of '" + across + "' (" + q + " used); SII/RII by PHE's method, "
                + sim.repetitions() + " simulations (seed " + sim.seed() + ")"
                + (sim.transform() ? (rate ? ", log scale" : ", logit scale") : ""));
        if (!residual.isEmpty()) {
            notes.add("left out, not a step of the gradient (missing or other values): " + String.join(", ", residual));
        }
        if (!left.isEmpty()) {
            notes.add("left out (no value): " + String.join(", ", left));
        }
        if (!suppressed.isEmpty()) {
            notes.add("left out (suppressed, so that the measures do not reveal them): " + String.join(", ", suppressed));
        }
        List<List<Object>> rows = new ArrayList<>();
        if (q >= 2) {
            SiiValueType type = rate ? SiiValueType.RATE
                    : proportion && (!percent || sim.transform()) ? SiiValueType.PROPORTION : SiiValueType.DEFAULT;
            SiiResult res = SlopeIndexOfInequality.compute(sii, new SiiOptions(type, sim.transform(),
                    percent && sim.transform() ? 100 : 1, sim.levels(), sim.repetitions(), sim.seed()));
            List<Object> siiRow = row("sii", res.sii(), null, null, null, null, "slope index of inequality (PHE)");
            List<Object> riiRow = row("rii", res.rii(), null, null, null, null, "relative index of inequality (PHE)");
            for (int l = 0; l < sim.levels().size(); l++) {
                SiiResult.Limits lim = res.intervals().get(l);
                siiRow.set(2 + 2 * l, lim.sii().lower());
                siiRow.set(3 + 2 * l, lim.sii().upper());
                riiRow.set(2 + 2 * l, lim.rii().lower());
                riiRow.set(3 + 2 * l, lim.rii().upper());
            }
            rows.add(siiRow);
            rows.add(riiRow);
            notes.add(direction(res, sim.levels().get(0), across, r.indicator().polarity().keyword()));
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
                double mult = rate ? r.indicator().measure().multiplier() : percent ? 100 : 1;
                ExtremeGroupComparison e = ExtremeGroups.compare(counts, mult, sim.levels().get(0));
                rows.add(row("ratio_first_last", e.ratio(), e.ratioInterval().lower(), e.ratioInterval().upper(), null, null,
                        "first / last group, crude (from counts)"));
                rows.add(row("difference_first_last", e.difference(), e.differenceInterval().lower(),
                        e.differenceInterval().upper(), null, null, "first − last group, crude (from counts)"));
                Polarity p = switch (r.indicator().polarity()) {
                    case LOWER -> Polarity.LOWER_IS_BETTER;
                    case HIGHER -> Polarity.HIGHER_IS_BETTER;
                    case NONE -> Polarity.NO_JUDGEMENT;
                };
                if (p != Polarity.NO_JUDGEMENT) {
                    AttributableFraction.Result paf = AttributableFraction.againstBestGroup(counts, p);
                    rows.add(row("paf_best_group", paf.fraction() * 100, null, null, null, null,
                            "% of the crude overall value attributable to not being in the best group"));
                }
            }
        }
        List<String> columns = new ArrayList<>(List.of("statistic", "value"));
        for (ConfidenceLevel l : sim.levels()) {
            columns.add("lower_" + l.label());
            columns.add("upper_" + l.label());
        }
        columns.add("method");
        // the extreme-group rows carry an interval at the first level only; the other pairs are blank
        for (List<Object> row : rows) {
            while (row.size() < columns.size()) {
                row.add(row.size() - 1, null);
            }
            while (row.size() > columns.size()) {
                row.remove(row.size() - 2);
            }
        }
        return new ResultTable("inequality " + r.indicator().name() + " across " + across, columns, rows, notes, 3,
                r.settings().swedish());
    }

    /**
     * The gradient's direction read by polarity: whether the SII's interval excludes 0, which way the
     * values run from the first group to the last, and which end fares better.
     */
    static String direction(SiiResult r, ConfidenceLevel level, String across, String polarity) {
        var i = r.intervals().get(0).sii();
        if (!(i.lower() > 0) && !(i.upper() < 0)) {
            return "gradient: no significant gradient across '" + across + "' (the SII's " + level.label()
                    + "% interval includes 0)";
        }
        boolean rising = i.lower() > 0;
        String run = "gradient: values " + (rising ? "rise" : "fall") + " from the first to the last group of '" + across + "'";
        return switch (polarity) {
            case "higher" -> run + "; with polarity higher, the " + (rising ? "first" : "last") + " groups fare worse";
            case "lower" -> run + "; with polarity lower, the " + (rising ? "last" : "first") + " groups fare worse";
            default -> run + " (polarity none: not judged)";
        };
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
