package se.indikator.runtime.result;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes {@link ResultTable}s as one Excel workbook (.xlsx) with POI's streaming writer: one sheet per table
 * holding only its header and records — numbers as numeric cells at full precision with a display format that
 * fits the column, blanks for suppressed cells, text never as a formula, a bold frozen header and an
 * autofilter — and a last sheet, "Om tabellerna", with each table's sheet name, title and footnotes.
 */
public final class XlsxWriter {

    /** The name of the sheet that describes the tables. */
    public static final String ABOUT_SHEET = "Om tabellerna";

    private static final Set<String> COUNTS = Set.of("numerator", "denominator", "n", "events", "population",
            "count", "cases", "deaths", "persons", "antal", "täljare", "nämnare");

    private XlsxWriter() {
    }

    /** Writes {@code tables} to {@code file}, one sheet each in order, then the sheet that describes them. */
    public static void write(Path file, List<ResultTable> tables) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) Files.createDirectories(parent);
        SXSSFWorkbook wb = new SXSSFWorkbook(200);
        try {
            Styles styles = new Styles(wb);
            Set<String> used = new HashSet<>();
            used.add(ABOUT_SHEET.toLowerCase(Locale.ROOT));
            List<String> names = new ArrayList<>();
            for (int i = 0; i < tables.size(); i++) {
                String name = sheetName(tables.get(i).title(), i + 1, used);
                names.add(name);
                writeTable(wb, wb.createSheet(name), tables.get(i), styles);
            }
            writeAbout(wb, names, tables, styles);
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        } finally {
            wb.dispose();
            wb.close();
        }
    }

    /** The display formats of a workbook, made once. */
    private static final class Styles {
        final CellStyle header;
        final CellStyle count;
        final CellStyle whole;
        final CellStyle pValue;
        final List<CellStyle> decimals = new ArrayList<>();
        final CellStyle general;
        final CellStyle wrap;
        private final SXSSFWorkbook wb;
        private final DataFormat format;

        Styles(SXSSFWorkbook wb) {
            this.wb = wb;
            this.format = wb.createDataFormat();
            Font bold = wb.createFont();
            bold.setBold(true);
            header = wb.createCellStyle();
            header.setFont(bold);
            count = style("#,##0");
            whole = style("0");
            pValue = style("0.0000");
            general = wb.createCellStyle();
            wrap = wb.createCellStyle();
            wrap.setWrapText(true);
        }

        CellStyle style(String pattern) {
            CellStyle s = wb.createCellStyle();
            s.setDataFormat(format.getFormat(pattern));
            return s;
        }

        /** The style showing {@code n} decimals (at most 15), made on first use. */
        CellStyle decimals(int n) {
            int d = Math.max(0, Math.min(15, n));
            while (decimals.size() <= d) {
                int k = decimals.size();
                decimals.add(style(k == 0 ? "0" : "0." + "0".repeat(k)));
            }
            return decimals.get(d);
        }
    }

    private static void writeTable(SXSSFWorkbook wb, SXSSFSheet sheet, ResultTable t, Styles styles) {
        List<String> columns = t.columns();
        int width = columns.size();
        CellStyle[] formats = new CellStyle[width];
        int[] chars = new int[width];
        for (int c = 0; c < width; c++) {
            formats[c] = numberStyle(columns.get(c), t, c, styles);
            chars[c] = columns.get(c).length();
        }
        Row head = sheet.createRow(0);
        for (int c = 0; c < width; c++) {
            Cell cell = head.createCell(c);
            cell.setCellValue(columns.get(c));
            cell.setCellStyle(styles.header);
        }
        int r = 1;
        for (List<Object> values : t.rows()) {
            Row row = sheet.createRow(r++);
            for (int c = 0; c < width; c++) {
                Object v = values.get(c);
                if (v == null) continue;
                Cell cell = row.createCell(c);
                if (v instanceof Number n) {
                    double d = n.doubleValue();
                    if (Double.isNaN(d) || Double.isInfinite(d)) {
                        cell.setCellValue(Double.toString(d));
                    } else {
                        cell.setCellValue(d);
                        cell.setCellStyle(formats[c]);
                    }
                    chars[c] = Math.max(chars[c], Math.min(18, NumberFormat.machine(d).length()));
                } else {
                    String s = v.toString();
                    cell.setCellValue(s);
                    chars[c] = Math.max(chars[c], Math.min(60, s.length()));
                }
            }
        }
        sheet.createFreezePane(0, 1);
        if (width > 0) sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, width - 1));
        for (int c = 0; c < width; c++) {
            sheet.setColumnWidth(c, Math.min(255, chars[c] + 4) * 256);
        }
    }

    /** The display format of a numeric column: counts, p-values, whole numbers or the table's decimals. */
    private static CellStyle numberStyle(String column, ResultTable t, int c, Styles styles) {
        String name = column.toLowerCase(Locale.ROOT);
        boolean integral = true;
        for (List<Object> row : t.rows()) {
            if (row.get(c) instanceof Number n) {
                double d = n.doubleValue();
                if (d != Math.rint(d)) integral = false;
            }
        }
        if (name.equals("p") || name.startsWith("p_") || name.endsWith("_p")) return styles.pValue;
        if (integral && (COUNTS.contains(name) || name.startsWith("n_") || name.endsWith("_count")
                || name.endsWith("_n"))) {
            return styles.count;
        }
        if (integral && !isEstimate(name)) return styles.whole;
        return styles.decimals(t.decimals());
    }

    private static boolean isEstimate(String name) {
        return name.equals("value") || name.startsWith("lower") || name.startsWith("upper") || name.equals("national")
                || name.startsWith("deviation") || name.equals("estimate") || name.equals("rate");
    }

    /** The last sheet: per table its sheet name, title and footnotes, one footnote a row. */
    private static void writeAbout(SXSSFWorkbook wb, List<String> names, List<ResultTable> tables, Styles styles) {
        SXSSFSheet sheet = wb.createSheet(ABOUT_SHEET);
        Row head = sheet.createRow(0);
        String[] titles = {"blad", "titel", "fotnot"};
        for (int c = 0; c < titles.length; c++) {
            Cell cell = head.createCell(c);
            cell.setCellValue(titles[c]);
            cell.setCellStyle(styles.header);
        }
        int r = 1;
        for (int i = 0; i < tables.size(); i++) {
            ResultTable t = tables.get(i);
            List<String> notes = t.footnotes().isEmpty() ? List.of("") : t.footnotes();
            for (String note : notes) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(names.get(i));
                row.createCell(1).setCellValue(t.title() == null ? "" : t.title());
                if (!note.isEmpty()) {
                    Cell cell = row.createCell(2);
                    cell.setCellValue(note);
                    cell.setCellStyle(styles.wrap);
                }
            }
        }
        sheet.createFreezePane(0, 1);
        sheet.setColumnWidth(0, 32 * 256);
        sheet.setColumnWidth(1, 50 * 256);
        sheet.setColumnWidth(2, 100 * 256);
    }

    /** A valid, unique sheet name from a title: at most 31 characters, none of []:*?/\, not quoted. */
    static String sheetName(String title, int number, Set<String> used) {
        String base = title == null ? "" : title.replaceAll("[\\[\\]:*?/\\\\\\p{Cntrl}]", " ").strip()
                .replaceAll("\\s+", " ");
        while (base.startsWith("'")) base = base.substring(1).strip();
        while (base.endsWith("'")) base = base.substring(0, base.length() - 1).strip();
        if (base.isEmpty() || base.equalsIgnoreCase("history")) base = "Tabell " + number;
        if (base.length() > 31) base = cut(base, 31);
        String name = base;
        for (int k = 2; !used.add(name.toLowerCase(Locale.ROOT)); k++) {
            String suffix = " (" + k + ")";
            name = cut(base, 31 - suffix.length()) + suffix;
        }
        return name;
    }

    /** The first {@code n} characters of {@code s} (fewer rather than half a surrogate pair), stripped. */
    private static String cut(String s, int n) {
        if (s.length() <= n) return s;
        int end = Character.isHighSurrogate(s.charAt(n - 1)) ? n - 1 : n;
        return s.substring(0, end).strip();
    }
}
