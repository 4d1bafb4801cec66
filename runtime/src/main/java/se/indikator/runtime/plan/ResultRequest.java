package se.indikator.runtime.plan;

import java.util.List;
import se.indikator.runtime.ast.Expr;
import se.indikator.runtime.model.BreakdownDef;
import se.indikator.runtime.model.IndicatorDef;
import se.indikator.runtime.model.Settings;

/**
 * A checked request for an indicator's result, as a statement asks for it: the indicator, its breakdowns,
 * the statement's condition, the settings in force at the statement and the rule that gives each group its
 * national reference. E.g. {@code show op90 by region where year == 2023}.
 */
public record ResultRequest(IndicatorDef indicator, List<BreakdownDef> by, Expr where, Settings settings,
        ReferenceRule reference) {
    public ResultRequest {
        by = List.copyOf(by);
    }
}
