package se.indikator.stdlib.synth;

import java.util.SplittableRandom;

/**
 * The population model shared by all tables: the Swedish age pyramid, sex by age, country of
 * birth by region and age (about 20% foreign-born, more in the metropolitan regions) and
 * educational level by age, region and country-of-birth group.
 */
final class Demography {

    /** Number of single-year ages, 0–100 (100 meaning 100 or older). */
    static final int AGES = 101;

    /** Population in thousands by five-year group 0–4, …, 95–99 and 100+ (Sweden, about 2023). */
    private static final double[] FIVE_YEAR = {
        560, 620, 640, 610, 590, 700, 740, 690, 660, 650, 680, 650, 590, 550, 540, 500, 310, 180, 80, 22, 3};
    private static final double[] PYRAMID = new double[AGES];
    private static final double PYRAMID_TOTAL;

    static {
        double s = 0.0;
        for (int a = 0; a < AGES; a++) {
            PYRAMID[a] = a == 100 ? FIVE_YEAR[20] : FIVE_YEAR[a / 5] / 5.0;
            s += PYRAMID[a];
        }
        PYRAMID_TOTAL = s;
    }

    /** Share missing country of birth. */
    static final double UNKNOWN_COUNTRY = 0.01;

    /** Education: age bands 25–34, 35–44, …, 85+ with shares förgymnasial, gymnasial, eftergymnasial. */
    private static final double[][] EDUCATION = {
        {0.08, 0.38, 0.54}, {0.09, 0.40, 0.51}, {0.11, 0.46, 0.43}, {0.15, 0.47, 0.38},
        {0.24, 0.43, 0.33}, {0.35, 0.38, 0.27}, {0.45, 0.33, 0.22}};
    /** Multiplier of the förgymnasial share by birth group (Sverige, Norden, EU, utanför EU, okänt). */
    private static final double[] LOW_EDUCATION_FACTOR = {1.0, 1.3, 1.2, 2.4, 1.5};
    /** Share with unknown education among adults by birth group. */
    private static final double[] EDUCATION_MISSING = {0.02, 0.04, 0.07, 0.10, 0.30};

    private final double[][] foreignShare = new double[Region.values().length][AGES];
    private final BirthCountry[][] countries = new BirthCountry[BirthGroup.values().length][];
    private final double[][] countryCumulative = new double[BirthGroup.values().length][];
    /** Cumulative education probabilities [region][age band][group][unknown, 1, 2]. */
    private final double[][][][] educationCumulative;

    Demography() {
        Region[] regions = Region.all();
        double level = 0.0;
        for (Region r : regions) {
            level += r.share() * r.foreignLevel;
        }
        for (Region r : regions) {
            for (int a = 0; a < AGES; a++) {
                foreignShare[r.ordinal()][a] = Math.min(0.65, nationalForeignShare(a) * r.foreignLevel / level);
            }
        }
        for (BirthGroup g : BirthGroup.values()) {
            BirthCountry[] cs = BirthCountry.of(g);
            countries[g.ordinal()] = cs;
            double[] cum = new double[cs.length];
            double s = 0.0;
            for (int i = 0; i < cs.length; i++) {
                s += cs[i].weight;
                cum[i] = s;
            }
            for (int i = 0; i < cs.length; i++) {
                cum[i] /= s;
            }
            countryCumulative[g.ordinal()] = cum;
        }
        educationCumulative = new double[regions.length][EDUCATION.length][BirthGroup.values().length][];
        for (Region r : regions) {
            for (int b = 0; b < EDUCATION.length; b++) {
                for (BirthGroup g : BirthGroup.values()) {
                    double[] p = educationProbabilities(r, b, g);
                    educationCumulative[r.ordinal()][b][g.ordinal()] =
                        new double[] {p[0], p[0] + p[1], p[0] + p[1] + p[2]};
                }
            }
        }
    }

    /** Relative population weight of an age (the pyramid, in thousands). */
    static double pyramid(int age) {
        return PYRAMID[age];
    }

    /** Sum of the pyramid weights over all ages. */
    static double pyramidTotal() {
        return PYRAMID_TOTAL;
    }

    /** National share foreign-born by age: few children, most among 25–44 year olds. */
    static double nationalForeignShare(int age) {
        if (age < 15) {
            return 0.07;
        } else if (age < 20) {
            return 0.14;
        } else if (age < 25) {
            return 0.22;
        } else if (age < 45) {
            return 0.30;
        } else if (age < 65) {
            return 0.23;
        } else if (age < 80) {
            return 0.15;
        }
        return 0.11;
    }

