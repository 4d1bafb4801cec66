package se.indikator.stdlib.standardise;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import se.indikator.stdlib.ReferenceCsv;
import se.indikator.stdlib.ReferenceCsv.Row;
import se.indikator.stdlib.ci.ConfidenceLevel;
import se.indikator.stdlib.ci.Interval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.indikator.stdlib.ReferenceCsv.assertRel;

class IndirectStandardisationTest {

    private static final List<ConfidenceLevel> BOTH = List.of(ConfidenceLevel.P95, ConfidenceLevel.P99_8);
    private static final double CLOSED_FORM = 1e-12;
    private static final double QUANTILE = 1e-9;

    private static double[] col(List<Row> rows, String column) {
        return rows.stream().mapToDouble(r -> r.num(column)).toArray();
    }

    private static double sumNa(double[] v) {
        double s = 0;
        for (double d : v) {
            s += Double.isNaN(d) ? 0 : d;
        }
        return s;
    }

    private static void assertIsr(Row exp, IndirectlyStandardised act, String id) {
        double tol = act.method().equals("Exact") ? QUANTILE : CLOSED_FORM;
        assertEquals(exp.text("method"), act.method(), id + " method");
        assertEquals(exp.num("observed"), act.observed(), id + " observed");
        assertRel(exp.num("expected"), act.expected(), CLOSED_FORM, id + " expected");
        assertRel(exp.num("value"), act.value(), CLOSED_FORM, id + " value");
        Interval a = act.intervals().at(0.95);
        assertRel(exp.num("lower95_0cl"), a.lower(), tol, id + " lower95");
        assertRel(exp.num("upper95_0cl"), a.upper(), tol, id + " upper95");
        if (!Double.isNaN(exp.num("lower99_8cl"))) {
            Interval b = act.intervals().at(0.998);
            assertRel(exp.num("lower99_8cl"), b.lower(), tol, id + " lower99.8");
            assertRel(exp.num("upper99_8cl"), b.upper(), tol, id + " upper99.8");
        }
    }

    @Test
    @DisplayName("ISRate per 1e5 and 1000, ISRatio x1 and x100 (PHE default: exact <10, Byar >=10) match PHE testresults_ISR rows 1-12; Byar rel 1e-12, exact rel 1e-9")
    void pheMultiArea() {
        List<Row> ref = ReferenceCsv.read("testdata_DSR_ISR__refdata.csv");
        double refCrude = sumNa(col(ref, "refcount")) / sumNa(col(ref, "refpop"));
        Map<String, List<Row>> areas = new LinkedHashMap<>();
        for (Row r : ReferenceCsv.read("testdata_DSR_ISR__testdata_multiarea_isr.csv")) {
            areas.computeIfAbsent(r.text("area"), k -> new ArrayList<>()).add(r);
        }
        List<Row> results = ReferenceCsv.read("testdata_DSR_ISR__testresults_ISR.csv");
        int a = 0;
        for (Map.Entry<String, List<Row>> e : areas.entrySet()) {
            List<Row> rows = e.getValue();
            double observed = sumNa(col(rows, "count"));
            double expected = IndirectStandardisation.expected(col(rows, "pop"),
                    IndirectStandardisation.referenceRates(col(rows, "refcount"), col(rows, "refpop")));
            String id = e.getKey();
            assertRel(results.get(a).num("ref_rate"), refCrude * 100000, CLOSED_FORM, id + " ref rate");
            assertIsr(results.get(a), IndirectStandardisation.rate(observed, expected, refCrude, 100000,
                    IndirectMethod.PHE_DEFAULT, BOTH), id + " rate/1e5");
            assertIsr(results.get(a + 3), IndirectStandardisation.rate(observed, expected, refCrude, 1000,
                    IndirectMethod.PHE_DEFAULT, BOTH), id + " rate/1000");
            assertIsr(results.get(a + 6), IndirectStandardisation.ratio(observed, expected, 1,
                    IndirectMethod.PHE_DEFAULT, BOTH), id + " ratio x1");
            assertIsr(results.get(a + 9), IndirectStandardisation.ratio(observed, expected, 100,
                    IndirectMethod.PHE_DEFAULT, BOTH), id + " ratio x100");
            a++;
        }
        assertEquals(3, a);
    }

    /**
     * Rows 13-16 are PHE's special cases, 95% only. "Area1" is testdata_big with the 5-9 band
     * missing from the strata (E = 835.88 − 27.56 = 808.32) while O = 895 comes from the
     * observed-totals lookup (testdata_multiarea_lookup), not from the strata; "Area2" is
     * testdata_small. Passing O separately from the strata reproduces them.
     */
    @Test
    @DisplayName("PHE ISR special cases (rows 13-16): observed total from a lookup, a stratum missing; rel 1e-12")
    void pheSpecialCases() {
        List<Row> ref = ReferenceCsv.read("testdata_DSR_ISR__refdata.csv");
        double refCrude = sumNa(col(ref, "refcount")) / sumNa(col(ref, "refpop"));
        List<Row> big = new ArrayList<>();
        List<Row> small = new ArrayList<>();
        for (Row r : ReferenceCsv.read("testdata_DSR_ISR__testdata_multiarea_isr.csv")) {
            if (r.text("area").equals("testdata_big") && !r.text("ageband").equals("5-9")) {
                big.add(r);
            } else if (r.text("area").equals("testdata_small")) {
                small.add(r);
            }
        }
        List<Row> results = ReferenceCsv.read("testdata_DSR_ISR__testresults_ISR.csv");
        List<ConfidenceLevel> l95 = List.of(ConfidenceLevel.P95);
        double[] observed = {895, 91}; // testdata_multiarea_lookup totals
        List<List<Row>> strata = List.of(big, small);
        for (int i = 0; i < 2; i++) {
            List<Row> rows = strata.get(i);
            double e = IndirectStandardisation.expected(col(rows, "pop"),
                    IndirectStandardisation.referenceRates(col(rows, "refcount"), col(rows, "refpop")));
            assertIsr(results.get(12 + i), IndirectStandardisation.rate(observed[i], e, refCrude, 100000,
                    IndirectMethod.PHE_DEFAULT, l95), "special rate " + i);
            assertIsr(results.get(14 + i), IndirectStandardisation.ratio(observed[i], e, 100,
                    IndirectMethod.PHE_DEFAULT, l95), "special ratio " + i);
        }
    }

