package se.indikator.runtime.data;

import java.nio.charset.Charset;
import java.util.List;

/**
 * How to read a CSV file: separator (',' ';' or tab; 0 detects it), decimal mark ('.' or ','; 0 detects
 * it), encoding (null detects UTF-8 or ISO-8859-1) and extra texts that mean missing.
 */
public record ReadOptions(char separator, char decimal, Charset encoding, List<String> missingMarkers) {
    public static final ReadOptions DETECT = new ReadOptions('\0', '\0', null, List.of());

    public ReadOptions {
        missingMarkers = List.copyOf(missingMarkers);
    }
}