    /** Share of men at an age: 51% among the young, falling to about 30% at 100. */
    static double menShare(int age) {
        return age < 55 ? 0.512 : 0.512 - (age - 55) * 0.0047;
    }

    /** Probability of each group given foreign-born: Nordic share grows with age. */
    static double[] groupsGivenForeign(int age) {
        double nordic = age < 45 ? 0.06 : age < 65 ? 0.12 : age < 80 ? 0.28 : 0.35;
        double eu = 0.25;
        return new double[] {nordic, eu, 1.0 - nordic - eu};
    }

    /** Share foreign-born (among those with known country) in a region at an age. */
    double foreignShare(Region r, int age) {
        return foreignShare[r.ordinal()][age];
    }

    /** Probability of each birth group (in {@link BirthGroup} order) in a region at an age. */
    double[] groupProbabilities(Region r, int age) {
        double fb = foreignShare(r, age);
        double[] f = groupsGivenForeign(age);
        double k = 1.0 - UNKNOWN_COUNTRY;
        return new double[] {k * (1 - fb), k * fb * f[0], k * fb * f[1], k * fb * f[2], UNKNOWN_COUNTRY};
    }

    /** Education band index of an adult age (25+). */
    static int educationBand(int age) {
        return Math.min(6, (age - 25) / 10);
    }

    /** Probabilities of unknown, förgymnasial, gymnasial and eftergymnasial education. */
    double[] educationProbabilities(Region r, int band, BirthGroup g) {
        double[] base = EDUCATION[band];
        double low = base[0] * LOW_EDUCATION_FACTOR[g.ordinal()];
        double mid = base[1];
        double high = base[2] * r.educationLevel;
        double s = low + mid + high;
        double known = 1.0 - EDUCATION_MISSING[g.ordinal()];
        return new double[] {1.0 - known, known * low / s, known * mid / s, known * high / s};
    }

    /** Draws sex, country of birth and education for a person of the given region and age. */
    void fill(SplittableRandom rng, Region r, int age, Person p) {
        p.region = r;
        p.age = age;
        p.sex = rng.nextDouble() < menShare(age) ? 1 : 2;
        p.country = country(rng, r, age);
        p.education = education(rng, r, age, p.country.group);
    }

    /** Draws a person of the region with an age from the given distribution. */
    void draw(SplittableRandom rng, Region r, AgeDistribution ages, Person p) {
        fill(rng, r, ages.sample(rng), p);
    }

    /** Draws a country of birth for a person in a region at an age. */
    BirthCountry country(SplittableRandom rng, Region r, int age) {
        double u = rng.nextDouble();
        if (u < UNKNOWN_COUNTRY) {
            return BirthCountry.UNKNOWN;
        }
        if (rng.nextDouble() >= foreignShare(r, age)) {
            return BirthCountry.SE;
        }
        return foreignCountry(rng, age);
    }

    /** Draws a country of birth for a foreign-born person of a given age. */
    BirthCountry foreignCountry(SplittableRandom rng, int age) {
        double[] f = groupsGivenForeign(age);
        double u = rng.nextDouble();
        BirthGroup g = u < f[0] ? BirthGroup.NORDIC : u < f[0] + f[1] ? BirthGroup.EU : BirthGroup.OUTSIDE_EU;
        return countryIn(rng, g);
    }

    /** Draws a country within a group by the country weights. */
    BirthCountry countryIn(SplittableRandom rng, BirthGroup g) {
        double[] cum = countryCumulative[g.ordinal()];
        double u = rng.nextDouble();
        for (int i = 0; i < cum.length - 1; i++) {
            if (u < cum[i]) {
                return countries[g.ordinal()][i];
            }
        }
        return countries[g.ordinal()][cum.length - 1];
    }

    /** Draws the education level (0 unknown, 1–3), always unknown below age 25. */
    int education(SplittableRandom rng, Region r, int age, BirthGroup g) {
        if (age < 25) {
            return 0;
        }
        double[] cum = educationCumulative[r.ordinal()][educationBand(age)][g.ordinal()];
        double u = rng.nextDouble();
        return u < cum[0] ? 0 : u < cum[1] ? 1 : u < cum[2] ? 2 : 3;
    }
}
