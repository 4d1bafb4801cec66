package se.indikator.stdlib.survival;

/**
 * The relative-survival estimators of relsurv's {@code rs.surv}: Pohar Perme net survival (Pohar
 * Perme, Stare &amp; Estève 2012), Ederer II (Ederer &amp; Heise 1959), Ederer I (Ederer, Axtell
 * &amp; Cutler 1961) and Hakulinen (Hakulinen 1982).
 */
public enum RelativeSurvivalMethod {
    /** Net survival weighted by inverse expected survival (Pohar Perme, Stare &amp; Estève 2012). */
    POHAR_PERME("pohar-perme"),
    /** Observed minus mean population hazard of those at risk (Ederer &amp; Heise 1959). */
    EDERER_II("ederer2"),
    /** Kaplan–Meier over the whole cohort's mean expected survival (Ederer, Axtell &amp; Cutler 1961). */
    EDERER_I("ederer1"),
    /** Kaplan–Meier over expected survival with potential follow-up (Hakulinen 1982). */
    HAKULINEN("hakulinen");

    private final String relsurvName;

    RelativeSurvivalMethod(String relsurvName) {
        this.relsurvName = relsurvName;
    }

    /** The method's name in relsurv, e.g. "ederer2". */
    public String relsurvName() {
        return relsurvName;
    }

    /** The method named as in relsurv ("pohar-perme", "ederer2", "ederer1", "hakulinen"). */
    public static RelativeSurvivalMethod byRelsurvName(String name) {
        for (RelativeSurvivalMethod m : values()) {
            if (m.relsurvName.equals(name)) {
                return m;
            }
        }
        throw new IllegalArgumentException("no relative-survival method " + name);
    }
}
