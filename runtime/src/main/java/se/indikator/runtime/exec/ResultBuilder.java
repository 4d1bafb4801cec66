package se.indikator.runtime.exec;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import se.indikator.runtime.ast.Measure;
import se.indikator.runtime.ast.Numbers;
import se.indikator.runtime.ast.Polarity;
import se.indikator.runtime.ast.SuppressRule;
import se.indikator.runtime.model.BreakdownDef;
import se.indikator.runtime.model.IndicatorDef;
import se.indikator.runtime.model.Settings;
import se.indikator.stdlib.compare.PValueAdjustment;
import se.indikator.runtime.result.ResultMeta;
import se.indikator.runtime.result.ResultTable;
import se.indikator.runtime.result.Verdict;
import se.indikator.stdlib.ci.ConfidenceLevel;

/**
 * Builds the tidy result table of an indicator from computed estimates, applying disclosure control
 * first: primary suppression (the indicator's rules, the session's default rule on the numerator, and
 * rules inherent in a method), then secondary suppression of the next smallest group when a single
 * group's count is hidden, so that it cannot be recovered from the total.
 */
public final class ResultBuilder {
    private ResultBuilder() {
    }

    public static ResultTable build(IndicatorExecutor.Computed c, Settings settings, boolean restricted) {
        boolean swedish = settings.swedish();
        IndicatorDef ind = c.plan().indicator();
        List<Double> levels = c.plan().statistic().levels();
        List<String> columns = new ArrayList<>();
        List<BreakdownDef> by = c.plan().breakdowns();
        by.forEach(b -> columns.add(b.name()));
        columns.addAll(List.of("numerator", "denominator", "value"));
        for (double l : levels) {
            String label = ConfidenceLevel.of(l).label();
            columns.add("lower_" + label);
            columns.add("upper_" + label);
        }
        int first = firstLevel(levels);
        int second = secondLevel(levels, first);
        boolean adjusted = !settings.adjust().equals("none") && ind.measure().kind() != Measure.Kind.COUNT;
        columns.addAll(List.of("national", "deviation_pct", "vs_national"));
        if (second >= 0) {
            columns.add("vs_national_" + ConfidenceLevel.of(levels.get(second)).label());
        }
        if (adjusted) {
            columns.addAll(List.of("p_value", "p_adjusted"));
        }
        columns.add("target_met");
        if (ind.target() != null) {
            columns.add("verdict");
        }
        columns.addAll(List.of("method", "note"));

        double defaultBelow = c.plan().suppression().defaultBelow();
        int n = c.groups().size();
        String[] why = new String[n + 1];
        boolean[] hideCount = new boolean[n + 1];
        List<Estimate> all = new ArrayList<>(c.groups());
        all.add(c.total());
        for (int i = 0; i <= n; i++) {
            Estimate e = all.get(i);
            for (SuppressRule r : ind.suppressRules()) {
                if (why[i] == null && r.triggers(e.numerator(), e.denominator())) {
                    why[i] = "suppressed: " + r.describe();
                }
            }
            boolean valued = ind.measure().kind() == Measure.Kind.MEAN || ind.measure().kind() == Measure.Kind.MEDIAN
                    || ind.measure().kind() == Measure.Kind.SURVIVAL;
            double cases = valued ? e.denominator() : e.numerator();
            if (defaultBelow > 0 && cases < defaultBelow) {
                hideCount[i] = !valued;
                if (why[i] == null) {
                    why[i] = "suppressed: " + (valued ? "denominator" : "numerator") + " < " + Numbers.plain(defaultBelow);
                }
            }
            if (why[i] == null && e.inherentSuppression() != null) {
                why[i] = e.inherentSuppression();
            }
        }
        secondary(all, n, why, hideCount);

        Estimate nat = c.national();
        boolean natShown = true;
        double national = nat.value();
        double[] p = new double[n];
        double[] adj = new double[n];
        java.util.Arrays.fill(p, Double.NaN);
        java.util.Arrays.fill(adj, Double.NaN);
        if (adjusted) {
            for (int g = 0; g < n; g++) {
                if (why[g] == null) {
                    p[g] = NationalTest.pValue(all.get(g), national, ind, levels.get(first), first);
                }
            }
            adj = settings.adjust().equals("holm") ? PValueAdjustment.holm(p) : PValueAdjustment.benjaminiHochberg(p);
        }
        Verdicts verdicts = new Verdicts(first, second, adjusted, 1 - levels.get(first));
        List<List<Object>> rows = new ArrayList<>();
        List<String> firstColumn = new ArrayList<>();
        String totalLabel = restricted ? (swedish ? "Totalt" : "Total") : (swedish ? "Riket" : "National");
        rows.add(row(all.get(n), why[n], hideCount[n], by.size(), List.of(totalLabel), national, natShown, levels,
                verdicts, Double.NaN, Double.NaN, ind, true));
        for (int g = 0; g < n; g++) {
            Estimate e = all.get(g);
            if (e.denominator() == 0 && e.numerator() == 0 && !(ind.measure().kind() == Measure.Kind.COUNT)) {
                continue; // an empty combination of categories
            }
            if (Double.isNaN(e.denominator()) && e.numerator() == 0 && ind.measure().kind() == Measure.Kind.COUNT) {
                continue;
            }
            int[] parts = GroupKey.split(g, c.categories().stream().map(List::size).toList());
            List<String> labels = new ArrayList<>();
            for (int k = 0; k < parts.length; k++) {
                labels.add(c.categories().get(k).get(parts[k]));
            }
            rows.add(row(e, why[g], hideCount[g], by.size(), labels, national, natShown, levels, verdicts, p[g], adj[g], ind,
                    false));
        }
        firstColumn.add(totalLabel);
        List<String> notes = new ArrayList<>();
        String title = ind.name() + (ind.title() == null ? "" : " — " + ind.title()) + " (" + ind.measure().describe()
                + (ind.standardisation() == null ? "" : ", " + c.plan().statistic().standardisation()) + ")";
        double target = Double.NaN;
        String comparator = null;
        if (ind.target() != null) {
            target = ind.target().percent() && ind.measure().kind() == Measure.Kind.PERCENT ? ind.target().value() * 100
                    : ind.target().value();
            comparator = ind.target().comparator().symbol;
        }
        ResultMeta meta = new ResultMeta(ind.name(), ind.title(), ind.measure().describe(),
                by.stream().map(BreakdownDef::name).toList(), ind.polarity().keyword(), target, comparator,
                ConfidenceLevel.of(levels.get(first)).label());
        return new ResultTable(title, columns, rows, notes, decimals(ind.measure(), national), swedish).withMeta(meta);
    }

