package se.indikator.runtime.data;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A SAX handler over one worksheet's XML that hands each row's cells to a {@link Rows} as text in the form
 * the CSV reader's type inference reads — numbers as their shortest exact text, date-formatted numbers as ISO
 * dates, booleans as {@code true}/{@code false} — and collects the merged cells that follow the rows.
 */
final class ExcelSheetHandler extends DefaultHandler {

    /** A cell with a value (its text, possibly empty). */
    static final byte VALUE = 0;
    /** A formula error cell ({@code #DIV/0!}, {@code #N/A} …); its text is the error. */
    static final byte ERROR = 1;
    /** A formula cell without a computed value (the workbook was not saved by a spreadsheet program). */
    static final byte NO_VALUE = 2;

    /** Receives the rows of a sheet in order. */
    interface Rows {
        /** Row {@code row} (from 1) with the handler's {@link #count()} cells. */
        void row(int row, ExcelSheetHandler cells);
    }

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final SharedStrings strings;
    private final StylesTable styles;
    private final boolean date1904;
    private final Rows rows;
    private final List<ExcelRange> merged = new ArrayList<>();
    private byte[] dateStyles = new byte[0];

    private int row;
    private int count;
    private int[] columns = new int[64];
    private byte[] kinds = new byte[64];
    private String[] texts = new String[64];

    private int column;
    private String type;
    private int style;
    private boolean formula;
    private boolean inValue;
    private boolean inInline;
    private boolean inPhonetic;
    private boolean hasValue;
    private final StringBuilder value = new StringBuilder();

    ExcelSheetHandler(SharedStrings strings, StylesTable styles, boolean date1904, Rows rows) {
        this.strings = strings;
        this.styles = styles;
        this.date1904 = date1904;
        this.rows = rows;
    }

    /** The number of cells of the current row. */
    int count() {
        return count;
    }

    /** The column (from 1) of cell {@code i} of the current row. */
    int column(int i) {
        return columns[i];
    }

    /** The kind ({@link #VALUE}, {@link #ERROR}, {@link #NO_VALUE}) of cell {@code i}. */
    byte kind(int i) {
        return kinds[i];
    }

    /** The text of cell {@code i}. */
    String text(int i) {
        return texts[i];
    }

    /** The merged cells of the sheet (known once the whole sheet is read). */
    List<ExcelRange> merged() {
        return merged;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
        switch (localName) {
            case "row" -> {
                String r = atts.getValue("r");
                row = r != null ? Integer.parseInt(r) : row + 1;
                count = 0;
                column = 0;
            }
            case "c" -> {
                String ref = atts.getValue("r");
                int c = 0;
                if (ref != null) {
                    int i = 0;
                    while (i < ref.length() && Character.isLetter(ref.charAt(i))) i++;
                    c = ExcelRange.column(ref, 0, i);
                }
                column = c > 0 ? c : column + 1;
                type = atts.getValue("t");
                String s = atts.getValue("s");
                style = s == null ? 0 : Integer.parseInt(s);
                formula = false;
                hasValue = false;
                value.setLength(0);
            }
            case "v" -> {
                inValue = true;
                hasValue = true;
            }
            case "f" -> formula = true;
            case "is" -> {
                inInline = true;
                hasValue = true;
            }
            case "rPh" -> inPhonetic = true;
            case "mergeCell" -> {
                String ref = atts.getValue("ref");
                if (ref != null) ExcelRange.parse(ref).ifPresent(merged::add);
            }
            default -> {
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (inValue || (inInline && !inPhonetic)) value.append(ch, start, length);
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        switch (localName) {
            case "v" -> inValue = false;
            case "is" -> inInline = false;
            case "rPh" -> inPhonetic = false;
            case "c" -> endCell();
            case "row" -> rows.row(row, this);
            default -> {
            }
        }
    }

    private void endCell() {
        if (!hasValue || (value.length() == 0 && !"inlineStr".equals(type) && !"str".equals(type))) {
            if (formula) add(NO_VALUE, "");
            return;
        }
        String v = value.toString();
        String t = type == null ? "n" : type;
        switch (t) {
            case "s" -> {
                int index = Integer.parseInt(v.strip());
                if (index < 0 || index >= strings.getCount()) {
                    throw new IllegalStateException("a cell refers to text number " + index
                            + ", which the workbook does not have");
                }
                add(VALUE, strings.getItemAt(index).getString());
            }
            case "inlineStr", "str" -> add(VALUE, v);
            case "b" -> add(VALUE, v.strip().equals("1") || v.strip().equalsIgnoreCase("true") ? "true" : "false");
            case "e" -> add(ERROR, v.strip());
            case "d" -> add(VALUE, isoDate(v.strip()));
            default -> {
                double d = Double.parseDouble(v.strip());
                add(VALUE, isDateStyle(style) && DateUtil.isValidExcelDate(d) ? dateText(d) : numberText(d));
            }
        }
    }

    private void add(byte kind, String text) {
        if (count == columns.length) {
            columns = Arrays.copyOf(columns, count * 2);
            kinds = Arrays.copyOf(kinds, count * 2);
            texts = Arrays.copyOf(texts, count * 2);
        }
        columns[count] = column;
        kinds[count] = kind;
        texts[count] = text;
        count++;
    }

    /** The shortest text that reads back as exactly {@code d}: integral values without a fraction. */
    static String numberText(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e15) return Long.toString((long) d);
        return Double.toString(d);
    }

    /** An Excel date number as ISO text: a date, a date and time, or a time of day below 1. */
    private String dateText(double d) {
        LocalDateTime t = DateUtil.getLocalDateTime(d, date1904, true);
        if (d >= 0 && d < 1 && d != 0) return t.toLocalTime().format(TIME);
        if (t.toLocalTime().toSecondOfDay() == 0) return t.toLocalDate().toString();
        return t.format(DATE_TIME);
    }

    /** An ISO 8601 date cell ({@code t="d"}) as a date, or a date and time when it has a time of day. */
    private static String isoDate(String v) {
        String s = v.endsWith("Z") ? v.substring(0, v.length() - 1) : v;
        int dot = s.indexOf('.');
        if (dot > 0) s = s.substring(0, dot);
        if (s.endsWith("T00:00:00")) return s.substring(0, s.length() - 9);
        return s;
    }

    private boolean isDateStyle(int s) {
        if (styles == null || s < 0) return false;
        if (s >= dateStyles.length) dateStyles = Arrays.copyOf(dateStyles, Math.max(s + 1, dateStyles.length * 2));
        if (dateStyles[s] == 0) {
            boolean date = false;
            if (s < styles.getNumCellStyles()) {
                XSSFCellStyle cs = styles.getStyleAt(s);
                String format = cs == null ? null : cs.getDataFormatString();
                date = format != null && DateUtil.isADateFormat(cs.getDataFormat(), format);
            }
            dateStyles[s] = (byte) (date ? 1 : 2);
        }
        return dateStyles[s] == 1;
    }
}
