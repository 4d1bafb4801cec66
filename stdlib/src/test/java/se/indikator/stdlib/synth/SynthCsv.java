package se.indikator.stdlib.synth;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A generated CSV file read into memory for tests: header and rows split on ';'. */
final class SynthCsv {

    final String header;
    final List<String[]> rows = new ArrayList<>();
    private final Map<String, Integer> columns = new HashMap<>();

    SynthCsv(Path file) throws IOException {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            header = r.readLine();
            String[] h = header.split(";", -1);
            for (int i = 0; i < h.length; i++) {
                columns.put(h[i], i);
            }
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] f = line.split(";", -1);
                if (f.length != h.length) {
                    throw new IllegalStateException("row with " + f.length + " fields in " + file + ": " + line);
                }
                rows.add(f);
            }
        }
    }

    /** Column index by name. */
    int col(String name) {
        Integer i = columns.get(name);
        if (i == null) {
            throw new IllegalArgumentException("no column " + name + " in " + header);
        }
        return i;
    }

    /** A decimal-comma number. */
    static double num(String s) {
        return Double.parseDouble(s.replace(',', '.'));
    }
}
