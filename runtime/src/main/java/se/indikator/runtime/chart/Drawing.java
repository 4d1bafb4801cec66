package se.indikator.runtime.chart;

import java.util.List;
import org.knowm.xchart.internal.chartpart.Chart;

/** An XChart chart and the words it shows (labels, lines, legend), which become the SVG description. */
record Drawing(Chart<?, ?> chart, List<String> words) {
    Drawing {
        words = List.copyOf(words);
    }
}
