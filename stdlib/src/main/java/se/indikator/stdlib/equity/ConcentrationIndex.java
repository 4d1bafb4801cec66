package se.indikator.stdlib.equity;

import java.util.Comparator;
import java.util.List;

/**
 * The concentration index for grouped data ranked by socioeconomic position (Kakwani, Wagstaff
 * &amp; van Doorslaer 1997, J Econometrics 77:87; O'Donnell et al. 2008, "Analyzing health equity
 * using household survey data", ch. 8), with the Erreygers (2009, J Health Econ 28:504) and
 * Wagstaff (2005, Health Econ 14:429) corrections for bounded variables.
 *
 * <p>Groups are sorted by rank (lowest socioeconomic position first). With population shares
 * w_i, the fractional rank is the midpoint of the cumulative share, r_i = Σ_{j&lt;i} w_j + w_i/2
 * (whose weighted mean is 1/2), μ = Σ w_i y_i, and C = 2 Σ w_i (y_i − μ)(r_i − 1/2) / μ.
 */
public final class ConcentrationIndex {

    private ConcentrationIndex() {
    }

    /**
     * One group.
     *
     * @param rank the group's order on the socioeconomic scale (1 = lowest)
     * @param population the group's population (weight), positive
     * @param value the health variable's mean in the group
     */
    public record Group(int rank, double population, double value) {
        /** Validates the weight and value. */
        public Group {
            if (!(population > 0) || Double.isInfinite(population)) {
                throw new IllegalArgumentException("group " + rank + ": population must be positive: " + population);
            }
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("group " + rank + ": value is missing");
            }
        }
    }

    /** The relative and absolute index of an unbounded variable (the normalised indices are NaN). */
    public static ConcentrationResult compute(List<Group> groups) {
        return compute(groups, Double.NaN, Double.NaN);
    }

    /**
     * The relative and absolute index, and the Erreygers and Wagstaff indices of a variable bounded
     * by {@code min} and {@code max} (0 and 1 for a proportion).
     */
    public static ConcentrationResult compute(List<Group> groups, double min, double max) {
        if (groups == null || groups.size() < 2) {
            throw new IllegalArgumentException("the concentration index needs at least two groups");
        }
        List<Group> sorted = groups.stream().sorted(Comparator.comparingInt(Group::rank)).toList();
        double total = 0;
        for (Group g : sorted) {
            total += g.population();
        }
        double mean = 0;
        for (Group g : sorted) {
            mean += g.population() / total * g.value();
        }
        if (mean == 0) {
            throw new IllegalArgumentException("the concentration index is undefined when the mean is 0");
        }
        double cumulative = 0;
        double covariance = 0;
        for (Group g : sorted) {
            double w = g.population() / total;
            double r = cumulative + w / 2.0;
            cumulative += w;
            covariance += w * (g.value() - mean) * (r - 0.5);
        }
        double c = 2.0 * covariance / mean;
        double erreygers = Double.NaN;
        double wagstaff = Double.NaN;
        if (!Double.isNaN(min) || !Double.isNaN(max)) {
            if (!(max > min)) {
                throw new IllegalArgumentException("bounds must satisfy min < max: " + min + ", " + max);
            }
            if (mean <= min || mean >= max) {
                throw new IllegalArgumentException("the mean " + mean + " must lie strictly inside the bounds");
            }
            erreygers = 4.0 * mean / (max - min) * c;
            wagstaff = (max - min) * mean * c / ((max - mean) * (mean - min));
        }
        return new ConcentrationResult(c, mean * c, mean, erreygers, wagstaff);
    }
}
