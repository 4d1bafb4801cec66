package se.indikator.runtime.statements;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.indikator.runtime.ast.Measure;
import se.indikator.runtime.ast.Name;
import se.indikator.runtime.ast.StandardisationSpec;
import se.indikator.runtime.ast.Stmt;
import se.indikator.runtime.diag.Diagnostic;
import se.indikator.runtime.diag.Suggest;
import se.indikator.runtime.estimate.GroupResult;
import se.indikator.runtime.estimate.IndicatorResult;
import se.indikator.runtime.estimate.ResultEstimator;
import se.indikator.runtime.exec.Estimate;
import se.indikator.runtime.model.BreakdownDef;
import se.indikator.runtime.model.IndicatorDef;
import se.indikator.runtime.plan.ResultRequest;
import se.indikator.runtime.result.ResultTable;
import se.indikator.stdlib.ci.ConfidenceLevel;
import se.indikator.stdlib.compare.Effect;
import se.indikator.stdlib.compare.HeterogeneityTest;
import se.indikator.stdlib.compare.ProportionDifference;
import se.indikator.stdlib.compare.ProportionRatio;
import se.indikator.stdlib.compare.RateDifference;
import se.indikator.stdlib.compare.RateRatio;
import se.indikator.stdlib.compare.StandardisedRateComparison;
import se.indikator.stdlib.compare.ZTest;

/**
 * {@code compare IND across B [within W] [reference "X"]}: each group of B against the reference group (within
 * each category of W), with the difference and ratio and their intervals, a two-sided p-value, and the χ²
 * test of heterogeneity across B. Proportions: Newcombe's hybrid score interval for the difference, Katz's
 * log interval for the ratio, pooled z-test. Rates: normal interval for the difference, log-normal for the
 * ratio and its z-test. Directly standardised rates: the same from the DSRs' Poisson variances. The
 * reference group is the first category of B that is not a residual one ("Uppgift saknas"); a group whose
 * value is hidden in the indicator's own table is not compared, nor counted in the heterogeneity test.
 */
final class Compare implements Work {
    private final ResultRequest request;
    private final Stmt.Compare statement;

    private Compare(ResultRequest request, Stmt.Compare statement) {
        this.request = request;
        this.statement = statement;
    }

    static Optional<Work> check(Stmt.Compare s, Context c) {
        List<Name> by = s.within() == null ? List.of(s.across()) : List.of(s.within(), s.across());
        Optional<ResultRequest> r = c.request(s.indicator(), by, null);
        if (r.isEmpty()) {
            return Optional.empty();
        }
        if (RollingRefusal.refused(r.get(), r.get().by().size() - 1, s.across(), "compare", c.diagnostics())) {
            return Optional.empty();
        }
        IndicatorDef ind = r.get().indicator();
        if (DerivedRefusal.refused(ind, s.indicator(), "compare", c.diagnostics())) {
            return Optional.empty();
        }
        Measure.Kind kind = ind.measure().kind();
        StandardisationSpec std = ind.standardisation();
        boolean indirect = std != null && std.method() == StandardisationSpec.Method.INDIRECT;
        if (ind.weight() != null) {
            c.diagnostics().error("E330", s.indicator().span(), "'compare' does not apply to a survey-weighted "
                    + ind.measure().describe() + ": its tests count respondents, not weighted estimates",
                    "show the indicator: each group is compared with the country by a z-test on the weighted estimates");
            return Optional.empty();
        }
        if (kind == Measure.Kind.MEAN || kind == Measure.Kind.MEDIAN || kind == Measure.Kind.PERCENTILE || kind == Measure.Kind.COUNT
                || kind == Measure.Kind.SURVIVAL || indirect) {
            c.diagnostics().error("E330", s.indicator().span(), "'compare' does not apply to "
                    + (indirect ? "indirectly standardised ratios" : "a " + ind.measure().describe()),
                    "compare proportions, percentages, rates, ratios or directly standardised rates");
            return Optional.empty();
        }
        BreakdownDef across = r.get().by().get(r.get().by().size() - 1);
        if (s.reference() != null && across.hasFixedCategories()) {
            if (!across.categories().contains(s.reference())) {
                c.diagnostics().error("E331", s.span(), "the reference \"" + s.reference() + "\" is not a category of '"
                        + across.name() + "'", Suggest.hint(s.reference(), across.categories(), "category"));
                return Optional.empty();
            }
            if (across.isResidual(s.reference())) {
                c.diagnostics().error("E332", s.span(), "\"" + s.reference() + "\" collects the rows of '" + across.name()
                        + "' with missing or other values; it is not a group to compare with",
                        "name a category that is a group, e.g. \"" + across.categories().stream()
                                .filter(x -> !across.isResidual(x)).findFirst().orElse("") + "\"");
                return Optional.empty();
            }
        }
        return Optional.of(new Compare(r.get(), s));
    }

