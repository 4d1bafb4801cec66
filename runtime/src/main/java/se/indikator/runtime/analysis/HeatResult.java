package se.indikator.runtime.analysis;

import java.util.ArrayList;
import java.util.List;
import se.indikator.runtime.estimate.Comparison;
import se.indikator.runtime.estimate.GroupResult;
import se.indikator.runtime.estimate.IndicatorResult;
import se.indikator.runtime.result.Units;

/**
 * The heat table behind {@code plot heat region on a, b, c}, typed: the categories of the breakdown (e.g. the
 * regions), the indicators (names, titles, units, decimals and national values), and in each cell the group's
 * value (null where hidden) and its comparison with its reference — not compared where the value is hidden.
 * {@code reference} says in words what the groups are compared with (the first indicator's reference; every
 * indicator's is made by the same rule).
 */
public record HeatResult(String title, String breakdown, List<String> categories, List<Row> indicators,
        List<List<Comparison>> cells, List<List<Double>> values, String reference) {

    /** One indicator: its name, title, unit, decimals and national value (NaN when hidden). */
    public record Row(String name, String title, String unit, int decimals, double national) {
    }

    public HeatResult {
        categories = List.copyOf(categories);
        indicators = List.copyOf(indicators);
        cells = cells.stream().map(List::copyOf).toList();
        values = values.stream().map(v -> java.util.Collections.unmodifiableList(new ArrayList<>(v))).toList();
    }

    /** The heat table of the results, one per indicator, each by the same one breakdown. */
    public static HeatResult of(String title, List<IndicatorResult> results) {
        List<String> categories = new ArrayList<>();
        for (GroupResult g : results.get(0).groups()) {
            categories.add(results.get(0).label(g, 0));
        }
        List<List<Comparison>> cells = new ArrayList<>();
        List<List<Double>> values = new ArrayList<>();
        for (String c : categories) {
            List<Comparison> row = new ArrayList<>();
            List<Double> vs = new ArrayList<>();
            for (IndicatorResult r : results) {
                java.util.Optional<GroupResult> g = r.group(List.of(c));
                row.add(g.map(GroupResult::comparison).filter(x -> x != null).orElse(Comparison.NOT_COMPARED));
                double v = g.map(GroupResult::shownValue).orElse(Double.NaN);
                vs.add(Double.isNaN(v) ? null : v);
            }
            cells.add(row);
            values.add(vs);
        }
        List<Row> rows = new ArrayList<>();
        for (IndicatorResult r : results) {
            String t = r.indicator().title() == null || r.indicator().title().isBlank() ? r.indicator().name()
                    : r.indicator().title();
            GroupResult nat = r.national();
            double national = nat.disclosure().valueHidden() ? Double.NaN : nat.estimate().value();
            rows.add(new Row(r.indicator().name(), t, Units.of(r.indicator(), r.settings().swedish()), r.decimals(), national));
        }
        String note = results.get(0).referenceNote();
        return new HeatResult(title, results.get(0).breakdowns().get(0).name(), categories, rows, cells, values,
                note == null ? null : note.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + note.substring(1));
    }
}
