package se.indikator.runtime.ast;

import java.util.List;
import se.indikator.runtime.diag.Span;

/**
 * A standardisation rule, e.g. {@code direct by age5 weights esp2013},
 * {@code direct by age5 weights population of cohort} or {@code indirect by age5 × sex reference national}.
 */
public record StandardisationSpec(Method method, List<Name> strata, Name standard, boolean internal, Name eventsColumn,
        Name populationColumn, Span span) {

    public StandardisationSpec {
        strata = List.copyOf(strata);
    }

    /** Direct or indirect standardisation. */
    public enum Method {
        DIRECT, INDIRECT
    }
}
