package se.indikator.runtime.exec;

import java.util.List;
import se.indikator.runtime.ast.Measure;
import se.indikator.runtime.data.Dataset;
import se.indikator.runtime.diag.Diagnostic;
import se.indikator.runtime.model.IndicatorDef;
import se.indikator.runtime.plan.QueryPlan;

/**
 * What an engine does not compute for a request, as errors at the indicator: a pass the portable SQL cannot
 * express (E600), an engine that failed (E601), and the computations that need the rows themselves — medians and
 * percentiles, the frequency columns of {@code dobson-non-independent}, relative survival — which are not yet
 * streamed from an engine (E600), so that none is ever computed from an engine's missing rows.
 */
final class EngineChecks {
    private EngineChecks() {
    }

    /** Adds the errors of the request's engine passes to {@code out}; whether there were any. */
    static boolean refuse(IndicatorDef ind, List<QueuedPass> passes, List<Diagnostic> out) {
        boolean refused = false;
        for (QueuedPass q : passes) {
            if (q.data.engine().isEmpty()) {
                continue;
            }
            String where = "data '" + q.data.name() + "' in " + q.data.engine().get().engine().name();
            if (q.failure != null) {
                boolean failed = q.failure.startsWith("F:");
                String why = q.failure.substring(2);
                String code = "E600";
                out.add(!failed
                        ? Diagnostic.error(code, ind.span(), "'" + ind.name() + "' cannot be computed where " + where
                                + " lies: " + why + " has no portable SQL", "compute it on data read into memory with 'read', or "
                                + "write the condition with the column compared to values, lists and bands")
                        : Diagnostic.error(code, ind.span(), "the engine holding " + where + " failed to answer for '" + ind.name()
                                + "': " + why, "check that the engine is running and the data are where they were when the "
                                + "script began"));
                refused = true;
                continue;
            }
            Measure.Kind kind = ind.measure().kind();
            boolean rows = q.pass.role() == QueryPlan.Role.COHORT && (kind == Measure.Kind.MEDIAN || kind == Measure.Kind.PERCENTILE)
                    || q.pass.role() == QueryPlan.Role.NUMERATOR && !ind.frequencies().isEmpty();
            if (rows) {
                out.add(rowsNeeded(ind, where));
                refused = true;
            }
        }
        return refused;
    }

    /** The refusal of a survival indicator over data an engine holds, or null when every source is in memory. */
    static IndicatorExecutor.Computed survival(QueryPlan plan, List<List<String>> categories, List<List<Double>> values,
            List<Dataset> sources) {
        for (Dataset d : sources) {
            if (d.engine().isPresent()) {
                IndicatorDef ind = plan.indicator();
                return new IndicatorExecutor.Computed(plan, categories, values, List.of(), null, List.of(), null,
                        List.of(rowsNeeded(ind, "data '" + d.name() + "' in " + d.engine().get().engine().name())));
            }
        }
        return null;
    }

    private static Diagnostic rowsNeeded(IndicatorDef ind, String where) {
        return Diagnostic.error("E600", ind.span(), "'" + ind.name() + "' needs the rows of " + where + " themselves ("
                + ind.measure().describe() + (ind.frequencies().isEmpty() ? "" : ", frequency columns")
                + "), which are not brought back from an engine; only counts and sums are computed there",
                "read the data into memory with 'read' for this indicator");
    }
}
