package se.indikator.runtime.data;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A named, immutable table of equally long {@link Column}s, remembering the file it came from. A dataset whose
 * rows an engine holds ({@link #engine()}) has the same columns with no rows: their names, types and, for text
 * columns with few values, their dictionaries — what the checker reads — while every pass over its rows is sent
 * to the engine.
 */
public final class Dataset {

    private final String name;
    private final String source;
    private final int rowCount;
    private final List<Column> columns;
    private final Map<String, Column> byName;
    private final SourceLines lines;
    private final EngineTable engine;

    SourceLines lines() {
        return lines;
    }

    Dataset(String name, String source, int rowCount, List<Column> columns, SourceLines lines) {
        this(name, source, rowCount, columns, lines, null);
    }

    private Dataset(String name, String source, int rowCount, List<Column> columns, SourceLines lines, EngineTable engine) {
        this.engine = engine;
        this.name = Objects.requireNonNull(name, "name");
        this.source = Objects.requireNonNull(source, "source");
        this.rowCount = rowCount;
        this.columns = List.copyOf(columns);
        this.lines = Objects.requireNonNull(lines);
        Map<String, Column> map = new LinkedHashMap<>();
        for (Column c : this.columns) {
            if (c.size() != rowCount) {
                throw new IllegalArgumentException("column " + c.name() + " has " + c.size()
                        + " rows, the dataset has " + rowCount);
            }
            if (map.put(c.name(), c) != null) {
                throw new IllegalArgumentException("duplicate column name " + c.name());
            }
        }
        this.byName = Collections.unmodifiableMap(map);
    }

    /** A dataset whose rows {@code table} holds, described by columns without rows. */
    static Dataset inEngine(String name, String source, List<Column> schema, EngineTable table) {
        return new Dataset(name, source, 0, schema, SourceLines.CONSECUTIVE, Objects.requireNonNull(table));
    }

    /** Where the rows lie when an engine holds them; empty for rows in memory. */
    public Optional<EngineTable> engine() {
        return Optional.ofNullable(engine);
    }

    /** A builder of an in-memory dataset named {@code name}. */
    public static Builder builder(String name) {
        return new Builder(name);
    }

    /** The dataset name. */
    public String name() { return name; }

    /** The file path as the user wrote it, or {@code ""} for data built in memory. */
    public String source() { return source; }

    /** The number of rows. */
    public int rowCount() { return rowCount; }

    /** The columns in order. */
    public List<Column> columns() { return columns; }

    /** The column names in order. */
    public List<String> columnNames() { return List.copyOf(byName.keySet()); }

    /** The column named {@code name}, if any. */
    public Optional<Column> column(String columnName) {
        return Optional.ofNullable(byName.get(columnName));
    }

    /** The 1-based line in the source file where {@code row} starts (the header is line 1). */
    public int sourceLine(int row) {
        Objects.checkIndex(row, rowCount);
        return lines.lineOf(row);
    }

    /**
     * Whether {@code other} holds the very same rows as this dataset: the same object, the same columns with the
     * same stored values (the same file read twice), or the same relation of the same engine ({@link SameRows}).
     */
    public boolean sameRows(Dataset other) {
        return SameRows.test(this, other);
    }

    /** A copy of this dataset under another name. */
    public Dataset withName(String newName) {
        return new Dataset(newName, source, rowCount, columns, lines, engine);
    }

    /**
     * A copy of this dataset with columns renamed ({@code renames}: old name → new name; the others keep theirs).
     *
     * @throws IllegalArgumentException when two columns would have one name
     */
    public Dataset withColumnsRenamed(Map<String, String> renames) {
        List<Column> renamed = new ArrayList<>(columns.size());
        for (Column c : columns) {
            String to = renames.get(c.name());
            renamed.add(to == null ? c : c.withName(to));
        }
        return new Dataset(name, source, rowCount, renamed, lines,
                engine == null ? null : engine.renamed(renames, columnNames()));
    }

    /** A per-column description of this dataset (asked of the engine that holds its rows, if one does). */
    public DatasetSummary describe() {
        if (engine != null) {
            try {
                return EngineSummary.of(this);
            } catch (java.sql.SQLException e) {
                throw new EngineFailure("data '" + name + "' could not be described by its engine", e);
            }
        }
        return DatasetSummary.of(this);
    }

    /** The number of rows wherever they lie: in memory, or in the engine that holds them. */
    public long rowsHeld() {
        return engine == null ? rowCount : engine.rows();
    }

    /** A Tablesaw copy of this dataset. */
    public tech.tablesaw.api.Table toTable() {
        return TablesawExport.toTable(this);
    }

    @Override
    public String toString() {
        return "Dataset[" + name + ", " + (engine == null ? rowCount : engine.rows()) + " rows"
                + (engine == null ? "" : " in " + engine.engine().name()) + ", " + columnNames() + "]";
    }

    /** Builds a {@link Dataset} in memory column by column; rows start on line {@code row + 2}. */
    public static final class Builder {
        private final String name;
        private String source = "";
        private final List<Column> columns = new ArrayList<>();

        private Builder(String name) {
            this.name = Objects.requireNonNull(name, "name");
        }

        /** Sets the source path reported by {@link Dataset#source()}. */
        public Builder source(String path) {
            this.source = Objects.requireNonNull(path);
            return this;
        }

        /** Adds a ready-made column. */
        public Builder column(Column column) {
            columns.add(Objects.requireNonNull(column));
            return this;
        }

        /** Adds a TEXT column; {@code null} is missing. */
        public Builder text(String columnName, String... values) {
            return column(TextColumn.of(columnName, values));
        }

        /** Adds an INTEGER column; {@code null} is missing. */
        public Builder ints(String columnName, Integer... values) {
            return column(IntColumn.of(columnName, values));
        }

        /** Adds a DECIMAL column; {@code null} is missing. */
        public Builder decimals(String columnName, Double... values) {
            return column(DoubleColumn.of(columnName, values));
        }

        /** Adds a DATE column; {@code null} is missing. */
        public Builder dates(String columnName, LocalDate... values) {
            return column(IntColumn.ofDates(columnName, values));
        }

        /** Adds a BOOLEAN column; {@code null} is missing. */
        public Builder booleans(String columnName, Boolean... values) {
            return column(IntColumn.ofBooleans(columnName, values));
        }

        /** The dataset; fails if the columns differ in length or share a name. */
        public Dataset build() {
            int rows = columns.isEmpty() ? 0 : columns.get(0).size();
            return new Dataset(name, source, rows, columns, SourceLines.CONSECUTIVE);
        }
    }
}
