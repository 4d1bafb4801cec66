package se.indikator.stdlib.synth;

import java.nio.charset.StandardCharsets;

/**
 * The 21 Swedish regions with their codes, population (thousands, used as weights) and the
 * regional parameters of the synthetic data: foreign-born level, mortality, education level,
 * waiting times, diabetes prevalence, drug use in the elderly, beds and distances.
 */
enum Region {
    //          code  name                  pop   fb    mort  edu   wait90 diab  sed   avoid beds  crowd wrong km
    STOCKHOLM("01", "Stockholm", 2377, 1.35, 0.90, 1.25, 0.80, 0.95, 1.05, 0.95, 0.85, 3.4, 2.5, 2.0),
    UPPSALA("03", "Uppsala", 384, 1.05, 0.92, 1.20, 0.72, 0.95, 1.00, 0.95, 0.95, 3.0, 2.8, 6.0),
    SODERMANLAND("04", "Södermanland", 298, 1.10, 1.10, 0.90, 0.70, 1.10, 1.10, 1.10, 1.00, 2.4, 2.0, 7.0),
    OSTERGOTLAND("05", "Östergötland", 465, 0.95, 1.00, 1.00, 0.88, 1.00, 0.95, 1.00, 1.10, 1.4, 1.2, 7.0),
    JONKOPING("06", "Jönköping", 363, 0.90, 0.95, 0.92, 0.93, 0.95, 0.90, 0.90, 1.10, 0.9, 0.8, 8.0),
    KRONOBERG("07", "Kronoberg", 201, 1.00, 0.97, 0.95, 0.85, 1.00, 1.00, 1.05, 1.05, 1.5, 1.5, 9.0),
    KALMAR("08", "Kalmar", 245, 0.75, 1.02, 0.88, 0.90, 1.05, 1.05, 1.10, 1.00, 1.1, 1.0, 10.0),
    GOTLAND("09", "Gotland", 60, 0.40, 0.98, 0.92, 0.95, 1.00, 0.95, 1.00, 1.15, 0.8, 0.8, 12.0),
    BLEKINGE("10", "Blekinge", 159, 0.85, 1.04, 0.88, 0.78, 1.05, 1.10, 1.05, 1.00, 1.9, 1.8, 8.0),
    SKANE("12", "Skåne", 1377, 1.15, 1.00, 1.05, 0.68, 1.00, 1.00, 1.05, 0.95, 2.8, 3.0, 5.0),
    HALLAND("13", "Halland", 333, 0.80, 0.88, 0.95, 0.92, 0.90, 0.90, 0.90, 1.05, 1.1, 1.0, 7.0),
    VASTRA_GOTALAND("14", "Västra Götaland", 1725, 1.10, 0.98, 1.05, 0.66, 1.00, 1.00, 1.00, 0.95, 2.6, 2.5, 6.0),
    VARMLAND("17", "Värmland", 282, 0.70, 1.08, 0.88, 0.74, 1.05, 1.15, 1.10, 1.00, 2.1, 2.0, 11.0),
    OREBRO("18", "Örebro", 304, 1.00, 1.05, 0.95, 0.80, 1.05, 1.05, 1.00, 1.00, 2.0, 1.8, 8.0),
    VASTMANLAND("19", "Västmanland", 275, 1.10, 1.06, 0.90, 0.76, 1.05, 1.10, 1.05, 0.95, 2.2, 2.2, 7.0),
    DALARNA("20", "Dalarna", 287, 0.65, 1.05, 0.88, 0.82, 1.05, 1.05, 1.00, 1.05, 1.2, 1.2, 12.0),
    GAVLEBORG("21", "Gävleborg", 287, 0.80, 1.12, 0.86, 0.70, 1.10, 1.15, 1.15, 0.95, 2.5, 2.6, 11.0),
    VASTERNORRLAND("22", "Västernorrland", 245, 0.70, 1.10, 0.88, 0.75, 1.05, 1.10, 1.10, 1.00, 1.7, 1.6, 13.0),
    JAMTLAND_HARJEDALEN("23", "Jämtland Härjedalen", 130, 0.55, 1.06, 0.90, 0.85, 1.00, 1.00, 1.00, 1.05, 1.0, 1.0, 18.0),
    VASTERBOTTEN("24", "Västerbotten", 272, 0.60, 0.98, 1.05, 0.74, 1.00, 0.90, 0.95, 1.10, 1.5, 1.4, 14.0),
    NORRBOTTEN("25", "Norrbotten", 250, 0.70, 1.12, 0.90, 0.80, 1.10, 1.05, 1.00, 1.05, 1.8, 1.8, 16.0);

