package se.indikator.runtime.publish;

import java.util.ArrayList;
import java.util.List;
import se.indikator.runtime.result.Wording;

/** A trend as a chart with its table beside it, from rows of released tables, one per period. */
final class Trends {
    private Trends() {
    }

    /**
     * The chart and table of {@code rows} (each with its period's label).
     *
     * @param compared whether the rows are compared with the country (a region's trend), which adds the
     *                 country's value and the comparison to the table and the country's line to the chart
     */
    static String pair(Site site, List<ReleasedTable.Row> rows, String title, String series, boolean compared, String id) {
        SiteWords w = site.words();
        boolean sv = w.swedish();
        int decimals = rows.isEmpty() ? 1 : rows.get(0).of().decimals();
        List<TrendLines.Point> points = new ArrayList<>();
        List<List<SiteTable.Cell>> cells = new ArrayList<>();
        for (ReleasedTable.Row r : rows) {
            String period = r.label(SitePlan.PERIOD);
            points.add(new TrendLines.Point(period, r.value(), r.lower(), r.upper(), compared ? r.national() : Double.NaN));
            List<SiteTable.Cell> row = new ArrayList<>(List.of(SiteTable.header(period), SiteTable.number(r.value(), decimals, sv),
                    SiteTable.number(r.lower(), decimals, sv), SiteTable.number(r.upper(), decimals, sv)));
            if (compared) {
                row.add(SiteTable.number(r.national(), decimals, sv));
                row.add(SiteTable.comparison(r.comparison(), sv));
            }
            cells.add(row);
        }
        String level = rows.isEmpty() ? "lower_95" : rows.get(0).of().lowerColumn();
        List<String> headers = new ArrayList<>(List.of(w.get("year"), Wording.header("value", sv),
                Wording.header(level, sv), Wording.header("upper_" + level.substring(6), sv)));
        if (compared) {
            headers.add(Wording.header("national", sv));
            headers.add(Wording.header("vs_national", sv));
        }
        return "<div class=\"pair\">\n" + SiteTable.render(id, w.get("trend") + ", " + title, headers, cells, w)
                + TrendLines.render(w.get("trend") + ", " + title, series, points, w, compared) + "</div>\n";
    }
}
