package se.indikator.stdlib.survival;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * The patients of a {@link StepSweep} and their state, packed in primitive arrays: sex, age and day
 * of diagnosis, the number of steps at risk, the parts of the cohorts they belong to (see
 * {@link SharedCohorts}) and, for the run of steps in one life-table cell they are in, the cell,
 * the step it began, the cumulative population hazard then and the run's coefficient
 * e<sup>Λ₀ − λx₀</sup>; plus a link for the sweep's buckets.
 *
 * <p>Patients are numbered by part and then by the day of the year of diagnosis, so that those the
 * sweep handles together (everyone on a shared birthday, those diagnosed on the same day of the
 * year at a new year) lie together in memory.
 */
final class PatientState {

    private static final int INTS = 8;
    private static final int CELL = 0;
    private static final int RUN_START = 1;
    private static final int END = 2;
    private static final int SEX = 3;
    private static final int EXIT_COUNTS = 4;
    private static final int NEXT = 5;
    private static final int PARTS_START = 6;
    private static final int PARTS_END = 7;
    private static final int DOUBLES = 4;
    private static final int AGE = 0;
    private static final int DIAGNOSIS = 1;
    private static final int HAZARD = 2;
    private static final int COEFFICIENT = 3;

    private final int size;
    private final int[] ints;
    private final double[] doubles;
    private final int[] parts;

    /**
     * The patients of {@code cohorts} on {@code grid}; a death counts as an exit only up to
     * {@code horizon} days.
     */
    PatientState(SharedCohorts cohorts, StepGrid grid, double horizon) {
        List<Patient> patients = cohorts.patients();
        size = patients.size();
        long[] order = new long[size];
        for (int i = 0; i < size; i++) {
            Patient p = patients.get(i);
            int part = cohorts.partAt(cohorts.partsStart(i));
            int dayOfYear = LocalDate.ofEpochDay((long) Math.floor(p.diagnosisDay())).getDayOfYear();
            order[i] = ((long) part * 400 + dayOfYear) << 32 | i;
        }
        Arrays.sort(order);
        ints = new int[INTS * size];
        doubles = new double[DOUBLES * size];
        parts = new int[cohorts.partsStart(size)];
        int m = 0;
        for (int j = 0; j < size; j++) {
            int i = (int) order[j];
            Patient p = patients.get(i);
            int at = INTS * j;
            ints[at + CELL] = -1;
            ints[at + END] = grid.stepsUpTo(p.timeDays());
            ints[at + SEX] = p.sex();
            ints[at + EXIT_COUNTS] = p.died() && p.timeDays() <= horizon ? 1 : 0;
            ints[at + NEXT] = -1;
            ints[at + PARTS_START] = m;
            for (int k = cohorts.partsStart(i); k < cohorts.partsEnd(i); k++) {
                parts[m++] = cohorts.partAt(k);
            }
            ints[at + PARTS_END] = m;
            doubles[DOUBLES * j + AGE] = p.ageDays();
            doubles[DOUBLES * j + DIAGNOSIS] = p.diagnosisDay();
        }
    }

    /** The number of patients. */
    int size() {
        return size;
    }

    /** The sex of patient {@code i}. */
    int sex(int i) {
        return ints[INTS * i + SEX];
    }

    /** The age at diagnosis in days. */
    double ageDays(int i) {
        return doubles[DOUBLES * i + AGE];
    }

    /** The day of diagnosis (days since 1970-01-01). */
    double diagnosisDay(int i) {
        return doubles[DOUBLES * i + DIAGNOSIS];
    }

    /** The number of steps the patient is at risk in (the steps before its follow-up time). */
    int end(int i) {
        return ints[INTS * i + END];
    }

    /** Whether the patient's exit is a death to count (one within the horizon). */
    boolean exitCounts(int i) {
        return ints[INTS * i + EXIT_COUNTS] != 0;
    }

    /** The first of the patient's parts; {@link #partAt} reads them up to {@link #partsEnd}. */
    int partsStart(int i) {
        return ints[INTS * i + PARTS_START];
    }

    /** The end (exclusive) of the patient's parts. */
    int partsEnd(int i) {
        return ints[INTS * i + PARTS_END];
    }

    /** The part at position {@code m} of the patients' part lists. */
    int partAt(int m) {
        return parts[m];
    }

    /** The cell of the current run, −1 before the first run and after the last. */
    int cell(int i) {
        return ints[INTS * i + CELL];
    }

    /** The step at which the current run began. */
    int runStart(int i) {
        return ints[INTS * i + RUN_START];
    }

    /** The cumulative population hazard at the start of the current run. */
    double hazardAtRunStart(int i) {
        return doubles[DOUBLES * i + HAZARD];
    }

    /** The coefficient e<sup>Λ₀ − λx₀</sup> of the current run. */
    double coefficient(int i) {
        return doubles[DOUBLES * i + COEFFICIENT];
    }

    /** Starts a run in {@code cell} at step {@code k} with cumulative hazard {@code hazard} and its coefficient. */
    void enter(int i, int cell, int k, double hazard, double coefficient) {
        ints[INTS * i + CELL] = cell;
        ints[INTS * i + RUN_START] = k;
        doubles[DOUBLES * i + HAZARD] = hazard;
        doubles[DOUBLES * i + COEFFICIENT] = coefficient;
    }

    /** Ends the patient's follow-up: no current run. */
    void leave(int i) {
        ints[INTS * i + CELL] = -1;
    }

    /** The next patient in the same bucket, or −1. */
    int next(int i) {
        return ints[INTS * i + NEXT];
    }

    /** Links the next patient in the same bucket. */
    void setNext(int i, int next) {
        ints[INTS * i + NEXT] = next;
    }
}