    /** Which levels give the verdict columns and whether adjusted p-values decide the first one. */
    private record Verdicts(int first, int second, boolean adjusted, double alpha) {
    }

    /** The 99.8% level when it is in force besides the first (Fingertips' second level), else -1. */
    private static int secondLevel(List<Double> levels, int first) {
        for (int i = 0; i < levels.size(); i++) {
            if (i != first && Math.abs(levels.get(i) - 0.998) < 1e-12) {
                return i;
            }
        }
        return -1;
    }

    private static int firstLevel(List<Double> levels) {
        for (int i = 0; i < levels.size(); i++) {
            if (Math.abs(levels.get(i) - 0.95) < 1e-12) {
                return i;
            }
        }
        return 0;
    }

    /** Hides the next smallest count when exactly one group's count is hidden. */
    private static void secondary(List<Estimate> all, int n, String[] why, boolean[] hideCount) {
        int hidden = 0;
        for (int g = 0; g < n; g++) {
            if (hideCount[g] && all.get(g).denominator() != 0) {
                hidden++;
            }
        }
        if (hidden != 1 || n < 2) {
            return;
        }
        int best = -1;
        for (int g = 0; g < n; g++) {
            if (!hideCount[g] && all.get(g).denominator() != 0
                    && (best < 0 || all.get(g).numerator() < all.get(best).numerator())) {
                best = g;
            }
        }
        if (best >= 0) {
            hideCount[best] = true;
            why[best] = "suppressed: secondary, protects a small group";
        }
    }

