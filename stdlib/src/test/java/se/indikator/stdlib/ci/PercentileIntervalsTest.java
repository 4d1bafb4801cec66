package se.indikator.stdlib.ci;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.indikator.stdlib.survey.SurveyReference;

/**
 * Percentiles (Hyndman–Fan type 7) against R's {@code quantile(type = 7)}, and the ranks and exact
 * coverage of their order-statistic intervals against the same ranks computed in R with {@code pbinom}.
 */
class PercentileIntervalsTest {

    private static double[] sorted(String group) throws IOException {
        double[] v = SurveyReference.group(group)[2];
        Arrays.sort(v);
        return v;
    }

    @Test
    void type7AgreesWithR() throws IOException {
        double worst = 0;
        for (Map<String, String> e : SurveyReference.read("quantile_expected.csv")) {
            double expected = SurveyReference.number(e, "type7");
            double actual = PercentileIntervals.type7(sorted(e.get("group")), SurveyReference.number(e, "p"));
            double rel = Math.abs(expected - actual) / Math.abs(expected);
            worst = Math.max(worst, rel);
            assertTrue(rel <= 1e-12, e + ": " + actual);
        }
        System.out.println("percentiles: largest relative difference from R " + worst);
    }

    @Test
    void ranksAndCoverageAgreeWithR() throws IOException {
        for (Map<String, String> e : SurveyReference.read("percentile_ranks_expected.csv")) {
            double[] v = sorted(e.get("group"));
            OrderStatisticInterval oi = PercentileIntervals.orderStatistic(v, SurveyReference.number(e, "p"),
                    ConfidenceLevel.P95);
            int j = (int) SurveyReference.number(e, "lower_rank");
            int k = (int) SurveyReference.number(e, "upper_rank");
            if (j == 0 || k == 0) {
                assertFalse(oi.interval().isDefined(), e.toString());
                continue;
            }
            assertEquals(j, oi.lowerRank(), e.toString());
            assertEquals(k, oi.upperRank(), e.toString());
            assertEquals(SurveyReference.number(e, "coverage"), oi.coverage(), 1e-12, e.toString());
            assertTrue(oi.coverage() >= 0.95);
            assertEquals(v[j - 1], oi.interval().lower());
            assertEquals(v[k - 1], oi.interval().upper());
        }
    }

    @Test
    void theMedianIsTheMedianInterval() {
        double[] v = new double[37];
        for (int i = 0; i < v.length; i++) {
            v[i] = i * 1.5;
        }
        OrderStatisticInterval median = MedianIntervals.orderStatistic(v, ConfidenceLevel.P95);
        OrderStatisticInterval p50 = PercentileIntervals.orderStatistic(v, 0.5, ConfidenceLevel.P95);
        assertEquals(median.lowerRank(), p50.lowerRank());
        assertEquals(median.upperRank(), p50.upperRank());
        assertEquals(median.coverage(), p50.coverage(), 1e-15);
        assertEquals(27.0, PercentileIntervals.type7(v, 0.5));
        assertEquals(5.0, PercentileIntervals.type7(new double[] {4, 6}, 0.5));
    }
}
