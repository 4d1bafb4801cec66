package se.indikator.runtime.session;

import java.util.ArrayList;
import java.util.List;
import se.indikator.runtime.exec.IndicatorExecutor;
import se.indikator.runtime.model.Catalog;
import se.indikator.runtime.model.Functions;
import se.indikator.runtime.plan.Planner;
import se.indikator.runtime.plan.QueryPlan;
import se.indikator.runtime.plan.ResultRequest;
import se.indikator.runtime.progress.ProgressListener;
import se.indikator.runtime.statements.Results;
import se.indikator.runtime.statements.Work;

/**
 * The plan and execute stages of a run: every request of every statement is planned, and all of them are
 * computed as one batch ({@link IndicatorExecutor#executeAll}: identical passes once, one loop per source).
 * A fault in the batch is retried statement by statement, so that it is reported at its statement and the
 * other statements still get their results.
 */
final class Execution {
    private Execution() {
    }

    /** The results of one statement, or the fault that kept it from getting them. */
    record Outcome(Results results, Throwable fault) {
    }

    /** The statements' results in order; a {@link java.util.concurrent.CancellationException} stops the run. */
    static List<Outcome> run(List<Work> works, Catalog catalog, Functions functions, ProgressListener progress) {
        List<ResultRequest> all = new ArrayList<>();
        works.forEach(w -> all.addAll(leaves(w.requests())));
        List<Outcome> out = new ArrayList<>();
        try {
            List<IndicatorExecutor.Computed> computed = compute(all, catalog, functions, progress);
            int next = 0;
            for (Work w : works) {
                int n = leaves(w.requests()).size();
                out.add(new Outcome(new Results(w.requests(), computed.subList(next, next + n)), null));
                next += n;
            }
            return out;
        } catch (java.util.concurrent.CancellationException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            out.clear();
        }
        for (Work w : works) {
            try {
                out.add(new Outcome(new Results(w.requests(), compute(leaves(w.requests()), catalog, functions, progress)), null));
            } catch (java.util.concurrent.CancellationException e) {
                throw e;
            } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                out.add(new Outcome(null, e));
            }
        }
        return out;
    }

    /** What is computed for these requests: each one's arms if it is derived, else itself. */
    private static List<ResultRequest> leaves(List<ResultRequest> requests) {
        List<ResultRequest> out = new ArrayList<>();
        requests.forEach(r -> out.addAll(r.leaves()));
        return out;
    }

    private static List<IndicatorExecutor.Computed> compute(List<ResultRequest> requests, Catalog catalog,
            Functions functions, ProgressListener progress) {
        if (requests.isEmpty()) {
            return List.of();
        }
        Planner planner = new Planner(catalog);
        List<IndicatorExecutor.Job> jobs = new ArrayList<>();
        for (ResultRequest r : requests) {
            QueryPlan plan = planner.plan(r);
            jobs.add(new IndicatorExecutor.Job(new IndicatorExecutor(catalog, functions, r.settings()), plan));
        }
        return IndicatorExecutor.executeAll(jobs, progress);
    }
}
