package se.indikator.runtime.publish;

import java.util.ArrayList;
import java.util.List;
import se.indikator.runtime.ast.Identifiers;

/**
 * The statements that compute a site, as a script of ordinary {@code show} statements: run after the
 * user's script in the same session, every table the site shows passes the session's disclosure ledger like
 * any other, and {@code indikator run} of the same text prints the same tables. For each page: the units
 * by period, the units by period and filter, and each group by period (the group first, so that each is
 * compared with the whole country in the same period).
 *
 * @param text the script
 * @param tables what each statement's table is, in the order of the statements
 */
public record PublicationScript(String text, List<TableKey> tables) {

    public PublicationScript {
        tables = List.copyOf(tables);
    }

    /** What a table of the publication is: the indicator and the breakdowns it is by, in order. */
    public record TableKey(String indicator, Kind kind, List<String> by) {
        public TableKey {
            by = List.copyOf(by);
        }
    }

    /** The kinds of table a page reads. */
    public enum Kind {
        /** The units (by period): the ranking, the map, the units' trends, the national trend. */
        UNITS,
        /** The units by the filter (by period): the ranking for one category, the profile by sex. */
        UNITS_FILTERED,
        /** One group breakdown (by period) for the whole country. */
        GROUP
    }

    /** The statements of {@code plan}, with {@code set language} first. */
    public static PublicationScript of(SitePlan plan, boolean swedish) {
        StringBuilder sb = new StringBuilder("set language ").append(swedish ? "sv" : "en").append('\n');
        List<TableKey> keys = new ArrayList<>();
        for (SitePlan.Page p : plan.pages()) {
            List<String> period = p.byPeriod() ? List.of(SitePlan.PERIOD) : List.of();
            add(sb, keys, p, Kind.UNITS, concat(List.of(plan.unit()), period));
            if (p.filtered()) {
                add(sb, keys, p, Kind.UNITS_FILTERED, concat(concat(List.of(plan.unit()), period), List.of(plan.filter())));
            }
            for (String b : p.breakdowns()) {
                add(sb, keys, p, Kind.GROUP, concat(List.of(b), period));
            }
        }
        return new PublicationScript(sb.toString(), keys);
    }

    private static void add(StringBuilder sb, List<TableKey> keys, SitePlan.Page p, Kind kind, List<String> by) {
        sb.append("show ").append(Identifiers.written(p.name())).append(" by ")
                .append(String.join(", ", by.stream().map(Identifiers::written).toList())).append('\n');
        keys.add(new TableKey(p.name(), kind, by));
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
