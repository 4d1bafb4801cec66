package se.indikator.runtime.session;

import java.util.List;
import se.indikator.runtime.model.FunctionDef;

/**
 * What evaluates {@code java { … }} cells (the shell and the command line plug in JShell; the
 * runtime itself knows nothing of it): the problems found, with their place inside the cell, and the
 * functions the cell defined, ready to be called from expressions.
 */
public interface JavaCells {

    /** A problem in a cell: 1-based line and column inside the cell's code. */
    record Problem(boolean error, int line, int column, String message) {
    }

    /** The outcome of one cell. */
    record Outcome(List<Problem> problems, List<FunctionDef> functions, String output) {
        public Outcome {
            problems = List.copyOf(problems);
            functions = List.copyOf(functions);
        }
    }

    Outcome eval(String code);

    /** Stops the cell that is running, if any (Ctrl-C in the shell). */
    default void stop() {
    }

    /** Forgets every cell and frees what they hold (the shell's {@code :reset}). */
    default void reset() {
    }
}
