package se.indikator.runtime.disclosure;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.indikator.runtime.ast.Expr;
import se.indikator.runtime.ast.Measure;
import se.indikator.runtime.data.Dataset;
import se.indikator.runtime.diag.Diagnostic;
import se.indikator.runtime.estimate.Disclosure;
import se.indikator.runtime.estimate.GroupResult;
import se.indikator.runtime.estimate.Protection;
import se.indikator.runtime.estimate.ResultLayout;
import se.indikator.runtime.estimate.TableProtection;
import se.indikator.runtime.exec.Categories;
import se.indikator.runtime.exec.Estimate;
import se.indikator.runtime.model.BreakdownDef;
import se.indikator.runtime.model.Catalog;
import se.indikator.runtime.model.Functions;
import se.indikator.runtime.model.IndicatorDef;
import se.indikator.runtime.model.Settings;
import se.indikator.runtime.plan.ReferenceRule;

/**
 * Everything a run published of one indicator over one set of data — or of several that count the same
 * things of rows their cohorts choose differently ({@link Counted}) — and what it protects: the published
 * counts (the relations an attacker has), the protected counts with their protection intervals, and the
 * microdata cells ({@link Atoms}) that relate them. Besides the counts a table hides itself, every group
 * of microdata that the published tables tell apart (a difference of two tables, the rows a breakdown leaves
 * out) is protected when the rules would protect it as a row. A new table is published only after every
 * protected count — old, new and derived — keeps its protection interval given all tables together; where it
 * would not, cells of the new table are hidden (secondary suppression across tables): among the new table's
 * shown counts that share microdata with a table that relates to the exposed count, groups before totals
 * and national rows, the smallest count first, until it is protected again. The choice is deterministic.
 */
final class Family {
    private final Counted counted;
    /** The indicators published in the family, in order of first publication. */
    private final List<IndicatorDef> members = new ArrayList<>();
    private final List<Dataset> data;
    private final LinearModel.Shape shape;
    private final List<Count> published = new ArrayList<>();
    private final List<ProtectedCount> protectedCounts = new ArrayList<>();
    private final Set<BreakdownDef> breakdowns = new LinkedHashSet<>();
    private final Set<Expr> conjuncts = new LinkedHashSet<>();
    private double defaultBelow;
    private Atoms atoms;
    private boolean tooFine;
    private Catalog catalog;
    private Functions functions;
    private Settings settings;

    Family(IndicatorDef indicator, List<Dataset> data) {
        this.counted = Counted.of(indicator);
        this.members.add(indicator);
        this.data = List.copyOf(data);
        Measure.Kind kind = indicator.measure().kind();
        boolean counts = kind == Measure.Kind.PROPORTION || kind == Measure.Kind.PERCENT || kind == Measure.Kind.RATE
                || kind == Measure.Kind.RATIO || kind == Measure.Kind.COUNT;
        boolean denominators = kind != Measure.Kind.COUNT && kind != Measure.Kind.SURVIVAL;
        boolean within = Counted.rowsCounted(indicator); // the numerator's rows are some of the denominator's
        this.shape = new LinearModel.Shape(counts, denominators, within);
    }

    /** The family's indicators by name, for reports: {@code dead} or {@code dead, dead65}. */
    String name() {
        return String.join(", ", members.stream().map(IndicatorDef::name).distinct().toList());
    }

    /** Whether this family counts what an indicator counts ({@link Counted#of}), over these very data. */
    boolean of(Counted what, List<Dataset> sources) {
        return counted.equals(what) && over(sources);
    }

    List<Count> published() {
        return published;
    }

    List<ProtectedCount> protectedCounts() {
        return protectedCounts;
    }

    /** Whether any rule has been in force for a table of the family. */
    boolean ruled() {
        return defaultBelow > 0 || members.stream().anyMatch(m -> !m.suppressRules().isEmpty());
    }

    /**
     * A table on its way into the family: the rows its numerators and its denominators count (they differ when the
     * table is a guest's, {@link #prepare}), the counts it newly protects, and the notices.
     */
    record Pending(Family family, LedgerTable table, ResultLayout layout, List<RowScope> numerators,
            List<RowScope> denominators, List<ProtectedCount> fresh, List<Diagnostic> notices) {
    }

