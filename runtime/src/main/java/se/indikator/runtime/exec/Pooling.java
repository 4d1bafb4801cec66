package se.indikator.runtime.exec;

import java.util.ArrayList;
import java.util.List;
import se.indikator.runtime.data.Dataset;
import se.indikator.runtime.model.BreakdownDef;
import se.indikator.runtime.model.Windows;

/**
 * How a request's rows are classified when some of its breakdowns are rolling windows: the kernel groups the
 * rows by each rolling breakdown's single periods ({@link #kernelBreakdowns}), and {@link #fold} then adds the
 * cells of the periods each window holds — counts, sums, sums of squares, weighted sums and the values of a
 * percentile — so that a window is computed from exactly the rows of its periods, in the same one pass. Other
 * breakdowns pass through unchanged.
 */
final class Pooling {
    private final List<BreakdownDef> kernelBreakdowns;
    private final List<List<String>> kernelCategories;
    private final List<Windows> windows;

    private Pooling(List<BreakdownDef> kernelBreakdowns, List<List<String>> kernelCategories, List<Windows> windows) {
        this.kernelBreakdowns = kernelBreakdowns;
        this.kernelCategories = kernelCategories;
        this.windows = windows;
    }

    /** The pooling of these breakdowns (with their categories as listed) over these data. */
    static Pooling of(List<BreakdownDef> breakdowns, List<List<String>> categories, List<Dataset> sources) {
        List<BreakdownDef> defs = new ArrayList<>();
        List<List<String>> cats = new ArrayList<>();
        List<Windows> w = new ArrayList<>();
        for (int i = 0; i < breakdowns.size(); i++) {
            BreakdownDef b = breakdowns.get(i);
            if (b.isRolling()) {
                defs.add(b.base());
                cats.add(Categories.of(b.base(), sources));
                w.add(Categories.windows(b, sources));
            } else {
                defs.add(b);
                cats.add(categories.get(i));
                w.add(null);
            }
        }
        return new Pooling(List.copyOf(defs), List.copyOf(cats), java.util.Collections.unmodifiableList(w));
    }

    /** Whether any breakdown is rolling (otherwise {@link #fold} returns its argument). */
    boolean pools() {
        return windows.stream().anyMatch(java.util.Objects::nonNull);
    }

    /** The breakdowns the kernel classifies rows by. */
    List<BreakdownDef> kernelBreakdowns() {
        return kernelBreakdowns;
    }

    /** The categories of the breakdowns the kernel classifies rows by. */
    List<List<String>> kernelCategories() {
        return kernelCategories;
    }

    /** The cells of the windows, from the cells of the single periods (the national cells are kept as they are). */
    IndicatorExecutor.Aggregates fold(IndicatorExecutor.Aggregates a) {
        if (!pools()) {
            return a;
        }
        int dims = windows.size();
        int[] baseSizes = new int[dims];
        int[] sizes = new int[dims];
        int[][][] into = new int[dims][][];
        for (int k = 0; k < dims; k++) {
            baseSizes[k] = kernelCategories.get(k).size();
            Windows w = windows.get(k);
            sizes[k] = w == null ? baseSizes[k] : w.windows().size();
            if (w != null) {
                into[k] = w.windowsOf(baseSizes[k]);
            } else {
                into[k] = new int[baseSizes[k]][];
                for (int c = 0; c < baseSizes[k]; c++) {
                    into[k][c] = new int[] {c};
                }
            }
        }
        int groups = 1;
        for (int s : sizes) {
            groups *= s;
        }
        int strata = a.strata();
        int[][] targets = new int[a.groups() + 1][];
        for (int g = 0; g < a.groups(); g++) {
            targets[g] = targets(GroupKey.split(g, toList(baseSizes)), into, sizes);
        }
        targets[a.groups()] = new int[] {groups};
        Cells cells = new Cells(a.groups(), groups, strata, targets);
        double[][] values = a.values() == null ? null : cells.values(a.values());
        Kernel.Weighted w = a.weighted() == null ? null
                : new Kernel.Weighted(cells.fold(a.weighted().sumW()), cells.fold(a.weighted().sumW2()),
                        cells.fold(a.weighted().sumWY()), cells.fold(a.weighted().sumW2Y()), cells.fold(a.weighted().sumW2Y2()));
        return new IndicatorExecutor.Aggregates(groups, strata, cells.fold(a.num()), cells.fold(a.den()), cells.fold(a.sum()),
                cells.fold(a.sumSquares()), cells.fold(a.missing()), values, w);
    }