    private static List<Object> row(Estimate e, String why, boolean hideCount, int keys, List<String> labels,
            double national, boolean natShown, List<Double> levels, Verdicts v, double p, double padj, IndicatorDef ind,
            boolean total) {
        int first = v.first();
        List<Object> r = new ArrayList<>();
        for (int k = 0; k < keys; k++) {
            r.add(k < labels.size() ? labels.get(k) : null);
        }
        boolean suppressed = why != null;
        r.add(hideCount ? null : num(e.numerator()));
        r.add(num(e.denominator()));
        r.add(suppressed ? null : num(e.value()));
        for (int i = 0; i < levels.size(); i++) {
            r.add(suppressed ? null : num(e.lower()[i]));
            r.add(suppressed ? null : num(e.upper()[i]));
        }
        r.add(num(national));
        int vsIndex = r.size() + 1;
        boolean compared = ind.measure().kind() != Measure.Kind.COUNT && !suppressed && !Double.isNaN(e.value())
                && !Double.isNaN(national);
        if (!compared) {
            r.add(null);
            r.add(total ? null : "not compared");
            if (v.second() >= 0) {
                r.add(total ? null : "not compared");
            }
        } else {
            r.add(total ? null : national == 0 ? null : (e.value() - national) / national * 100);
            if (v.adjusted()) {
                r.add(total ? null : Double.isNaN(padj) ? "not compared"
                        : padj < v.alpha() ? direction(e.value() > national, ind.polarity()) : "similar");
            } else {
                r.add(total ? null : verdict(e.lower()[first], e.upper()[first], national, ind.polarity()));
            }
            if (v.second() >= 0) {
                r.add(total ? null : verdict(e.lower()[v.second()], e.upper()[v.second()], national, ind.polarity()));
            }
        }
        if (v.adjusted()) {
            r.add(total || !compared ? null : num(p));
            r.add(total || !compared ? null : num(padj));
        }
        String met = suppressed || ind.target() == null || Double.isNaN(e.value()) ? null
                : targetMet(e.value(), ind) ? "yes" : "no";
        r.add(met);
        if (ind.target() != null) {
            String vs = total || !compared ? null : (String) r.get(vsIndex);
            r.add(Verdict.of(vs, met, null, ind.polarity().keyword(), !suppressed && !Double.isNaN(e.value())));
        }
        r.add(e.method());
        r.add(why);
        return r;
    }

    private static Object num(double v) {
        return Double.isNaN(v) ? null : v;
    }

    static String verdict(double lo, double hi, double national, Polarity polarity) {
        if (Double.isNaN(lo) || Double.isNaN(hi)) {
            return "not compared";
        }
        boolean above = lo > national;
        boolean below = hi < national;
        if (!above && !below) {
            return "similar";
        }
        return direction(above, polarity);
    }

    static String direction(boolean above, Polarity polarity) {
        return switch (polarity) {
            case HIGHER -> above ? "better" : "worse";
            case LOWER -> above ? "worse" : "better";
            case NONE -> above ? "higher" : "lower";
        };
    }

    static boolean targetMet(double value, IndicatorDef ind) {
        double v = ind.target().percent() && ind.measure().kind() == Measure.Kind.PERCENT ? value / 100 : value;
        double t = ind.target().value();
        return switch (ind.target().comparator()) {
            case GE -> v >= t;
            case GT -> v > t;
            case LE -> v <= t;
            case LT -> v < t;
            default -> false;
        };
    }

    static int decimals(Measure m, double national) {
        int base = switch (m.kind()) {
            case PROPORTION -> 4;
            case PERCENT, RATE, MEDIAN, SURVIVAL -> 1;
            case RATIO, MEAN -> 2;
            case COUNT -> 0;
        };
        if (m.kind() == Measure.Kind.COUNT || Double.isNaN(national) || national == 0) {
            return base;
        }
        int needed = 2 - (int) Math.floor(Math.log10(Math.abs(national)));
        return Math.min(6, Math.max(base, needed));
    }

    static String[] copy(String[] a) {
        return Arrays.copyOf(a, a.length);
    }
}
