package se.indikator.runtime.data;

import java.util.ArrayList;
import java.util.List;
import se.indikator.stdlib.survival.LifeTable;
import se.indikator.stdlib.survival.LifeTableRow;

/**
 * A population life table read from a data table: whole-number columns {@code sex} and {@code age},
 * optionally {@code year} (without it the same rates hold for every calendar year), and the annual
 * probability of dying in {@code q} or a column the indicator names. Problems are described in
 * words for the user (a missing row, a repeated row, a probability outside 0–1).
 */
public final class LifeTableData {
    /** The days of a year in the daily hazards, as relsurv. */
    public static final double DAYS_PER_YEAR = 365.241;
    /** The calendar year given to the rows of a table without a year column. */
    private static final int ANY_YEAR = 2000;

    private LifeTableData() {
    }

    /** The column names a life table needs, and which hold whole numbers. */
    public static final List<String> WHOLE_NUMBER_COLUMNS = List.of("sex", "age");

    /**
     * The life table, or an {@link IllegalArgumentException} whose message says what is wrong with the
     * data (for the checker to report before anything is computed).
     */
    public static LifeTable read(Dataset table, String qColumn) {
        Column sex = table.column("sex").orElseThrow(() -> new IllegalArgumentException("has no column 'sex'"));
        Column age = table.column("age").orElseThrow(() -> new IllegalArgumentException("has no column 'age'"));
        Column year = table.column("year").orElse(null);
        Column q = table.column(qColumn).orElseThrow(() -> new IllegalArgumentException("has no column '" + qColumn + "'"));
        for (Column c : year == null ? List.of(sex, age) : List.of(sex, age, year)) {
            if (!(c instanceof IntColumn)) {
                throw new IllegalArgumentException("column '" + c.name() + "' must hold whole numbers");
            }
        }
        if (!(q instanceof IntColumn) && !(q instanceof DoubleColumn)) {
            throw new IllegalArgumentException("column '" + qColumn + "' must hold probabilities (numbers)");
        }
        List<LifeTableRow> rows = new ArrayList<>();
        for (int r = 0; r < table.rowCount(); r++) {
            double qv = q instanceof DoubleColumn dc ? dc.get(r) : missingAsNaN(((IntColumn) q).get(r));
            int s = ((IntColumn) sex).get(r);
            int a = ((IntColumn) age).get(r);
            int y = year == null ? ANY_YEAR : ((IntColumn) year).get(r);
            if (s == IntColumn.MISSING || a == IntColumn.MISSING || y == IntColumn.MISSING || Double.isNaN(qv)) {
                throw new IllegalArgumentException("line " + table.sourceLine(r) + " has a missing value");
            }
            if (!(qv >= 0 && qv < 1)) {
                throw new IllegalArgumentException("line " + table.sourceLine(r) + ": the probability of dying must be at least 0"
                        + " and below 1, not " + q.format(r));
            }
            if (s < 1 || a < 0) {
                throw new IllegalArgumentException("line " + table.sourceLine(r) + ": sex is coded 1, 2, … and age from 0");
            }
            rows.add(new LifeTableRow(s, a, y, qv));
        }
        return LifeTable.fromAnnualQ(rows, DAYS_PER_YEAR);
    }

    private static double missingAsNaN(int v) {
        return v == IntColumn.MISSING ? Double.NaN : v;
    }
}
