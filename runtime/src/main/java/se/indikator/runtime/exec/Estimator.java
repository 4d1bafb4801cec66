package se.indikator.runtime.exec;

import java.util.List;
import se.indikator.runtime.ast.Measure;
import se.indikator.runtime.model.CiMethod;
import se.indikator.stdlib.ci.ConfidenceLevel;
import se.indikator.stdlib.ci.Interval;
import se.indikator.stdlib.ci.MeanIntervals;
import se.indikator.stdlib.ci.PoissonInterval;
import se.indikator.stdlib.ci.PoissonIntervals;
import se.indikator.stdlib.ci.ProportionIntervals;

/**
 * Computes a crude (unstandardised) estimate and its intervals from aggregated counts with the
 * methods of the field: Wilson (or Clopper–Pearson) for proportions, exact Poisson below 10 events and
 * Byar from 10 for rates, ratios and counts (PHE's convention), Student's t for means.
 */
public final class Estimator {
    private Estimator() {
    }

    public static Estimate crude(Measure measure, CiMethod method, List<Double> levels, double num, double den,
            double sum, double sumSquares) {
        int k = levels.size();
        double[] lo = new double[k];
        double[] hi = new double[k];
        double m = measure.multiplier();
        switch (measure.kind()) {
            case PROPORTION, PERCENT -> {
                double value = den > 0 ? num / den * m : Double.NaN;
                for (int i = 0; i < k; i++) {
                    ConfidenceLevel level = ConfidenceLevel.of(levels.get(i));
                    Interval iv = den <= 0 ? Interval.UNDEFINED
                            : method == CiMethod.WILSON ? ProportionIntervals.wilson(num, den, level)
                            : ProportionIntervals.clopperPearson(num, den, level);
                    lo[i] = iv.lower() * m;
                    hi[i] = iv.upper() * m;
                }
                return new Estimate(num, den, value, lo, hi, method == CiMethod.WILSON ? "wilson" : "clopper-pearson", null);
            }
            case RATE, RATIO, COUNT -> {
                boolean count = measure.kind() == Measure.Kind.COUNT;
                double scale = count ? 1 : den > 0 ? m / den : Double.NaN;
                double value = num * scale;
                String used = null;
                for (int i = 0; i < k; i++) {
                    ConfidenceLevel level = ConfidenceLevel.of(levels.get(i));
                    Interval iv;
                    if (method == CiMethod.POISSON) {
                        PoissonInterval pi = PoissonIntervals.pheDefault(num, level);
                        iv = pi.interval();
                        used = pi.method().name().toLowerCase(java.util.Locale.ROOT).startsWith("exact") ? "exact" : "byar";
                    } else if (method == CiMethod.EXACT) {
                        iv = PoissonIntervals.exact(num, level);
                        used = "exact";
                    } else {
                        iv = PoissonIntervals.byar(num, level);
                        used = "byar";
                    }
                    lo[i] = iv.lower() * scale;
                    hi[i] = iv.upper() * scale;
                }
                if (used == null) {
                    used = method == CiMethod.POISSON ? (num < PoissonIntervals.PHE_BYAR_THRESHOLD ? "exact" : "byar")
                            : method.keyword;
                }
                return new Estimate(num, count ? Double.NaN : den, value, lo, hi, used, null);
            }
            case MEAN -> {
                long n = (long) den;
                double mean = n > 0 ? sum / n : Double.NaN;
                double var = n > 1 ? Math.max(0, (sumSquares - sum * sum / n) / (n - 1)) : Double.NaN;
                double sd = Math.sqrt(var);
                for (int i = 0; i < k; i++) {
                    if (n < 2) {
                        lo[i] = Double.NaN;
                        hi[i] = Double.NaN;
                        continue;
                    }
                    Interval iv = MeanIntervals.studentT(sum, n, sd, ConfidenceLevel.of(levels.get(i)));
                    lo[i] = iv.lower();
                    hi[i] = iv.upper();
                }
                return new Estimate(sum, den, mean, lo, hi, "t", null);
            }
            default -> throw new IllegalStateException("not a crude measure: " + measure.kind());
        }
    }
}
