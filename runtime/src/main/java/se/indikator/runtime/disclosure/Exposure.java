package se.indikator.runtime.disclosure;

import java.util.List;

/**
 * A protected count that what was published pins down more narrowly than its protection interval: which
 * count (never its value) and where it was protected, the width of the range left (0: exactly), the
 * interval it needs, whether the solver proved the range, and the tables that pin it.
 */
public record Exposure(String count, double width, double interval, boolean proven, List<String> pinnedBy) {

    public Exposure {
        pinnedBy = List.copyOf(pinnedBy);
    }

    /** The exposure in one paragraph. */
    public String describe() {
        String how = !proven ? "could not be proven to stay within its protection interval"
                : width < 1e-9 ? "can be recovered exactly"
                : "can be narrowed to a range of " + se.indikator.runtime.ast.Numbers.plain(Math.round(width * 100) / 100.0)
                        + " (its protection interval is " + se.indikator.runtime.ast.Numbers.plain(interval) + ")";
        return "exposed: " + count + ": it " + how + "\n  pinned by: "
                + String.join("; ", pinnedBy);
    }
}
