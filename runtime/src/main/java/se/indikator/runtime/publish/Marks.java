package se.indikator.runtime.publish;

import se.indikator.runtime.result.Wording;

/**
 * How a site marks a comparison with the whole country: a fill with a text colour of enough contrast for
 * it, and a sign, so that the comparison reads without colour as well (print in grey, colour blindness).
 */
enum Marks {
    BETTER("better", "#1a5f9e", "#ffffff", "+"),
    WORSE("worse", "#a3400b", "#ffffff", "−"),
    SIMILAR("similar", "#e3e3e3", "#1a1a1a", "="),
    HIGHER("higher", "#6a4c93", "#ffffff", "↑"),
    LOWER("lower", "#6a4c93", "#ffffff", "↓"),
    NONE("", "#ffffff", "#1a1a1a", "");

    final String word;
    final String fill;
    final String ink;
    final String sign;

    Marks(String word, String fill, String ink, String sign) {
        this.word = word;
        this.fill = fill;
        this.ink = ink;
        this.sign = sign;
    }

    /** The mark of a comparison word of the tables (anything else, or none: {@link #NONE}). */
    static Marks of(String comparison) {
        for (Marks m : values()) {
            if (m != NONE && m.word.equals(comparison)) {
                return m;
            }
        }
        return NONE;
    }

    /** What the legend says for the mark. */
    String legend(boolean swedish) {
        return this == NONE ? (swedish ? "Ej jämförd eller visas inte" : "Not compared or not shown")
                : Wording.longWord(word, swedish);
    }
}
