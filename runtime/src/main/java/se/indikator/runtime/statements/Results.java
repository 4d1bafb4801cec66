package se.indikator.runtime.statements;

import java.util.List;
import java.util.Optional;
import se.indikator.runtime.diag.Diagnostic;
import se.indikator.runtime.estimate.DerivedResult;
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
        ResultRequest request = requests.get(i);
        int first = 0;
        for (int k = 0; k < i; k++) {
            first += requests.get(k).leaves().size();
        }
        if (!request.arms().isEmpty()) { // a derived indicator: its arms, each published under disclosure control
            Optional<IndicatorResult> left = leaf(first, request.arms().get(0), out);
            Optional<IndicatorResult> right = leaf(first + 1, request.arms().get(1), out);
            Optional<IndicatorResult> r = left.isEmpty() || right.isEmpty() ? Optional.empty()
                    : Optional.of(DerivedResult.of(request, left.get(), right.get()));
            built.put(i, r);
            return r;
        }
        Optional<IndicatorResult> r = leaf(first, request, out);
        built.put(i, r);
        return r;
    }

    /** The typed result of the computed request at {@code index}. */
    private Optional<IndicatorResult> leaf(int index, ResultRequest request, Presenter out) {
        IndicatorExecutor.Computed c = computed.get(index);
        boolean failed = false;
        for (Diagnostic n : c.notices()) {
            out.message(n);
            failed |= n.isError();
        }
        Optional<IndicatorResult> r = Optional.empty();
        if (!failed) {
            List<Diagnostic> notices = new java.util.ArrayList<>();
            r = Optional.of(ResultEstimator.build(c, request.settings(), guard, notices));
            notices.forEach(out::message);
        }
        return r;
    }

    /** The typed results of every request, or empty when any of them failed (after reporting). */
    public Optional<List<IndicatorResult>> all(Presenter out) {
        List<IndicatorResult> list = new java.util.ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            Optional<IndicatorResult> r = get(i, out);
            if (r.isEmpty()) {
                return Optional.empty();
            }
            list.add(r.get());
        }
        return Optional.of(list);
    }
}
