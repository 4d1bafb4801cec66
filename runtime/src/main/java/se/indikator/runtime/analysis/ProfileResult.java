package se.indikator.runtime.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.indikator.runtime.ast.Polarity;
import se.indikator.runtime.estimate.Comparison;
import se.indikator.runtime.estimate.GroupResult;
import se.indikator.runtime.estimate.IndicatorResult;

/**
 * The region profile, typed: for one unit (e.g. region "Skåne") and each indicator — for each category of a
 * second breakdown (women, men) when one is given — the value, its reference (the country, same sex), the
 * percentage deviation, the deviation oriented so that positive is always better, and the comparison. Each
 * row is read from the indicator's own result, so the profile and {@code show … by region, kön} always agree;
 * a value hidden there is hidden here. {@code reference} says in words what the rows are compared with.
 */
public record ProfileResult(String title, String unit, String seriesName, String reference, List<Row> rows,
        boolean decimalComma) {

    public ProfileResult {
        rows = List.copyOf(rows);
    }

    /** One indicator (and series) of the profile; NaN where hidden or not compared. */
    public record Row(String indicator, String title, String series, double value, double reference, double deviationPct,
            double orientedDeviationPct, Comparison comparison, String note) {
    }

    /**
     * The profile of {@code unit} from each indicator's result by the unit's breakdown (and the series'
     * breakdown, second); empty when the unit is not a category of the first result.
     */
    public static Optional<ProfileResult> of(String title, String unit, List<IndicatorResult> results, boolean decimalComma) {
        if (results.isEmpty() || !results.get(0).categories().get(0).contains(unit)) {
            return Optional.empty();
        }
        boolean series = results.get(0).breakdowns().size() > 1;
        List<Row> rows = new ArrayList<>();
        for (IndicatorResult r : results) {
            List<String> seriesCats = series ? r.categories().get(1) : java.util.Collections.singletonList(null);
            for (String s : seriesCats) {
                List<String> labels = s == null ? List.of(unit) : List.of(unit, s);
                Optional<GroupResult> g = r.group(labels);
                double value = g.map(GroupResult::shownValue).orElse(Double.NaN);
                Comparison vs = g.map(GroupResult::comparison).orElse(Comparison.NOT_COMPARED);
                double reference = g.map(GroupResult::referenceValue).orElse(Double.NaN);
                boolean compared = vs != Comparison.NOT_COMPARED;
                double dev = compared ? g.get().deviationPct() : Double.NaN;
                double oriented = r.indicator().polarity() == Polarity.LOWER ? -dev : dev;
                String note = g.map(x -> x.disclosure().reason()).orElse(null);
                rows.add(new Row(r.indicator().name(), r.indicator().title(), s, value, reference, dev, oriented, vs, note));
            }
        }
        String note = results.get(0).referenceNote();
        String reference = note == null ? null : note.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + note.substring(1);
        return Optional.of(new ProfileResult(title, unit, series ? results.get(0).breakdowns().get(1).name() : null,
                reference, rows, decimalComma));
    }
}
