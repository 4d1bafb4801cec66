package se.indikator.runtime.disclosure;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import se.indikator.runtime.ast.Expr;
import se.indikator.runtime.data.Dataset;
import se.indikator.runtime.diag.Diagnostic;
import se.indikator.runtime.diag.Span;
import se.indikator.runtime.estimate.DisclosureGuard;
import se.indikator.runtime.model.Catalog;
import se.indikator.runtime.model.Functions;
import se.indikator.runtime.model.IndicatorDef;

/**
 * The disclosure ledger of a run or a shell session: every table of indicator results that leaves the
 * program — printed, exported, charted, in a notebook — is published through it, one {@link Family} per
 * data and what is counted of them ({@link Counted}: indicators whose cohorts differ only in their conditions
 * are one family). It decides suppression across the tables published so far ({@link #guard}) and proves
 * it afterwards ({@link #audit}): for every protected count, the range of values consistent with everything
 * published.
 */
public final class Ledger {
    private final List<Family> families = new ArrayList<>();
    /** Each dataset published of, to the first one with the same rows. */
    private final Map<Dataset, Dataset> canonical = new IdentityHashMap<>();
    private int tables;

    /** The guard for the results of one statement, published as table(s) of the statement at {@code at}. */
    public DisclosureGuard guard(Span at, String label, Catalog catalog, Functions functions) {
        return (layout, decisions) -> {
            IndicatorDef ind = layout.plan().indicator();
            List<Dataset> read = ind.sources().stream().map(s -> catalog.data(s).orElse(null)).toList();
            if (read.contains(null)) {
                return List.of();
            }
            List<Dataset> data = read.stream().map(this::canonical).toList();
            Counted counted = Counted.of(ind);
            Family family = families.stream().filter(f -> f.of(counted, data)).findFirst().orElseGet(() -> {
                Family f = new Family(ind, data);
                for (Family wider : families) { // tables published before of indicators with narrower numerators
                    Set<Expr> beyond = wider.over(data) ? wider.counted().numeratorBeyond(f.counted()) : null;
                    if (beyond != null) {
                        f.absorb(wider, beyond);
                    }
                }
                families.add(f);
                return f;
            });
            tables++;
            LedgerTable table = new LedgerTable(tables, at, label, ind.name(), Set.copyOf(Counted.cohortConjuncts(ind)));
            List<Family.Pending> pending = new ArrayList<>();
            pending.add(family.prepare(table, layout, decisions, catalog, functions, null));
            for (Family f : families) { // the families whose numerators this one's narrows
                Set<Expr> beyond = f != family && f.over(data) ? counted.numeratorBeyond(f.counted()) : null;
                if (beyond != null) {
                    pending.add(f.prepare(table, layout, decisions, catalog, functions, beyond));
                }
            }
            List<Diagnostic> notices = new ArrayList<>();
            for (Family.Pending p : pending) {
                Family.commit(p, decisions);
                p.notices().stream().filter(n -> !notices.contains(n)).forEach(notices::add);
            }
            return notices;
        };
    }

    /**
     * The first dataset published of that holds the same rows as {@code d} ({@link Dataset#sameRows}: the same
     * file read again under another name), so that the tables of both are one family's.
     */
    private Dataset canonical(Dataset d) {
        Dataset first = canonical.get(d);
        if (first != null) {
            return first;
        }
        first = d;
        for (Dataset known : canonical.values()) {
            if (known.sameRows(d)) {
                first = known;
                break;
            }
        }
        canonical.put(d, first);
        return first;
    }

    /** Forgets everything published (a new session). */
    public void clear() {
        canonical.clear();
        families.clear();
        tables = 0;
    }

    /** The audit of everything published so far. */
    public Audit audit() {
        int published = 0;
        int guarded = 0;
        List<Exposure> exposures = new ArrayList<>();
        List<String> unproven = new ArrayList<>();
        boolean ruled = false;
        for (Family f : families) {
            ruled |= f.ruled();
            published += f.published().size();
            guarded += f.protectedCounts().size();
            if (!f.ruled()) {
                continue;
            }
            if (!f.ensureAtoms()) {
                unproven.add(f.name() + ": its tables combine too many categories to model");
                continue;
            }
            for (Family.Violation v : f.violations(f.published(), f.protectedCounts(), false)) {
                exposures.add(new Exposure(v.describe(), v.range().width(), v.required(), v.range().proven(),
                        pinning(f, v)));
            }
        }
        return new Audit(tables, published, guarded, exposures, unproven, ruled);
    }

    /**
     * The tables that pin an exposed count: those whose removal alone restores its protection, or, when no
     * single one does, every table that shares microdata with it.
     */
    private static List<String> pinning(Family f, Family.Violation v) {
        Set<LedgerTable> related = new LinkedHashSet<>();
        for (Count c : f.published()) {
            if (f.atomsMembers(c.scope()).intersects(v.atoms())) {
                related.add(c.table());
            }
        }
        List<String> alone = new ArrayList<>();
        for (LedgerTable t : related) {
            List<Count> without = f.published().stream().filter(c -> c.table() != t).toList();
            if (f.rangeOf(v, without).atLeast(v.required())) {
                alone.add(t.where());
            }
        }
        return alone.isEmpty() ? related.stream().map(LedgerTable::where).toList() : alone;
    }
}
