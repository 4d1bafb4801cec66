package se.indikator.runtime.data;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;
import se.indikator.runtime.progress.ProgressListener;

/**
 * Reads one sheet of an Excel workbook (.xlsx, .xlsm) into a {@link Dataset} with POI's streaming reader,
 * so that a large sheet is never held in memory as a workbook: the sheet's XML is read once, its cells
 * become the text the CSV reader's type inference reads, and problems name the sheet, row and column.
 */
public final class ExcelReader {

    private ExcelReader() {
    }

    /**
     * Reads the sheet, range and header row that {@code options} name from {@code file}; {@code displayPath}
     * names the file in problems and becomes the dataset's source. Progress is reported in bytes of the
     * sheet's XML as the task "reading DISPLAYPATH".
     */
    public static LoadResult read(Path file, String displayPath, ReadOptions options, ProgressListener progress) {
        if (!Files.exists(file)) {
            return failure(displayPath, 0, 0, displayPath, "file not found: " + displayPath,
                    FileHints.missingFileHint(file, displayPath));
        }
        if (Files.isDirectory(file)) {
            return failure(displayPath, 0, 0, displayPath, displayPath + " is a folder, not a file",
                    "give the path of an .xlsx workbook in it");
        }
        String task = "reading " + displayPath;
        try {
            Optional<LoadResult> notOoxml = checkContainer(file, displayPath);
            if (notOoxml.isPresent()) return notOoxml.get();
            try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
                return readPackage(pkg, file, displayPath, options, progress, task);
            }
        } catch (Exception e) {
            return failure(displayPath, 0, 0, displayPath, displayPath + " could not be read as an Excel workbook: "
                    + reason(e), "open it in a spreadsheet program and save it again as an Excel workbook (.xlsx)");
        } finally {
            progress.finished(task);
        }
    }

    /** A problem when the file is a password-protected workbook or an old binary (.xls) one. */
    private static Optional<LoadResult> checkContainer(Path file, String display) throws IOException {
        FileMagic magic;
        try (InputStream in = FileMagic.prepareToCheckMagic(Files.newInputStream(file))) {
            magic = FileMagic.valueOf(in);
        }
        if (magic == FileMagic.OOXML) return Optional.empty();
        if (magic == FileMagic.OLE2) {
            boolean encrypted;
            try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
                encrypted = fs.getRoot().hasEntry("EncryptedPackage");
            }
            if (encrypted) {
                return Optional.of(failure(display, 0, 0, display, display + " is protected by a password",
                        "open it in a spreadsheet program, remove the password (File, Info, Protect workbook) "
                                + "and save a copy without one"));
            }
            return Optional.of(failure(display, 0, 0, display, display + " is an old Excel workbook (.xls), "
                    + "which is not read", "save it as an Excel workbook (.xlsx) or as CSV"));
        }
        return Optional.of(failure(display, 0, 0, display, display + " is not an Excel workbook (.xlsx)",
                "save the data as an Excel workbook (.xlsx) or as CSV"));
    }

    private static LoadResult readPackage(OPCPackage pkg, Path file, String display, ReadOptions options,
                                          ProgressListener progress, String task) throws Exception {
        XSSFReader reader = new XSSFReader(pkg);
        boolean date1904 = date1904(reader);
        List<String> names = new ArrayList<>();
        List<PackagePart> parts = new ArrayList<>();
        XSSFReader.SheetIterator sheets = reader.getSheetIterator();
        while (sheets.hasNext()) {
            sheets.next().close();
            names.add(sheets.getSheetName());
            parts.add(sheets.getSheetPart());
        }
        if (names.isEmpty()) {
            return failure(display, 0, 0, display, display + " has no sheets", "save the data in a sheet of the workbook");
        }
        int chosen = chooseSheet(names, options.sheet());
        if (chosen < 0) {
            String wanted = options.sheet().strip();
            boolean number = wanted.chars().allMatch(Character::isDigit);
            String message = number ? "the workbook has " + names.size() + (names.size() == 1 ? " sheet" : " sheets")
                    + ", so there is no sheet number " + wanted : "the workbook has no sheet named '" + wanted + "'";
            return failure(display, 0, 0, wanted, message, "the sheets are " + quoted(names)
                    + "; name one of them, or give its number from 1");
        }
        String sheet = names.get(chosen);
        ExcelRange range = new ExcelRange(1, ExcelRange.MAX_ROWS, 1, ExcelRange.MAX_COLUMNS);
        if (options.range() != null) {
            Optional<ExcelRange> parsed = ExcelRange.parse(options.range());
            if (parsed.isEmpty()) {
                return failure(display + " [" + sheet + "]", 0, 0, options.range(),
                        "'" + options.range() + "' is not a range of cells",
                        "write a range as its first and last cell, e.g. B3:F200 (or whole columns, e.g. B:F)");
            }
            range = parsed.get();
        }
        String problemFile = display + " [" + sheet + "]";
        ExcelTable table = new ExcelTable(problemFile, sheet, range, options.range() != null, options.headerRow(), options);
        ExcelSheetHandler handler = new ExcelSheetHandler(new ReadOnlySharedStringsTable(pkg, false),
                reader.getStylesTable(), date1904, table);
        PackagePart part = parts.get(chosen);
        long size = Math.max(part.getSize(), 0);
        try (InputStream in = new Counting(part.getInputStream(), progress, task, size)) {
            XMLReader xml = XMLHelper.newXMLReader();
            xml.setContentHandler(handler);
            xml.parse(new InputSource(in));
        } catch (IOException | RuntimeException | org.xml.sax.SAXException e) {
            return failure(problemFile, 0, 0, display, "sheet '" + sheet + "' of " + display + " could not be read: "
                    + reason(e), "open the workbook in a spreadsheet program and save it again");
        }
        return table.finish(CsvReader.datasetName(file), display, handler.merged());
    }

    /** The index of the sheet {@code wanted} names (null: the first), or -1. */
    static int chooseSheet(List<String> names, String wanted) {
        if (wanted == null) return 0;
        String w = wanted.strip();
        int exact = names.indexOf(w);
        if (exact >= 0) return exact;
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i).equalsIgnoreCase(w)) return i;
        }
        if (!w.isEmpty() && w.length() < 6 && w.chars().allMatch(Character::isDigit)) {
            int n = Integer.parseInt(w);
            return n >= 1 && n <= names.size() ? n - 1 : -1;
        }
        return -1;
    }

    private static String quoted(List<String> names) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
            if (i > 0) sb.append(i == names.size() - 1 ? " and " : ", ");
            sb.append("'").append(names.get(i)).append("'");
        }
        return sb.toString();
    }

    /** Whether the workbook counts dates from 1904 (old Mac workbooks) rather than 1900. */
    private static boolean date1904(XSSFReader reader) throws Exception {
        boolean[] result = new boolean[1];
        XMLReader xml = XMLHelper.newXMLReader();
        xml.setContentHandler(new DefaultHandler() {
            @Override
            public void startElement(String uri, String localName, String qName, Attributes atts) {
                if (localName.equals("workbookPr")) {
                    String v = atts.getValue("date1904");
                    result[0] = v != null && (v.equals("1") || v.equalsIgnoreCase("true"));
                }
            }
        });
        try (InputStream in = reader.getWorkbookData()) {
            xml.parse(new InputSource(in));
        }
        return result[0];
    }

    /** An input stream that reports the bytes read through it as progress. */
    private static final class Counting extends FilterInputStream {
        private final ProgressListener progress;
        private final String task;
        private final long total;
        private long done;
        private long reported;

        Counting(InputStream in, ProgressListener progress, String task, long total) {
            super(in);
            this.progress = progress;
            this.task = task;
            this.total = total;
            progress.progress(task, 0, total);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) count(1);
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) count(n);
            return n;
        }

        private void count(int n) {
            done += n;
            if (done - reported >= (1 << 20)) {
                reported = done;
                progress.progress(task, total > 0 ? Math.min(done, total) : done, Math.max(total, done));
            }
        }
    }

    private static String reason(Throwable e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m.strip();
    }

    private static LoadResult failure(String file, int line, int column, String text, String message, String hint) {
        return new LoadResult(Optional.empty(), List.of(new DataProblem(Severity.ERROR, file, line, column, text,
                message, hint)));
    }
}
