package se.indikator.runtime.session;

import java.util.ArrayList;
import java.util.List;

/**
 * Fits a text drawing (a text chart) into a width without changing it: when a line is wider, the drawing is
 * printed in bands of columns, each repeating the leading label column and cut where every line has a blank
 * (so no mark or word is split), the bands one under the other.
 */
final class TextBands {
    private TextBands() {
    }

    static String fit(String text, int width) {
        String[] lines = text.split("\n", -1);
        List<int[]> cps = new ArrayList<>();
        int widest = 0;
        for (String l : lines) {
            int[] c = l.codePoints().toArray();
            cps.add(c);
            widest = Math.max(widest, c.length);
        }
        if (widest <= width) {
            return text;
        }
        boolean[] gutter = new boolean[widest + 1];
        for (int p = 0; p <= widest; p++) {
            gutter[p] = true;
            for (int[] c : cps) {
                if (p < c.length && c[p] != ' ') {
                    gutter[p] = false;
                    break;
                }
            }
        }
        int label = 0;
        while (label < widest && gutter[label]) {
            label++;
        }
        while (label < widest && !gutter[label]) {
            label++;
        }
        if (label > width / 2) {
            label = 0;
        }
        StringBuilder sb = new StringBuilder();
        int start = label;
        while (start < widest) {
            int end = Math.min(widest, start + width - label);
            if (end < widest) {
                int cut = end;
                while (cut > start + 1 && !gutter[cut]) {
                    cut--;
                }
                end = cut > start + 1 ? cut : end;
            }
            if (sb.length() > 0) {
                sb.append('\n');
            }
            for (int i = 0; i < cps.size(); i++) {
                int[] c = cps.get(i);
                if (i == cps.size() - 1 && c.length == 0 || start > label && c.length <= start) {
                    continue; // a later band leaves out the lines that end before it (the legend, the notes)
                }
                StringBuilder l = new StringBuilder();
                l.append(new String(c, 0, Math.min(label, c.length)));
                if (c.length > start) {
                    l.append(" ".repeat(Math.max(0, label - c.length)));
                    l.append(new String(c, start, Math.min(end, c.length) - start));
                }
                sb.append(l.toString().stripTrailing()).append('\n');
            }
            start = end;
        }
        return sb.toString();
    }
}
