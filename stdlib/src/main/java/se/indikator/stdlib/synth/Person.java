package se.indikator.stdlib.synth;

/**
 * A mutable holder of one synthetic person's attributes, reused between rows so that the hot
 * loops allocate nothing.
 */
final class Person {
    Region region;
    /** 1 = man, 2 = woman. */
    int sex;
    int age;
    BirthCountry country;
    /** 0 = unknown (empty), 1 = förgymnasial, 2 = gymnasial, 3 = eftergymnasial. */
    int education;

    /** The birth group of the person's country. */
    BirthGroup group() {
        return country.group;
    }

    /** Writes the education field: empty when unknown. */
    void writeEducation(CsvWriter w) {
        if (education > 0) {
            w.integer(education);
        }
    }
}
