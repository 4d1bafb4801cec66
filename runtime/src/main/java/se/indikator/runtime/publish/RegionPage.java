package se.indikator.runtime.publish;

import static se.indikator.runtime.notebook.HtmlText.escape;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import se.indikator.runtime.result.Wording;

/**
 * A region's page: its profile against the whole country for each period — every indicator's value, the
 * country's value and the comparison, for all and for each category of the filter (women, men) — and its trend
 * in each indicator against the country's, with the downloads of its rows.
 */
final class RegionPage {
    private RegionPage() {
    }

    static String render(Site site, String unit, List<Downloads.Link> downloads) {
        SiteWords w = site.words();
        boolean sv = w.swedish();
        List<String> periods = site.periods();
        boolean filtered = site.plan().pages().stream().anyMatch(SitePlan.Page::filtered);
        StringBuilder sb = new StringBuilder();
        sb.append(Filters.form(site, periods, false));
        sb.append("<section aria-labelledby=\"h-profile\">\n<h2 id=\"h-profile\">").append(escape(w.get("profile"))).append("</h2>\n");
        List<String> years = periods.isEmpty() ? java.util.Collections.singletonList(null) : periods;
        int n = 0;
        for (String year : years) {
            sb.append(Filters.view(year, null, year == null || year.equals(years.get(years.size() - 1))));
            sb.append("<h3>").append(escape(year == null ? w.get("all") : year)).append("</h3>\n");
            sb.append(profile(site, unit, year, filtered, "profile-" + (++n)));
            sb.append("</div>\n");
        }
        sb.append("</section>\n");
        if (!periods.isEmpty()) {
            sb.append("<section aria-labelledby=\"h-trend\">\n<h2 id=\"h-trend\">").append(escape(w.get("trend"))).append("</h2>\n");
            for (SitePlan.Page p : site.plan().pages()) {
                if (!p.byPeriod()) {
                    continue;
                }
                String title = p.indicator().title() == null ? p.name() : p.indicator().title();
                sb.append("<h3>").append(escape(title)).append("</h3>\n");
                List<ReleasedTable.Row> rows = new ArrayList<>();
                site.table(p.name(), PublicationScript.Kind.UNITS).ifPresent(t -> {
                    for (String year : periods) {
                        rows.addAll(t.rows(Map.of(site.plan().unit(), unit, SitePlan.PERIOD, year)));
                    }
                });
                sb.append(Trends.pair(site, rows, unit + ", " + title, unit, true, "trend-" + (++n)));
            }
            sb.append("</section>\n");
        }
        sb.append(Downloads.section(downloads, w, 1));
        return PageFrame.page(w, 1, unit, w.get("regions") + " › " + unit, sb.toString());
    }

    /** The profile table of one period: a row per indicator, the value, country and comparison per category. */
    private static String profile(Site site, String unit, String year, boolean filtered, String id) {
        SiteWords w = site.words();
        boolean sv = w.swedish();
        List<String> sexes = new ArrayList<>();
        sexes.add("");
        if (filtered) {
            sexes.addAll(site.plan().filterCategories());
        }
        List<String> headers = new ArrayList<>();
        headers.add(w.get("indicator"));
        for (String sex : sexes) {
            String s = sex.isEmpty() ? w.get("all") : sex;
            headers.add(Wording.header("value", sv) + ", " + s);
            headers.add(site.country() + ", " + s);
            headers.add(Wording.header("vs_national", sv) + ", " + s);
        }
        List<List<SiteTable.Cell>> cells = new ArrayList<>();
        for (SitePlan.Page p : site.plan().pages()) {
            String title = p.indicator().title() == null ? p.name() : p.indicator().title();
            List<SiteTable.Cell> row = new ArrayList<>();
            row.add(SiteTable.header(title + (p.byPeriod() ? "" : " (" + w.get("whole period") + ")"),
                    "../" + Site.indicatorFile(p.name())));
            for (String sex : sexes) {
                if (!sex.isEmpty() && !p.filtered()) {
                    row.addAll(List.of(SiteTable.text(""), SiteTable.text(""), SiteTable.text("")));
                    continue;
                }
                ReleasedTable.Row r = IndicatorPage.unitRows(site, p, p.byPeriod() ? year : null, sex, false).stream()
                        .filter(x -> unit.equals(x.label(site.plan().unit()))).findFirst().orElse(null);
                int decimals = r == null ? 1 : r.of().decimals();
                row.add(SiteTable.number(r == null ? Double.NaN : r.value(), decimals, sv));
                row.add(SiteTable.number(r == null ? Double.NaN : r.national(), decimals, sv));
                row.add(SiteTable.comparison(r == null ? null : r.comparison(), sv));
            }
            cells.add(row);
        }
        return SiteTable.render(id, w.get("profile") + ", " + unit + (year == null ? "" : ", " + year), headers, cells, w);
    }
}
