package se.indikator.runtime.data;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An immutable column of categorical text, dictionary encoded in order of first appearance, with codes
 * stored in the narrowest of {@code byte[]} (at most 127 labels), {@code short[]} (at most 32767) or
 * {@code int[]}.
 */
public final class TextColumn implements Column {

    private final String name;
    private final String[] labels;
    private final Map<String, Integer> index;
    private final int size;
    private final byte[] bytes;
    private final short[] shorts;
    private final int[] ints;
    private final int missingCount;

    private TextColumn(String name, String[] labels, Map<String, Integer> index, int size,
                       byte[] bytes, short[] shorts, int[] ints, int missingCount) {
        this.name = name;
        this.labels = labels;
        this.index = index;
        this.size = size;
        this.bytes = bytes;
        this.shorts = shorts;
        this.ints = ints;
        this.missingCount = missingCount;
    }

    /**
     * Builds a column from the first {@code size} codes (-1 for missing) into {@code labels}, which must be
     * distinct. Neither array is kept.
     */
    static TextColumn fromCodes(String name, String[] labels, int[] codes, int size) {
        Objects.requireNonNull(name, "name");
        String[] dict = labels.clone();
        Map<String, Integer> index = new HashMap<>(dict.length * 2);
        for (int i = 0; i < dict.length; i++) {
            if (index.put(Objects.requireNonNull(dict[i]), i) != null) {
                throw new IllegalArgumentException("duplicate label " + dict[i]);
            }
        }
        int missing = 0;
        for (int i = 0; i < size; i++) {
            int c = codes[i];
            if (c == -1) missing++;
            else if (c < 0 || c >= dict.length) throw new IllegalArgumentException("code out of range: " + c);
        }
        if (dict.length <= Byte.MAX_VALUE) {
            byte[] b = new byte[size];
            for (int i = 0; i < size; i++) b[i] = (byte) codes[i];
            return new TextColumn(name, dict, index, size, b, null, null, missing);
        }
        if (dict.length <= Short.MAX_VALUE) {
            short[] s = new short[size];
            for (int i = 0; i < size; i++) s[i] = (short) codes[i];
            return new TextColumn(name, dict, index, size, null, s, null, missing);
        }
        return new TextColumn(name, dict, index, size, null, null, Arrays.copyOf(codes, size), missing);
    }

    /** The raw storage, for the binary cache: one of the three arrays is non-null. */
    Object storage() {
        return bytes != null ? bytes : shorts != null ? (Object) shorts : ints;
    }

    String[] dictionary() {
        return labels;
    }

    /** A column over storage read back from the binary cache (the arrays are kept). */
    static TextColumn fromStorage(String name, String[] labels, Object storage, int size, int missing) {
        Map<String, Integer> index = new HashMap<>(labels.length * 2);
        for (int i = 0; i < labels.length; i++) {
            index.put(labels[i], i);
        }
        return new TextColumn(name, labels, index, size, storage instanceof byte[] b ? b : null,
                storage instanceof short[] s ? s : null, storage instanceof int[] i ? i : null, missing);
    }

    /** A column of the given labels; {@code null} is missing. */
    public static TextColumn of(String name, String... values) {
        Builder b = new Builder(name);
        for (String v : values) b.add(v);
        return b.build();
    }

    /** The codes when stored in bytes, for the package's kernels that read them where they lie (else null). */
    byte[] byteCodes() {
        return bytes;
    }

    /**
     * Counts rows into a histogram in the same pass that reads their codes: {@code hist[base[i] + table[code + 1]]++}
     * for the rows {@code from} to {@code to} ({@code i} counting from 0, a missing value's code -1; no base when
     * {@code base} is null).
     */
    public void tally(int from, int to, int[] table, int[] base, int[] hist) {
        Objects.checkFromToIndex(from, to, size);
        if (bytes != null) {
            byte[] b = bytes;
            if (base == null) {
                for (int r = from; r < to; r++) {
                    hist[table[b[r] + 1]]++;
                }
            } else {
                for (int r = from, i = 0; r < to; r++, i++) {
                    hist[base[i] + table[b[r] + 1]]++;
                }
            }
        } else if (shorts != null) {
            short[] s = shorts;
            for (int r = from, i = 0; r < to; r++, i++) {
                hist[(base == null ? 0 : base[i]) + table[s[r] + 1]]++;
            }
        } else {
            int[] c = ints;
            for (int r = from, i = 0; r < to; r++, i++) {
                hist[(base == null ? 0 : base[i]) + table[c[r] + 1]]++;
            }
        }
    }

