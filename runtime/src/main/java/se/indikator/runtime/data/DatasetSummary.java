package se.indikator.runtime.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The description of a {@link Dataset}: its name, source, row count and a {@link ColumnSummary} per column. */
public record DatasetSummary(String name, String source, int rows, List<ColumnSummary> columns) {

    /** Validates and copies the components. */
    public DatasetSummary {
        Objects.requireNonNull(name);
        Objects.requireNonNull(source);
        columns = List.copyOf(columns);
    }

    /** Describes {@code data}. */
    public static DatasetSummary of(Dataset data) {
        List<ColumnSummary> cols = new ArrayList<>();
        for (Column c : data.columns()) cols.add(ColumnSummary.of(c));
        return new DatasetSummary(data.name(), data.source(), data.rowCount(), cols);
    }

    /** A plain-text table, one line per column. */
    public String render() {
        StringBuilder sb = new StringBuilder();
        sb.append(name);
        if (!source.isEmpty()) sb.append(" (").append(source).append(')');
        sb.append(": ").append(rows).append(rows == 1 ? " row, " : " rows, ")
          .append(columns.size()).append(columns.size() == 1 ? " column" : " columns").append('\n');
        for (ColumnSummary c : columns) {
            sb.append("  ").append(c.name()).append("  ").append(c.type().name().toLowerCase(java.util.Locale.ROOT))
              .append("  missing ").append(c.missing());
            if (c.type() == ColumnType.TEXT) {
                sb.append("  distinct ").append(c.distinct());
                if (!c.firstLabels().isEmpty()) {
                    sb.append("  e.g. ").append(String.join(", ", c.firstLabels()));
                    if (c.distinct() > c.firstLabels().size()) sb.append(", ...");
                }
            } else if (c.min().isPresent()) {
                sb.append("  range ").append(c.min().get()).append(" .. ").append(c.max().get());
            }
            sb.append('\n');
        }
        return sb.toString();
    }
}
