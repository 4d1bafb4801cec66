package se.indikator.runtime.model;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import se.indikator.runtime.ast.Measure;

/**
 * The confidence-interval methods a user can name in {@code ci METHOD}, with the measures each fits,
 * e.g. {@code ci wilson} for proportions or {@code ci byar} for rates.
 */
public enum CiMethod {
    /** Wilson score interval (proportions; the default). */
    WILSON("wilson"),
    /** Clopper–Pearson exact binomial interval (proportions). */
    CLOPPER_PEARSON("clopper-pearson"),
    /** Exact Poisson limits from the chi-square distribution (counts, rates, ratios). */
    EXACT("exact"),
    /** Byar's approximation to the Poisson limits (counts, rates, ratios). */
    BYAR("byar"),
    /** PHE's convention for counts and rates: exact below 10 events, Byar from 10 (the default). */
    POISSON("poisson"),
    /** Student's t interval (means; the default). */
    T("t"),
    /** Korn and Graubard's (1998) interval for a weighted proportion (with a {@code weight}; its default). */
    KORN_GRAUBARD("korn-graubard"),
    /** Order-statistic interval from the binomial distribution (medians; the default). */
    ORDER("order"),
    /** Dobson et al. (1991) limits for directly standardised rates (the default). */
    DOBSON("dobson"),
    /** Dobson limits with PHE's adjustment for non-independent events (persons with several events). */
    DOBSON_NONINDEPENDENT("dobson-non-independent"),
    /** Fay–Feuer gamma limits for directly standardised rates. */
    GAMMA("gamma"),
    /** Pohar Perme's net survival estimator (relative survival; the default). */
    POHAR_PERME("pohar-perme"),
    /** Ederer II relative survival (hazard-based, Ederer and Heise 1959). */
    EDERER2("ederer2"),
    /** Ederer I relative survival (Ederer, Axtell and Cutler 1961). */
    EDERER1("ederer1"),
    /** Hakulinen's relative survival (1982). */
    HAKULINEN("hakulinen"),
    /** Chiang's variance of life expectancy with Silcocks' term for the open last band (life expectancy; the default). */
    CHIANG("chiang");

    public final String keyword;

    CiMethod(String keyword) {
        this.keyword = keyword;
    }

    public static Optional<CiMethod> parse(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        if (t.equals("exact-binomial") || t.equals("cp")) {
            return Optional.of(CLOPPER_PEARSON);
        }
        if (t.equals("fay-feuer")) {
            return Optional.of(GAMMA);
        }
        if (t.equals("dobson-nonindependent") || t.equals("non-independent")) {
            return Optional.of(DOBSON_NONINDEPENDENT);
        }
        if (t.equals("byars")) {
            return Optional.of(BYAR);
        }
        for (CiMethod m : values()) {
            if (m.keyword.equals(t)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    public static List<String> keywords() {
        return java.util.Arrays.stream(values()).map(m -> m.keyword).toList();
    }

    /** The default method for a measure; {@code standardised} selects Dobson for direct standardisation. */
    public static CiMethod defaultFor(Measure.Kind kind, boolean standardised) {
        if (kind == Measure.Kind.SURVIVAL) {
            return POHAR_PERME;
        }
        if (standardised) {
            return DOBSON;
        }
        return switch (kind) {
            case PROPORTION, PERCENT -> WILSON;
            case RATE, RATIO, COUNT -> POISSON;
            case MEAN -> T;
            case MEDIAN, PERCENTILE -> ORDER;
            case SURVIVAL -> POHAR_PERME;
            case LIFE_EXPECTANCY -> CHIANG;
        };
    }

    /** Whether this method can give an interval for the measure. */
    public boolean fits(Measure.Kind kind, boolean standardised) {
        if (kind == Measure.Kind.SURVIVAL) {
            return this == POHAR_PERME || this == EDERER2 || this == EDERER1 || this == HAKULINEN;
        }
        if (standardised) {
            return this == DOBSON || this == GAMMA || this == DOBSON_NONINDEPENDENT || (kind == Measure.Kind.PROPORTION || kind == Measure.Kind.PERCENT)
                    && this == WILSON;
        }
        return switch (kind) {
            case PROPORTION, PERCENT -> this == WILSON || this == CLOPPER_PEARSON || this == EXACT || this == KORN_GRAUBARD;
            case RATE, RATIO -> this == EXACT || this == BYAR || this == POISSON || this == DOBSON_NONINDEPENDENT;
            case COUNT -> this == EXACT || this == BYAR || this == POISSON;
            case MEAN -> this == T;
            case MEDIAN, PERCENTILE -> this == ORDER;
            case SURVIVAL -> false;
            case LIFE_EXPECTANCY -> this == CHIANG;
        };
    }
}
