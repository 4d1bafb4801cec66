package se.indikator.runtime.exec;

import se.indikator.runtime.data.Dataset;
import se.indikator.runtime.plan.QueryPlan;

/**
 * One pass of a request, compiled and queued in the batch (for the kernel, or as the query of an engine); its result
 * arrives after the batch has run.
 */
final class QueuedPass {
    final QueryPlan.Pass pass;
    final Dataset data;
    final CompiledSource compiled;
    final Kernel.PassInput input;
    final int groups;
    final int strata;
    final String label;
    Kernel.Accumulated result;
    /** The pass's part of its engine's query, for data an engine holds (else null). */
    final se.indikator.runtime.sql.PassSql.Part part;
    /** Why a pass over data an engine holds was not computed (else null). */
    String failure;
    /** The rows of the pass's engine data brought into memory to place a problem (else null). */
    Dataset fetched;

    QueuedPass(QueryPlan.Pass pass, Dataset data, CompiledSource compiled, Kernel.PassInput input, int groups, int strata,
            String label) {
        this(pass, data, compiled, input, groups, strata, label, null);
    }

    QueuedPass(QueryPlan.Pass pass, Dataset data, CompiledSource compiled, Kernel.PassInput input, int groups, int strata,
            String label, se.indikator.runtime.sql.PassSql.Part part) {
        this.part = part;
        this.label = label;
        this.pass = pass;
        this.data = data;
        this.compiled = compiled;
        this.input = input;
        this.groups = groups;
        this.strata = strata;
    }
}
