package se.indikator.stdlib.survey;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the reference files that {@code survey/make_reference.R} wrote with R: the respondents (group,
 * weight, event, value) and the rows of expected values, by column name.
 */
public final class SurveyReference {
    private SurveyReference() {
    }

    /** One CSV file as rows of column name to trimmed text. */
    public static List<Map<String, String>> read(String name) throws IOException {
        var in = SurveyReference.class.getResourceAsStream("/survey/" + name);
        if (in == null) {
            throw new IOException("no test resource survey/" + name);
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String[] header = r.readLine().split(",");
            List<Map<String, String>> rows = new ArrayList<>();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] f = line.split(",", -1);
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < header.length; i++) {
                    row.put(header[i].trim(), f[i].trim());
                }
                rows.add(row);
            }
            return rows;
        }
    }

    /** A number of a row; NA is NaN. */
    public static double number(Map<String, String> row, String column) {
        String v = row.get(column);
        return v.equals("NA") ? Double.NaN : Double.parseDouble(v);
    }

    /** The respondents of one group: weights, events and values. */
    public static double[][] group(String group) throws IOException {
        List<double[]> rows = new ArrayList<>();
        for (Map<String, String> r : read("survey_inputs.csv")) {
            if (r.get("group").equals(group)) {
                rows.add(new double[] {number(r, "w"), number(r, "event"), number(r, "value")});
            }
        }
        double[][] out = new double[3][rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            for (int k = 0; k < 3; k++) {
                out[k][i] = rows.get(i)[k];
            }
        }
        return out;
    }
}
