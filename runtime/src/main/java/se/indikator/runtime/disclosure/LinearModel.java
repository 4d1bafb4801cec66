package se.indikator.runtime.disclosure;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.indikator.runtime.estimate.Protection;

/**
 * What an attacker knows of one indicator's microdata from the published counts, as a linear programme.
 * The unknowns are the numerator and the denominator of each <em>group</em>: the microdata cells that no
 * published scope (and no protected scope) tells apart. Each published count is one equation; every
 * unknown is non-negative; for a proportion the numerator of a group is at most its denominator.
 * Equations left with one unknown are solved first (what differencing finds, repeatedly), and the range of
 * a count is then found by minimising and maximising it over the unknowns connected to it ({@link Simplex}).
 */
final class LinearModel {

    /** Which counts of a cell the model has: numerators, denominators, and whether numerator ≤ denominator. */
    record Shape(boolean numerators, boolean denominators, boolean withinDenominator) {
        boolean has(Protection.Quantity q) {
            return switch (q) {
                case NUMERATOR -> numerators;
                case DENOMINATOR -> denominators;
                case COMPLEMENT -> numerators && denominators;
            };
        }
    }

    /** One group of cells no table tells apart: its microdata cells and its true numerator and denominator. */
    record Group(BitSet atoms, double numerator, double denominator) {
    }

    private final Shape shape;
    private final List<Group> groups = new ArrayList<>();
    private final int[] groupOfAtom;
    private final List<int[]> eqVars = new ArrayList<>();
    private final List<Double> eqRhs = new ArrayList<>();
    private final List<List<Integer>> eqOfVar = new ArrayList<>();
    private final double[] fixed;

    /**
     * The model of {@code published}; the groups also tell apart each of {@code protectedScopes}, so that
     * every protected count is a sum of groups.
     */
    LinearModel(Atoms atoms, Shape shape, List<Count> published, List<BitSet> protectedScopes) {
        this.shape = shape;
        Map<RowScope, Integer> scopeIndex = new LinkedHashMap<>();
        for (Count c : published) {
            if (shape.has(c.quantity())) {
                scopeIndex.putIfAbsent(c.scope(), scopeIndex.size());
            }
        }
        List<BitSet> members = new ArrayList<>();
        scopeIndex.keySet().forEach(s -> members.add(atoms.members(s)));
        members.addAll(protectedScopes);
        int atomsN = atoms.size();
        BitSet[] signature = new BitSet[atomsN];
        for (int j = 0; j < members.size(); j++) {
            BitSet m = members.get(j);
            for (int a = m.nextSetBit(0); a >= 0; a = m.nextSetBit(a + 1)) {
                if (signature[a] == null) {
                    signature[a] = new BitSet();
                }
                signature[a].set(j);
            }
        }
        groupOfAtom = new int[atomsN];
        Map<BitSet, Integer> groupOf = new HashMap<>();
        List<BitSet> signatures = new ArrayList<>();
        List<double[]> truth = new ArrayList<>();
        List<BitSet> atomSets = new ArrayList<>();
        for (int a = 0; a < atomsN; a++) {
            if (signature[a] == null) {
                groupOfAtom[a] = -1;
                continue;
            }
            Integer g = groupOf.get(signature[a]);
            if (g == null) {
                g = signatures.size();
                groupOf.put(signature[a], g);
                signatures.add(signature[a]);
                truth.add(new double[2]);
                atomSets.add(new BitSet());
            }
            groupOfAtom[a] = g;
            atomSets.get(g).set(a);
            truth.get(g)[0] += value(atoms.numerator[a]);
            truth.get(g)[1] += value(atoms.denominator[a]);
        }
        for (int g = 0; g < signatures.size(); g++) {
            groups.add(new Group(atomSets.get(g), truth.get(g)[0], truth.get(g)[1]));
        }
        int groupsN = groups.size();
        for (int v = 0; v < 2 * groupsN; v++) {
            eqOfVar.add(new ArrayList<>());
        }
        Set<List<Object>> seen = new HashSet<>();
        for (Count c : published) {
            if (!shape.has(c.quantity()) || !seen.add(List.of(c.scope(), c.quantity()))) {
                continue;
            }
            int j = scopeIndex.get(c.scope());
            int offset = c.quantity() == Protection.Quantity.NUMERATOR ? 0 : groupsN;
            List<Integer> vs = new ArrayList<>();
            for (int g = 0; g < groupsN; g++) {
                if (signatures.get(g).get(j)) {
                    vs.add(offset + g);
                }
            }
            int e = eqVars.size();
            eqVars.add(vs.stream().mapToInt(Integer::intValue).toArray());
            eqRhs.add(c.value());
            vs.forEach(v -> eqOfVar.get(v).add(e));
        }
        fixed = presolve();
    }

    private static double value(double v) {
        return Double.isNaN(v) ? 0 : v;
    }

    List<Group> groups() {
        return groups;
    }