    @Test
    @DisplayName("SAS PROC STDRATE Getting Started: expected and SMR per stratum with normal limits (rel 1e-12); overall SMR exact (rel 1e-9), Byar and normal (rel 1e-12), ISR per 1e5")
    void sasStdrate() {
        List<ConfidenceLevel> l95 = List.of(ConfidenceLevel.P95);
        List<Row> strata = ReferenceCsv.read("sas_stdrate_gettingstarted_strata_recomputed.csv");
        for (Row r : strata) {
            double e = IndirectStandardisation.expected(new double[] {r.num("pyear")},
                    new double[] {r.num("us_event") / r.num("us_pyear")});
            assertRel(r.num("expected"), e, CLOSED_FORM, r.text("age") + " expected");
            IndirectlyStandardised smr = IndirectStandardisation.ratio(r.num("event"), e, 1, IndirectMethod.NORMAL, l95);
            assertRel(r.num("smr"), smr.value(), CLOSED_FORM, r.text("age") + " smr");
            assertRel(r.num("smr_lcl_normal"), smr.intervals().at(0.95).lower(), CLOSED_FORM, r.text("age") + " lcl");
            assertRel(r.num("smr_ucl_normal"), smr.intervals().at(0.95).upper(), CLOSED_FORM, r.text("age") + " ucl");
        }
        List<Row> in = ReferenceCsv.read("sas_stdrate_gettingstarted_inputs.csv");
        double observed = sumNa(col(in, "event"));
        double expected = IndirectStandardisation.expected(col(in, "pyear"),
                IndirectStandardisation.referenceRates(col(in, "us_event"), col(in, "us_pyear")));
        double refCrude = sumNa(col(in, "us_event")) / sumNa(col(in, "us_pyear"));
        Row o = ReferenceCsv.read("sas_stdrate_gettingstarted_overall_recomputed.csv").get(0);
        assertEquals(o.num("observed"), observed);
        assertRel(o.num("expected"), expected, CLOSED_FORM, "E");
        IndirectlyStandardised exact = IndirectStandardisation.ratio(observed, expected, 1, IndirectMethod.EXACT, l95);
        IndirectlyStandardised byar = IndirectStandardisation.ratio(observed, expected, 1, IndirectMethod.PHE_DEFAULT, l95);
        IndirectlyStandardised normal = IndirectStandardisation.ratio(observed, expected, 1, IndirectMethod.NORMAL, l95);
        assertRel(o.num("smr"), exact.value(), CLOSED_FORM, "SMR");
        assertRel(o.num("exact_lcl"), exact.intervals().at(0.95).lower(), QUANTILE, "exact lcl");
        assertRel(o.num("exact_ucl"), exact.intervals().at(0.95).upper(), QUANTILE, "exact ucl");
        assertEquals("Byars", byar.method());
        assertRel(o.num("phe_byar_lcl"), byar.intervals().at(0.95).lower(), CLOSED_FORM, "byar lcl");
        assertRel(o.num("phe_byar_ucl"), byar.intervals().at(0.95).upper(), CLOSED_FORM, "byar ucl");
        assertRel(o.num("normal_lcl"), normal.intervals().at(0.95).lower(), CLOSED_FORM, "normal lcl");
        assertRel(o.num("normal_ucl"), normal.intervals().at(0.95).upper(), CLOSED_FORM, "normal ucl");
        assertRel(o.num("ref_crude_rate_1e5"), refCrude * 1e5, CLOSED_FORM, "ref crude");
        IndirectlyStandardised isr = IndirectStandardisation.rate(observed, expected, refCrude, 1e5,
                IndirectMethod.PHE_DEFAULT, l95);
        assertRel(o.num("isr_rate_1e5"), isr.value(), CLOSED_FORM, "ISR per 1e5");
    }

    @Test
    @DisplayName("log-normal SMR: O=100, E=80 -> 1.25*exp(-/+ z/10); E=0 gives NaN")
    void logNormal() {
        IndirectlyStandardised r = IndirectStandardisation.ratio(100, 80, 1, IndirectMethod.LOG_NORMAL,
                List.of(ConfidenceLevel.P95));
        double z = 1.959963984540054;
        assertRel(1.25 * Math.exp(-z / 10), r.intervals().at(0.95).lower(), CLOSED_FORM, "lower");
        assertRel(1.25 * Math.exp(z / 10), r.intervals().at(0.95).upper(), CLOSED_FORM, "upper");
        assertTrue(Double.isNaN(IndirectStandardisation.ratio(0, 0, 1, IndirectMethod.EXACT,
                List.of(ConfidenceLevel.P95)).value()));
    }
}
