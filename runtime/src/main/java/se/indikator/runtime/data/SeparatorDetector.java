package se.indikator.runtime.data;

/**
 * Chooses the field separator of a delimited file from its first lines: for each of {@code ;}, {@code ,}
 * and tab it counts occurrences outside quotes on the header and the following lines, and picks the one
 * whose count on the data lines most often equals the header's.
 */
final class SeparatorDetector {

    private static final byte[] CANDIDATES = {';', ',', '\t'};
    private static final int MAX_LINES = 30;

    private SeparatorDetector() {
    }

    /**
     * The separator of the text in {@code b[s..e)}; {@code complete} says whether the text ends at the end
     * of the file (otherwise a last, partial line is ignored).
     */
    static byte detect(byte[] b, int s, int e, boolean complete) {
        int[][] counts = new int[CANDIDATES.length][MAX_LINES];
        int lines = 0;
        boolean inQuotes = false;
        boolean lineHasText = false;
        boolean decimalComma = false;
        for (int p = s; p < e && lines < MAX_LINES; p++) {
            byte c = b[p];
            if (c == '"') {
                inQuotes = !inQuotes;
            } else if (!inQuotes) {
                if (c == '\n') {
                    if (lineHasText) lines++;
                    lineHasText = false;
                    continue;
                }
                for (int k = 0; k < CANDIDATES.length; k++) {
                    if (c == CANDIDATES[k]) counts[k][lines]++;
                }
                if (c == ',' && lines > 0 && p > s && p + 1 < e && isDigit(b[p - 1]) && isDigit(b[p + 1])) {
                    decimalComma = true;
                }
            }
            if (c != '\r') lineHasText = true;
        }
        if (complete && lineHasText && lines < MAX_LINES) lines++;
        int best = -1;
        int bestScore = -1;
        for (int k = 0; k < CANDIDATES.length; k++) {
            int header = counts[k][0];
            if (header == 0) continue;
            int score = 0;
            for (int l = 1; l < lines; l++) {
                if (counts[k][l] == header) score++;
            }
            if (best < 0 || score > bestScore || (score == bestScore && prefer(k, best, counts, decimalComma))) {
                best = k;
                bestScore = score;
            }
        }
        if (best < 0) return decimalComma ? (byte) ';' : (byte) ',';
        return CANDIDATES[best];
    }

    /** On a tie: {@code ;} when the data looks like decimal commas, else the one more frequent in the header. */
    private static boolean prefer(int k, int current, int[][] counts, boolean decimalComma) {
        if (decimalComma && (CANDIDATES[k] == ';' || CANDIDATES[current] == ';')) return CANDIDATES[k] == ';';
        return counts[k][0] > counts[current][0];
    }

    private static boolean isDigit(byte c) {
        return c >= '0' && c <= '9';
    }
}
