package se.indikator.stdlib.survival;

/**
 * One row of a population life table, the annual probability of dying {@code qAnnual} for a sex,
 * an integer age and a calendar year; the input to {@link LifeTable#fromAnnualQ}, the expected
 * mortality used by all relative-survival methods (Ederer, Axtell &amp; Cutler 1961; Ederer &amp;
 * Heise 1959; Hakulinen 1982; Pohar Perme, Stare &amp; Estève 2012).
 *
 * @param sex     sex code, 1 or greater (1 male, 2 female in the Swedish convention)
 * @param age     completed years of age, 0 or greater
 * @param year    calendar year
 * @param qAnnual probability of dying within the year of age, in [0, 1)
 */
public record LifeTableRow(int sex, int age, int year, double qAnnual) {

    /** Rejects codes below 1, negative ages and probabilities outside [0, 1). */
    public LifeTableRow {
        if (sex < 1) {
            throw new IllegalArgumentException("sex code must be 1 or greater, got " + sex);
        }
        if (age < 0) {
            throw new IllegalArgumentException("age must be 0 or greater, got " + age);
        }
        if (!(qAnnual >= 0 && qAnnual < 1)) {
            throw new IllegalArgumentException("q must lie in [0, 1), got " + qAnnual);
        }
    }
}
