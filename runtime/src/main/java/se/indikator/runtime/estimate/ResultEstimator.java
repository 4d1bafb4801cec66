package se.indikator.runtime.estimate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import se.indikator.runtime.ast.Measure;
import se.indikator.runtime.exec.Estimate;
import se.indikator.runtime.exec.GroupKey;
import se.indikator.runtime.exec.IndicatorExecutor;
import se.indikator.runtime.model.IndicatorDef;
import se.indikator.runtime.model.Settings;
import se.indikator.runtime.plan.QueryPlan;
import se.indikator.runtime.plan.ReferenceRule;
import se.indikator.stdlib.compare.PValueAdjustment;

/**
 * Turns what was computed for a request into its typed result: lays out the rows (the national reference
 * and its slices, the selected units' total, the groups), decides what may be published of each
 * ({@link TableProtection}), and compares every row that has a reference with it — the percentage
 * deviation, the comparison at the first and second level (or by adjusted p-values), the target and the
 * verdict. One rule for every consumer: the reference of a row is the row of the country with the same
 * categories of the breakdowns the {@link ReferenceRule} keeps.
 */
public final class ResultEstimator {
    private ResultEstimator() {
    }

    /** The typed result with the table's own disclosure control only. */
    public static IndicatorResult build(IndicatorExecutor.Computed c, Settings settings) {
        return build(c, settings, DisclosureGuard.NONE, new ArrayList<>());
    }

    /**
     * The typed result, its disclosure decided by the table's own rules and then by {@code guard} (the run's
     * ledger); the guard's notices are added to {@code notices}.
     */
    public static IndicatorResult build(IndicatorExecutor.Computed c, Settings settings, DisclosureGuard guard,
            List<se.indikator.runtime.diag.Diagnostic> notices) {
        QueryPlan plan = c.plan();
        IndicatorDef ind = plan.indicator();
        ReferenceRule rule = plan.rule();
        List<Double> levels = plan.statistic().levels();
        int n = plan.breakdowns().size();
        List<Integer> sizes = c.categories().stream().map(List::size).toList();
        List<Integer> all = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            all.add(-1);
        }

        List<GroupResult.Role> roles = new ArrayList<>();
        List<List<Integer>> keys = new ArrayList<>();
        List<Estimate> estimates = new ArrayList<>();
        List<Integer> referenceIndex = new ArrayList<>(); // per row: the row it is compared with, or -1
        boolean self = rule == null || rule.selfReferenced();
        roles.add(GroupResult.Role.REFERENCE);
        keys.add(all);
        estimates.add(c.referenceTotal());
        referenceIndex.add(-1);
        int[] referenceRowOfGroup = new int[c.referenceGroups().size()];
        Arrays.fill(referenceRowOfGroup, 0);
        if (plan.reference() != null) {
            List<Integer> keptSizes = rule.kept().stream().map(sizes::get).toList();
            for (int rg = 0; rg < c.referenceGroups().size(); rg++) {
                Estimate e = c.referenceGroups().get(rg);
                if (empty(e, ind)) {
                    continue;
                }
                int[] parts = GroupKey.split(rg, keptSizes);
                List<Integer> k = new ArrayList<>(all);
                for (int i = 0; i < parts.length; i++) {
                    k.set(rule.kept().get(i), parts[i]);
                }
                referenceRowOfGroup[rg] = roles.size();
                roles.add(GroupResult.Role.REFERENCE);
                keys.add(k);
                estimates.add(e);
                referenceIndex.add(-1);
            }
        }
        if (rule != null && rule.restricted()) {
            roles.add(GroupResult.Role.TOTAL);
            keys.add(all);
            estimates.add(c.total());
            referenceIndex.add(0);
        }
        for (int g = 0; g < c.groups().size(); g++) {
            Estimate e = c.groups().get(g);
            if (empty(e, ind)) {
                continue;
            }
            int[] parts = GroupKey.split(g, sizes);
            List<Integer> k = new ArrayList<>();
            for (int p : parts) {
                k.add(p);
            }
            roles.add(self ? GroupResult.Role.REFERENCE : GroupResult.Role.GROUP);
            keys.add(k);
            estimates.add(e);
            referenceIndex.add(self ? -1 : plan.reference() == null || rule.kept().isEmpty() ? 0
                    : referenceRowOfGroup[rule.referenceGroup(parts, sizes)]);
        }

        int rows = estimates.size();
        Disclosure[] disclosure = new Disclosure[rows];
        double defaultBelow = plan.suppression().defaultBelow();
        for (int i = 0; i < rows; i++) {
            disclosure[i] = TableProtection.primary(estimates.get(i), ind, defaultBelow);
        }
        TableProtection.secondary(estimates, disclosure, families(roles, referenceIndex));
        notices.addAll(guard.protect(new ResultLayout(plan, c.categories(), roles, keys, estimates, referenceIndex, settings),
                disclosure));

        int first = firstLevel(levels);
        int second = secondLevel(levels, first);
        boolean adjusted = !settings.adjust().equals("none") && ind.measure().kind() != Measure.Kind.COUNT;
        double[] p = new double[rows];
        Arrays.fill(p, Double.NaN);
        boolean[] compared = new boolean[rows];
        for (int i = 0; i < rows; i++) {
            int r = referenceIndex.get(i);
            compared[i] = r >= 0 && ind.measure().kind() != Measure.Kind.COUNT && !disclosure[i].valueHidden()
                    && !disclosure[r].valueHidden() && !Double.isNaN(estimates.get(i).value())
                    && !Double.isNaN(estimates.get(r).value());
            if (compared[i] && adjusted) {
                p[i] = ReferenceTest.pValue(estimates.get(i), estimates.get(r), ind, levels.get(first), first);
            }
        }
        double[] adj = adjusted ? (settings.adjust().equals("holm") ? PValueAdjustment.holm(p)
                : PValueAdjustment.benjaminiHochberg(p)) : p;
        double alpha = 1 - levels.get(first);

