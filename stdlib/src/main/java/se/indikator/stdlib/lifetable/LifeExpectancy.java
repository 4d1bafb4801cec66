package se.indikator.stdlib.lifetable;

import se.indikator.stdlib.ci.LevelledIntervals;

/**
 * Life expectancy at one start age of a life table: the expected further years of life, their standard
 * error (Chiang's variance with Silcocks' term for the open band) and the normal intervals at each level.
 * {@link #tooWide()} applies PHE's rule: a value whose 95% interval is wider than 20 years is not shown.
 *
 * @param startAge       the start age of the band the expectancy is for
 * @param value          the life expectancy in years
 * @param standardError  its standard error in years
 * @param width95        the width of its 95% interval (2 × 1.96 × SE at PHE's z)
 * @param intervals      the limits at each requested level
 */
public record LifeExpectancy(double startAge, double value, double standardError, double width95,
        LevelledIntervals intervals) {

    /** PHE hides a life expectancy whose 95% interval is wider than this many years. */
    public static final double WIDEST_INTERVAL_SHOWN = 20.0;

    /** True when PHE's rule withholds the value: its 95% interval is wider than 20 years. */
    public boolean tooWide() {
        return width95 > WIDEST_INTERVAL_SHOWN;
    }
}
