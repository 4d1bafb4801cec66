package se.indikator.runtime.data;

import java.util.Arrays;

/**
 * A compact map from row index to the 1-based source line where the row starts: rows follow each other
 * line by line except at recorded breakpoints (multi-line rows, skipped rows, blank lines).
 */
final class SourceLines {

    /** The map for rows that start on line {@code row + 2}, as for a file with one line per row. */
    static final SourceLines CONSECUTIVE = new SourceLines(new int[] {0}, new int[] {2}, 1);

    private final int[] breakRows;
    private final int[] breakLines;
    private final int count;

    private SourceLines(int[] breakRows, int[] breakLines, int count) {
        this.breakRows = breakRows;
        this.breakLines = breakLines;
        this.count = count;
    }

    int[] breakRows() {
        return Arrays.copyOf(breakRows, count);
    }

    int[] breakLines() {
        return Arrays.copyOf(breakLines, count);
    }

    static SourceLines of(int[] rows, int[] lines) {
        return rows.length == 0 ? CONSECUTIVE : new SourceLines(rows, lines, rows.length);
    }

    /** The line on which {@code row} starts. */
    int lineOf(int row) {
        int i = Arrays.binarySearch(breakRows, 0, count, row);
        if (i < 0) i = -i - 2;
        return breakLines[i] + (row - breakRows[i]);
    }

    /** A growable recorder of row start lines, kept as breakpoints. */
    static final class Recorder {
        private int[] rows = new int[8];
        private int[] lines = new int[8];
        private int count;
        private int nextRow;
        private int expectedLine = -1;

        /** Records that the next row starts on {@code line}. */
        void add(int line) {
            if (line != expectedLine) {
                if (count == rows.length) {
                    rows = Arrays.copyOf(rows, count * 2);
                    lines = Arrays.copyOf(lines, count * 2);
                }
                rows[count] = nextRow;
                lines[count] = line;
                count++;
            }
            nextRow++;
            expectedLine = line + 1;
        }

        SourceLines build() {
            if (count == 0) return CONSECUTIVE;
            return new SourceLines(Arrays.copyOf(rows, count), Arrays.copyOf(lines, count), count);
        }
    }
}
