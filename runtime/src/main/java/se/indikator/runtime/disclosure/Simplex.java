package se.indikator.runtime.disclosure;

import java.util.ArrayList;
import java.util.List;

/**
 * A small dense two-phase simplex method (Dantzig's rule, then Bland's so that it cannot cycle): the minimum of {@code c·x} over
 * {@code x ≥ 0} subject to equations {@code A x = b} and inequalities {@code G x ≤ h}. The disclosure audit's
 * programmes are small after presolve (tens to hundreds of unknowns), so a dense tableau is enough; it is
 * written here because the general solver at hand returned wrong optima for programmes with a single
 * equation (tested in {@code SimplexTest} against enumeration of vertices).
 */
final class Simplex {
    private static final double EPS = 1e-9;
    private static final int MAX_PIVOTS = 200_000;

    private Simplex() {
    }

    /** The outcome: optimal with a value, unbounded below, infeasible, or undecided (too many pivots). */
    enum Status {
        OPTIMAL, UNBOUNDED, INFEASIBLE, UNDECIDED
    }

    record Result(Status status, double value) {
    }

    /** One linear row: coefficients and right-hand side. */
    record Row(double[] a, double b) {
    }

    static Result minimise(double[] c, List<Row> equations, List<Row> inequalities) {
        return feasible(c.length, equations, inequalities).minimise(c, Double.NEGATIVE_INFINITY);
    }

    /**
     * A feasible basis of the constraints (phase 1), from which several objectives can be minimised; or the
     * constraints' infeasibility.
     */
    static Feasible feasible(int n, List<Row> equations, List<Row> inequalities) {
        int slacks = inequalities.size();
        int m = equations.size() + slacks;
        int cols = n + slacks + m; // originals, slacks, one artificial per row
        double[][] t = new double[m + 1][cols + 1]; // last column: right-hand side; last row: objective
        int[] basis = new int[m];
        List<Row> rows = new ArrayList<>(equations);
        rows.addAll(inequalities);
        double scale = 1;
        for (int i = 0; i < m; i++) {
            Row r = rows.get(i);
            double sign = r.b() < 0 ? -1 : 1;
            for (int j = 0; j < n; j++) {
                t[i][j] = sign * r.a()[j];
            }
            if (i >= equations.size()) {
                t[i][n + i - equations.size()] = sign;
            }
            t[i][n + slacks + i] = 1;
            t[i][cols] = sign * r.b();
            basis[i] = n + slacks + i;
            scale = Math.max(scale, Math.abs(r.b()));
        }
        double eps = EPS * scale;
        double[] phase1 = new double[cols];
        for (int i = 0; i < m; i++) {
            phase1[n + slacks + i] = 1;
        }
        objective(t, basis, phase1, m, cols);
        Status s = run(t, basis, m, cols, cols, Double.NEGATIVE_INFINITY);
        if (s == Status.UNDECIDED || -t[m][cols] > eps * Math.max(1, m)) {
            return new Feasible(s == Status.UNDECIDED ? s : Status.INFEASIBLE, null, null, n, slacks, m, cols);
        }
        // drive artificial variables out of the basis where a real column can replace them
        for (int i = 0; i < m; i++) {
            if (basis[i] >= n + slacks) {
                for (int j = 0; j < n + slacks; j++) {
                    if (Math.abs(t[i][j]) > EPS) {
                        pivot(t, basis, i, j, m, cols);
                        break;
                    }
                }
            }
        }
        return new Feasible(Status.OPTIMAL, t, basis, n, slacks, m, cols);
    }

    /** The outcome of phase 1: a feasible tableau and basis, or why there is none. */
    record Feasible(Status status, double[][] tableau, int[] basis, int n, int slacks, int m, int cols) {

        /**
         * The minimum of {@code c·x} (phase 2 from this basis, which is left as it is); the pivots stop early
         * once the value is at most {@code enough}, returning that value (an upper bound of the minimum).
         */
        Result minimise(double[] c, double enough) {
            if (status != Status.OPTIMAL) {
                return new Result(status, Double.NaN);
            }
            double[][] t = new double[tableau.length][];
            for (int i = 0; i < t.length; i++) {
                t[i] = tableau[i].clone();
            }
            int[] b = basis.clone();
            double[] phase2 = new double[cols];
            System.arraycopy(c, 0, phase2, 0, n);
            objective(t, b, phase2, m, cols);
            Status s = run(t, b, m, cols, n + slacks, enough);
            if (s == Status.UNBOUNDED) {
                return new Result(s, Double.NEGATIVE_INFINITY);
            }
            return s == Status.OPTIMAL ? new Result(s, -t[m][cols]) : new Result(s, Double.NaN);
        }
    }

    /** Sets the objective row to reduced costs for the current basis. */
    private static void objective(double[][] t, int[] basis, double[] cost, int m, int cols) {
        double[] z = t[m];
        java.util.Arrays.fill(z, 0);
        System.arraycopy(cost, 0, z, 0, cols);
        for (int i = 0; i < m; i++) {
            double cb = cost[basis[i]];
            if (cb != 0) {
                for (int j = 0; j <= cols; j++) {
                    z[j] -= cb * t[i][j];
                }
            }
        }
    }

    /**
     * Pivots until optimal: the most improving column first (Dantzig's rule, fast), and after many pivots
     * Bland's rule (the lowest-numbered improving column, ties by lowest basic variable), which cannot cycle.
     */
    private static Status run(double[][] t, int[] basis, int m, int cols, int enterable, double enough) {
        int dantzig = 20 * (m + cols);
        for (int it = 0; it < MAX_PIVOTS; it++) {
            if (-t[m][cols] <= enough) {
                return Status.OPTIMAL; // good enough for the question asked
            }
            int enter = -1;
            double most = -1e-10;
            for (int j = 0; j < enterable; j++) {
                if (t[m][j] < most) {
                    enter = j;
                    if (it >= dantzig) {
                        break;
                    }
                    most = t[m][j];
                }
            }
            if (enter < 0) {
                return Status.OPTIMAL;
            }
            int leave = -1;
            double best = Double.POSITIVE_INFINITY;
            for (int i = 0; i < m; i++) {
                if (t[i][enter] > 1e-10) {
                    double ratio = t[i][cols] / t[i][enter];
                    double tie = 1e-12 * Math.max(1, Math.abs(ratio));
                    if (leave < 0 || ratio < best - tie || Math.abs(ratio - best) <= tie && basis[i] < basis[leave]) {
                        best = ratio;
                        leave = i;
                    }
                }
            }
            if (leave < 0) {
                return Status.UNBOUNDED;
            }
            pivot(t, basis, leave, enter, m, cols);
        }
        return Status.UNDECIDED;
    }

    private static void pivot(double[][] t, int[] basis, int row, int col, int m, int cols) {
        double p = t[row][col];
        double[] r = t[row];
        for (int j = 0; j <= cols; j++) {
            r[j] /= p;
        }
        for (int i = 0; i <= m; i++) {
            if (i == row) {
                continue;
            }
            double f = t[i][col];
            if (f != 0) {
                double[] ti = t[i];
                for (int j = 0; j <= cols; j++) {
                    ti[j] -= f * r[j];
                }
            }
        }
        basis[row] = col;
    }
}
