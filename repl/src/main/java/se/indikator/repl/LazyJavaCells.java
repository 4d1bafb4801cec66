package se.indikator.repl;

import se.indikator.runtime.session.JavaCells;

/** Starts JShell only when the first Java cell is run, so scripts and shells without cells start fast. */
final class LazyJavaCells implements JavaCells {
    private JShellCells cells;

    @Override
    public Outcome eval(String code) {
        if (cells == null) {
            cells = new JShellCells();
        }
        return cells.eval(code);
    }

    @Override
    public void stop() {
        JShellCells c = cells;
        if (c != null) {
            c.stop();
        }
    }

    @Override
    public void reset() {
        JShellCells c = cells;
        cells = null;
        if (c != null) {
            c.close();
        }
    }
}
