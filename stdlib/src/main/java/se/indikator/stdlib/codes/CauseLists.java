package se.indikator.stdlib.codes;

/**
 * Cause-of-death code lists used by the equity indicators.
 *
 * <p>{@link #AMENABLE} is the treatable (amenable to health care) part of the OECD/Eurostat list of
 * avoidable mortality (2019 revision), by underlying cause in ICD-10. Causes the list splits 50/50
 * between preventable and treatable (e.g. ischaemic heart disease, cerebrovascular disease, diabetes,
 * colorectal cancer) are counted in full here; a user who needs the split can write their own list
 * with {@code icd(code, "…")}. {@link #SUICIDE} is intentional self-harm X60–X84 and its sequelae Y87.0.
 */
public final class CauseLists {
    private CauseLists() {
    }

    public static final Icd10Ranges AMENABLE = Icd10Ranges.parse(String.join(",",
            "A15-A19", "B90", "A38-A41", "A46", "A48.1", "B50-B54", "G00", "G03", "J02", "L03", "B17.1", "B18.2",
            "B20-B24", "C18-C21", "C50", "C53", "C54-C55", "C62", "C73", "C81", "C91", "C92.0", "D10-D36",
            "E00-E07", "E10-E14", "E24-E25", "E27", "G40-G41", "I01-I09", "I10-I15", "I20-I25", "I26", "I60-I69",
            "I70", "I71", "I73.9", "I80", "I82.9", "J09-J18", "J45-J47", "K25-K28", "K35-K38", "K40-K46",
            "K80-K83", "K85", "K86.1-K86.9", "K91.5", "N00-N07", "N13", "N17-N19", "N20-N21", "N25-N27", "N35",
            "N40", "N99.1", "P00-P96", "A33", "Q00-Q99", "Y60-Y69", "Y83-Y84"));

    public static final Icd10Ranges SUICIDE = Icd10Ranges.parse("X60-X84, Y87.0");
}