        List<GroupResult> out = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            Estimate e = estimates.get(i);
            int r = referenceIndex.get(i);
            boolean hasValue = !disclosure[i].valueHidden() && !Double.isNaN(e.value());
            Boolean met = ind.target() == null || !hasValue ? null : targetMet(e.value(), ind);
            if (r < 0) {
                Verdict verdict = ind.target() == null ? null
                        : Verdict.of(null, met, Verdict.Change.NONE, ind.polarity(), hasValue);
                out.add(new GroupResult(roles.get(i), keys.get(i), e, disclosure[i], null, Double.NaN, null, null,
                        Double.NaN, Double.NaN, met, verdict));
                continue;
            }
            Estimate ref = disclosure[r].valueHidden() ? null : estimates.get(r);
            Comparison vs = Comparison.NOT_COMPARED;
            Comparison vs2 = second >= 0 ? Comparison.NOT_COMPARED : null;
            double deviation = Double.NaN;
            if (compared[i]) {
                double national = ref.value();
                deviation = national == 0 ? Double.NaN : (e.value() - national) / national * 100;
                if (adjusted) {
                    vs = Double.isNaN(adj[i]) ? Comparison.NOT_COMPARED
                            : adj[i] < alpha ? Comparison.direction(e.value() > national, ind.polarity()) : Comparison.SIMILAR;
                } else if (ind.weight() != null) {
                    vs = weighted(e, ref, levels.get(first), ind);
                } else {
                    vs = Comparison.of(e.lower()[first], e.upper()[first], national, ind.polarity());
                }
                if (second >= 0) {
                    vs2 = ind.weight() != null ? weighted(e, ref, levels.get(second), ind)
                            : Comparison.of(e.lower()[second], e.upper()[second], national, ind.polarity());
                }
            }
            Verdict verdict = ind.target() == null ? null
                    : Verdict.of(compared[i] ? vs : null, met, Verdict.Change.NONE, ind.polarity(), hasValue);
            out.add(new GroupResult(roles.get(i), keys.get(i), e, disclosure[i], ref, deviation, vs, vs2,
                    compared[i] ? p[i] : Double.NaN, compared[i] ? adj[i] : Double.NaN, met, verdict));
        }
        double shownNational = disclosure[0].valueHidden() ? Double.NaN : estimates.get(0).value();
        return new IndicatorResult(plan, c.categories(), c.categoryValues(), out, levels, first, second, adjusted, settings,
                decimals(ind.measure(), shownNational));
    }

    /** A survey-weighted estimate against its reference at a level, by the z-test of {@link ReferenceTest#weighted}. */
    private static Comparison weighted(Estimate e, Estimate ref, double level, IndicatorDef ind) {
        double p = ReferenceTest.weighted(e, ref);
        return Double.isNaN(p) ? Comparison.NOT_COMPARED
                : p < 1 - level ? Comparison.direction(e.value() > ref.value(), ind.polarity()) : Comparison.SIMILAR;
    }

    /**
     * The families of rows that add up to a published row: all groups (to the total), the groups of each
     * reference slice (to that slice), the reference's slices (to the country).
     */
    private static List<List<Integer>> families(List<GroupResult.Role> roles, List<Integer> referenceIndex) {
        List<List<Integer>> out = new ArrayList<>();
        List<Integer> groups = new ArrayList<>();
        List<Integer> slices = new ArrayList<>();
        java.util.Map<Integer, List<Integer>> bySlice = new java.util.LinkedHashMap<>();
        for (int i = 0; i < roles.size(); i++) {
            if (roles.get(i) == GroupResult.Role.GROUP) {
                groups.add(i);
                bySlice.computeIfAbsent(referenceIndex.get(i), x -> new ArrayList<>()).add(i);
            } else if (roles.get(i) == GroupResult.Role.REFERENCE && i > 0) {
                slices.add(i);
            }
        }
        if (groups.isEmpty() && slices.size() > 1) {
            out.add(slices); // a table that is its own reference: its groups add up to its total
            return out;
        }
        out.add(groups);
        if (bySlice.size() > 1) {
            out.addAll(bySlice.values());
        }
        if (slices.size() > 1) {
            out.add(slices);
        }
        return out;
    }

    /** An empty combination of categories (no rows), which is left out of the result. */
    private static boolean empty(Estimate e, IndicatorDef ind) {
        boolean count = ind.measure().kind() == Measure.Kind.COUNT;
        return !count && e.denominator() == 0 && e.numerator() == 0
                || count && Double.isNaN(e.denominator()) && e.numerator() == 0;
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

    /** Whether a value meets the indicator's target (percentages compared as fractions when the target is one). */
    public static boolean targetMet(double value, IndicatorDef ind) {
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

    /** Decimals for people: the measure's usual number, more when the national value is small. */
    public static int decimals(Measure m, double national) {
        int base = switch (m.kind()) {
            case PROPORTION -> 4;
            case PERCENT, RATE, MEDIAN, PERCENTILE, SURVIVAL, LIFE_EXPECTANCY -> 1;
            case RATIO, MEAN -> 2;
            case COUNT -> 0;
        };
        if (m.kind() == Measure.Kind.COUNT || Double.isNaN(national) || national == 0) {
            return base;
        }
        int needed = 2 - (int) Math.floor(Math.log10(Math.abs(national)));
        return Math.min(6, Math.max(base, needed));
    }
}
