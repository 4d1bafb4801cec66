package se.indikator.runtime.session;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The size written in {@code set engine memory "4GB"}: a number and a unit — KB, MB, GB, TB (powers of 1000) or
 * KiB, MiB, GiB, TiB (powers of 1024), in any case, a space between them allowed — as a number of bytes.
 */
final class EngineMemory {
    /** The least memory DuckDB is given: below it, it cannot read a row group of Parquet. */
    static final long LEAST = 64L * 1000 * 1000;

    private static final Pattern SIZE = Pattern.compile("\\s*([0-9]+(?:[.,][0-9]+)?)\\s*([kmgt])(i?)b\\s*");

    private EngineMemory() {
    }

    /** The number of bytes of {@code text}, or -1 when it is not a size. */
    static long bytes(String text) {
        Matcher m = SIZE.matcher(text.toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            return -1;
        }
        int power = "kmgt".indexOf(m.group(2).charAt(0)) + 1;
        BigDecimal unit = BigDecimal.valueOf(m.group(3).isEmpty() ? 1000 : 1024).pow(power);
        BigDecimal size = new BigDecimal(m.group(1).replace(',', '.')).multiply(unit);
        return size.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0 ? -1 : size.longValue();
    }
}
