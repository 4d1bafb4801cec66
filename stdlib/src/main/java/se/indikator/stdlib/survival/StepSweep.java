package se.indikator.stdlib.survival;

import java.util.Arrays;

/**
 * Computes {@link StepSeries} for several cohorts on one {@link StepGrid} in a single sweep over the
 * steps, without visiting every patient at every step (Pohar Perme, Stare &amp; Estève 2012;
 * Ederer &amp; Heise 1959).
 *
 * <p>Within a run of steps in one life-table cell (see {@link CellRuns}) a patient's cumulative
 * population hazard is Λ₀ + λ·(x − x₀) on the grid's {@link StepGrid#position position} scale x,
 * so 1/S<sub>p</sub> = c·e<sup>λx</sup> with a constant c = e<sup>Λ₀ − λx₀</sup>. The sweep keeps,
 * per part of the cohorts ({@link SharedCohorts}) and cell, the sum of c and the count of the
 * patients now in that cell ({@link CellSums}); at each step it multiplies every such sum by
 * e<sup>λx</sup> of its cell, so the work per step grows with the cells in use, not the patients.
 * A patient is touched only when it enters a cell, at most once per birthday and new year, found
 * through buckets of steps; at its exit its own 1/S<sub>p</sub> gives the death sums.
 */
final class StepSweep {

    private final LifeTable table;
    private final StepGrid grid;
    private final SharedCohorts cohorts;
    private final double horizon;
    private final int cells;
    private final double[] lambda;

    /** Follows {@code cohorts} on {@code grid}; deaths after {@code horizon} days are not needed. */
    StepSweep(LifeTable table, StepGrid grid, SharedCohorts cohorts, double horizon) {
        this.table = table;
        this.grid = grid;
        this.cohorts = cohorts;
        this.horizon = horizon;
        this.cells = table.cellCount();
        this.lambda = new double[cells];
        double highest = 0;
        for (int c = 0; c < cells; c++) {
            lambda[c] = table.cellHazard(c);
            highest = Math.max(highest, lambda[c]);
        }
        // e^(λx) must stay finite; only q within about 1e-10 of 1 over decades of follow-up come near
        if (highest * grid.position(grid.steps()) > 700) {
            throw new IllegalArgumentException("the life table's highest daily hazard " + highest
                    + " is too high to follow patients for " + grid.position(grid.steps()) + " days");
        }
    }

    /** The series of every cohort, in cohort order. */
    StepSeries[] run() {
        StepSeries[] parts = runParts();
        StepSeries[] out = new StepSeries[cohorts.cohortCount()];
        for (int q = 0; q < out.length; q++) {
            out[q] = StepSeries.zeros(grid.steps());
            for (int a : cohorts.partsOf(q)) {
                out[q].add(parts[a]);
            }
        }
        return out;
    }

    private StepSeries[] runParts() {
        int steps = grid.steps();
        int nq = cohorts.partCount();
        StepSeries[] out = new StepSeries[nq];
        for (int q = 0; q < nq; q++) {
            out[q] = StepSeries.zeros(steps);
        }
        PatientState state = new PatientState(cohorts, grid, horizon);
        CellRuns runs = new CellRuns(table, grid);
        // each patient waits in the bucket of the step where its current run ends
        int[] head = new int[steps + 1];
        Arrays.fill(head, -1);
        for (int i = state.size() - 1; i >= 0; i--) {
            state.setNext(i, head[0]);
            head[0] = i;
        }
        CellsInUse used = new CellsInUse(cells);
        CellSums[] sums = new CellSums[nq];
        for (int q = 0; q < nq; q++) {
            sums[q] = new CellSums(lambda, used);
        }
        double[] growth = new double[2 * cells];
        int[] stamp = new int[cells];
        Arrays.fill(stamp, -2);
        double previousTo = Double.NaN;
        for (int k = 0; k <= steps; k++) {
            if ((k & 255) == 0) {
                if (Thread.currentThread().isInterrupted()) {
                    throw new java.util.concurrent.CancellationException("interrupted"); // Ctrl-C in the shell
                }
                se.indikator.stdlib.progress.TaskProgress.report(k, steps);
            }
            int i = head[k];
            while (i >= 0) {
                int following = state.next(i);
                double cumulative = 0;
                int c = state.cell(i);
                if (c >= 0) {
                    cumulative = state.hazardAtRunStart(i)
                            + lambda[c] * (grid.position(k) - grid.position(state.runStart(i)));
                    for (int m = state.partsStart(i); m < state.partsEnd(i); m++) {
                        sums[state.partAt(m)].remove(c, state.coefficient(i));
                    }
                }
                if (k == state.end(i)) {
                    state.leave(i);
                    if (state.exitCounts(i)) {
                        double inv = Math.exp(cumulative);
                        for (int m = state.partsStart(i); m < state.partsEnd(i); m++) {
                            StepSeries s = out[state.partAt(m)];
                            s.exitDeaths()[k] += 1;
                            s.exitInvSurvival()[k] += inv;
                            s.exitInvSurvivalSquared()[k] += inv * inv;
                        }
                    }
                } else {
                    int sex = state.sex(i);
                    double age = state.ageDays(i);
                    double day = state.diagnosisDay(i);
                    c = runs.cellAt(sex, age, day, k);
                    int stop = runs.runEnd(sex, age, day, k, c, state.end(i));
                    double coefficient = Math.exp(cumulative - lambda[c] * grid.position(k));
                    state.enter(i, c, k, cumulative, coefficient);
                    for (int m = state.partsStart(i); m < state.partsEnd(i); m++) {
                        sums[state.partAt(m)].add(c, coefficient);
                    }
                    state.setNext(i, head[stop]);
                    head[stop] = i;
                }
                i = following;
            }
            if (k == steps) {
                break;
            }
            double from = grid.position(k);
            double to = grid.position(k + 1);
            for (int u = 0; u < used.size(); u++) {
                int c = used.cell(u);
                // the end of the previous step is the start of this one
                boolean continued = stamp[c] == k - 1 && from == previousTo;
                growth[2 * c] = continued ? growth[2 * c + 1] : Math.exp(lambda[c] * from);
                growth[2 * c + 1] = Math.exp(lambda[c] * to);
                stamp[c] = k;
            }
            for (int q = 0; q < nq; q++) {
                CellSums part = sums[q];
                double invSurvival = 0;
                double weightedHazard = 0;
                double invSurvivalEnd = 0;
                double weightedHazardEnd = 0;
                double hazard = 0;
                for (int a = 0; a < part.size(); a++) {
                    int c = part.cellAt(a);
                    double atStart = growth[2 * c];
                    double atEnd = growth[2 * c + 1];
                    invSurvival += part.valueAt(a) * atStart;
                    weightedHazard += part.lambdaValueAt(a) * atStart;
                    invSurvivalEnd += part.valueAt(a) * atEnd;
                    weightedHazardEnd += part.lambdaValueAt(a) * atEnd;
                    hazard += part.lambdaCountAt(a);
                }
                out[q].invSurvival()[k] = invSurvival;
                out[q].weightedHazard()[k] = weightedHazard;
                out[q].invSurvivalEnd()[k] = invSurvivalEnd;
                out[q].weightedHazardEnd()[k] = weightedHazardEnd;
                out[q].hazard()[k] = hazard;
            }
            previousTo = to;
        }
        return out;
    }
}
