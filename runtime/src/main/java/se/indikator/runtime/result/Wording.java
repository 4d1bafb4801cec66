package se.indikator.runtime.result;

import java.util.Locale;
import java.util.Map;

/**
 * The one table of words people read in Swedish or English: the headers of result tables' stable
 * column names ({@code lower_99_8} → "Nedre 99,8 %"), and the words of comparisons and verdicts, short
 * in table cells ("bättre") and long in charts' legends ("Bättre än riket"). Presentation only: exports
 * keep the stable names and words.
 */
public final class Wording {
    private Wording() {
    }

    /** Fixed headers: column → {Swedish, English}. */
    private static final Map<String, String[]> HEADERS = Map.ofEntries(
            Map.entry("numerator", new String[] {"Täljare", "Numerator"}),
            Map.entry("denominator", new String[] {"Nämnare", "Denominator"}),
            Map.entry("value", new String[] {"Värde", "Value"}),
            Map.entry("national", new String[] {"Riket", "National"}),
            Map.entry("deviation_pct", new String[] {"Avvikelse %", "Deviation %"}),
            Map.entry("oriented_deviation_pct", new String[] {"Avvikelse % (riktad)", "Deviation % (oriented)"}),
            Map.entry("vs_national", new String[] {"Jämfört med riket", "Compared with national"}),
            Map.entry("p_value", new String[] {"p-värde", "p-value"}),
            Map.entry("p_adjusted", new String[] {"Justerat p-värde", "Adjusted p-value"}),
            Map.entry("p_trend", new String[] {"p (trend)", "p (trend)"}),
            Map.entry("p_heterogeneity", new String[] {"p (heterogenitet)", "p (heterogeneity)"}),
            Map.entry("chi2", new String[] {"χ²", "χ²"}),
            Map.entry("chi2_trend", new String[] {"χ² (trend)", "χ² (trend)"}),
            Map.entry("df", new String[] {"Frihetsgrader", "df"}),
            Map.entry("target_met", new String[] {"Målet nått", "Target met"}),
            Map.entry("verdict", new String[] {"Bedömning", "Verdict"}),
            Map.entry("method", new String[] {"Metod", "Method"}),
            Map.entry("note", new String[] {"Anmärkning", "Note"}),
            Map.entry("indicator", new String[] {"Indikator", "Indicator"}),
            Map.entry("name", new String[] {"Namn", "Name"}),
            Map.entry("title", new String[] {"Titel", "Title"}),
            Map.entry("area", new String[] {"Område", "Area"}),
            Map.entry("dimension", new String[] {"Dimension", "Dimension"}),
            Map.entry("source", new String[] {"Källa", "Source"}),
            Map.entry("measure", new String[] {"Mått", "Measure"}),
            Map.entry("standardisation", new String[] {"Standardisering", "Standardisation"}),
            Map.entry("ci", new String[] {"Konfidensintervall", "Interval method"}),
            Map.entry("polarity", new String[] {"Riktning", "Polarity"}),
            Map.entry("target", new String[] {"Mål", "Target"}),
            Map.entry("suppress", new String[] {"Röjandeskydd", "Suppression"}),
            Map.entry("version", new String[] {"Version", "Version"}),
            Map.entry("status", new String[] {"Status", "Status"}),
            Map.entry("description", new String[] {"Beskrivning", "Description"}),
            Map.entry("estimate", new String[] {"Skattning", "Estimate"}),
            Map.entry("std_error", new String[] {"Medelfel", "Standard error"}),
            Map.entry("difference", new String[] {"Skillnad", "Difference"}),
            Map.entry("ratio", new String[] {"Kvot", "Ratio"}),
            Map.entry("reference", new String[] {"Jämförelsegrupp", "Reference"}),
            Map.entry("reference_value", new String[] {"Jämförelsevärde", "Reference value"}),
            Map.entry("apc_pct", new String[] {"Årlig förändring %", "Annual change %"}),
            Map.entry("trend", new String[] {"Trend", "Trend"}),
            Map.entry("latest", new String[] {"Senaste", "Latest"}),
            Map.entry("latest_value", new String[] {"Senaste värde", "Latest value"}),
            Map.entry("periods", new String[] {"Perioder", "Periods"}),
            Map.entry("rows", new String[] {"Rader", "Rows"}),
            Map.entry("missing", new String[] {"Saknas", "Missing"}),
            Map.entry("observed", new String[] {"Observerat", "Observed"}),
            Map.entry("statistic", new String[] {"Mått", "Statistic"}),
            Map.entry("units", new String[] {"Enheter", "Units"}),
            Map.entry("correlation", new String[] {"Korrelation", "Correlation"}),
            Map.entry("factor", new String[] {"Faktor", "Factor"}),
            Map.entry("term", new String[] {"Term", "Term"}),
            Map.entry("count", new String[] {"Antal", "Count"}));

