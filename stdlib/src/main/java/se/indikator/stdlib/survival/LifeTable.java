package se.indikator.stdlib.survival;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * A population life table of daily hazards by sex, integer age and calendar year, built from annual
 * probabilities of dying as {@code −log(1 − q) / daysPerYear} (relsurv's {@code transrate}); the
 * expected mortality of the relative-survival methods (Ederer, Axtell &amp; Cutler 1961; Ederer
 * &amp; Heise 1959; Hakulinen 1982; Pohar Perme, Stare &amp; Estève 2012).
 *
 * <p>Like a relsurv rate table, age and calendar year are continuous time scales in days. Age
 * cell {@code k} starts at {@code k × daysPerYear} days of age; year cell {@code y} starts on
 * 1 January of {@code y} (days since 1970-01-01). Ages above the last age use the last age and
 * years outside the table use the nearest year. Immutable.
 */
public final class LifeTable {

    private final double daysPerYear;
    private final int sexes;
    private final int maxAge;
    private final int firstYear;
    private final int lastYear;
    private final double[][][] hazard;
    private final long[] yearStart;
    /** The year cell of each day from the first 1 January up to the last one. */
    private final short[] yearOfDay;

    private LifeTable(double daysPerYear, int sexes, int maxAge, int firstYear, int lastYear, double[][][] hazard) {
        this.daysPerYear = daysPerYear;
        this.sexes = sexes;
        this.maxAge = maxAge;
        this.firstYear = firstYear;
        this.lastYear = lastYear;
        this.hazard = hazard;
        this.yearStart = new long[lastYear - firstYear + 1];
        for (int y = firstYear; y <= lastYear; y++) {
            yearStart[y - firstYear] = LocalDate.of(y, 1, 1).toEpochDay();
        }
        this.yearOfDay = new short[(int) (yearStart[yearStart.length - 1] - yearStart[0])];
        for (int y = 0; y + 1 < yearStart.length; y++) {
            int from = (int) (yearStart[y] - yearStart[0]);
            int to = (int) (yearStart[y + 1] - yearStart[0]);
            Arrays.fill(yearOfDay, from, to, (short) y);
        }
    }

    /**
     * A table from annual q by sex, age and year; the rows must cover every combination of sex
     * 1..S, age 0..A and year Y0..Y1 exactly once. {@code daysPerYear} is 365.241 in relsurv.
     */
    public static LifeTable fromAnnualQ(List<LifeTableRow> rows, double daysPerYear) {
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("a life table needs rows");
        }
        if (!(daysPerYear > 0)) {
            throw new IllegalArgumentException("days per year must be positive");
        }
        int sexes = 0;
        int maxAge = 0;
        int firstYear = Integer.MAX_VALUE;
        int lastYear = Integer.MIN_VALUE;
        for (LifeTableRow r : rows) {
            sexes = Math.max(sexes, r.sex());
            maxAge = Math.max(maxAge, r.age());
            firstYear = Math.min(firstYear, r.year());
            lastYear = Math.max(lastYear, r.year());
        }
        int years = lastYear - firstYear + 1;
        double[][][] h = new double[sexes][maxAge + 1][years];
        boolean[][][] seen = new boolean[sexes][maxAge + 1][years];
        for (LifeTableRow r : rows) {
            int s = r.sex() - 1;
            int y = r.year() - firstYear;
            if (seen[s][r.age()][y]) {
                throw new IllegalArgumentException("repeated row for sex " + r.sex() + ", age " + r.age()
                        + ", year " + r.year());
            }
            seen[s][r.age()][y] = true;
            h[s][r.age()][y] = -Math.log(1 - r.qAnnual()) / daysPerYear;
        }
        for (int s = 0; s < sexes; s++) {
            for (int a = 0; a <= maxAge; a++) {
                for (int y = 0; y < years; y++) {
                    if (!seen[s][a][y]) {
                        throw new IllegalArgumentException("no row for sex " + (s + 1) + ", age " + a
                                + ", year " + (firstYear + y));
                    }
                }
            }
        }
        return new LifeTable(daysPerYear, sexes, maxAge, firstYear, lastYear, h);
    }

    /** Days in one year of age (365.241 in relsurv). */
    public double daysPerYear() {
        return daysPerYear;
    }

    /** The last age of the table; older ages use it. */
    public int maxAge() {
        return maxAge;
    }

    /** The first calendar year of the table. */
    public int firstYear() {
        return firstYear;
    }

    /** The last calendar year of the table. */
    public int lastYear() {
        return lastYear;
    }

    /** The daily hazard for a sex, completed age and year; ages and years beyond the table are clamped. */
    public double dailyHazard(int sex, int age, int year) {
        if (sex < 1 || sex > sexes) {
            throw new IllegalArgumentException("sex " + sex + " is not in the table (1.." + sexes + ")");
        }
        int a = Math.max(0, Math.min(maxAge, age));
        int y = Math.max(firstYear, Math.min(lastYear, year)) - firstYear;
        return hazard[sex - 1][a][y];
    }

    /** The start of age cell {@code k} in days of age, {@code k × daysPerYear}. */
    public double ageCut(int k) {
        return k * daysPerYear;
    }

    /** The age cell of an age in days: the last k with {@code k × daysPerYear ≤ ageDays}, at most the last age. */
    public int ageIndex(double ageDays) {
        int k = (int) Math.floor(ageDays / daysPerYear);
        k = Math.max(0, Math.min(maxAge, k));
        while (k < maxAge && ageDays >= ageCut(k + 1)) {
            k++;
        }
        while (k > 0 && ageDays < ageCut(k)) {
            k--;
        }
        return k;
    }

    /** The calendar-year cell of a day (days since 1970-01-01), clamped to the table's years. */
    public int yearOf(double epochDay) {
        return firstYear + yearIndex(epochDay);
    }

    /**
     * The calendar-year cell of a day counted from the table's first year: the last year whose
     * 1 January is on or before the day, 0 before the first year.
     */
    int yearIndex(double epochDay) {
        double day = Math.floor(epochDay) - yearStart[0];
        if (day < 0) {
            return 0;
        }
        return day < yearOfDay.length ? yearOfDay[(int) day] : yearStart.length - 1;
    }

    /** The number of cells (sex × age × year) of the table; cells are numbered from 0. */
    int cellCount() {
        return hazard.length * (maxAge + 1) * (lastYear - firstYear + 1);
    }

    /**
     * The cell of a person of this sex at this age (days) on this day (days since 1970-01-01), the
     * one whose hazard {@link #hazardAt} returns.
     */
    int cellAt(int sex, double ageDays, double epochDay) {
        return cell(sex, ageIndex(ageDays), yearIndex(epochDay));
    }

    /** The cell of a sex, an age cell and a year cell counted from the first year. */
    int cell(int sex, int ageIndex, int yearIndex) {
        if (sex < 1 || sex > sexes) {
            throw new IllegalArgumentException("sex " + sex + " is not in the table (1.." + sexes + ")");
        }
        return ((sex - 1) * (maxAge + 1) + ageIndex) * (lastYear - firstYear + 1) + yearIndex;
    }

    /** The daily hazard of a cell. */
    double cellHazard(int cell) {
        int years = lastYear - firstYear + 1;
        int y = cell % years;
        int a = (cell / years) % (maxAge + 1);
        int s = cell / years / (maxAge + 1);
        return hazard[s][a][y];
    }

    /** The age cell of a table cell. */
    int ageIndexOfCell(int cell) {
        return (cell / (lastYear - firstYear + 1)) % (maxAge + 1);
    }

    /** The year cell (from the first year) of a table cell. */
    int yearIndexOfCell(int cell) {
        return cell % (lastYear - firstYear + 1);
    }

    /**
     * The 1 January that ends year cell {@code yearIndex} (from the first year), or +∞ for the last
     * year, after which the cell never changes.
     */
    double yearCellEnd(int yearIndex) {
        return yearIndex + 1 < yearStart.length ? yearStart[yearIndex + 1] : Double.POSITIVE_INFINITY;
    }

    /** The daily hazard of a person of this sex at this age (days) on this day (days since 1970-01-01). */
    public double hazardAt(int sex, double ageDays, double epochDay) {
        return dailyHazard(sex, ageIndex(ageDays), yearOf(epochDay));
    }

    /**
     * Days from (ageDays, epochDay) until the next age or calendar-year boundary of the table, or
     * +∞ when both scales are past their last cell.
     */
    public double daysToBoundary(double ageDays, double epochDay) {
        return Math.min(nextAgeCut(ageDays) - ageDays, nextYearStart(epochDay) - epochDay);
    }

    /**
     * The start of the next age cell strictly above {@code ageDays}, or +∞ past the last age; used to
     * land exactly on boundaries when integrating.
     */
    double nextAgeCut(double ageDays) {
        int k = ageIndex(ageDays);
        return k < maxAge ? ageCut(k + 1) : Double.POSITIVE_INFINITY;
    }

    /** The next 1 January strictly after {@code epochDay} within the table, or +∞ after the last year. */
    double nextYearStart(double epochDay) {
        if (Math.floor(epochDay) < yearStart[0]) {
            return yearStart[0];
        }
        return yearCellEnd(yearIndex(epochDay));
    }
}
