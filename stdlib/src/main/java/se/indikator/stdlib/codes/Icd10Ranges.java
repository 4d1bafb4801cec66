package se.indikator.stdlib.codes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A set of ICD-10 codes written as ranges, e.g. {@code "I20-I25, I60-I69, K35-K38"}; a code matches
 * when its three-character category (or its full code, for ranges written with a decimal such as
 * {@code "K86.1-K86.9"}) lies inside a range. {@code "I21.9"}, {@code "I219"} and {@code "i21"} all
 * match {@code "I20-I25"}.
 */
public final class Icd10Ranges {
    private final List<String[]> ranges;
    private final String text;

    private Icd10Ranges(List<String[]> ranges, String text) {
        this.ranges = ranges;
        this.text = text;
    }

    /** Parses a comma-separated list of codes and ranges; throws IllegalArgumentException on a malformed item. */
    public static Icd10Ranges parse(String spec) {
        List<String[]> out = new ArrayList<>();
        for (String item : spec.split(",")) {
            String t = item.trim().toUpperCase(Locale.ROOT);
            if (t.isEmpty()) {
                continue;
            }
            String[] ends = t.split("-");
            if (ends.length > 2 || !valid(ends[0]) || (ends.length == 2 && !valid(ends[1]))) {
                throw new IllegalArgumentException("not an ICD-10 code or range: '" + item.trim() + "'");
            }
            out.add(new String[] {normal(ends[0]), normal(ends.length == 2 ? ends[1] : ends[0])});
        }
        return new Icd10Ranges(List.copyOf(out), spec);
    }

    private static boolean valid(String code) {
        return code.matches("[A-Z][0-9]{2}(\\.?[0-9A-Z]{0,2})?");
    }

    private static String normal(String code) {
        return code.replace(".", "");
    }

    /** Whether the code (with or without a dot, any case) lies in one of the ranges. */
    public boolean contains(String code) {
        if (code == null) {
            return false;
        }
        String c = normal(code.trim().toUpperCase(Locale.ROOT));
        if (c.length() < 3) {
            return false;
        }
        for (String[] r : ranges) {
            String lo = r[0];
            String hi = r[1];
            String cLo = c.length() >= lo.length() ? c.substring(0, lo.length()) : c;
            String cHi = c.length() >= hi.length() ? c.substring(0, hi.length()) : c;
            if (cLo.compareTo(lo) >= 0 && cHi.compareTo(hi) <= 0) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return text;
    }
}
