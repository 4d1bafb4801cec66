package se.indikator.runtime.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.math3.linear.SingularMatrixException;
import org.junit.jupiter.api.Test;

/**
 * The simplex method against enumeration of vertices: on random programmes of the audit's kind (sums of
 * non-negative counts equal to published totals, numerator ≤ denominator), the minimum and maximum of a
 * count agree with the best basic feasible solution found by solving every square subsystem, to 1e-6.
 */
class SimplexTest {

    @Test
    void aSingleEquationBoundsEachPartByTheTotal() {
        List<Simplex.Row> eq = List.of(new Simplex.Row(new double[] {1, 1, 1}, 85));
        assertEquals(0, Simplex.minimise(new double[] {0, 1, 0}, eq, List.of()).value(), 1e-9);
        assertEquals(-85, Simplex.minimise(new double[] {0, -1, 0}, eq, List.of()).value(), 1e-9);
    }

    @Test
    void withoutAnEquationACountIsUnbounded() {
        assertEquals(Simplex.Status.UNBOUNDED,
                Simplex.minimise(new double[] {-1, 0}, List.of(), List.of(new Simplex.Row(new double[] {0, 1}, 4))).status());
    }

    @Test
    void infeasibleProgrammesAreSaidToBe() {
        List<Simplex.Row> eq = List.of(new Simplex.Row(new double[] {1, 1}, 5), new Simplex.Row(new double[] {1, 1}, 6));
        assertEquals(Simplex.Status.INFEASIBLE, Simplex.minimise(new double[] {1, 0}, eq, List.of()).status());
    }

    @Test
    void randomProgrammesAgreeWithVertexEnumeration() {
        Random rnd = new Random(20261206);
        for (int trial = 0; trial < 300; trial++) {
            int n = 2 + rnd.nextInt(5);
            int m = 1 + rnd.nextInt(3);
            double[] truth = new double[n];
            for (int j = 0; j < n; j++) {
                truth[j] = rnd.nextInt(12);
            }
            List<Simplex.Row> eq = new ArrayList<>();
            for (int i = 0; i < m; i++) {
                double[] a = new double[n];
                double b = 0;
                for (int j = 0; j < n; j++) {
                    a[j] = rnd.nextInt(3) == 0 ? 0 : 1;
                    b += a[j] * truth[j];
                }
                eq.add(new Simplex.Row(a, b));
            }
            List<Simplex.Row> le = new ArrayList<>();
            if (n >= 2 && rnd.nextBoolean()) { // x0 ≤ x1, as a numerator within its denominator
                double[] a = new double[n];
                a[0] = 1;
                a[1] = -1;
                if (truth[0] <= truth[1]) {
                    le.add(new Simplex.Row(a, 0));
                }
            }
            double[] c = new double[n];
            c[rnd.nextInt(n)] = rnd.nextBoolean() ? 1 : -1;
            Simplex.Result r = Simplex.minimise(c, eq, le);
            double expected = enumerate(c, eq, le, n);
            String what = "trial " + trial + ": c " + java.util.Arrays.toString(c) + " eq "
                    + eq.stream().map(x -> java.util.Arrays.toString(x.a()) + "=" + x.b()).toList() + " le "
                    + le.stream().map(x -> java.util.Arrays.toString(x.a()) + "<=" + x.b()).toList();
            if (Double.isInfinite(expected)) {
                assertEquals(Simplex.Status.UNBOUNDED, r.status(), what);
            } else {
                assertEquals(Simplex.Status.OPTIMAL, r.status(), what);
                assertEquals(expected, r.value(), 1e-6, what);
            }
        }
    }

    /**
     * The minimum over the basic feasible solutions of the standard form (slacks added), or −∞ when a
     * feasible direction decreases the objective without bound (checked by a large box).
     */
    private static double enumerate(double[] c, List<Simplex.Row> eq, List<Simplex.Row> le, int n) {
        double boxed = enumerateWithin(c, eq, le, n, 1e6);
        double wider = enumerateWithin(c, eq, le, n, 1e7);
        return Math.abs(boxed - wider) > 1e-6 ? Double.NEGATIVE_INFINITY : boxed;
    }

    private static double enumerateWithin(double[] c, List<Simplex.Row> eq, List<Simplex.Row> le, int n, double box) {
        List<double[]> rows = new ArrayList<>();
        List<Double> rhs = new ArrayList<>();
        int slacks = le.size() + n; // the inequalities and x_j ≤ box
        int cols = n + slacks;
        for (Simplex.Row r : eq) { // consistent equations that repeat others are left out (bases need full rank)
            double[] a = new double[cols];
            System.arraycopy(r.a(), 0, a, 0, n);
            rows.add(a);
            if (new org.apache.commons.math3.linear.SingularValueDecomposition(
                    new Array2DRowRealMatrix(rows.toArray(new double[0][]))).getRank() < rows.size()) {
                rows.remove(rows.size() - 1);
                continue;
            }
            rhs.add(r.b());
        }
        int s = n;
        for (Simplex.Row r : le) {
            double[] a = new double[cols];
            System.arraycopy(r.a(), 0, a, 0, n);
            a[s++] = 1;
            rows.add(a);
            rhs.add(r.b());
        }
        for (int j = 0; j < n; j++) {
            double[] a = new double[cols];
            a[j] = 1;
            a[s++] = 1;
            rows.add(a);
            rhs.add(box);
        }
        int m = rows.size();
        double best = Double.POSITIVE_INFINITY;
        int[] pick = new int[m];
        for (int i = 0; i < m; i++) {
            pick[i] = i;
        }
        while (pick != null) {
            double[][] sub = new double[m][m];
            for (int i = 0; i < m; i++) {
                for (int k = 0; k < m; k++) {
                    sub[i][k] = rows.get(i)[pick[k]];
                }
            }
            try {
                RealVector x = new LUDecomposition(new Array2DRowRealMatrix(sub), 1e-12).getSolver()
                        .solve(new ArrayRealVector(rhs.stream().mapToDouble(Double::doubleValue).toArray()));
                boolean feasible = true;
                double value = 0;
                for (int k = 0; k < m; k++) {
                    feasible &= x.getEntry(k) >= -1e-9;
                    if (pick[k] < n) {
                        value += c[pick[k]] * x.getEntry(k);
                    }
                }
                if (feasible) {
                    best = Math.min(best, value);
                }
            } catch (SingularMatrixException e) {
                // not a basis
            }
            pick = next(pick, cols);
        }
        return best;
    }

    /** The next combination of {@code pick.length} columns out of {@code cols}, or null after the last. */
    private static int[] next(int[] pick, int cols) {
        int k = pick.length - 1;
        while (k >= 0 && pick[k] == cols - pick.length + k) {
            k--;
        }
        if (k < 0) {
            return null;
        }
        pick[k]++;
        for (int i = k + 1; i < pick.length; i++) {
            pick[i] = pick[i - 1] + 1;
        }
        return pick;
    }
}
