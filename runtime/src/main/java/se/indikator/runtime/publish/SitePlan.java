package se.indikator.runtime.publish;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import se.indikator.runtime.data.Column;
import se.indikator.runtime.data.Dataset;
import se.indikator.runtime.model.BreakdownDef;
import se.indikator.runtime.model.Catalog;
import se.indikator.runtime.model.IndicatorDef;

/**
 * What a site publishes, derived from a script's declarations rather than written out: every indicator whose
 * status is active (or not stated) and whose data have the units' column gets a page; the units are the
 * first declared unit of comparison that is a column of the data ({@code unit region}); the period is the
 * column {@value #PERIOD} where the data have it; the groups are the declared breakdowns (not units) of at
 * most {@value #MAX_CATEGORIES} fixed categories whose columns the indicator's data have; the filter besides
 * the period is the first of those with exactly two categories besides residual ones (as {@code kön}).
 *
 * @param unit the column of the units of comparison (a page per unit)
 * @param filter the breakdown the pages filter by besides the period, or null
 * @param filterCategories its categories, in declaration order
 * @param pages one per published indicator, in declaration order
 * @param skipped the indicators left out, each with the reason, for the command's report
 */
public record SitePlan(String unit, String filter, List<String> filterCategories, List<Page> pages, List<String> skipped) {

    /** The column that gives the period of the pages' year filter and trends. */
    public static final String PERIOD = "year";

    /** The most categories a breakdown may have to be shown as a group table on an indicator's page. */
    public static final int MAX_CATEGORIES = 8;

    public SitePlan {
        filterCategories = List.copyOf(filterCategories);
        pages = List.copyOf(pages);
        skipped = List.copyOf(skipped);
    }

    /**
     * One indicator's page: whether its data have the period, whether the filter applies to it, and the
     * breakdowns of its group tables.
     */
    public record Page(IndicatorDef indicator, boolean byPeriod, boolean filtered, List<String> breakdowns) {
        public Page {
            breakdowns = List.copyOf(breakdowns);
        }

        public String name() {
            return indicator.name();
        }
    }

    /** The plan for the catalogue's declarations, or empty (with the reason) when nothing can be published. */
    public static Result of(Catalog catalog) {
        List<IndicatorDef> candidates = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (IndicatorDef ind : catalog.indicators().values()) {
            String status = ind.meta("status").orElse("active");
            if (!status.equalsIgnoreCase("active")) {
                skipped.add(ind.name() + ": its status is '" + status + "'");
            } else if (columns(catalog, ind).isEmpty()) {
                skipped.add(ind.name() + ": its data are not loaded");
            } else {
                candidates.add(ind);
            }
        }
        Optional<String> unit = catalog.units().stream()
                .filter(u -> candidates.stream().anyMatch(i -> columns(catalog, i).contains(u))).findFirst();
        if (unit.isEmpty()) {
            return new Result(Optional.empty(), candidates.isEmpty() ? "the script declares no active indicator"
                    : "no unit of comparison declared with 'unit' is a column of the indicators' data");
        }
        List<BreakdownDef> groups = catalog.breakdowns().values().stream()
                .filter(b -> !catalog.isUnit(b.name()) && b.hasFixedCategories() && b.categories().size() <= MAX_CATEGORIES)
                .toList();
        List<Page> pages = new ArrayList<>();
        BreakdownDef filter = null;
        for (IndicatorDef ind : candidates) {
            Set<String> cols = columns(catalog, ind);
            if (!cols.contains(unit.get())) {
                skipped.add(ind.name() + ": its data have no column " + unit.get());
                continue;
            }
            List<String> by = new ArrayList<>();
            for (BreakdownDef b : groups) {
                if (cols.containsAll(b.columns())) {
                    by.add(b.name());
                    if (filter == null && twoCategories(b)) {
                        filter = b;
                    }
                }
            }
            pages.add(new Page(ind, cols.contains(PERIOD), false, by));
        }
        String f = filter == null ? null : filter.name();
        List<Page> withFilter = pages.stream()
                .map(p -> new Page(p.indicator(), p.byPeriod(), f != null && p.breakdowns().contains(f), p.breakdowns())).toList();
        BreakdownDef chosen = filter;
        List<String> categories = chosen == null ? List.of()
                : chosen.categories().stream().filter(c -> !chosen.isResidual(c)).toList();
        return new Result(Optional.of(new SitePlan(unit.get(), f, categories, withFilter, skipped)), null);
    }

    /** A plan, or why there is none. */
    public record Result(Optional<SitePlan> plan, String problem) {
    }

    private static boolean twoCategories(BreakdownDef b) {
        return b.categories().stream().filter(c -> !b.isResidual(c)).count() == 2;
    }

    /** The columns every data source of the indicator has (empty when one is not loaded). */
    static Set<String> columns(Catalog catalog, IndicatorDef ind) {
        Set<String> common = null;
        for (String source : ind.sources()) {
            Optional<Dataset> d = catalog.data(source);
            if (d.isEmpty()) {
                return Set.of();
            }
            Set<String> names = new HashSet<>();
            for (Column c : d.get().columns()) {
                names.add(c.name());
            }
            if (common == null) {
                common = names;
            } else {
                common.retainAll(names);
            }
        }
        return common == null ? Set.of() : common;
    }

    /** The page of an indicator, if it is published. */
    public Optional<Page> page(String indicator) {
        return pages.stream().filter(p -> p.name().equals(indicator)).findFirst();
    }
}
