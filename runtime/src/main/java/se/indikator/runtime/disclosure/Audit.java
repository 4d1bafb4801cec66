package se.indikator.runtime.disclosure;

import java.util.List;

/**
 * The result of auditing a run's publications: how many tables, published counts and protected counts
 * there were, each protected count that is exposed, the indicators that could not be modelled, and whether
 * any disclosure rule was in force. The run passes when both lists are empty.
 */
public record Audit(int tables, int published, int protectedCounts, List<Exposure> exposures, List<String> unproven,
        boolean ruled) {

    public Audit {
        exposures = List.copyOf(exposures);
        unproven = List.copyOf(unproven);
    }

    public boolean passes() {
        return exposures.isEmpty() && unproven.isEmpty();
    }

    /** The report as the command line and the shell print it. */
    public String report() {
        StringBuilder sb = new StringBuilder();
        sb.append("audit: ").append(tables).append(tables == 1 ? " table, " : " tables, ").append(published)
                .append(" published counts, ").append(protectedCounts).append(" protected counts\n");
        exposures.forEach(e -> sb.append(e.describe()).append('\n'));
        unproven.forEach(u -> sb.append("not proven: ").append(u).append('\n'));
        if (passes()) {
            sb.append(!ruled ? "nothing is protected: no disclosure rule was in force\n"
                    : protectedCounts == 0 ? "no row needed protection, and every count derived from the tables keeps its protection interval\n"
                    : "every protected count keeps its protection interval\n");
        } else {
            sb.append(exposures.size() + unproven.size()).append(" problem(s): the publication discloses protected counts\n");
        }
        return sb.toString();
    }
}
