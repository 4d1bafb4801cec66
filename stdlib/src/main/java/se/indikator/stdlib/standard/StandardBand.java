package se.indikator.stdlib.standard;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One band of a standard population: its label, the ages it covers when the label is an age band,
 * and its weight. Age labels are "a-b" (ages a to b inclusive, in whole years, so "0-4" covers
 * [0, 5)) or "a+" (a and over); other labels (e.g. "Q1") are allowed and have NaN ages.
 *
 * @param label   the label as published, e.g. "85-89" or "90+"
 * @param fromAge the first age in the band (inclusive), or NaN for a non-age label
 * @param toAge   the age where the band ends (exclusive), +∞ for an open band, NaN for a non-age label
 * @param weight  the band's weight (standard population count)
 */
public record StandardBand(String label, double fromAge, double toAge, double weight) {

    private static final Pattern RANGE = Pattern.compile("\\s*(\\d+)\\s*[-–]\\s*(\\d+)\\s*");
    private static final Pattern OPEN = Pattern.compile("\\s*(\\d+)\\s*\\+\\s*");

    /** Validates a non-negative, finite weight and a non-blank label. */
    public StandardBand {
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("band label must not be blank");
        }
        if (!(weight >= 0) || Double.isInfinite(weight)) {
            throw new IllegalArgumentException("band weight must be finite and >= 0: " + label + " = " + weight);
        }
    }

    /** A band whose ages are parsed from its label ("0-4", "90+"); non-age labels get NaN ages. */
    public static StandardBand of(String label, double weight) {
        double[] ages = parseAges(label);
        return new StandardBand(label, ages[0], ages[1], weight);
    }

    /** True when the label is an age band. */
    public boolean isAgeBand() {
        return !Double.isNaN(fromAge);
    }

    /** True when {@code age} (in years, possibly fractional) falls in this band. */
    public boolean containsAge(double age) {
        return isAgeBand() && age >= fromAge && age < toAge;
    }

    /**
     * True when {@code otherLabel} names this band: the same text ignoring case and blanks, or the
     * same ages, so that "00-04" and "0 - 4" match "0-4", and "90 +" matches "90+".
     */
    public boolean matchesLabel(String otherLabel) {
        if (otherLabel == null) {
            return false;
        }
        if (normalise(otherLabel).equals(normalise(label))) {
            return true;
        }
        double[] ages = parseAges(otherLabel);
        return isAgeBand() && ages[0] == fromAge && ages[1] == toAge;
    }

    /** Parses "a-b" to {a, b + 1} and "a+" to {a, ∞}; anything else to {NaN, NaN}. */
    static double[] parseAges(String label) {
        Matcher range = RANGE.matcher(label);
        if (range.matches()) {
            double from = Double.parseDouble(range.group(1));
            double to = Double.parseDouble(range.group(2));
            if (to < from) {
                throw new IllegalArgumentException("age band ends before it starts: " + label);
            }
            return new double[] {from, to + 1};
        }
        Matcher open = OPEN.matcher(label);
        if (open.matches()) {
            return new double[] {Double.parseDouble(open.group(1)), Double.POSITIVE_INFINITY};
        }
        return new double[] {Double.NaN, Double.NaN};
    }

    private static String normalise(String s) {
        return s.replaceAll("\\s+", "").toLowerCase(java.util.Locale.ROOT);
    }
}
