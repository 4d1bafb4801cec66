package se.indikator.runtime.ast;

/** Which direction is desirable: {@code higher} (e.g. operated within 90 days) or {@code lower} (mortality). */
public enum Polarity {
    HIGHER, LOWER, NONE;

    public String keyword() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
