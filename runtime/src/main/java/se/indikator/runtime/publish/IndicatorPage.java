package se.indikator.runtime.publish;

import static se.indikator.runtime.notebook.HtmlText.escape;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.indikator.runtime.ast.Polarity;
import se.indikator.runtime.model.IndicatorDef;
import se.indikator.runtime.result.Wording;

/**
 * An indicator's page: the regions ranked with their intervals and comparisons with the whole country, beside
 * the tile map, for each period and category of the filter; the country's trend; the groups (sex, age,
 * education, country of birth) per period; the definition; and the downloads of its tables.
 */
final class IndicatorPage {
    private IndicatorPage() {
    }

    static String render(Site site, SitePlan.Page page, List<Downloads.Link> downloads) {
        SiteWords w = site.words();
        boolean sv = w.swedish();
        IndicatorDef ind = page.indicator();
        List<String> periods = page.byPeriod() ? site.periods() : List.of();
        List<String> sexes = new ArrayList<>();
        sexes.add("");
        if (page.filtered()) {
            sexes.addAll(site.plan().filterCategories());
        }
        StringBuilder sb = new StringBuilder();
        ind.meta("description").ifPresent(d -> sb.append("<p class=\"lead\">").append(escape(d)).append("</p>\n"));
        sb.append("<p>").append(escape(w.get("measure"))).append(": ").append(escape(Wording.measure(ind.measure().describe(), sv)))
                .append(". ").append(escape(polarity(ind.polarity(), sv))).append("</p>\n");
        sb.append(Filters.form(site, periods, page.filtered()));

        sb.append("<section aria-labelledby=\"h-rank\">\n<h2 id=\"h-rank\">").append(escape(w.get("ranked"))).append("</h2>\n");
        List<String> years = periods.isEmpty() ? java.util.Collections.singletonList(null) : periods;
        int n = 0;
        for (String year : years) {
            for (String sex : sexes) {
                boolean first = (year == null || year.equals(years.get(years.size() - 1))) && sex.isEmpty();
                sb.append(Filters.view(year, page.filtered() ? sex : null, first));
                sb.append(ranked(site, page, year, sex, "rank-" + (++n)));
                sb.append("</div>\n");
            }
        }
        sb.append("</section>\n");

        if (!periods.isEmpty()) {
            sb.append("<section aria-labelledby=\"h-trend\">\n<h2 id=\"h-trend\">").append(escape(w.get("trend"))).append("</h2>\n");
            for (String sex : sexes) {
                sb.append(Filters.view(null, page.filtered() ? sex : null, sex.isEmpty()));
                sb.append(trend(site, page, sex, "trend-" + (++n)));
                sb.append("</div>\n");
            }
            sb.append("</section>\n");
        }

        if (!site.groups(page.name()).isEmpty()) {
            sb.append("<section aria-labelledby=\"h-groups\">\n<h2 id=\"h-groups\">").append(escape(w.get("groups"))).append("</h2>\n");
            for (ReleasedTable g : site.groups(page.name())) {
                String b = g.key().by().get(0);
                sb.append("<h3>").append(escape(Wording.header(b, sv))).append("</h3>\n");
                for (String year : years) {
                    sb.append(Filters.view(year, null, year == null || year.equals(years.get(years.size() - 1))));
                    sb.append(group(site, g, b, year, "group-" + (++n)));
                    sb.append("</div>\n");
                }
            }
            sb.append("</section>\n");
        }

        sb.append("<section aria-labelledby=\"h-def\">\n<h2 id=\"h-def\">").append(escape(w.get("definition"))).append("</h2>\n")
                .append(DefinitionsPage.definition(ind, sv)).append("</section>\n");
        sb.append(Downloads.section(downloads, w, 1));
        String title = ind.title() == null ? ind.name() : ind.title();
        return PageFrame.page(w, 1, title, w.get("indicators") + " › " + title, sb.toString());
    }

    static String polarity(Polarity p, boolean sv) {
        return switch (p) {
            case HIGHER -> sv ? "Ett högre värde är bättre." : "A higher value is better.";
            case LOWER -> sv ? "Ett lägre värde är bättre." : "A lower value is better.";
            case NONE -> sv ? "Ingen riktning är bättre." : "No direction is better.";
        };
    }

    /** The units' rows for one selection (period, category of the filter; "" for all), and the country's row. */
    static List<ReleasedTable.Row> unitRows(Site site, SitePlan.Page page, String year, String sex, boolean country) {
        ReleasedTable t = site.table(page.name(), sex.isEmpty() ? PublicationScript.Kind.UNITS
                : PublicationScript.Kind.UNITS_FILTERED).orElse(null);
        if (t == null) {
            return List.of();
        }
        Map<String, String> labels = new LinkedHashMap<>();
        if (year != null) {
            labels.put(SitePlan.PERIOD, year);
        }
        if (!sex.isEmpty()) {
            labels.put(site.plan().filter(), sex);
        }
        String unit = site.plan().unit();
        return t.rows(labels).stream().filter(r -> country == site.country().equals(r.label(unit))
                && !site.total().equals(r.label(unit))).toList();
    }

