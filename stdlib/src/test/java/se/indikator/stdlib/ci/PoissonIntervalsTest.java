package se.indikator.stdlib.ci;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import se.indikator.stdlib.ReferenceCsv;
import se.indikator.stdlib.ReferenceCsv.Row;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.indikator.stdlib.ReferenceCsv.assertRel;

class PoissonIntervalsTest {

    private static final double CLOSED_FORM = 1e-12;
    private static final double QUANTILE = 1e-9;

    @Test
    @DisplayName("Byar limits match PHE Byars/Wilson sheet (rel 1e-12), NA lower for x=1 at 99.8%")
    void byarAgainstPheSheet() {
        int checked = 0;
        for (Row r : ReferenceCsv.read("testdata_Byars_Wilson__testdata_B_W.csv")) {
            if (!r.text("method").equals("Byars")) {
                continue;
            }
            double level = Double.parseDouble(r.text("confidence").replace("%", "")) / 100.0;
            Interval ci = PoissonIntervals.byar(r.num("x"), ConfidenceLevel.of(level));
            assertRel(r.num("lowercl"), ci.lower(), CLOSED_FORM, "row " + r.number() + " lower");
            assertRel(r.num("uppercl"), ci.upper(), CLOSED_FORM, "row " + r.number() + " upper");
            checked++;
        }
        assertEquals(7, checked);
    }

    @Test
    @DisplayName("phe_rate (exact below 10, Byar from 10; 95% and 99.8%) matches PHE Rate sheet: Byar rel 1e-12, exact rel 1e-9; NA gives NaN")
    void pheRateSheet() {
        for (Row r : ReferenceCsv.read("testdata_Rate__testdata_Rate.csv")) {
            double x = r.num("Numerator");
            double n = r.num("Denominator");
            double m = r.num("multiplier");
            PoissonInterval a = PoissonIntervals.pheRate(x, n, m, ConfidenceLevel.P95);
            PoissonInterval b = PoissonIntervals.pheRate(x, n, m, ConfidenceLevel.P99_8);
            String id = r.text("Area") + " x" + m;
            assertEquals(r.text("method"), a.method().label(), id + " method");
            double tol = a.method() == PoissonMethod.EXACT ? QUANTILE : CLOSED_FORM;
            assertRel(r.num("lower95_0cl"), a.interval().lower(), tol, id + " lower95");
            assertRel(r.num("upper95_0cl"), a.interval().upper(), tol, id + " upper95");
            assertRel(r.num("lower99_8cl"), b.interval().lower(), tol, id + " lower99.8");
            assertRel(r.num("upper99_8cl"), b.interval().upper(), tol, id + " upper99.8");
        }
    }

    @Test
    @DisplayName("phe_rate grouped sheet (Rate_g) at 95%")
    void pheRateGroupedSheet() {
        for (Row r : ReferenceCsv.read("testdata_Rate__testdata_Rate_g.csv")) {
            PoissonInterval a = PoissonIntervals.pheRate(r.num("Numerator"), r.num("Denominator"),
                    r.num("multiplier"), ConfidenceLevel.P95);
            double tol = a.method() == PoissonMethod.EXACT ? QUANTILE : CLOSED_FORM;
            assertRel(r.num("lowercl"), a.interval().lower(), tol, r.text("Area") + " lower");
            assertRel(r.num("uppercl"), a.interval().upper(), tol, r.text("Area") + " upper");
        }
    }

    @Test
    @DisplayName("exact Poisson limits: x=0 lower 0, upper -ln(a/2); x=1 lower -ln(1-a/2) (closed forms, rel 1e-12)")
    void exactClosedForms() {
        Interval zero = PoissonIntervals.exact(0, ConfidenceLevel.P95);
        assertEquals(0.0, zero.lower());
        assertRel(-Math.log(0.025), zero.upper(), 1e-12, "upper x=0");
        Interval one = PoissonIntervals.exact(1, ConfidenceLevel.P99_8);
        assertRel(-Math.log1p(-0.001), one.lower(), 1e-12, "lower x=1 99.8%");
        assertRel(0.0010005003335835344, one.lower(), 1e-12, "lower x=1 99.8% (PHE)");
    }

    @Test
    @DisplayName("NaN count gives an undefined interval")
    void missingCount() {
        assertTrue(Double.isNaN(PoissonIntervals.exact(Double.NaN, ConfidenceLevel.P95).lower()));
        assertTrue(Double.isNaN(PoissonIntervals.byar(Double.NaN, ConfidenceLevel.P95).upper()));
    }
}
