package se.indikator.stdlib.synth;

/**
 * Indexing of the population cells region × sex × age × education × birth group used to count
 * persons for population.csv and to simulate deaths of earlier years.
 */
final class PopulationCells {

    static final int REGIONS = Region.values().length;
    static final int GROUPS = BirthGroup.values().length;
    static final int SIZE = REGIONS * 2 * Demography.AGES * 4 * GROUPS;

    private PopulationCells() {
    }

    /** The cell index; education 0–3 (0 unknown), sex 1–2. */
    static int index(Region r, int sex, int age, int education, BirthGroup g) {
        return (((r.ordinal() * 2 + (sex - 1)) * Demography.AGES + age) * 4 + education) * GROUPS + g.ordinal();
    }
}