    @Override
    public List<ResultRequest> requests() {
        return List.of(request);
    }

    @Override
    public void present(Results results, Presenter out) {
        results.get(0, out).ifPresent(r -> {
            BreakdownDef across = r.breakdowns().get(r.breakdowns().size() - 1);
            List<String> cats = r.categories().get(r.breakdowns().size() - 1);
            int ref = statement.reference() == null ? firstGroup(across, cats) : cats.indexOf(statement.reference());
            if (ref < 0) {
                out.message(Diagnostic.error("E331", statement.span(), "the reference \"" + statement.reference()
                        + "\" is not a category of '" + across.name() + "'", "its categories are: " + String.join(", ", cats)));
                return;
            }
            out.table(table(r, ref, statement.within() != null), r.plan());
        });
    }

    private static int firstGroup(BreakdownDef across, List<String> cats) {
        for (int i = 0; i < cats.size(); i++) {
            if (!across.isResidual(cats.get(i))) {
                return i;
            }
        }
        return 0;
    }

    static ResultTable table(IndicatorResult res, int ref, boolean within) {
        IndicatorDef ind = res.indicator();
        Measure.Kind kind = ind.measure().kind();
        List<String> across = res.categories().get(within ? 1 : 0);
        List<String> outer = within ? res.categories().get(0) : List.of("");
        List<Double> levels = res.levels();
        List<String> columns = new ArrayList<>();
        if (within) {
            columns.add(res.breakdowns().get(0).name());
        }
        columns.add(res.breakdowns().get(within ? 1 : 0).name());
        columns.addAll(List.of("reference", "value", "reference_value", "difference"));
        for (int i = 0; i < levels.size(); i++) {
            columns.add("difference_lower_" + res.levelLabel(i));
            columns.add("difference_upper_" + res.levelLabel(i));
        }
        columns.add("ratio");
        for (int i = 0; i < levels.size(); i++) {
            columns.add("ratio_lower_" + res.levelLabel(i));
            columns.add("ratio_upper_" + res.levelLabel(i));
        }
        columns.addAll(List.of("p_value", "chi2", "df", "p_heterogeneity", "method", "note"));
        boolean proportion = kind == Measure.Kind.PROPORTION || kind == Measure.Kind.PERCENT;
        boolean direct = ind.standardisation() != null;
        double m = ind.measure().multiplier();
        List<List<Object>> rows = new ArrayList<>();
        for (int o = 0; o < outer.size(); o++) {
            GroupResult r = group(res, within, o, ref);
            List<Estimate> present = new ArrayList<>();
            for (int a = 0; a < across.size(); a++) {
                GroupResult g = group(res, within, o, a);
                if (g != null && !g.disclosure().valueHidden() && g.estimate().denominator() > 0
                        && !Double.isNaN(g.estimate().value())) {
                    present.add(g.estimate());
                }
            }
            HeterogeneityTest het = present.size() < 2 || direct ? null
                    : proportion ? HeterogeneityTest.proportions(num(present), den(present))
                    : HeterogeneityTest.rates(num(present), den(present));
            for (int a = 0; a < across.size(); a++) {
                if (a == ref) {
                    continue;
                }
                GroupResult g = group(res, within, o, a);
                if (g == null && r == null) {
                    continue;
                }
                List<Object> row = new ArrayList<>();
                if (within) {
                    row.add(outer.get(o));
                }
                row.add(across.get(a));
                row.add(across.get(ref));
                String hidden = hidden(g, r);
                if (hidden != null) {
                    int blanks = 3 + 2 * levels.size() + 1 + 2 * levels.size() + 1 + 3;
                    for (int k = 0; k < blanks; k++) {
                        row.add(null);
                    }
                    row.add("");
                    row.add(hidden);
                    rows.add(row);
                    continue;
                }
                Estimate e = g.estimate();
                Estimate rr = r.estimate();
                row.add(e.value());
                row.add(rr.value());
                List<Effect> diff = new ArrayList<>();
                List<Effect> ratio = new ArrayList<>();
                for (double l : levels) {
                    ConfidenceLevel level = ConfidenceLevel.of(l);
                    if (direct) {
                        diff.add(StandardisedRateComparison.difference(e.value(), e.variance(), rr.value(), rr.variance(), level));
                        ratio.add(StandardisedRateComparison.ratio(e.value(), e.variance(), rr.value(), rr.variance(), level));
                    } else if (proportion) {
                        diff.add(ProportionDifference.newcombeHybrid(e.numerator(), e.denominator(), rr.numerator(),
                                rr.denominator(), level).scaled(m));
                        ratio.add(ProportionRatio.katz(e.numerator(), e.denominator(), rr.numerator(), rr.denominator(), level));
                    } else {
                        diff.add(RateDifference.normal(e.numerator(), e.denominator(), rr.numerator(), rr.denominator(), m, level));
                        ratio.add(RateRatio.logNormal(e.numerator(), e.denominator(), rr.numerator(), rr.denominator(), level));
                    }
                }
                double p;
                String method;
                if (direct) {
                    p = StandardisedRateComparison.pValue(e.value(), e.variance(), rr.value(), rr.variance());
                    method = "dsr ratio log-normal, difference normal";
                } else if (proportion) {
                    p = pooledZ(e.numerator(), e.denominator(), rr.numerator(), rr.denominator());
                    method = "newcombe, katz, z-test";
                } else {
                    p = e.numerator() > 0 && rr.numerator() > 0 ? ZTest.twoSidedP(Math.log(e.value() / rr.value()), 0,
                            Math.sqrt(1 / e.numerator() + 1 / rr.numerator())) : Double.NaN;
                    method = "rate ratio log-normal, difference normal";
                }
                row.add(diff.get(0).value());
                for (Effect d : diff) {
                    row.add(nan(d.interval().lower()));
                    row.add(nan(d.interval().upper()));
                }
                row.add(nan(ratio.get(0).value()));
                for (Effect q : ratio) {
                    row.add(nan(q.interval().lower()));
                    row.add(nan(q.interval().upper()));
                }
                row.add(nan(p));
                row.add(het == null ? null : het.statistic());
                row.add(het == null ? null : (double) het.degreesOfFreedom());
                row.add(het == null ? null : het.pValue());
                row.add(method);
                row.add(null);
                rows.add(row);
            }
        }
        String title = "compare " + ind.name() + " across " + res.breakdowns().get(within ? 1 : 0).name()
                + (within ? " within " + res.breakdowns().get(0).name() : "") + " (" + ind.measure().describe() + ")";
        List<String> notes = new ArrayList<>();
        BreakdownDef acrossDef = res.breakdowns().get(within ? 1 : 0);
        List<String> residual = across.stream().filter(acrossDef::isResidual).toList();
        notes.add("reference group: " + across.get(ref) + (residual.isEmpty() ? ""
                : "; " + String.join(", ", residual) + " collects missing or other values"));
        return new ResultTable(title, columns, rows, notes, ResultEstimator.decimals(ind.measure(),
                res.national().shownValue()), res.settings().swedish());
    }

