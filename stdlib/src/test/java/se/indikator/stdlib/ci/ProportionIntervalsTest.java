package se.indikator.stdlib.ci;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import se.indikator.stdlib.ReferenceCsv;
import se.indikator.stdlib.ReferenceCsv.Row;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static se.indikator.stdlib.ReferenceCsv.assertRel;

class ProportionIntervalsTest {

    private static final double CLOSED_FORM = 1e-12;
    private static final double QUANTILE = 1e-9;

    private static ConfidenceLevel level(String percent) {
        return ConfidenceLevel.of(Double.parseDouble(percent.replace("%", "")) / 100.0);
    }

    @Test
    @DisplayName("Wilson score (PHE formula) matches PHE Byars/Wilson sheet, rel 1e-12")
    void wilsonAgainstPheByarsWilsonSheet() {
        int checked = 0;
        for (Row r : ReferenceCsv.read("testdata_Byars_Wilson__testdata_B_W.csv")) {
            if (!r.text("method").equals("Wilson")) {
                continue;
            }
            Interval ci = ProportionIntervals.wilson(r.num("x"), r.num("n"), level(r.text("confidence")));
            assertRel(r.num("lowercl"), ci.lower(), CLOSED_FORM, "row " + r.number() + " lower");
            assertRel(r.num("uppercl"), ci.upper(), CLOSED_FORM, "row " + r.number() + " upper");
            checked++;
        }
        assertEquals(6, checked);
    }

    @Test
    @DisplayName("Wilson score proportion (phe_proportion, 95% and 99.8%, x1 and x100) matches PHE sheet, rel 1e-12; NA inputs give NaN")
    void wilsonAgainstPheProportionSheet() {
        List<Row> rows = ReferenceCsv.read("testdata_Proportion__testdata_Prop.csv");
        for (Row r : rows) {
            double x = r.num("Numerator");
            double n = r.num("Denominator");
            double m = r.num("multiplier");
            Interval ci95 = ProportionIntervals.wilson(x, n, ConfidenceLevel.P95).scaled(m);
            Interval ci998 = ProportionIntervals.wilson(x, n, ConfidenceLevel.P99_8).scaled(m);
            String id = r.text("Area") + " x" + m;
            assertRel(r.num("value"), x / n * m, CLOSED_FORM, id + " value");
            assertRel(r.num("lower95_0cl"), ci95.lower(), CLOSED_FORM, id + " lower95");
            assertRel(r.num("upper95_0cl"), ci95.upper(), CLOSED_FORM, id + " upper95");
            assertRel(r.num("lower99_8cl"), ci998.lower(), CLOSED_FORM, id + " lower99.8");
            assertRel(r.num("upper99_8cl"), ci998.upper(), CLOSED_FORM, id + " upper99.8");
        }
        assertEquals(19, rows.size());
    }

    @Test
    @DisplayName("Wilson score proportion, grouped sheet (Prop_g), rel 1e-12")
    void wilsonAgainstPheGroupedProportionSheet() {
        for (Row r : ReferenceCsv.read("testdata_Proportion__testdata_Prop_g.csv")) {
            Interval ci = ProportionIntervals.wilson(r.num("Numerator"), r.num("Denominator"),
                    level(r.text("confidence"))).scaled(r.num("multiplier"));
            assertRel(r.num("lowercl"), ci.lower(), CLOSED_FORM, r.text("Area") + " lower");
            assertRel(r.num("uppercl"), ci.upper(), CLOSED_FORM, r.text("Area") + " upper");
        }
    }

    @Test
    @DisplayName("Newcombe (1998) Table I: Wald, Wald-CC, Wilson, Wilson-CC (rel 1e-12) and Clopper-Pearson (rel 1e-9)")
    void newcombeTableOne() {
        for (Row r : ReferenceCsv.read("newcombe1998_tableI_recomputed_full_precision.csv")) {
            double x = r.num("x");
            double n = r.num("n");
            String id = (int) x + "/" + (int) n;
            ConfidenceLevel l = ConfidenceLevel.P95;
            check(r, "wald", ProportionIntervals.wald(x, n, l), CLOSED_FORM, id);
            check(r, "waldcc", ProportionIntervals.waldContinuityCorrected(x, n, l), CLOSED_FORM, id);
            check(r, "wilson", ProportionIntervals.wilson(x, n, l), CLOSED_FORM, id);
            check(r, "phe_wilson", ProportionIntervals.wilson(x, n, l), CLOSED_FORM, id);
            check(r, "wilsoncc", ProportionIntervals.wilsonContinuityCorrected(x, n, l), CLOSED_FORM, id);
            check(r, "cp", ProportionIntervals.clopperPearson(x, n, l), QUANTILE, id);
        }
    }

    private static void check(Row r, String method, Interval ci, double tol, String id) {
        // the reference's zero limits are exact zeros: compare absolutely there
        assertRel(r.num(method + "_lower"), ci.lower(), tol, method + " " + id + " lower");
        assertRel(r.num(method + "_upper"), ci.upper(), tol, method + " " + id + " upper");
    }

    @Test
    @DisplayName("Clopper-Pearson closed forms at the boundaries: x=0 upper = 1-(a/2)^(1/n), x=n lower = (a/2)^(1/n)")
    void clopperPearsonBoundaries() {
        Interval zero = ProportionIntervals.clopperPearson(0, 20, ConfidenceLevel.P95);
        assertEquals(0.0, zero.lower());
        assertRel(1 - Math.pow(0.025, 1.0 / 20), zero.upper(), 1e-12, "upper 0/20");
        Interval all = ProportionIntervals.clopperPearson(7, 7, ConfidenceLevel.P99_8);
        assertRel(Math.pow(0.001, 1.0 / 7), all.lower(), 1e-12, "lower 7/7");
        assertEquals(1.0, all.upper());
    }

    @Test
    @DisplayName("invalid proportions are rejected")
    void rejectsInvalid() {
        assertThrows(IllegalArgumentException.class, () -> ProportionIntervals.wilson(5, 4, ConfidenceLevel.P95));
        assertThrows(IllegalArgumentException.class, () -> ProportionIntervals.wilson(-1, 4, ConfidenceLevel.P95));
        assertThrows(IllegalArgumentException.class, () -> ProportionIntervals.wilson(0, 0, ConfidenceLevel.P95));
    }
}
