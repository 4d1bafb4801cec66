package se.indikator.runtime.data;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * Opens Parquet files where they lie, without reading their rows into memory — in a DuckDB of their own, in
 * process, or in the engine of a connection — : the files are found and checked as {@code read} checks them, their
 * columns typed as {@code read} types them (any other type is an error naming the column), and the dataset made
 * holds only the schema, the dictionaries of text columns with few values and the number of rows; the engine
 * answers every pass. The engine's relation reads an empty text as missing, as every reader does.
 */
public final class EngineScan {
    private EngineScan() {
    }

    /**
     * The dataset named {@code name} over the Parquet files {@code file} names ({@code displayPath}: the path as
     * written, which names the data in problems), in a DuckDB of their own that uses at most {@code memoryBytes}
     * of memory ({@code 0}: a share of what the machine has), or the problems that keep it from being opened.
     */
    public static LoadResult open(Path file, String displayPath, String name, long memoryBytes) {
        ParquetReader.Matched found = ParquetReader.files(file, displayPath);
        if (!found.problems().isEmpty()) {
            return new LoadResult(Optional.empty(), found.problems());
        }
        Connection c;
        try {
            c = memoryBytes > 0 ? DuckDb.open(memoryBytes) : DuckDb.open();
        } catch (SQLException | LinkageError | RuntimeException e) {
            return failure(displayPath, "DuckDB, which scans Parquet where it lies, did not start (" + e.getMessage() + ")",
                    "check that lib/duckdb_jdbc.jar is next to indikator.jar, or read the data with 'read'");
        }
        Engine engine = new Engine("duckdb", "duckdb", c);
        LoadResult opened = read(engine, found, displayPath, name);
        if (opened.dataset().isEmpty()) {
            closeQuietly(engine);
        }
        return opened;
    }

    /**
     * The dataset named {@code name} over the Parquet files {@code file} names, read by the DuckDB of a connection
     * where they lie, or the problems that keep it from being opened; the connection stays open either way.
     */
    public static LoadResult on(Engine engine, Path file, String displayPath, String name) {
        ParquetReader.Matched found = ParquetReader.files(file, displayPath);
        if (!found.problems().isEmpty()) {
            return new LoadResult(Optional.empty(), found.problems());
        }
        return read(engine, found, displayPath, name);
    }

    private static LoadResult read(Engine engine, ParquetReader.Matched found, String displayPath, String name) {
        StringBuilder files = new StringBuilder("read_parquet([");
        for (int i = 0; i < found.paths().size(); i++) {
            files.append(i == 0 ? "" : ", ").append(DuckDb.literal(found.paths().get(i).toAbsolutePath().toString()));
        }
        files.append("])");
        return over(engine, files.toString(), displayPath, name, true);
    }

    /**
     * The dataset named {@code name} over a relation of Parquet files ({@code files}, as written after {@code FROM}
     * in the engine's SQL) that the engine finds and reads itself, or the problems that keep it from being opened.
     */
    public static LoadResult over(Engine engine, String files, String displayPath, String name) {
        return over(engine, files, displayPath, name, false);
    }

    private static LoadResult over(Engine engine, String files, String displayPath, String name, boolean located) {
        try {
            return EngineRelation.open(engine, files, displayPath, name, located);
        } catch (SQLException e) {
            return failure(displayPath, "the Parquet data " + displayPath + " could not be scanned: "
                    + firstLine(e.getMessage()), "check that the files are complete Parquet with the same columns in every file");
        }
    }

    private static LoadResult failure(String display, String message, String hint) {
        return new LoadResult(Optional.empty(), List.of(new DataProblem(Severity.ERROR, display, 0, 0, display, message, hint)));
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "the engine gave no reason";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    private static void closeQuietly(Engine engine) {
        try {
            engine.close();
        } catch (SQLException ignored) {
            // nothing was read through it
        }
    }
}
