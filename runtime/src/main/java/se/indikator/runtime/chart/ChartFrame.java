package se.indikator.runtime.chart;

import java.util.List;
import se.indikator.runtime.estimate.IndicatorResult;
import se.indikator.runtime.model.ChartSize;

/**
 * What surrounds a chart drawn from analyses (funnels, heat tables, scatters): its size and resolution, the
 * unit of its values and the caption's sentences (source, period and selection, reference).
 */
public record ChartFrame(ChartSize size, String unit, List<String> caption) {
    public ChartFrame {
        caption = List.copyOf(caption);
    }

    /** The frame of an indicator's result: the script's chart size, the measure's unit, its caption. */
    public static ChartFrame of(IndicatorResult r) {
        boolean sv = r.settings().swedish();
        String ref = r.referenceNote();
        String reference = ref == null ? null : ref.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + ref.substring(1);
        return new ChartFrame(r.settings().chart(), se.indikator.runtime.result.Units.of(r.indicator(), sv),
                Caption.of(r.indicator(), r.plan().where(), null, reference, sv));
    }

    /** The frame of a heat table: the script's chart size and one caption naming every indicator's source. */
    public static ChartFrame heat(List<IndicatorResult> results) {
        IndicatorResult first = results.get(0);
        boolean sv = first.settings().swedish();
        java.util.LinkedHashSet<String> sources = new java.util.LinkedHashSet<>();
        for (IndicatorResult r : results) {
            String s = r.indicator().metadata().get("source");
            if (s != null && !s.isBlank()) {
                sources.addAll(java.util.Arrays.stream(s.split(",")).map(String::strip).toList());
            }
        }
        List<String> caption = new java.util.ArrayList<>();
        if (!sources.isEmpty()) {
            caption.add((sv ? "Källor: " : "Sources: ") + String.join(", ", sources) + ".");
        }
        caption.addAll(Caption.of(null, first.plan().where(), null, null, sv));
        return new ChartFrame(first.settings().chart(), null, caption);
    }

    /** A frame with only a size (values given in a table). */
    public static ChartFrame plain(ChartSize size) {
        return new ChartFrame(size, null, List.of());
    }
}