    /** Whether differencing alone (equations solved one unknown at a time) determines a group's count. */
    boolean determined(int group, Protection.Quantity quantity) {
        int n = group;
        int d = groups.size() + group;
        return switch (quantity) {
            case NUMERATOR -> !Double.isNaN(fixed[n]);
            case DENOMINATOR -> !Double.isNaN(fixed[d]);
            case COMPLEMENT -> !Double.isNaN(fixed[n]) && !Double.isNaN(fixed[d]);
        };
    }

    private boolean active(int v) {
        return v < groups.size() ? shape.numerators() : shape.denominators();
    }

    /**
     * What differencing finds: the equations are closed under subtraction (a published scope minus a published
     * scope inside it is a published difference), then every equation with one unknown left is solved, and
     * one whose unknowns must sum to 0 sets them all to 0, repeatedly; the fixed values (NaN: still unknown).
     */
    private double[] presolve() {
        List<BitSet> sets = new ArrayList<>();
        List<Double> rhs = new ArrayList<>();
        Set<BitSet> seen = new HashSet<>();
        for (int e = 0; e < eqVars.size(); e++) {
            BitSet b = new BitSet();
            for (int v : eqVars.get(e)) {
                b.set(v);
            }
            if (seen.add(b)) {
                sets.add(b);
                rhs.add(eqRhs.get(e));
            }
        }
        int cap = 2 * sets.size() + 50;
        for (int round = 0; round < 3 && sets.size() < cap; round++) {
            int n = sets.size();
            for (int i = 0; i < n && sets.size() < cap; i++) {
                for (int j = 0; j < n && sets.size() < cap; j++) {
                    BitSet outer = sets.get(i);
                    BitSet inner = sets.get(j);
                    if (i == j || inner.cardinality() >= outer.cardinality()) {
                        continue;
                    }
                    BitSet rest = (BitSet) inner.clone();
                    rest.andNot(outer);
                    if (!rest.isEmpty()) {
                        continue; // not inside
                    }
                    BitSet diff = (BitSet) outer.clone();
                    diff.andNot(inner);
                    if (seen.add(diff)) {
                        sets.add(diff);
                        rhs.add(rhs.get(i) - rhs.get(j));
                    }
                }
            }
        }
        double[] out = new double[2 * groups.size()];
        java.util.Arrays.fill(out, Double.NaN);
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int e = 0; e < sets.size(); e++) {
                BitSet vs = sets.get(e);
                int free = -1;
                int unknowns = 0;
                boolean allActive = true;
                double rest = rhs.get(e);
                for (int v = vs.nextSetBit(0); v >= 0; v = vs.nextSetBit(v + 1)) {
                    if (Double.isNaN(out[v])) {
                        unknowns++;
                        free = v;
                        allActive &= active(v);
                    } else {
                        rest -= out[v];
                    }
                }
                if (unknowns == 1 && active(free)) {
                    out[free] = Math.max(0, rest);
                    changed = true;
                } else if (unknowns > 1 && allActive && Math.abs(rest) < 1e-9) {
                    for (int v = vs.nextSetBit(0); v >= 0; v = vs.nextSetBit(v + 1)) {
                        if (Double.isNaN(out[v])) {
                            out[v] = 0; // non-negative unknowns that sum to nothing are each nothing
                        }
                    }
                    changed = true;
                }
            }
        }
        return out;
    }

    /** The range of a count over these microdata cells (a union of groups; cells in no group count nothing). */
    Range range(BitSet target, Protection.Quantity quantity) {
        return range(target, quantity, Double.POSITIVE_INFINITY);
    }

    /**
     * The range of a count, computed only as far as needed to tell whether it is at least {@code required}
     * wide: when it is, one end may be left at the true value.
     */
    Range range(BitSet target, Protection.Quantity quantity, double required) {
        if (!shape.has(quantity)) {
            return new Range(0, Double.POSITIVE_INFINITY, true);
        }
        int groupsN = groups.size();
        Set<Integer> in = new java.util.TreeSet<>();
        for (int a = target.nextSetBit(0); a >= 0; a = target.nextSetBit(a + 1)) {
            if (a < groupOfAtom.length && groupOfAtom[a] >= 0) {
                in.add(groupOfAtom[a]);
            }
        }
        double[] objective = new double[2 * groupsN];
        double trueValue = 0;
        for (int g : in) {
            switch (quantity) {
                case NUMERATOR -> objective[g] = 1;
                case DENOMINATOR -> objective[groupsN + g] = 1;
                case COMPLEMENT -> {
                    objective[g] = -1;
                    objective[groupsN + g] = 1;
                }
            }
            trueValue += objective[g] * groups.get(g).numerator() + objective[groupsN + g] * groups.get(g).denominator();
        }
        return solve(objective, trueValue, required);
    }

    private Range solve(double[] objective, double trueValue, double required) {
        int groupsN = groups.size();
        int vars = 2 * groupsN;
        boolean within = shape.withinDenominator();
        double constant = 0;
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        boolean[] inComponent = new boolean[vars];
        for (int v = 0; v < vars; v++) {
            if (objective[v] == 0) {
                continue;
            }
            if (!Double.isNaN(fixed[v])) {
                constant += objective[v] * fixed[v];
            } else {
                inComponent[v] = true;
                queue.add(v);
            }
        }
        if (queue.isEmpty()) {
            return Range.exactly(constant);
        }
        boolean[] eqUsed = new boolean[eqVars.size()];
        while (!queue.isEmpty()) {
            int v = queue.poll();
            List<Integer> next = new ArrayList<>();
            for (int e : eqOfVar.get(v)) {
                if (!eqUsed[e]) {
                    eqUsed[e] = true;
                    for (int w : eqVars.get(e)) {
                        next.add(w);
                    }
                }
            }
            if (within) {
                next.add(v < groupsN ? v + groupsN : v - groupsN);
            }
            for (int w : next) {
                if (!inComponent[w] && Double.isNaN(fixed[w])) {
                    inComponent[w] = true;
                    queue.add(w);
                }
            }
        }
        // each unknown of the model as columns of the programme plus a known part: plainly, or — for a
        // proportion — as x = numerator and y = denominator − numerator of each group, so that numerator ≤
        // denominator is y ≥ 0 and needs no row of its own
        int[][] cols = new int[vars][];
        double[] known = new double[vars];
        int n = 0;
        int[] xCol = new int[groupsN];
        int[] yCol = new int[groupsN];
        for (int g = 0; g < groupsN; g++) {
            xCol[g] = inComponent[g] ? n++ : -1;
            yCol[g] = inComponent[groupsN + g] ? n++ : -1;
        }
        for (int v = 0; v < vars; v++) {
            int g = v % groupsN;
            boolean denominator = v >= groupsN;
            int own = denominator ? yCol[g] : xCol[g];
            if (own < 0) {
                cols[v] = new int[0];
                known[v] = Double.isNaN(fixed[v]) ? 0 : fixed[v];
            } else if (denominator && within) {
                cols[v] = xCol[g] >= 0 ? new int[] {own, xCol[g]} : new int[] {own};
                known[v] = xCol[g] >= 0 || Double.isNaN(fixed[g]) ? 0 : fixed[g];
            } else {
                cols[v] = new int[] {own};
            }
        }
        List<Simplex.Row> equations = new ArrayList<>();
        List<Simplex.Row> inequalities = new ArrayList<>();
        List<BitSet> key = List.of(eqUsedKey(eqUsed), inComponentKey(inComponent));
        if (!feasible.containsKey(key)) { // else the rows are known: only the objective is new
            for (int e = 0; e < eqVars.size(); e++) {
                if (eqUsed[e]) {
                    double[] row = new double[n];
                    double rhs = eqRhs.get(e);
                    for (int v : eqVars.get(e)) {
                        for (int j : cols[v]) {
                            row[j] += 1;
                        }
                        rhs -= known[v];
                    }
                    equations.add(new Simplex.Row(row, rhs));
                }
            }
            for (int g = 0; g < groupsN && within; g++) {
                if (xCol[g] >= 0 && yCol[g] < 0 && !Double.isNaN(fixed[groupsN + g])) {
                    double[] row = new double[n];
                    row[xCol[g]] = 1;
                    inequalities.add(new Simplex.Row(row, fixed[groupsN + g]));
                }
            }
        }
        double[] c = new double[n];
        for (int v = 0; v < vars; v++) {
            if (objective[v] != 0 && Double.isNaN(fixed[v])) {
                for (int j : cols[v]) {
                    c[j] += objective[v];
                }
                constant += objective[v] * known[v];
            }
        }
        double[] negated = new double[c.length];
        for (int j = 0; j < c.length; j++) {
            negated[j] = -c[j];
        }
        Simplex.Feasible start = feasible.computeIfAbsent(key, k -> Simplex.feasible(c.length, equations, inequalities));
        // the range is wide enough as soon as either end is far enough from the true value
        Simplex.Result high = start.minimise(negated, -(trueValue - constant + required));
        if (!decided(high)) {
            return new Range(trueValue, trueValue, false);
        }
        double hi = -high.value() + constant;
        if (hi - trueValue >= required) {
            return new Range(trueValue, Math.max(hi, trueValue), true);
        }
        Simplex.Result low = start.minimise(c, trueValue - constant - (required - (hi - trueValue)));
        if (!decided(low)) {
            return new Range(trueValue, trueValue, false);
        }
        double lo = low.value() + constant;
        return new Range(Math.min(lo, trueValue), Math.max(hi, trueValue), true);
    }

    private final Map<List<BitSet>, Simplex.Feasible> feasible = new HashMap<>();

    private static BitSet eqUsedKey(boolean[] used) {
        BitSet b = new BitSet(used.length);
        for (int i = 0; i < used.length; i++) {
            if (used[i]) {
                b.set(i);
            }
        }
        return b;
    }

    private static BitSet inComponentKey(boolean[] in) {
        return eqUsedKey(in);
    }

    private static boolean decided(Simplex.Result r) {
        return r.status() == Simplex.Status.OPTIMAL || r.status() == Simplex.Status.UNBOUNDED;
    }
}
