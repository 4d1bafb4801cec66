package se.indikator.runtime.model;

import java.util.ArrayList;
import java.util.List;
import se.indikator.runtime.ast.Numbers;

/**
 * The windows of a rolling breakdown over the periods the data hold: every run of {@code width} consecutive
 * periods from the first to the last ({@code year rolling 3} over 2015–2023 gives 2015–2017, 2016–2018, …,
 * 2021–2023), each with its label, its middle (where a chart or a trend places it) and the indices of the
 * single periods it pools. Windows that would hold no period at all (a gap in the data longer than the window)
 * are left out; a window that lacks some of its periods is kept, and the checker warns of it.
 */
public record Windows(int width, List<Window> windows) {

    public Windows {
        windows = List.copyOf(windows);
    }

    /**
     * One window: its label ("2021–2023"), its middle (2022), the indices of the periods it pools and their values
     * (a year the data lack has no member).
     */
    public record Window(String label, double middle, double first, double last, int[] members, double[] values) {

        /**
         * The periods of the window that no row selected holds, given which single periods some row selected holds
         * ({@code present}, by period index): a year the data lack, or one the selection leaves out.
         */
        public List<String> lacking(boolean[] present) {
            List<String> out = new ArrayList<>();
            for (double p = first; p <= last + 1e-9; p++) {
                boolean held = false;
                for (int m = 0; m < members.length && !held; m++) {
                    held = Math.abs(values[m] - p) < 1e-9 && present[members[m]];
                }
                if (!held) {
                    out.add(Numbers.plain(p));
                }
            }
            return out;
        }

        /** Whether some row selected falls in the window at all. */
        public boolean touched(boolean[] present) {
            for (int m : members) {
                if (present[m]) {
                    return true;
                }
            }
            return false;
        }
    }

    /** The windows of {@code width} periods over single periods with these values (ascending). */
    public static Windows of(List<Double> periods, int width) {
        List<Window> out = new ArrayList<>();
        if (periods.isEmpty() || width < 1) {
            return new Windows(width, out);
        }
        double min = periods.get(0);
        double max = periods.get(periods.size() - 1);
        for (double first = min; first + width - 1 <= max + 1e-9; first++) {
            double last = first + width - 1;
            List<Integer> members = new ArrayList<>();
            for (int i = 0; i < periods.size(); i++) {
                double v = periods.get(i);
                if (v >= first - 1e-9 && v <= last + 1e-9) {
                    members.add(i);
                }
            }
            if (!members.isEmpty()) {
                out.add(new Window(Numbers.plain(first) + "–" + Numbers.plain(last), first + (width - 1) / 2.0, first, last,
                        members.stream().mapToInt(Integer::intValue).toArray(),
                        members.stream().mapToDouble(periods::get).toArray()));
            }
        }
        return new Windows(width, out);
    }

    /** The labels of the windows, in order. */
    public List<String> labels() {
        return windows.stream().map(Window::label).toList();
    }

    /** The middles of the windows, in order. */
    public List<Double> middles() {
        return windows.stream().map(Window::middle).toList();
    }

    /** For each single period, the windows that hold it. */
    public int[][] windowsOf(int periods) {
        List<List<Integer>> of = new ArrayList<>();
        for (int i = 0; i < periods; i++) {
            of.add(new ArrayList<>());
        }
        for (int w = 0; w < windows.size(); w++) {
            for (int m : windows.get(w).members()) {
                of.get(m).add(w);
            }
        }
        int[][] out = new int[periods][];
        for (int i = 0; i < periods; i++) {
            out[i] = of.get(i).stream().mapToInt(Integer::intValue).toArray();
        }
        return out;
    }
}
