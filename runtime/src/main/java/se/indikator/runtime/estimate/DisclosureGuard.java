package se.indikator.runtime.estimate;

import java.util.List;
import se.indikator.runtime.diag.Diagnostic;

/**
 * Disclosure control beyond one table: given a result's rows and the decisions of its own primary and
 * secondary protection, hides more rows where what was published before would otherwise reveal a
 * protected count, and records what the result publishes. Returns notices for the statement's outputs.
 */
@FunctionalInterface
public interface DisclosureGuard {

    /** No control beyond the table's own. */
    DisclosureGuard NONE = (layout, decisions) -> List.of();

    List<Diagnostic> protect(ResultLayout layout, Disclosure[] decisions);
}