    /**
     * For each group of windows (in the order {@link #fold} gives them), why it is not computed, or null: a window
     * only some of whose periods are among the rows selected (a {@code where} that cuts a window, a gap in the
     * data) would pool fewer periods than its label says.
     */
    String[] incomplete(IndicatorExecutor.Aggregates a) {
        int dims = windows.size();
        List<Integer> baseSizes = kernelCategories.stream().map(List::size).toList();
        boolean[][] present = new boolean[dims][];
        for (int k = 0; k < dims; k++) {
            present[k] = new boolean[baseSizes.get(k)];
        }
        for (int g = 0; g < a.groups(); g++) {
            boolean rows = false;
            for (int s = 0; s < a.strata() && !rows; s++) {
                int c = a.cell(g, s);
                rows = a.num()[c] > 0 || a.den()[c] > 0 || a.missing()[c] > 0;
            }
            if (rows) {
                int[] parts = GroupKey.split(g, baseSizes);
                for (int k = 0; k < dims; k++) {
                    present[k][parts[k]] = true;
                }
            }
        }
        List<Integer> sizes = new ArrayList<>();
        for (int k = 0; k < dims; k++) {
            sizes.add(windows.get(k) == null ? baseSizes.get(k) : windows.get(k).windows().size());
        }
        int groups = sizes.stream().reduce(1, (x, y) -> x * y);
        String[] out = new String[groups];
        for (int g = 0; g < groups; g++) {
            int[] parts = GroupKey.split(g, sizes);
            List<String> lacking = new ArrayList<>();
            boolean any = false;
            for (int k = 0; k < dims; k++) {
                Windows w = windows.get(k);
                if (w == null) {
                    continue;
                }
                Windows.Window window = w.windows().get(parts[k]);
                lacking.addAll(window.lacking(present[k]));
                any |= window.touched(present[k]);
            }
            if (any && !lacking.isEmpty()) { // a window wholly outside the selection has no rows, like any empty group
                out[g] = "not computed: the rows selected hold no " + String.join(", ", lacking) + " of this window";
            }
        }
        return out;
    }

    private static List<Integer> toList(int[] a) {
        return java.util.Arrays.stream(a).boxed().toList();
    }

    /** The groups (in window space) that one group of single periods counts in: every combination of its windows. */
    private static int[] targets(int[] parts, int[][][] into, int[] sizes) {
        List<Integer> out = new ArrayList<>();
        out.add(0);
        for (int k = 0; k < parts.length; k++) {
            int[] choices = into[k][parts[k]];
            List<Integer> next = new ArrayList<>();
            for (int prefix : out) {
                for (int c : choices) {
                    next.add(prefix * sizes[k] + c);
                }
            }
            out = next;
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Adds the arrays of (group, stratum) cells of single periods into those of windows. */
    private record Cells(int fromGroups, int toGroups, int strata, int[][] targets) {
        double[] fold(double[] from) {
            double[] out = new double[(toGroups + 1) * strata];
            for (int g = 0; g <= fromGroups; g++) {
                for (int t : targets[g]) {
                    for (int s = 0; s < strata; s++) {
                        out[t * strata + s] += from[g * strata + s];
                    }
                }
            }
            return out;
        }

        double[][] values(double[][] from) {
            List<List<double[]>> parts = new ArrayList<>();
            for (int g = 0; g <= toGroups; g++) {
                parts.add(new ArrayList<>());
            }
            for (int g = 0; g <= fromGroups; g++) {
                for (int t : targets[g]) {
                    parts.get(t).add(from[g]);
                }
            }
            double[][] out = new double[toGroups + 1][];
            for (int g = 0; g <= toGroups; g++) {
                int n = parts.get(g).stream().mapToInt(x -> x.length).sum();
                double[] all = new double[n];
                int at = 0;
                for (double[] p : parts.get(g)) {
                    System.arraycopy(p, 0, all, at, p.length);
                    at += p.length;
                }
                java.util.Arrays.sort(all);
                out[g] = all;
            }
            return out;
        }
    }
}