    /**
     * Prepares a table for the family: hides more of its cells where needed (changing {@code d}); {@link #commit}
     * then records what it shows and protects. {@code beyond}: null for a table of one of the family's indicators;
     * for another indicator's table whose numerator is the family's with more conditions
     * ({@link Counted#numeratorBeyond}), those conditions, which its numerators' rows meet and its denominators'
     * need not (its complements are left to its own family).
     */
    Pending prepare(LedgerTable table, ResultLayout layout, Disclosure[] d, Catalog catalog, Functions functions,
            Set<Expr> beyond) {
        this.catalog = catalog;
        this.functions = functions;
        this.settings = layout.settings();
        IndicatorDef indicator = layout.plan().indicator();
        if (beyond == null && !members.contains(indicator)) {
            members.add(indicator);
        }
        defaultBelow = Math.max(defaultBelow, layout.plan().suppression().defaultBelow());
        int rows = layout.size();
        List<RowScope> dens = new ArrayList<>();
        List<RowScope> nums = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            RowScope s = scope(layout, i);
            dens.add(s);
            nums.add(beyond == null ? s : s.with(beyond));
        }
        layout.plan().breakdowns().forEach(b -> breakdowns.add(b.base()));
        dens.forEach(s -> conjuncts.addAll(s.conjuncts()));
        nums.forEach(s -> conjuncts.addAll(s.conjuncts()));
        List<ProtectedCount> fresh = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            for (Protection p : d[i].protections()) {
                if (beyond != null && p.quantity() == Protection.Quantity.COMPLEMENT) {
                    continue;
                }
                RowScope s = p.quantity() == Protection.Quantity.NUMERATOR ? nums.get(i) : dens.get(i);
                Count c = new Count(table, s, p.quantity(), quantity(layout.estimates().get(i), p.quantity()));
                boolean known = protectedCounts.stream().anyMatch(x -> x.count().scope().equals(c.scope())
                        && x.count().quantity() == c.quantity());
                if (!known && shape.has(p.quantity())) {
                    fresh.add(new ProtectedCount(c, p, p.interval()));
                }
            }
        }
        List<Diagnostic> notices = new ArrayList<>();
        if (ruled()) {
            if (ensureAtoms(catalog, functions, layout.settings())) {
                List<Count> shownNow = shown(table, layout, nums, dens, d);
                for (int i = 0; i < fresh.size(); i++) {
                    ProtectedCount p = fresh.get(i);
                    List<Count> own = shownNow.stream().filter(c -> c.scope().equals(p.count().scope())).toList();
                    double bound = model(own, List.of(p)).range(atoms.members(p.count().scope()), p.count().quantity())
                            .width();
                    fresh.set(i, new ProtectedCount(p.count(), p.protection(), Math.min(p.protection().interval(), bound)));
                }
                notices.addAll(protect(table, layout, nums, dens, d, fresh));
            } else if (!tooFine) {
                tooFine = true;
                notices.add(Diagnostic.warning("W163", table.at(), "the tables of " + name()
                        + " combine too many categories for disclosure control across tables",
                        "each table is still protected on its own; publish fewer breakdowns together, "
                                + "and indikator audit will say the run is not proven"));
            }
        }
        return new Pending(this, table, layout, nums, dens, fresh, notices);
    }

    /** Records what a prepared table shows, given the decisions of every family it was prepared for. */
    static void commit(Pending p, Disclosure[] d) {
        Family f = p.family();
        f.published.addAll(shown(p.table(), p.layout(), p.numerators(), p.denominators(), d));
        f.protectedCounts.addAll(p.fresh());
    }

    /**
     * Takes in what {@code wider} has recorded, when its indicators' numerators are this family's with the
     * conditions {@code beyond} more (a family made after theirs): its counts with those conditions added to the
     * rows of its numerators, and what it protects but its complements.
     */
    void absorb(Family wider, Set<Expr> beyond) {
        for (Count c : wider.published) {
            published.add(c.quantity() == Protection.Quantity.NUMERATOR
                    ? new Count(c.table(), c.scope().with(beyond), c.quantity(), c.value()) : c);
        }
        for (ProtectedCount p : wider.protectedCounts) {
            Count c = p.count();
            if (c.quantity() == Protection.Quantity.COMPLEMENT || !shape.has(c.quantity())) {
                continue;
            }
            Count moved = c.quantity() == Protection.Quantity.NUMERATOR
                    ? new Count(c.table(), c.scope().with(beyond), c.quantity(), c.value()) : c;
            protectedCounts.add(new ProtectedCount(moved, p.protection(), p.required()));
        }
        breakdowns.addAll(wider.breakdowns);
        conjuncts.addAll(wider.conjuncts);
        conjuncts.addAll(beyond);
        defaultBelow = Math.max(defaultBelow, wider.defaultBelow);
        if (catalog == null) {
            catalog = wider.catalog;
            functions = wider.functions;
            settings = wider.settings;
        }
    }

    /** What this family's indicators count, for finding the families a table also relates to. */
    Counted counted() {
        return counted;
    }

    /** Whether the family is over these very data. */
    boolean over(List<Dataset> sources) {
        if (sources.size() != data.size()) {
            return false;
        }
        for (int i = 0; i < data.size(); i++) {
            if (sources.get(i) != data.get(i)) {
                return false;
            }
        }
        return true;
    }

    /** A count that is not protected as it should be: its microdata, the quantity, the width it needs, what it is. */
    record Violation(BitSet atoms, Protection.Quantity quantity, double required, Range range, String describe) {
    }

    /** Every protected count that {@code given} pins down too narrowly: the explicit ones, then derived groups. */
    List<Violation> violations(List<Count> given, List<ProtectedCount> explicit, boolean firstOnly) {
        LinearModel m = model(given, explicit);
        List<Violation> out = new ArrayList<>();
        for (ProtectedCount p : explicit) {
            BitSet a = atoms.members(p.count().scope());
            Range r = m.range(a, p.count().quantity(), p.required());
            if (!r.atLeast(p.required())) {
                out.add(new Violation(a, p.count().quantity(), p.required(), r, p.describe(false)
                        + ", protected at " + p.count().table().where()));
                if (firstOnly) {
                    return out;
                }
            }
        }
        // derived groups: those the published counts determine by differencing (see LinearModel's presolve)
        for (int gi = 0; gi < m.groups().size(); gi++) {
            LinearModel.Group g = m.groups().get(gi);
            Estimate e = new Estimate(g.numerator(), shape.denominators() ? g.denominator() : Double.NaN, Double.NaN,
                    new double[0], new double[0], null, null);
            for (Protection p : primary(e)) {
                boolean named = out.stream().anyMatch(x -> x.atoms().equals(g.atoms()) && x.quantity() == p.quantity());
                if (!shape.has(p.quantity()) || named || !m.determined(gi, p.quantity())) {
                    continue;
                }
                double required = p.interval();
                if (shape.withinDenominator() && p.quantity() != Protection.Quantity.DENOMINATOR
                        && m.determined(gi, Protection.Quantity.DENOMINATOR)) {
                    required = Math.min(required, g.denominator()); // 3 persons: a numerator of 0 … 3 at most
                }
                if (required > 0) {
                    out.add(new Violation(g.atoms(), p.quantity(), required, Range.exactly(0), name() + ", "
                            + describe(g.atoms(), given) + ": " + word(p.quantity()) + " (protected by '" + p.rule() + "')"));
                    if (firstOnly) {
                        return out;
                    }
                }
            }
        }
        return out;
    }

    /** What the rules of the family's indicators protect of a group's counts: for each quantity, the widest interval. */
    private List<Protection> primary(Estimate e) {
        Map<Protection.Quantity, Protection> widest = new LinkedHashMap<>();
        for (IndicatorDef m : members) {
            for (Protection p : TableProtection.primary(e, m, defaultBelow).protections()) {
                widest.merge(p.quantity(), p, (a, b) -> b.interval() > a.interval() ? b : a);
            }
        }
        return List.copyOf(widest.values());
    }

    private List<Diagnostic> protect(LedgerTable table, ResultLayout layout, List<RowScope> nums, List<RowScope> dens,
            Disclosure[] d, List<ProtectedCount> fresh) {
        List<Diagnostic> notices = new ArrayList<>();
        List<ProtectedCount> explicit = new ArrayList<>(protectedCounts);
        explicit.addAll(fresh);
        Set<List<Object>> given = new HashSet<>();
        boolean hid = true;
        while (hid) { // passes until one hides nothing: hiding only widens ranges, but it can merge derived groups
            hid = false;
            for (Violation v : violations(with(shown(table, layout, nums, dens, d)), explicit, false)) {
                if (given.contains(List.of(v.atoms(), v.quantity()))) {
                    continue;
                }
                // exposed already by earlier tables alone: nothing in this table can help
                boolean earlier = !rangeOf(v, published, explicit).atLeast(v.required());
                Range r = rangeOf(v, with(shown(table, layout, nums, dens, d)), explicit); // earlier hides may have helped
                while (!earlier && !r.atLeast(v.required())) {
                    List<Count> now = with(shown(table, layout, nums, dens, d));
                    int hide = candidate(v.atoms(), v.quantity(), layout, v.quantity() == Protection.Quantity.DENOMINATOR ? dens : nums, d, now);
                    if (hide < 0) {
                        break;
                    }
                    boolean denominators = v.quantity() == Protection.Quantity.DENOMINATOR;
                    d[hide] = d[hide].valueHidden() ? d[hide].withCountHidden() : Disclosure.secondary(denominators);
                    if (denominators) {
                        d[hide] = d[hide].withDenominatorHidden();
                    }
                    hid = true;
                    r = rangeOf(v, with(shown(table, layout, nums, dens, d)), explicit);
                }
                if (r.atLeast(v.required())) {
                    continue;
                }
                given.add(List.of(v.atoms(), v.quantity()));
                boolean fromThisTable = fresh.stream().anyMatch(p -> atoms.members(p.count().scope()).equals(v.atoms()));
                if (earlier && fromThisTable) {
                    notices.add(Diagnostic.warning("W161", table.at(), "a protected count was already published by an "
                            + "earlier table: " + v.describe(), "put the disclosure rule in force before the first table "
                                    + "(set suppress below N); indikator audit names the tables"));
                } else if (!earlier) {
                    notices.add(Diagnostic.warning("W162", table.at(), "a protected count could not be kept within its "
                            + "protection interval: " + v.describe(), "indikator audit shows which tables pin it"));
                }
            }
        }
        return notices;
    }

    /** The row of the new table to hide next, or -1 when none is left that relates to the exposed count. */
    private int candidate(BitSet target, Protection.Quantity quantity, ResultLayout layout, List<RowScope> scopes,
            Disclosure[] d, List<Count> now) {
        boolean denominators = quantity == Protection.Quantity.DENOMINATOR;
        BitSet near = (BitSet) target.clone();
        for (Count c : now) {
            BitSet m = atoms.members(c.scope());
            if (m.intersects(target)) {
                near.or(m);
            }
        }
        Protection.Quantity q = denominators ? Protection.Quantity.DENOMINATOR : Protection.Quantity.NUMERATOR;
        int best = -1;
        double bestCount = 0;
        int bestRank = 0;
        for (int i = 0; i < layout.size(); i++) {
            boolean shown = denominators ? !d[i].denominatorHidden() && !Double.isNaN(layout.estimates().get(i).denominator())
                    : !d[i].countHidden();
            RowScope s = scopes.get(i);
            boolean before = published.stream().anyMatch(c -> c.quantity() == q && c.scope().equals(s));
            BitSet m = atoms.members(s);
            if (!shown || before || !m.intersects(near)) {
                continue; // hiding a count an earlier table shows protects nothing
            }
            double count = denominators ? layout.estimates().get(i).denominator() : layout.estimates().get(i).numerator();
            // groups before totals and national rows; among them, rows that share microdata with the exposed count first
            int rank = 2 * rank(layout, i) + (m.intersects(target) ? 0 : 1);
            if (best < 0 || rank < bestRank || rank == bestRank && count < bestCount) {
                best = i;
                bestCount = count;
                bestRank = rank;
            }
        }
        return best;
    }

    /** Groups are hidden before the selected units' total, slices of the country before the country. */
    private static int rank(ResultLayout layout, int i) {
        GroupResult.Role role = layout.roles().get(i);
        if (role == GroupResult.Role.GROUP) {
            return 0;
        }
        if (role == GroupResult.Role.TOTAL) {
            return 1;
        }
        return layout.keys().get(i).stream().allMatch(k -> k < 0) ? 3 : 2;
    }

    private List<Count> with(List<Count> more) {
        List<Count> all = new ArrayList<>(published);
        all.addAll(more);
        return all;
    }

    /** The range of an exposed count given these published counts. */
    Range rangeOf(Violation v, List<Count> given) {
        return rangeOf(v, given, protectedCounts);
    }

    private Range rangeOf(Violation v, List<Count> given, List<ProtectedCount> explicit) {
        return model(given, explicit, v.atoms()).range(v.atoms(), v.quantity(), v.required());
    }

    private LinearModel model(List<Count> given, List<ProtectedCount> explicit, BitSet... more) {
        List<BitSet> scopes = new ArrayList<>();
        explicit.forEach(p -> scopes.add(atoms.members(p.count().scope())));
        scopes.addAll(List.of(more));
        return new LinearModel(atoms, shape, given, scopes);
    }

    /** The microdata cells a scope counts (after {@link #ensureAtoms}). */
    BitSet atomsMembers(RowScope scope) {
        return atoms.members(scope);
    }

    /** Whether the microdata cells are computed for everything published so far (false: too many to model). */
    boolean ensureAtoms() {
        return catalog != null && ensureAtoms(catalog, functions, settings);
    }

    private boolean ensureAtoms(Catalog catalog, Functions functions, Settings settings) {
        if (atoms != null && atoms.covers(breakdowns, conjuncts)) {
            return true;
        }
        atoms = Atoms.compute(counted.base(), new ArrayList<>(breakdowns), new ArrayList<>(conjuncts), catalog, functions,
                settings);
        return atoms != null;
    }

    /** The counts a table shows, given its decisions. */
    private static List<Count> shown(LedgerTable table, ResultLayout layout, List<RowScope> nums, List<RowScope> dens,
            Disclosure[] d) {
        List<Count> out = new ArrayList<>();
        for (int i = 0; i < layout.size(); i++) {
            Estimate e = layout.estimates().get(i);
            if (!d[i].countHidden() && !Double.isNaN(e.numerator())) {
                out.add(new Count(table, nums.get(i), Protection.Quantity.NUMERATOR, e.numerator()));
            }
            if (!d[i].denominatorHidden() && !Double.isNaN(e.denominator())) {
                out.add(new Count(table, dens.get(i), Protection.Quantity.DENOMINATOR, e.denominator()));
            }
        }
        return out;
    }

    private static double quantity(Estimate e, Protection.Quantity q) {
        return switch (q) {
            case NUMERATOR -> e.numerator();
            case DENOMINATOR -> e.denominator();
            case COMPLEMENT -> e.denominator() - e.numerator();
        };
    }

    static String word(Protection.Quantity q) {
        return switch (q) {
            case NUMERATOR -> "numerator";
            case DENOMINATOR -> "denominator";
            case COMPLEMENT -> "denominator − numerator";
        };
    }

    /**
     * A derived group in words: the smallest published scope that holds it, and the published scopes inside
     * that one it is left over from, e.g. "riket, outside kön = Kvinnor and kön = Män".
     */
    private String describe(BitSet group, List<Count> given) {
        RowScope container = null;
        int size = Integer.MAX_VALUE;
        Map<RowScope, BitSet> scopes = new LinkedHashMap<>();
        given.forEach(c -> scopes.putIfAbsent(c.scope(), atoms.members(c.scope())));
        Set<Expr> implied = sharedCohort();
        for (var e : scopes.entrySet()) {
            BitSet rest = (BitSet) group.clone();
            rest.andNot(e.getValue());
            if (rest.isEmpty() && e.getValue().cardinality() < size) {
                container = e.getKey();
                size = e.getValue().cardinality();
            }
        }
        if (container == null) {
            return "a group of rows no table shows";
        }
        BitSet outer = scopes.get(container);
        if (outer.equals(group)) {
            return container.describe(false, implied);
        }
        List<String> left = new ArrayList<>();
        for (var e : scopes.entrySet()) {
            BitSet inside = (BitSet) e.getValue().clone();
            inside.andNot(outer);
            if (inside.isEmpty() && !e.getValue().intersects(group) && !e.getValue().isEmpty()) {
                left.add(e.getKey().describe(false, implied));
            }
        }
        if (left.isEmpty()) {
            return "a part of " + container.describe(false, implied) + " that the tables tell apart";
        }
        String others = left.size() <= 3 ? String.join(" and ", left) : String.join(", ", left.subList(0, 3)) + " …";
        return container.describe(false, implied) + ", outside " + others;
    }

    /** The conditions of every member's cohort: what naming the family says of its rows already. */
    private Set<Expr> sharedCohort() {
        Set<Expr> shared = new LinkedHashSet<>(Counted.cohortConjuncts(members.get(0)));
        members.forEach(m -> shared.retainAll(Counted.cohortConjuncts(m)));
        return shared;
    }

    /** The microdata a row counts: its condition's conjuncts and its category in each breakdown it names. */
    private RowScope scope(ResultLayout layout, int i) {
        Map<BreakdownDef, Set<String>> categories = new LinkedHashMap<>();
        List<Integer> keys = layout.keys().get(i);
        for (int k = 0; k < keys.size(); k++) {
            if (keys.get(k) < 0) {
                continue;
            }
            BreakdownDef b = layout.plan().breakdowns().get(k);
            if (b.isRolling()) { // a window counts the rows of each period it pools
                List<String> periods = Categories.of(b.base(), data);
                Set<String> members = new LinkedHashSet<>();
                for (int m : Categories.windows(b, data).windows().get(keys.get(k)).members()) {
                    members.add(periods.get(m));
                }
                categories.put(b.base(), members);
            } else {
                categories.put(b, Set.of(layout.categories().get(k).get(keys.get(k))));
            }
        }
        Set<Expr> conditions = new LinkedHashSet<>(Counted.cohortConjuncts(layout.plan().indicator()));
        conditions.addAll(ReferenceRule.conjuncts(layout.condition(i)));
        return new RowScope(conditions, categories);
    }
}
