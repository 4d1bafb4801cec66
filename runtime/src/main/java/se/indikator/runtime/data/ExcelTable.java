package se.indikator.runtime.data;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Turns the rows of one sheet (or of a range of it) into a {@link Dataset}: finds the header row, feeds
 * every data cell to a {@link ColumnAccumulator} as the CSV reader does (so both infer the same types),
 * records each row's sheet row number, and reports problems by sheet, row and column.
 */
final class ExcelTable implements ExcelSheetHandler.Rows {

    private final String sheet;
    private final ExcelRange range;
    private final boolean explicitRange;
    private final Integer headerRow;
    private final MissingMarkers missing;
    private final FieldParser parser;
    private final ReadOptions options;
    private final ProblemLog log;
    private final String problemFile;
    private final SourceLines.Recorder lines = new SourceLines.Recorder();

    private int headerAt = -1;
    private int firstColumn;
    private int lastColumn;
    private String[] names;
    private final List<Integer> emptyHeaders = new ArrayList<>();
    private boolean headerBad;
    private ColumnAccumulator[] columns;
    private String[] values;
    private int rows;
    private int lastRow;
    private int emptyFrom = -1;
    private int emptyBlocks;
    private final Set<Integer> beyondReported = new HashSet<>();
    /** The first value of each column outside the header's columns. */
    private final List<Beyond> beyond = new ArrayList<>();

    /** A value outside the columns the header names: its row, column and text. */
    private record Beyond(int row, int column, String text) {
    }

    ExcelTable(String problemFile, String sheet, ExcelRange range, boolean explicitRange, Integer headerRow,
               ReadOptions options) {
        this.options = options;
        // text cells are read as a semicolon file's fields: either decimal mark, thousands as the options say
        this.parser = CsvReader.parser(options, (byte) ';');
        List<String> extraMissing = options.extraMissingMarkers();
        this.sheet = sheet;
        this.range = range;
        this.explicitRange = explicitRange;
        this.headerRow = headerRow;
        this.missing = new MissingMarkers(extraMissing);
        this.log = new ProblemLog(problemFile);
        this.problemFile = problemFile;
    }

    /** The sheet row of the header, as it is asked for; -1 when it is the first row with content. */
    private int wantedHeader() {
        if (headerRow != null) return range.firstRow() + headerRow - 1;
        return explicitRange ? range.firstRow() : -1;
    }

    @Override
    public void row(int row, ExcelSheetHandler cells) {
        if (row < range.firstRow() || row > range.lastRow()) return;
        if (headerAt < 0) {
            int wanted = wantedHeader();
            if (wanted > 0 && row > wanted) {
                headerAt = wanted;
                headerBad = true;
                log.add(Severity.ERROR, wanted, 0, "", "row " + wanted + " of sheet '" + sheet + "' is empty, so it "
                        + "holds no column names", "give the row that holds the column names as the header row");
            } else if (wanted > 0 && row < wanted) {
                return;
            } else {
                header(row, cells, wanted > 0);
                return;
            }
        }
        if (headerBad) return;
        data(row, cells);
    }

    private void header(int row, ExcelSheetHandler cells, boolean fixed) {
        int first = Integer.MAX_VALUE;
        int last = 0;
        for (int i = 0; i < cells.count(); i++) {
            int c = cells.column(i);
            if (c < range.firstColumn() || c > range.lastColumn() || cells.text(i).isBlank()) continue;
            first = Math.min(first, c);
            last = Math.max(last, c);
        }
        if (last == 0 && !fixed) return;
        headerAt = row;
        autoHeader = !fixed && !explicitRange;
        if (last == 0) {
            headerBad = true;
            log.add(Severity.ERROR, row, 0, "", "row " + row + " of sheet '" + sheet + "' is empty, so it holds no "
                    + "column names", "give the row that holds the column names as the header row");
            return;
        }
        firstColumn = explicitRange ? range.firstColumn() : first;
        lastColumn = explicitRange ? range.lastColumn() : last;
        int width = lastColumn - firstColumn + 1;
        names = new String[width];
        for (int i = 0; i < cells.count(); i++) {
            int c = cells.column(i);
            if (c >= firstColumn && c <= lastColumn) {
                names[c - firstColumn] = cells.kind(i) == ExcelSheetHandler.VALUE ? cells.text(i).strip() : "";
            }
        }
        Set<String> seen = new HashSet<>();
        for (int k = 0; k < width; k++) {
            int c = firstColumn + k;
            String name = names[k] == null ? "" : names[k];
            names[k] = name;
            if (name.isEmpty()) {
                emptyHeaders.add(c);
                headerBad = true;
            } else if (!seen.add(name)) {
                headerBad = true;
                log.add(Severity.ERROR, row, c, ExcelRange.ref(row, c) + " " + name,
                        "the column name '" + name + "' occurs twice in the header",
                        "rename one of the columns so that every name is different");
            }
        }
        columns = new ColumnAccumulator[width];
        for (int k = 0; k < width; k++) columns[k] = new ColumnAccumulator(parser, 1024);
        values = new String[width];
        lastRow = row;
    }

