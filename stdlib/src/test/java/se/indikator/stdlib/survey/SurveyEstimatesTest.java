package se.indikator.stdlib.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.indikator.stdlib.ci.ConfidenceLevel;
import se.indikator.stdlib.ci.Interval;

/**
 * The weighted proportion (Korn–Graubard) and the weighted mean (linearised variance, t with n − 1
 * degrees of freedom) against R's survey package: {@code svyciprop(method = "beta")}, {@code svymean}
 * and its {@code confint(df = degf(design))}, for a design {@code svydesign(ids = ~1, weights = ~w)}
 * (values and inputs in test resources {@code survey/}, made by {@code make_reference.R}).
 */
class SurveyEstimatesTest {
    private static final double REL = 1e-9;

    private static void close(double expected, double actual, String what) {
        double scale = Math.max(Math.abs(expected), 1e-300);
        assertTrue(Math.abs(expected - actual) / scale <= REL,
                what + ": expected " + expected + " but was " + actual + " (rel " + Math.abs(expected - actual) / scale + ")");
    }

    @Test
    void agreesWithRsSurveyPackage() throws IOException {
        double worst = 0;
        for (Map<String, String> e : SurveyReference.read("survey_expected.csv")) {
            String g = e.get("group");
            double[][] d = SurveyReference.group(g);
            WeightedSums events = WeightedSums.of(d[0], d[1]);
            WeightedSums values = WeightedSums.of(d[0], d[2]);
            assertEquals(SurveyReference.number(e, "n"), events.n(), g);
            assertEquals(SurveyReference.number(e, "df"), values.degreesOfFreedom(), g);
            KornGraubardProportion.Estimate p = KornGraubardProportion.estimate(events);
            close(SurveyReference.number(e, "prop"), p.value(), g + " proportion");
            close(SurveyReference.number(e, "prop_var"), p.variance(), g + " proportion variance");
            close(SurveyReference.number(e, "mean"), values.mean(), g + " mean");
            close(SurveyReference.number(e, "mean_se"), Math.sqrt(values.linearisedVariance()), g + " mean SE");
            for (String tag : new String[] {"95", "99_8"}) {
                ConfidenceLevel level = ConfidenceLevel.of(tag.equals("95") ? 0.95 : 0.998);
                Interval kg = KornGraubardProportion.interval(p, level);
                Interval mi = LinearisedMean.interval(values, level);
                double[][] pairs = {
                    {SurveyReference.number(e, "prop_lower_" + tag), kg.lower()},
                    {SurveyReference.number(e, "prop_upper_" + tag), kg.upper()},
                    {SurveyReference.number(e, "mean_lower_" + tag), mi.lower()},
                    {SurveyReference.number(e, "mean_upper_" + tag), mi.upper()}};
                for (double[] pair : pairs) {
                    close(pair[0], pair[1], g + " limits at " + tag);
                    worst = Math.max(worst, Math.abs(pair[0] - pair[1]) / Math.abs(pair[0]));
                }
            }
        }
        System.out.println("survey estimates: largest relative difference from R " + worst);
    }

    @Test
    void sumsOfCellsAddUp() throws IOException {
        double[][] a = SurveyReference.group("A");
        double[][] b = SurveyReference.group("B");
        WeightedSums both = WeightedSums.of(a[0], a[2]).plus(WeightedSums.of(b[0], b[2]));
        double[] w = new double[a[0].length + b[0].length];
        double[] y = new double[w.length];
        System.arraycopy(a[0], 0, w, 0, a[0].length);
        System.arraycopy(b[0], 0, w, a[0].length, b[0].length);
        System.arraycopy(a[2], 0, y, 0, a[0].length);
        System.arraycopy(b[2], 0, y, a[0].length, b[0].length);
        WeightedSums direct = WeightedSums.of(w, y);
        close(direct.mean(), both.mean(), "mean");
        close(direct.linearisedVariance(), both.linearisedVariance(), "variance");
    }

    @Test
    void equalWeightsGiveTheUnweightedAnswers() {
        double[] w = {2, 2, 2, 2, 2, 2, 2, 2, 2, 2};
        double[] y = {1, 1, 1, 0, 0, 0, 0, 0, 0, 0};
        WeightedSums s = WeightedSums.of(w, y);
        assertEquals(10, s.kishEffectiveN(), 1e-12);
        // the linearised variance of an unweighted proportion is p(1 − p)/(n − 1), so n* = n − 1
        KornGraubardProportion.Estimate p = KornGraubardProportion.estimate(s);
        assertEquals(0.3, p.value(), 1e-15);
        assertEquals(9, p.effectiveN(), 1e-9);
    }

    @Test
    void noEventsFallsBackToKishsEffectiveSize() {
        double[] w = {1, 2, 3, 4};
        double[] y = {0, 0, 0, 0};
        WeightedSums s = WeightedSums.of(w, y);
        KornGraubardProportion.Estimate p = KornGraubardProportion.estimate(s);
        assertEquals(100.0 / 30.0, p.effectiveN(), 1e-12);
        Interval i = KornGraubardProportion.interval(p, ConfidenceLevel.P95);
        assertEquals(0, i.lower());
        // Clopper–Pearson upper limit at 0 events of n: 1 − (α/2)^(1/n)
        assertEquals(1 - Math.pow(0.025, 1 / p.effectiveN()), i.upper(), 1e-12);
    }
}
