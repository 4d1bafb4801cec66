package se.indikator.runtime.data;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into records and fields, reading in large chunks: quoted fields may hold
 * separators, doubled quotes and line breaks; field positions point into {@link #buf} and stay valid
 * until the next call to {@link #next()}. Blank lines are skipped; lines are counted from 1.
 */
final class CsvScanner {

    static final int RECORD = 0;
    static final int END = 1;
    static final int UNTERMINATED = 2;
    private static final int NEED_MORE = -1;

    /** A quoted field running over more lines than this is taken to be an unterminated quote. */
    static final int MAX_QUOTED_LINES = 10_000;

    /** Field kinds: plain bytes, the inside of quotes, or raw bytes needing {@link #unescape}. */
    static final byte PLAIN = 0;
    static final byte QUOTED = 1;
    static final byte ESCAPED = 2;

    private final InputStream in;
    private byte sep = ',';
    byte[] buf;
    private int pos;
    private int limit;
    private boolean eof;
    private int line = 1;
    private long bytesRead;

    int fieldCount;
    int[] starts = new int[16];
    int[] ends = new int[16];
    byte[] kinds = new byte[16];
    int recordStart;
    int recordEnd;
    int recordLine;
    /** For UNTERMINATED: the offset in {@link #buf} of the opening quote. */
    int quoteOffset;

    CsvScanner(InputStream in, int bufferSize) {
        this.in = in;
        this.buf = new byte[bufferSize];
    }

    /** Reads until the buffer is full or the input ends; returns the number of bytes buffered. */
    int fillInitial() throws IOException {
        while (!eof && limit < buf.length) readSome();
        return limit;
    }

    /** Whether the whole input is in the buffer. */
    boolean atEof() {
        return eof;
    }

    /** Skips a UTF-8 byte-order mark at the start; returns whether there was one. */
    boolean skipBom() {
        if (limit >= 3 && (buf[0] & 0xFF) == 0xEF && (buf[1] & 0xFF) == 0xBB && (buf[2] & 0xFF) == 0xBF) {
            pos = 3;
            return true;
        }
        return false;
    }

    int position() {
        return pos;
    }

    int limit() {
        return limit;
    }

    void setSeparator(byte separator) {
        this.sep = separator;
    }

    /** Scans the next record: RECORD, END of input, or UNTERMINATED quote (then call {@link #skipLine()}). */
    int next() throws IOException {
        while (true) {
            int r = scan();
            if (r != NEED_MORE) return r;
            fill();
        }
    }

    /** After UNTERMINATED: skips the first line of the bad record and continues after it. */
    void skipLine() {
        int p = recordStart;
        while (p < limit && buf[p] != '\n' && buf[p] != '\r') p++;
        if (p < limit && buf[p] == '\r') {
            p++;
            if (p < limit && buf[p] == '\n') p++;
        } else if (p < limit) {
            p++;
        }
        pos = p;
        line = recordLine + 1;
    }

    private int scan() {
        int p = pos;
        // skip blank lines
        while (true) {
            if (p >= limit) {
                if (eof) return END;
                return NEED_MORE;
            }
            byte c = buf[p];
            if (c == '\n') {
                p++;
            } else if (c == '\r') {
                if (p + 1 >= limit && !eof) return NEED_MORE;
                p += (p + 1 < limit && buf[p + 1] == '\n') ? 2 : 1;
            } else {
                break;
            }
            pos = p;
            line++;
        }
        recordStart = p;
        recordLine = line;
        fieldCount = 0;
        int extraLines = 0;
        final byte s = sep;
        final byte[] b = buf;
        while (true) {
            int fs = p;
            if (p < limit && b[p] == '"') {
                p++;
                boolean escaped = false;
                int quotedLines = 0;
                while (true) {
                    if (p >= limit) {
                        if (!eof) return NEED_MORE;
                        quoteOffset = fs;
                        return UNTERMINATED;
                    }
                    byte c = b[p];
                    if (c == '"') {
                        if (p + 1 >= limit && !eof) return NEED_MORE;
                        if (p + 1 < limit && b[p + 1] == '"') {
                            escaped = true;
                            p += 2;
                            continue;
                        }
                        p++;
                        break;
                    }
                    if (c == '\n' && ++quotedLines > MAX_QUOTED_LINES) {
                        quoteOffset = fs;
                        return UNTERMINATED;
                    }
                    p++;
                }
                int close = p;
                while (p < limit) {
                    byte c = b[p];
                    if (c == s || c == '\n' || c == '\r') break;
                    if (c != ' ') escaped = true;
                    p++;
                }
                if (p >= limit && !eof) return NEED_MORE;
                extraLines += quotedLines;
                if (escaped) addField(fs, p, ESCAPED);
                else addField(fs + 1, close - 1, QUOTED);
            } else {
                while (p < limit) {
                    byte c = b[p];
                    if (c == s || c == '\n' || c == '\r') break;
                    p++;
                }
                if (p >= limit && !eof) return NEED_MORE;
                addField(fs, p, PLAIN);
            }
            if (p < limit && b[p] == s) {
                p++;
                continue;
            }
            recordEnd = p;
            if (p < limit) {
                byte c = b[p++];
                if (c == '\r') {
                    if (p >= limit && !eof) return NEED_MORE;
                    if (p < limit && b[p] == '\n') p++;
                }
            }
            pos = p;
            line = recordLine + 1 + extraLines;
            return RECORD;
        }
    }

    private void addField(int start, int end, byte kind) {
        if (fieldCount == starts.length) {
            int n = fieldCount * 2;
            starts = Arrays.copyOf(starts, n);
            ends = Arrays.copyOf(ends, n);
            kinds = Arrays.copyOf(kinds, n);
        }
        starts[fieldCount] = start;
        ends[fieldCount] = end;
        kinds[fieldCount] = kind;
        fieldCount++;
    }

    /**
     * Copies the ESCAPED field {@code buf[s..e)} (starting with a quote) into {@code out} without its quotes,
     * turning doubled quotes into one and keeping any text after the closing quote; returns the length.
     */
    static int unescape(byte[] src, int s, int e, byte[] out) {
        int n = 0;
        int p = s + 1;
        while (p < e) {
            byte c = src[p];
            if (c == '"') {
                if (p + 1 < e && src[p + 1] == '"') {
                    out[n++] = '"';
                    p += 2;
                    continue;
                }
                p++;
                break;
            }
            out[n++] = c;
            p++;
        }
        while (p < e) out[n++] = src[p++];
        while (n > 0 && out[n - 1] == ' ') n--;
        return n;
    }

    private void fill() throws IOException {
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, limit - pos);
            limit -= pos;
            pos = 0;
        }
        if (limit == buf.length) buf = Arrays.copyOf(buf, buf.length * 2);
        readSome();
    }

    private void readSome() throws IOException {
        int n = in.read(buf, limit, buf.length - limit);
        if (n < 0) eof = true;
        else {
            limit += n;
            bytesRead += n;
        }
    }

    /** The bytes read from the input so far (the scanner reads ahead of the records it returns). */
    long bytesRead() {
        return bytesRead;
    }
}
