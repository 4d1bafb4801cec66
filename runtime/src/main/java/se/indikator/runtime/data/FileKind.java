package se.indikator.runtime.data;

import java.util.Optional;

/**
 * What a file that is not CSV text is, told from its first bytes: a ZIP container (an Excel workbook,
 * .xlsx), a Parquet file, an SQLite database, a PDF, an old Excel file, or any other binary (NUL bytes
 * where text has none) — so that reading it says so at once instead of echoing binary junk as rows.
 */
final class FileKind {
    private FileKind() {
    }

    /** A description of the kind when the bytes are not text, e.g. "an Excel workbook (.xlsx) or another ZIP file". */
    static Optional<String> binary(byte[] b, int from, int to) {
        if (starts(b, from, to, "PK\u0003\u0004")) {
            return Optional.of("an Excel workbook (.xlsx) or another ZIP file");
        }
        if (starts(b, from, to, "PAR1")) {
            return Optional.of("a Parquet file");
        }
        if (starts(b, from, to, "SQLite format 3")) {
            return Optional.of("an SQLite database");
        }
        if (starts(b, from, to, "%PDF")) {
            return Optional.of("a PDF document");
        }
        if (to - from >= 4 && (b[from] & 0xFF) == 0xD0 && (b[from + 1] & 0xFF) == 0xCF && (b[from + 2] & 0xFF) == 0x11
                && (b[from + 3] & 0xFF) == 0xE0) {
            return Optional.of("an old Excel workbook (.xls) or another Office file");
        }
        int end = Math.min(to, from + 8192);
        for (int i = from; i < end; i++) {
            if (b[i] == 0) {
                return Optional.of("a binary file, not text");
            }
        }
        return Optional.empty();
    }

    private static boolean starts(byte[] b, int from, int to, String magic) {
        if (to - from < magic.length()) {
            return false;
        }
        for (int i = 0; i < magic.length(); i++) {
            if (b[from + i] != (byte) magic.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
