package se.indikator.stdlib.equity;

import java.util.List;

/**
 * The population attributable fraction against the best group, PAF = (overall − best)/overall,
 * the share of the overall rate that would be avoided if every group had the best group's rate
 * (Scottish Public Health Observatory / Low &amp; Low 2004 "PAR%"; Mackenbach &amp; Kunst 1997,
 * Soc Sci Med 44:757).
 */
public final class AttributableFraction {

    private AttributableFraction() {
    }

    /**
     * The result.
     *
     * @param overall Σ count / Σ denominator
     * @param best the best group (lowest rate when lower is better, highest when higher is better)
     * @param bestRate best's rate
     * @param fraction (overall − bestRate)/overall; with HIGHER_IS_BETTER this is ≤ 0, its magnitude
     *                 being the relative gain if every group reached the best rate
     */
    public record Result(double overall, GroupCount best, double bestRate, double fraction) {
    }

    /**
     * The PAF against the best group under {@code polarity} (LOWER_IS_BETTER or HIGHER_IS_BETTER);
     * ties go to the lowest order.
     */
    public static Result againstBestGroup(List<GroupCount> groups, Polarity polarity) {
        if (groups == null || groups.isEmpty()) {
            throw new IllegalArgumentException("the attributable fraction needs at least one group");
        }
        if (polarity == Polarity.NO_JUDGEMENT || polarity == null) {
            throw new IllegalArgumentException("the best group needs a polarity (lower or higher is better)");
        }
        double count = 0;
        double denominator = 0;
        GroupCount best = null;
        for (GroupCount g : groups) {
            count += g.count();
            denominator += g.denominator();
            if (best == null || better(g, best, polarity)) {
                best = g;
            }
        }
        double overall = count / denominator;
        if (overall == 0) {
            throw new IllegalArgumentException("the attributable fraction is undefined when the overall rate is 0");
        }
        return new Result(overall, best, best.rate(), (overall - best.rate()) / overall);
    }

    private static boolean better(GroupCount g, GroupCount current, Polarity polarity) {
        int cmp = Double.compare(g.rate(), current.rate());
        if (cmp == 0) {
            return g.order() < current.order();
        }
        return polarity == Polarity.LOWER_IS_BETTER ? cmp < 0 : cmp > 0;
    }
}
