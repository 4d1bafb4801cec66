package se.indikator.runtime.data;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads CSV/TSV files with a header into a {@link Dataset}: detects the separator (',' ';' tab), the
 * decimal mark and the encoding (UTF-8, else ISO-8859-1), handles quoted fields, infers each column's
 * type over all rows (codes with leading zeros such as region "01" stay text), and reports every
 * malformed row with its line and column while reading on.
 */
public final class CsvReader {
    private static final int MAX_PROBLEMS = 50;

    private CsvReader() {
    }

    public static LoadResult read(Path file, String displayPath, ReadOptions options) {
        List<DataProblem> problems = new ArrayList<>();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            problems.add(new DataProblem(true, displayPath, 0, 0, displayPath, "file not found: " + displayPath,
                    FileHints.similar(file)));
            return new LoadResult(java.util.Optional.empty(), problems);
        } catch (IOException e) {
            problems.add(new DataProblem(true, displayPath, 0, 0, displayPath, "cannot read " + displayPath + ": "
                    + e.getMessage(), "check that it is a readable file"));
            return new LoadResult(java.util.Optional.empty(), problems);
        }
        String text = decode(bytes, options);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            problems.add(new DataProblem(true, displayPath, 1, 1, "", "the file is empty", "a CSV file needs a header line"));
            return new LoadResult(java.util.Optional.empty(), problems);
        }
        char sep = options.separator() != '\0' ? options.separator() : detectSeparator(text);
        Records records = Records.split(text, sep, displayPath, problems, MAX_PROBLEMS);
        String[] header = records.header();
        Set<String> seen = new HashSet<>();
        boolean headerOk = true;
        for (int c = 0; c < header.length; c++) {
            String h = header[c].trim();
            header[c] = h;
            if (h.isEmpty()) {
                problems.add(new DataProblem(true, displayPath, 1, records.headerColumn(c), "", "column " + (c + 1)
                        + " of the header has no name", "give every column a name"));
                headerOk = false;
            } else if (!seen.add(h)) {
                problems.add(new DataProblem(true, displayPath, 1, records.headerColumn(c), h, "the header names '" + h
                        + "' twice", "rename one of them"));
                headerOk = false;
            }
        }
        if (!headerOk) {
            return new LoadResult(java.util.Optional.empty(), problems);
        }
        if (records.rows() == 0 && problems.stream().noneMatch(DataProblem::error)) {
            problems.add(new DataProblem(false, displayPath, 1, 1, "", "the file has a header but no rows", null));
        }
        Set<String> missing = new HashSet<>(List.of("", "NA", "N/A", ".", "NULL", "NAN"));
        options.missingMarkers().forEach(m -> missing.add(m.toUpperCase(Locale.ROOT)));
        char decimal = options.decimal() != '\0' ? options.decimal() : sep == ',' ? '.' : '\0';
        List<Column> columns = new ArrayList<>();
        for (int c = 0; c < header.length; c++) {
            columns.add(ColumnParser.parse(header[c], records, c, missing, decimal));
        }
        return new LoadResult(java.util.Optional.of(new Dataset(displayPath, displayPath, columns, records.rows(),
                records.lines())), problems);
    }

    static String decode(byte[] bytes, ReadOptions options) {
        if (options.encoding() != null) {
            return new String(bytes, options.encoding());
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
    }

    static char detectSeparator(String text) {
        int end = text.indexOf('\n');
        String line = end < 0 ? text : text.substring(0, end);
        int semi = 0;
        int comma = 0;
        int tab = 0;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (ch == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                if (ch == ';') {
                    semi++;
                } else if (ch == ',') {
                    comma++;
                } else if (ch == '\t') {
                    tab++;
                }
            }
        }
        if (tab > semi && tab > comma) {
            return '\t';
        }
        return semi >= comma && semi > 0 ? ';' : ',';
    }
}
