package se.indikator.runtime.data;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Recognises missing values in field bytes: empty, {@code NA}, {@code .}, {@code NULL} and extra markers,
 * ignoring ASCII case; extra markers match in both UTF-8 and ISO-8859-1 spelling.
 */
final class MissingMarkers {

    private final byte[][] extras;

    MissingMarkers(List<String> extraMarkers) {
        List<byte[]> list = new ArrayList<>();
        for (String m : extraMarkers) {
            String t = m.strip();
            if (t.isEmpty()) continue;
            byte[] utf8 = t.getBytes(StandardCharsets.UTF_8);
            list.add(utf8);
            if (StandardCharsets.ISO_8859_1.newEncoder().canEncode(t)) {
                byte[] latin = t.getBytes(StandardCharsets.ISO_8859_1);
                if (!java.util.Arrays.equals(latin, utf8)) list.add(latin);
            }
        }
        this.extras = list.toArray(new byte[0][]);
    }

    boolean isMissing(byte[] b, int s, int e) {
        int n = e - s;
        if (n == 0) return true;
        if (n == 1 && b[s] == '.') return true;
        if (n == 2 && FieldParser.lower(b[s]) == 'n' && FieldParser.lower(b[s + 1]) == 'a') return true;
        if (n == 4 && FieldParser.lower(b[s]) == 'n' && FieldParser.lower(b[s + 1]) == 'u'
                && FieldParser.lower(b[s + 2]) == 'l' && FieldParser.lower(b[s + 3]) == 'l') return true;
        for (byte[] m : extras) {
            if (m.length == n && equalsIgnoreAsciiCase(m, b, s)) return true;
        }
        return false;
    }

    private static boolean equalsIgnoreAsciiCase(byte[] m, byte[] b, int s) {
        for (int i = 0; i < m.length; i++) {
            if (FieldParser.lower(m[i]) != FieldParser.lower(b[s + i])) return false;
        }
        return true;
    }
}
