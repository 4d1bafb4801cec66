package se.indikator.runtime.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The benchmark's results table (a row per measurement, with its target and verdict) and its notes. Not a test. */
final class Report {
    private final List<String[]> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    /** A problem seen in the run, printed after the table. */
    void note(String note) {
        notes.add(note);
    }

    /** Adds a row to the results: what was measured, the figure, the target and the verdict. */
    void row(String what, String figure, String target, String verdict) {
        rows.add(new String[] {what, figure, target, verdict});
    }

    /** "met (0.30 × DuckDB)" or "NOT MET (…)". */
    static String verdict(boolean met, double ratio, String unit) {
        return String.format(Locale.ROOT, "%s (%.2f %s)", met ? "met" : "NOT MET", ratio, unit);
    }

    /** Prints the results table and the notes. */
    void print(String scale, int runs) {
        int[] w = new int[4];
        String[] head = {"measurement", "median (min–max, n)", "target", "result"};
        for (String[] r : withHead(head)) {
            for (int i = 0; i < 4; i++) {
                w[i] = Math.max(w[i], r[i].length());
            }
        }
        say("\nRESULTS (" + scale + ", " + runs + " runs; medians with min–max)");
        for (String[] r : withHead(head)) {
            StringBuilder sb = new StringBuilder("| ");
            for (int i = 0; i < 4; i++) {
                sb.append(r[i]).append(" ".repeat(w[i] - r[i].length())).append(" | ");
            }
            say(sb.toString().stripTrailing());
            if (r == head) {
                StringBuilder sep = new StringBuilder("|");
                for (int i = 0; i < 4; i++) {
                    sep.append("-".repeat(w[i] + 2)).append("|");
                }
                say(sep.toString());
            }
        }
        notes.forEach(n -> say("note: " + n));
    }

    private List<String[]> withHead(String[] head) {
        List<String[]> all = new ArrayList<>();
        all.add(head);
        all.addAll(rows);
        return all;
    }

    static String fmt(double seconds) {
        return String.format(Locale.ROOT, "%.3f", seconds);
    }

    static void say(String s) {
        System.out.println(s);
        System.out.flush();
    }
}