    private boolean autoHeader;
    private boolean titleReported;

    /**
     * Whether a value outside the header's one column means that the "header" found by itself is a title above the
     * table (a common layout of exported sheets): then one error says so and names the row to give, once.
     */
    private boolean titleSuspected(int row, int c, byte kind, String text) {
        if (!autoHeader || names.length != 1 || (kind == ExcelSheetHandler.VALUE && text.isBlank())) {
            return false;
        }
        if (!titleReported) {
            titleReported = true;
            headerBad = true;
            log.add(Severity.ERROR, headerAt, firstColumn, ExcelRange.ref(headerAt, firstColumn) + " " + names[0],
                    "row " + headerAt + " holds only '" + names[0] + "', but row " + row + " has values in more columns: "
                            + "is row " + headerAt + " a title above the table?",
                    "name the row that holds the column names, e.g. header " + row + " (rows count from 1 in the sheet)");
        }
        return true;
    }

    private void data(int row, ExcelSheetHandler cells) {
        java.util.Arrays.fill(values, null);
        boolean any = false;
        for (int i = 0; i < cells.count(); i++) {
            int c = cells.column(i);
            String text = cells.text(i);
            byte kind = cells.kind(i);
            if (c < firstColumn || c > lastColumn) {
                if (titleSuspected(row, c, kind, text)) {
                    continue;
                }
                if (!explicitRange && (kind != ExcelSheetHandler.VALUE || !text.isBlank()) && beyondReported.add(c)) {
                    beyond.add(new Beyond(row, c, text)); // reported at the end, when the merged cells are known
                }
                continue;
            }
            if (kind == ExcelSheetHandler.ERROR) {
                any = true;
                log.add(Severity.ERROR, row, c, ExcelRange.ref(row, c) + " " + text,
                        "cell " + ExcelRange.ref(row, c) + " in column '" + names[c - firstColumn]
                                + "' holds the formula error " + text,
                        "correct the formula in the workbook, or replace the error with an empty cell");
            } else if (kind == ExcelSheetHandler.NO_VALUE) {
                any = true;
                log.add(Severity.WARNING, row, c, ExcelRange.ref(row, c),
                        "cell " + ExcelRange.ref(row, c) + " holds a formula whose value was never computed; it is "
                                + "read as missing", "open the workbook in a spreadsheet program and save it again");
            } else {
                String v = text.strip();
                if (!v.isEmpty()) {
                    values[c - firstColumn] = v;
                    any = true;
                }
            }
        }
        if (titleReported) return;
        if (!any) {
            if (emptyFrom < 0) emptyFrom = row;
            return;
        }
        if (emptyFrom < 0 && row > lastRow + 1) emptyFrom = lastRow + 1;
        if (emptyFrom > 0) {
            emptyRows(emptyFrom, row - 1);
            emptyFrom = -1;
        }
        for (int k = 0; k < values.length; k++) {
            String v = values[k];
            if (v == null) {
                columns[k].addMissing();
                continue;
            }
            byte[] b = v.getBytes(StandardCharsets.UTF_8);
            if (missing.isMissing(b, 0, b.length)) columns[k].addMissing();
            else columns[k].add(b, 0, b.length);
        }
        lines.add(row);
        rows++;
        lastRow = row;
    }

    /** Empty rows between data rows are rows with every value missing; the first block is reported. */
    private void emptyRows(int from, int to) {
        if (emptyBlocks++ == 0) {
            log.add(Severity.WARNING, from, 0, "", (from == to ? "row " + from + " is" : "rows " + from + "–" + to
                            + " are") + " empty between data rows; read as rows with every value missing",
                    "delete empty rows in the sheet, or give a range of cells that leaves them out");
        }
        for (int r = from; r <= to; r++) {
            for (ColumnAccumulator c : columns) c.addMissing();
            lines.add(r);
            rows++;
        }
    }

