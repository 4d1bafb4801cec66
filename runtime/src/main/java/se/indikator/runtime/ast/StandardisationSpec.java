package se.indikator.runtime.ast;

import java.util.List;
import se.indikator.runtime.diag.Span;

/**
 * A standardisation rule, e.g. {@code direct by age5 weights esp2013},
 * {@code direct by age5 weights population of cohort} or {@code indirect by age5 × sex reference national}.
 */
public record StandardisationSpec(Method method, List<Name> strata, Name standard, boolean internal, Name eventsColumn,
        Name populationColumn, Expr standardWhere, Span span) {

    public StandardisationSpec {
        strata = List.copyOf(strata);
    }

    /** A standardisation whose standard population is not restricted by a condition. */
    public StandardisationSpec(Method method, List<Name> strata, Name standard, boolean internal, Name eventsColumn,
            Name populationColumn, Span span) {
        this(method, strata, standard, internal, eventsColumn, populationColumn, null, span);
    }

    /** The rule as written: {@code direct by age5 × sex weights esp2013}. */
    public String describe() {
        String by = String.join(" × ", strata.stream().map(Name::text).toList());
        if (method == Method.DIRECT) {
            return "direct by " + by + " weights " + (internal ? "population of " + standard.text() : standard.text())
                    + (standardWhere == null ? "" : " where " + Unparser.expr(standardWhere));
        }
        return "indirect by " + by + " reference " + (standard == null ? "national" : standard.text());
    }

    /** Direct or indirect standardisation. */
    public enum Method {
        DIRECT, INDIRECT
    }
}
