package se.indikator.stdlib.equity;

/**
 * The kind of indicator value fed to {@link SlopeIndexOfInequality}, mirroring PHE's
 * {@code phe_sii(value_type = 0, 1, 2)}: the value type decides which transformation is available
 * (log for rates, logit for proportions) and how standard errors are derived from counts.
 */
public enum SiiValueType {
    /** Any other value, such as life expectancy (PHE value_type 0); never transformed. */
    DEFAULT(0),
    /** A rate (PHE value_type 1); may be analysed on the log scale. */
    RATE(1),
    /** A proportion between 0 and 1 (PHE value_type 2); may be analysed on the logit scale. */
    PROPORTION(2);

    private final int pheCode;

    SiiValueType(int pheCode) {
        this.pheCode = pheCode;
    }

    /** PHE's numeric code: 0, 1 or 2. */
    public int pheCode() {
        return pheCode;
    }

    /** The value type for PHE's numeric code 0, 1 or 2. */
    public static SiiValueType ofPheCode(int code) {
        for (SiiValueType t : values()) {
            if (t.pheCode == code) {
                return t;
            }
        }
        throw new IllegalArgumentException("value type must be 0 (default), 1 (rate) or 2 (proportion): " + code);
    }
}
