package se.indikator.runtime.result;

import java.util.List;

/**
 * Prints each row as a block of fields within a width — the first field as the block's heading (with the
 * {@code title} field after a dash when there is one), then one field a line, its name and its value, the value
 * wrapped under itself — for tables of long texts such as the catalogue. Blank fields are left out; with
 * {@code columns all} the table is printed as rows instead, whole.
 */
final class RecordLayout {
    private RecordLayout() {
    }

    static void render(StringBuilder sb, String[] header, List<String[]> rows, int width) {
        int title = List.of(header).indexOf("title");
        int names = 0;
        for (int c = 1; c < header.length; c++) {
            if (c != title) {
                names = Math.max(names, TextWrap.width(header[c]));
            }
        }
        int indent = 2 + names + 2;
        int room = Math.max(20, width - indent);
        boolean first = true;
        for (String[] r : rows) {
            if (!first) {
                sb.append('\n');
            }
            first = false;
            String heading = r[0] + (title > 0 && !r[title].isEmpty() ? " — " + r[title] : "");
            for (String l : TextWrap.wrap(heading, width)) {
                sb.append(l).append('\n');
            }
            for (int c = 1; c < header.length; c++) {
                if (c == title || r[c].isEmpty()) {
                    continue;
                }
                List<String> lines = TextWrap.wrap(r[c], room);
                for (int i = 0; i < lines.size(); i++) {
                    sb.append("  ");
                    TextWrap.pad(sb, i == 0 ? header[c] : "", names, false);
                    sb.append("  ").append(lines.get(i));
                    int end = sb.length();
                    while (sb.charAt(end - 1) == ' ') {
                        end--;
                    }
                    sb.setLength(end);
                    sb.append('\n');
                }
            }
        }
    }
}