    /** The codes of rows {@code from} (inclusive) to {@code to} (exclusive) into {@code out[0 …]}, -1 for missing. */
    public void codes(int from, int to, int[] out) {
        Objects.checkFromToIndex(from, to, size);
        if (bytes != null) {
            byte[] b = bytes;
            for (int r = from, i = 0; r < to; r++, i++) {
                out[i] = b[r];
            }
        } else if (shorts != null) {
            short[] s = shorts;
            for (int r = from, i = 0; r < to; r++, i++) {
                out[i] = s[r];
            }
        } else {
            System.arraycopy(ints, from, out, 0, to - from);
        }
    }

    /** The dictionary code of the value in {@code row}, or -1 when missing. */
    public int code(int row) {
        Objects.checkIndex(row, size);
        if (bytes != null) return bytes[row];
        if (shorts != null) return shorts[row];
        return ints[row];
    }

    /** The label with dictionary code {@code code}. */
    public String label(int code) {
        return labels[code];
    }

    /** The number of distinct labels. */
    public int dictionarySize() {
        return labels.length;
    }

    /** The code of {@code label}, or -1 when it does not occur. */
    public int codeOf(String label) {
        Integer c = index.get(label);
        return c == null ? -1 : c;
    }

    /** The labels in code order. */
    public List<String> labels() {
        return List.of(labels);
    }

    /** The value in {@code row}, or {@code null} when missing. */
    public String get(int row) {
        int c = code(row);
        return c < 0 ? null : labels[c];
    }

    /** The width in bits of the code storage chosen: 8, 16 or 32. */
    int storageBits() {
        return bytes != null ? 8 : shorts != null ? 16 : 32;
    }

    @Override public String name() { return name; }
    @Override public int size() { return size; }
    @Override public boolean isMissing(int row) { return code(row) < 0; }
    @Override public int missingCount() { return missingCount; }
    @Override public ColumnType type() { return ColumnType.TEXT; }

    @Override
    public String format(int row) {
        int c = code(row);
        return c < 0 ? "" : labels[c];
    }

    @Override
    public TextColumn withName(String newName) {
        return new TextColumn(Objects.requireNonNull(newName), labels, index, size, bytes, shorts, ints, missingCount);
    }

    @Override
    public String toString() {
        return "TextColumn[" + name + ", " + size + " rows, " + labels.length + " labels]";
    }

    /** A growable builder of a {@link TextColumn}. */
    public static final class Builder {
        private final String name;
        private final Map<String, Integer> index = new HashMap<>();
        private String[] labels = new String[8];
        private int[] codes = new int[16];
        private int size;

        /** A builder of a column named {@code name}. */
        public Builder(String name) {
            this.name = Objects.requireNonNull(name, "name");
        }

        /** Appends a label; {@code null} appends a missing value. */
        public Builder add(String label) {
            int code = -1;
            if (label != null) {
                Integer known = index.get(label);
                if (known == null) {
                    code = index.size();
                    index.put(label, code);
                    if (code == labels.length) labels = Arrays.copyOf(labels, code * 2);
                    labels[code] = label;
                } else {
                    code = known;
                }
            }
            if (size == codes.length) codes = Arrays.copyOf(codes, size * 2);
            codes[size++] = code;
            return this;
        }

        /** Appends a missing value. */
        public Builder addMissing() {
            return add(null);
        }

        /** The column built from the labels appended so far. */
        public TextColumn build() {
            return fromCodes(name, Arrays.copyOf(labels, index.size()), codes, size);
        }
    }
}
