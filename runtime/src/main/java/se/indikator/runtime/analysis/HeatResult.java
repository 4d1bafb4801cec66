package se.indikator.runtime.analysis;

import java.util.ArrayList;
import java.util.List;
import se.indikator.runtime.estimate.Comparison;
import se.indikator.runtime.estimate.GroupResult;
import se.indikator.runtime.estimate.IndicatorResult;

/**
 * The heat table behind {@code plot heat region on a, b, c}, typed: the categories of the breakdown (rows),
 * the indicators (columns), and in each cell the group's comparison with its reference — not compared where
 * the value is hidden. {@code reference} says in words what the groups are compared with (the first
 * indicator's reference; every indicator's is made by the same rule).
 */
public record HeatResult(String title, String breakdown, List<String> categories, List<String> indicators,
        List<List<Comparison>> cells, String reference) {

    public HeatResult {
        categories = List.copyOf(categories);
        indicators = List.copyOf(indicators);
        cells = cells.stream().map(List::copyOf).toList();
    }

    /** The heat table of the results, one per indicator, each by the same one breakdown. */
    public static HeatResult of(String title, List<IndicatorResult> results) {
        List<String> categories = new ArrayList<>();
        for (GroupResult g : results.get(0).groups()) {
            categories.add(results.get(0).label(g, 0));
        }
        List<List<Comparison>> cells = new ArrayList<>();
        for (String c : categories) {
            List<Comparison> row = new ArrayList<>();
            for (IndicatorResult r : results) {
                row.add(r.group(List.of(c)).map(GroupResult::comparison).filter(x -> x != null)
                        .orElse(Comparison.NOT_COMPARED));
            }
            cells.add(row);
        }
        String note = results.get(0).referenceNote();
        return new HeatResult(title, results.get(0).breakdowns().get(0).name(), categories,
                results.stream().map(r -> r.indicator().name()).toList(), cells,
                note == null ? null : note.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + note.substring(1));
    }
}
