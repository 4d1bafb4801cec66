package se.indikator.stdlib.synth;

import java.nio.charset.StandardCharsets;

/**
 * The four country-of-birth groups of Swedish equity reporting, plus UNKNOWN for a missing
 * country of birth (written as an empty field).
 */
enum BirthGroup {
    SWEDEN("Sverige"),
    NORDIC("Norden utom Sverige"),
    EU("EU utom Norden"),
    OUTSIDE_EU("Utanför EU"),
    UNKNOWN("");

    final String label;
    final byte[] labelBytes;

    BirthGroup(String label) {
        this.label = label;
        this.labelBytes = label.getBytes(StandardCharsets.UTF_8);
    }
}
