package se.indikator.runtime.exec;

import se.indikator.runtime.data.Dataset;
import se.indikator.runtime.plan.QueryPlan;

/** One pass of a request, compiled and queued in the batch; its result arrives after the batch has run. */
final class QueuedPass {
    final QueryPlan.Pass pass;
    final Dataset data;
    final CompiledSource compiled;
    final Kernel.PassInput input;
    final int groups;
    final int strata;
    final String label;
    Kernel.Accumulated result;

    QueuedPass(QueryPlan.Pass pass, Dataset data, CompiledSource compiled, Kernel.PassInput input, int groups, int strata,
            String label) {
        this.label = label;
        this.pass = pass;
        this.data = data;
        this.compiled = compiled;
        this.input = input;
        this.groups = groups;
        this.strata = strata;
    }
}
