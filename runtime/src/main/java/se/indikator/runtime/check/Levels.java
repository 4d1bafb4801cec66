package se.indikator.runtime.check;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import se.indikator.runtime.diag.Diagnostics;
import se.indikator.runtime.diag.Span;

/**
 * The rule for confidence levels wherever they are written ({@code set confidence}, an indicator's
 * {@code ci … 95%}, an analysis' {@code confidence}): each strictly between 0% and 100%, and none twice.
 */
public final class Levels {
    private Levels() {
    }

    /** Whether the levels keep the rule; reports each one that does not. */
    public static boolean valid(List<Double> levels, Span at, Diagnostics d) {
        boolean ok = true;
        Set<Double> seen = new HashSet<>();
        for (double l : levels) {
            if (!(l > 0 && l < 1)) {
                d.error("E307", at, "a confidence level must lie between 0% and 100%, not "
                        + se.indikator.runtime.ast.Numbers.plain(l * 100) + "%", "e.g. 95%, 99.8%");
                ok = false;
            } else if (!seen.add(l)) {
                d.error("E307", at, "the level " + se.indikator.runtime.ast.Numbers.plain(l * 100) + "% is given twice",
                        "give each level once");
                ok = false;
            }
        }
        return ok;
    }
}
