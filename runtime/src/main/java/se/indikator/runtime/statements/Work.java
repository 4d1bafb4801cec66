package se.indikator.runtime.statements;

import java.util.List;
import se.indikator.runtime.plan.ResultRequest;

/**
 * What a checked statement leaves for the run: the indicator results it needs (computed together with
 * every other statement's, in one batch) and how it presents them. Statements that declare leave none.
 */
public interface Work {

    /** The results this statement needs, in the order {@link #present} reads them. */
    default List<ResultRequest> requests() {
        return List.of();
    }

    /** Presents the statement's outputs from its results. */
    void present(Results results, Presenter out);
}
