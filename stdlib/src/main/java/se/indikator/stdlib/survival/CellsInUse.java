package se.indikator.stdlib.survival;

/**
 * The life-table cells in which some part of the cohorts now has patients, kept packed for a
 * sweep that computes each such cell's e<sup>λx</sup> once per step ({@link StepSweep}); counts
 * how many {@link CellSums} use each cell.
 */
final class CellsInUse {

    private final int[] users;
    private final int[] position;
    private final int[] inUse;
    private int size;

    /** No cell in use among {@code cells}. */
    CellsInUse(int cells) {
        users = new int[cells];
        position = new int[cells];
        inUse = new int[cells];
    }

    /** One more user of cell {@code c}. */
    void open(int c) {
        if (users[c]++ == 0) {
            position[c] = size;
            inUse[size++] = c;
        }
    }

    /** One user fewer of cell {@code c}. */
    void close(int c) {
        if (--users[c] == 0) {
            int moved = inUse[--size];
            inUse[position[c]] = moved;
            position[moved] = position[c];
        }
    }

    /** The number of cells in use. */
    int size() {
        return size;
    }

    /** The {@code i}-th cell in use. */
    int cell(int i) {
        return inUse[i];
    }
}
