package se.indikator.runtime.result;

/**
 * How a result table is printed as text: which columns ({@link ColumnChoice}) and whether as rows under a
 * header or as one block of fields per row (the catalogue, whose rows are long descriptions; with every column
 * chosen it is printed as rows). A view over the
 * table: the table itself is not changed.
 */
public record TableView(ColumnChoice columns, Layout layout) {

    /** Rows under a header, or a block of fields per row. */
    public enum Layout {
        ROWS, RECORDS
    }

    /** Every column as rows: what the table is, for notebooks, the kernel and tests. */
    public static final TableView FULL = new TableView(ColumnChoice.ALL, Layout.ROWS);

    /** The compact columns as rows: the default for printing. */
    public static final TableView COMPACT = new TableView(ColumnChoice.COMPACT, Layout.ROWS);

    public TableView withColumns(ColumnChoice c) {
        return new TableView(c, layout);
    }
}
