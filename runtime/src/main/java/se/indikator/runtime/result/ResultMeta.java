package se.indikator.runtime.result;

import java.util.List;

/**
 * What a presentation needs to know about an indicator result beyond its cells: the indicator's
 * name, title and measure, which columns are breakdowns, the polarity ({@code higher}, {@code lower},
 * {@code none}), the target in the measure's units (NaN when none) and its comparator, and the
 * label of the confidence level used for verdicts (e.g. {@code 95}).
 */
public record ResultMeta(String indicator, String title, String measure, List<String> breakdowns, String polarity,
        double target, String targetComparator, String level) {
    public ResultMeta {
        breakdowns = List.copyOf(breakdowns);
    }
}
