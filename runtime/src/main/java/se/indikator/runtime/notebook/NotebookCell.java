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

    /**
     * Source text exactly as written (comments included, {@code #|} option lines left out), the outputs of
     * its statements, how it is shown, and the caption of each output that is a table or chart, by the
     * output's index.
     */
    record Code(String source, int firstLine, int lastLine, List<Output> outputs, CellOptions options,
            java.util.Map<Integer, Caption> captions) implements NotebookCell {
        public Code {
            outputs = List.copyOf(outputs);
            captions = java.util.Map.copyOf(captions);
        }

        /** A cell shown with every default and without captions. */
        public Code(String source, int firstLine, int lastLine, List<Output> outputs) {
            this(source, firstLine, lastLine, outputs, CellOptions.DEFAULT, java.util.Map.of());
        }
    }
}
