package se.indikator.runtime.data;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The description of one column: name, type, rows and missing values, the range for numbers and dates,
 * and the number of distinct values with the first few labels for text.
 *
 * @param min the smallest value as display text, for INTEGER, DECIMAL and DATE columns with any value
 * @param max the largest value as display text, likewise
 * @param distinct the number of distinct labels, for TEXT columns (0 otherwise)
 * @param firstLabels up to {@link #MAX_LABELS} labels in order of first appearance, for TEXT columns
 */
public record ColumnSummary(String name, ColumnType type, int rows, int missing,
                            Optional<String> min, Optional<String> max, int distinct, List<String> firstLabels) {

    /** How many labels a summary lists. */
    public static final int MAX_LABELS = 5;

    /** Validates and copies the components. */
    public ColumnSummary {
        Objects.requireNonNull(name);
        Objects.requireNonNull(type);
        Objects.requireNonNull(min);
        Objects.requireNonNull(max);
        firstLabels = List.copyOf(firstLabels);
    }

    /** Describes {@code column}. */
    public static ColumnSummary of(Column column) {
        Optional<String> lo = Optional.empty();
        Optional<String> hi = Optional.empty();
        int distinct = 0;
        List<String> labels = List.of();
        if (column instanceof TextColumn t) {
            distinct = t.dictionarySize();
            labels = t.labels().subList(0, Math.min(MAX_LABELS, distinct));
        } else if (column instanceof IntColumn ic) {
            if (ic.min() != IntColumn.MISSING && column.type() != ColumnType.BOOLEAN) {
                lo = Optional.of(display(ic, ic.min()));
                hi = Optional.of(display(ic, ic.max()));
            }
        } else if (column instanceof DoubleColumn dc) {
            double a = Double.POSITIVE_INFINITY;
            double b = Double.NEGATIVE_INFINITY;
            int ia = -1;
            int ib = -1;
            for (int r = 0; r < dc.size(); r++) {
                double v = dc.get(r);
                if (v < a) { a = v; ia = r; }
                if (v > b) { b = v; ib = r; }
            }
            if (ia >= 0) {
                lo = Optional.of(dc.format(ia));
                hi = Optional.of(dc.format(ib));
            }
        }
        return new ColumnSummary(column.name(), column.type(), column.size(), column.missingCount(),
                lo, hi, distinct, labels);
    }

    private static String display(IntColumn c, int value) {
        return c.type() == ColumnType.DATE ? java.time.LocalDate.ofEpochDay(value).toString() : Integer.toString(value);
    }
}
