package se.indikator.runtime.notebook;

import java.util.ArrayList;
import java.util.List;
import se.indikator.runtime.result.Wording;

/**
 * What a table or chart of a report is: its headline (a {@code #| caption}, the indicator's title or the
 * table's own title), the measure, the period when the result has one, the reference it is compared with
 * and the source of the indicator's data. Numbered ("Tabell 1", "Figur 2") by its place in the document.
 */
public record Caption(Kind kind, String headline, String measure, String standardisation, String period, String reference,
        String source, String label) {

    /** A table or a chart. */
    public enum Kind {
        TABLE, FIGURE;

        /** "Tabell" / "Table", "Figur" / "Figure". */
        public String word(boolean swedish) {
            return this == TABLE ? (swedish ? "Tabell" : "Table") : (swedish ? "Figur" : "Figure");
        }
    }

    /** The caption's number label, e.g. "Tabell 3". */
    public String numbered(int number, boolean swedish) {
        return kind.word(swedish) + " " + number;
    }

    /** The details after the headline, each a phrase: measure, period, reference, "Källa: …". */
    public List<String> details(boolean swedish) {
        List<String> out = new ArrayList<>();
        if (measure != null && !measure.isBlank()) {
            String m = Wording.measure(measure, swedish);
            out.add(standardisation == null ? m
                    : m + (swedish ? ", standardiserad (" : ", standardised (") + standardisation + ")");
        }
        if (period != null && !period.isBlank()) {
            out.add("Period: " + period);
        }
        if (reference != null && !reference.isBlank()) {
            out.add(reference);
        }
        if (source != null && !source.isBlank()) {
            out.add((swedish ? "Källa: " : "Source: ") + source);
        }
        return out;
    }

    /** The whole caption as one line of text: "Tabell 1. Headline. Measure. Period: 2023. … Källa: …". */
    public String text(int number, boolean swedish) {
        StringBuilder sb = new StringBuilder(numbered(number, swedish)).append(". ").append(headline);
        for (String d : details(swedish)) {
            sb.append(sb.charAt(sb.length() - 1) == '.' ? " " : ". ").append(d);
        }
        return sb.append(sb.charAt(sb.length() - 1) == '.' ? "" : ".").toString();
    }
}