    /** Words of comparisons and verdicts: word → {Swedish short, English short, Swedish long, English long}. */
    private static final Map<String, String[]> WORDS = Map.ofEntries(
            Map.entry("better", new String[] {"bättre", "better", "Bättre än riket", "Better than national"}),
            Map.entry("worse", new String[] {"sämre", "worse", "Sämre än riket", "Worse than national"}),
            Map.entry("similar", new String[] {"ingen skillnad", "similar", "Ingen säker skillnad", "Similar to national"}),
            Map.entry("higher", new String[] {"högre", "higher", "Högre än riket", "Higher than national"}),
            Map.entry("lower", new String[] {"lägre", "lower", "Lägre än riket", "Lower than national"}),
            Map.entry("not compared", new String[] {"ej jämförd", "not compared", "Ej jämförd", "Not compared"}),
            Map.entry("", new String[] {"", "", "Ej jämförd", "Not compared"}),
            Map.entry("yes", new String[] {"ja", "yes", "Ja", "Yes"}),
            Map.entry("no", new String[] {"nej", "no", "Nej", "No"}),
            Map.entry("good", new String[] {"bra", "good", "Bra", "Good"}),
            Map.entry("poor", new String[] {"dålig", "poor", "Dålig", "Poor"}),
            Map.entry("mixed", new String[] {"blandad", "mixed", "Blandad", "Mixed"}),
            Map.entry("average", new String[] {"medel", "average", "Medel", "Average"}),
            Map.entry("not judged", new String[] {"ej bedömd", "not judged", "Ej bedömd", "Not judged"}),
            Map.entry("not assessed", new String[] {"ej bedömd", "not assessed", "Ej bedömd", "Not assessed"}),
            Map.entry("improving", new String[] {"förbättras", "improving", "Förbättras", "Improving"}),
            Map.entry("worsening", new String[] {"försämras", "worsening", "Försämras", "Worsening"}),
            Map.entry("no change", new String[] {"oförändrad", "no change", "Oförändrad", "No change"}));

    /**
     * The header of a column: a known name in the language, {@code lower_L}/{@code upper_L} as the
     * interval's bound at level L ("Nedre 99,8 %"), {@code vs_national_L} with its level, any other name
     * (a breakdown's, a column's) as it is with its first letter capitalised.
     */
    public static String header(String column, boolean swedish) {
        String[] known = HEADERS.get(column);
        if (known != null) {
            return known[swedish ? 0 : 1];
        }
        for (String[] bound : new String[][] {{"lower_", "Nedre ", "Lower "}, {"upper_", "Övre ", "Upper "}}) {
            if (column.startsWith(bound[0]) && column.substring(bound[0].length()).matches("[0-9]+(_[0-9]+)?")) {
                return (swedish ? bound[1] : bound[2]) + level(column.substring(bound[0].length()), swedish);
            }
        }
        if (column.startsWith("vs_national_")) {
            return header("vs_national", swedish) + " (" + level(column.substring(12), swedish) + ")";
        }
        for (String prefix : new String[] {"difference_", "ratio_", "limit_", "apc_"}) {
            if (column.startsWith(prefix) && !column.equals(prefix)) {
                String rest = column.substring(prefix.length());
                String base = header(prefix.substring(0, prefix.length() - 1), swedish);
                return base.equals(prefix.substring(0, prefix.length() - 1)) ? capitalised(column)
                        : base + ", " + header(rest, swedish).toLowerCase(swedish ? Locale.forLanguageTag("sv") : Locale.ROOT);
            }
        }
        return capitalised(column);
    }

    /** A level label such as {@code 99_8} as people read it: "99,8 %" or "99.8%". */
    public static String level(String label, boolean swedish) {
        String shown = label.replace('_', swedish ? ',' : '.');
        return swedish ? shown + " %" : shown + "%";
    }

    /** Whether a column's cells are comparison or verdict words that {@link #word} translates. */
    public static boolean isWordColumn(String column) {
        return column.equals("vs_national") || column.startsWith("vs_national_") || column.equals("verdict")
                || column.equals("target_met") || column.equals("trend");
    }

    /**
     * A comparison or verdict word in a table cell ("bättre", "bra, förbättras"); a word of several
     * parts joined by commas is translated part by part; unknown words stay as they are.
     */
    public static String word(String word, boolean swedish) {
        if (word == null) {
            return null;
        }
        String[] parts = word.split(", ");
        StringBuilder sb = new StringBuilder();
        for (String p : parts) {
            String[] w = WORDS.get(p.trim().toLowerCase(Locale.ROOT));
            sb.append(sb.length() == 0 ? "" : ", ").append(w == null ? p : w[swedish ? 0 : 1]);
        }
        return sb.toString();
    }

    /** A comparison word as a chart's legend says it ("Bättre än riket"); unknown words stay as they are. */
    public static String longWord(String word, boolean swedish) {
        String[] w = WORDS.get(word == null ? "" : word.trim().toLowerCase(Locale.ROOT));
        return w == null ? word : w[swedish ? 2 : 3];
    }

    /**
     * A measure as the catalogue describes it ({@code percent}, {@code rate per 100000}, {@code mean}, …) in
     * the document's language; a description it does not know stays as it is.
     */
    public static String measure(String described, boolean swedish) {
        if (described == null || !swedish) {
            return described;
        }
        String d = described.strip();
        if (d.startsWith("rate per ")) {
            return "antal per " + d.substring(9).replaceAll("(\\d)(?=(\\d{3})+$)", "$1 ");
        }
        return switch (d) {
            case "percent" -> "andel, %";
            case "proportion" -> "andel";
            case "mean" -> "medelvärde";
            case "median" -> "median";
            case "ratio" -> "kvot";
            case "count" -> "antal";
            default -> d;
        };
    }

    private static String capitalised(String column) {
        String s = column.replace('_', ' ');
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
}
