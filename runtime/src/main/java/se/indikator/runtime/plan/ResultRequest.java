package se.indikator.runtime.plan;

import java.util.List;
import se.indikator.runtime.ast.Expr;
import se.indikator.runtime.model.BreakdownDef;
import se.indikator.runtime.model.IndicatorDef;
import se.indikator.runtime.model.Settings;

/**
 * A checked request for an indicator's result, as a statement asks for it: the indicator, its breakdowns,
 * the statement's condition, the settings in force at the statement and the rule that gives each group its
 * national reference. E.g. {@code show op90 by region where year == 2023}. A derived indicator's request holds
 * the requests of its two arms ({@code arms}: left, right), which are computed instead of it; every other
 * request has none.
 */
public record ResultRequest(IndicatorDef indicator, List<BreakdownDef> by, Expr where, Settings settings,
        ReferenceRule reference, List<ResultRequest> arms) {
    public ResultRequest {
        by = List.copyOf(by);
        arms = List.copyOf(arms);
    }

    /** A request for an indicator that counts (not derived). */
    public ResultRequest(IndicatorDef indicator, List<BreakdownDef> by, Expr where, Settings settings,
            ReferenceRule reference) {
        this(indicator, by, where, settings, reference, List.of());
    }

    /** The requests that are computed for this one: its arms, or itself. */
    public List<ResultRequest> leaves() {
        return arms.isEmpty() ? List.of(this) : arms;
    }
}
