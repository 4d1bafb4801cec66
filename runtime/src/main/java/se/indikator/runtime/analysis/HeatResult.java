package se.indikator.runtime.analysis;

import java.util.ArrayList;
import java.util.List;
import se.indikator.runtime.estimate.Comparison;
import se.indikator.runtime.estimate.GroupResult;
import se.indikator.runtime.estimate.IndicatorResult;

/**
 * The heat table behind {@code plot heat region on a, b, c}, typed: the categories of the breakdown (rows),
 * the indicators (columns), and in each cell the group's comparison with its reference — not compared where
 * the value is hidden.
 */
public record HeatResult(String title, String breakdown, List<String> categories, List<String> indicators,
        List<List<Comparison>> cells) {

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
        return new HeatResult(title, results.get(0).breakdowns().get(0).name(), categories,
                results.stream().map(r -> r.indicator().name()).toList(), cells);
    }
}
