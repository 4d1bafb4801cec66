package se.indikator.runtime.session;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import se.indikator.runtime.ast.Stmt;
import se.indikator.runtime.data.DataProblem;
import se.indikator.runtime.data.Dataset;
import se.indikator.runtime.data.LoadResult;
import se.indikator.runtime.data.ReadOptions;
import se.indikator.runtime.diag.Diagnostic;
import se.indikator.runtime.diag.Diagnostics;
import se.indikator.runtime.diag.Severity;
import se.indikator.runtime.diag.SourceFile;
import se.indikator.runtime.diag.Span;
import se.indikator.runtime.model.Catalog;
import se.indikator.runtime.progress.ProgressListener;

/** The {@code data NAME = read "FILE" [options]} statement: the file read into the catalogue, its problems as diagnostics. */
final class DataStatement {
    private DataStatement() {
    }

    /**
     * Reads the file of {@code data} with its options ({@code separator}, {@code decimal}, {@code encoding},
     * missing markers) and puts the table in the catalogue, or marks the name broken; an unknown option,
     * a missing file and each problem in the file become diagnostics.
     */
    static void load(Stmt.Data data, Path baseDir, Catalog catalog, ProgressListener progress,
            java.util.Optional<se.indikator.runtime.data.CacheFolder> cache, java.util.Optional<LoadedData> loaded,
            Diagnostics d) {
        Path file;
        try {
            file = baseDir.resolve(data.path());
        } catch (java.nio.file.InvalidPathException e) {
            d.error("E137", data.pathSpan(), "this is not a file name: " + e.getReason(),
                    "write the file's path relative to the script's folder");
            catalog.putBrokenData(data.name().text(), data.span());
            return;
        }
        char sep = '\0';
        char dec = '\0';
        Charset cs = null;
        String sepOpt = data.options().get("separator");
        if (sepOpt != null) {
            if (sepOpt.equals("\\t") || sepOpt.equals("\t") || sepOpt.equalsIgnoreCase("tab")) {
                sep = '\t';
            } else if (sepOpt.length() == 1 && ",;|".contains(sepOpt)) {
                sep = sepOpt.charAt(0);
            } else {
                d.error("E130", data.span(), "unknown separator \"" + sepOpt + "\"", "use \",\", \";\" or \"tab\"");
            }
        }
        String decOpt = data.options().get("decimal");
        if (decOpt != null) {
            if (decOpt.equals(",") || decOpt.equals(".")) {
                dec = decOpt.charAt(0);
            } else {
                d.error("E130", data.span(), "unknown decimal mark \"" + decOpt + "\"", "use \",\" or \".\"");
            }
        }
        String encOpt = data.options().get("encoding");
        if (encOpt != null) {
            String e = encOpt.toLowerCase(Locale.ROOT);
            if (e.equals("utf-8") || e.equals("utf8")) {
                cs = StandardCharsets.UTF_8;
            } else if (e.equals("latin1") || e.equals("latin-1") || e.equals("iso-8859-1") || e.equals("windows-1252")
                    || e.equals("cp1252")) {
                cs = e.contains("1252") ? Charset.forName("windows-1252") : StandardCharsets.ISO_8859_1;
            } else {
                d.error("E130", data.span(), "unknown encoding \"" + encOpt + "\"", "use \"utf-8\" or \"latin1\"");
            }
        }
        ReadOptions options = workbookOptions(data, new ReadOptions(sep == '\0' ? null : sep, dec == '\0' ? null : dec,
                cs, data.missingMarkers(), thousands(data, dec, d), null, null, null), d);
        java.util.Optional<se.indikator.runtime.data.CacheFolder> folder = catalog.settings().cache() ? cache
                : java.util.Optional.empty();
        LoadResult r = loaded.map(l -> l.load(file, data.path(), options,
                () -> DataLoader.load(file, data.path(), options, progress, folder)))
                .orElseGet(() -> DataLoader.load(file, data.path(), options, progress, folder));
        boolean broken = false;
        for (DataProblem p : r.problems()) {
            if (p.line() == 0) { // about the file as a whole (not found, not read, no such sheet): at its name
                d.add(new Diagnostic(p.isError() ? Severity.ERROR : Severity.WARNING,
                        "E131", data.pathSpan(), p.message(), p.hint()));
                broken = true;
                continue;
            }
            SourceFile excerpt = new SourceFile(p.file(), p.line() > 0 && !p.offendingText().isEmpty()
                    ? "\n".repeat(p.line() - 1) + p.offendingText() : ""); // no excerpt without the line's text
            Span where = p.line() > 0 ? new Span(excerpt, p.line(), Math.max(1, p.column()), p.line(), Math.max(1, p.column()) + 1)
                    : new Span(excerpt, 0, 0, 0, 0);
            d.add(new Diagnostic(p.isError() ? Severity.ERROR : Severity.WARNING,
                    p.isError() ? "E132" : "W132", where, p.message(), p.hint()));
        }
        boolean fatal = broken;
        java.util.Optional<Dataset> renamed = r.dataset().filter(x -> !fatal).flatMap(x -> Renames.apply(x, data, d));
        if (renamed.isPresent()) {
            catalog.putData(renamed.get().withName(data.name().text()), data.span());
        } else {
            catalog.putBrokenData(data.name().text(), data.span());
        }
    }

