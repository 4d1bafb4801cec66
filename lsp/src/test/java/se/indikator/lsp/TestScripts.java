package se.indikator.lsp;

import java.nio.file.Path;

/** The scripts and folders the tests open: the examples beside their registers, and scripts with planted mistakes. */
final class TestScripts {
    private TestScripts() {
    }

    /** The repository's examples folder (its scripts read {@code data/registers/…}). */
    static final Path EXAMPLES = Path.of("..", "examples").toAbsolutePath().normalize();

    /** A script in the examples folder that need not exist as a file: the editor holds its text. */
    static String uri(String name) {
        return EXAMPLES.resolve(name).toUri().toString();
    }

    /** The registers, two breakdowns, a standardisation and an indicator over them. */
    static final String AMENABLE = """
            data population = read "data/registers/population.csv"
            data deaths = read "data/registers/deaths.csv"

            breakdown age5 = band(age, 0 to 90 step 5)
            breakdown kön = case sex when 2 then "Kvinnor" when 1 then "Män"

            standardisation esp = direct by age5 weights esp2013

            indicator amenable "Åtgärdbar dödlighet" {
                numerator count(*) from deaths where amenable(cause) and age between 35 and 79
                denominator sum(persons) from population where age between 35 and 79
                measure rate per 100000
                standardise esp
                polarity lower
                source "Dödsorsaksregistret"
            }

            show amenable by kön
            """;

    /** Five mistakes, one a line: a column, a data name, a breakdown, an indicator, a keyword missing. */
    static final String PLANTED = """
            data population = read "data/registers/population.csv"
            data deaths = read "data/registers/deaths.csv"
            breakdown kön = case sex when 2 then "Kvinnor" when 1 then "Män"
            indicator amenable "Åtgärdbar dödlighet" {
                numerator count(*) from deaths where agee between 35 and 79
                denominator sum(persons) from populaton where age between 35 and 79
                measure rate per 100000
            }
            show amenable by kommun
            show amenabel by kön
            show amenable by kön where
            """;
}