    private static String ranked(Site site, SitePlan.Page page, String year, String sex, String id) {
        SiteWords w = site.words();
        boolean sv = w.swedish();
        String unit = site.plan().unit();
        List<ReleasedTable.Row> rows = new ArrayList<>(unitRows(site, page, year, sex, false));
        Comparator<ReleasedTable.Row> byValue = Comparator.comparingDouble(ReleasedTable.Row::value);
        if (page.indicator().polarity() == Polarity.HIGHER) {
            byValue = byValue.reversed();
        }
        Comparator<ReleasedTable.Row> order = Comparator.<ReleasedTable.Row, Boolean>comparing(r -> Double.isNaN(r.value()))
                .thenComparing(byValue).thenComparing(r -> r.label(unit));
        rows.sort(order);
        String selection = Filters.describe(site, year, page.filtered() ? sex : null);
        String caption = w.get("ranked") + (selection.isEmpty() ? "" : ", " + selection);
        List<ReleasedTable.Row> country = unitRows(site, page, year, sex, true);
        int decimals = rows.isEmpty() ? 1 : rows.get(0).of().decimals();
        List<List<SiteTable.Cell>> cells = new ArrayList<>();
        Map<String, TileMap.Value> tiles = new LinkedHashMap<>();
        List<RankedIntervals.Bar> bars = new ArrayList<>();
        int rank = 0;
        for (ReleasedTable.Row r : rows) {
            boolean shown = !Double.isNaN(r.value());
            String name = r.label(unit);
            cells.add(List.of(shown ? SiteTable.text(Integer.toString(++rank)) : SiteTable.text(""),
                    SiteTable.header(name, "../" + Site.unitFile(name)), SiteTable.number(r.value(), decimals, sv),
                    SiteTable.number(r.lower(), decimals, sv), SiteTable.number(r.upper(), decimals, sv),
                    SiteTable.number(r.national(), decimals, sv), SiteTable.comparison(r.comparison(), sv)));
            bars.add(new RankedIntervals.Bar(name, r.value(), r.lower(), r.upper(), r.comparison()));
            tiles.put(name, new TileMap.Value(shown ? se.indikator.runtime.result.NumberFormat.human(r.value(), decimals, sv) : "",
                    r.comparison()));
        }
        for (ReleasedTable.Row r : country) {
            cells.add(List.of(SiteTable.text(""), SiteTable.header(site.country()), SiteTable.number(r.value(), decimals, sv),
                    SiteTable.number(r.lower(), decimals, sv), SiteTable.number(r.upper(), decimals, sv),
                    SiteTable.number(r.national(), decimals, sv), SiteTable.comparison(null, sv)));
        }
        String level = rows.isEmpty() ? "lower_95" : rows.get(0).of().lowerColumn();
        List<String> headers = List.of(w.get("rank"), Wording.header(unit, sv), Wording.header("value", sv),
                Wording.header(level, sv), Wording.header("upper_" + level.substring(6), sv), Wording.header("national", sv),
                Wording.header("vs_national", sv));
        return "<h3>" + escape(selection.isEmpty() ? w.get("all") : selection) + "</h3>\n<div class=\"pair\">\n"
                + SiteTable.render(id, caption, headers, cells, w) + "<div class=\"charts\">\n"
                + RankedIntervals.render(caption, bars, country.isEmpty() ? Double.NaN : country.get(0).value(), w)
                + TileMap.render(w.get("map") + (selection.isEmpty() ? "" : ", " + selection), tiles, w) + "</div>\n</div>\n";
    }

    private static String trend(Site site, SitePlan.Page page, String sex, String id) {
        SiteWords w = site.words();
        boolean sv = w.swedish();
        List<ReleasedTable.Row> rows = new ArrayList<>();
        for (String year : site.periods()) {
            rows.addAll(unitRows(site, page, year, sex, true));
        }
        String selection = sex.isEmpty() ? w.get("all") : sex;
        return "<h3>" + escape(site.country() + ", " + selection) + "</h3>\n"
                + Trends.pair(site, rows, site.country() + ", " + selection, site.country(), false, id);
    }

    private static String group(Site site, ReleasedTable g, String b, String year, String id) {
        SiteWords w = site.words();
        boolean sv = w.swedish();
        Map<String, String> labels = new LinkedHashMap<>();
        if (year != null) {
            labels.put(SitePlan.PERIOD, year);
        }
        List<List<SiteTable.Cell>> cells = new ArrayList<>();
        for (ReleasedTable.Row r : g.rows(labels)) {
            String label = r.label(b);
            if (label == null || label.equals(site.country()) || label.equals(site.total())) {
                continue;
            }
            cells.add(List.of(SiteTable.header(label), SiteTable.number(r.value(), g.decimals(), sv),
                    SiteTable.number(r.lower(), g.decimals(), sv), SiteTable.number(r.upper(), g.decimals(), sv),
                    SiteTable.number(r.national(), g.decimals(), sv), SiteTable.comparison(r.comparison(), sv)));
        }
        String level = g.lowerColumn();
        List<String> headers = List.of(Wording.header(b, sv), Wording.header("value", sv), Wording.header(level, sv),
                Wording.header("upper_" + level.substring(6), sv), Wording.header("national", sv), Wording.header("vs_national", sv));
        String caption = Wording.header(b, sv) + (year == null ? "" : ", " + year);
        return SiteTable.render(id, caption, headers, cells, w);
    }
}
