package se.indikator.runtime.statements;

import java.util.List;
import java.util.Optional;
import se.indikator.runtime.diag.Diagnostic;
import se.indikator.runtime.estimate.DisclosureGuard;
import se.indikator.runtime.estimate.IndicatorResult;
import se.indikator.runtime.estimate.ResultEstimator;
import se.indikator.runtime.exec.IndicatorExecutor;
import se.indikator.runtime.plan.ResultRequest;

/**
 * The computed results of one statement's requests, in order, turned into typed results as it reads them —
 * each once, under the run's disclosure control ({@link DisclosureGuard}: the ledger of what the run has
 * published) when one is given.
 */
public final class Results {
    private final List<ResultRequest> requests;
    private final List<IndicatorExecutor.Computed> computed;
    private final DisclosureGuard guard;
    private final java.util.Map<Integer, Optional<IndicatorResult>> built = new java.util.HashMap<>();

    public Results(List<ResultRequest> requests, List<IndicatorExecutor.Computed> computed) {
        this(requests, computed, DisclosureGuard.NONE);
    }

    private Results(List<ResultRequest> requests, List<IndicatorExecutor.Computed> computed, DisclosureGuard guard) {
        this.requests = List.copyOf(requests);
        this.computed = List.copyOf(computed);
        this.guard = guard;
    }

    /** The same results under a disclosure guard. */
    public Results guarded(DisclosureGuard g) {
        return new Results(requests, computed, g);
    }

    /**
     * The typed result of request {@code i}; its notices (warnings, data errors) go to the outputs, and an
     * error leaves it empty.
     */
    public Optional<IndicatorResult> get(int i, Presenter out) {
        Optional<IndicatorResult> done = built.get(i);
        if (done != null) {
            return done;
        }
        IndicatorExecutor.Computed c = computed.get(i);
        boolean failed = false;
        for (Diagnostic n : c.notices()) {
            out.message(n);
            failed |= n.isError();
        }
        Optional<IndicatorResult> r = Optional.empty();
        if (!failed) {
            List<Diagnostic> notices = new java.util.ArrayList<>();
            r = Optional.of(ResultEstimator.build(c, requests.get(i).settings(), guard, notices));
            notices.forEach(out::message);
        }
        built.put(i, r);
        return r;
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
