package se.indikator.runtime.statements;

import java.util.List;
import java.util.Optional;
import se.indikator.runtime.diag.Diagnostic;
import se.indikator.runtime.estimate.IndicatorResult;
import se.indikator.runtime.estimate.ResultEstimator;
import se.indikator.runtime.exec.IndicatorExecutor;
import se.indikator.runtime.plan.ResultRequest;

/** The computed results of one statement's requests, in order, turned into typed results as it reads them. */
public final class Results {
    private final List<ResultRequest> requests;
    private final List<IndicatorExecutor.Computed> computed;

    public Results(List<ResultRequest> requests, List<IndicatorExecutor.Computed> computed) {
        this.requests = List.copyOf(requests);
        this.computed = List.copyOf(computed);
    }

    /**
     * The typed result of request {@code i}; its notices (warnings, data errors) go to the outputs, and an
     * error leaves it empty.
     */
    public Optional<IndicatorResult> get(int i, Presenter out) {
        IndicatorExecutor.Computed c = computed.get(i);
        boolean failed = false;
        for (Diagnostic n : c.notices()) {
            out.message(n);
            failed |= n.isError();
        }
        return failed ? Optional.empty() : Optional.of(ResultEstimator.build(c, requests.get(i).settings()));
    }

    /** The typed results of every request, or empty when any of them failed (after reporting). */
    public Optional<List<IndicatorResult>> all(Presenter out) {
        List<IndicatorResult> list = new java.util.ArrayList<>();
        for (int i = 0; i < computed.size(); i++) {
            Optional<IndicatorResult> r = get(i, out);
            if (r.isEmpty()) {
                return Optional.empty();
            }
            list.add(r.get());
        }
        return Optional.of(list);
    }
}
