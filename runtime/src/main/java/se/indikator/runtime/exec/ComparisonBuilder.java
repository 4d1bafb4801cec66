package se.indikator.runtime.exec;

import java.util.ArrayList;
import java.util.List;
import se.indikator.runtime.ast.Measure;
import se.indikator.runtime.ast.StandardisationSpec;
import se.indikator.runtime.diag.Diagnostic;
import se.indikator.runtime.diag.Span;
import se.indikator.runtime.model.IndicatorDef;
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
 * The table of {@code compare IND across B [within W] [reference "X"]}: each group of B against the
 * reference group (within each category of W), with the difference and ratio and their intervals, a
 * two-sided p-value, and the χ² test of heterogeneity across B. Proportions: Newcombe's hybrid score
 * interval for the difference, Katz's log interval for the ratio, pooled z-test. Rates: normal
 * interval for the difference, log-normal for the ratio and its z-test. Directly standardised rates:
 * the same from the DSRs' Poisson variances.
 */
public final class ComparisonBuilder {
    private ComparisonBuilder() {
    }

    /** The table, or the reason it cannot be made (as a diagnostic at {@code where}). */
    public record Built(ResultTable table, Diagnostic problem) {
    }

    public static Built build(IndicatorExecutor.Computed c, String reference, boolean within, Span where,
            boolean swedish) {
        IndicatorDef ind = c.plan().indicator();
        Measure.Kind kind = ind.measure().kind();
        StandardisationSpec std = ind.standardisation();
        boolean indirect = std != null && std.method() == StandardisationSpec.Method.INDIRECT;
        if (kind == Measure.Kind.MEAN || kind == Measure.Kind.MEDIAN || kind == Measure.Kind.COUNT || indirect) {
            return new Built(null, Diagnostic.error("E330", where, "'compare' does not apply to "
                    + (indirect ? "indirectly standardised ratios" : "a " + ind.measure().describe()),
                    "compare proportions, percentages, rates, ratios or directly standardised rates"));
        }
        List<String> across = c.categories().get(within ? 1 : 0);
        List<String> outer = within ? c.categories().get(0) : List.of("");
        int ref = reference == null ? 0 : across.indexOf(reference);
        if (ref < 0) {
            return new Built(null, Diagnostic.error("E331", where, "the reference \"" + reference
                    + "\" is not a category of '" + c.plan().breakdowns().get(within ? 1 : 0).name() + "'",
                    "its categories are: " + String.join(", ", across)));
        }
        List<Double> levels = c.plan().statistic().levels();
        List<String> columns = new ArrayList<>();
        if (within) {
            columns.add(c.plan().breakdowns().get(0).name());
        }
        columns.add(c.plan().breakdowns().get(within ? 1 : 0).name());
        columns.addAll(List.of("reference", "value", "reference_value", "difference"));
        for (double l : levels) {
            String lab = ConfidenceLevel.of(l).label();
            columns.add("difference_lower_" + lab);
            columns.add("difference_upper_" + lab);
        }
        columns.add("ratio");
        for (double l : levels) {
            String lab = ConfidenceLevel.of(l).label();
            columns.add("ratio_lower_" + lab);
            columns.add("ratio_upper_" + lab);
        }
        columns.addAll(List.of("p_value", "chi2", "df", "p_heterogeneity", "method", "note"));
        boolean proportion = kind == Measure.Kind.PROPORTION || kind == Measure.Kind.PERCENT;
        boolean direct = std != null;
        java.util.Map<List<String>, String> shown = suppressionNotes(c, swedish);
        double m = ind.measure().multiplier();
        List<List<Object>> rows = new ArrayList<>();
        for (int o = 0; o < outer.size(); o++) {
            int base = o * across.size();
            Estimate r = c.groups().get(base + ref);
            List<Estimate> present = new ArrayList<>();
            for (int a = 0; a < across.size(); a++) {
                Estimate e = c.groups().get(base + a);
                if (e.denominator() > 0 && !Double.isNaN(e.value())) {
                    present.add(e);
                }
            }
            HeterogeneityTest het = present.size() < 2 || direct ? null
                    : proportion ? HeterogeneityTest.proportions(num(present), den(present))
                    : HeterogeneityTest.rates(num(present), den(present));
            for (int a = 0; a < across.size(); a++) {
                if (a == ref) {
                    continue;
                }
                Estimate e = c.groups().get(base + a);
                if (!(e.denominator() > 0) && !(r.denominator() > 0)) {
                    continue;
                }
                List<Object> row = new ArrayList<>();
                if (within) {
                    row.add(outer.get(o));
                }
                row.add(across.get(a));
                row.add(across.get(ref));
                String hidden = hidden(e, r, c.plan().suppression().defaultBelow(), ind);
                List<String> key = within ? List.of(outer.get(o), across.get(a)) : List.of(across.get(a));
                List<String> refKey = within ? List.of(outer.get(o), across.get(ref)) : List.of(across.get(ref));
                if (hidden == null && (shown.get(key) != null || shown.get(refKey) != null)) {
                    hidden = shown.get(key) != null ? shown.get(key) : shown.get(refKey);
                }
                if (hidden != null) {
                    int blanks = 3 + 2 * levels.size() + 1 + 2 * levels.size() + 1;
                    for (int k = 0; k < blanks; k++) {
                        row.add(null);
                    }
                    row.add(null);
                    row.add(null);
                    row.add(null);
                    row.add("");
                    row.add(hidden);
                    rows.add(row);
                    continue;
                }
                row.add(e.value());
                row.add(r.value());
                List<Effect> diff = new ArrayList<>();
                List<Effect> ratio = new ArrayList<>();
                double p;
                String method;
                for (double l : levels) {
                    ConfidenceLevel level = ConfidenceLevel.of(l);
                    if (direct) {
                        diff.add(StandardisedRateComparison.difference(e.value(), e.variance(), r.value(), r.variance(), level));
                        ratio.add(StandardisedRateComparison.ratio(e.value(), e.variance(), r.value(), r.variance(), level));
                    } else if (proportion) {
                        diff.add(scaled(ProportionDifference.newcombeHybrid(e.numerator(), e.denominator(), r.numerator(),
                                r.denominator(), level), m));
                        ratio.add(ProportionRatio.katz(e.numerator(), e.denominator(), r.numerator(), r.denominator(), level));
                    } else {
                        diff.add(RateDifference.normal(e.numerator(), e.denominator(), r.numerator(), r.denominator(), m, level));
                        ratio.add(RateRatio.logNormal(e.numerator(), e.denominator(), r.numerator(), r.denominator(), level));
                    }
                }
                if (direct) {
                    p = StandardisedRateComparison.pValue(e.value(), e.variance(), r.value(), r.variance());
                    method = "dsr ratio log-normal, difference normal";
                } else if (proportion) {
                    p = pooledZ(e.numerator(), e.denominator(), r.numerator(), r.denominator());
                    method = "newcombe, katz, z-test";
                } else {
                    p = e.numerator() > 0 && r.numerator() > 0 ? ZTest.twoSidedP(Math.log(e.value() / r.value()), 0,
                            Math.sqrt(1 / e.numerator() + 1 / r.numerator())) : Double.NaN;
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
        String title = "compare " + ind.name() + " across " + c.plan().breakdowns().get(within ? 1 : 0).name()
                + (within ? " within " + c.plan().breakdowns().get(0).name() : "") + " (" + ind.measure().describe() + ")";
        return new Built(new ResultTable(title, columns, rows, List.of(), ResultBuilder.decimals(ind.measure(),
                c.national() == null ? Double.NaN : c.national().value()), swedish), null);
    }

    /** The note of each group row in the indicator's own table (so comparisons never reveal a hidden value). */
    private static java.util.Map<List<String>, String> suppressionNotes(IndicatorExecutor.Computed c, boolean swedish) {
        ResultTable t = ResultBuilder.build(c, se.indikator.runtime.model.Settings.DEFAULT.withLanguage(swedish ? "sv" : "en"), false);
        int keys = c.plan().breakdowns().size();
        int note = t.columnIndex("note");
        java.util.Map<List<String>, String> out = new java.util.HashMap<>();
        for (List<Object> row : t.rows().subList(1, t.rows().size())) {
            List<String> key = new ArrayList<>();
            for (int k = 0; k < keys; k++) {
                key.add(String.valueOf(row.get(k)));
            }
            Object n = row.get(note);
            if (n != null && row.get(t.columnIndex("value")) == null) {
                out.put(key, n.toString());
            }
        }
        return out;
    }

    private static String hidden(Estimate e, Estimate r, double defaultBelow, IndicatorDef ind) {
        for (Estimate x : List.of(e, r)) {
            if (defaultBelow > 0 && x.numerator() < defaultBelow) {
                return "suppressed: a group's numerator < " + se.indikator.runtime.ast.Numbers.plain(defaultBelow);
            }
            for (var rule : ind.suppressRules()) {
                if (rule.triggers(x.numerator(), x.denominator())) {
                    return "suppressed: " + rule.describe();
                }
            }
            if (x.inherentSuppression() != null) {
                return x.inherentSuppression();
            }
            if (Double.isNaN(x.value())) {
                return "not compared: no value";
            }
        }
        return null;
    }

    private static Effect scaled(Effect e, double m) {
        return new Effect(e.value() * m, e.interval().scaled(m), e.level(), e.method());
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
