package se.indikator.runtime.result;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The verdict's combinations, case by case. */
class VerdictTest {

    @Test
    void targetDecidesTheStatusAndTheIntervalCanContradictIt() {
        assertEquals("good", Verdict.of("similar", "yes", null, "higher", true));
        assertEquals("good", Verdict.of("better", "yes", "no significant change", "higher", true));
        assertEquals("mixed", Verdict.of("worse", "yes", null, "higher", true));
        assertEquals("poor", Verdict.of("similar", "no", null, "lower", true));
        assertEquals("mixed", Verdict.of("better", "no", null, "lower", true));
    }

    @Test
    void withoutATargetTheIntervalDecides() {
        assertEquals("good", Verdict.of("better", null, null, "higher", true));
        assertEquals("poor", Verdict.of("worse", null, null, "lower", true));
        assertEquals("average", Verdict.of("similar", null, null, "lower", true));
    }

    @Test
    void aSignificantTrendAgainstTheStatusIsAdded() {
        assertEquals("good, worsening", Verdict.of("better", null, "worsening", "higher", true));
        assertEquals("good", Verdict.of("better", null, "improving", "higher", true));
        assertEquals("poor, improving", Verdict.of("worse", "no", "improving", "lower", true));
        assertEquals("poor", Verdict.of("worse", "no", "worsening", "lower", true));
        assertEquals("average, improving", Verdict.of("similar", null, "improving", "higher", true));
        assertEquals("mixed, worsening", Verdict.of("worse", "yes", "worsening", "higher", true));
        assertEquals("improving", Verdict.of(null, null, "improving", "higher", true));
    }

    @Test
    void noDirectionOrNoValueIsNotJudged() {
        assertEquals("not judged", Verdict.of("higher", null, "no significant change", "none", true));
        assertEquals("not assessed", Verdict.of(null, null, null, "higher", false));
        assertEquals("not assessed", Verdict.of(null, null, "no significant change", "higher", true));
    }
}
