package se.indikator.stdlib.synth;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A fast writer of semicolon-separated UTF-8 rows with hand-formatted numbers: integers,
 * decimals with a decimal comma, ISO dates and booleans. It buffers bytes itself and never
 * formats through {@code String.format}, so that millions of rows are cheap.
 */
final class CsvWriter implements Closeable {

    private static final byte[] TRUE = "true".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] FALSE = "false".getBytes(StandardCharsets.US_ASCII);
    private static final long[] POW10 = {1L, 10L, 100L, 1000L, 10000L, 100000L, 1000000L};

    private final OutputStream out;
    private final byte[] buf = new byte[1 << 16];
    private final byte[] digits = new byte[20];
    private int pos;
    private long bytes;
    private long rows;

    CsvWriter(OutputStream out) {
        this.out = out;
    }

    /** Opens a writer on a new file, replacing any existing file. */
    static CsvWriter open(Path file) {
        try {
            return new CsvWriter(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the header line; it is not counted as a row. */
    void header(String line) {
        raw(line.getBytes(StandardCharsets.UTF_8));
        put((byte) '\n');
    }

    /** Writes the field separator. */
    CsvWriter sep() {
        put((byte) ';');
        return this;
    }

    /** Writes pre-encoded bytes as they are. */
    CsvWriter raw(byte[] b) {
        if (b.length > buf.length - pos) {
            flushBuffer();
            if (b.length > buf.length) {
                write(b, b.length);
                return this;
            }
        }
        System.arraycopy(b, 0, buf, pos, b.length);
        pos += b.length;
        return this;
    }

    /** Writes a text field (not for hot loops: it encodes on every call). */
    CsvWriter text(String s) {
        return raw(s.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes a boolean as true/false. */
    CsvWriter bool(boolean v) {
        return raw(v ? TRUE : FALSE);
    }

    /** Writes an integer in plain decimal notation. */
    CsvWriter integer(long v) {
        ensure(21);
        if (v < 0) {
            buf[pos++] = '-';
            if (v == Long.MIN_VALUE) {
                throw new IllegalArgumentException("value out of range");
            }
            v = -v;
        }
        int n = 0;
        do {
            digits[n++] = (byte) ('0' + (v % 10));
            v /= 10;
        } while (v != 0);
        while (n > 0) {
            buf[pos++] = digits[--n];
        }
        return this;
    }

    /** Writes an integer left-padded with zeros to the given width. */
    CsvWriter padded(long v, int width) {
        ensure(21);
        int n = 0;
        do {
            digits[n++] = (byte) ('0' + (v % 10));
            v /= 10;
        } while (v != 0);
        for (int i = n; i < width; i++) {
            buf[pos++] = '0';
        }
        while (n > 0) {
            buf[pos++] = digits[--n];
        }
        return this;
    }

    /** Writes a decimal number rounded half-up to the given decimals, with a decimal comma. */
    CsvWriter decimal(double v, int decimals) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            throw new IllegalArgumentException("not a finite number: " + v);
        }
        long scale = POW10[decimals];
        long scaled = Math.round(Math.abs(v) * scale);
        if (v < 0 && scaled != 0) {
            put((byte) '-');
        }
        integer(scaled / scale);
        if (decimals > 0) {
            put((byte) ',');
            padded(scaled % scale, decimals);
        }
        return this;
    }

    /** Writes the date of the given epoch day (days since 1970-01-01) as yyyy-MM-dd. */
    CsvWriter date(long epochDay) {
        // civil-from-days (H. Hinnant), proleptic Gregorian calendar
        long z = epochDay + 719468;
        long era = Math.floorDiv(z, 146097);
        long doe = z - era * 146097;
        long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
        long y = yoe + era * 400;
        long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        long mp = (5 * doy + 2) / 153;
        long d = doy - (153 * mp + 2) / 5 + 1;
        long m = mp < 10 ? mp + 3 : mp - 9;
        if (m <= 2) {
            y++;
        }
        padded(y, 4);
        put((byte) '-');
        padded(m, 2);
        put((byte) '-');
        padded(d, 2);
        return this;
    }

    /** Ends the current row. */
    void endRow() {
        put((byte) '\n');
        rows++;
    }

    /** Number of rows ended so far. */
    long rows() {
        return rows;
    }

    /** Number of bytes written so far, including the buffered ones. */
    long bytes() {
        return bytes + pos;
    }

    private void put(byte b) {
        if (pos == buf.length) {
            flushBuffer();
        }
        buf[pos++] = b;
    }

    private void ensure(int n) {
        if (buf.length - pos < n) {
            flushBuffer();
        }
    }

    private void flushBuffer() {
        write(buf, pos);
        pos = 0;
    }

    private void write(byte[] b, int len) {
        try {
            out.write(b, 0, len);
            bytes += len;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        flushBuffer();
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
