package se.indikator.runtime.estimate;

import java.util.List;
import se.indikator.runtime.exec.Estimate;

/**
 * One row of an indicator's result, typed: its role, its category in each breakdown ({@code -1}: all
 * categories together), the estimate (counts, value, interval per level), what may be published of it,
 * and — for a row that is compared — the estimate of its reference (the row it is compared with), the
 * percentage deviation from it, the comparison at the first and second level (Fingertips' 95% and 99.8%),
 * the p-value against it (and adjusted for multiplicity when asked), whether the target is met and the
 * verdict. A reference row has no reference of its own.
 */
public record GroupResult(Role role, List<Integer> keys, Estimate estimate, Disclosure disclosure, Estimate reference,
        double deviationPct, Comparison comparison, Comparison secondComparison, double pValue, double pAdjusted,
        Boolean targetMet, Verdict verdict) {

    /** What a row is in its table. */
    public enum Role {
        /** The national reference (the whole country, or a slice of it: the country's women). */
        REFERENCE,
        /** The total of the units the statement's condition selects (e.g. Skåne with {@code where region == "Skåne"}). */
        TOTAL,
        /** One group of the statement's breakdowns. */
        GROUP
    }

    public GroupResult {
        keys = List.copyOf(keys);
    }

    /** The value if it may be shown, else NaN. */
    public double shownValue() {
        return disclosure.valueHidden() ? Double.NaN : estimate.value();
    }

    /** The reference's value when the row is compared, else NaN. */
    public double referenceValue() {
        return reference == null ? Double.NaN : reference.value();
    }
}
