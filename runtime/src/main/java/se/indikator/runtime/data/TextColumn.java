package se.indikator.runtime.data;

import java.util.HashMap;
import java.util.Map;

/**
 * Categorical text, dictionary-encoded in order of first appearance; codes are stored in the
 * narrowest array that fits the dictionary (byte up to 127 labels, short up to 32 767, else int);
 * code -1 is missing. Example: a region column of 10 million rows with 21 labels takes 10 MB.
 */
public final class TextColumn implements Column {
    private final String name;
    private final String[] dictionary;
    private final byte[] bytes;
    private final short[] shorts;
    private final int[] ints;
    private final int size;
    private final int missing;
    private final Map<String, Integer> index = new HashMap<>();

    TextColumn(String name, String[] dictionary, int[] codes, int size) {
        this.name = name;
        this.dictionary = dictionary;
        this.size = size;
        int m = 0;
        if (dictionary.length <= Byte.MAX_VALUE) {
            bytes = new byte[size];
            for (int i = 0; i < size; i++) {
                bytes[i] = (byte) codes[i];
                if (codes[i] < 0) {
                    m++;
                }
            }
            shorts = null;
            ints = null;
        } else if (dictionary.length <= Short.MAX_VALUE) {
            shorts = new short[size];
            for (int i = 0; i < size; i++) {
                shorts[i] = (short) codes[i];
                if (codes[i] < 0) {
                    m++;
                }
            }
            bytes = null;
            ints = null;
        } else {
            ints = java.util.Arrays.copyOf(codes, size);
            for (int i = 0; i < size; i++) {
                if (codes[i] < 0) {
                    m++;
                }
            }
            bytes = null;
            shorts = null;
        }
        this.missing = m;
        for (int k = 0; k < dictionary.length; k++) {
            index.put(dictionary[k], k);
        }
    }

    /** A text column from values; {@code null} is missing. */
    public static TextColumn of(String name, String... values) {
        Map<String, Integer> dict = new java.util.LinkedHashMap<>();
        int[] codes = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            codes[i] = values[i] == null ? -1 : dict.computeIfAbsent(values[i], k -> dict.size());
        }
        return new TextColumn(name, dict.keySet().toArray(new String[0]), codes, values.length);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int size() {
        return size;
    }

    public int code(int row) {
        if (bytes != null) {
            return bytes[row];
        }
        return shorts != null ? shorts[row] : ints[row];
    }

    public String label(int code) {
        return dictionary[code];
    }

    public int dictionarySize() {
        return dictionary.length;
    }

    public int codeOf(String label) {
        Integer k = index.get(label);
        return k == null ? -1 : k;
    }

    /** Bits per stored code: 8, 16 or 32. */
    int storageBits() {
        return bytes != null ? 8 : shorts != null ? 16 : 32;
    }

    @Override
    public boolean isMissing(int row) {
        return code(row) < 0;
    }

    @Override
    public int missingCount() {
        return missing;
    }

    @Override
    public ColumnType type() {
        return ColumnType.TEXT;
    }

    @Override
    public String format(int row) {
        int c = code(row);
        return c < 0 ? "" : dictionary[c];
    }
}