    private static GroupResult group(IndicatorResult res, boolean within, int o, int a) {
        return res.groupAt(within ? List.of(o, a) : List.of(a)).orElse(null);
    }

    /** Why a comparison is not shown: one of its two groups is hidden, empty or has no value; null when it is shown. */
    private static String hidden(GroupResult g, GroupResult r) {
        for (GroupResult x : java.util.Arrays.asList(g, r)) {
            if (x == null) {
                return "not compared: no rows";
            }
            if (x.disclosure().valueHidden()) {
                return x == g ? x.disclosure().reason() : "reference group " + x.disclosure().reason();
            }
            if (Double.isNaN(x.estimate().value())) {
                return "not compared: no value";
            }
        }
        return null;
    }


    private static Object nan(double v) {
        return Double.isNaN(v) || Double.isInfinite(v) ? null : v;
    }

    private static double pooledZ(double x1, double n1, double x2, double n2) {
        double p = (x1 + x2) / (n1 + n2);
        double se = Math.sqrt(p * (1 - p) * (1 / n1 + 1 / n2));
        return se > 0 ? ZTest.twoSidedP(x1 / n1 - x2 / n2, 0, se) : Double.NaN;
    }

    private static double[] num(List<Estimate> es) {
        return es.stream().mapToDouble(Estimate::numerator).toArray();
    }

    private static double[] den(List<Estimate> es) {
        return es.stream().mapToDouble(Estimate::denominator).toArray();
    }
}
