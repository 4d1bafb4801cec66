package se.indikator.runtime.notebook;

import java.util.List;
import se.indikator.runtime.output.Output;

/**
 * One cell of a notebook: either Markdown prose taken from consecutive {@code #'} lines, or a run of
 * source lines with the outputs their statements produced, in order. Line numbers are 1-based and
 * refer to the script; a cell that collects diagnostics without a place in the script has no lines
 * ({@code 0}) and empty source.
 */
public sealed interface NotebookCell {

    /** The first script line of the cell ({@code 0} when it has none). */
    int firstLine();

    /** The last script line of the cell ({@code 0} when it has none). */
    int lastLine();

    /** Prose in Markdown, without the {@code #'} markers. */
    record Markdown(String markdown, int firstLine, int lastLine) implements NotebookCell {
    }

    /** Source text exactly as written (comments included) and the outputs of its statements. */
    record Code(String source, int firstLine, int lastLine, List<Output> outputs) implements NotebookCell {
        public Code {
            outputs = List.copyOf(outputs);
        }
    }
}
