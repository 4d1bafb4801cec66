package se.indikator.runtime.result;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Writes tables as an Excel workbook (being written). */
public final class XlsxWriter {
    private XlsxWriter() {
    }

    /** Writes {@code tables} to {@code file}, a sheet each. */
    public static void write(Path file, List<ResultTable> tables) throws IOException {
        throw new IOException("workbooks are not written yet");
    }
}
