package se.indikator.runtime.result;

import se.indikator.runtime.ast.Measure;
import se.indikator.runtime.ast.StandardisationSpec;
import se.indikator.runtime.model.IndicatorDef;

/**
 * The unit of an indicator's value as a value axis says it, in Swedish or English: "procent", "andel",
 * "per 100 000 invånare, åldersstandardiserat", "relativ överlevnad, procent", "medelvärde av hba1c".
 */
public final class Units {
    private Units() {
    }

    /** The unit of the indicator's values in Swedish ({@code sv}) or English. */
    public static String of(IndicatorDef ind, boolean sv) {
        Measure m = ind.measure();
        StandardisationSpec std = ind.standardisation();
        String standardised = std == null ? ""
                : std.method() == StandardisationSpec.Method.DIRECT ? (sv ? ", åldersstandardiserat" : ", age-standardised")
                : "";
        String per = grouped(m.multiplier(), sv);
        return switch (m.kind()) {
            case PERCENT -> (sv ? "procent" : "percent") + standardised;
            case PROPORTION -> (sv ? "andel" : "proportion") + standardised;
            case RATE -> "per " + per + (perPerson(ind) ? (sv ? " invånare" : " inhabitants") : "") + standardised;
            case RATIO -> std != null && std.method() == StandardisationSpec.Method.INDIRECT
                    ? (sv ? "standardiserad kvot" : "standardised ratio") + (m.multiplier() == 1 ? "" : " × " + per)
                    : m.multiplier() == 1 ? (sv ? "kvot" : "ratio") : "per " + per;
            case MEAN -> (sv ? "medelvärde av " : "mean of ") + m.column();
            case MEDIAN -> (sv ? "median av " : "median of ") + m.column();
            case PERCENTILE -> (sv ? "percentil " : "percentile ") + Math.round(m.multiplier()) + (sv ? " av " : " of ") + m.column();
            case LIFE_EXPECTANCY -> sv ? "år" : "years";
            case COUNT -> sv ? "antal" : "count";
            case SURVIVAL -> (sv ? "relativ överlevnad, procent" : "relative survival, percent") + standardised;
        };
    }

    /** A whole number with thousands grouped: 100 000 (Swedish) or 100,000. */
    static String grouped(double v, boolean sv) {
        String digits = Long.toString(Math.round(v));
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0 && digits.length() > 4) {
                b.append(sv ? '\u00A0' : ',');
            }
            b.append(digits.charAt(i));
        }
        return b.toString();
    }

    /** Whether the denominator counts people of a population (a sum from data named for the population). */
    private static boolean perPerson(IndicatorDef ind) {
        if (ind.denominator() == null || ind.denominator().source() == null) {
            return false;
        }
        String s = ind.denominator().source().toLowerCase(java.util.Locale.ROOT);
        return s.contains("pop") || s.contains("befolk") || s.contains("invånare");
    }
}
