package se.indikator.runtime.result;

import java.io.IOException;
import java.nio.file.Path;

/** Writes a table as Parquet (being written). */
public final class ParquetWriter {
    private ParquetWriter() {
    }

    /** Writes {@code table} to {@code file}. */
    public static void write(ResultTable table, Path file) throws IOException {
        throw new IOException("Parquet is not written yet");
    }
}