    /** The dataset, or the errors that prevent one, once every row has been seen. */
    LoadResult finish(String datasetName, String display, List<ExcelRange> merged) {
        if (headerAt < 0) {
            String where = explicitRange ? "the range " + range.text() + " of sheet '" + sheet + "'"
                    : "sheet '" + sheet + "'";
            int wanted = wantedHeader();
            String message = wanted > 0 && headerRow != null ? "row " + wanted + " (the header row) of " + where
                    + " is empty" : where + " is empty";
            log.add(Severity.ERROR, Math.max(wanted, 0), 0, "", message,
                    "a sheet needs a row with the column names, then one row per record; name the sheet or range "
                            + "that holds the data");
            return new LoadResult(Optional.empty(), log.finish(StandardCharsets.UTF_8));
        }
        for (Beyond b : beyond) {
            String ref = ExcelRange.ref(b.row(), b.column());
            Optional<ExcelRange> in = merged.stream().filter(m -> m.contains(headerAt, b.column())).findFirst();
            if (in.isPresent()) {
                headerBad = true;
                log.add(Severity.ERROR, headerAt, b.column(), ExcelRange.ref(headerAt, b.column()),
                        "the header cell " + ExcelRange.ref(headerAt, b.column()) + " is part of the merged cell "
                                + in.get().text() + ", so column " + ExcelRange.columnName(b.column()) + " has no name",
                        "unmerge the cells " + in.get().text() + " and give each column a name of its own");
            } else {
                log.add(Severity.WARNING, b.row(), b.column(), ref + " " + b.text(),
                        "cell " + ref + " has a value but lies outside the columns the header names ("
                                + ExcelRange.columnName(firstColumn) + "–" + ExcelRange.columnName(lastColumn)
                                + "); the column is not read",
                        "give the column a name in the header row, or give a range of cells to read");
            }
        }
        for (int c : emptyHeaders) {
            String ref = ExcelRange.ref(headerAt, c);
            Optional<ExcelRange> in = merged.stream().filter(m -> m.contains(headerAt, c)).findFirst();
            String hint = in.isPresent() ? "unmerge the cells " + in.get().text() + " and give each column a name of "
                    + "its own" : "give every column a name in the header row";
            log.add(Severity.ERROR, headerAt, c, ref, "column " + ExcelRange.columnName(c) + " has no name in the "
                    + "header (cell " + ref + " is empty" + in.map(m -> ", part of the merged cell " + m.text())
                    .orElse("") + ")", hint);
        }
        if (headerBad) return new LoadResult(Optional.empty(), log.finish(StandardCharsets.UTF_8));
        List<Column> built = new ArrayList<>(columns.length);
        for (int k = 0; k < columns.length; k++) built.add(columns[k].build(names[k], StandardCharsets.UTF_8));
        Dataset data = new Dataset(datasetName, display, rows, built, lines.build());
        List<DataProblem> problems = new ArrayList<>(log.finish(StandardCharsets.UTF_8));
        for (int k = 0; k < columns.length; k++) {
            ColumnAccumulator c = columns[k];
            ColumnType from = c.fellBackFrom();
            if (from == null || c.fallbackRow() < 2) continue;
            int line = data.sourceLine(c.fallbackRow());
            int col = firstColumn + k;
            String value = new String(c.fallbackText(), StandardCharsets.UTF_8);
            String why = value.matches("0[0-9]+") ? " (leading zeros are kept, so codes like " + value + " stay text)" : "";
            problems.add(new DataProblem(Severity.WARNING, problemFile, line, col,
                    ProblemLog.shorten(ExcelRange.ref(line, col) + " " + value),
                    "column '" + names[k] + "' is read as text: its values looked "
                            + from.name().toLowerCase(Locale.ROOT) + " until '" + value + "' in cell "
                            + ExcelRange.ref(line, col) + why,
                    FallbackHint.of(value, options)));
        }
        if (rows == 0 && log.errorCount() == 0) {
            problems.add(new DataProblem(Severity.WARNING, problemFile, headerAt, 0, "",
                    "sheet '" + sheet + "' has a header but no data rows", "add data rows below the header row"));
        }
        return new LoadResult(Optional.of(data), problems);
    }
}
