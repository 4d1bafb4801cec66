package se.indikator.runtime.estimate;

import java.util.List;
import se.indikator.runtime.ast.Measure;
import se.indikator.runtime.ast.StandardisationSpec;
import se.indikator.runtime.exec.Estimate;
import se.indikator.runtime.model.IndicatorDef;
import se.indikator.stdlib.ci.ConfidenceLevel;
import se.indikator.stdlib.compare.Effect;
import se.indikator.stdlib.compare.ProportionDifference;
import se.indikator.stdlib.compare.ProportionRatio;
import se.indikator.stdlib.compare.RateDifference;
import se.indikator.stdlib.compare.RateRatio;
import se.indikator.stdlib.compare.StandardisedRateComparison;

/**
 * The ratio or difference of two independent estimates with its interval at each level, by the method that
 * fits the arms — the methods {@code compare} uses where both arms are of one kind: crude proportions
 * (Katz's log interval for the ratio, Newcombe's hybrid score interval for the difference), crude rates and
 * ratios (log-normal ratio, normal difference) and directly standardised rates (from the DSRs' variances);
 * otherwise the delta method, with each arm's standard error recovered from its own interval at the first
 * level (on the log scale for a ratio when the interval is positive). The arms are taken as independent
 * (disjoint groups, periods or populations); for arms that share rows the interval is conservative or not,
 * as their covariance has it, and the method is named.
 */
final class DerivedEstimate {
    private DerivedEstimate() {
    }

    /** An estimate with no value, withheld for this reason (empty: hidden). */
    static Estimate none(int levels, String reason) {
        double[] nan = new double[levels];
        java.util.Arrays.fill(nan, Double.NaN);
        return new Estimate(Double.NaN, Double.NaN, Double.NaN, nan, nan.clone(), "",
                reason.isEmpty() ? null : Estimate.Withheld.notComputed("not computed: " + reason));
    }

    static Estimate of(boolean ratio, Estimate a, Estimate b, IndicatorDef la, IndicatorDef lb, List<Double> levels) {
        int n = levels.size();
        if (Double.isNaN(a.value()) || Double.isNaN(b.value())) {
            return none(n, "an arm has no value");
        }
        if (ratio && b.value() == 0) {
            return none(n, "the value divided by is 0");
        }
        double[] lower = new double[n];
        double[] upper = new double[n];
        String kind = kind(la, lb);
        double value = ratio ? a.value() / b.value() : a.value() - b.value();
        if (la.equals(lb) && a.value() == b.value() && same(a.numerator(), b.numerator())
                && same(a.denominator(), b.denominator())) {
            // one result against itself (two units' common reference, the country): exactly 1 or 0, no uncertainty
            java.util.Arrays.fill(lower, value);
            java.util.Arrays.fill(upper, value);
            return new Estimate(Double.NaN, Double.NaN, value, lower, upper, "the same result", null);
        }
        String method = null;
        for (int i = 0; i < n; i++) {
            ConfidenceLevel level = ConfidenceLevel.of(levels.get(i));
            Effect e = switch (kind) {
                case "proportion" -> ratio ? ProportionRatio.katz(a.numerator(), a.denominator(), b.numerator(), b.denominator(), level)
                        : ProportionDifference.newcombeHybrid(a.numerator(), a.denominator(), b.numerator(),
                                b.denominator(), level).scaled(la.measure().multiplier());
                case "rate" -> ratio ? RateRatio.logNormal(a.numerator(), a.denominator(), b.numerator(), b.denominator(), level)
                        : RateDifference.normal(a.numerator(), a.denominator(), b.numerator(), b.denominator(),
                                la.measure().multiplier(), level);
                case "dsr" -> ratio ? StandardisedRateComparison.ratio(a.value(), a.variance(), b.value(), b.variance(), level)
                        : StandardisedRateComparison.difference(a.value(), a.variance(), b.value(), b.variance(), level);
                default -> null;
            };
            if (e != null) {
                lower[i] = e.interval().lower();
                upper[i] = e.interval().upper();
                method = switch (kind) {
                    case "proportion" -> ratio ? "katz" : "newcombe";
                    case "rate" -> ratio ? "rate ratio log-normal" : "rate difference normal";
                    default -> ratio ? "dsr ratio log-normal" : "dsr difference normal";
                };
            } else {
                double[] limits = delta(ratio, a, b, levels.get(0), level.z(), value);
                lower[i] = limits[0];
                upper[i] = limits[1];
                method = "delta method";
            }
        }
        return new Estimate(Double.NaN, Double.NaN, value, lower, upper, method, null);
    }

    /** The kind of method both arms share: "proportion", "rate", "dsr", or "delta" (any other pair). */
    private static String kind(IndicatorDef a, IndicatorDef b) {
        if (a.weight() != null || b.weight() != null || !a.measure().describe().equals(b.measure().describe())) {
            return "delta";
        }
        StandardisationSpec sa = a.standardisation();
        StandardisationSpec sb = b.standardisation();
        if (sa != null || sb != null) {
            boolean direct = sa != null && sb != null && sa.method() == StandardisationSpec.Method.DIRECT
                    && sb.method() == StandardisationSpec.Method.DIRECT;
            return direct && a.measure().kind() == Measure.Kind.RATE ? "dsr" : "delta";
        }
        if (!a.frequencies().isEmpty() || !b.frequencies().isEmpty()) {
            return "delta";
        }
        return switch (a.measure().kind()) {
            case PROPORTION, PERCENT -> "proportion";
            case RATE, RATIO -> "rate";
            default -> "delta";
        };
    }

    /**
     * Delta-method limits at the normal quantile {@code z}: each arm's standard error from its interval at the first
     * level ({@code first}), on the log scale for a ratio of positive intervals.
     */
    private static double[] delta(boolean ratio, Estimate a, Estimate b, double first, double z, double value) {
        double z0 = ConfidenceLevel.of(first).z();
        if (ratio && a.lower()[0] > 0 && b.lower()[0] > 0 && a.value() > 0 && b.value() > 0) {
            double sa = (Math.log(a.upper()[0]) - Math.log(a.lower()[0])) / (2 * z0);
            double sb = (Math.log(b.upper()[0]) - Math.log(b.lower()[0])) / (2 * z0);
            double se = Math.sqrt(sa * sa + sb * sb);
            return new double[] {value * Math.exp(-z * se), value * Math.exp(z * se)};
        }
        double sa = (a.upper()[0] - a.lower()[0]) / (2 * z0);
        double sb = (b.upper()[0] - b.lower()[0]) / (2 * z0);
        if (ratio) { // the ratio's delta method on the natural scale: Var(A/B) ≈ (A/B)² (Var A/A² + Var B/B²)
            double se = Math.abs(value) * Math.sqrt(sa * sa / (a.value() * a.value()) + sb * sb / (b.value() * b.value()));
            return new double[] {value - z * se, value + z * se};
        }
        double se = Math.sqrt(sa * sa + sb * sb);
        return new double[] {value - z * se, value + z * se};
    }

    private static boolean same(double x, double y) {
        return x == y || Double.isNaN(x) && Double.isNaN(y);
    }

}
