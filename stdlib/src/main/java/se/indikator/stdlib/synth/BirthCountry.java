package se.indikator.stdlib.synth;

import java.nio.charset.StandardCharsets;

/**
 * Countries of birth used by the generator (ISO 3166 alpha-2), each with its group, its weight
 * within the group and its relative risk of a severe perineal tear (III–IV) at delivery.
 * UNKNOWN stands for a missing country and is written as an empty field.
 */
enum BirthCountry {
    SE("SE", BirthGroup.SWEDEN, 1.0, 1.0),
    FI("FI", BirthGroup.NORDIC, 60, 1.0),
    NO("NO", BirthGroup.NORDIC, 18, 1.0),
    DK("DK", BirthGroup.NORDIC, 17, 1.0),
    IS("IS", BirthGroup.NORDIC, 5, 1.0),
    PL("PL", BirthGroup.EU, 28, 1.1),
    DE("DE", BirthGroup.EU, 16, 1.0),
    RO("RO", BirthGroup.EU, 10, 1.2),
    GR("GR", BirthGroup.EU, 6, 1.1),
    IT("IT", BirthGroup.EU, 6, 1.1),
    NL("NL", BirthGroup.EU, 5, 0.9),
    FR("FR", BirthGroup.EU, 5, 1.0),
    HR("HR", BirthGroup.EU, 5, 1.1),
    HU("HU", BirthGroup.EU, 5, 1.1),
    LT("LT", BirthGroup.EU, 5, 1.1),
    BG("BG", BirthGroup.EU, 5, 1.2),
    EE("EE", BirthGroup.EU, 4, 1.0),
    SY("SY", BirthGroup.OUTSIDE_EU, 16, 1.7),
    IQ("IQ", BirthGroup.OUTSIDE_EU, 13, 1.7),
    IR("IR", BirthGroup.OUTSIDE_EU, 7, 1.7),
    SO("SO", BirthGroup.OUTSIDE_EU, 5, 2.6),
    AF("AF", BirthGroup.OUTSIDE_EU, 5, 2.6),
    ER("ER", BirthGroup.OUTSIDE_EU, 4, 2.6),
    ET("ET", BirthGroup.OUTSIDE_EU, 2, 2.6),
    TR("TR", BirthGroup.OUTSIDE_EU, 5, 1.7),
    BA("BA", BirthGroup.OUTSIDE_EU, 5, 1.2),
    RS("RS", BirthGroup.OUTSIDE_EU, 3, 1.2),
    UA("UA", BirthGroup.OUTSIDE_EU, 4, 1.2),
    RU("RU", BirthGroup.OUTSIDE_EU, 2, 1.2),
    IN("IN", BirthGroup.OUTSIDE_EU, 5, 3.0),
    PK("PK", BirthGroup.OUTSIDE_EU, 2, 2.8),
    TH("TH", BirthGroup.OUTSIDE_EU, 3, 3.0),
    VN("VN", BirthGroup.OUTSIDE_EU, 1, 3.0),
    CN("CN", BirthGroup.OUTSIDE_EU, 3, 3.0),
    PH("PH", BirthGroup.OUTSIDE_EU, 2, 2.8),
    CL("CL", BirthGroup.OUTSIDE_EU, 2, 1.3),
    GB("GB", BirthGroup.OUTSIDE_EU, 2, 1.0),
    US("US", BirthGroup.OUTSIDE_EU, 2, 1.0),
    UNKNOWN("", BirthGroup.UNKNOWN, 1.0, 1.2);

    private static final BirthCountry[] ALL = values();

    final String code;
    final BirthGroup group;
    final double weight;
    /** Relative risk of a tear of degree III–IV compared with mothers born in Sweden. */
    final double tearRisk;
    final byte[] codeBytes;

    BirthCountry(String code, BirthGroup group, double weight, double tearRisk) {
        this.code = code;
        this.group = group;
        this.weight = weight;
        this.tearRisk = tearRisk;
        this.codeBytes = code.getBytes(StandardCharsets.UTF_8);
    }

    /** The countries of one group, in declaration order. */
    static BirthCountry[] of(BirthGroup g) {
        return java.util.Arrays.stream(ALL).filter(c -> c.group == g).toArray(BirthCountry[]::new);
    }
}
