package se.indikator.runtime.disclosure;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.indikator.runtime.ast.BreakdownExpr;
import se.indikator.runtime.ast.Expr;
import se.indikator.runtime.check.ColumnsUsed;
import se.indikator.runtime.data.Dataset;
import se.indikator.runtime.diag.Span;
import se.indikator.runtime.exec.Categories;
import se.indikator.runtime.exec.Estimate;
import se.indikator.runtime.exec.GroupKey;
import se.indikator.runtime.exec.IndicatorExecutor;
import se.indikator.runtime.model.BreakdownDef;
import se.indikator.runtime.model.Catalog;
import se.indikator.runtime.model.Functions;
import se.indikator.runtime.model.IndicatorDef;
import se.indikator.runtime.model.Settings;
import se.indikator.runtime.plan.Planner;
import se.indikator.runtime.plan.QueryPlan;

/**
 * The finest cells of an indicator's microdata that a run's tables can tell apart: its rows classified at
 * once by every breakdown the run used with it (rows in none of a breakdown's categories kept apart) and by
 * every conjunct of every condition, with the indicator's numerator and denominator in each non-empty
 * cell. Every published count of the indicator is a sum of these cells; computed by the executor in one
 * pass, like any result.
 */
final class Atoms {
    /** More combinations than this are not modelled (the audit then says the indicator is not proven). */
    static final long MAX_COMBINATIONS = 4_000_000;

    private final List<BreakdownDef> breakdowns;
    private final List<Expr> conjuncts;
    private final List<List<String>> categories;
    private final int[][] parts;
    final double[] numerator;
    final double[] denominator;
    private final Map<RowScope, BitSet> members = new HashMap<>();

    private Atoms(List<BreakdownDef> breakdowns, List<Expr> conjuncts, List<List<String>> categories, int[][] parts,
            double[] numerator, double[] denominator) {
        this.breakdowns = breakdowns;
        this.conjuncts = conjuncts;
        this.categories = categories;
        this.parts = parts;
        this.numerator = numerator;
        this.denominator = denominator;
    }

    /** The number of non-empty cells. */
    int size() {
        return parts.length;
    }

    /** Whether these cells tell apart every breakdown and conjunct given. */
    boolean covers(Set<BreakdownDef> b, Set<Expr> c) {
        return breakdowns.containsAll(b) && conjuncts.containsAll(c);
    }

    /**
     * The cells of the indicator by these breakdowns and conjuncts, or null when there would be more
     * combinations than {@link #MAX_COMBINATIONS}.
     */
    static Atoms compute(IndicatorDef ind, List<BreakdownDef> breakdowns, List<Expr> conjuncts, Catalog catalog,
            Functions functions, Settings settings) {
        List<BreakdownDef> keys = new ArrayList<>();
        List<Dataset> sources = ind.sources().stream().map(s -> catalog.data(s).orElseThrow()).toList();
        long combinations = 1;
        for (BreakdownDef b : breakdowns) {
            BreakdownDef k = b.keepingUnmapped();
            keys.add(k);
            combinations *= Categories.list(k, sources).labels().size();
            if (combinations > MAX_COMBINATIONS) {
                return null;
            }
        }
        for (int i = 0; i < conjuncts.size(); i++) {
            keys.add(holds(i, conjuncts.get(i)));
            combinations *= 2;
            if (combinations > MAX_COMBINATIONS) {
                return null;
            }
        }
        QueryPlan plan = new Planner(catalog).cells(ind, keys, settings);
        IndicatorExecutor.Computed c = new IndicatorExecutor(catalog, functions, settings).execute(plan);
        List<Integer> sizes = c.categories().stream().map(List::size).toList();
        List<int[]> kept = new ArrayList<>();
        List<Double> nums = new ArrayList<>();
        List<Double> dens = new ArrayList<>();
        for (int g = 0; g < c.groups().size(); g++) {
            Estimate e = c.groups().get(g);
            double n = e.numerator();
            double d = e.denominator();
            if ((Double.isNaN(n) || n == 0) && (Double.isNaN(d) || d == 0)) {
                continue;
            }
            kept.add(GroupKey.split(g, sizes));
            nums.add(n);
            dens.add(d);
        }
        return new Atoms(List.copyOf(breakdowns), List.copyOf(conjuncts), c.categories(), kept.toArray(new int[0][]),
                nums.stream().mapToDouble(Double::doubleValue).toArray(),
                dens.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /** A two-category breakdown of whether a conjunct holds ("1") or not, or is unknown ("0"). */
    private static BreakdownDef holds(int i, Expr conjunct) {
        Span s = conjunct.span();
        BreakdownExpr.Case c = new BreakdownExpr.Case(null,
                List.of(new BreakdownExpr.When(List.of(conjunct), false, new BreakdownExpr.Label("1", false, s), s)),
                new BreakdownExpr.Label("0", false, s), s);
        return new BreakdownDef("\u0000where" + i, c, ColumnsUsed.of(c).keySet(), List.of("1", "0"), Set.of(), s);
    }

    /** The cells a scope counts. */
    BitSet members(RowScope scope) {
        return members.computeIfAbsent(scope, this::match);
    }

    private BitSet match(RowScope scope) {
        int nb = breakdowns.size();
        int[] bi = new int[scope.categories().size()];
        boolean[][] want = new boolean[bi.length][];
        int j = 0;
        for (var e : scope.categories().entrySet()) {
            bi[j] = breakdowns.indexOf(e.getKey());
            List<String> labels = categories.get(bi[j]);
            want[j] = new boolean[labels.size()];
            for (int k = 0; k < labels.size(); k++) {
                want[j][k] = e.getValue().contains(labels.get(k));
            }
            j++;
        }
        int[] ci = scope.conjuncts().stream().mapToInt(x -> nb + conjuncts.indexOf(x)).toArray();
        BitSet out = new BitSet(parts.length);
        for (int a = 0; a < parts.length; a++) {
            boolean in = true;
            for (int k = 0; k < bi.length && in; k++) {
                in = want[k][parts[a][bi[k]]];
            }
            for (int k = 0; k < ci.length && in; k++) {
                in = parts[a][ci[k]] == 0; // category "1": the conjunct holds
            }
            if (in) {
                out.set(a);
            }
        }
        return out;
    }
}
