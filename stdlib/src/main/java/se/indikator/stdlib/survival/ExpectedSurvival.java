package se.indikator.stdlib.survival;

import java.util.List;

/**
 * The expected (population) survival of patients from a {@link LifeTable}: the piecewise-constant
 * daily hazard integrated exactly across age and calendar-year boundaries while attained age and
 * calendar time advance with follow-up (relsurv's and survival's {@code pystep}); the denominator
 * of Ederer I (Ederer, Axtell &amp; Cutler 1961) and Hakulinen (Hakulinen 1982) relative survival
 * and the weight of Pohar Perme net survival (Pohar Perme, Stare &amp; Estève 2012).
 *
 * @param table the population life table
 */
public record ExpectedSurvival(LifeTable table) {

    /** Rejects a missing table. */
    public ExpectedSurvival {
        if (table == null) {
            throw new IllegalArgumentException("a life table is required");
        }
    }

    /**
     * The population cumulative hazard of {@code p} between {@code from} and {@code to} days after
     * diagnosis, integrated exactly cell by cell.
     */
    public double cumulativeHazard(Patient p, double from, double to) {
        if (to < from) {
            throw new IllegalArgumentException("to (" + to + ") is before from (" + from + ")");
        }
        double age = p.ageDays() + from;
        double day = p.diagnosisDay() + from;
        double remaining = to - from;
        double h = 0;
        while (remaining > 0) {
            double rate = table.hazardAt(p.sex(), age, day);
            double ageNext = table.nextAgeCut(age);
            double dayNext = table.nextYearStart(day);
            double step = Math.min(ageNext - age, dayNext - day);
            if (step >= remaining) {
                h += remaining * rate;
                break;
            }
            h += step * rate;
            remaining -= step;
            // land exactly on the boundary that was reached, so that the next cell is found
            if (ageNext - age == step) {
                day += step;
                age = ageNext;
            } else {
                age += step;
                day = dayNext;
            }
        }
        return h;
    }

    /** The expected survival of {@code p} over the first {@code t} days after diagnosis. */
    public double survival(Patient p, double t) {
        return Math.exp(-cumulativeHazard(p, 0, t));
    }

    /**
     * The daily hazard of {@code p} in force {@code elapsed} days after diagnosis (the cell holding
     * that moment, as relsurv's {@code pystep2}).
     */
    public double hazardAt(Patient p, double elapsed) {
        return table.hazardAt(p.sex(), p.ageDays() + elapsed, p.diagnosisDay() + elapsed);
    }

    /**
     * The mean expected survival of a whole cohort at {@code t} days, regardless of follow-up (Ederer
     * I's denominator).
     */
    public double meanSurvival(List<Patient> cohort, double t) {
        if (cohort.isEmpty()) {
            throw new IllegalArgumentException("empty cohort");
        }
        double sum = 0;
        for (Patient p : cohort) {
            sum += survival(p, t);
        }
        return sum / cohort.size();
    }
}
