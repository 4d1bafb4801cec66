package se.indikator.runtime.session;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import se.indikator.runtime.diag.Diagnostic;
import se.indikator.runtime.diag.Span;
import se.indikator.runtime.result.CsvWriter;
import se.indikator.runtime.result.ResultTable;

/** Writing an analysis table to the CSV file that a {@code to "…"} option names, beside the script. */
final class TableFile {
    private TableFile() {
    }

    /** Writes {@code table} to {@code path} (relative to {@code base}) and says so, or reports why not. */
    static void write(ResultTable table, Path base, String path, Span at, List<Output> out) {
        try {
            CsvWriter.write(table, base.resolve(path));
            out.add(new Output.Text("wrote " + table.rows().size() + " rows to " + path));
        } catch (IOException e) {
            out.add(new Output.Message(Diagnostic.error("E140", at, "cannot write '" + path + "': " + e.getMessage(),
                    "check that the folder can be written")));
        }
    }
}
