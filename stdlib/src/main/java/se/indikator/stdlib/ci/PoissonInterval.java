package se.indikator.stdlib.ci;

/**
 * A confidence interval for a Poisson count (or a rate derived from it) together with the method
 * that produced it; for example 1 event at 95% → [0.0253, 5.5716] by {@link PoissonMethod#EXACT}.
 *
 * @param interval the limits
 * @param method   the method used
 */
public record PoissonInterval(Interval interval, PoissonMethod method) {

    /** The same interval with both limits multiplied by {@code factor}, e.g. multiplier/denominator. */
    public PoissonInterval scaled(double factor) {
        return new PoissonInterval(interval.scaled(factor), method);
    }
}
