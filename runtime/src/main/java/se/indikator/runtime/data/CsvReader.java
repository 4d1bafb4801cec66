package se.indikator.runtime.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import se.indikator.runtime.progress.ProgressListener;

/**
 * Reads a delimited text file (CSV, semicolon CSV, TSV) into a {@link Dataset} in one pass over its bytes,
 * detecting separator, decimal mark, encoding and column types, and reporting malformed rows as
 * {@link DataProblem}s while reading on.
 */
public final class CsvReader {

    private static final int BUFFER = 1 << 20;

    private CsvReader() {
    }

    /** Reads {@code file} with default options; the display path is the file path as given. */
    public static LoadResult read(Path file) {
        return read(file, file.toString(), ReadOptions.defaults());
    }

    /**
     * Reads {@code file}; {@code displayPath} (the path as the user wrote it) names the file in problems and
     * becomes the dataset's source.
     */
    public static LoadResult read(Path file, String displayPath, ReadOptions options) {
        return read(file, displayPath, options, BUFFER);
    }

    /**
     * Reads {@code file} as {@link #read(Path, String, ReadOptions)} does, reporting the bytes read out of
     * the file's size to {@code progress} as the task "reading DISPLAYPATH".
     */
    public static LoadResult read(Path file, String displayPath, ReadOptions options, ProgressListener progress) {
        return read(file, displayPath, options, BUFFER, progress);
    }

    /** Reads with a given initial buffer size (the buffer grows for longer records). */
    static LoadResult read(Path file, String displayPath, ReadOptions options, int bufferSize) {
        return read(file, displayPath, options, bufferSize, ProgressListener.NONE);
    }

    private static LoadResult read(Path file, String displayPath, ReadOptions options, int bufferSize,
            ProgressListener progress) {
        if (!Files.exists(file)) {
            return failure(new DataProblem(Severity.ERROR, displayPath, 0, 0, displayPath,
                    "file not found: " + displayPath, FileHints.missingFileHint(file, displayPath)));
        }
        if (Files.isDirectory(file)) {
            return failure(new DataProblem(Severity.ERROR, displayPath, 0, 0, displayPath,
                    displayPath + " is a folder, not a file", "give the path of a .csv or .tsv file in it"));
        }
        String task = "reading " + displayPath;
        try (InputStream in = Files.newInputStream(file)) {
            long size = Files.size(file);
            return new Reading(file, displayPath, options, in, size, bufferSize, progress, task).run();
        } catch (IOException e) {
            return failure(new DataProblem(Severity.ERROR, displayPath, 0, 0, displayPath,
                    "the file could not be read: " + e.getMessage(), "check that the file is readable"));
        } finally {
            progress.finished(task);
        }
    }

    private static LoadResult failure(DataProblem problem) {
        return new LoadResult(Optional.empty(), List.of(problem));
    }

    /** The parser of numbers the options ask for: decimal mark and thousands separators. */
    static FieldParser parser(ReadOptions options, byte sep) {
        Character thousands = options.thousands();
        boolean pointGroups = thousands != null ? thousands == '.'
                : options.decimalMark() != null && options.decimalMark() == ',';
        boolean spaceGroups = thousands == null || thousands == ' ';
        boolean acceptPoint = (options.decimalMark() == null || options.decimalMark() == '.') && !pointGroups;
        boolean acceptComma = options.decimalMark() != null ? options.decimalMark() == ',' : sep != ',' || pointGroups;
        return new FieldParser(acceptPoint, acceptComma, spaceGroups, pointGroups);
    }

    /** The dataset name for a file: its name without extension. */
    static String datasetName(Path file) {
        String n = file.getFileName() == null ? "data" : file.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }

    /** The state of one read. */
    private static final class Reading {
        private final Path file;
        private final String display;
        private final ReadOptions options;
        private final CsvScanner scanner;
        private final long fileSize;
        private final ProblemLog log;
        private final MissingMarkers missing;
        private byte sep;
        private byte[] scratch = new byte[256];
        private final ProgressListener progress;
        private final String task;

        Reading(Path file, String display, ReadOptions options, InputStream in, long fileSize, int bufferSize,
                ProgressListener progress, String task) {
            this.progress = progress;
            this.task = task;
            this.file = file;
            this.display = display;
            this.options = options;
            this.scanner = new CsvScanner(in, (int) Math.min(bufferSize, Math.max(16, fileSize + 16)));
            this.fileSize = fileSize;
            this.log = new ProblemLog(display);
            this.missing = new MissingMarkers(options.extraMissingMarkers());
        }

