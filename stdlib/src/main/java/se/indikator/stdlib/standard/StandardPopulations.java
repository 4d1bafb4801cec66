package se.indikator.stdlib.standard;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * The published standard populations, looked up by name: "esp2013" (European Standard Population
 * 2013, Eurostat), "esp1976" (European Standard Population 1976), "who2000" (WHO World Standard
 * Population 2000–2025, Ahmad et al. 2001, per 100 000) and the International Cancer Survival
 * Standards "icss1", "icss2", "icss3" (Corazziari, Quinn and Capocaccia 2004).
 *
 * <p>WHO 2000: the published weights, 8860 … 40, 5, sum to 100 035, not 100 000, because each was
 * rounded as published. They are kept as published; standardisation divides by the sum of the
 * weights, so the rounding does not bias a rate.
 */
public final class StandardPopulations {

    /** ESP2013: 19 bands "0-4" … "85-89", "90+", summing to 100 000. */
    public static final StandardPopulation ESP2013 = StandardPopulation.of("esp2013",
            new String[] {"0-4", "5-9", "10-14", "15-19", "20-24", "25-29", "30-34", "35-39", "40-44", "45-49",
                "50-54", "55-59", "60-64", "65-69", "70-74", "75-79", "80-84", "85-89", "90+"},
            new double[] {5000, 5500, 5500, 5500, 6000, 6000, 6500, 7000, 7000, 7000,
                7000, 6500, 6000, 5500, 5000, 4000, 2500, 1500, 1000});

    /** ESP1976: 18 bands "0-4" … "80-84", "85+", summing to 100 000. */
    public static final StandardPopulation ESP1976 = StandardPopulation.of("esp1976",
            new String[] {"0-4", "5-9", "10-14", "15-19", "20-24", "25-29", "30-34", "35-39", "40-44", "45-49",
                "50-54", "55-59", "60-64", "65-69", "70-74", "75-79", "80-84", "85+"},
            new double[] {8000, 7000, 7000, 7000, 7000, 7000, 7000, 7000, 7000, 7000,
                7000, 6000, 5000, 4000, 3000, 2000, 1000, 1000});

    /** WHO World Standard 2000–2025: 21 bands "0-4" … "95-99", "100+"; sums to 100 035 as published. */
    public static final StandardPopulation WHO2000 = StandardPopulation.of("who2000",
            new String[] {"0-4", "5-9", "10-14", "15-19", "20-24", "25-29", "30-34", "35-39", "40-44", "45-49",
                "50-54", "55-59", "60-64", "65-69", "70-74", "75-79", "80-84", "85-89", "90-94", "95-99", "100+"},
            new double[] {8860, 8690, 8600, 8470, 8220, 7930, 7610, 7150, 6590, 6040,
                5370, 4550, 3720, 2960, 2210, 1520, 910, 440, 150, 40, 5});

    /** ICSS standard 1 (cancers whose incidence rises with age): 15-44 … 75+, weights sum to 1. */
    public static final StandardPopulation ICSS1 = icss("icss1", 0.07, 0.12, 0.23, 0.29, 0.29);
    /** ICSS standard 2 (cancers with broadly constant incidence by age). */
    public static final StandardPopulation ICSS2 = icss("icss2", 0.28, 0.17, 0.21, 0.20, 0.14);
    /** ICSS standard 3 (cancers mainly of young adults). */
    public static final StandardPopulation ICSS3 = icss("icss3", 0.60, 0.10, 0.10, 0.10, 0.10);

    private static final Map<String, StandardPopulation> BY_NAME = Map.of(
            "esp2013", ESP2013, "esp1976", ESP1976, "who2000", WHO2000,
            "icss1", ICSS1, "icss2", ICSS2, "icss3", ICSS3);

    private StandardPopulations() {
    }

    /** The standard called {@code name} (case-insensitive): esp2013, esp1976, who2000, icss1–3. */
    public static StandardPopulation byName(String name) {
        StandardPopulation p = BY_NAME.get(name.toLowerCase(Locale.ROOT));
        if (p == null) {
            throw new NoSuchElementException("unknown standard population " + name + "; known: " + names());
        }
        return p;
    }

    /** The known names, sorted. */
    public static List<String> names() {
        return BY_NAME.keySet().stream().sorted().toList();
    }

    private static StandardPopulation icss(String name, double... weights) {
        return StandardPopulation.of(name, new String[] {"15-44", "45-54", "55-64", "65-74", "75+"}, weights);
    }
}
