package se.indikator.stdlib.survival;

/**
 * A patient's follow-up on a {@link StepGrid} cut into runs of consecutive steps that start in one
 * life-table cell, so that the population hazard is constant within a run: the hazard in force at a
 * step's start is the one relsurv's {@code netfastpinter2} applies to the whole step (Pohar Perme,
 * Stare &amp; Estève 2012; Ederer &amp; Heise 1959). A run ends where the age cell or the calendar
 * year changes, found from the boundary's day and checked with the table's own cell lookup.
 */
final class CellRuns {

    private final LifeTable table;
    private final StepGrid grid;

    CellRuns(LifeTable table, StepGrid grid) {
        this.table = table;
        this.grid = grid;
    }

    /**
     * The life-table cell, at the start of step {@code k}, of a patient of sex {@code sex} aged
     * {@code ageDays} at diagnosis on {@code diagnosisDay} (as {@link ExpectedSurvival#hazardAt}).
     */
    int cellAt(int sex, double ageDays, double diagnosisDay, int k) {
        double elapsed = grid.start(k);
        return table.cellAt(sex, ageDays + elapsed, diagnosisDay + elapsed);
    }

    /**
     * The end (exclusive) of the patient's run that starts at step {@code k} in {@code cell}: the
     * first later step that starts in another cell, or {@code end} if none does before it.
     */
    int runEnd(int sex, double ageDays, double diagnosisDay, int k, int cell, int end) {
        int age = table.ageIndexOfCell(cell);
        double ageBoundary = age < table.maxAge() ? table.ageCut(age + 1) - ageDays : Double.POSITIVE_INFINITY;
        double yearBoundary = table.yearCellEnd(table.yearIndexOfCell(cell)) - diagnosisDay;
        double boundary = Math.min(ageBoundary, yearBoundary);
        if (boundary == Double.POSITIVE_INFINITY) {
            return end;
        }
        int next = grid.firstStepFrom(boundary, k + 1, end);
        // the boundary's day is rounded; settle on the step where the lookup itself changes
        while (next - 1 > k && cellAt(sex, ageDays, diagnosisDay, next - 1) != cell) {
            next--;
        }
        while (next < end && cellAt(sex, ageDays, diagnosisDay, next) == cell) {
            next++;
        }
        return next;
    }
}
