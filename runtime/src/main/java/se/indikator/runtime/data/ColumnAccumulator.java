package se.indikator.runtime.data;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Collects one column's values while a file is read, inferring the type on the way: it starts with the
 * type of the first value and widens integers to decimals or falls back to text, keeping what it needs to
 * rebuild the earlier values as text, so that the file is read only once.
 */
final class ColumnAccumulator {

    private enum State { EMPTY, INTEGER, DECIMAL, DATE, BOOLEAN, TEXT }

    private final FieldParser parser;
    private State state = State.EMPTY;
    private int size;
    private int capacity;
    /** Values for INTEGER and DATE, spelling codes for BOOLEAN, label codes for TEXT. */
    private int[] ints;
    private double[] doubles;
    private byte[] metas;
    /** The labels for TEXT; the spellings of true/false for BOOLEAN. */
    private ByteDictionary dict;

    private State fellBackFrom;
    private int fallbackRow = -1;
    private byte[] fallbackText;

    ColumnAccumulator(FieldParser parser, int expectedRows) {
        this.parser = parser;
        this.capacity = Math.max(16, expectedRows);
    }

    int size() {
        return size;
    }

    /** Appends a missing value. */
    void addMissing() {
        switch (state) {
            case EMPTY: break;
            case DECIMAL:
                ensureDoubles();
                doubles[size] = Double.NaN;
                metas[size] = 0;
                break;
            case INTEGER: case DATE:
                ensureInts();
                ints[size] = IntColumn.MISSING;
                break;
            default:
                ensureInts();
                ints[size] = -1;
        }
        size++;
    }

    /** Appends the non-missing value in {@code b[s..e)}. */
    void add(byte[] b, int s, int e) {
        switch (state) {
            case INTEGER: {
                int kind = parser.parseNumber(b, s, e);
                if (kind == FieldParser.INTEGER) {
                    ensureInts();
                    noteGrouping();
                    ints[size++] = parser.intValue;
                    return;
                }
                if (kind == FieldParser.DECIMAL) {
                    integersToDecimals();
                    addDecimal();
                    return;
                }
                toText(b, s, e);
                break;
            }
            case DECIMAL: {
                if (parser.parseNumber(b, s, e) != FieldParser.NOT_NUMBER) {
                    addDecimal();
                    return;
                }
                toText(b, s, e);
                break;
            }
            case DATE: {
                int day = FieldParser.parseDate(b, s, e);
                if (day != IntColumn.MISSING) {
                    ensureInts();
                    ints[size++] = day;
                    return;
                }
                toText(b, s, e);
                break;
            }
            case BOOLEAN: {
                if (FieldParser.parseBoolean(b, s, e) >= 0) {
                    ensureInts();
                    ints[size++] = dict.intern(b, s, e);
                    return;
                }
                toText(b, s, e);
                break;
            }
            case TEXT:
                break;
            default:
                start(b, s, e);
                return;
        }
        ensureInts();
        ints[size++] = dict.intern(b, s, e);
    }

    private void start(byte[] b, int s, int e) {
        int missing = size;
        int kind = parser.parseNumber(b, s, e);
        if (kind == FieldParser.INTEGER) {
            state = State.INTEGER;
        } else if (kind == FieldParser.DECIMAL) {
            state = State.DECIMAL;
        } else if (FieldParser.parseDate(b, s, e) != IntColumn.MISSING) {
            state = State.DATE;
        } else if (FieldParser.parseBoolean(b, s, e) >= 0) {
            state = State.BOOLEAN;
            dict = new ByteDictionary();
        } else {
            state = State.TEXT;
            dict = new ByteDictionary();
        }
        size = 0;
        for (int i = 0; i < missing; i++) addMissing();
        add(b, s, e);
    }

    /** The first row whose number is beyond what a double holds (e.g. 1e400), or -1. */
    int firstInfiniteRow = -1;

    /** Remembers that the value about to be added at {@code size} was written with thousands separators. */
    private void noteGrouping() {
        if (!parser.grouped) return;
        if (groupedRows == null) {
            groupedRows = new int[16];
            groupSeparator = parser.groupSeparator;
        } else if (groupedCount == groupedRows.length) {
            groupedRows = Arrays.copyOf(groupedRows, groupedCount * 2);
        }
        groupedRows[groupedCount++] = size;
    }

    /** The text of row {@code row}'s number as written: grouped again when it was read with separators. */
    private byte[] written(int row, byte[] plain) {
        if (groupedCount > 0 && Arrays.binarySearch(groupedRows, 0, groupedCount, row) >= 0) {
            return FieldParser.regroup(plain, groupSeparator);
        }
        return plain;
    }

    /** The rows (ascending) whose numbers were written with thousands separators, and how many. */
    private int[] groupedRows;
    private int groupedCount;
    private byte[] groupSeparator;