        LoadResult run() throws IOException {
            int buffered = scanner.fillInitial();
            scanner.skipBom();
            Optional<String> binary = FileKind.binary(scanner.buf, scanner.position(), buffered);
            if (binary.isPresent()) {
                return failure(new DataProblem(Severity.ERROR, display, 1, 1, "",
                        display + " is not a CSV text file: it is " + binary.get(),
                        "save it as CSV text (in Excel: Save as, CSV UTF-8 or CSV with semicolons) and read that file"));
            }
            sep = options.separator() != null ? (byte) options.separator().charValue()
                    : SeparatorDetector.detect(scanner.buf, scanner.position(), buffered, scanner.atEof());
            scanner.setSeparator(sep);
            int first = scanner.next();
            if (first != CsvScanner.RECORD) {
                return failure(new DataProblem(Severity.ERROR, display, 0, 0, "",
                        "the file " + display + " is empty",
                        "a data file needs a header row with the column names, then one row per line"));
            }
            int headerCount = scanner.fieldCount;
            byte[][] header = new byte[headerCount][];
            int[] headerOffsets = new int[headerCount];
            for (int i = 0; i < headerCount; i++) {
                header[i] = fieldBytes(i);
                headerOffsets[i] = scanner.starts[i];
            }
            boolean headerUtf8 = true;
            for (byte[] h : header) headerUtf8 &= Utf8.isValid(h, 0, h.length);
            Charset headerCharset = options.encoding() != null ? options.encoding()
                    : headerUtf8 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1;
            if (checkHeader(header, headerOffsets, headerCharset)) {
                return new LoadResult(Optional.empty(), log.finish(headerCharset));
            }

            FieldParser parser = parser(options, sep);
            int expected = expectedRows(scanner.position(), buffered);
            ColumnAccumulator[] columns = new ColumnAccumulator[headerCount];
            for (int i = 0; i < headerCount; i++) columns[i] = new ColumnAccumulator(parser, expected);
            SourceLines.Recorder lines = new SourceLines.Recorder();
            int rows = 0;
            progress.progress(task, 0, fileSize);
            while (true) {
                if ((rows & 0xFFFF) == 0xFFFF) {
                    progress.progress(task, Math.min(fileSize, scanner.bytesRead()), fileSize);
                }
                int r = scanner.next();
                if (r == CsvScanner.END) break;
                if (r == CsvScanner.UNTERMINATED) {
                    reportUnterminated();
                    scanner.skipLine();
                    continue;
                }
                if (scanner.fieldCount != headerCount) {
                    reportFieldCount(headerCount);
                    continue;
                }
                for (int i = 0; i < headerCount; i++) {
                    addField(columns[i], i);
                    if (columns[i].fallbackRow() == rows && rows >= 2) {
                        reportFallback(columns[i], new String(header[i], headerCharset), i);
                    }
                }
                lines.add(scanner.recordLine);
                rows++;
            }

            Charset charset = options.encoding();
            if (charset == null) {
                boolean utf8 = headerUtf8 && log.isValidUtf8();
                for (ColumnAccumulator c : columns) utf8 = utf8 && c.isValidUtf8();
                charset = utf8 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1;
                Optional<MixedEncoding.Line> mixed = utf8 ? Optional.empty() : MixedEncoding.firstForeignLine(file);
                if (mixed.isPresent()) {
                    MixedEncoding.Line l = mixed.get();
                    return failure(new DataProblem(Severity.ERROR, display, l.number(), 1, l.text(),
                            "line " + l.number() + " of " + display + " is not UTF-8 (read as Latin-1), while the rest "
                                    + "of the file is", "save the whole file in one encoding (UTF-8), or correct that line"));
                }
            }
            List<Column> built = new ArrayList<>(headerCount);
            for (int i = 0; i < headerCount; i++) {
                built.add(columns[i].build(new String(header[i], charset), charset));
            }
            Dataset data = new Dataset(datasetName(file), display, rows, built, lines.build());
            List<DataProblem> problems = new ArrayList<>(log.finish(charset));
            for (int i = 0; i < headerCount; i++) {
                int row = columns[i].firstInfiniteRow;
                if (row >= 0 && built.get(i).type() == ColumnType.DECIMAL) {
                    problems.add(new DataProblem(Severity.ERROR, display, data.sourceLine(row), 1, "",
                            "a number in column '" + built.get(i).name() + "' is beyond what a number can hold "
                                    + "(about 1.8 × 10^308)", "correct the value on that line, or mark it missing"));
                }
            }
            if (rows == 0 && log.errorCount() == 0) {
                problems.add(new DataProblem(Severity.WARNING, display, 1, 0, "",
                        "the file has a header but no data rows", "add data rows below the header line"));
            }
            return new LoadResult(Optional.of(data), problems);
        }

        private void addField(ColumnAccumulator column, int i) {
            byte[] b = scanner.buf;
            int s = scanner.starts[i];
            int e = scanner.ends[i];
            byte kind = scanner.kinds[i];
            if (kind == CsvScanner.PLAIN) {
                while (s < e && b[s] == ' ') s++;
                while (e > s && b[e - 1] == ' ') e--;
            } else if (kind == CsvScanner.ESCAPED) {
                if (scratch.length < e - s) scratch = new byte[Math.max(e - s, scratch.length * 2)];
                e = CsvScanner.unescape(b, s, e, scratch);
                s = 0;
                b = scratch;
            }
            if (missing.isMissing(b, s, e)) column.addMissing();
            else column.add(b, s, e);

        }

