package se.indikator.stdlib.survival;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import se.indikator.stdlib.ReferenceCsv.Row;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.indikator.stdlib.ReferenceCsv.assertRel;

class RelsurvReferenceTest {

    private static final Map<RelativeSurvivalMethod, RelativeSurvivalCurve> CURVES =
            new EnumMap<>(RelativeSurvivalMethod.class);
    private static List<Row> results;

    @BeforeAll
    static void compute() {
        ExpectedSurvival expected = new ExpectedSurvival(RelsurvReference.lifeTable());
        List<Patient> cohort = RelsurvReference.cohort();
        for (RelativeSurvivalMethod m : RelativeSurvivalMethod.values()) {
            CURVES.put(m, RelativeSurvival.curve(m, cohort, expected));
        }
        results = RelsurvReference.results();
    }

    @Test
    @DisplayName("28 reference rows: 4 methods at 7 times")
    void allRowsPresent() {
        assertEquals(28, results.size());
    }

    @Test
    @DisplayName("print")
    void print() {
        for (Row r : results) {
            SurvivalEstimate e = CURVES.get(RelativeSurvivalMethod.byRelsurvName(r.text("method"))).at(r.num("time_days"));
            System.out.printf("%-12s %9s n %3d/%3.0f S %.3e SE %.3e L %.3e U %.3e%n", r.text("method"), r.text("time_days"),
                e.nRisk(), r.num("n_risk"),
                (e.value() - r.num("rel_surv")) / r.num("rel_surv"),
                (e.stdErr() - r.num("std_err")) / r.num("std_err"),
                (e.lower95() - r.num("lower95")) / r.num("lower95"),
                (e.upper95() - r.num("upper95")) / r.num("upper95"));
        }
    }
}