    /** Whether any value of this column was written with thousands separators. */
    boolean sawThousands() {
        return groupedCount > 0;
    }

    private void addDecimal() {
        noteGrouping();
        if (firstInfiniteRow < 0 && Double.isInfinite(parser.doubleValue)) {
            firstInfiniteRow = size;
        }
        ensureDoubles();
        doubles[size] = parser.doubleValue;
        metas[size] = parser.meta;
        size++;
    }

    private void integersToDecimals() {
        doubles = new double[Math.max(capacity, size + 1)];
        metas = new byte[doubles.length];
        for (int i = 0; i < size; i++) {
            int v = ints[i];
            doubles[i] = v == IntColumn.MISSING ? Double.NaN : v;
        }
        capacity = doubles.length;
        ints = null;
        state = State.DECIMAL;
    }

    private void toText(byte[] b, int s, int e) {
        fellBackFrom = state;
        fallbackRow = size;
        fallbackText = Arrays.copyOfRange(b, s, e);
        if (state == State.BOOLEAN) {
            state = State.TEXT;
            return;
        }
        ByteDictionary labels = new ByteDictionary();
        if (state == State.DECIMAL) {
            int[] codes = new int[capacity];
            for (int i = 0; i < size; i++) {
                double v = doubles[i];
                codes[i] = Double.isNaN(v) ? -1 : labels.intern(written(i, FieldParser.decimalText(v, metas[i])));
            }
            ints = codes;
            doubles = null;
            metas = null;
        } else {
            for (int i = 0; i < size; i++) {
                int v = ints[i];
                if (v == IntColumn.MISSING) {
                    ints[i] = -1;
                } else {
                    String text = state == State.DATE ? java.time.LocalDate.ofEpochDay(v).toString() : Integer.toString(v);
                    ints[i] = labels.intern(written(i, text.getBytes(StandardCharsets.US_ASCII)));
                }
            }
        }
        dict = labels;
        state = State.TEXT;
    }

    private void ensureInts() {
        if (ints == null) {
            ints = new int[capacity];
        } else if (size == ints.length) {
            capacity = ints.length + (ints.length >> 1) + 16;
            ints = Arrays.copyOf(ints, capacity);
        }
    }

    private void ensureDoubles() {
        if (doubles == null) {
            doubles = new double[capacity];
            metas = new byte[capacity];
        } else if (size == doubles.length) {
            capacity = doubles.length + (doubles.length >> 1) + 16;
            doubles = Arrays.copyOf(doubles, capacity);
            metas = Arrays.copyOf(metas, capacity);
        }
    }

    /** Whether this column's text is valid UTF-8 (always true for non-text columns). */
    boolean isValidUtf8() {
        return state != State.TEXT || dict.isValidUtf8();
    }

    /** The type the column had before it fell back to text, or null if it did not. */
    ColumnType fellBackFrom() {
        if (fellBackFrom == null) return null;
        switch (fellBackFrom) {
            case INTEGER: return ColumnType.INTEGER;
            case DECIMAL: return ColumnType.DECIMAL;
            case DATE: return ColumnType.DATE;
            default: return ColumnType.BOOLEAN;
        }
    }

    /** The row whose value made the column fall back to text, or -1. */
    int fallbackRow() {
        return fallbackRow;
    }

    /** The value that made the column fall back to text, or null. */
    byte[] fallbackText() {
        return fallbackText;
    }

    /** The finished column, decoding text with {@code charset}. */
    Column build(String name, Charset charset) {
        switch (state) {
            case EMPTY: {
                int[] codes = new int[size];
                Arrays.fill(codes, -1);
                return TextColumn.fromCodes(name, new String[0], codes, size);
            }
            case INTEGER:
                return IntColumn.fromValues(name, ColumnType.INTEGER, ints, size);
            case DATE:
                return IntColumn.fromValues(name, ColumnType.DATE, ints, size);
            case DECIMAL:
                return DoubleColumn.fromValues(name, doubles, size);
            case BOOLEAN: {
                byte[] truth = new byte[dict.size()];
                String[] spellings = dict.decodeAll(StandardCharsets.US_ASCII);
                for (int i = 0; i < truth.length; i++) truth[i] = (byte) (spellings[i].equalsIgnoreCase("true") ? 1 : 0);
                int[] values = new int[size];
                for (int i = 0; i < size; i++) {
                    int c = ints[i];
                    values[i] = c < 0 ? IntColumn.MISSING : truth[c];
                }
                return IntColumn.fromValues(name, ColumnType.BOOLEAN, values, size);
            }
            default:
                return TextColumn.fromCodes(name, dict.decodeAll(charset), ints, size);
        }
    }
}