        private byte[] fieldBytes(int i) {
            byte[] b = scanner.buf;
            int s = scanner.starts[i];
            int e = scanner.ends[i];
            if (scanner.kinds[i] == CsvScanner.ESCAPED) {
                byte[] out = new byte[e - s];
                int n = CsvScanner.unescape(b, s, e, out);
                b = out;
                s = 0;
                e = n;
            }
            while (s < e && (b[s] == ' ' || b[s] == '\t')) s++;
            while (e > s && (b[e - 1] == ' ' || b[e - 1] == '\t')) e--;
            return java.util.Arrays.copyOfRange(b, s, e);
        }

        /** Reports empty and duplicate header names; returns whether there were any. */
        private boolean checkHeader(byte[][] header, int[] offsets, Charset charset) {
            Set<String> seen = new HashSet<>();
            boolean bad = false;
            for (int i = 0; i < header.length; i++) {
                String name = new String(header[i], charset);
                if (name.isEmpty()) {
                    problemAt(Severity.ERROR, offsets[i], "column " + (i + 1) + " has no name in the header",
                            "give every column a name in the first line"
                                    + (i == header.length - 1 ? ", or remove the separator at the end of the line" : ""));
                    bad = true;
                } else if (!seen.add(name)) {
                    problemAt(Severity.ERROR, offsets[i], "the column name '" + name + "' occurs twice in the header",
                            "rename one of the columns so that every name is different");
                    bad = true;
                }
            }
            return bad;
        }

        private void reportFieldCount(int headerCount) {
            int n = scanner.fieldCount;
            String message = "row has " + n + (n == 1 ? " field" : " fields") + ", the header has " + headerCount;
            if (n > headerCount) {
                String hint = "a value may contain the separator " + separatorName()
                        + "; put such values in double quotes";
                if (sep == ',' && looksLikeDecimalComma()) {
                    hint = "the separator is ',' so decimal commas split numbers in two; quote such numbers or "
                            + "use ';' as separator";
                }
                problemAt(Severity.ERROR, scanner.starts[headerCount], message, hint);
            } else {
                problemAt(Severity.ERROR, scanner.recordEnd, message,
                        "a separator " + separatorName() + " or a value may be missing on this row");
            }
        }

        private void reportUnterminated() {
            problemAt(Severity.ERROR, scanner.quoteOffset, "a quoted value is not closed",
                    "add the closing double quote, or double a quote inside a quoted value (\"\"); "
                            + "the rest of the line was skipped");
        }

        /** Adds a problem at buffer offset {@code offset} of the current record. */
        private void problemAt(Severity severity, int offset, String message, String hint) {
            byte[] b = scanner.buf;
            int line = scanner.recordLine;
            int lineStart = scanner.recordStart;
            for (int p = scanner.recordStart; p < offset; p++) {
                if (b[p] == '\n') {
                    line++;
                    lineStart = p + 1;
                }
            }
            int lineEnd = lineStart;
            int limit = scanner.limit();
            while (lineEnd < limit && b[lineEnd] != '\n' && b[lineEnd] != '\r') lineEnd++;
            log.add(severity, line, b, lineStart, lineEnd, offset, message, hint);
        }

        private boolean looksLikeDecimalComma() {
            byte[] b = scanner.buf;
            for (int p = scanner.recordStart + 1; p + 1 < scanner.recordEnd; p++) {
                if (b[p] == ',' && b[p - 1] >= '0' && b[p - 1] <= '9' && b[p + 1] >= '0' && b[p + 1] <= '9') {
                    return true;
                }
            }
            return false;
        }

        private String separatorName() {
            return sep == '\t' ? "(tab)" : "'" + (char) sep + "'";
        }

        private int expectedRows(int dataStart, int buffered) {
            int sampleLines = 0;
            for (int p = dataStart; p < buffered; p++) {
                if (scanner.buf[p] == '\n') sampleLines++;
            }
            if (sampleLines == 0) return 16;
            double perLine = (buffered - dataStart) / (double) sampleLines;
            long estimate = (long) ((fileSize - dataStart) / perLine * 1.05) + 16;
            return (int) Math.min(estimate, Integer.MAX_VALUE - 16);
        }

        /**
         * Warns, at the value's line and column, that a column whose values were numbers, dates or booleans is read
         * as text from this value on — where its type is decided, not later where the column is used.
         */
        private void reportFallback(ColumnAccumulator c, String column, int field) {
            String value = new String(c.fallbackText(), StandardCharsets.ISO_8859_1);
            String kind = c.fellBackFrom().name().toLowerCase(Locale.ROOT);
            problemAt(Severity.WARNING, scanner.starts[field],
                    "column '" + column + "' is read as text: its values were " + kind + " until this one"
                            + (value.matches("0[0-9]+") ? " (leading zeros are kept, so codes like " + value + " stay text)" : ""),
                    FallbackHint.of(value, options));
        }
    }
}
