package se.indikator.stdlib.ci;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import se.indikator.stdlib.ReferenceCsv;
import se.indikator.stdlib.ReferenceCsv.Row;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.indikator.stdlib.ReferenceCsv.assertRel;

class MeanIntervalsTest {

    /** t quantiles are polished to ~1e-13; the sums in the sheet carry ~1e-16 rounding. */
    private static final double TOL = 1e-9;

    @Test
    @DisplayName("Student t mean interval (phe_mean) from raw values and from sum/count/sd matches PHE sheet, rel 1e-9")
    void pheMeanSheet() {
        Map<String, List<Double>> byArea = new LinkedHashMap<>();
        List<Double> all = new ArrayList<>();
        for (Row r : ReferenceCsv.read("testdata_Mean__testdata_Mean.csv")) {
            byArea.computeIfAbsent(r.text("area"), k -> new ArrayList<>()).add(r.num("values"));
            all.add(r.num("values"));
        }
        byArea.put("No grouping", all);
        int checked = 0;
        for (Row r : ReferenceCsv.read("testdata_Mean__testdata_Mean_results.csv")) {
            double[] values = byArea.get(r.text("area")).stream().mapToDouble(Double::doubleValue).toArray();
            MeanSummary s = MeanSummary.of(values);
            String id = r.text("area");
            assertEquals((long) r.num("value_count"), s.count());
            assertRel(r.num("value_sum"), s.sum(), 1e-12, id + " sum");
            assertRel(r.num("stdev"), s.sd(), 1e-12, id + " sd");
            assertRel(r.num("value"), s.mean(), 1e-12, id + " mean");
            Interval a = MeanIntervals.studentT(values, ConfidenceLevel.P95);
            Interval b = MeanIntervals.studentT(r.num("value_sum"), (long) r.num("value_count"),
                    r.num("stdev"), ConfidenceLevel.P99_8);
            assertRel(r.num("lower95_0cl"), a.lower(), TOL, id + " lower95");
            assertRel(r.num("upper95_0cl"), a.upper(), TOL, id + " upper95");
            assertRel(r.num("lower99_8cl"), b.lower(), TOL, id + " lower99.8");
            assertRel(r.num("upper99_8cl"), b.upper(), TOL, id + " upper99.8");
            checked++;
        }
        assertEquals(3, checked);
    }
}
