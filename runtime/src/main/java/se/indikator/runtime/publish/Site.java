package se.indikator.runtime.publish;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.indikator.runtime.model.IndicatorDef;

/**
 * A site ready to write: its plan, its words and the released tables of its publication, with the lookups
 * the pages share (an indicator's tables, the periods, the units) and the site's file names.
 */
public record Site(SitePlan plan, SiteWords words, List<ReleasedTable> tables) {

    public Site {
        tables = List.copyOf(tables);
    }

    /** The word the tables use for the whole country's rows. */
    public String country() {
        return words.swedish() ? "Riket" : "National";
    }

    /** The word the tables use where a row covers every category of a breakdown. */
    public String total() {
        return words.swedish() ? "Totalt" : "Total";
    }

    /** The table of {@code kind} for an indicator (the units, or the units by the filter). */
    public Optional<ReleasedTable> table(String indicator, PublicationScript.Kind kind) {
        return tables.stream().filter(t -> t.key().indicator().equals(indicator) && t.key().kind() == kind).findFirst();
    }

    /** Every table of an indicator, in the order of the publication. */
    public List<ReleasedTable> tables(String indicator) {
        return tables.stream().filter(t -> t.key().indicator().equals(indicator)).toList();
    }

    /** The group tables of an indicator, one per breakdown. */
    public List<ReleasedTable> groups(String indicator) {
        return tables.stream().filter(t -> t.key().indicator().equals(indicator)
                && t.key().kind() == PublicationScript.Kind.GROUP).toList();
    }

    /** The periods of the site, in order, from the units' tables. */
    public List<String> periods() {
        List<String> out = new ArrayList<>();
        for (ReleasedTable t : tables) {
            if (t.key().kind() == PublicationScript.Kind.UNITS && t.key().by().contains(SitePlan.PERIOD)) {
                for (String p : t.labels(SitePlan.PERIOD, country(), total())) {
                    if (!out.contains(p)) {
                        out.add(p);
                    }
                }
            }
        }
        out.sort(String::compareTo);
        return out;
    }

    /** The units of comparison of the site (the regions), in the order the tables give them. */
    public List<String> units() {
        List<String> out = new ArrayList<>();
        for (ReleasedTable t : tables) {
            if (t.key().kind() == PublicationScript.Kind.UNITS) {
                for (String u : t.labels(plan.unit(), country(), total())) {
                    if (!out.contains(u)) {
                        out.add(u);
                    }
                }
            }
        }
        return out;
    }

    public List<IndicatorDef> indicators() {
        return plan.pages().stream().map(SitePlan.Page::indicator).toList();
    }

    /** The file of an indicator's page, relative to the site's root. */
    public static String indicatorFile(String indicator) {
        return "indikator/" + Slugs.of(indicator) + ".html";
    }

    /** The file of a unit's page, relative to the site's root. */
    public static String unitFile(String unit) {
        return "region/" + Slugs.of(unit) + ".html";
    }

    public static final String DEFINITIONS = "definitioner.html";
}
