package se.indikator.runtime.estimate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.indikator.runtime.ast.Polarity.HIGHER;
import static se.indikator.runtime.ast.Polarity.LOWER;
import static se.indikator.runtime.ast.Polarity.NONE;
import static se.indikator.runtime.estimate.Comparison.BETTER;
import static se.indikator.runtime.estimate.Comparison.SIMILAR;
import static se.indikator.runtime.estimate.Comparison.WORSE;

import org.junit.jupiter.api.Test;
import se.indikator.runtime.estimate.Verdict.Change;

/** The verdict's combinations, case by case. */
class VerdictTest {
    private static String v(Comparison vs, Boolean target, Change trend, se.indikator.runtime.ast.Polarity p, boolean value) {
        return Verdict.of(vs, target, trend, p, value).word();
    }

    @Test
    void targetDecidesTheStatusAndTheIntervalCanContradictIt() {
        assertEquals("good", v(SIMILAR, true, Change.NONE, HIGHER, true));
        assertEquals("good", v(BETTER, true, Change.NONE, HIGHER, true));
        assertEquals("mixed", v(WORSE, true, Change.NONE, HIGHER, true));
        assertEquals("poor", v(SIMILAR, false, Change.NONE, LOWER, true));
        assertEquals("mixed", v(BETTER, false, Change.NONE, LOWER, true));
    }

    @Test
    void withoutATargetTheIntervalDecides() {
        assertEquals("good", v(BETTER, null, Change.NONE, HIGHER, true));
        assertEquals("poor", v(WORSE, null, Change.NONE, LOWER, true));
        assertEquals("average", v(SIMILAR, null, Change.NONE, LOWER, true));
    }

    @Test
    void aSignificantTrendAgainstTheStatusIsAdded() {
        assertEquals("good, worsening", v(BETTER, null, Change.WORSENING, HIGHER, true));
        assertEquals("good", v(BETTER, null, Change.IMPROVING, HIGHER, true));
        assertEquals("poor, improving", v(WORSE, false, Change.IMPROVING, LOWER, true));
        assertEquals("poor", v(WORSE, false, Change.WORSENING, LOWER, true));
        assertEquals("average, improving", v(SIMILAR, null, Change.IMPROVING, HIGHER, true));
        assertEquals("mixed, worsening", v(WORSE, true, Change.WORSENING, HIGHER, true));
        assertEquals("improving", v(null, null, Change.IMPROVING, HIGHER, true));
    }

    @Test
    void noDirectionOrNoValueIsNotJudged() {
        assertEquals("not judged", v(Comparison.HIGHER, null, Change.NONE, NONE, true));
        assertEquals("not assessed", v(null, null, Change.NONE, HIGHER, false));
        assertEquals("not assessed", v(null, null, Change.NONE, HIGHER, true));
        assertEquals("not assessed", v(Comparison.NOT_COMPARED, null, Change.NONE, HIGHER, true));
    }

    @Test
    void trendLabelsMapToChanges() {
        assertEquals(Change.IMPROVING, Change.of("improving"));
        assertEquals(Change.WORSENING, Change.of("worsening"));
        assertEquals(Change.NONE, Change.of("no significant change"));
    }
}