    /**
     * Opens the Parquet files of a {@code data … = scan} statement where they lie, by {@code opener}, and puts the dataset
     * (its schema, its rows in the engine) in the catalogue, or marks the name broken; a problem with the files is
     * an error at their name.
     */
    static void scan(Stmt.Scan scan, Path baseDir, Catalog catalog, Diagnostics d,
            java.util.function.Function<Path, LoadResult> opener) {
        Path file;
        try {
            file = baseDir.resolve(scan.path());
        } catch (java.nio.file.InvalidPathException e) {
            d.error("E137", scan.pathSpan(), "this is not a file name: " + e.getReason(),
                    "write the file's path relative to the script's folder");
            catalog.putBrokenData(scan.name().text(), scan.span());
            return;
        }
        LoadResult r = opener.apply(file);
        for (DataProblem p : r.problems()) {
            d.add(new Diagnostic(p.isError() ? Severity.ERROR : Severity.WARNING, "E131", scan.pathSpan(), p.message(), p.hint()));
        }
        if (r.dataset().isPresent() && !r.hasErrors()) {
            catalog.putData(r.dataset().get(), scan.span());
        } else {
            catalog.putBrokenData(scan.name().text(), scan.span());
        }
    }

    /** The declared thousands separator: a space (any kind), a point, or none; null to detect. */
    private static Character thousands(Stmt.Data data, char dec, Diagnostics d) {
        String t = data.options().get("thousands");
        if (t == null) {
            return null;
        }
        if (t.equals(" ") || t.equals("\u00a0") || t.equals("\u202f") || t.equalsIgnoreCase("space")) {
            return ' ';
        }
        if (t.equals(".")) {
            if (dec == '.') {
                d.error("E130", data.span(), "the point cannot be both the decimal mark and the thousands separator",
                        "with thousands \".\" the decimal mark is the comma: write decimal \",\" or leave it out");
                return null;
            }
            return '.';
        }
        if (t.isEmpty() || t.equalsIgnoreCase("none")) {
            return ReadOptions.NO_THOUSANDS;
        }
        d.error("E130", data.span(), "unknown thousands separator \"" + t + "\"",
                "use thousands \" \" (a space, also a no-break space), thousands \".\" (with a decimal comma) or thousands \"none\"");
        return null;
    }

    /** The options with the workbook's sheet, range and header row, when the statement gives them. */
    private static ReadOptions workbookOptions(Stmt.Data data, ReadOptions options, Diagnostics d) {
        ReadOptions o = options;
        String sheet = data.options().get("sheet");
        String number = data.options().get("sheet number");
        if (sheet != null) {
            o = o.withSheet(sheet);
        } else if (number != null) {
            if (!number.matches("[1-9][0-9]{0,4}")) {
                d.error("E130", data.span(), "sheet " + number + " is not a sheet number", "sheets are numbered from 1: sheet 1, sheet 2, …");
            } else {
                o = o.withSheetNumber(Integer.parseInt(number));
            }
        }
        String range = data.options().get("range");
        if (range != null) {
            if (!range.matches("(?i)[A-Z]{1,3}[1-9][0-9]{0,6}(:[A-Z]{1,3}[1-9][0-9]{0,6})?|(?i)[A-Z]{1,3}:[A-Z]{1,3}")) {
                d.error("E130", data.span(), "the range \"" + range + "\" is not a cell range",
                        "write a range as in Excel, e.g. range \"B3:F200\" or range \"A:D\"");
            } else {
                o = o.withRange(range.toUpperCase(Locale.ROOT));
            }
        }
        String header = data.options().get("header");
        if (header != null) {
            if (!header.matches("[1-9][0-9]{0,6}")) {
                d.error("E130", data.span(), "header " + header + " is not a row number", "rows are numbered from 1: header 1, header 3, …");
            } else {
                o = o.withHeaderRow(Integer.parseInt(header));
            }
        }
        return o;
    }
}
