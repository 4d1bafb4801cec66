package se.indikator.stdlib.synth;

import java.util.SplittableRandom;

/**
 * The mix of underlying causes of death (ICD-10) by kind, age band and sex. Amenable causes
 * follow the treatable part of the OECD/Eurostat list (I20–I25, I60–I69, C18–C21, C50,
 * E10–E14, J45–J46, K35–K38); the other diseases avoid codes of that list; suicides are
 * X60–X84 and accidents V, W and X codes outside that range.
 */
final class CauseOfDeath {

    /** Age bands: 0 infants, 1 ages 1–34, 2 ages 35–64, 3 ages 65–79, 4 ages 80+. */
    static int band(int age) {
        return age == 0 ? 0 : age < 35 ? 1 : age < 65 ? 2 : age < 80 ? 3 : 4;
    }

    // columns: code, weight men, weight women
    private static final String AMENABLE_YOUNG =
        "I21.9 8 3 I25.1 4 2 I63.9 5 5 I61.9 8 8 C18.9 3 3 C20 2 2 C50.9 0 8 "
        + "E10.9 25 22 J45.9 12 12 J46 6 6 K35.8 6 6 K37 3 3";
    private static final String AMENABLE_ADULT =
        "I21.9 25 17 I25.1 17 12 I20.0 3 2 I25.9 5 4 I63.9 13 15 I61.9 6 7 I64 3 4 "
        + "C18.9 6 5 C18.7 2 2 C20 4 3.5 C21.0 0.5 1 C50.9 0.2 14 E11.9 5.5 5 E10.9 1.5 1 "
        + "E14.9 1 1 J45.9 0.6 0.9 J46 0.4 0.6 K35.8 0.5 0.5";
    private static final String DISEASE_INFANT = "P07.3 40 40 Q24.9 30 30 P21.9 15 15 R95 15 15";
    private static final String DISEASE_YOUNG =
        "C71.9 10 10 Q24.9 10 10 I42.0 10 8 G71.0 6 3 G80.9 10 10 F10.2 10 4 R99 15 12 C41.9 5 4 "
        + "C49.9 6 6 K70.3 3 1";
    private static final String DISEASE_MIDDLE =
        "C34.1 8 8 C34.9 5 6 C25.9 5 5 C71.9 4 3 C80.9 3 3 C56.9 0 5 C61 2 0 C16.9 3 2 C22.0 3 1.5 "
        + "C64.9 2 1 C85.9 2 1.5 C90.0 1 1 J44.1 2 2.5 J44.9 2 2.5 K70.3 8 3 F10.2 6 2 "
        + "I71.4 2 1 I42.0 3 1.5 G12.2 1.5 1.5 G35 1 1.5 K74.6 1 1 R99 5 3 F03 0.5 0.5";
    private static final String DISEASE_OLD =
        "C34.1 9 9 C34.9 6 6 C25.9 5 5 C61 7 0 C80.9 3 3 C56.9 0 3 C16.9 2 1.5 C22.0 2 1 "
        + "C64.9 1.5 1 C15.9 2 1 C85.9 2 1.5 C90.0 1.5 1.5 C71.9 1.5 1 J44.1 5 6 J44.9 4 5 "
        + "F03 6 7 G30.9 4 5 G20 3 2.5 I35.0 2 2.5 I71.4 2 1 K74.6 2 2 K70.3 2 1 R99 2 1 "
        + "G12.2 1 0.8 I42.0 1.5 1";
    private static final String DISEASE_OLDEST =
        "C34.1 3 2 C34.9 2 2 C25.9 2 2 C61 6 0 C80.9 3 3 C15.9 1.5 0.5 C85.9 1 1 C90.0 1 1 "
        + "J44.1 4 4 J44.9 4 4 F03 15 19 G30.9 7 9 G20 4 2.5 I35.0 4 4 I71.4 1 0.5 K74.6 3 3 "
        + "R54 5 8 R99 2 2 C16.9 1 1";
    private static final String SUICIDE =
        "X70 48 38 X64 10 22 X80 8 9 X78 6 5 X74 6 1 X71 5 8 X84 5 4 X68 4 4 X81 4 4 X61 4 5";
    private static final String ACCIDENT_YOUNG =
        "V89.2 25 20 X42 25 20 X45 8 5 W69 8 5 W19 8 8 X59 10 12 W18 5 5 W10 4 4 V43.5 7 6";
    private static final String ACCIDENT_OLD =
        "W19 40 45 W18 12 14 W10 10 12 X59 12 14 V89.2 8 5 X42 4 3 W69 3 2 W01 6 8";

    private final WeightedCodes[][] amenable = new WeightedCodes[5][2];
    private final WeightedCodes[][] disease = new WeightedCodes[5][2];
    private final WeightedCodes[] suicide = new WeightedCodes[2];
    private final WeightedCodes[][] accident = new WeightedCodes[2][2];

    CauseOfDeath() {
        String[] amenableSpec = {AMENABLE_YOUNG, AMENABLE_YOUNG, AMENABLE_ADULT, AMENABLE_ADULT, AMENABLE_ADULT};
        String[] diseaseSpec = {DISEASE_INFANT, DISEASE_YOUNG, DISEASE_MIDDLE, DISEASE_OLD, DISEASE_OLDEST};
        for (int s = 0; s < 2; s++) {
            for (int b = 0; b < 5; b++) {
                amenable[b][s] = WeightedCodes.parse(amenableSpec[b], 2, s);
                disease[b][s] = WeightedCodes.parse(diseaseSpec[b], 2, s);
            }
            suicide[s] = WeightedCodes.parse(SUICIDE, 2, s);
            accident[0][s] = WeightedCodes.parse(ACCIDENT_YOUNG, 2, s);
            accident[1][s] = WeightedCodes.parse(ACCIDENT_OLD, 2, s);
        }
    }

    /** An amenable (treatable) cause. */
    byte[] amenable(SplittableRandom rng, int sex, int age) {
        return amenable[band(age)][sex - 1].sample(rng);
    }

    /** A non-amenable disease. */
    byte[] disease(SplittableRandom rng, int sex, int age) {
        return disease[band(age)][sex - 1].sample(rng);
    }

    /** A suicide, X60–X84. */
    byte[] suicide(SplittableRandom rng, int sex) {
        return suicide[sex - 1].sample(rng);
    }

    /** An accident. */
    byte[] accident(SplittableRandom rng, int sex, int age) {
        return accident[age < 65 ? 0 : 1][sex - 1].sample(rng);
    }

    /** True if the ICD-10 code is on the treatable (amenable) list used by the generator. */
    static boolean isAmenable(String code) {
        if (code.length() < 3) {
            return false;
        }
        char c = code.charAt(0);
        int n;
        try {
            n = Integer.parseInt(code.substring(1, 3));
        } catch (NumberFormatException e) {
            return false;
        }
        return switch (c) {
            case 'I' -> (n >= 20 && n <= 25) || (n >= 60 && n <= 69);
            case 'C' -> (n >= 18 && n <= 21) || n == 50;
            case 'E' -> n >= 10 && n <= 14;
            case 'J' -> n == 45 || n == 46;
            case 'K' -> n >= 35 && n <= 38;
            default -> false;
        };
    }
}
