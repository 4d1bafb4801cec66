package se.indikator.stdlib.lifetable;

import java.util.Arrays;
import java.util.List;
import se.indikator.stdlib.ci.ConfidenceLevel;
import se.indikator.stdlib.ci.Interval;
import se.indikator.stdlib.ci.LevelledIntervals;

/**
 * An abridged period life table by Chiang's method II, as Public Health England's life expectancy
 * calculator completes it, from deaths and person-years in age bands whose last band is open (85+, 90+); the open band alone
 * gives the expectancy at its start as 1/M.
 *
 * <p>For band i starting at age x<sub>i</sub> with width n<sub>i</sub> (to the next start age), deaths
 * D<sub>i</sub> and population P<sub>i</sub>: the death rate M = D/P; the fraction of the band lived by
 * those who die in it a = 0.1 for a first band of the first year of life (0 to under 1) and 0.5 otherwise; the
 * probability of dying q = n·M / (1 + (1 − a)·n·M), and q = 1 in the open band; survivors
 * l<sub>i+1</sub> = l<sub>i</sub>(1 − q<sub>i</sub>) from l<sub>0</sub> = 100 000; years lived
 * L = n·(l<sub>i+1</sub> + a·(l<sub>i</sub> − l<sub>i+1</sub>)), and L = l/M in the open band; life
 * expectancy e<sub>i</sub> = Σ<sub>j≥i</sub> L<sub>j</sub> / l<sub>i</sub>.
 *
 * <p>Its variance is Chiang's: var(e<sub>i</sub>) = Σ<sub>j≥i</sub> l<sub>j</sub>²·((1 − a<sub>j</sub>)·n<sub>j</sub>
 * + e<sub>j+1</sub>)²·q<sub>j</sub>²(1 − q<sub>j</sub>)/D<sub>j</sub> / l<sub>i</sub>² (a band without
 * deaths adds nothing), with Silcocks et al.'s term l²/(D·M²) for the open band; the limits are
 * e ± z·SE.
 */
public final class ChiangLifeTable {
    /** The number alive at the first start age. */
    public static final double RADIX = 100_000;
    /** The fraction of the first year lived by infants who die in it. */
    public static final double INFANT_FRACTION = 0.1;
    /** The fraction of a band lived by those who die in it, in every other band. */
    public static final double BAND_FRACTION = 0.5;

    private final double[] start;
    private final double[] expectancy;
    private final double[] variance;

    private ChiangLifeTable(double[] start, double[] expectancy, double[] variance) {
        this.start = start;
        this.expectancy = expectancy;
        this.variance = variance;
    }

    /**
     * Completes the table from bands given by their start ages (ascending; the last band is open), their
     * deaths and their population (person-years).
     *
     * @throws LifeTableProblem when the bands cannot make a life table
     */
    public static ChiangLifeTable of(double[] startAges, double[] deaths, double[] population) {
        int k = startAges.length;
        if (k < 1 || deaths.length != k || population.length != k) {
            throw new LifeTableProblem(LifeTableProblem.Kind.TOO_FEW_BANDS, -1,
                    "a life table needs at least one age band, each with deaths and population");
        }
        for (int i = 0; i < k; i++) {
            if (!(startAges[i] >= 0) || i > 0 && !(startAges[i] > startAges[i - 1])) {
                throw new LifeTableProblem(LifeTableProblem.Kind.NOT_ASCENDING, i,
                        "the start ages of the bands must increase: band " + i + " starts at " + startAges[i]);
            }
            if (!(population[i] > 0)) {
                throw new LifeTableProblem(LifeTableProblem.Kind.NO_POPULATION, i,
                        "the band starting at " + startAges[i] + " has no population");
            }
            if (!(deaths[i] >= 0) || deaths[i] > population[i]) {
                throw new LifeTableProblem(LifeTableProblem.Kind.BAD_DEATHS, i,
                        "the band starting at " + startAges[i] + " has " + deaths[i] + " deaths in a population of "
                                + population[i]);
            }
        }
        if (deaths[k - 1] <= 0) {
            throw new LifeTableProblem(LifeTableProblem.Kind.OPEN_BAND_WITHOUT_DEATHS, k - 1,
                    "the open last band (from " + startAges[k - 1] + ") has no deaths, so its death rate cannot close the table");
        }
        double[] l = new double[k];
        double[] q = new double[k];
        double[] a = new double[k];
        double[] n = new double[k];
        double[] years = new double[k];
        l[0] = RADIX;
        for (int i = 0; i < k; i++) {
            double m = deaths[i] / population[i];
            if (i == k - 1) {
                q[i] = 1;
                years[i] = l[i] / m;
                break;
            }
            n[i] = startAges[i + 1] - startAges[i];
            a[i] = i == 0 && startAges[0] == 0 && startAges[1] <= 1 ? INFANT_FRACTION : BAND_FRACTION;
            q[i] = n[i] * m / (1 + (1 - a[i]) * n[i] * m);
            l[i + 1] = l[i] * (1 - q[i]);
            years[i] = n[i] * (l[i + 1] + a[i] * (l[i] - l[i + 1]));
        }
        double[] e = new double[k];
        double[] v = new double[k];
        double totalYears = 0;
        double terms = 0;
        for (int i = k - 1; i >= 0; i--) {
            totalYears += years[i];
            e[i] = totalYears / l[i];
            double term;
            if (i == k - 1) {
                double m = deaths[i] / population[i];
                term = l[i] * l[i] / (deaths[i] * m * m);
            } else if (deaths[i] > 0) {
                double lead = (1 - a[i]) * n[i] + e[i + 1];
                term = l[i] * l[i] * lead * lead * q[i] * q[i] * (1 - q[i]) / deaths[i];
            } else {
                term = 0;
            }
            terms += term;
            v[i] = terms / (l[i] * l[i]);
        }
        return new ChiangLifeTable(startAges.clone(), e, v);
    }

    /** The number of bands. */
    public int bands() {
        return start.length;
    }

    /** The start ages of the bands, in order. */
    public double[] startAges() {
        return start.clone();
    }

    /** The index of the band starting at {@code age}, or −1 when no band starts there. */
    public int bandAt(double age) {
        for (int i = 0; i < start.length; i++) {
            if (start[i] == age) {
                return i;
            }
        }
        return -1;
    }

    /** Life expectancy at the start of band {@code i}. */
    public double expectancy(int i) {
        return expectancy[i];
    }

    /** The standard error of the life expectancy at the start of band {@code i}. */
    public double standardError(int i) {
        return Math.sqrt(variance[i]);
    }

    /** The interval e ± z·SE at the start of band {@code i} for a given normal critical value z. */
    public Interval interval(int i, double z) {
        double half = z * standardError(i);
        return new Interval(expectancy[i] - half, expectancy[i] + half);
    }

    /**
     * Life expectancy at the band starting at {@code age}, with its intervals at each level.
     *
     * @throws IllegalArgumentException when no band starts at that age
     */
    public LifeExpectancy at(double age, List<ConfidenceLevel> levels) {
        int i = bandAt(age);
        if (i < 0) {
            throw new IllegalArgumentException("no band starts at age " + age + "; the bands start at "
                    + Arrays.toString(start));
        }
        LevelledIntervals intervals = LevelledIntervals.compute(levels, level -> interval(i, level.z()));
        return new LifeExpectancy(age, expectancy[i], standardError(i), 2 * ConfidenceLevel.P95.z() * standardError(i),
                intervals);
    }
}
