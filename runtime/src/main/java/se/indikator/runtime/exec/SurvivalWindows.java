package se.indikator.runtime.exec;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import se.indikator.runtime.data.Dataset;
import se.indikator.runtime.model.BreakdownDef;
import se.indikator.runtime.model.Windows;

/**
 * Relative survival by rolling windows of the period of diagnosis ("diagnosed 2015–2017"): a patient belongs to
 * every window that holds the year, so the survival sweep runs once per window (per combination of windows when
 * several breakdowns roll), each time keying only the patients of that window, and each group takes its estimate
 * from the sweep of its own window. A window some of whose periods have no patient among those selected is not
 * computed, as for counts ({@link Pooling}).
 */
final class SurvivalWindows {
    private SurvivalWindows() {
    }

    /**
     * The estimate of each group (in window space) followed by the total; {@code keys} key rows by single periods
     * for the rolling breakdowns, {@code sweep} runs the survival computation for one combined key.
     */
    static List<Estimate> estimates(List<BreakdownDef> breakdowns, List<RowKey> keys, List<Integer> sizes, Dataset d,
            RowPredicate selected, Function<RowKey, List<Estimate>> sweep, Function<String, Estimate> withheld) {
        int dims = breakdowns.size();
        List<Windows> windows = new ArrayList<>();
        List<boolean[]> present = new ArrayList<>();
        for (int k = 0; k < dims; k++) {
            BreakdownDef b = breakdowns.get(k);
            if (!b.isRolling()) {
                windows.add(null);
                present.add(null);
                continue;
            }
            windows.add(Categories.windows(b, List.of(d)));
            boolean[] seen = new boolean[Categories.of(b.base(), List.of(d)).size()];
            RowKey key = keys.get(k);
            for (int row = 0; row < d.rowCount(); row++) {
                int p = selected.test(row) ? key.key(row) : -1;
                if (p >= 0) {
                    seen[p] = true;
                }
            }
            present.add(seen);
        }
        int groups = sizes.stream().reduce(1, (a, b) -> a * b);
        Estimate[] out = new Estimate[groups];
        Estimate total = null;
        int[] choice = new int[dims];
        while (true) {
            List<RowKey> combo = new ArrayList<>();
            for (int k = 0; k < dims; k++) {
                combo.add(windows.get(k) == null ? keys.get(k) : inWindow(keys.get(k), windows.get(k).windows().get(choice[k]),
                        choice[k]));
            }
            List<Estimate> est = sweep.apply(GroupKey.combine(combo, sizes));
            total = est.get(groups);
            for (int g = 0; g < groups; g++) {
                int[] parts = GroupKey.split(g, sizes);
                boolean mine = true;
                for (int k = 0; k < dims && mine; k++) {
                    mine = windows.get(k) == null || parts[k] == choice[k];
                }
                if (mine) {
                    String lacking = lacking(parts, windows, present);
                    out[g] = lacking == null ? est.get(g) : withheld.apply(lacking);
                }
            }
            if (!next(choice, windows)) {
                break;
            }
        }
        List<Estimate> all = new ArrayList<>(Arrays.asList(out));
        all.add(total);
        return all;
    }

    /** The key of a window: its index for a row whose period it holds, else -1. */
    private static RowKey inWindow(RowKey period, Windows.Window w, int index) {
        boolean[] member = new boolean[Arrays.stream(w.members()).max().orElse(0) + 1];
        for (int m : w.members()) {
            member[m] = true;
        }
        return row -> {
            int p = period.key(row);
            return p >= 0 && p < member.length && member[p] ? index : -1;
        };
    }

    /** Why a group of windows is not computed (a period of one of its windows has no patient), or null. */
    private static String lacking(int[] parts, List<Windows> windows, List<boolean[]> present) {
        for (int k = 0; k < parts.length; k++) {
            Windows w = windows.get(k);
            if (w == null) {
                continue;
            }
            Windows.Window window = w.windows().get(parts[k]);
            if (window.touched(present.get(k)) && !window.lacking(present.get(k)).isEmpty()) {
                return "not computed: the patients selected do not cover every year of " + window.label();
            }
        }
        return null;
    }

    /** The next combination of windows (odometer over the rolling breakdowns); false after the last. */
    private static boolean next(int[] choice, List<Windows> windows) {
        for (int k = choice.length - 1; k >= 0; k--) {
            if (windows.get(k) == null) {
                continue;
            }
            if (++choice[k] < windows.get(k).windows().size()) {
                return true;
            }
            choice[k] = 0;
        }
        return false;
    }
}
