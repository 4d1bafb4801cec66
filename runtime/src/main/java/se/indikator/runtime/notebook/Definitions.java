package se.indikator.runtime.notebook;

import java.util.ArrayList;
import java.util.List;
import se.indikator.runtime.ast.Numbers;
import se.indikator.runtime.ast.Unparser;
import se.indikator.runtime.model.IndicatorDef;

/**
 * The definition of an indicator as a report's appendix states it, from the catalogue: its title,
 * numerator, denominator, measure, standardisation, polarity, target, source and version, each a labelled
 * line in the document's language (the expressions as the script writes them).
 */
public final class Definitions {
    private Definitions() {
    }

    /** One labelled line of a definition. */
    public record Row(String label, String value, boolean code) {
    }

    /** The lines of {@code ind}'s definition that it has. */
    public static List<Row> rows(IndicatorDef ind, boolean sv) {
        List<Row> out = new ArrayList<>();
        add(out, sv ? "Titel" : "Title", ind.title(), false);
        if (ind.shape() == IndicatorDef.Shape.COHORT) {
            String cohort = ind.cohortSource() + (ind.cohortWhere() == null ? "" : " where " + Unparser.expr(ind.cohortWhere()));
            add(out, sv ? "Täljare" : "Numerator", ind.numeratorCondition() == null ? null
                    : Unparser.expr(ind.numeratorCondition()) + (sv ? "  (bland: " : "  (among: ") + cohort + ")", true);
            add(out, sv ? "Nämnare" : "Denominator", cohort
                    + (ind.denominatorCondition() == null ? "" : " and " + Unparser.expr(ind.denominatorCondition())), true);
        } else {
            add(out, sv ? "Täljare" : "Numerator", ind.numerator() == null ? null : Unparser.aggregate(ind.numerator()), true);
            add(out, sv ? "Nämnare" : "Denominator", ind.denominator() == null ? null : Unparser.aggregate(ind.denominator()), true);
        }
        add(out, sv ? "Mått" : "Measure", ind.measure() == null ? null : ind.measure().describe(), false);
        add(out, sv ? "Standardisering" : "Standardisation", ind.standardisation() == null ? null
                : (ind.standardisationName() == null ? "" : ind.standardisationName() + ": ") + ind.standardisation().describe(), false);
        add(out, sv ? "Riktning" : "Polarity", switch (ind.polarity()) {
            case HIGHER -> sv ? "högre är bättre" : "higher is better";
            case LOWER -> sv ? "lägre är bättre" : "lower is better";
            case NONE -> sv ? "ingen önskad riktning" : "no desirable direction";
        }, false);
        add(out, sv ? "Mål" : "Target", ind.target() == null ? null : ind.target().comparator().symbol + " "
                + (ind.target().percent() ? Numbers.plain(ind.target().value() * 100) + " %" : Numbers.plain(ind.target().value())), false);
        add(out, sv ? "Källa" : "Source", ind.meta("source").orElse(null), false);
        add(out, sv ? "Version" : "Version", ind.meta("version").orElse(null), false);
        add(out, sv ? "Beskrivning" : "Description", ind.meta("description").orElse(null), false);
        return out;
    }

    private static void add(List<Row> out, String label, String value, boolean code) {
        if (value != null && !value.isBlank()) {
            out.add(new Row(label, value, code));
        }
    }
}
