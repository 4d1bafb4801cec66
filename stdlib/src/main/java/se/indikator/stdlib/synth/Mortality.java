package se.indikator.stdlib.synth;

import java.util.SplittableRandom;

/**
 * The mortality model: a Gompertz–Makeham hazard by age and sex for 2023 (about 0.9% deaths a
 * year overall) that falls by 2% a year over calendar time, split into amenable (treatable)
 * disease, other disease, suicide and accidents. Individual hazards multiply the population
 * hazard by region, country-of-birth group and education factors, normalised so that the
 * population average at each age equals the life table.
 */
final class Mortality {

    static final int BASE_YEAR = 2023;
    /** Annual decline of all death rates. */
    static final double IMPROVEMENT = 0.02;

    /** Education rate ratios for amenable causes: unknown, förgymnasial, gymnasial, eftergymnasial. */
    static final double[] EDUCATION_AMENABLE = {1.4, 2.0, 1.4, 1.0};
    /** Education rate ratios for all other causes. */
    static final double[] EDUCATION_OTHER = {1.3, 1.5, 1.2, 1.0};
    /** Birth-group rate ratios for amenable causes (Sverige, Norden, EU, utanför EU, okänt). */
    static final double[] GROUP_AMENABLE = {1.0, 1.15, 1.0, 1.15, 1.2};
    /** Birth-group rate ratios for other causes (healthy-migrant effect outside the Nordics). */
    static final double[] GROUP_OTHER = {1.0, 1.15, 0.92, 0.80, 1.2};

    private final double[][] total = new double[2][Demography.AGES];
    private final double[][] amenable = new double[2][Demography.AGES];
    private final double[][] suicide = new double[2][Demography.AGES];
    private final double[][] accident = new double[2][Demography.AGES];
    private final double[] normAmenable = new double[Demography.AGES];
    private final double[] normOther = new double[Demography.AGES];
    private final CauseOfDeath causes = new CauseOfDeath();
    /** Life-table q by sex, age and year from {@link #FIRST_TABLE_YEAR} to {@link #BASE_YEAR}. */
    private final double[][][] qTable = new double[2][Demography.AGES][BASE_YEAR - FIRST_TABLE_YEAR + 1];

    /** First year of the life table. */
    static final int FIRST_TABLE_YEAR = 2000;

    Mortality(Demography demography) {
        for (int s = 1; s <= 2; s++) {
            for (int a = 0; a < Demography.AGES; a++) {
                double m = baseHazard(s, a);
                double sui = a < 15 ? 0.0 : s == 1 ? 0.00020 : 0.00009;
                double acc = a < 15 ? 0.00003
                    : a < 65 ? (s == 1 ? 0.00020 : 0.00006)
                    : (s == 1 ? 0.0002 : 0.0001) * Math.exp(0.07 * (a - 65));
                double disease = m - sui - acc;
                if (disease < 0.2 * m) {
                    double k = 0.8 * m / (sui + acc);
                    sui *= k;
                    acc *= k;
                    disease = 0.2 * m;
                }
                total[s - 1][a] = m;
                suicide[s - 1][a] = sui;
                accident[s - 1][a] = acc;
                amenable[s - 1][a] = disease * amenableFraction(a);
                for (int y = FIRST_TABLE_YEAR; y <= BASE_YEAR; y++) {
                    qTable[s - 1][a][y - FIRST_TABLE_YEAR] = -Math.expm1(-m * yearFactor(y));
                }
            }
        }
        for (int a = 0; a < Demography.AGES; a++) {
            double na = 0.0;
            double no = 0.0;
            for (Region r : Region.all()) {
                double[] gp = demography.groupProbabilities(r, a);
                for (BirthGroup g : BirthGroup.values()) {
                    double[] ep = a < 25 ? new double[] {1, 0, 0, 0}
                        : demography.educationProbabilities(r, Demography.educationBand(a), g);
                    for (int e = 0; e < 4; e++) {
                        double w = r.share() * gp[g.ordinal()] * ep[e] * r.mortality;
                        na += w * GROUP_AMENABLE[g.ordinal()] * EDUCATION_AMENABLE[e];
                        no += w * GROUP_OTHER[g.ordinal()] * EDUCATION_OTHER[e];
                    }
                }
            }
            normAmenable[a] = na;
            normOther[a] = no;
        }
    }

    /** The 2023 population hazard (per year) at an age for a sex (1 man, 2 woman). */
    static double baseHazard(int sex, int age) {
        if (age == 0) {
            return sex == 1 ? 0.0025 : 0.0021;
        }
        if (age < 15) {
            return sex == 1 ? 0.00011 : 0.00009;
        }
        double gompertz = sex == 1 ? 3.23e-5 * Math.exp(0.093 * age) : 1.45e-5 * Math.exp(0.099 * age);
        // a smooth young-adult hump (accidents, suicide, drugs) on top of a constant Makeham term
        double hump = Math.exp(-Math.pow((age - 24) / 9.0, 2));
        double makeham = sex == 1 ? 0.00012 + 0.00030 * hump : 0.00005 + 0.00008 * hump;
        return Math.min(2.0, gompertz + makeham);
    }

    /** Share of disease deaths that are amenable to care, by age. */
    static double amenableFraction(int age) {
        if (age == 0) {
            return 0.0;
        } else if (age < 25) {
            return 0.10;
        } else if (age < 35) {
            return 0.18;
        } else if (age < 65) {
            return 0.25;
        } else if (age < 75) {
            return 0.22;
        } else if (age < 80) {
            return 0.19;
        } else if (age < 90) {
            return 0.15;
        }
        return 0.11;
    }

    /** Rate ratio of a calendar year relative to 2023 (2% lower per later year). */
    static double yearFactor(int year) {
        return Math.pow(1.0 - IMPROVEMENT, year - BASE_YEAR);
    }

    /** The population hazard of a sex, age and calendar year. */
    double hazard(int sex, int age, int year) {
        return total[sex - 1][age] * yearFactor(year);
    }

    /** The life-table probability of dying within a year, q = 1 − exp(−hazard), for 2000–2023. */
    double q(int sex, int age, int year) {
        return qTable[sex - 1][age][year - FIRST_TABLE_YEAR];
    }

    /** Individual amenable hazard. */
    double amenableHazard(Region r, int sex, int age, int education, BirthGroup g, double yearFactor) {
        return amenable[sex - 1][age] * yearFactor * r.mortality * GROUP_AMENABLE[g.ordinal()]
            * EDUCATION_AMENABLE[education] / normAmenable[age];
    }

    /** Individual hazard of all causes that are not amenable. */
    double otherHazard(Region r, int sex, int age, int education, BirthGroup g, double yearFactor) {
        return (total[sex - 1][age] - amenable[sex - 1][age]) * yearFactor * r.mortality
            * GROUP_OTHER[g.ordinal()] * EDUCATION_OTHER[education] / normOther[age];
    }

    /** Draws the underlying cause of a death given the person's two hazards. */
    byte[] cause(SplittableRandom rng, int sex, int age, double amenableHazard, double otherHazard) {
        if (rng.nextDouble() * (amenableHazard + otherHazard) < amenableHazard) {
            return causes.amenable(rng, sex, age);
        }
        double sui = suicide[sex - 1][age];
        double acc = accident[sex - 1][age];
        double u = rng.nextDouble() * (total[sex - 1][age] - amenable[sex - 1][age]);
        if (u < sui) {
            return causes.suicide(rng, sex);
        } else if (u < sui + acc) {
            return causes.accident(rng, sex, age);
        }
        return causes.disease(rng, sex, age);
    }
}
