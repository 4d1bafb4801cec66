package se.indikator.runtime.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import se.indikator.runtime.progress.ProgressListener;

/**
 * Reads the data a {@code read "…"} names, choosing the reader by what the file is — delimited text
 * ({@link CsvReader}), an Excel workbook ({@link ExcelReader}) or Parquet ({@link ParquetReader}, also for a
 * glob of files) — told from its first bytes and its extension; any other kind is an error that names the
 * kinds that are read.
 */
public final class DataReader {

    /** The kinds of file that are read, as problems name them. */
    public static final String KINDS = "CSV or other delimited text (.csv, .tsv, .txt), Excel workbooks (.xlsx) and Parquet (.parquet)";

    private DataReader() {
    }

    /** The kinds of file {@code read} tells apart. */
    public enum Kind { TEXT, EXCEL, PARQUET }

    /** Reads {@code file} (or, for a path with {@code *} or {@code ?}, the Parquet files it matches). */
    public static LoadResult read(Path file, String displayPath, ReadOptions options, ProgressListener progress) {
        if (isGlob(displayPath)) {
            return ParquetReader.read(file, displayPath, options, progress);
        }
        if (!Files.isRegularFile(file)) {
            return CsvReader.read(file, displayPath, options, progress);
        }
        Optional<Kind> kind;
        try {
            kind = kind(file);
        } catch (IOException e) {
            return CsvReader.read(file, displayPath, options, progress);
        }
        if (kind.isEmpty()) {
            return new LoadResult(Optional.empty(), List.of(new DataProblem(Severity.ERROR, displayPath, 0, 0, displayPath,
                    displayPath + " is " + describe(file) + ", which is not read",
                    "the kinds read are " + KINDS + "; save the data as one of them")));
        }
        return switch (kind.get()) {
            case EXCEL -> ExcelReader.read(file, displayPath, options, progress);
            case PARQUET -> ParquetReader.read(file, displayPath, options, progress);
            case TEXT -> CsvReader.read(file, displayPath, options, progress);
        };
    }

    /** Whether a path names several files by a pattern. */
    public static boolean isGlob(String path) {
        return path.indexOf('*') >= 0 || path.indexOf('?') >= 0;
    }

    /** The kind of a file from its first bytes and extension; empty for a kind that is not read. */
    public static Optional<Kind> kind(Path file) throws IOException {
        byte[] head = new byte[8192];
        int n = 0;
        try (InputStream in = Files.newInputStream(file)) {
            int r;
            while (n < head.length && (r = in.read(head, n, head.length - n)) > 0) n += r;
        }
        String ext = extension(file);
        if (starts(head, n, "PAR1")) {
            return Optional.of(Kind.PARQUET);
        }
        if (starts(head, n, "PK\u0003\u0004")) {
            // a ZIP container: read as a workbook (the reader says so when it is not one) unless named as another kind
            return ext.equals("docx") || ext.equals("pptx") || ext.equals("zip") || ext.equals("ods") || ext.equals("odt")
                    ? Optional.empty() : Optional.of(Kind.EXCEL);
        }
        if (n >= 4 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF && (ext.equals("xlsx") || ext.equals("xlsm"))) {
            return Optional.of(Kind.EXCEL); // a password-protected workbook is an OLE2 container; ExcelReader says so
        }
        if (ext.equals("json") || ext.equals("ndjson") || ext.equals("xml") || ext.equals("sqlite") || ext.equals("db")
                || ext.equals("xls") || ext.equals("ods") || ext.equals("sav") || ext.equals("dta") || ext.equals("sas7bdat")
                || ext.equals("pdf") || ext.equals("docx") || ext.equals("zip") || ext.equals("gz")) {
            return Optional.empty();
        }
        int from = n >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF ? 3 : 0;
        return FileKind.binary(head, from, n).isPresent() ? Optional.empty() : Optional.of(Kind.TEXT);
    }

    /** What a file that is not read is, for the message. */
    private static String describe(Path file) {
        String ext = extension(file);
        try {
            byte[] head = new byte[8192];
            int n;
            try (InputStream in = Files.newInputStream(file)) {
                n = Math.max(0, in.readNBytes(head, 0, head.length));
            }
            Optional<String> binary = FileKind.binary(head, 0, n);
            if (binary.isPresent() && !binary.get().startsWith("an Excel workbook")) {
                return binary.get();
            }
        } catch (IOException e) {
            // described by its extension below
        }
        return switch (ext) {
            case "json", "ndjson" -> "a JSON file";
            case "xml" -> "an XML file";
            case "sqlite", "db" -> "a database file";
            case "xls" -> "an old Excel workbook (.xls)";
            case "ods" -> "an OpenDocument spreadsheet (.ods)";
            case "sav" -> "an SPSS file";
            case "dta" -> "a Stata file";
            case "sas7bdat" -> "a SAS file";
            case "" -> "a binary file";
            default -> "a ." + ext + " file";
        };
    }

    private static String extension(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static boolean starts(byte[] b, int n, String magic) {
        if (n < magic.length()) return false;
        for (int i = 0; i < magic.length(); i++) {
            if (b[i] != (byte) magic.charAt(i)) return false;
        }
        return true;
    }
}
