package se.indikator.runtime.result;

import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of file a table is written as, told by the file name's extension: CSV ({@code .csv}, as the
 * script's {@code set csv format} says), an Excel workbook ({@code .xlsx}, one sheet a table), JSON
 * ({@code .json}: the records with the table's metadata) and Parquet ({@code .parquet}).
 */
public enum TableFormat {
    CSV("csv"), XLSX("xlsx"), JSON("json"), PARQUET("parquet");

    private final String extension;

    TableFormat(String extension) {
        this.extension = extension;
    }

    /** The extension, without the dot. */
    public String extension() {
        return extension;
    }

    /** The format of a file name, by its extension (ignoring case); empty for an extension that is not written. */
    public static Optional<TableFormat> of(String fileName) {
        String name = fileName.replace('\\', '/');
        String last = name.substring(name.lastIndexOf('/') + 1);
        int dot = last.lastIndexOf('.');
        String ext = dot < 0 ? "" : last.substring(dot + 1).toLowerCase(Locale.ROOT);
        for (TableFormat f : values()) {
            if (f.extension.equals(ext)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** The extensions written, for messages: ".csv, .xlsx, .json or .parquet". */
    public static String names() {
        return ".csv, .xlsx, .json or .parquet";
    }
}
