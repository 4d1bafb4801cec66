package se.indikator.runtime.statements;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import se.indikator.runtime.ast.Expr;
import se.indikator.runtime.ast.Name;
import se.indikator.runtime.diag.Diagnostics;
import se.indikator.runtime.model.Catalog;
import se.indikator.runtime.model.Functions;
import se.indikator.runtime.model.Settings;
import se.indikator.runtime.plan.ResultRequest;

/**
 * What a statement sees when it is checked: the declarations made so far (read, never changed), the
 * functions, where its problems go, and the folder its paths are relative to.
 */
public record Context(Catalog catalog, Functions functions, Diagnostics diagnostics, Path base) {

    /** The settings in force at the statement. */
    public Settings settings() {
        return catalog.settings();
    }

    /** A checked request for {@code indicator by … where …}, or empty after reporting why not. */
    public Optional<ResultRequest> request(Name indicator, List<Name> by, Expr where) {
        return Requests.check(this, indicator, by, where, Set.of(), java.util.Map.of());
    }

    /**
     * Checked requests for each of several indicators by the same breakdowns and condition, or empty when any
     * of them fails (after reporting every problem).
     */
    public Optional<List<ResultRequest>> requests(List<Name> indicators, List<Name> by, Expr where) {
        List<ResultRequest> out = new java.util.ArrayList<>();
        for (Name ind : indicators) {
            request(ind, by, where).ifPresent(out::add);
        }
        return out.size() == indicators.size() ? Optional.of(out) : Optional.empty();
    }

    /** As {@link #request}, with breakdowns that the reference always keeps (the time of a trend). */
    public Optional<ResultRequest> request(Name indicator, List<Name> by, Expr where, Set<String> fixed) {
        return Requests.check(this, indicator, by, where, fixed, java.util.Map.of());
    }

    /**
     * As {@link #request}, with breakdowns written in the statement itself ({@code trend x over year rolling 3}),
     * found by name before the declared ones.
     */
    public Optional<ResultRequest> request(Name indicator, List<Name> by, Expr where, Set<String> fixed,
            java.util.Map<String, se.indikator.runtime.model.BreakdownDef> inline) {
        return Requests.check(this, indicator, by, where, fixed, inline);
    }
}
