package se.indikator.stdlib.survival;

import java.time.LocalDate;

/**
 * One patient of a relative-survival cohort: sex, age and calendar date at diagnosis (which place
 * the patient in the life table, as relsurv's {@code ratetable(age, sex, year)}), follow-up time in
 * days and vital status; the unit of observation for the Pohar Perme (Pohar Perme, Stare &amp;
 * Estève 2012), Ederer I (Ederer, Axtell &amp; Cutler 1961), Ederer II (Ederer &amp; Heise 1959)
 * and Hakulinen (Hakulinen 1982) estimators.
 *
 * @param sex          sex code matching the life table (1 male, 2 female)
 * @param ageDays      age at diagnosis in days (years × the table's days per year)
 * @param diagnosisDay the diagnosis date as days since 1970-01-01 (R's {@code Date} scale)
 * @param timeDays     follow-up time in days, 0 or greater
 * @param died         true if follow-up ended in death, false if censored
 */
public record Patient(int sex, double ageDays, double diagnosisDay, double timeDays, boolean died) {

    /** Rejects negative or non-finite ages and times. */
    public Patient {
        if (!(ageDays >= 0) || Double.isInfinite(ageDays)) {
            throw new IllegalArgumentException("age must be finite and 0 or greater, got " + ageDays);
        }
        if (!(timeDays >= 0) || Double.isInfinite(timeDays)) {
            throw new IllegalArgumentException("follow-up time must be finite and 0 or greater, got " + timeDays);
        }
        if (Double.isNaN(diagnosisDay) || Double.isInfinite(diagnosisDay)) {
            throw new IllegalArgumentException("diagnosis day must be finite");
        }
    }

    /**
     * A patient from age in years and the diagnosis date, converting age to days with
     * {@code daysPerYear} (365.241 in relsurv), e.g. {@code of(2, 46.37, LocalDate.of(2006, 12, 13),
     * 1914, true, 365.241)}.
     */
    public static Patient of(int sex, double ageYears, LocalDate diagnosis, double timeDays, boolean died,
            double daysPerYear) {
        return new Patient(sex, ageYears * daysPerYear, diagnosis.toEpochDay(), timeDays, died);
    }

    /** 1 if the patient died, 0 if censored. */
    public int status() {
        return died ? 1 : 0;
    }

    /** A copy with another follow-up time and status (e.g. Hakulinen's potential follow-up). */
    public Patient withFollowUp(double newTimeDays, boolean newDied) {
        return new Patient(sex, ageDays, diagnosisDay, newTimeDays, newDied);
    }
}