    private static final Region[] ALL = values();

    final String code;
    final String label;
    final int popThousands;
    /** Foreign-born level relative to the (population-weighted) national level, before normalising. */
    final double foreignLevel;
    /** Mortality rate ratio relative to the nation (±15%). */
    final double mortality;
    /** Multiplier on the odds of post-secondary education. */
    final double educationLevel;
    /** Share of operations within 90 days in a normal year. */
    final double within90;
    /** Diabetes prevalence ratio. */
    final double diabetes;
    /** Long-term sedative use ratio among 75+. */
    final double sedatives;
    /** Drugs-to-avoid use ratio among 75+. */
    final double drugsToAvoid;
    /** Beds per inhabitant ratio. */
    final double beds;
    /** Overcrowding events per 100 beds per day. */
    final double overcrowding;
    /** Patients on the wrong ward per 100 beds per day. */
    final double wrongWard;
    /** Typical distance to the primary-care unit, km. */
    final double distanceKm;
    final byte[] codeBytes;
    final byte[] labelBytes;

    Region(String code, String label, int popThousands, double foreignLevel, double mortality,
           double educationLevel, double within90, double diabetes, double sedatives,
           double drugsToAvoid, double beds, double overcrowding, double wrongWard,
           double distanceKm) {
        this.code = code;
        this.label = label;
        this.popThousands = popThousands;
        this.foreignLevel = foreignLevel;
        this.mortality = mortality;
        this.educationLevel = educationLevel;
        this.within90 = within90;
        this.diabetes = diabetes;
        this.sedatives = sedatives;
        this.drugsToAvoid = drugsToAvoid;
        this.beds = beds;
        this.overcrowding = overcrowding;
        this.wrongWard = wrongWard;
        this.distanceKm = distanceKm;
        this.codeBytes = code.getBytes(StandardCharsets.UTF_8);
        this.labelBytes = label.getBytes(StandardCharsets.UTF_8);
    }

    /** All regions in code order. */
    static Region[] all() {
        return ALL.clone();
    }

    /** Total population weight of all regions, in thousands. */
    static int totalThousands() {
        int s = 0;
        for (Region r : ALL) {
            s += r.popThousands;
        }
        return s;
    }

    /** The share of the national population living in this region. */
    double share() {
        return popThousands / (double) totalThousands();
    }

    /**
     * Splits n persons over the regions in proportion to their populations by the largest
     * remainder method (ties broken by region order), so that the parts add up to n exactly.
     */
    static long[] allocate(long n) {
        int total = totalThousands();
        long[] parts = new long[ALL.length];
        double[] rem = new double[ALL.length];
        long used = 0;
        for (int i = 0; i < ALL.length; i++) {
            double exact = (double) n * ALL[i].popThousands / total;
            parts[i] = (long) Math.floor(exact);
            rem[i] = exact - parts[i];
            used += parts[i];
        }
        for (long left = n - used; left > 0; left--) {
            int best = 0;
            for (int i = 1; i < ALL.length; i++) {
                if (rem[i] > rem[best]) {
                    best = i;
                }
            }
            parts[best]++;
            rem[best] = -1.0;
        }
        return parts;
    }

    /** Writes the region_code and region fields (with the separator between them). */
    void write(CsvWriter w) {
        w.raw(codeBytes).sep().raw(labelBytes);
    }
}
