package se.indikator.stdlib.ci;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Intervals for the same estimate at one or more confidence levels, in the order requested; for
 * example the 95% and 99.8% limits of a directly standardised rate computed in one call.
 */
public final class LevelledIntervals {

    private final List<ConfidenceLevel> levels;
    private final List<Interval> intervals;

    /**
     * Pairs {@code levels.get(i)} with {@code intervals.get(i)}.
     *
     * @throws IllegalArgumentException if the lists differ in length or a level repeats
     */
    public LevelledIntervals(List<ConfidenceLevel> levels, List<Interval> intervals) {
        if (levels.size() != intervals.size()) {
            throw new IllegalArgumentException("levels and intervals differ in length");
        }
        if (levels.stream().distinct().count() != levels.size()) {
            throw new IllegalArgumentException("a confidence level is repeated: " + levels);
        }
        this.levels = List.copyOf(levels);
        this.intervals = List.copyOf(intervals);
    }

    /** Builds the intervals by applying {@code method} at each level. */
    public static LevelledIntervals compute(List<ConfidenceLevel> levels,
                                            java.util.function.Function<ConfidenceLevel, Interval> method) {
        List<Interval> out = new ArrayList<>(levels.size());
        for (ConfidenceLevel level : levels) {
            out.add(method.apply(level));
        }
        return new LevelledIntervals(levels, out);
    }

    /** Every level with an undefined interval (used when a result is suppressed). */
    public static LevelledIntervals undefined(List<ConfidenceLevel> levels) {
        return new LevelledIntervals(levels, Collections.nCopies(levels.size(), Interval.UNDEFINED));
    }

    /** The levels, in the order requested. */
    public List<ConfidenceLevel> levels() {
        return levels;
    }

    /** The interval at {@code level}. */
    public Interval at(ConfidenceLevel level) {
        int i = levels.indexOf(level);
        if (i < 0) {
            throw new NoSuchElementException("no interval at level " + level.fraction() + "; have " + levels);
        }
        return intervals.get(i);
    }

    /** The interval at the level given as a fraction, e.g. {@code at(0.998)}. */
    public Interval at(double fraction) {
        return at(ConfidenceLevel.of(fraction));
    }

    /** The intervals, parallel to {@link #levels()}. */
    public List<Interval> intervals() {
        return intervals;
    }

    /** This set with every limit multiplied by {@code factor}. */
    public LevelledIntervals scaled(double factor) {
        List<Interval> out = new ArrayList<>(intervals.size());
        for (Interval interval : intervals) {
            out.add(interval.scaled(factor));
        }
        return new LevelledIntervals(levels, out);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LevelledIntervals that
                && levels.equals(that.levels) && intervals.equals(that.intervals);
    }

    @Override
    public int hashCode() {
        return 31 * levels.hashCode() + intervals.hashCode();
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("LevelledIntervals[");
        for (int i = 0; i < levels.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(levels.get(i).label()).append('=').append(intervals.get(i));
        }
        return sb.append(']').toString();
    }
}
